"""TWO_FACTOR_REQUIRED_FOR: who must set up two-factor login before doing anything else."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_otp import DEVICE_ID_SESSION_KEY

from netzwerkstatt.accounts.two_factor_selectors import is_two_factor_required
from netzwerkstatt.networks.models import MembershipRole, MembershipStatus
from tests.accounts.two_factor_helpers import code_for, switch_on_two_factor
from tests.factories import PASSWORD, MembershipFactory, StaffFactory, UserFactory

pytestmark = pytest.mark.django_db

SETTING_VALUES = [set(), {"coordinators"}, {"admins"}, {"coordinators", "admins"}]


@pytest.fixture
def admin(db):
    return UserFactory(is_staff=True, is_superuser=True)


def log_in(client, user):
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


@pytest.mark.parametrize("roles", SETTING_VALUES, ids=lambda roles: ",".join(sorted(roles)))
def test_who_is_required(world, admin, settings, roles):
    settings.TWO_FACTOR_REQUIRED_FOR = roles
    assert is_two_factor_required(world.coordinator) == ("coordinators" in roles)
    assert is_two_factor_required(admin) == ("admins" in roles)
    assert is_two_factor_required(UserFactory(is_staff=True)) == ("admins" in roles)
    assert not is_two_factor_required(world.member)
    # Outsider's organisation coordinates the other network: a coordinator, too.
    assert is_two_factor_required(world.outsider) == ("coordinators" in roles)


@pytest.mark.parametrize(
    "status", [MembershipStatus.APPLICANT, MembershipStatus.FORMER], ids=lambda s: str(s)
)
def test_a_coordinator_role_counts_only_while_a_member(world, settings, status):
    settings.TWO_FACTOR_REQUIRED_FOR = {"coordinators"}
    org = StaffFactory().organisation
    person = org.staff.get().user
    MembershipFactory(
        network=world.network, organisation=org, role=MembershipRole.COORDINATOR, status=status
    )
    assert not is_two_factor_required(person)


@pytest.mark.parametrize("roles", SETTING_VALUES, ids=lambda roles: ",".join(sorted(roles)))
def test_a_required_person_without_device_is_sent_to_the_setup(client, world, settings, roles):
    settings.TWO_FACTOR_REQUIRED_FOR = roles
    log_in(client, world.coordinator)
    response = client.get(reverse("accounts:dashboard"))
    if "coordinators" in roles:
        assert response.status_code == 302
        assert response.url == reverse("accounts:two_factor")
        page = client.get(response.url).content.decode()
        assert "Diese Installation verlangt für Ihr Konto die Zwei-Faktor-Anmeldung" in page
    else:
        assert response.status_code == 200


def test_a_plain_member_is_never_held_up(client, world, settings):
    settings.TWO_FACTOR_REQUIRED_FOR = {"coordinators", "admins"}
    log_in(client, world.member)
    assert client.get(reverse("accounts:dashboard")).status_code == 200


def test_a_required_person_can_still_set_up_and_log_out(client, world, settings):
    settings.TWO_FACTOR_REQUIRED_FOR = {"coordinators"}
    log_in(client, world.coordinator)
    network_page = reverse("networks:membership_list", args=[world.network.slug])
    assert client.get(network_page).url == reverse("accounts:two_factor")
    # Writes elsewhere are held up, too.
    assert client.post(network_page, {}).url == reverse("accounts:two_factor")
    response = client.post(reverse("accounts:two_factor_setup_start"))
    assert response.url == reverse("accounts:two_factor_setup")
    setup = client.get(response.url)
    assert setup.status_code == 200
    device = world.coordinator.totpdevice_set.get()
    client.post(reverse("accounts:two_factor_setup"), {"code": code_for(device)})
    # Set up and verified: everything is open again.
    assert client.get(network_page).status_code == 200
    response = client.post(reverse("accounts:logout"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_a_required_person_with_device_but_unverified_session_is_asked_for_the_code(
    client, world, settings
):
    settings.TWO_FACTOR_REQUIRED_FOR = {"coordinators"}
    device = switch_on_two_factor(world.coordinator)
    log_in(client, world.coordinator)
    response = client.get(reverse("accounts:dashboard"))
    assert response.url == reverse("accounts:two_factor_login") + "?next=/konto/"
    response = client.post(response.url, {"code": code_for(device)})
    assert response.url == reverse("accounts:dashboard")
    assert client.get(reverse("accounts:dashboard")).status_code == 200


def test_after_the_password_a_required_person_goes_to_the_setup(client, world, settings):
    settings.TWO_FACTOR_REQUIRED_FOR = {"coordinators"}
    response = client.post(
        reverse("accounts:login"),
        {"username": world.coordinator.email, "password": PASSWORD},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == reverse("accounts:two_factor")


@pytest.mark.parametrize("roles", SETTING_VALUES, ids=lambda roles: ",".join(sorted(roles)))
def test_the_admin_site_needs_a_verified_session_when_admins_are_required(
    client, admin, settings, roles
):
    settings.TWO_FACTOR_REQUIRED_FOR = roles
    device = switch_on_two_factor(admin)
    log_in(client, admin)
    response = client.get("/admin/")
    if "admins" in roles:
        assert response.status_code == 302
        assert response.url == reverse("accounts:two_factor_login") + "?next=/admin/"
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
        assert client.get("/admin/").status_code == 200
    else:
        assert response.status_code == 200


def test_an_admin_without_device_is_sent_to_the_setup(client, admin, settings):
    settings.TWO_FACTOR_REQUIRED_FOR = {"admins"}
    log_in(client, admin)
    assert client.get("/admin/accounts/user/").url == reverse("accounts:two_factor")


def test_the_requirement_adds_no_query_when_not_set(client, world, settings):
    """With the setting off (the demo), a page costs what it costs without the middleware."""

    def queries_of_dashboard() -> int:
        with CaptureQueriesContext(connection) as context:
            assert client.get(reverse("accounts:dashboard")).status_code == 200
        return len(context)

    settings.TWO_FACTOR_REQUIRED_FOR = set()
    log_in(client, world.member)
    queries_of_dashboard()
    with_middleware = queries_of_dashboard()
    all_middleware = settings.MIDDLEWARE
    settings.MIDDLEWARE = [name for name in all_middleware if "TwoFactor" not in name]
    assert queries_of_dashboard() == with_middleware
    # Required of coordinators: a plain member's unverified pages cost one check more.
    settings.MIDDLEWARE = all_middleware
    settings.TWO_FACTOR_REQUIRED_FOR = {"coordinators"}
    assert queries_of_dashboard() == with_middleware + 1
