"""Staff requests ("Mitarbeiter:innen einladen"): a person joins a staff only by consent.

The world's "member" edits Internationale Frauen e.V., a member of the SIS network that WiQ
coordinates; "outsider" edits an organisation that coordinates another network.
"""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from netzwerkstatt.accounts.models import Invitation, User
from netzwerkstatt.audit.models import AuditAction, AuditEntry
from netzwerkstatt.networks import services
from netzwerkstatt.networks.models import (
    ConsentStatus,
    MembershipRole,
    Staff,
    StaffRequest,
)
from tests.factories import MembershipFactory, OrganisationFactory, StaffFactory, UserFactory

pytestmark = pytest.mark.django_db

AYLIN = {"email": "Aylin.Demir@frauen.example.org", "display_name": "Aylin Demir"}
AYLIN_EMAIL = "aylin.demir@frauen.example.org"


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
def aylin(world):
    """Aylin has an account already: she works for WiQ."""
    return StaffFactory(organisation=world.coordinator_org, user__email=AYLIN_EMAIL).user


@pytest.fixture
def neighbour(world):
    """Edits another member organisation of the same network; coordinates nothing."""
    organisation = OrganisationFactory(slug="nachbarn", name="Nachbarschaftshilfe")
    MembershipFactory(network=world.network, organisation=organisation, role=MembershipRole.MEMBER)
    return StaffFactory(organisation=organisation).user


def mails_to(address):
    return [message for message in mail.outbox if address in message.to]


def request_path(message) -> str:
    return re.search(r"https?://[^/\s]+(/mitarbeit/\S+)", message.body).group(1)


def invitation_path(message) -> str:
    return re.search(r"https?://[^/\s]+(/konto/einladung/\S+)", message.body).group(1)


# Services ------------------------------------------------------------------------------------


def test_a_person_with_an_account_is_asked_not_added(world, invite, aylin):
    staff_request = invite(job_title="Beraterin")

    assert not Staff.objects.filter(user=aylin, organisation=world.member_org).exists()
    assert staff_request.status == ConsentStatus.OPEN and staff_request.user == aylin
    assert len(staff_request.token_hash) == 64
    [message] = mails_to(aylin.email)
    assert "Internationale Frauen e.V." in message.subject
    path = request_path(message)
    assert path.split("/")[-2] not in staff_request.token_hash  # only the hash is stored
    assert not Invitation.objects.exists()


def test_accepting_by_the_link_makes_the_person_staff_and_tells_the_others(
    world, invite, aylin, client, django_capture_on_commit_callbacks
):
    invite(job_title="Beraterin")
    path = request_path(mails_to(aylin.email)[0])
    mail.outbox.clear()
    assert "Internationale Frauen e.V." in client.get(path).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(path, {"decision": "accept"})

    assert response.status_code == 302
    staff = Staff.objects.get(user=aylin, organisation=world.member_org)
    assert staff.job_title == "Beraterin"
    assert [m.to for m in mail.outbox] == [[world.member.email]]
    assert aylin.display_name in mail.outbox[0].body
    entry = AuditEntry.objects.get(action=AuditAction.STAFF_ACCEPTED)
    assert entry.organisation == world.member_org and entry.actor == aylin


def test_a_new_person_accepts_by_choosing_a_password(
    world, invite, client, django_capture_on_commit_callbacks
):
    invite()
    user = User.objects.get(email=AYLIN_EMAIL)
    assert not user.has_usable_password()
    assert not Staff.objects.filter(user=user).exists()
    [message] = mails_to(AYLIN_EMAIL)
    path = invitation_path(message)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            path,
            {"new_password1": "ein langes Passwort 42", "new_password2": "ein langes Passwort 42"},
        )

    assert response.status_code == 302
    assert Staff.objects.filter(user=user, organisation=world.member_org).exists()
    assert StaffRequest.objects.get().status == ConsentStatus.ACCEPTED


def test_declining_changes_nothing_but_tells_the_staff(
    world, invite, aylin, client, django_capture_on_commit_callbacks
):
    invite()
    path = request_path(mails_to(aylin.email)[0])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(path, {"decision": "decline"})
    assert not Staff.objects.filter(user=aylin, organisation=world.member_org).exists()
    assert StaffRequest.objects.get().status == ConsentStatus.DECLINED
    assert mails_to(world.member.email)
    assert AuditEntry.objects.filter(action=AuditAction.STAFF_DECLINED).exists()


@pytest.mark.parametrize(
    ("first", "second", "message"),
    [
        ("accept", "accept", "bereits angenommen"),
        ("accept", "decline", "bereits angenommen"),
        ("decline", "accept", "bereits abgelehnt"),
    ],
)
def test_a_used_link_is_refused_with_a_german_message(
    world, invite, aylin, client, first, second, message
):
    invite()
    path = request_path(mails_to(aylin.email)[0])
    client.post(path, {"decision": first})
    staff_rows = Staff.objects.count()

    response = client.post(path, {"decision": second})

    assert response.status_code == 410
    assert message in response.content.decode()
    assert Staff.objects.count() == staff_rows


def test_an_expired_link_is_refused(world, invite, aylin, client):
    invite()
    path = request_path(mails_to(aylin.email)[0])
    StaffRequest.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    response = client.post(path, {"decision": "accept"})
    assert response.status_code == 410
    assert "abgelaufen" in response.content.decode()
    assert not Staff.objects.filter(user=aylin, organisation=world.member_org).exists()


def test_an_unknown_link_is_refused(client):
    response = client.get(reverse("networks:staff_request", args=["erfunden"]))
    assert response.status_code == 410
    assert "nicht gültig" in response.content.decode()


def test_a_newer_request_replaces_the_older_link(world, invite, aylin, client):
    invite()
    first = request_path(mails_to(aylin.email)[0])
    invite()
    response = client.post(first, {"decision": "accept"})
    assert response.status_code == 410
    assert not Staff.objects.filter(user=aylin, organisation=world.member_org).exists()


def test_a_bad_decision_changes_nothing(world, invite, aylin, client):
    invite()
    path = request_path(mails_to(aylin.email)[0])
    response = client.post(path, {"decision": "vielleicht"})
    assert response.status_code == 302
    assert StaffRequest.objects.get().status == ConsentStatus.OPEN


def test_the_other_staff_are_told_of_the_request(world, invite, aylin):
    colleague = StaffFactory(organisation=world.member_org).user
    invite()
    assert mails_to(colleague.email)
    assert not mails_to(world.member.email)  # the inviter knows


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
    assert not StaffRequest.objects.exists()
    assert not mail.outbox


def test_removing_keeps_the_account_and_tells_the_others(world, django_capture_on_commit_callbacks):
    colleague = StaffFactory(organisation=world.member_org).user
    StaffFactory(organisation=world.coordinator_org, user=colleague)
    staff = Staff.objects.get(user=colleague, organisation=world.member_org)

    with django_capture_on_commit_callbacks(execute=True):
        services.remove_staff(staff, by=world.member)

    assert not Staff.objects.filter(pk=staff.pk).exists()
    assert colleague.staff_positions.get().organisation == world.coordinator_org
    assert AuditEntry.objects.get(action=AuditAction.STAFF_REMOVED).actor == world.member
    with pytest.raises(ValidationError, match="bereits entfernt"):
        services.remove_staff(staff, by=world.member)


def test_the_last_editor_cannot_be_removed(world):
    own = Staff.objects.get(user=world.member)
    with pytest.raises(ValidationError, match="einzige Mitarbeiter:in"):
        services.remove_staff(own, by=world.member)
    assert Staff.objects.filter(pk=own.pk).exists()
    assert not AuditEntry.objects.exists()


# Views ---------------------------------------------------------------------------------------


def staff_url(world, name="staff_list", staff=None, organisation=None):
    args = [(organisation or world.member_org).slug] + ([staff.pk] if staff else [])
    return reverse(f"networks:{name}", args=args)


def test_the_form_gives_the_same_answer_whether_or_not_the_address_has_an_account(
    world, as_user, django_capture_on_commit_callbacks
):
    """An editor cannot learn from the answer or their own mail whether an address is known."""
    UserFactory(email="bekannt@example.org")
    client = as_user(world.member)
    answers = []
    for address in ("bekannt@example.org", "unbekannt@example.org"):
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                staff_url(world, "staff_invite"),
                {"display_name": "Jemand", "email": address},
                follow=True,
            )
        html = response.content.decode().replace(address, "ADDRESS")
        html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)
        html = re.sub(
            r'<section aria-labelledby="requests-heading">.*?</section>', "", html, flags=re.S
        )
        answers.append((response.status_code, html, len(mails_to(world.member.email))))
        assert len(mails_to(address)) == 1
    assert answers[0] == answers[1]
    assert "Eine Anfrage wurde an ADDRESS gesendet" in answers[0][1]
    # The list of open requests shows the name as entered, not the account's name.
    listing = client.get(staff_url(world)).content.decode()
    assert "Jemand (bekannt@example.org)" in listing
    assert "Jemand (unbekannt@example.org)" in listing


def test_inviting_someone_already_on_the_staff_gives_the_same_answer(world, as_user):
    response = as_user(world.member).post(
        staff_url(world, "staff_invite"),
        {"display_name": "Noch einmal", "email": world.member.email},
        follow=True,
    )
    assert "Eine Anfrage wurde an" in response.content.decode()
    assert Staff.objects.filter(organisation=world.member_org).count() == 1
    assert not StaffRequest.objects.exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"display_name": "Aylin Demir", "email": "kein-at-zeichen"}, "gültige E-Mail-Adresse"),
        ({"display_name": "", "email": "aylin@frauen.example.org"}, "Dieses Feld ist zwingend"),
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


def test_the_list_shows_staff_and_open_requests(world, as_user, invite, aylin):
    invite()
    response = as_user(world.member).get(staff_url(world))
    html = response.content.decode()
    assert "Mitarbeiter:innen von Internationale Frauen e.V." in html
    assert "Anfragen, die auf eine Antwort warten" in html
    assert AYLIN_EMAIL in html


def test_removing_asks_first(world, as_user):
    colleague = StaffFactory(organisation=world.member_org, user__display_name="Birgit Brandt")
    client = as_user(world.member)
    response = client.post(staff_url(world, "staff_remove", colleague))
    assert "Birgit Brandt entfernen?" in response.content.decode()
    assert Staff.objects.filter(pk=colleague.pk).exists()
    response = client.post(staff_url(world, "staff_remove", colleague), {"confirmed": "1"})
    assert response.status_code == 302 and response.url == staff_url(world)
    assert not Staff.objects.filter(pk=colleague.pk).exists()


def test_removing_the_last_editor_through_the_form_shows_a_german_message(world, as_user):
    own = Staff.objects.get(user=world.member)
    response = as_user(world.member).post(
        staff_url(world, "staff_remove", own), {"confirmed": "1"}, follow=True
    )
    assert "einzige Mitarbeiter:in" in response.content.decode()
    assert Staff.objects.filter(pk=own.pk).exists()


def test_removing_oneself_leads_to_the_dashboard(world, as_user):
    StaffFactory(organisation=world.member_org)
    own = Staff.objects.get(user=world.member)
    client = as_user(world.member)
    assert (
        "Sie sind dabei, sich selbst"
        in client.post(staff_url(world, "staff_remove", own)).content.decode()
    )
    response = client.post(staff_url(world, "staff_remove", own), {"confirmed": "1"})
    assert response.url == reverse("accounts:dashboard")
    assert client.get(staff_url(world)).status_code == 403


def test_a_staff_row_of_another_organisation_is_not_found(world, as_user):
    foreign = Staff.objects.get(user=world.outsider)
    response = as_user(world.member).post(
        staff_url(world, "staff_remove", foreign), {"confirmed": "1"}
    )
    assert response.status_code == 404
    assert Staff.objects.filter(pk=foreign.pk).exists()


@pytest.mark.parametrize("name", ["staff_invite", "staff_resend", "staff_remove"])
def test_write_routes_refuse_get(world, as_user, name):
    staff = None if name == "staff_invite" else Staff.objects.get(user=world.member)
    assert as_user(world.member).get(staff_url(world, name, staff)).status_code == 405


def test_write_routes_need_the_csrf_token(world, client):
    client.handler.enforce_csrf_checks = True
    client.force_login(world.member, backend="django.contrib.auth.backends.ModelBackend")
    assert client.post(staff_url(world, "staff_invite"), AYLIN).status_code == 403
    assert not User.objects.filter(email=AYLIN_EMAIL).exists()


# Escalation path 1 of the issue --------------------------------------------------------------


def test_a_coordinator_of_another_network_cannot_join_a_shared_members_staff(
    world, as_user, django_capture_on_commit_callbacks
):
    """`POST /organisationen/wiq/mitarbeiterinnen/einladen/` by the coordinator of another
    network that WiQ is a member of: refused, nobody added, nothing sent."""
    MembershipFactory(network=world.other_network, organisation=world.coordinator_org)
    with django_capture_on_commit_callbacks(execute=True):
        response = as_user(world.outsider).post(
            "/organisationen/wiq/mitarbeiterinnen/einladen/",
            {"display_name": "Ich", "email": world.outsider.email},
        )
    assert response.status_code == 403
    assert "pflegt ihr Profil selbst" in response.content.decode()
    assert not Staff.objects.filter(
        user=world.outsider, organisation=world.coordinator_org
    ).exists()
    assert not StaffRequest.objects.exists()
    assert not mail.outbox
    # And so the attacker reaches nothing of the network WiQ coordinates.
    client = as_user(world.outsider)
    assert client.get(reverse("networks:join_request_list", args=["sis"])).status_code == 403
    assert client.get(reverse("networks:membership_list", args=["sis"])).status_code == 403


def test_even_an_accepted_request_gives_no_network_rights_through_a_former_membership(world):
    from netzwerkstatt.networks.models import Membership, MembershipStatus
    from netzwerkstatt.networks.permissions import can_coordinate

    Membership.objects.filter(organisation=world.coordinator_org).update(
        status=MembershipStatus.FORMER
    )
    assert not can_coordinate(world.coordinator, world.network)


# Placeholders --------------------------------------------------------------------------------


@pytest.fixture
def placeholder(world):
    organisation = OrganisationFactory(slug="platzhalter", name="Platzhalter e.V.")
    MembershipFactory(network=world.network, organisation=organisation)
    return organisation


def test_a_coordinator_invites_the_first_person_of_a_placeholder(
    world, as_user, placeholder, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = as_user(world.coordinator).post(
            staff_url(world, "staff_invite", organisation=placeholder), AYLIN
        )
    assert response.status_code == 302
    assert StaffRequest.objects.get().organisation == placeholder


def test_once_a_placeholder_has_staff_its_coordinator_can_no_longer_invite(
    world, as_user, placeholder
):
    StaffFactory(organisation=placeholder)
    response = as_user(world.coordinator).post(
        staff_url(world, "staff_invite", organisation=placeholder), AYLIN
    )
    assert response.status_code == 403
    assert not StaffRequest.objects.exists()


# Permissions ---------------------------------------------------------------------------------

ROLES = [
    ("anonymous", 302),
    ("neighbour", 403),  # edits another organisation of the network
    ("outsider", 403),  # coordinates another network
    ("member", None),  # edits this organisation
    ("coordinator", 403),  # coordinates this organisation's network; it has staff of its own
    ("superuser", None),
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
        response = as_user(acting(who)).post(staff_url(world, "staff_invite"), AYLIN)
    check(response, refused)
    assert StaffRequest.objects.exists() == (refused is None)
    assert not Staff.objects.filter(user__email=AYLIN_EMAIL).exists()


@pytest.mark.parametrize(("who", "refused"), ROLES)
def test_who_may_remove(world, as_user, acting, who, refused):
    colleague = StaffFactory(organisation=world.member_org)
    response = as_user(acting(who)).post(
        staff_url(world, "staff_remove", colleague), {"confirmed": "1"}
    )
    check(response, refused)
    assert Staff.objects.filter(pk=colleague.pk).exists() == bool(refused)


@pytest.mark.parametrize(("who", "refused"), ROLES)
def test_who_may_resend_an_old_pending_invitation(world, as_user, acting, who, refused):
    pending = StaffFactory(organisation=world.member_org)
    pending.user.set_unusable_password()
    pending.user.save()
    response = as_user(acting(who)).post(staff_url(world, "staff_resend", pending))
    check(response, refused)
    assert Invitation.objects.exists() == (refused is None)


@pytest.mark.parametrize(
    ("who", "allowed"),
    [("anonymous", False), ("aylin", True), ("member", False), ("coordinator", False)],
)
def test_who_may_answer_a_request_in_their_area(
    world, as_user, user_for, invite, aylin, who, allowed
):
    staff_request = invite()
    person = aylin if who == "aylin" else user_for(who)
    response = as_user(person).post(
        reverse("networks:staff_request_decide", args=[staff_request.pk]), {"decision": "accept"}
    )
    assert response.status_code == 302
    assert Staff.objects.filter(organisation=world.member_org, user=aylin).exists() == allowed


# Query count ---------------------------------------------------------------------------------


def test_the_list_page_query_count_is_pinned(world, as_user, django_assert_num_queries, invite):
    def add(count, offset):
        for number in range(count):
            StaffFactory(
                organisation=world.member_org,
                user=UserFactory(email=f"kollegin{offset + number}@frauen.example.org"),
            )
            invite(email=f"anfrage{offset + number}@example.org")

    client = as_user(world.member)
    add(1, 0)
    client.get(staff_url(world))  # warm up the session and the translation caches
    with django_assert_num_queries(7):
        assert client.get(staff_url(world)).status_code == 200
    add(8, 1)
    with django_assert_num_queries(7):
        response = client.get(staff_url(world))
    assert response.content.decode().count("@example.org") >= 9


def test_a_coordinator_asks_only_one_first_person_of_a_placeholder(world, placeholder, invite):
    invite(organisation=placeholder, by=world.coordinator)
    # Asking the same person again (a corrected name, say) is fine; someone else is not.
    invite(organisation=placeholder, by=world.coordinator, display_name="A. Demir")
    with pytest.raises(ValidationError, match="bereits eine erste Person um Mitarbeit gebeten"):
        invite(organisation=placeholder, by=world.coordinator, email="zweite@example.org")
    assert StaffRequest.objects.filter(status=ConsentStatus.OPEN).count() == 1


def test_the_dashboard_box_shows_the_persons_open_requests_only(world, as_user, invite, aylin):
    staff_request = invite()
    url = reverse("networks:staff_request_decide", args=[staff_request.pk])
    html = as_user(aylin).get(reverse("accounts:dashboard")).content.decode()
    assert "Warten auf Ihre Antwort" in html and url in html
    assert "Internationale Frauen e.V." in html
    assert url not in as_user(world.member).get(reverse("accounts:dashboard")).content.decode()
    StaffRequest.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    assert url not in as_user(aylin).get(reverse("accounts:dashboard")).content.decode()
