"""The audit log: entries, the organisation's and the network's log pages, the admin."""

import re

import pytest
from django.urls import reverse

from netzwerkstatt.audit.models import AuditAction, AuditEntry
from netzwerkstatt.audit.services import record_changes, record_entry
from netzwerkstatt.networks import services
from netzwerkstatt.networks.models import MembershipRole, MembershipStatus
from tests.factories import OrganisationFactory, StaffFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_an_entry_keeps_the_actors_name(world):
    entry = record_entry(
        action=AuditAction.STAFF_REMOVED, actor=world.member, organisation=world.member_org
    )
    name = world.member.display_name
    world.member.display_name = "Umbenannt"
    world.member.save()
    entry.refresh_from_db()
    assert entry.actor_name == name
    assert entry.get_action_display() == "Mitarbeiter:in entfernt"


def test_changes_keep_only_changed_fields(world):
    entry = record_changes(
        action=AuditAction.ORGANISATION_EDITED,
        actor=world.coordinator,
        organisation=world.member_org,
        before={"name": "Alt", "city": "Leipzig", "topics": ["A"]},
        after={"name": "Neu", "city": "Leipzig", "topics": ["A", "B"]},
    )
    assert entry.before == {"name": "Alt", "topics": ["A"]}
    assert entry.after == {"name": "Neu", "topics": ["A", "B"]}
    assert entry.changes() == [("name", "Alt", "Neu"), ("topics", ["A"], ["A", "B"])]


def test_no_change_makes_no_entry(world):
    assert (
        record_changes(
            action=AuditAction.ORGANISATION_EDITED,
            actor=world.coordinator,
            before={"name": "Gleich"},
            after={"name": "Gleich"},
        )
        is None
    )
    assert not AuditEntry.objects.exists()


def test_an_unknown_action_is_refused():
    with pytest.raises(ValueError):
        record_entry(action="erfunden")


def test_an_edit_by_the_organisations_own_staff_is_not_logged(world):
    services.update_organisation(world.member_org, data={"city": "Halle"}, by=world.member)
    assert not AuditEntry.objects.exists()


def test_an_edit_by_an_admin_is_logged_with_before_and_after(world):
    admin = UserFactory(is_superuser=True, is_staff=True)
    services.update_organisation(world.member_org, data={"city": "Halle"}, by=admin)
    entry = AuditEntry.objects.get()
    assert entry.action == AuditAction.ORGANISATION_EDITED
    assert entry.before == {"city": "Leipzig"} and entry.after == {"city": "Halle"}


# Pages ---------------------------------------------------------------------------------------


def org_log(world):
    return reverse("networks:organisation_log", args=[world.member_org.slug])


def net_log(world):
    return reverse("networks:network_log", args=[world.network.slug])


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("anonymous", 302),
        ("outsider", 403),
        ("coordinator", 403),  # the organisation has staff of its own
        ("member", 200),
        ("superuser", 200),
    ],
)
def test_who_may_read_an_organisations_log(world, as_user, user_for, who, status):
    record_entry(action=AuditAction.STAFF_ADDED, organisation=world.member_org, label="Geheim")
    response = as_user(user_for(who)).get(org_log(world))
    assert response.status_code == status
    assert ("Geheim" in response.content.decode()) == (status == 200)


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("anonymous", 302),
        ("outsider", 403),  # coordinates another network
        ("member", 403),
        ("coordinator", 200),
        ("superuser", 200),
    ],
)
def test_who_may_read_a_networks_log(world, as_user, user_for, who, status):
    record_entry(action=AuditAction.ROLE_CHANGED, network=world.network, label="Geheim")
    response = as_user(user_for(who)).get(net_log(world))
    assert response.status_code == status
    assert ("Geheim" in response.content.decode()) == (status == 200)


def test_a_network_log_shows_only_its_own_entries(world, as_user):
    record_entry(action=AuditAction.ROLE_CHANGED, network=world.other_network, label="Fremd")
    record_entry(action=AuditAction.ROLE_CHANGED, network=world.network, label="Eigen")
    html = as_user(world.coordinator).get(net_log(world)).content.decode()
    assert "Eigen" in html and "Fremd" not in html


def test_the_log_pages_are_german_and_paginated(world, as_user):
    for number in range(55):
        record_entry(
            action=AuditAction.STAFF_ADDED, organisation=world.member_org, label=f"Person {number}"
        )
    client = as_user(world.member)
    html = client.get(org_log(world)).content.decode()
    assert "Änderungsprotokoll von Internationale Frauen e.V." in html
    assert "Seite 1 von 2" in html and "Ältere Einträge" in html
    assert "Person 54" in html and not re.search(r"Person 0\b", html)
    html = client.get(org_log(world) + "?seite=2").content.decode()
    assert re.search(r"Person 0\b", html)
    assert client.get(org_log(world) + "?seite=xyz").status_code == 200


def _fill(world, count):
    for number in range(count):
        record_entry(
            action=AuditAction.ORGANISATION_EDITED,
            actor=world.coordinator,
            organisation=world.member_org,
            network=world.network,
            label=f"Eintrag {number}",
            before={"name": "A"},
            after={"name": "B"},
        )


@pytest.mark.parametrize("page", ["organisation", "network"])
def test_the_log_pages_query_counts_are_pinned(world, as_user, django_assert_num_queries, page):
    who, url = (
        (world.member, org_log(world))
        if page == "organisation"
        else (world.coordinator, net_log(world))
    )
    client = as_user(who)
    _fill(world, 2)
    client.get(url)  # warm up the session and the translation caches
    expected = 6
    with django_assert_num_queries(expected):
        assert client.get(url).status_code == 200
    _fill(world, 30)
    with django_assert_num_queries(expected):
        assert client.get(url).status_code == 200


def test_log_pages_refuse_post(world, as_user):
    assert as_user(world.member).post(org_log(world)).status_code == 405
    assert as_user(world.coordinator).post(net_log(world)).status_code == 405


def test_the_admin_lists_entries_read_only(world, client):
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin, backend="django.contrib.auth.backends.ModelBackend")
    entry = record_entry(action=AuditAction.STAFF_ADDED, organisation=world.member_org)
    assert client.get(reverse("admin:audit_auditentry_changelist")).status_code == 200
    assert client.get(reverse("admin:audit_auditentry_add")).status_code == 403
    response = client.post(
        reverse("admin:audit_auditentry_delete", args=[entry.pk]), {"post": "yes"}
    )
    assert response.status_code == 403
    assert AuditEntry.objects.filter(pk=entry.pk).exists()


# Grants and removals are logged --------------------------------------------------------------


def test_every_grant_and_removal_of_network_rights_is_logged(world):
    placeholder = OrganisationFactory()
    membership = services.add_membership(
        world.network,
        organisation=placeholder,
        status=MembershipStatus.APPLICANT,
        by=world.coordinator,
    )
    services.change_membership(
        membership, status=MembershipStatus.MEMBER, role=MembershipRole.MEMBER, by=world.coordinator
    )
    services.change_membership(
        membership,
        status=MembershipStatus.MEMBER,
        role=MembershipRole.COORDINATOR,
        by=world.coordinator,
    )
    services.change_membership(
        membership, status=MembershipStatus.FORMER, role=MembershipRole.MEMBER, by=world.coordinator
    )
    actions = list(
        AuditEntry.objects.filter(organisation=placeholder)
        .order_by("pk")
        .values_list("action", flat=True)
    )
    assert actions == [
        AuditAction.MEMBERSHIP_ADDED,
        AuditAction.MEMBERSHIP_CHANGED,
        AuditAction.ROLE_CHANGED,
        AuditAction.MEMBERSHIP_CHANGED,
    ]
    assert all(e.network == world.network for e in AuditEntry.objects.all())


def test_a_staff_removal_appears_in_the_organisations_log(world, as_user):
    colleague = StaffFactory(organisation=world.member_org, user__display_name="Birgit Brandt")
    services.remove_staff(colleague, by=world.member)
    html = as_user(world.member).get(org_log(world)).content.decode()
    assert "Mitarbeiter:in entfernt: Birgit Brandt" in html


def test_a_join_request_acceptance_is_logged(world):
    from tests.networks.factories import JoinRequestFactory

    join_request = JoinRequestFactory(network=world.network, organisation_name="Neu e.V.")
    services.accept_join_request(join_request, by=world.coordinator)
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {
        AuditAction.JOIN_REQUEST_ACCEPTED,
        AuditAction.STAFF_ADDED,
        AuditAction.MEMBERSHIP_ADDED,
        AuditAction.ORGANISATION_CREATED,
    } <= actions
