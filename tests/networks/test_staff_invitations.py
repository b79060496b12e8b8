"""Editors invite their colleagues ("Mitarbeiter:innen einladen").

The world's "member" edits Internationale Frauen e.V., a member of the SIS network that WiQ
coordinates; "outsider" edits an organisation that coordinates another network.
"""

import re

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from netzwerkstatt.accounts.models import Invitation, User
from netzwerkstatt.accounts.services import check_invitation
from netzwerkstatt.networks import services
from netzwerkstatt.networks.models import MembershipRole, Staff
from tests.factories import MembershipFactory, OrganisationFactory, StaffFactory, UserFactory

pytestmark = pytest.mark.django_db

AYLIN = {"email": "Aylin.Demir@frauen.example.org", "display_name": "Aylin Demir"}


@pytest.fixture
def invite(world, django_capture_on_commit_callbacks):
    """`invite(**overrides)` runs invite_staff for the member organisation, e-mails sent."""

    def _invite(organisation=None, by=None, **overrides):
        with django_capture_on_commit_callbacks(execute=True):
            return services.invite_staff(
                organisation or world.member_org, by=by or world.member, **{**AYLIN, **overrides}
            )

    return _invite


@pytest.fixture
def neighbour(world):
    """Edits another member organisation of the same network; coordinates nothing."""
    organisation = OrganisationFactory(slug="nachbarn", name="Nachbarschaftshilfe")
    MembershipFactory(network=world.network, organisation=organisation, role=MembershipRole.MEMBER)
    return StaffFactory(organisation=organisation).user


def token_path(message) -> str:
    return re.search(r"https?://[^/\s]+(/konto/einladung/\S+)", message.body).group(1)


# Services ------------------------------------------------------------------------------------


def test_a_new_person_gets_an_account_and_an_invitation(world, invite):
    staff = invite(job_title="Sozialarbeiterin")

    user = User.objects.get(email="aylin.demir@frauen.example.org")
    assert staff.user == user and staff.organisation == world.member_org
    assert staff.job_title == "Sozialarbeiterin"
    assert user.display_name == "Aylin Demir"
    assert not user.has_usable_password()
    invitation = Invitation.objects.get(user=user)
    assert invitation.organisation == world.member_org
    assert invitation.created_by == world.member
    [message] = mail.outbox
    assert message.to == ["aylin.demir@frauen.example.org"]
    assert check_invitation(token_path(message).split("/")[-2]).problem is None


def test_the_invitation_mail_is_german_plain_text_with_the_link(world, invite):
    invite()
    [message] = mail.outbox
    assert message.subject == "Ihr Zugang zu Netzwerkstatt"
    assert "Hallo Aylin Demir," in message.body
    assert (
        f"{world.member.display_name} hat Sie eingeladen, das Profil und die Angebote von "
        f"{world.member_org.name} gemeinsam aktuell zu halten." in message.body
    )
    assert "Bitte öffnen Sie diesen Link" in message.body
    assert token_path(message).startswith("/konto/einladung/")
    assert not getattr(message, "alternatives", [])
    assert "<" not in message.body


def test_someone_with_an_account_is_added_and_told(world, invite):
    colleague = StaffFactory(
        organisation=world.coordinator_org, user__email="aylin.demir@frauen.example.org"
    ).user

    staff = invite(job_title="Beraterin")

    assert staff.user == colleague
    assert set(colleague.staff_positions.values_list("organisation__slug", flat=True)) == {
        "wiq",
        "frauen",
    }
    assert not Invitation.objects.exists()
    assert colleague.has_usable_password()
    [message] = mail.outbox
    assert message.to == [colleague.email]
    assert message.reply_to == [world.member.email]
    assert "Internationale Frauen e.V." in message.subject
    assert f"{world.member.display_name} hat Sie als Mitarbeiter:in" in message.body
    assert "/konto/" in message.body and "/konto/einladung/" not in message.body


def test_a_pending_person_of_another_organisation_gets_a_fresh_link(world, invite):
    invite(organisation=world.coordinator_org, by=world.coordinator)
    first = Invitation.objects.get()

    invite()

    assert Staff.objects.filter(user__email="aylin.demir@frauen.example.org").count() == 2
    first.refresh_from_db()
    newest = Invitation.objects.order_by("-pk").first()
    assert newest.organisation == world.member_org
    assert first.expires_at <= newest.created_at  # the earlier link stopped working
    assert len(mail.outbox) == 2


def test_inviting_a_colleague_twice_is_refused(world, invite):
    invite()
    with pytest.raises(ValidationError, match="bereits Mitarbeiter:in von Internationale Frauen"):
        invite(email="AYLIN.DEMIR@frauen.example.org ", display_name="A. Demir")
    assert Staff.objects.filter(organisation=world.member_org).count() == 2
    assert User.objects.get(email="aylin.demir@frauen.example.org").display_name == "Aylin Demir"
    assert len(mail.outbox) == 1


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"email": "aylin.demir"}, "gültige E-Mail-Adresse"),
        ({"display_name": "   "}, "Namen der Person"),
        ({"display_name": "A" * 151}, "höchstens 150 Zeichen"),
        ({"job_title": "J" * 151}, "höchstens 150 Zeichen"),
    ],
)
def test_bad_details_are_refused_and_nothing_is_saved(world, invite, overrides, message):
    users = User.objects.count()
    with pytest.raises(ValidationError, match=message):
        invite(**overrides)
    assert User.objects.count() == users
    assert Staff.objects.filter(organisation=world.member_org).count() == 1
    assert not mail.outbox


def test_resending_ends_the_earlier_link(world, invite, django_capture_on_commit_callbacks):
    staff = invite()
    [first_mail] = mail.outbox
    first_token = token_path(first_mail).split("/")[-2]

    with django_capture_on_commit_callbacks(execute=True):
        invitation = services.resend_staff_invitation(staff, by=world.coordinator)

    assert invitation.created_by == world.coordinator
    assert invitation.organisation == world.member_org
    assert check_invitation(first_token).problem.value == "expired"
    second_token = token_path(mail.outbox[1]).split("/")[-2]
    assert check_invitation(second_token).problem is None


def test_resending_to_someone_who_can_log_in_is_refused(world):
    staff = Staff.objects.get(user=world.member)
    with pytest.raises(ValidationError, match="bereits ein Passwort"):
        services.resend_staff_invitation(staff, by=world.member)
    assert not Invitation.objects.exists()


def test_removing_keeps_the_account_and_other_positions(world):
    colleague = StaffFactory(organisation=world.member_org).user
    StaffFactory(organisation=world.coordinator_org, user=colleague)
    staff = Staff.objects.get(user=colleague, organisation=world.member_org)

    services.remove_staff(staff, by=world.member)

    assert not Staff.objects.filter(pk=staff.pk).exists()
    assert User.objects.filter(pk=colleague.pk, is_active=True).exists()
    assert colleague.staff_positions.get().organisation == world.coordinator_org
    with pytest.raises(ValidationError, match="bereits entfernt"):
        services.remove_staff(staff, by=world.member)


# Views ---------------------------------------------------------------------------------------


def staff_url(world, name="staff_list", staff=None):
    args = [world.member_org.slug] + ([staff.pk] if staff else [])
    return reverse(f"networks:{name}", args=args)


def test_the_list_shows_staff_and_pending_invitations(world, as_user, invite):
    StaffFactory(
        organisation=world.member_org,
        user__display_name="Birgit Brandt",
        user__email="birgit@frauen.example.org",
        job_title="Geschäftsführung",
    )
    invite()
    response = as_user(world.member).get(staff_url(world))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Mitarbeiter:innen von Internationale Frauen e.V." in html
    assert "birgit@frauen.example.org" in html and "Geschäftsführung" in html
    assert "aylin.demir@frauen.example.org" in html
    assert html.count("Einladung ausstehend") == 1
    assert f"von {world.member.display_name}" in html
    assert html.count("Einladung erneut senden") == 1
    assert "Mitarbeiter:in einladen" in html


def test_the_dashboard_and_the_profile_form_link_to_the_list(world, as_user):
    client = as_user(world.member)
    for page in (reverse("accounts:dashboard"), staff_url(world, "organisation_edit")):
        assert f'href="{staff_url(world)}"' in client.get(page).content.decode()


def test_inviting_through_the_form(world, as_user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = as_user(world.member).post(
            staff_url(world, "staff_invite"),
            {"display_name": "Aylin Demir", "email": "aylin.demir@frauen.example.org"},
            follow=True,
        )
    assert response.redirect_chain[-1][0] == staff_url(world)
    assert "Eine Einladung wurde an Aylin Demir gesendet." in response.content.decode()
    assert Staff.objects.filter(
        organisation=world.member_org, user__email="aylin.demir@frauen.example.org"
    ).exists()
    assert len(mail.outbox) == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"display_name": "Aylin Demir", "email": "kein-at-zeichen"}, "gültige E-Mail-Adresse"),
        ({"display_name": "", "email": "aylin@frauen.example.org"}, "Dieses Feld ist zwingend"),
        ({"display_name": "A" * 151, "email": "aylin@frauen.example.org"}, "höchstens 150"),
        (
            {"display_name": "Aylin", "email": "aylin@frauen.example.org", "job_title": "J" * 151},
            "höchstens 150",
        ),
        ({"display_name": "Aylin", "email": "a" * 250 + "@x.de"}, "höchstens 254"),
    ],
)
def test_bad_form_input_shows_a_german_message(world, as_user, data, message):
    users = User.objects.count()
    response = as_user(world.member).post(staff_url(world, "staff_invite"), data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert User.objects.count() == users
    assert not mail.outbox


def test_a_duplicate_shows_a_german_message(world, as_user):
    response = as_user(world.member).post(
        staff_url(world, "staff_invite"),
        {"display_name": "Noch einmal", "email": world.member.email},
    )
    assert response.status_code == 200
    assert "ist bereits Mitarbeiter:in von Internationale Frauen e.V." in response.content.decode()
    assert Staff.objects.filter(organisation=world.member_org).count() == 1


def test_removing_asks_first(world, as_user):
    colleague = StaffFactory(organisation=world.member_org, user__display_name="Birgit Brandt")
    client = as_user(world.member)

    response = client.post(staff_url(world, "staff_remove", colleague))
    assert response.status_code == 200
    assert "Birgit Brandt entfernen?" in response.content.decode()
    assert Staff.objects.filter(pk=colleague.pk).exists()

    response = client.post(staff_url(world, "staff_remove", colleague), {"confirmed": "1"})
    assert response.status_code == 302 and response.url == staff_url(world)
    assert not Staff.objects.filter(pk=colleague.pk).exists()


def test_removing_oneself_warns_and_leads_to_the_dashboard(world, as_user):
    own = Staff.objects.get(user=world.member)
    client = as_user(world.member)
    response = client.post(staff_url(world, "staff_remove", own))
    assert "Sie sind dabei, sich selbst" in response.content.decode()
    assert "Ja, mich entfernen" in response.content.decode()

    response = client.post(staff_url(world, "staff_remove", own), {"confirmed": "1"})
    assert response.url == reverse("accounts:dashboard")
    assert not Staff.objects.filter(pk=own.pk).exists()
    assert client.get(staff_url(world)).status_code == 403


def test_a_coordinator_removing_themselves_elsewhere_stays_on_the_list(world, as_user):
    # A coordinator who also works for the member organisation keeps editing it.
    own = StaffFactory(organisation=world.member_org, user=world.coordinator)
    response = as_user(world.coordinator).post(
        staff_url(world, "staff_remove", own), {"confirmed": "1"}
    )
    assert response.url == staff_url(world)


def test_a_staff_row_of_another_organisation_is_not_found(world, as_user):
    foreign = Staff.objects.get(user=world.outsider)
    client = as_user(world.member)
    for name in ("staff_remove", "staff_resend"):
        response = client.post(staff_url(world, name, foreign), {"confirmed": "1"})
        assert response.status_code == 404
    assert Staff.objects.filter(pk=foreign.pk).exists()


@pytest.mark.parametrize("name", ["staff_invite", "staff_resend", "staff_remove"])
def test_write_routes_refuse_get(world, as_user, name):
    staff = None if name == "staff_invite" else Staff.objects.get(user=world.member)
    assert as_user(world.member).get(staff_url(world, name, staff)).status_code == 405


def test_write_routes_need_the_csrf_token(world, client):
    client.handler.enforce_csrf_checks = True
    client.force_login(world.member, backend="django.contrib.auth.backends.ModelBackend")
    staff = Staff.objects.get(user=world.member)
    assert client.post(staff_url(world, "staff_invite"), AYLIN).status_code == 403
    assert client.post(staff_url(world, "staff_remove", staff), {"confirmed": "1"}).status_code == (
        403
    )
    assert Staff.objects.filter(pk=staff.pk).exists()
    assert not User.objects.filter(email="aylin.demir@frauen.example.org").exists()


# Permissions ---------------------------------------------------------------------------------

ROLES = [
    ("anonymous", 302),
    ("neighbour", 403),  # edits another organisation of the network
    ("outsider", 403),  # coordinates another network
    ("member", None),  # edits this organisation
    ("coordinator", None),  # coordinates this organisation's network
]


@pytest.fixture
def acting(user_for, neighbour):
    return lambda who: neighbour if who == "neighbour" else user_for(who)


def check(response, refused):
    if refused == 302:
        assert response.status_code == 302
        assert response.url.startswith(reverse("accounts:login"))
    elif refused:
        assert response.status_code == refused
    else:
        assert response.status_code in (200, 302)


@pytest.mark.parametrize(("who", "refused"), ROLES)
def test_who_may_see_the_list(world, as_user, acting, who, refused):
    response = as_user(acting(who)).get(staff_url(world))
    check(response, refused)
    assert (world.member.email in response.content.decode()) == (refused is None)


@pytest.mark.parametrize(("who", "refused"), ROLES)
def test_who_may_invite(world, as_user, acting, who, refused, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = as_user(acting(who)).post(
            staff_url(world, "staff_invite"),
            {"display_name": "Aylin Demir", "email": "aylin.demir@frauen.example.org"},
        )
    check(response, refused)
    invited = Staff.objects.filter(user__email="aylin.demir@frauen.example.org").exists()
    assert invited == (refused is None)
    assert len(mail.outbox) == (0 if refused else 1)


@pytest.mark.parametrize(("who", "refused"), ROLES)
def test_who_may_resend(world, as_user, acting, invite, who, refused):
    staff = invite()
    mail.outbox.clear()
    response = as_user(acting(who)).post(staff_url(world, "staff_resend", staff))
    check(response, refused)
    assert Invitation.objects.count() == (1 if refused else 2)


@pytest.mark.parametrize(("who", "refused"), ROLES)
def test_who_may_remove(world, as_user, acting, who, refused):
    colleague = StaffFactory(organisation=world.member_org)
    response = as_user(acting(who)).post(
        staff_url(world, "staff_remove", colleague), {"confirmed": "1"}
    )
    check(response, refused)
    assert Staff.objects.filter(pk=colleague.pk).exists() == bool(refused)


# Query count ---------------------------------------------------------------------------------


def test_the_list_page_query_count_is_pinned(
    world, as_user, django_assert_num_queries, django_capture_on_commit_callbacks
):
    def add_staff(count, offset):
        for number in range(count):
            user = UserFactory(email=f"kollegin{offset + number}@frauen.example.org")
            StaffFactory(organisation=world.member_org, user=user, job_title="Beratung")
            if number % 2:
                user.set_unusable_password()
                user.save()
                with django_capture_on_commit_callbacks(execute=True):
                    services.resend_staff_invitation(
                        Staff.objects.get(user=user), by=world.coordinator
                    )

    client = as_user(world.member)
    add_staff(1, 0)  # two staff members with the editor
    client.get(staff_url(world))  # warm up the session and the translation caches
    with django_assert_num_queries(6):
        assert client.get(staff_url(world)).status_code == 200
    add_staff(8, 1)  # ten
    with django_assert_num_queries(6):
        response = client.get(staff_url(world))
    assert response.content.decode().count("Einladung ausstehend") == 4
