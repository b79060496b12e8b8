"""A network agrees to share; the city's social planning office dismisses a city-wide finding."""

import re

from playwright.sync_api import expect

from netzwerkstatt.accounts.models import User
from netzwerkstatt.demo.data import DEMO_PASSWORD
from netzwerkstatt.networks.models import Network
from netzwerkstatt.synergy import citywide


def test_citywide_coordination_dismisses_a_finding_across_two_networks(
    page, live_server, demo, checked, log_in
):
    admin = User.objects.get(email="admin@netzwerkstatt.example.org")
    planner = User.objects.create_user(
        "sozialplanung@leipzig.example", DEMO_PASSWORD, display_name="Sozialplanung Leipzig"
    )
    citywide.grant_role(planner, by=admin, note="Amt für Jugend und Familie")
    citywide.set_sharing(Network.objects.get(slug="netzwerk-leipzig-nordost"), True, by=admin)

    # The coordination of SIS sees who holds the role and agrees to share.
    log_in(page, "koordination@wiq.example.org", DEMO_PASSWORD)
    page.goto(live_server.url + "/netzwerke/sis-schoenefeld/synergien/stadtweit/")
    expect(page.get_by_role("region", name="Wer die Rolle zurzeit hat")).to_contain_text(
        "Sozialplanung Leipzig"
    )
    checked(page)
    page.get_by_label(re.compile("mit der stadtweiten Koordination teilen")).check()
    page.get_by_role("button", name="Speichern").click()
    expect(
        page.get_by_text("Die stadtweite Koordination sieht dieses Netzwerk jetzt.")
    ).to_be_visible()
    citywide.refresh()

    page.context.clear_cookies()
    log_in(page, "sozialplanung@leipzig.example", DEMO_PASSWORD)
    page.get_by_role("link", name="Stadtweite Synergien").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Stadtweite Synergien")
    page.get_by_label("Netzwerk").select_option(label="Stadtteilnetzwerk Leipziger Nordosten")
    page.get_by_role("button", name="Anzeigen").click()
    checked(page)
    # Internationale Frauen belongs to SIS only: its pairs with the Nordost filter cross networks.
    finding = page.get_by_role("article").filter(has_text="Internationale Frauen").first
    title = finding.get_by_role("heading", level=2).inner_text()
    finding.get_by_label("Notiz (optional)").fill("In zwei Netzwerken gewollt")
    finding.get_by_role("button", name=re.compile("^Verworfen")).click()
    expect(finding.get_by_role("status")).to_have_text("Gespeichert.")
    expect(finding.locator(".badge").first).to_have_text("verworfen")
    checked(page)

    page.get_by_role("link", name=re.compile(r"^Verworfen \(")).click()
    dismissed = page.get_by_role("article").filter(has_text=title)
    expect(dismissed).to_contain_text("In zwei Netzwerken gewollt")
