"""A coordinator reviews parallel offers and finds the uncovered need in the gap overview."""

import re

from playwright.sync_api import expect

from netzwerkstatt.demo.data import DEMO_PASSWORD


def test_coordinator_puts_a_parallel_offer_on_the_next_meeting(
    page, live_server, demo, checked, log_in
):
    log_in(page, "koordination@wiq.example.org", DEMO_PASSWORD)
    page.get_by_role("link", name="Synergien", exact=True).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Synergien in SIS – Synergien in Schönefeld"
    )
    checked(page)

    # The demo's planted parallels: homework help of several organisations, Tuesday afternoons.
    finding = page.get_by_role("article").filter(has_text="Hilfe bei den Hausaufgaben").first
    expect(finding).to_be_visible()
    reasons = finding.get_by_role("list", name="Warum diese Angebote parallel wirken")
    expect(reasons).to_contain_text("Beide für Kinder")
    expect(reasons).to_contain_text(re.compile(r"dienstags"))
    expect(reasons).to_contain_text(re.compile(r"\d+ m voneinander entfernt"))

    finding.get_by_label("Notiz (optional)").fill("Absprache der drei Träger beim Treffen")
    finding.get_by_role("button", name=re.compile("^Für das nächste Treffen")).click()
    expect(finding.get_by_role("status")).to_have_text("Gespeichert.")
    expect(finding.locator(".badge").first).to_have_text("für das nächste Treffen")
    checked(page)

    # Still there after reloading, under its decision.
    page.get_by_role("link", name=re.compile(r"^Für das nächste Treffen \(")).click()
    expect(page.get_by_role("article").first).to_contain_text(
        "Absprache der drei Träger beim Treffen"
    )

    page.get_by_role("link", name="Fehlstellen", exact=True).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Fehlstellen in SIS – Synergien in Schönefeld"
    )
    uncovered = page.locator(".uncovered-needs")
    expect(uncovered).to_contain_text("Ferienangebote für Jugendliche im Sommer")
    heatmap = page.get_by_role("table", name="Fehlstellen als Übersichtsgrafik")
    expect(heatmap).to_be_visible()
    expect(heatmap).to_contain_text("Jugendliche")
    checked(page)

    uncovered.get_by_role("link", name="Ferienangebote für Jugendliche im Sommer").click()
    expect(page.get_by_role("heading", name="Wer könnte helfen?")).to_be_visible()
    checked(page)
