"""A member switches to the weekly digest, receives it, and unsubscribes with one click.

The editor of Internationale Frauen e.V. chooses the digest in her e-mail settings. The
weekly run (`send_digests`) then happens on a frozen clock a day after the demo was loaded,
so the demo's offers count as new; a second run in the same week sends nothing. The
unsubscribe link of the digest first only asks, then switches the digest off.
"""

import datetime
import re

import time_machine
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from netzwerkstatt.demo.data import DEMO_PASSWORD

MEMBER = "redaktion@frauen.example.org"


def test_member_switches_to_the_weekly_digest_and_receives_it(
    page, live_server, demo, checked, log_in
):
    log_in(page, MEMBER, DEMO_PASSWORD)
    page.get_by_role("link", name="E-Mail-Einstellungen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("E-Mail-Einstellungen")
    expect(page.get_by_label("Kein Wochenüberblick")).to_be_checked()
    checked(page)
    page.get_by_label("Einmal pro Woche").check()
    page.get_by_role("button", name="E-Mail-Einstellungen speichern").click()
    expect(page.get_by_role("status").first).to_contain_text(
        "Ihre E-Mail-Einstellungen sind gespeichert."
    )
    expect(page.get_by_label("Einmal pro Woche")).to_be_checked()
    checked(page)

    mail.outbox.clear()
    with time_machine.travel(timezone.now() + datetime.timedelta(days=1), tick=False):
        call_command("send_digests", stdout=open("/dev/null", "w"))  # noqa: SIM115
        call_command("send_digests", stdout=open("/dev/null", "w"))  # noqa: SIM115
    [digest] = [message for message in mail.outbox if message.to == [MEMBER]]
    assert digest.subject == "Ihr Wochenüberblick von Netzwerkstatt"
    assert "Neue Angebote" in digest.body
    assert "Ihre offenen Aufgaben" in digest.body or "Offene Bedarfe" in digest.body

    # The link at the end of the digest: the page asks first, the button switches it off.
    path = re.search(r"https?://[^/\s]+(/abbestellen/\S+)", digest.body).group(1)
    page.goto(live_server.url + path)
    expect(page.get_by_role("heading", level=1)).to_have_text("Abbestellen")
    checked(page)
    page.get_by_role("button", name="Wochenüberblick abbestellen").click()
    expect(page.get_by_role("status").first).to_contain_text(
        "Sie erhalten keinen Wochenüberblick mehr."
    )
    checked(page)
    page.get_by_role("link", name="E-Mail-Einstellungen").last.click()
    expect(page.get_by_label("Kein Wochenüberblick")).to_be_checked()
    expect(page.get_by_label("Rundschreiben meiner Netzwerke erhalten")).to_be_checked()
