"""A coordinator imports a spreadsheet of offers: upload, assign columns, preview with a
refused row, confirm, and finds the offers in the directory."""

from playwright.sync_api import expect

from netzwerkstatt.demo.data import DEMO_PASSWORD

SPREADSHEET = (
    "Titel;Beschreibung;Organisation;Zeiten;Zielgruppe;Sprachen;Kosten\r\n"
    "Fahrradwerkstatt für alle;Gemeinsam Räder reparieren;Radhaus Schönefeld;"
    "Mi 16-18 Uhr;Jugendliche;Deutsch;kostenlos\r\n"
    "Spieletreff am Abend;Brettspiele für Groß und Klein;Radhaus Schönefeld;"
    "Fr 17:00-19:00;Familien;Deutsch, Englisch;\r\n"
    "Frauenfrühstück;Frühstück und Austausch;Internationale Frauen e.V.;Di 9-11;Frauen;;\r\n"
).encode("cp1252")


def test_coordinator_imports_a_spreadsheet_of_offers(page, live_server, demo, checked, log_in):
    log_in(page, "koordination@wiq.example.org", DEMO_PASSWORD)
    page.goto(live_server.url + "/netzwerke/sis-schoenefeld/")
    page.get_by_role("link", name="Angebote importieren").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Angebote in SIS – Synergien in Schönefeld importieren"
    )
    checked(page)

    page.get_by_label("Tabelle (CSV oder XLSX)").set_input_files(
        files=[{"name": "angebote.csv", "mimeType": "text/csv", "buffer": SPREADSHEET}]
    )
    page.get_by_role("button", name="Datei hochladen").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Spalten zuordnen")
    expect(page.get_by_text("CSV, Windows-1252, Semikolon")).to_be_visible()
    expect(page.get_by_label("Titel").locator("option:checked")).to_have_text("Titel")
    expect(page.get_by_label("Zeiten").locator("option:checked")).to_have_text(
        "Wöchentliche Termine"
    )
    checked(page)
    page.get_by_role("button", name="Vorschau anzeigen").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Vorschau des Imports")
    rows = page.get_by_role("region", name="Zeilen der Datei")
    expect(rows).to_contain_text(
        "Internationale Frauen e.V. hat eigene Mitarbeiter:innen; sie tragen ihre Angebote "
        "selbst ein."
    )
    expect(rows).to_contain_text("nicht importiert")
    checked(page)
    page.get_by_role("button", name="2 Angebote importieren").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Import abgeschlossen")
    expect(page.get_by_role("status").first).to_contain_text("Importiert: 2 neue Angebote")
    checked(page)
    page.get_by_role("link", name="Angebote des Netzwerks anzeigen").click()
    # The new placeholder's offers are found by its name.
    page.get_by_role("searchbox").fill("Radhaus")
    page.get_by_role("searchbox").press("Enter")
    expect(page.get_by_role("link", name="Fahrradwerkstatt für alle")).to_be_visible()
    expect(page.get_by_role("link", name="Spieletreff am Abend")).to_be_visible()
    expect(page.get_by_text("Frauenfrühstück")).to_have_count(0)
    checked(page)
