"""Every write route of the networks app, for each role that may and each that may not."""

import pytest
from django.urls import reverse

from netzwerkstatt.networks.models import Membership, MembershipRole, MembershipStatus, Organisation

pytestmark = pytest.mark.django_db


def profile_data(**overrides):
    data = {
        "name": "Internationale Frauen e.V.",
        "short_name": "",
        "legal_form": "ev",
        "description": "Wir begleiten Frauen aus aller Welt.",
        "strengths": "",
        "street": "Gorkistraße 10",
        "postcode": "04347",
        "city": "Leipzig",
        "website": "https://example.org/frauen",
        "phone": "",
        "projekte-TOTAL_FORMS": "1",
        "projekte-INITIAL_FORMS": "0",
        "projekte-0-name": "Sprachcafé",
        "links-TOTAL_FORMS": "0",
        "links-INITIAL_FORMS": "0",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("anonymous", 302),
        ("outsider", 403),
        ("member", 200),
        # The member organisation has its own staff: its coordinator is refused, with a reason.
        ("coordinator", 403),
        ("superuser", 200),
    ],
)
def test_who_may_open_the_profile_form(as_user, user_for, world, who, expected):
    url = reverse("networks:organisation_edit", args=[world.member_org.slug])
    response = as_user(user_for(who)).get(url)
    assert response.status_code == expected
    if expected == 302:
        assert response.url.startswith(reverse("accounts:login"))


def test_member_saves_own_profile_with_a_project(as_user, world):
    url = reverse("networks:organisation_edit", args=[world.member_org.slug])
    response = as_user(world.member).post(url, profile_data())
    assert response.status_code == 302
    world.member_org.refresh_from_db()
    assert world.member_org.street == "Gorkistraße 10"
    assert list(world.member_org.projects.values_list("name", flat=True)) == ["Sprachcafé"]


def test_member_may_not_edit_another_organisation(as_user, world):
    url = reverse("networks:organisation_edit", args=[world.coordinator_org.slug])
    response = as_user(world.member).post(url, profile_data(name="Übernommen"))
    assert response.status_code == 403
    world.coordinator_org.refresh_from_db()
    assert world.coordinator_org.name == "Wir im Quartier"


def test_coordinator_may_not_edit_a_member_with_its_own_staff(as_user, world):
    url = reverse("networks:organisation_edit", args=[world.member_org.slug])
    response = as_user(world.coordinator).post(url, profile_data(name="Frauen e.V. Leipzig"))
    assert response.status_code == 403
    assert "Diese Organisation pflegt ihr Profil selbst" in response.content.decode()
    world.member_org.refresh_from_db()
    assert world.member_org.name == "Internationale Frauen e.V."


def test_coordinator_edits_a_placeholder_of_their_network(as_user, world):
    from netzwerkstatt.audit.models import AuditAction, AuditEntry
    from tests.factories import MembershipFactory, OrganisationFactory

    placeholder = OrganisationFactory(slug="platzhalter", name="Platzhalter")
    MembershipFactory(network=world.network, organisation=placeholder)
    url = reverse("networks:organisation_edit", args=[placeholder.slug])
    response = as_user(world.coordinator).post(url, profile_data(name="Platzhalter e.V."))
    assert response.status_code == 302
    placeholder.refresh_from_db()
    assert placeholder.name == "Platzhalter e.V."
    entry = AuditEntry.objects.get(action=AuditAction.ORGANISATION_EDITED)
    assert entry.before["name"] == "Platzhalter" and entry.after["name"] == "Platzhalter e.V."
    assert entry.actor == world.coordinator and entry.organisation == placeholder


def test_coordinator_of_another_network_may_not_edit(as_user, world):
    url = reverse("networks:organisation_edit", args=[world.member_org.slug])
    response = as_user(world.outsider).post(url, profile_data(name="Übernommen"))
    assert response.status_code == 403


def test_anonymous_post_changes_nothing(as_user, world):
    url = reverse("networks:organisation_edit", args=[world.member_org.slug])
    response = as_user(None).post(url, profile_data(name="Übernommen"))
    assert response.status_code == 302
    world.member_org.refresh_from_db()
    assert world.member_org.name == "Internationale Frauen e.V."


@pytest.mark.parametrize(
    "overrides",
    [
        {"name": ""},
        {"name": "x" * 201},
        {"website": "keine adresse"},
        {"latitude": "51.3"},
        {"latitude": "200", "longitude": "12"},
        {"legal_form": "unbekannt"},
        {
            "links-TOTAL_FORMS": "1",
            "links-0-kind": "instagram",
            "links-0-url": "javascript:alert(1)",
        },
        {"projekte-TOTAL_FORMS": "30"},
        {"projekte-TOTAL_FORMS": "kaputt"},
    ],
)
def test_bad_profile_input_is_rejected_and_changes_nothing(as_user, world, overrides):
    url = reverse("networks:organisation_edit", args=[world.member_org.slug])
    response = as_user(world.member).post(url, profile_data(**overrides))
    assert response.status_code == 200
    world.member_org.refresh_from_db()
    assert world.member_org.street != "Gorkistraße 10"
    assert not world.member_org.projects.exists()


@pytest.mark.parametrize(
    ("who", "expected"),
    [("anonymous", 302), ("outsider", 403), ("member", 403), ("coordinator", 200)],
)
def test_only_coordinators_open_the_membership_page(as_user, user_for, world, who, expected):
    user = user_for(who)
    response = as_user(user).get(reverse("networks:membership_list", args=["sis"]))
    assert response.status_code == expected


@pytest.mark.parametrize("who", ["anonymous", "outsider", "member"])
def test_only_coordinators_add_members(as_user, user_for, world, who):
    user = user_for(who)
    response = as_user(user).post(
        reverse("networks:membership_list", args=["sis"]),
        {"organisation": world.outside_org.pk, "status": "member", "role": "member"},
    )
    assert response.status_code in (302, 403)
    assert not Membership.objects.filter(
        network=world.network, organisation=world.outside_org
    ).exists()


def test_coordinator_adds_an_existing_placeholder_organisation(as_user, world):
    placeholder = Organisation.objects.create(slug="ohne-team", name="Ohne Team e.V.")
    response = as_user(world.coordinator).post(
        reverse("networks:membership_list", args=["sis"]),
        {"organisation": placeholder.pk, "status": "applicant", "role": "member"},
    )
    assert response.status_code == 302
    membership = Membership.objects.get(network=world.network, organisation=placeholder)
    assert membership.status == MembershipStatus.APPLICANT
    assert membership.updated_by == world.coordinator


def test_an_organisation_with_staff_is_invited_not_added(as_user, world):
    from netzwerkstatt.networks.models import NetworkInvitation

    response = as_user(world.coordinator).post(
        reverse("networks:membership_list", args=["sis"]),
        {"organisation": world.outside_org.pk, "status": "applicant", "role": "member"},
    )
    assert response.status_code == 302
    assert not Membership.objects.filter(
        network=world.network, organisation=world.outside_org
    ).exists()
    assert NetworkInvitation.objects.get().organisation == world.outside_org


def test_coordinator_adds_a_new_organisation_by_name(as_user, world):
    response = as_user(world.coordinator).post(
        reverse("networks:membership_list", args=["sis"]),
        {"new_name": "Deutsche Angestellten-Akademie", "status": "member", "role": "member"},
    )
    assert response.status_code == 302
    organisation = Organisation.objects.get(name="Deutsche Angestellten-Akademie")
    assert organisation.slug == "deutsche-angestellten-akademie"
    assert organisation.memberships.get().network == world.network


@pytest.mark.parametrize(
    "data",
    [
        {"status": "member", "role": "member"},
        {"new_name": "Wir im Quartier", "status": "member", "role": "member"},
        {"new_name": "Neu e.V.", "status": "chef", "role": "member"},
        {"organisation": "999999", "status": "member", "role": "member"},
    ],
)
def test_bad_membership_additions_change_nothing(as_user, world, data):
    before = Membership.objects.count(), Organisation.objects.count()
    response = as_user(world.coordinator).post(
        reverse("networks:membership_list", args=["sis"]), data
    )
    assert response.status_code == 200
    assert (Membership.objects.count(), Organisation.objects.count()) == before


def test_organisation_already_in_the_network_is_not_offered_again(as_user, world):
    response = as_user(world.coordinator).post(
        reverse("networks:membership_list", args=["sis"]),
        {"organisation": world.member_org.pk, "status": "member", "role": "member"},
    )
    assert response.status_code == 200
    assert Membership.objects.filter(organisation=world.member_org).count() == 1


def _membership_change(as_user, user, membership, **data):
    url = reverse("networks:membership_change", args=["sis", membership.pk])
    prefix = f"m{membership.pk}"
    return as_user(user).post(url, {f"{prefix}-{key}": value for key, value in data.items()})


@pytest.mark.parametrize("who", ["anonymous", "outsider", "member"])
def test_only_coordinators_change_memberships(as_user, user_for, world, who):
    user = user_for(who)
    membership = Membership.objects.get(network=world.network, organisation=world.member_org)
    response = _membership_change(as_user, user, membership, status="member", role="coordinator")
    assert response.status_code in (302, 403)
    membership.refresh_from_db()
    assert membership.role == MembershipRole.MEMBER


def test_coordinator_makes_a_member_former(as_user, world):
    membership = Membership.objects.get(network=world.network, organisation=world.member_org)
    response = _membership_change(
        as_user, world.coordinator, membership, status="former", role="member"
    )
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.FORMER


def test_the_last_coordinator_cannot_step_down(as_user, world):
    membership = Membership.objects.get(network=world.network, organisation=world.coordinator_org)
    response = _membership_change(
        as_user, world.coordinator, membership, status="member", role="member"
    )
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.role == MembershipRole.COORDINATOR
    page = as_user(world.coordinator).get(response.url).content.decode()
    assert "message-error" in page
    assert "einzige koordinierende Organisation" in page


def test_membership_of_another_network_is_not_found(as_user, world):
    foreign = Membership.objects.get(network=world.other_network)
    url = reverse("networks:membership_change", args=["sis", foreign.pk])
    response = as_user(world.coordinator).post(url, {})
    assert response.status_code == 404


def test_membership_change_rejects_get(as_user, world):
    membership = Membership.objects.get(network=world.network, organisation=world.member_org)
    url = reverse("networks:membership_change", args=["sis", membership.pk])
    assert as_user(world.coordinator).get(url).status_code == 405


def test_bad_membership_change_changes_nothing(as_user, world):
    membership = Membership.objects.get(network=world.network, organisation=world.member_org)
    response = _membership_change(
        as_user, world.coordinator, membership, status="boss", role="member"
    )
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.MEMBER
