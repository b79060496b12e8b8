"""The editor of Internationale Frauen e.V. asks Sami Gesundmann, who has an account at the
Poliklinik, to join the staff; Sami accepts by the link in the e-mail.

Nothing changes until Sami accepts, and the editor is told.
"""

import re

from playwright.sync_api import expect

from netzwerkstatt.demo.data import DEMO_PASSWORD

SAMI = "redaktion@poliklinik.example.net"


def test_a_person_accepts_a_staff_request(page, live_server, demo, checked, log_in, mailoutbox):
    log_in(page, "redaktion@frauen.example.org", DEMO_PASSWORD)
    page.goto(live_server.url + "/organisationen/internationale-frauen/mitarbeiterinnen/")
    page.get_by_label("Name").fill("Sami Gesundmann")
    page.get_by_label("E-Mail-Adresse").fill(SAMI)
    page.get_by_role("button", name="Einladung senden").click()
    expect(page.get_by_role("status").first).to_contain_text(
        f"Eine Anfrage wurde an {SAMI} gesendet."
    )
    expect(page.get_by_role("row").filter(has_text="Sami Gesundmann")).to_have_count(0)
    checked(page)

    [message] = [m for m in mailoutbox if m.to == [SAMI]]
    path = re.search(r"https?://[^/\s]+(/mitarbeit/\S+)", message.body).group(1)
    page.get_by_role("button", name="Abmelden").click()

    page.goto(live_server.url + path)
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Für Internationale Frauen e.V. mitarbeiten?"
    )
    checked(page)
    page.get_by_role("button", name="Anfrage annehmen").click()
    expect(page.get_by_role("status").first).to_contain_text(
        "Sie arbeiten jetzt für Internationale Frauen e.V."
    )
    checked(page)

    # The link works once.
    page.goto(live_server.url + path)
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Dieser Link kann nicht verwendet werden"
    )
    expect(page.locator("main")).to_contain_text("bereits angenommen")
    checked(page)
    page.console_errors.clear()  # the browser logs the 410 of the document itself

    log_in(page, SAMI, DEMO_PASSWORD)
    expect(page.get_by_role("heading", level=3, name="Internationale Frauen e.V.")).to_be_visible()
    checked(page)
    assert any(
        m.to == ["redaktion@frauen.example.org"] and "Sami Gesundmann" in m.body for m in mailoutbox
    )
