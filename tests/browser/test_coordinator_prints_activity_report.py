"""The coordinator prints the activity report for 2026 and downloads it for the funder."""

import csv
import io

from playwright.sync_api import expect

from netzwerkstatt.demo.data import DEMO_PASSWORD


def test_coordinator_prints_the_report_for_2026(page, live_server, demo, checked, log_in):
    log_in(page, "koordination@wiq.example.org", DEMO_PASSWORD)
    page.get_by_role("link", name="Mein Bereich").click()
    page.get_by_role("link", name="Tätigkeitsbericht").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Tätigkeitsbericht von SIS – Synergien in Schönefeld"
    )
    checked(page)

    # A period that ends before it starts: a message in German, no report.
    page.get_by_label("Von").fill("2026-12-31")
    page.get_by_label("Bis").fill("2026-01-01")
    page.get_by_role("button", name="Bericht anzeigen").click()
    expect(page.get_by_role("alert")).to_contain_text("Der Zeitraum endet, bevor er beginnt.")
    expect(page.get_by_role("heading", name="Treffen und Anwesenheit")).to_have_count(0)
    checked(page)
    # The form page answers 400 on purpose; the browser logs that status as an error.
    page.console_errors.clear()

    page.get_by_role("navigation", name="Übliche Zeiträume").get_by_role(
        "link", name="2026", exact=True
    ).click()
    expect(page.get_by_text("Zeitraum: 1. Januar 2026 bis 31. Dezember 2026")).to_be_visible()
    for heading in [
        "Mitglieder",
        "Treffen und Anwesenheit",
        "Veranstaltungen und Anmeldungen",
        "Angebote",
        "Bedarfe",
        "Synergien",
        "Aufgaben",
    ]:
        expect(page.get_by_role("heading", name=heading, exact=True)).to_be_visible()
    targets = page.get_by_role("img", name="Aktive Angebote nach Zielgruppe")
    expect(targets).to_be_visible()
    expect(page.get_by_role("table", name="Aktive Angebote nach Zielgruppe")).to_be_visible()
    checked(page)

    # The printout leaves out navigation and the period form, keeps the figures.
    page.emulate_media(media="print")
    expect(page.get_by_role("navigation", name="Hauptnavigation")).to_be_hidden()
    expect(page.get_by_role("button", name="Bericht anzeigen")).to_be_hidden()
    expect(page.get_by_role("table", name="Mitgliedsorganisationen")).to_be_visible()
    assert page.pdf(format="A4")[:4] == b"%PDF"
    page.emulate_media(media="screen")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Als CSV herunterladen").click()
    download = download_info.value
    assert download.suggested_filename.startswith("taetigkeitsbericht-sis-")
    text = open(download.path(), encoding="utf-8-sig").read()
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == ["Bereich", "Kennzahl", "Wert"]
    assert ["Bericht", "Von", "01.01.2026"] in rows
    assert any(row[:2] == ["Treffen", "Abgehaltene Treffen"] for row in rows)
