"""A neighbour reads what the network is looking for and offers help; the coordinator sees it.

The coordinator first shows a need publicly in the words written for visitors. On a phone, a
visitor finds it on the network's page under "Wir suchen", offers a room, and the coordinator
finds the offer in the queue, keeps it as a note on the need and answers another one by making
it a join request.
"""

import re

from playwright.sync_api import expect

from netzwerkstatt.demo.data import DEMO_PASSWORD

PUBLIC_TEXT = "Für Kinder, die Fahrrad fahren lernen, suchen wir gebrauchte Fahrräder und Helme."


def test_a_visitor_offers_help_and_the_coordinator_keeps_it(
    page, live_server, demo, checked, log_in, settings, browser
):
    settings.PUBLIC_FORM_MIN_SECONDS = 0

    # The coordinator shows a need publicly, with a text for the public.
    log_in(page, "koordination@wiq.example.org", DEMO_PASSWORD)
    page.goto(live_server.url + "/netzwerke/sis-schoenefeld/bedarfe/")
    page.get_by_role("link", name="Räume für Gruppenangebote am Nachmittag").click()
    expect(page.get_by_role("heading", name=re.compile("Öffentlich zeigen"))).to_be_visible()
    expect(page.get_by_role("link", name="Öffentliche Seite dieses Bedarfs")).to_be_visible()
    checked(page)

    # A visitor on a phone: the network's page shows "Wir suchen" with the room.
    visitor = browser.new_context(
        locale="de-DE", timezone_id="Europe/Berlin", viewport={"width": 375, "height": 800}
    )
    phone = visitor.new_page()
    phone.goto(live_server.url + "/netzwerke/sis-schoenefeld/")
    needs = phone.locator("section").filter(
        has=phone.get_by_role("heading", name="Wir suchen", exact=True)
    )
    expect(needs).to_contain_text("Räume für Gruppenangebote am Nachmittag")
    needs.get_by_role("link", name="Räume für Gruppenangebote am Nachmittag", exact=True).click()
    expect(phone.get_by_role("heading", level=1)).to_have_text(
        "Räume für Gruppenangebote am Nachmittag"
    )
    # Only the public text: not the internal description.
    expect(phone.locator("main")).to_contain_text("Gemeinderaum, ein Vereinsheim")
    expect(phone.locator("main")).not_to_contain_text("Treffpunkt ist nachmittags voll belegt")
    checked(phone)

    # A link alone is refused with a message, nothing is lost of what was typed.
    phone.get_by_label("Ihr Name").fill("Ute Gemeinde")
    phone.get_by_label("E-Mail-Adresse").fill("ute@gemeinde.example.org")
    phone.get_by_label("Wie möchten Sie helfen?").fill("https://gemeinde.example.org")
    phone.get_by_label(re.compile("Ich bin einverstanden")).check()
    phone.get_by_role("button", name="Hilfsangebot senden").click()
    expect(phone.get_by_text("ein Link allein genügt nicht")).to_be_visible()
    expect(phone.get_by_label("Ihr Name")).to_have_value("Ute Gemeinde")
    checked(phone)

    phone.get_by_label("Wie möchten Sie helfen?").fill(
        "Unser Gemeindesaal ist montags und mittwochs ab 15 Uhr frei, mit Platz für 20."
    )
    phone.get_by_label(re.compile("Ich bin einverstanden")).check()
    phone.get_by_role("button", name="Hilfsangebot senden").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Vielen Dank für Ihr Hilfsangebot")
    checked(phone)
    visitor.close()

    # The coordinator finds both offers of help in the queue.
    page.goto(live_server.url + "/netzwerke/sis-schoenefeld/")
    page.get_by_role("link", name=re.compile(r"Hilfsangebote: 2 neu")).click()
    checked(page)
    ute = page.locator(".card").filter(has_text="Ute Gemeinde")
    expect(ute).to_contain_text("Gemeindesaal ist montags")
    ute.get_by_role("button", name="Als Notiz zum Bedarf behalten").click()
    expect(page.get_by_role("status").first).to_contain_text("als Notiz zum Bedarf behalten")

    jonas = page.locator(".card").filter(has_text="Jonas Beispiel")
    jonas.get_by_role("button", name="Als Mitgliedsantrag übernehmen").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Kleingartenverein")
    checked(page)

    # The note shows on the need's page for the network's members.
    page.goto(live_server.url + "/netzwerke/sis-schoenefeld/bedarfe/")
    page.get_by_role("link", name="Räume für Gruppenangebote am Nachmittag").click()
    notes = page.locator("section").filter(
        has=page.get_by_role("heading", name="Hilfsangebote", exact=True)
    )
    expect(notes).to_contain_text("Ute Gemeinde")
    checked(page)

    # The coordinator stops showing the need publicly.
    page.get_by_role("button", name="Nicht mehr öffentlich zeigen").click()
    expect(page.get_by_role("status").first).to_contain_text("nicht mehr öffentlich")
    page.goto(live_server.url + "/netzwerke/sis-schoenefeld/wir-suchen/")
    expect(page.locator("main")).to_contain_text("Das Netzwerk sucht gerade nichts.")
