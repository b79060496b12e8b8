"""The editor of Internationale Frauen e.V. invites a new colleague, who then gets started.

From "Mein Bereich" the editor opens the staff page, tries the form empty, asks Aylin Demir to
join; the invitation's one-time link lets Aylin choose a password, which accepts the request,
and her own "Mein Bereich" then lists the organisation.
"""

import re

from playwright.sync_api import expect

from netzwerkstatt.demo.data import DEMO_PASSWORD

PASSWORD = "Beratung-im-Stadtteil-2024"


def test_the_editor_invites_a_colleague(
    page, live_server, demo, checked, log_in, mailoutbox, choose_password_from
):
    log_in(page, "redaktion@frauen.example.org", DEMO_PASSWORD)
    checked(page)
    organisation = page.locator("section[aria-labelledby='organisations-heading']")
    organisation.get_by_role("link", name="Mitarbeiter:innen").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Mitarbeiter:innen von Internationale Frauen e.V."
    )
    expect(page.get_by_role("table")).to_contain_text("redaktion@frauen.example.org")
    checked(page)

    # An empty form explains itself and saves nothing.
    page.get_by_role("button", name="Einladung senden").click()
    expect(page.locator(".field-error").first).to_be_visible()
    checked(page)

    page.get_by_label("Name").fill("Aylin Demir")
    page.get_by_label("E-Mail-Adresse").fill("aylin.demir@frauen.example.org")
    page.get_by_label("Funktion (optional)").fill("Sozialberatung")
    page.get_by_role("button", name="Einladung senden").click()
    expect(page.get_by_role("status").first).to_contain_text(
        "Eine Anfrage wurde an aylin.demir@frauen.example.org gesendet."
    )
    requests = page.locator("section[aria-labelledby='requests-heading']")
    expect(requests).to_contain_text("Aylin Demir (aylin.demir@frauen.example.org)")
    expect(page.get_by_role("row").filter(has_text="Aylin Demir")).to_have_count(0)
    checked(page)

    # Aylin opens the link from the e-mail, chooses a password and is logged in.
    [invitation] = [m for m in mailoutbox if m.to == ["aylin.demir@frauen.example.org"]]
    assert "Hallo Aylin Demir," in invitation.body
    page.get_by_role("button", name="Abmelden").click()
    choose_password_from(page, invitation, PASSWORD)
    expect(page).to_have_url(re.compile("/organisationen/internationale-frauen/bearbeiten/$"))
    checked(page)

    page.goto(live_server.url + "/konto/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Hallo Aylin Demir")
    expect(page.get_by_role("heading", level=3, name="Internationale Frauen e.V.")).to_be_visible()
    checked(page)

    # Choosing the password accepted the request: she is on the staff list now.
    page.get_by_role("link", name="Mitarbeiter:innen").first.click()
    row = page.get_by_role("row").filter(has_text="Aylin Demir")
    expect(row).to_contain_text("Kann sich anmelden")
    expect(row).to_contain_text("Sozialberatung")
    expect(page.locator("section[aria-labelledby='requests-heading']")).to_have_count(0)
    checked(page)
    # Her colleague was told by e-mail.
    assert any(
        m.to == ["redaktion@frauen.example.org"] and "Aylin Demir" in m.body for m in mailoutbox
    )

    # Removing oneself asks first, with a clear warning; cancelling changes nothing.
    row.get_by_role("button", name=re.compile("^Entfernen")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Aylin Demir entfernen?")
    expect(page.locator("main")).to_contain_text("Sie sind dabei, sich selbst")
    checked(page)
    page.get_by_role("link", name="Abbrechen").click()
    expect(page.get_by_role("row").filter(has_text="Aylin Demir")).to_have_count(1)
