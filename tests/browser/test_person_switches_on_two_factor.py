"""The editor of Internationale Frauen e.V. switches on two-factor login, uses it, and ends it.

From "Mein Bereich" she opens "Zwei-Faktor-Anmeldung", switches it on, types the key shown on
the page into her app (here: the test computes the code from that key), keeps her backup
codes, logs out, and logs in again with password and code (a wrong code is refused first);
last she switches it off again with her password.
"""

import base64
import re
import time

from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from netzwerkstatt.demo.data import DEMO_PASSWORD

EMAIL = "redaktion@frauen.example.org"


def app_code(secret: str) -> str:
    """What an authenticator app shows for the key typed in by hand."""
    totp = TOTP(base64.b32decode(secret.replace(" ", "")))
    totp.time = time.time()
    return f"{totp.token():06d}"


def next_app_code(secret: str) -> str:
    """The app's code of the time step after the last one the device accepted.

    The device refuses a code it has accepted and learns the app's clock from each accepted
    one: when the setup code crossed into the next 30 seconds on its way to the server, the
    device counts one step behind, and "the code after the current one" by the test's clock
    would lie outside its window. A person would simply wait for the app's next code.
    """
    device = TOTPDevice.objects.get(user__email=EMAIL, confirmed=True)
    totp = TOTP(base64.b32decode(secret.replace(" ", "")), step=device.step, t0=device.t0)
    # Codes are numbered by time step; the device keeps the number of the last one it accepted.
    totp.time = device.t0 + (device.last_t + 1) * device.step + device.step / 2
    return f"{totp.token():06d}"


def test_a_person_switches_on_two_factor_login(page, live_server, demo, checked, log_in):
    log_in(page, EMAIL, DEMO_PASSWORD)
    page.get_by_role("link", name="Zwei-Faktor-Anmeldung").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Zwei-Faktor-Anmeldung")
    expect(page.locator(".badge")).to_have_text("Ausgeschaltet")
    checked(page)

    page.get_by_role("button", name="Zwei-Faktor-Anmeldung einschalten").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Zwei-Faktor-Anmeldung einschalten")
    expect(page.get_by_role("img", name="QR-Code für Ihre Authenticator-App")).to_be_visible()
    checked(page)
    secret = page.locator("#totp-secret").inner_text()

    # A code of the wrong form explains itself.
    page.get_by_label("Code aus Ihrer App").fill("abc")
    page.get_by_role("button", name="Bestätigen und einschalten").click()
    expect(page.locator(".field-error").first).to_contain_text("sechsstelligen Code")
    checked(page)

    page.get_by_label("Code aus Ihrer App").fill(app_code(secret))
    page.get_by_role("button", name="Bestätigen und einschalten").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ihre Ersatzcodes")
    expect(page.get_by_role("status").first).to_contain_text(
        "Die Zwei-Faktor-Anmeldung ist eingeschaltet."
    )
    codes = page.locator("#backup-codes li").all_inner_texts()
    assert len(codes) == 10
    with page.expect_download() as download:
        page.get_by_role("link", name="Ersatzcodes herunterladen").click()
    assert download.value.suggested_filename == "ersatzcodes.txt"
    checked(page)

    page.get_by_role("link", name="Fertig").click()
    expect(page.locator(".badge")).to_have_text("Eingeschaltet")
    expect(page.get_by_text("Sie haben noch 10 unbenutzte Ersatzcodes.")).to_be_visible()
    checked(page)

    # Logged out, the password alone is no longer enough.
    page.get_by_role("button", name="Abmelden").click()
    page.goto(live_server.url + "/konto/anmelden/")
    page.get_by_label("E-Mail-Adresse").fill(EMAIL)
    page.get_by_label("Passwort").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Anmelden").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Code eingeben")
    checked(page)

    page.get_by_label("Code").fill("000000" if next_app_code(secret) != "000000" else "111111")
    page.get_by_role("button", name="Code bestätigen").click()
    expect(page.locator(".field-error").first).to_contain_text(
        "Dieser Code ist falsch oder abgelaufen"
    )
    checked(page)

    # The device waits a second after a wrong code; then the app's next code logs her in
    # (the current one was used for the setup).
    page.wait_for_timeout(1100)
    page.get_by_label("Code").fill(next_app_code(secret))
    page.get_by_role("button", name="Code bestätigen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("^Hallo"))
    checked(page)

    # Switching off asks for the password (or a code) first.
    page.get_by_role("link", name="Zwei-Faktor-Anmeldung").click()
    page.get_by_role("link", name="Zwei-Faktor-Anmeldung ausschalten").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Zwei-Faktor-Anmeldung ausschalten")
    checked(page)
    page.get_by_role("button", name="Ausschalten").click()
    expect(page.get_by_role("alert").first).to_contain_text("Bitte geben Sie Ihr Passwort")
    checked(page)
    page.get_by_label("Ihr Passwort").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Ausschalten").click()
    expect(page.get_by_role("status").first).to_contain_text(
        "Die Zwei-Faktor-Anmeldung ist ausgeschaltet."
    )
    expect(page.locator(".badge")).to_have_text("Ausgeschaltet")
