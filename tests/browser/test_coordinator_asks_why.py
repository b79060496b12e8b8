"""A coordinator dismisses a finding and asks "warum?" for a pair and for two look-alike offers."""

import re

from playwright.sync_api import expect

from netzwerkstatt.demo.data import DEMO_PASSWORD


def test_coordinator_dismisses_a_finding_and_compares_look_alikes(
    page, live_server, demo, checked, log_in
):
    log_in(page, "koordination@wiq.example.org", DEMO_PASSWORD)
    page.get_by_role("link", name="Synergien", exact=True).first.click()
    finding = page.get_by_role("article").filter(has_text="Hilfe bei den Hausaufgaben").first
    finding.get_by_label("Notiz (optional)").fill("Verschiedene Klassenstufen")
    finding.get_by_role("button", name=re.compile("^Verworfen")).click()
    expect(finding.get_by_role("status")).to_have_text("Gespeichert.")
    expect(finding.locator(".badge").first).to_have_text("verworfen")
    checked(page)

    # Why was it reported at all? The score taken apart, the shared words marked.
    finding.get_by_role("link", name=re.compile("^Warum?")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Warum (nicht) parallel?")
    expect(page.get_by_role("heading", name="Als Parallelangebote gemeldet")).to_be_visible()
    expect(page.get_by_role("table", name="So kommt der Wert zustande")).to_contain_text(
        "Zielgruppen"
    )
    expect(page.locator("mark").first).to_be_visible()
    checked(page)

    # A theatre workshop and a bicycle workshop share a word, not a kind: the page says why not.
    # Each offer is found by a search: the first with the search button (as without
    # JavaScript), the second while typing (htmx), the hit count announced in a status line.
    page.get_by_label("Erstes Angebot suchen").fill("Theaterwerkstatt")
    page.get_by_role("button", name="Suchen (Erstes Angebot)").click()
    expect(page.locator("#anzahl-a")).to_contain_text("zu „Theaterwerkstatt“ gefunden")
    page.get_by_role("radio", name=re.compile("^Theaterwerkstatt für Kinder")).check()
    checked(page)
    page.get_by_label("Zweites Angebot suchen").press_sequentially("Fahrradwerk")
    expect(page.locator("#anzahl-b")).to_contain_text("zu „Fahrradwerk“ gefunden")
    page.get_by_role("radio", name=re.compile("^Fahrradwerkstatt zum Mitmachen")).check()
    page.get_by_role("button", name="Vergleichen").click()
    expect(page.get_by_role("heading", name="Nicht als Parallelangebote gemeldet")).to_be_visible()
    expect(page.get_by_role("list", name="Was ein Paar ausschließt")).not_to_be_empty()
    theatre = page.get_by_role("radio", name=re.compile("^Theaterwerkstatt für Kinder"))
    expect(theatre).to_be_checked()
    checked(page)
