"""A coordinator linked an offer to a need by hand that the synergy search would not have
suggested; the need's page shows this and teaches the search the need's situation in one step."""

import pytest
from playwright.sync_api import expect

from netzwerkstatt.demo.data import DEMO_PASSWORD

NEED = "Nach dem Feuerwerk findet Herr A. keine Ruhe"


@pytest.mark.parametrize("width", [1280, 375])
def test_coordinator_teaches_the_situation_of_a_missed_answer(
    page, live_server, demo, checked, log_in, width
):
    page.set_viewport_size({"width": width, "height": 900})
    log_in(page, "koordination@wiq.example.org", DEMO_PASSWORD)
    page.goto(live_server.url + "/netzwerke/sis-schoenefeld/bedarfe/")
    page.get_by_role("link", name=NEED).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(NEED)
    missed = page.get_by_role("region", name="Von der Synergiesuche nicht gefunden")
    expect(missed).to_contain_text("Psychosoziale Beratung")
    # The need's most telling noun is proposed; the other words are named as alternatives.
    situation = missed.get_by_label("Lage im Bedarf")
    expect(situation).to_have_value("Feuerwerk")
    expect(missed).to_contain_text("Weitere Wörter des Bedarfs:")
    checked(page)

    situation.fill("Knall")
    missed.get_by_label("passt zur Angebotsart").select_option("Psychosoziale Beratung")
    missed.get_by_role("button", name="Lage beibringen").click()

    # Back on the need: saved, and the search now finds the answer itself.
    expect(page.get_by_role("heading", level=1)).to_have_text(NEED)
    expect(page.get_by_text("Bedarfen dieses Netzwerks nutzen den Eintrag sofort")).to_be_visible()
    expect(page.get_by_role("region", name="Von der Synergiesuche nicht gefunden")).to_have_count(0)
    checked(page)

    page.goto(live_server.url + "/netzwerke/sis-schoenefeld/synergien/begriffe/")
    expect(page.get_by_role("table")).to_contain_text(
        "„Knall“ im Bedarf ist eine Lage, zu der „Psychosoziale Beratung“ passt"
    )
