"""Logging in with two-factor login: the code after the password, backup codes, throttling."""

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.accounts.two_factor_helpers import code_for, switch_on_two_factor
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

LOGIN = "accounts:login"
CODE_STEP = "accounts:two_factor_login"


def password_step(client, user, next_url=None):
    data = {"username": user.email, "password": PASSWORD}
    url = reverse(LOGIN)
    if next_url:
        data["next"] = next_url
    return client.post(url, data)


def is_logged_in(client, user) -> bool:
    return client.session.get("_auth_user_id") == str(user.pk)


def test_without_a_device_the_password_logs_in(client, world):
    response = password_step(client, world.member)
    assert response.status_code == 302
    assert response.url == reverse("accounts:dashboard")
    assert is_logged_in(client, world.member)


def test_with_a_device_the_password_alone_does_not_log_in(client, world):
    switch_on_two_factor(world.member)
    response = password_step(client, world.member)
    assert response.status_code == 302
    assert response.url == reverse(CODE_STEP)
    assert not is_logged_in(client, world.member)
    # The personal area is still closed.
    assert client.get(reverse("accounts:dashboard")).status_code == 302
    page = client.get(reverse(CODE_STEP))
    assert "Code eingeben" in page.content.decode()


def test_the_current_code_logs_in_and_verifies_the_session(client, world):
    device = switch_on_two_factor(world.member)
    password_step(client, world.member, next_url="/angebote/")
    response = client.post(reverse(CODE_STEP), {"code": code_for(device)})
    assert response.status_code == 302
    assert response.url == "/angebote/"
    assert is_logged_in(client, world.member)
    assert client.session[DEVICE_ID_SESSION_KEY] == device.persistent_id
    assert client.get(reverse("accounts:dashboard")).status_code == 200


def test_a_code_typed_with_spaces_is_accepted(client, world):
    device = switch_on_two_factor(world.member)
    password_step(client, world.member)
    code = code_for(device)
    client.post(reverse(CODE_STEP), {"code": f" {code[:3]} {code[3:]} "})
    assert is_logged_in(client, world.member)


@pytest.mark.parametrize(
    "code",
    [
        "",
        "abc",
        "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
        "12345",
        "<script>",
        "ÄÖÜßäöüß",
        "\x00",
    ],
)
def test_bad_input_gives_a_german_message_and_no_login(client, world, code):
    switch_on_two_factor(world.member)
    password_step(client, world.member)
    response = client.post(reverse(CODE_STEP), {"code": code})
    assert response.status_code == 200
    assert 'class="field-error"' in response.content.decode() or "errorlist" in (
        response.content.decode()
    )
    assert not is_logged_in(client, world.member)


def test_a_wrong_code_says_so_in_german(client, world):
    device = switch_on_two_factor(world.member)
    password_step(client, world.member)
    wrong = f"{(int(code_for(device)) + 1) % 1_000_000:06d}"
    response = client.post(reverse(CODE_STEP), {"code": wrong})
    assert "Dieser Code ist falsch oder abgelaufen" in response.content.decode()
    assert not is_logged_in(client, world.member)


def test_an_expired_code_is_refused(client, world):
    device = switch_on_two_factor(world.member)
    password_step(client, world.member)
    old = code_for(device, steps_ahead=-3)
    if old in {code_for(device, steps_ahead=s) for s in (-1, 0, 1)}:
        pytest.skip("The old code happens to equal a current one.")
    response = client.post(reverse(CODE_STEP), {"code": old})
    assert "Dieser Code ist falsch oder abgelaufen" in response.content.decode()
    assert not is_logged_in(client, world.member)


def test_a_code_works_only_once(client, world):
    device = switch_on_two_factor(world.member)
    code = code_for(device)
    password_step(client, world.member)
    client.post(reverse(CODE_STEP), {"code": code})
    assert is_logged_in(client, world.member)
    client.logout()
    password_step(client, world.member)
    response = client.post(reverse(CODE_STEP), {"code": code})
    assert "Dieser Code ist falsch oder abgelaufen" in response.content.decode()
    assert not is_logged_in(client, world.member)


def test_a_backup_code_works_once_only(client, world):
    switch_on_two_factor(world.member, backup_codes=["abcd2345", "efgh6723"])
    password_step(client, world.member)
    client.post(reverse(CODE_STEP), {"code": "ABCD-2345"})
    assert is_logged_in(client, world.member)
    assert list(
        StaticToken.objects.filter(device__user=world.member).values_list("token", flat=True)
    ) == ["efgh6723"]
    client.logout()
    password_step(client, world.member)
    response = client.post(reverse(CODE_STEP), {"code": "abcd2345"})
    assert "Dieser Code ist falsch oder abgelaufen" in response.content.decode()
    assert not is_logged_in(client, world.member)


def test_another_persons_code_does_not_log_in(client, world):
    switch_on_two_factor(world.member)
    other_device = switch_on_two_factor(world.outsider, backup_codes=["zzzz2345"])
    password_step(client, world.member)
    for code in (code_for(other_device), "zzzz2345"):
        client.post(reverse(CODE_STEP), {"code": code})
    assert not is_logged_in(client, world.member)
    assert StaticToken.objects.filter(token="zzzz2345").exists()


def test_the_code_step_without_a_password_step_sends_back_to_login(client, world):
    response = client.get(reverse(CODE_STEP))
    assert response.status_code == 302
    assert response.url == reverse(LOGIN)
    response = client.post(reverse(CODE_STEP), {"code": "123456"})
    assert response.url == reverse(LOGIN)


def test_the_code_step_times_out(client, world, settings):
    device = switch_on_two_factor(world.member)
    password_step(client, world.member)
    with time_machine.travel(timezone.now() + timezone.timedelta(minutes=11)):
        response = client.post(reverse(CODE_STEP), {"code": code_for(device)}, follow=True)
    assert "Ihre Anmeldung hat zu lange gedauert" in response.content.decode()
    assert not is_logged_in(client, world.member)


def test_wrong_codes_are_throttled_by_the_device(client, world, settings):
    settings.AXES_ENABLED = False
    device = switch_on_two_factor(world.member)
    password_step(client, world.member)
    client.post(reverse(CODE_STEP), {"code": "000000" if code_for(device) != "000000" else "1"})
    device.refresh_from_db()
    assert device.throttling_failure_count == 1
    # Right after a failure, even the right code waits.
    response = client.post(reverse(CODE_STEP), {"code": code_for(device)})
    assert "Zu viele falsche Codes" in response.content.decode()
    assert not is_logged_in(client, world.member)
    with time_machine.travel(timezone.now() + timezone.timedelta(seconds=5)):
        client.post(reverse(CODE_STEP), {"code": code_for(device)})
    assert is_logged_in(client, world.member)
    device.refresh_from_db()
    assert device.throttling_failure_count == 0


def test_wrong_codes_count_towards_the_login_lockout(client, world, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    settings.AXES_FAILURE_LIMIT = 3
    device = switch_on_two_factor(world.member)
    password_step(client, world.member)
    wrong = f"{(int(code_for(device)) + 500_000) % 1_000_000:06d}"
    statuses = [client.post(reverse(CODE_STEP), {"code": wrong}).status_code for _ in range(3)]
    assert statuses[-1] == 429
    response = client.post(reverse(CODE_STEP), {"code": code_for(device)})
    assert response.status_code == 429
    assert not is_logged_in(client, world.member)


def test_a_logged_in_person_without_code_can_verify_later(client, world):
    """A session from before the device (another browser) is asked for the code, too."""
    device = switch_on_two_factor(world.member)
    client.force_login(world.member, backend="django.contrib.auth.backends.ModelBackend")
    client.post(reverse(CODE_STEP), {"code": code_for(device)})
    assert client.session[DEVICE_ID_SESSION_KEY] == device.persistent_id


def test_the_demo_login_is_unchanged(client, world):
    """Nobody of the demo has a device: the password logs in as before."""
    assert not TOTPDevice.objects.exists()
    response = password_step(client, world.coordinator)
    assert response.url == reverse("accounts:dashboard")


def test_admin_login_goes_through_the_platform_login(client, world):
    admin = UserFactory(is_staff=True, is_superuser=True)
    device = switch_on_two_factor(admin)
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response.url.startswith(reverse(LOGIN))
    # The admin's own login form cannot be used to skip the code.
    response = client.post(
        "/admin/login/", {"username": admin.email, "password": PASSWORD, "next": "/admin/"}
    )
    assert not is_logged_in(client, admin)
    password_step(client, admin, next_url="/admin/")
    response = client.post(reverse(CODE_STEP), {"code": code_for(device)})
    assert response.url == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_admin_login_of_a_logged_in_non_staff_person_is_refused(client, world):
    client.force_login(world.member, backend="django.contrib.auth.backends.ModelBackend")
    assert client.get("/admin/login/").status_code == 403


def test_an_empty_form_says_what_is_missing(client, world):
    switch_on_two_factor(world.member)
    password_step(client, world.member)
    response = client.post(reverse(CODE_STEP), {})
    assert response.status_code == 200
    assert "field-error" in response.content.decode()
    assert not is_logged_in(client, world.member)


def test_the_password_step_gives_a_new_session_key(client, world):
    switch_on_two_factor(world.member)
    client.get(reverse(LOGIN))
    client.session.save()
    before = client.cookies["sessionid"].value
    password_step(client, world.member)
    assert client.cookies["sessionid"].value != before


def test_the_code_step_rejects_open_redirects(client, world):
    device = switch_on_two_factor(world.member)
    client.force_login(world.member, backend="django.contrib.auth.backends.ModelBackend")
    response = client.post(
        reverse(CODE_STEP) + "?next=https://evil.example.com/", {"code": code_for(device)}
    )
    assert response.url == reverse("accounts:dashboard")


@pytest.mark.parametrize("next_url", ["angebote", "javascript:alert(1)", "//evil.example.com/"])
def test_a_next_that_is_no_address_of_this_site_opens_the_personal_area(client, world, next_url):
    """A made-up `next` (a bare word would be taken for a route name) never fails the login."""
    device = switch_on_two_factor(world.member)
    password_step(client, world.member, next_url=next_url)
    response = client.post(reverse(CODE_STEP), {"code": code_for(device)})
    assert response.status_code == 302
    assert response.url == reverse("accounts:dashboard")
    assert is_logged_in(client, world.member)


def test_the_admin_login_refuses_a_next_that_is_no_address(client):
    response = client.get("/admin/login/?next=angebote")
    assert response.status_code == 302
    assert "next=/admin/" in response.url


@pytest.mark.parametrize("next_url", ["angebote", "//evil.example.com/", "javascript:alert(1)"])
def test_the_password_step_opens_the_personal_area_for_a_next_that_is_no_address(
    client, world, next_url
):
    page = client.get(reverse(LOGIN), {"next": next_url})
    assert '<input type="hidden" name="next" value="">' in page.content.decode()
    response = password_step(client, world.member, next_url=next_url)
    assert response.status_code == 302
    assert response.url == reverse("accounts:dashboard")
