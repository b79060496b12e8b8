"""The coordinator of SIS writes a circular to the member organisations and sees its delivery.

She opens the network's page, writes the circular, first sees a preview with how many people
in how many organisations it reaches, then sends it and follows the delivery per recipient;
a member then finds it in the network's archive, without the list of addresses.
"""

import re

from django.core import mail
from playwright.sync_api import expect

from netzwerkstatt.demo.data import DEMO_PASSWORD

COORDINATOR = "koordination@wiq.example.org"
MEMBER = "redaktion@frauen.example.org"
SUBJECT = "Einladung zum Stadtteilfest"


def _field(label: str) -> re.Pattern:
    """A form field's label, which may end in the required-field asterisk."""
    return re.compile(rf"^{re.escape(label)}( \*)?$")


def test_coordinator_writes_a_circular_and_sees_its_delivery(
    page, live_server, demo, checked, log_in
):
    log_in(page, COORDINATOR, DEMO_PASSWORD)
    page.goto(live_server.url + "/netzwerke/sis-schoenefeld/")
    page.get_by_role("link", name="Rundschreiben schreiben").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Rundschreiben schreiben")
    checked(page)

    # Sending nothing explains what is missing.
    page.get_by_role("button", name="Vorschau und Empfänger:innen anzeigen").click()
    expect(page.get_by_text("Bitte geben Sie einen Betreff ein.")).to_be_visible()
    checked(page)

    page.get_by_label(_field("Betreff")).fill(SUBJECT)
    page.get_by_label(_field("Text")).fill(
        "Liebe Mitglieder,\n\nam Samstag feiern wir auf dem Schönefelder Platz. "
        "Wer hilft beim Aufbau?"
    )
    page.get_by_role("button", name="Vorschau und Empfänger:innen anzeigen").click()
    preview = page.get_by_role("region", name="Vorschau")
    expect(preview).to_contain_text(re.compile(r"An \d+ Personen in \d+ Organisationen"))
    expect(preview).to_contain_text("Wer hilft beim Aufbau?")
    checked(page)

    page.get_by_role("button", name="Rundschreiben senden").click()
    expect(page.get_by_role("status").first).to_contain_text("Das Rundschreiben wird an")
    expect(page.get_by_role("heading", level=1)).to_have_text(SUBJECT)
    delivery = page.get_by_role("region", name="Zustellung", exact=True)
    expect(delivery).to_contain_text("versendet")
    expect(page.get_by_role("table")).to_contain_text(MEMBER)
    checked(page)
    assert MEMBER in [message.to[0] for message in mail.outbox]
    page.get_by_role("button", name="Abmelden").click()

    # A member reads it in the archive; the addresses stay with the coordination.
    log_in(page, MEMBER, DEMO_PASSWORD)
    page.get_by_role("link", name="Rundschreiben").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Rundschreiben von SIS – Synergien in Schönefeld"
    )
    checked(page)
    page.get_by_role("link", name=SUBJECT).click()
    expect(page.get_by_text("Wer hilft beim Aufbau?")).to_be_visible()
    expect(page.get_by_role("table")).to_have_count(0)
    checked(page)
