"""The coordinator records a decision in a meeting without agenda items, publishes the
minutes and finds the decision again on "Beschlüsse" by searching.

The clock is moved to the evening of a meeting two weeks after the real date, so the journey
never depends on the time of day it runs at.
"""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
import time_machine
from playwright.sync_api import expect

from netzwerkstatt.demo.data import DEMO_PASSWORD

BERLIN = ZoneInfo("Europe/Berlin")
COORDINATOR = "koordination@wiq.example.org"
DECISION = "Wir laden die Leipziger Volkszeitung zum Sommerfest ein."


@pytest.fixture
def evening() -> datetime.datetime:
    day = datetime.date.today() + datetime.timedelta(days=14)
    return datetime.datetime.combine(day, datetime.time(19), BERLIN)


@pytest.mark.parametrize("width", [1280, 375])
def test_coordinator_records_and_finds_decision(
    page, live_server, demo, checked, log_in, evening, width
):
    page.set_viewport_size({"width": width, "height": 900})
    with time_machine.travel(evening, tick=True):
        from netzwerkstatt.meetings.models import Meeting
        from netzwerkstatt.networks.models import Network

        # A short extra meeting this afternoon, without any agenda items.
        meeting = Meeting.objects.create(
            network=Network.objects.get(slug="sis-schoenefeld"),
            title="Sondertreffen Sommerfest",
            starts_at=evening - datetime.timedelta(hours=3),
            ends_at=evening - datetime.timedelta(hours=2),
            location="Gorkistraße 120",
        )
        log_in(page, COORDINATOR, DEMO_PASSWORD)
        page.goto(f"{live_server.url}{meeting.get_absolute_url()}")
        page.get_by_role("link", name="Protokoll schreiben").click()
        expect(page.get_by_text("Die Tagesordnung hat keine angenommenen Punkte")).to_be_visible()
        checked(page)
        page.get_by_label("Allgemeine Notizen").fill("Kurzes Treffen nur zum Sommerfest.")
        decision = page.get_by_role("group", name="Neuer Beschluss 1")
        decision.get_by_label("Beschluss", exact=True).fill(DECISION)
        decision.get_by_label("Schlagwörter (optional)").fill("Öffentlichkeitsarbeit, Sommerfest")
        decision.get_by_label("Öffentlich auf der Seite des Netzwerks zeigen").check()

        # An empty second row stays empty; a row with keywords but no text is refused.
        second = page.get_by_role("group", name="Neuer Beschluss 2")
        second.get_by_label("Schlagwörter (optional)").fill("Finanzen")
        page.get_by_role("button", name="Protokoll speichern").click()
        expect(page.get_by_text("Bitte schreiben Sie auf, was beschlossen wurde.")).to_be_visible()
        checked(page)
        page.get_by_role("group", name="Neuer Beschluss 2").get_by_label(
            "Schlagwörter (optional)"
        ).fill("")
        page.get_by_role("button", name="Protokoll speichern").click()
        expect(page.get_by_role("status")).to_contain_text("Das Protokoll wurde gespeichert.")
        minutes = page.locator(".minutes")
        expect(minutes).to_contain_text(DECISION)
        year = evening.year
        expect(minutes).to_contain_text(re.compile(rf"Beschluss {year}/\d\d"))
        page.get_by_role("button", name="Protokoll veröffentlichen").click()
        expect(page.get_by_role("status")).to_contain_text("veröffentlicht")
        checked(page)

        # Weeks later: "What did we decide about public relations?"
        page.goto(f"{live_server.url}/netzwerke/sis-schoenefeld/treffen/")
        page.get_by_role("link", name="Beschlüsse", exact=True).click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Beschlüsse")
        checked(page)
        page.get_by_label("Suche", exact=True).fill("Öffentlichkeit Volkszeitung")
        page.get_by_role("button", name="Beschlüsse suchen").click()
        expect(page.get_by_role("status")).to_have_text("1 Beschluss")
        expect(page.locator(".decision-list")).to_contain_text(DECISION)
        checked(page)

        # A period that ends before it starts gets a message, not an error page.
        page.get_by_label("Von", exact=True).fill(f"{year}-12-31")
        page.get_by_label("Bis", exact=True).fill(f"{year}-01-01")
        page.get_by_role("button", name="Beschlüsse suchen").click()
        expect(page.get_by_text("Der Zeitraum endet, bevor er beginnt.")).to_be_visible()
        checked(page)

        # Everyone sees it on the network's public list of decisions.
        page.get_by_role("link", name="Öffentliche Liste der Beschlüsse").click()
        expect(page.locator(".decision-list")).to_contain_text(DECISION)
        checked(page)
