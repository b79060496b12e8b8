"""A member editor adds an offer with a weekly time and a place and finds it in the directory."""

import re

from playwright.sync_api import expect

from netzwerkstatt.demo.data import DEMO_PASSWORD


def test_member_editor_adds_an_offer(page, live_server, demo, checked, log_in):
    log_in(page, "redaktion@frauen.example.org", DEMO_PASSWORD)
    checked(page)
    page.get_by_role("link", name="Angebot hinzufügen").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Neues Angebot")
    checked(page)

    page.get_by_label("Titel").fill("Nähcafé für Frauen")
    page.get_by_label("Kurzbeschreibung").fill("Gemeinsam nähen, reparieren und erzählen.")
    page.get_by_role("textbox", name="Beschreibung", exact=True).fill(
        "Jeden Mittwoch nähen wir zusammen. Nähmaschinen sind da, Stoffe bringen Sie mit."
    )
    page.get_by_role("group", name="Zielgruppen").get_by_label("Frauen", exact=True).check()
    page.get_by_role("group", name="Sprachen").get_by_label("Deutsch", exact=True).check()
    first_slot = page.locator(".slot-row").first
    first_slot.get_by_label("Wochentag").select_option(label="Mittwoch")
    first_slot.get_by_label("Von").fill("10:00")
    first_slot.get_by_label("Bis").fill("12:30")
    page.get_by_label("Ort", exact=True).fill("Nachbarschaftsladen")
    page.get_by_label("Straße und Hausnummer").fill("Volksgartenstraße 20")
    page.get_by_label("Postleitzahl").fill("04347")
    page.get_by_role("button", name="Angebot speichern").click()

    expect(page.get_by_role("status").first).to_contain_text("angelegt")
    expect(page.get_by_role("heading", level=1)).to_have_text("Nähcafé für Frauen")
    expect(page.locator("dl.facts")).to_contain_text("Mittwoch, 10:00–12:30")
    expect(page.locator("dl.facts")).to_contain_text("Volksgartenstraße 20")
    checked(page)

    page.get_by_role("navigation", name="Hauptnavigation").get_by_role(
        "link", name="Angebote"
    ).click()
    page.get_by_role("searchbox", name="Suche").fill("Nähcafé")
    page.get_by_role("button", name="Angebote anzeigen").click()
    expect(page).to_have_url(re.compile("q=N"))
    result = page.locator("#results").get_by_role("article").filter(has_text="Nähcafé für Frauen")
    expect(result).to_have_count(1)
    expect(result).to_contain_text("Internationale Frauen e.V.")
    checked(page)


def test_bad_input_shows_german_errors_next_to_the_fields(page, live_server, demo, log_in):
    log_in(page, "redaktion@frauen.example.org", DEMO_PASSWORD)
    page.get_by_role("link", name="Angebot hinzufügen").first.click()
    first_slot = page.locator(".slot-row").first
    first_slot.get_by_label("Wochentag").select_option(label="Mittwoch")
    first_slot.get_by_label("Von").fill("12:00")
    first_slot.get_by_label("Bis").fill("10:00")
    page.get_by_role("button", name="Angebot speichern").click()
    expect(page.locator(".field-error").first).to_be_visible()
    expect(page.get_by_text("Dieses Feld ist zwingend erforderlich.").first).to_be_visible()
    expect(page.get_by_text("Die Endzeit muss nach der Anfangszeit liegen.")).to_be_visible()
