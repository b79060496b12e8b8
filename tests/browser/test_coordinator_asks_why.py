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
    for label, title in [
        ("Erstes Angebot", "Theaterwerkstatt für Kinder"),
        ("Zweites Angebot", "Fahrradwerkstatt zum Mitmachen"),
    ]:
        choice = page.get_by_label(label)
        choice.select_option(choice.locator("option", has_text=title).get_attribute("value"))
    page.get_by_role("button", name="Vergleichen").click()
    expect(page.get_by_role("heading", name="Nicht als Parallelangebote gemeldet")).to_be_visible()
    expect(page.get_by_role("list", name="Was ein Paar ausschließt")).not_to_be_empty()
    checked(page)
