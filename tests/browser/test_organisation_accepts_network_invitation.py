"""The coordinator of the Leipziger Nordosten network invites Internationale Frauen e.V., a
member of SIS with its own staff, into the second network; its editor accepts in "Mein Bereich".

Until the editor accepts, the organisation is not in the network and the coordinator gains no
right over it.
"""

import re

from playwright.sync_api import expect

from netzwerkstatt.demo.data import DEMO_PASSWORD


def test_an_organisation_accepts_an_invitation_into_a_second_network(
    page, live_server, demo, checked, log_in, mailoutbox
):
    log_in(page, "redaktion@malteser.example.org", DEMO_PASSWORD)
    page.goto(live_server.url + "/netzwerke/netzwerk-leipzig-nordost/mitgliedschaften/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Mitgliedschaften")
    checked(page)

    page.get_by_label("Vorhandene Organisation").select_option(label="Internationale Frauen e.V.")
    page.get_by_role("button", name="Zum Netzwerk hinzufügen").click()
    expect(page.get_by_role("status").first).to_contain_text(
        "Internationale Frauen e.V. hat eigene Mitarbeiter:innen und wurde eingeladen."
    )
    invited = page.locator("section[aria-labelledby='invitations-heading']")
    expect(invited).to_contain_text("Internationale Frauen e.V.")
    expect(page.get_by_role("row").filter(has_text="Internationale Frauen e.V.")).to_have_count(0)
    checked(page)
    [message] = [m for m in mailoutbox if "redaktion@frauen.example.org" in m.to]
    assert "Stadtteilnetzwerk Leipziger Nordosten" in message.subject

    # The editor of Internationale Frauen answers in "Mein Bereich".
    page.get_by_role("button", name="Abmelden").click()
    log_in(page, "redaktion@frauen.example.org", DEMO_PASSWORD)
    box = page.locator("section[aria-labelledby='consents-heading']")
    expect(box.get_by_role("heading", level=2)).to_have_text("Warten auf Ihre Antwort")
    expect(box).to_contain_text("Internationale Frauen e.V.")
    checked(page)
    box.get_by_role("button", name=re.compile("^Einladung annehmen")).click()
    expect(page.get_by_role("status").first).to_contain_text(
        "Internationale Frauen e.V. ist jetzt Mitglied von Stadtteilnetzwerk Leipziger Nordosten."
    )
    expect(page.locator("section[aria-labelledby='consents-heading']")).to_have_count(0)
    expect(page.locator("section[aria-labelledby='networks-heading']")).to_contain_text(
        "Stadtteilnetzwerk Leipziger Nordosten"
    )
    checked(page)

    # The organisation's log shows the invitation and the answer.
    page.get_by_role("link", name="Änderungsprotokoll").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Änderungsprotokoll von Internationale Frauen e.V."
    )
    expect(page.get_by_role("table")).to_contain_text("Organisation ins Netzwerk eingeladen")
    expect(page.get_by_role("table")).to_contain_text("Netzwerkeinladung angenommen")
    checked(page)
