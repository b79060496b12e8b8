"""A coordinator records a need and links it to an existing offer."""

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
    checked(page)

    page.get_by_role("link", name="Alle Bedarfe in SIS – Synergien in Schönefeld").click()
    expect(page.get_by_role("heading", name="Lernhilfe in den Osterferien")).to_be_visible()
    checked(page)
