"""Network invitations: an organisation with staff joins a network only by its own consent.

In the world, "outsider" coordinates "Anderes Netzwerk"; "member" edits Internationale Frauen
e.V., a member of SIS, with staff of its own.
"""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from netzwerkstatt.audit.models import AuditAction, AuditEntry
from netzwerkstatt.networks import services
from netzwerkstatt.networks.models import (
    ConsentStatus,
    Membership,
    MembershipRole,
    MembershipStatus,
    NetworkInvitation,
    Organisation,
)
from netzwerkstatt.networks.permissions import can_coordinate, can_edit_organisation
from tests.factories import MembershipFactory, StaffFactory

pytestmark = pytest.mark.django_db


def add_url(network):
    return reverse("networks:membership_list", args=[network.slug])


def answer_url(invitation, answer):
    return reverse(
        f"networks:network_invitation_{answer}",
        args=[invitation.organisation.slug, invitation.pk],
    )


@pytest.fixture
def invitation(world):
    return services.invite_organisation(
        world.other_network, organisation=world.member_org, by=world.outsider
    )


# Escalation path 2 of the issue --------------------------------------------------------------


@pytest.mark.parametrize("status", ["applicant", "member"])
def test_adding_an_organisation_with_staff_gives_no_rights_over_it(
    world, as_user, status, django_capture_on_commit_callbacks
):
    """A coordinator adds another organisation to their network (as applicant or member) and
    then tries to edit it and to join its staff: nothing of it works."""
    client = as_user(world.outsider)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            add_url(world.other_network),
            {"organisation": world.member_org.pk, "status": status, "role": "member"},
        )
    assert response.status_code == 302
    assert not Membership.objects.filter(
        network=world.other_network, organisation=world.member_org
    ).exists()
    assert NetworkInvitation.objects.get().status == ConsentStatus.OPEN
    # Its editors were asked by e-mail.
    assert [m.to for m in mail.outbox] == [[world.member.email]]

    edit = reverse("networks:organisation_edit", args=[world.member_org.slug])
    response = client.post(edit, {"name": "Übernommen"})
    assert response.status_code == 403
    assert "Nur die Mitarbeiter:innen dieser Organisation" in response.content.decode()
    invite = reverse("networks:staff_invite", args=[world.member_org.slug])
    assert (
        client.post(invite, {"display_name": "Ich", "email": world.outsider.email}).status_code
        == 403
    )
    world.member_org.refresh_from_db()
    assert world.member_org.name == "Internationale Frauen e.V."


def test_even_after_acceptance_the_coordinator_does_not_edit_the_organisation(world, invitation):
    services.accept_network_invitation(invitation, by=world.member)
    assert Membership.objects.get(
        network=world.other_network, organisation=world.member_org
    ).status == (MembershipStatus.MEMBER)
    assert not can_edit_organisation(world.outsider, world.member_org)


def test_the_service_refuses_to_add_an_organisation_with_staff(world):
    with pytest.raises(ValidationError, match="eigene Mitarbeiter:innen"):
        services.add_membership(
            world.other_network,
            organisation=world.member_org,
            status=MembershipStatus.APPLICANT,
            by=world.outsider,
        )
    assert (
        not Membership.objects.filter(network=world.other_network)
        .exclude(organisation=world.outside_org)
        .exists()
    )


# Placeholders --------------------------------------------------------------------------------


def test_a_placeholder_is_added_directly_and_its_coordinator_edits_it(world, as_user):
    client = as_user(world.outsider)
    response = client.post(
        add_url(world.other_network),
        {"new_name": "Gartenprojekt Ost", "status": "member", "role": "member"},
    )
    assert response.status_code == 302
    placeholder = Organisation.objects.get(name="Gartenprojekt Ost")
    assert can_edit_organisation(world.outsider, placeholder)
    assert AuditEntry.objects.filter(
        action=AuditAction.ORGANISATION_CREATED, organisation=placeholder
    ).exists()
    # Once the partner has its own staff, the coordinator steps back.
    StaffFactory(organisation=placeholder)
    assert not can_edit_organisation(world.outsider, placeholder)


def test_a_coordinating_role_on_a_former_membership_gives_nothing(world):
    placeholder = Organisation.objects.create(slug="platz", name="Platz")
    MembershipFactory(network=world.network, organisation=placeholder)
    Membership.objects.filter(organisation=world.coordinator_org).update(
        status=MembershipStatus.FORMER
    )
    assert not can_coordinate(world.coordinator, world.network)
    assert not can_edit_organisation(world.coordinator, placeholder)


def test_an_applicant_coordinator_role_gives_nothing(world):
    Membership.objects.filter(organisation=world.coordinator_org).update(
        status=MembershipStatus.APPLICANT
    )
    assert not can_coordinate(world.coordinator, world.network)


# Answering -----------------------------------------------------------------------------------


def test_the_editor_accepts_in_their_area(world, as_user, invitation):
    client = as_user(world.member)
    dashboard = client.get(reverse("accounts:dashboard")).content.decode()
    assert "Warten auf Ihre Antwort" in dashboard
    assert answer_url(invitation, "accept") in dashboard

    response = client.post(answer_url(invitation, "accept"), follow=True)

    assert "ist jetzt Mitglied von Anderes Netzwerk" in response.content.decode()
    membership = Membership.objects.get(network=world.other_network, organisation=world.member_org)
    assert membership.status == MembershipStatus.MEMBER
    assert membership.role == MembershipRole.MEMBER
    entry = AuditEntry.objects.get(action=AuditAction.MEMBERSHIP_ACCEPTED)
    assert entry.actor == world.member and entry.network == world.other_network


def test_declining_records_it_and_adds_nothing(world, as_user, invitation):
    as_user(world.member).post(answer_url(invitation, "decline"))
    invitation.refresh_from_db()
    assert invitation.status == ConsentStatus.DECLINED
    assert invitation.decided_by == world.member
    assert not Membership.objects.filter(
        network=world.other_network, organisation=world.member_org
    ).exists()
    assert AuditEntry.objects.filter(action=AuditAction.MEMBERSHIP_DECLINED).exists()


@pytest.mark.parametrize(
    ("first", "second", "message"),
    [
        ("accept", "accept", "bereits angenommen"),
        ("accept", "decline", "bereits angenommen"),
        ("decline", "accept", "bereits abgelehnt"),
    ],
)
def test_answering_twice_changes_nothing(world, as_user, invitation, first, second, message):
    client = as_user(world.member)
    client.post(answer_url(invitation, first))
    memberships = list(Membership.objects.values_list("pk", "status", "role"))
    response = client.post(answer_url(invitation, second), follow=True)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert list(Membership.objects.values_list("pk", "status", "role")) == memberships


def test_inviting_twice_is_refused(world, invitation):
    with pytest.raises(ValidationError, match="bereits eingeladen"):
        services.invite_organisation(
            world.other_network, organisation=world.member_org, by=world.outsider
        )


@pytest.mark.parametrize(
    ("who", "allowed"),
    [
        ("anonymous", False),
        ("outsider", False),  # the inviting coordinator
        ("coordinator", False),  # coordinates the organisation's network
        ("member", True),  # its editor
        ("superuser", True),
    ],
)
@pytest.mark.parametrize("answer", ["accept", "decline"])
def test_who_may_answer(world, as_user, user_for, invitation, who, allowed, answer):
    response = as_user(user_for(who)).post(answer_url(invitation, answer))
    invitation.refresh_from_db()
    assert (invitation.status != ConsentStatus.OPEN) == allowed
    if not allowed:
        assert response.status_code in (302, 403)
        if who == "anonymous":
            assert response.url.startswith(reverse("accounts:login"))


def test_an_invitation_of_another_organisation_is_not_found(world, as_user, invitation):
    url = reverse(
        "networks:network_invitation_accept", args=[world.outside_org.slug, invitation.pk]
    )
    assert as_user(world.outsider).post(url).status_code == 404
    invitation.refresh_from_db()
    assert invitation.status == ConsentStatus.OPEN


def test_answer_routes_refuse_get(world, as_user, invitation):
    for answer in ("accept", "decline"):
        assert as_user(world.member).get(answer_url(invitation, answer)).status_code == 405


def test_the_membership_page_lists_open_invitations(world, as_user, invitation):
    html = as_user(world.outsider).get(add_url(world.other_network)).content.decode()
    assert "Eingeladen, Antwort steht aus" in html and world.member_org.name in html


# Memberships: the last coordinator -----------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "role"), [("member", "member"), ("former", "coordinator"), ("applicant", "member")]
)
def test_the_last_coordinating_membership_stays(world, as_user, status, role):
    membership = Membership.objects.get(network=world.network, organisation=world.coordinator_org)
    prefix = f"m{membership.pk}"
    response = as_user(world.coordinator).post(
        reverse("networks:membership_change", args=["sis", membership.pk]),
        {f"{prefix}-status": status, f"{prefix}-role": role},
        follow=True,
    )
    assert "einzige koordinierende Organisation" in response.content.decode()
    membership.refresh_from_db()
    assert membership.is_coordinator
    assert not AuditEntry.objects.exists()


def test_changing_a_role_is_logged(world):
    membership = Membership.objects.get(network=world.network, organisation=world.member_org)
    services.change_membership(
        membership,
        status=MembershipStatus.MEMBER,
        role=MembershipRole.COORDINATOR,
        by=world.coordinator,
    )
    entry = AuditEntry.objects.get()
    assert entry.action == AuditAction.ROLE_CHANGED
    assert entry.before == {"role": "member"} and entry.after == {"role": "coordinator"}


def test_staff_of_an_applicant_or_former_member_are_no_members(world):
    from netzwerkstatt.networks.permissions import is_network_member

    membership = Membership.objects.get(network=world.network, organisation=world.member_org)
    for status in (MembershipStatus.APPLICANT, MembershipStatus.FORMER):
        membership.status = status
        membership.save()
        assert not is_network_member(world.member, world.network)
    membership.status = MembershipStatus.MEMBER
    membership.save()
    assert is_network_member(world.member, world.network)


def test_a_coordinator_does_not_edit_a_placeholder_that_left(world, as_user):
    placeholder = Organisation.objects.create(slug="weg", name="Weggezogen e.V.")
    MembershipFactory(
        network=world.network, organisation=placeholder, status=MembershipStatus.FORMER
    )
    assert not can_edit_organisation(world.coordinator, placeholder)
    response = as_user(world.coordinator).get(
        reverse("networks:organisation_edit", args=[placeholder.slug])
    )
    assert response.status_code == 403
