"""A network holds a meeting: series, proposal and answer, minutes, the member's task done.

The clock is moved to a Tuesday two weeks after the real date (and later to the evening of
the meeting), so the journey never depends on the time of day it runs at; cookies set by the
server then stay valid for the real browser.
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
MEMBER = "redaktion@frauen.example.org"
MEMBER_NAME = "Leyla Mustafa-Probst"
SERIES = "AG PARK(ing) Day"
PROPOSAL = "Flyer für den PARK(ing) Day"
TASK = "Flyer drucken lassen"


@pytest.fixture
def meeting_day() -> datetime.date:
    today = datetime.date.today() + datetime.timedelta(days=14)
    return today + datetime.timedelta(days=(1 - today.weekday()) % 7)  # a Tuesday


def _field(label: str) -> re.Pattern:
    """A form field's label, which may end in the required-field asterisk."""
    return re.compile(rf"^{re.escape(label)}( \*)?$")


def _log_out(page) -> None:
    page.get_by_role("button", name="Abmelden").click()


def test_network_holds_meeting(page, live_server, demo, checked, log_in, meeting_day):
    morning = datetime.datetime.combine(meeting_day, datetime.time(9), BERLIN)
    with time_machine.travel(morning, tick=True) as clock:
        meetings_url = live_server.url + "/netzwerke/sis-schoenefeld/treffen/"

        # The coordinator sets up a weekly series of four meetings.
        log_in(page, COORDINATOR, DEMO_PASSWORD)
        page.goto(meetings_url)
        checked(page)
        page.get_by_role("link", name="Terminreihe anlegen").click()
        checked(page)
        page.get_by_label(_field("Titel")).fill(SERIES)
        page.get_by_label("wöchentlich oder alle paar Wochen").check()
        page.get_by_label(_field("Wochentag")).select_option(label="Dienstag")
        page.get_by_label(_field("Erstes Treffen am")).fill(meeting_day.isoformat())
        page.get_by_label(_field("Beginn")).fill("16:00")
        page.get_by_label(_field("Ende")).fill("17:30")
        page.get_by_label("Oder Anzahl der Treffen (optional)").fill("4")
        page.get_by_label(_field("Orte")).fill("Gorkistraße 120\nKulturkutsche WILMA")
        page.get_by_role("button", name="Terminreihe anlegen").click()
        expect(page.get_by_role("status")).to_contain_text(
            f"Die Terminreihe „{SERIES}“ wurde mit 4 Treffen angelegt."
        )
        checked(page)
        page.get_by_role("link", name=SERIES).first.click()
        meeting_url = page.url
        expect(page.get_by_role("heading", level=1)).to_have_text(SERIES)
        checked(page)
        _log_out(page)

        # A member proposes an agenda item and says they are coming.
        log_in(page, MEMBER, DEMO_PASSWORD)
        page.goto(meeting_url)
        page.get_by_role("link", name="Tagesordnungspunkt vorschlagen").click()
        checked(page)
        page.get_by_label(_field("Titel")).fill(PROPOSAL)
        page.get_by_label("Kurzbeschreibung").fill("Wer gestaltet, wer druckt, wer verteilt?")
        page.get_by_label("Zeitbedarf (Minuten)").fill("15")
        page.get_by_role("button", name="Vorschlag senden").click()
        expect(page.get_by_role("status")).to_contain_text("Vielen Dank.")
        page.get_by_label("ja, ich komme").check()
        page.get_by_label("Notiz").fill("Ich bringe Entwürfe mit.")
        page.get_by_role("button", name="Rückmeldung speichern").click()
        coming = page.locator("#zusage")
        expect(coming.get_by_role("status")).to_have_text("Ihre Rückmeldung wurde gespeichert.")
        expect(coming).to_contain_text("Internationale Frauen")
        expect(coming).to_contain_text("Ich bringe Entwürfe mit.")
        checked(page)
        _log_out(page)

        # The coordinator takes the proposal on the agenda and publishes it.
        log_in(page, COORDINATOR, DEMO_PASSWORD)
        page.goto(meeting_url)
        page.get_by_role("link", name="Tagesordnung bearbeiten").click()
        checked(page)
        row = page.get_by_role("group", name=PROPOSAL)
        row.get_by_label("Entscheidung").select_option(label="angenommen")
        row.get_by_label("Minuten").fill("20")
        page.get_by_role("button", name="Tagesordnung speichern").click()
        expect(page.get_by_role("status")).to_contain_text("Die Tagesordnung wurde gespeichert.")
        page.get_by_role("button", name="Tagesordnung veröffentlichen").click()
        expect(page.get_by_role("status")).to_contain_text("veröffentlicht")
        agenda = page.locator(".agenda-list")
        expect(agenda).to_contain_text("Runde der Neuigkeiten")
        expect(agenda).to_contain_text(PROPOSAL)
        checked(page)

        # After the meeting: minutes with a decision and an action item for the member.
        expect(page.get_by_role("link", name="Protokoll schreiben")).to_have_count(0)
        clock.move_to(datetime.datetime.combine(meeting_day, datetime.time(17, 45), BERLIN))
        page.goto(meeting_url)
        page.get_by_role("link", name="Protokoll schreiben").click()
        checked(page)
        expect(page.get_by_label(MEMBER_NAME)).to_be_checked()  # from the answer
        item = page.get_by_role("group", name=f"Punkt 1: {PROPOSAL}")
        item.get_by_label("Notizen").fill("Entwürfe von Frau Mustafa-Probst angesehen.")
        decision = page.get_by_role("group", name="Neuer Beschluss 1")
        decision.get_by_label("Beschluss", exact=True).fill("Wir drucken 500 Flyer.")
        decision.get_by_label("Tagesordnungspunkt").select_option(label=PROPOSAL)
        action = page.get_by_role("group", name="Neue Aufgabe 1")
        action.get_by_label(_field("Was")).fill(TASK)
        action.get_by_label("Tagesordnungspunkt").select_option(label=PROPOSAL)
        action.get_by_label("Verantwortliche Person").select_option(label=MEMBER_NAME)
        action.get_by_label("Fällig am").fill(
            (meeting_day + datetime.timedelta(days=14)).isoformat()
        )
        page.get_by_role("button", name="Protokoll speichern").click()
        expect(page.get_by_role("status")).to_contain_text("Das Protokoll wurde gespeichert.")
        page.get_by_role("button", name="Protokoll veröffentlichen").click()
        expect(page.get_by_role("status")).to_contain_text("veröffentlicht")
        minutes = page.locator(".minutes")
        expect(minutes).to_contain_text("Wir drucken 500 Flyer.")
        expect(minutes).to_contain_text(TASK)
        checked(page)
        _log_out(page)

        # The member finds the task under "Meine Aufgaben" and closes it.
        log_in(page, MEMBER, DEMO_PASSWORD)
        page.get_by_role("link", name="Meine Aufgaben", exact=True).click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Meine Aufgaben")
        mine = page.get_by_role("region", name="Mir zugewiesen")
        expect(mine).to_contain_text(TASK)
        checked(page)
        mine.get_by_role("button", name=re.compile(f"„{TASK}“ als erledigt markieren")).click()
        expect(page.get_by_role("status")).to_contain_text(f"„{TASK}“ ist als erledigt markiert.")
        expect(page.get_by_role("region", name="Mir zugewiesen")).not_to_contain_text(TASK)
        expect(page.get_by_role("region", name="Kürzlich erledigt")).to_contain_text(MEMBER_NAME)
        checked(page)


@pytest.mark.parametrize("width", [1280, 375])
def test_other_meeting_pages_are_accessible(page, live_server, demo, checked, log_in, width):
    """The pages the journey does not walk, with the demo's past and next meeting."""
    from django.utils import timezone

    from netzwerkstatt.meetings.models import Meeting

    page.set_viewport_size({"width": width, "height": 900})
    now = timezone.now()
    past = Meeting.objects.filter(starts_at__lt=now).order_by("-starts_at").first()
    upcoming = Meeting.objects.filter(starts_at__gt=now).order_by("starts_at").first()
    open_item = past.action_items.filter(closed_at__isnull=True).first()
    decision = past.decisions.order_by("number").first()
    log_in(page, COORDINATOR, DEMO_PASSWORD)
    base = f"{live_server.url}/netzwerke/sis-schoenefeld/treffen/"
    for path in [
        "",
        "neu/",
        f"reihe/{upcoming.series_id}/",
        f"{upcoming.pk}/",
        f"{upcoming.pk}/bearbeiten/",
        f"{upcoming.pk}/tagesordnung/",
        f"{past.pk}/",
        f"{past.pk}/protokoll/",  # with the demo's overdue action item
        f"{past.pk}/protokoll/bearbeiten/",
        f"{past.pk}/protokoll/aufgaben/{open_item.pk}/",
        f"{past.pk}/zusammenfassung/",
        f"{past.pk}/protokoll/beschluesse/{decision.pk}/",
    ]:
        page.goto(base + path)
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        checked(page)
    for path in [
        "/netzwerke/sis-schoenefeld/beschluesse/oeffentlich/",
        "/netzwerke/sis-schoenefeld/",
    ]:
        page.goto(live_server.url + path)
        expect(page.get_by_text("Wir beteiligen uns am PARK(ing) Day")).to_be_visible()
        checked(page)
    page.goto(live_server.url + "/konto/aufgaben/")
    expect(page.get_by_role("region", name="Mir zugewiesen")).to_contain_text(
        "Bedarfe aus dem Ideencafé eintragen"
    )
    checked(page)
