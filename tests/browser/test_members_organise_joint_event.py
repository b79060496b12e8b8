"""Members organise a joint event, share the tasks, and a visitor registers and finds it.

Internationale Frauen e.V. publishes "PARK(ing) Day Schönefeld" with CVJM and WILMA as
co-organisers and a task list; the Malteser take on a task; a visitor registers three people
and finds the event in the calendar's list and month view.
"""

import re

from django.utils import timezone
from playwright.sync_api import expect

from netzwerkstatt.demo.data import DEMO_PASSWORD
from netzwerkstatt.events.demo import parking_day_date

TITLE = "PARK(ing) Day Schönefeld"


def _log_out(page, checked):
    page.get_by_role("button", name="Abmelden").click()
    page.wait_for_load_state()
    checked(page)


def test_members_organise_a_joint_event_and_a_visitor_registers(
    page, live_server, demo, checked, log_in, mailoutbox, settings
):
    # The public forms' minimum fill time would only slow the journey down.
    settings.PUBLIC_FORM_MIN_SECONDS = 0
    day = parking_day_date(timezone.localdate()) + timezone.timedelta(days=1)
    log_in(page, "redaktion@frauen.example.org", DEMO_PASSWORD)
    checked(page)
    page.get_by_role("link", name="Neue Veranstaltung in SIS – Synergien in Schönefeld").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Neue Veranstaltung")
    checked(page)

    page.get_by_label("Titel").fill(TITLE)
    page.get_by_role("textbox", name="Beschreibung", exact=True).fill(
        "Wir machen Parkplätze zu Orten für Menschen – mit Stand, Kinderaktion und Musik."
    )
    page.get_by_role("group", name="Zielgruppen").get_by_label("Kinder", exact=True).check()
    page.get_by_role("group", name="Sprachen").get_by_label("Arabisch", exact=True).check()
    dates = page.locator(".slot-row").first
    dates.get_by_label("Beginn").fill(f"{day:%Y-%m-%d}T10:00")
    dates.get_by_label("Ende").fill(f"{day:%Y-%m-%d}T17:00")
    page.get_by_label("Ort", exact=True).fill("Parkstreifen Volbedingstraße")
    page.get_by_label("Straße und Hausnummer").fill("Volbedingstraße 20")
    co_organisers = page.get_by_role("group", name="Mitveranstalter", exact=True)
    co_organisers.get_by_label("CVJM Leipzig e.V.").check()
    co_organisers.get_by_label("Kulturkutsche WILMA").check()
    page.get_by_label("Teilnahmegrenze").fill("40")
    page.get_by_role("button", name="Veranstaltung speichern").click()

    expect(page.get_by_role("status").first).to_contain_text("veröffentlicht")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    facts = page.locator("dl.facts").first
    expect(facts).to_contain_text("Volbedingstraße 20")
    # Named to the organisers only, until CVJM confirms.
    expect(facts).to_contain_text("CVJM Leipzig e.V. (Mitveranstalter, noch nicht bestätigt")
    expect(facts).to_contain_text("Kulturkutsche WILMA")
    expect(facts).to_contain_text(f"{day.day}. ")
    expect(facts).to_contain_text("10:00–17:00 Uhr")
    checked(page)
    # Each co-organiser's staff is asked by e-mail to confirm its part.
    invited = [mail for mail in mailoutbox if TITLE in mail.subject]
    assert len(invited) == 2
    assert all(mail.subject.startswith("Bitte bestätigen Sie Ihren Teil") for mail in invited)

    for task, needed in [("Tisch mitbringen", "2"), ("Flyer ins Arabische übersetzen", "1")]:
        page.get_by_role("textbox", name="Aufgabe").fill(task)
        page.get_by_label("Wie viele gebraucht werden").fill(needed)
        page.get_by_role("button", name="Aufgabe hinzufügen").click()
        expect(page.get_by_role("status").first).to_contain_text("hinzugefügt")
    tasks = page.get_by_role("region", name="Wer bringt was mit?")
    expect(tasks.get_by_role("heading", name="Tisch mitbringen")).to_be_visible()
    checked(page)
    event_url = page.url.split("#")[0]
    _log_out(page, checked)

    log_in(page, "redaktion@malteser.example.org", DEMO_PASSWORD)
    checked(page)
    page.goto(event_url)
    checked(page)
    page.get_by_role("button", name=re.compile(r"Übernehmen\s*:\s*Tisch mitbringen")).click()
    expect(page.get_by_role("status").first).to_contain_text(
        "Danke: Malteser Hilfsdienst e.V. übernimmt „Tisch mitbringen“."
    )
    table_card = page.locator(".task-list > li").filter(has_text="Tisch mitbringen")
    expect(table_card).to_contain_text("1 von 2 übernommen")
    expect(table_card).to_contain_text("noch offen")
    checked(page)
    _log_out(page, checked)

    # CVJM finds the event in "Mein Bereich" and confirms its part there.
    log_in(page, "redaktion@cvjm.example.net", DEMO_PASSWORD)
    box = page.get_by_role("region", name="Im Namen Ihrer Organisation veröffentlicht")
    expect(box).to_contain_text(TITLE)
    checked(page)
    box.get_by_role(
        "button", name=re.compile(r"Bestätigen\s*:\s*Mitveranstaltung von „" + re.escape(TITLE))
    ).click()
    expect(page.get_by_role("status").first).to_contain_text("Ihr Beitrag ist bestätigt")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Hallo")
    checked(page)
    _log_out(page, checked)

    # A visitor finds the public event in the calendar and registers three people.
    page.goto(live_server.url + "/")
    checked(page)
    page.get_by_role("navigation", name="Hauptnavigation").get_by_role(
        "link", name="Kalender"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kalender")
    checked(page)
    filters = page.get_by_role("search", name="Veranstaltungen filtern")
    filters.get_by_role("group", name="Zielgruppe").get_by_label("Kinder", exact=True).check()
    filters.get_by_role("button", name="Veranstaltungen anzeigen").click()
    expect(page).to_have_url(re.compile("zielgruppe=kinder"))
    checked(page)
    page.get_by_role("link", name=TITLE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    # Visitors see the co-organiser that confirmed, not the one that has not (yet).
    facts = page.locator("dl.facts").first
    expect(facts).to_contain_text("CVJM Leipzig e.V. (Mitveranstalter)")
    expect(facts).not_to_contain_text("Kulturkutsche WILMA")
    checked(page)

    page.get_by_label("Ihr Name").fill("Familie Yilmaz")
    page.get_by_label("Ihre E-Mail-Adresse").fill("familie.yilmaz@example.org")
    page.get_by_label("Anzahl Personen").fill("3")
    page.get_by_role("button", name="Anmelden", exact=True).click()
    expect(page.get_by_role("status").first).to_contain_text("Sie sind angemeldet")
    expect(page.locator("dl.facts").first).to_contain_text("37 von 40 Plätzen frei")
    # A confirmation instead of the empty form: for what, for how many, how to cancel.
    registration = page.get_by_role("region", name="Anmeldung")
    expect(registration).to_contain_text(f"Sie sind zu „{TITLE}“ mit 3 Personen angemeldet.")
    expect(registration).to_contain_text("Link in dieser E-Mail")
    expect(page.get_by_label("Ihr Name")).to_have_count(0)
    checked(page)

    page.goto(f"{live_server.url}/veranstaltungen/monat/{day.year}/{day.month}/")
    month = page.get_by_role("table")
    expect(month).to_contain_text(TITLE)
    expect(month.get_by_role("link", name=re.compile(re.escape(TITLE)))).to_have_count(1)
    checked(page)
    page.get_by_role("link", name=re.compile("Nächster Monat")).click()
    expect(page.get_by_role("table")).not_to_contain_text(TITLE)
    checked(page)


def test_bad_event_input_shows_german_errors(page, live_server, demo, log_in):
    log_in(page, "redaktion@frauen.example.org", DEMO_PASSWORD)
    page.goto(live_server.url + "/netzwerke/sis-schoenefeld/veranstaltungen/neu/")
    dates = page.locator(".slot-row").first
    dates.get_by_label("Beginn").fill("2030-09-20T17:00")
    dates.get_by_label("Ende").fill("2030-09-20T10:00")
    page.get_by_label("Teilnahmegrenze").fill("0")
    page.get_by_role("button", name="Veranstaltung speichern").click()
    expect(page.get_by_text("Das Ende muss nach dem Beginn liegen.")).to_be_visible()
    expect(page.get_by_text("Dieser Wert muss größer oder gleich 1 sein.")).to_be_visible()
    expect(page.get_by_text("Dieses Feld ist zwingend erforderlich.").first).to_be_visible()
