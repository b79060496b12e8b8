"""Networks and organisations by relationship.

Regressions these tests guard (each was planted in the source and made a test here fail):

- R4 "staff of an applicant organisation count as members everywhere" (networks and needs):
  `test_staff_of_an_applicant_are_not_members`.
- R5 "an organisation that left but kept its coordinator role still coordinates":
  `test_a_former_member_that_kept_its_coordinator_role_no_longer_coordinates`.
- R6 "coordinators keep editing organisations that left":
  `test_coordinators_no_longer_edit_an_organisation_that_left`.

The escalation paths 1 and 2 of the issue are closed by the consent rule: a coordinator's
request or invitation waits for the organisation's own answer.
"""

from django.urls import reverse

from netzwerkstatt.networks.models import (
    Membership,
    NetworkInvitation,
    Organisation,
    Staff,
    StaffRequest,
)
from netzwerkstatt.networks.permissions import (
    can_coordinate,
    can_edit_organisation,
    is_network_member,
)
from netzwerkstatt.offers.models import Need
from tests.factories import MembershipFactory

# The permission matrix's world: built once per module, each test rolls back.
from tests.permission_matrix.conftest import matrix_world, mw  # noqa: F401


def _login(client, user):
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def test_staff_of_an_applicant_are_not_members(mw, client):
    applicant = mw.user("applicant")
    assert not is_network_member(applicant, mw.net_a)
    client = _login(client, applicant)
    assert client.get(reverse("offers:need_list", args=[mw.net_a.slug])).status_code == 403
    response = client.post(
        reverse("offers:need_create", args=[mw.net_a.slug]),
        {"title": "Bewerberbedarf", "description": "x"},
    )
    assert response.status_code == 403
    assert not Need.objects.filter(title="Bewerberbedarf").exists()
    # They still edit their own organisation.
    assert can_edit_organisation(applicant, mw.org_applicant)


def test_a_former_member_that_kept_its_coordinator_role_no_longer_coordinates(mw, client):
    former = mw.user("former")
    assert not can_coordinate(former, mw.net_a)
    client = _login(client, former)
    membership = mw.colleague_membership
    response = client.post(
        reverse("networks:membership_change", args=[mw.net_a.slug, membership.pk]),
        {f"m{membership.pk}-status": "former", f"m{membership.pk}-role": "member"},
    )
    assert response.status_code == 403
    assert Membership.objects.get(pk=membership.pk).status == "member"
    assert client.get(reverse("networks:join_request_list", args=[mw.net_a.slug])).status_code == (
        403
    )


def test_coordinators_no_longer_edit_an_organisation_that_left(mw, client):
    coordinator = mw.user("coordinator")
    left = mw.org_left_placeholder
    # The same kind of organisation while a member is theirs to edit (no staff of its own).
    assert can_edit_organisation(coordinator, mw.org_placeholder)
    assert not can_edit_organisation(coordinator, left)
    client = _login(client, coordinator)
    response = client.post(
        reverse("networks:organisation_edit", args=[left.slug]), {"name": "Übernommen"}
    )
    assert response.status_code == 403
    assert Organisation.objects.get(pk=left.pk).name == "Ausgetreten e.V."


# --- the escalation paths of issue 12 -------------------------------------------------------


def test_a_coordinator_cannot_join_the_staff_of_another_networks_coordinating_organisation(
    mw, client
):
    """Path 1: network B's coordinator adds themselves to the staff of the organisation that
    coordinates network A (a member of B too) and from there reaches A's join requests."""
    MembershipFactory(network=mw.net_b, organisation=mw.org_coord_a)
    attacker = mw.user("other_coordinator")
    client = _login(client, attacker)
    client.post(
        reverse("networks:staff_invite", args=[mw.org_coord_a.slug]),
        {"display_name": "Ich", "email": attacker.email, "job_title": ""},
    )
    assert not Staff.objects.filter(organisation=mw.org_coord_a, user=attacker).exists()
    assert not StaffRequest.objects.filter(organisation=mw.org_coord_a, user=attacker).exists()
    assert not can_coordinate(attacker, mw.net_a)
    assert client.get(reverse("networks:join_request_list", args=[mw.net_a.slug])).status_code == (
        403
    )


def test_a_coordinator_cannot_make_an_organisation_with_staff_an_applicant_and_take_it_over(
    mw, client
):
    """Path 2: a coordinator adds any organisation as applicant, then edits it."""
    client = _login(client, mw.user("coordinator"))
    client.post(
        reverse("networks:membership_list", args=[mw.net_a.slug]),
        {
            "organisation": str(mw.org_outsider.pk),
            "new_name": "",
            "status": "applicant",
            "role": "member",
        },
    )
    assert not Membership.objects.filter(network=mw.net_a, organisation=mw.org_outsider).exists()
    assert NetworkInvitation.objects.filter(
        network=mw.net_a, organisation=mw.org_outsider, status="open"
    ).exists()
    response = client.post(
        reverse("networks:organisation_edit", args=[mw.org_outsider.slug]),
        {"name": "Übernommen"},
    )
    assert response.status_code == 403
    assert not can_edit_organisation(mw.user("coordinator"), mw.org_outsider)
