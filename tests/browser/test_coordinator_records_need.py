"""A coordinator records a need raised by a member organisation and links it to an offer; the
member organisation confirms that it raised it."""

import re

from playwright.sync_api import expect

from netzwerkstatt.demo.data import DEMO_PASSWORD


def test_coordinator_records_a_need_answered_by_an_offer(page, live_server, demo, checked, log_in):
    log_in(page, "koordination@wiq.example.org", DEMO_PASSWORD)
    checked(page)
    page.get_by_role("link", name="Bedarf erfassen").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Bedarf erfassen")
    checked(page)

    page.get_by_label("Titel").fill("Lernhilfe in den Osterferien")
    page.get_by_role("textbox", name="Beschreibung", exact=True).fill(
        "Eltern berichten, dass Kinder in den Ferien den Anschluss verlieren."
    )
    page.get_by_role("group", name="Zielgruppen").get_by_label("Kinder", exact=True).check()
    # The coordinator's own organisation is pre-selected; another one must confirm.
    raised_by = page.get_by_label("Eingebracht von")
    expect(raised_by.locator("option:checked")).to_have_text("WiQ – Wir im Quartier")
    raised_by.select_option(label="Internationale Frauen e.V.")
    page.get_by_label("Eingebracht bei").fill("Ideencafé bei Marianne")
    page.get_by_label("Priorität").select_option(label="hoch")
    answering = page.get_by_role("group", name="Passende Angebote")
    offer_label = answering.get_by_label("Hausaufgabenhilfe", exact=False).first
    offer_text = offer_label.evaluate("el => el.labels[0].innerText")
    offer_label.check()
    page.get_by_role("button", name="Bedarf speichern").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Lernhilfe in den Osterferien")
    offer_title = offer_text.rsplit(" (", 1)[0]
    expect(page.locator("#answers-heading + .card-list")).to_contain_text(offer_title)
    expect(page.locator("dl.facts")).to_contain_text("noch nicht bestätigt")
    checked(page)

    page.get_by_role("link", name="Alle Bedarfe in SIS – Synergien in Schönefeld").click()
    expect(page.get_by_role("heading", name="Lernhilfe in den Osterferien")).to_be_visible()
    checked(page)

    page.get_by_role("button", name="Abmelden").click()
    log_in(page, "redaktion@frauen.example.org", DEMO_PASSWORD)
    box = page.get_by_role("region", name="Im Namen Ihrer Organisation veröffentlicht")
    expect(box).to_contain_text("Lernhilfe in den Osterferien")
    checked(page)
    box.get_by_role("button", name=re.compile(r"Bestätigen\s*:\s*Bedarf „Lernhilfe")).click()
    expect(page.get_by_role("status").first).to_contain_text("wer diesen Bedarf eingebracht hat")
    checked(page)
