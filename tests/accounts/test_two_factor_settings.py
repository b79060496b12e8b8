"""A person's own page for two-factor login: switch on with a code, backup codes, switch off.

Every write works on the logged-in person only: nobody sets up, confirms, renews or switches
off another person's two-factor login.
"""

import re

import pytest
from django.urls import reverse
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from netzwerkstatt.accounts import two_factor_services
from tests.accounts.two_factor_helpers import code_for, switch_on_two_factor
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

STATUS = "accounts:two_factor"
START = "accounts:two_factor_setup_start"
SETUP = "accounts:two_factor_setup"
BACKUP = "accounts:two_factor_backup_codes"
OFF = "accounts:two_factor_switch_off"


def log_in(client, user):
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def test_the_dashboard_links_to_the_page(client, world):
    response = log_in(client, world.member).get(reverse("accounts:dashboard"))
    assert reverse(STATUS) in response.content.decode()


def test_the_page_shows_the_status(client, world):
    log_in(client, world.member)
    assert "Ausgeschaltet" in client.get(reverse(STATUS)).content.decode()
    switch_on_two_factor(world.member)
    page = client.get(reverse(STATUS)).content.decode()
    assert "Eingeschaltet" in page
    assert "Sie haben noch 2 unbenutzte Ersatzcodes" in page


def test_opening_the_pages_changes_nothing(client, world):
    log_in(client, world.member)
    for name in (STATUS, SETUP, OFF):
        client.get(reverse(name))
    assert not TOTPDevice.objects.exists()
    assert not StaticDevice.objects.exists()


def test_switching_on_shows_qr_code_and_secret_then_a_code_confirms(client, world):
    log_in(client, world.member)
    response = client.post(reverse(START))
    assert response.url == reverse(SETUP)
    device = TOTPDevice.objects.get(user=world.member)
    assert not device.confirmed

    page = client.get(reverse(SETUP)).content.decode()
    assert 'src="data:image/svg+xml' in page
    secret = two_factor_services.totp_secret(device)
    assert secret in page
    assert len(secret.replace(" ", "")) == 32
    # Not yet on: the login still takes the password alone.
    assert client.get(reverse(STATUS)).content.decode().count("Einrichtung fortsetzen") == 1

    response = client.post(reverse(SETUP), {"code": code_for(device)})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    device.refresh_from_db()
    assert device.confirmed
    tokens = set(
        StaticToken.objects.filter(device__user=world.member).values_list("token", flat=True)
    )
    assert len(tokens) == two_factor_services.BACKUP_CODE_COUNT
    page = response.content.decode()
    for token in tokens:
        assert token in page
    assert 'download="ersatzcodes.txt"' in page
    # The session that switched it on counts as verified.
    assert client.session[DEVICE_ID_SESSION_KEY] == device.persistent_id


def test_the_backup_codes_are_shown_only_once(client, world):
    log_in(client, world.member)
    client.post(reverse(START))
    device = TOTPDevice.objects.get(user=world.member)
    client.post(reverse(SETUP), {"code": code_for(device)})
    [token, *_rest] = StaticToken.objects.filter(device__user=world.member)
    assert token.token not in client.get(reverse(STATUS)).content.decode()
    assert client.get(reverse(SETUP)).status_code == 302


def test_the_secret_typed_by_hand_gives_the_same_codes(client, world):
    """The Base32 secret on the page is the device's key, as an app would read it."""
    import base64

    log_in(client, world.member)
    client.post(reverse(START))
    device = TOTPDevice.objects.get(user=world.member)
    page = client.get(reverse(SETUP)).content.decode()
    shown = re.search(r'<code id="totp-secret">([A-Z2-7 ]+)</code>', page).group(1)
    assert base64.b32decode(shown.replace(" ", "")) == device.bin_key


@pytest.mark.parametrize("code", ["", "abcdef", "1234567890123456789012345678901234567", "12 34"])
def test_setup_with_bad_input_keeps_the_device_unconfirmed(client, world, code):
    log_in(client, world.member)
    client.post(reverse(START))
    response = client.post(reverse(SETUP), {"code": code})
    assert response.status_code == 200
    assert "field-error" in response.content.decode()
    assert not TOTPDevice.objects.get(user=world.member).confirmed
    assert not StaticDevice.objects.exists()


def test_setup_with_a_wrong_code_says_so(client, world):
    log_in(client, world.member)
    client.post(reverse(START))
    device = TOTPDevice.objects.get(user=world.member)
    wrong = f"{(int(code_for(device)) + 500_000) % 1_000_000:06d}"
    response = client.post(reverse(SETUP), {"code": wrong})
    assert "Dieser Code ist falsch oder abgelaufen" in response.content.decode()
    device.refresh_from_db()
    assert not device.confirmed
    assert device.throttling_failure_count == 1


def test_starting_again_replaces_an_unfinished_setup(client, world):
    log_in(client, world.member)
    client.post(reverse(START))
    first = TOTPDevice.objects.get(user=world.member)
    client.post(reverse(START))
    assert list(TOTPDevice.objects.filter(user=world.member)) != [first]
    assert TOTPDevice.objects.filter(user=world.member).count() == 1


def test_starting_when_switched_on_changes_nothing(client, world):
    device = switch_on_two_factor(world.member)
    log_in(client, world.member)
    response = client.post(reverse(START), follow=True)
    assert "bereits eingeschaltet" in response.content.decode()
    assert list(TOTPDevice.objects.filter(user=world.member)) == [device]


def test_new_backup_codes_replace_the_old_ones(client, world):
    device = switch_on_two_factor(world.member, backup_codes=["abcd2345"])
    log_in(client, world.member)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    response = client.post(reverse(BACKUP))
    assert response.status_code == 200
    tokens = list(
        StaticToken.objects.filter(device__user=world.member).values_list("token", flat=True)
    )
    assert len(tokens) == two_factor_services.BACKUP_CODE_COUNT
    assert "abcd2345" not in tokens
    assert tokens[0] in response.content.decode()


def test_new_backup_codes_need_a_verified_session(client, world):
    switch_on_two_factor(world.member, backup_codes=["abcd2345"])
    log_in(client, world.member)
    assert client.post(reverse(BACKUP)).status_code == 403
    assert list(StaticToken.objects.values_list("token", flat=True)) == ["abcd2345"]


def test_switching_off_with_the_password(client, world):
    switch_on_two_factor(world.member)
    log_in(client, world.member)
    response = client.post(reverse(OFF), {"password": PASSWORD}, follow=True)
    assert "Die Zwei-Faktor-Anmeldung ist ausgeschaltet" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=world.member).exists()
    assert not StaticDevice.objects.filter(user=world.member).exists()


def test_switching_off_with_a_code(client, world):
    device = switch_on_two_factor(world.member)
    log_in(client, world.member)
    client.post(reverse(OFF), {"code": code_for(device)})
    assert not TOTPDevice.objects.filter(user=world.member).exists()


@pytest.mark.parametrize(
    "data, message",
    [
        ({}, "Bitte geben Sie Ihr Passwort oder einen Code ein"),
        ({"password": "falsch"}, "Dieses Passwort ist nicht richtig"),
        ({"code": "999999x"}, "Dieser Code ist falsch oder abgelaufen"),
        ({"code": "!!"}, "sechsstelligen Code aus Ihrer App"),
        ({"code": "1" * 40}, "höchstens 32 Zeichen"),
    ],
)
def test_switching_off_needs_the_password_or_a_code(client, world, data, message):
    switch_on_two_factor(world.member)
    log_in(client, world.member)
    response = client.post(reverse(OFF), data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert TOTPDevice.objects.filter(user=world.member, confirmed=True).exists()


def test_switching_off_when_required_is_refused(client, world, settings):
    settings.TWO_FACTOR_REQUIRED_FOR = {"coordinators"}
    switch_on_two_factor(world.coordinator)
    log_in(client, world.coordinator)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = TOTPDevice.objects.get(user=world.coordinator).persistent_id
    session.save()
    response = client.post(reverse(OFF), {"password": PASSWORD}, follow=True)
    assert "sie bleibt eingeschaltet" in response.content.decode()
    assert TOTPDevice.objects.filter(user=world.coordinator).exists()


# Each write route, for each relationship: anonymous people are sent to the login and change
# nothing; another logged-in person only ever changes their own two-factor login.
WRITE_ROUTES = [START, SETUP, BACKUP, OFF]


@pytest.mark.parametrize("route", WRITE_ROUTES)
def test_anonymous_people_change_nothing(client, world, route):
    device = switch_on_two_factor(world.member, backup_codes=["abcd2345"])
    response = client.post(reverse(route), {"password": PASSWORD, "code": code_for(device)})
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))
    assert list(TOTPDevice.objects.all()) == [device]
    assert list(StaticToken.objects.values_list("token", flat=True)) == ["abcd2345"]


@pytest.mark.parametrize("route", WRITE_ROUTES)
@pytest.mark.parametrize("role", ["outsider", "coordinator", "superuser"])
def test_another_person_never_changes_someones_devices(client, world, user_for, route, role):
    """Whatever they post, the member's devices stay as they were."""
    device = switch_on_two_factor(world.member, backup_codes=["abcd2345"])
    other = user_for(role)
    log_in(client, other)
    client.post(
        reverse(route), {"password": PASSWORD, "code": code_for(device), "user": device.user_id}
    )
    device.refresh_from_db()
    assert device.confirmed
    assert TOTPDevice.objects.filter(user=world.member).count() == 1
    assert list(
        StaticToken.objects.filter(device__user=world.member).values_list("token", flat=True)
    ) == ["abcd2345"]


def test_the_routes_answer_only_their_methods(client, world):
    log_in(client, world.member)
    assert client.get(reverse(START)).status_code == 405
    assert client.get(reverse(BACKUP)).status_code == 405
    assert client.post(reverse(STATUS)).status_code == 405
