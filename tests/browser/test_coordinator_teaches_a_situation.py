"""A coordinator teaches the synergy search a situation that needs tell of; a need of the
network then gets the matching offer suggested, with the situation as the reason."""

import re

from playwright.sync_api import expect

from netzwerkstatt.demo.data import DEMO_PASSWORD


def test_coordinator_teaches_a_situation_and_the_need_shows_it(
    page, live_server, demo, checked, log_in
):
    log_in(page, "koordination@wiq.example.org", DEMO_PASSWORD)
    page.get_by_role("link", name="Synergien", exact=True).first.click()
    page.get_by_role("link", name="Begriffe", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Begriffe für Synergien")
    checked(page)

    # Nothing is saved for a kind the search does not know; the message says what to do.
    situation = page.get_by_role(
        "radio", name="eine Lage im Bedarf und die Angebotsart, die dazu passt"
    )
    situation.check()
    page.get_by_label("Erster Begriff").fill("Eritrea")
    page.get_by_label("Zweiter Begriff").fill("Tigrinyaberatung")
    page.get_by_role("button", name="Eintrag speichern").click()
    expect(
        page.get_by_text(re.compile("keine Angebotsart, die die Synergiesuche kennt"))
    ).to_be_visible()
    expect(page.get_by_text("Noch keine Einträge:", exact=False)).to_be_visible()
    checked(page)

    page.get_by_role(
        "radio", name="eine Lage im Bedarf und die Angebotsart, die dazu passt"
    ).check()
    page.get_by_label("Zweiter Begriff").fill("Migrationsberatung")
    page.get_by_role("button", name="Eintrag speichern").click()
    entries = page.get_by_role("table")
    expect(entries).to_contain_text(
        "„Eritrea“ im Bedarf ist eine Lage, zu der „Migrationsberatung“ passt"
    )
    checked(page)

    # The network's need that tells of people from Eritrea now meets the migration counselling.
    page.goto(live_server.url + "/netzwerke/sis-schoenefeld/bedarfe/")
    page.get_by_role("link", name="Beratung auf Tigrinya").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Beratung auf Tigrinya")
    expect(
        page.get_by_text("Zur Lage im Bedarf („Eritrea“) passt: Migrationsberatung").first
    ).to_be_visible()
    checked(page)
