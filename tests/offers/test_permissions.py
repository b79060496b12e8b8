"""Every write route of the offers app, for each role that may and each that may not."""

import pytest
from django.urls import reverse

from netzwerkstatt.offers.models import Need, NeedStatus, Offer, OfferStatus
from tests.factories import NeedFactory, OfferFactory, TargetGroupFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def jugend(db):
    return TargetGroupFactory(slug="jugendliche", name="Jugendliche")


def offer_data(target_group, **overrides):
    data = {
        "title": "Sprachcafé",
        "summary": "Deutsch sprechen bei Tee und Keksen.",
        "description": "Jeden Dienstag üben wir Deutsch im Gespräch.",
        "target_groups": [target_group.pk],
        "is_free": "on",
        "city": "Leipzig",
        "zeiten-TOTAL_FORMS": "1",
        "zeiten-INITIAL_FORMS": "0",
        "zeiten-MIN_NUM_FORMS": "0",
        "zeiten-MAX_NUM_FORMS": "14",
        "zeiten-0-weekday": "1",
        "zeiten-0-start_time": "15:00",
        "zeiten-0-end_time": "17:00",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize(
    ("who", "allowed"),
    [
        ("anonymous", False),
        ("outsider", False),
        ("member", True),
        # The member organisation has staff of its own: its offers are its own business.
        ("coordinator", False),
        ("superuser", True),
    ],
)
def test_who_may_create_an_offer_for_an_organisation(
    as_user, user_for, world, jugend, who, allowed
):
    url = reverse("offers:create", args=[world.member_org.slug])
    response = as_user(user_for(who)).post(url, offer_data(jugend))
    created = Offer.objects.filter(organisation=world.member_org, title="Sprachcafé")
    if allowed:
        assert response.status_code == 302
        offer = created.get()
        assert [(s.weekday, str(s.start_time)) for s in offer.weekly_slots.all()] == [
            (1, "15:00:00")
        ]
        assert offer.updated_by is not None
    else:
        assert response.status_code in (302, 403)
        assert not created.exists()


def test_member_may_not_create_offers_for_another_organisation(as_user, world, jugend):
    url = reverse("offers:create", args=[world.coordinator_org.slug])
    assert as_user(world.member).post(url, offer_data(jugend)).status_code == 403
    assert not Offer.objects.exists()


@pytest.mark.parametrize(
    ("who", "allowed"),
    [("anonymous", False), ("outsider", False), ("member", True), ("coordinator", False)],
)
def test_who_may_edit_an_offer(as_user, user_for, world, jugend, who, allowed):
    offer = OfferFactory(organisation=world.member_org, title="Alt")
    url = reverse("offers:edit", args=[offer.pk])
    response = as_user(user_for(who)).post(url, offer_data(jugend, title="Neu"))
    offer.refresh_from_db()
    assert offer.title == ("Neu" if allowed else "Alt")
    assert response.status_code in ((302,) if allowed else (302, 403))


@pytest.mark.parametrize(
    "overrides",
    [
        {"title": ""},
        {"title": "x" * 201},
        {"description": ""},
        {"target_groups": []},
        {"target_groups": ["999999"]},
        {"age_min": "10", "age_max": "6"},
        {"age_min": "130"},
        {"age_min": "-1"},
        {"is_free": "", "cost_note": ""},
        {"latitude": "51.36"},
        {"zeiten-0-end_time": "14:00"},
        {"zeiten-0-start_time": "25:00"},
        {"zeiten-0-weekday": "7"},
        {"zeiten-TOTAL_FORMS": "20"},
        {"zeiten-TOTAL_FORMS": "abc"},
        {"description": "x" * 5001},
    ],
)
def test_bad_offer_input_is_rejected_and_saves_nothing(as_user, world, jugend, overrides):
    url = reverse("offers:create", args=[world.member_org.slug])
    response = as_user(world.member).post(url, offer_data(jugend, **overrides))
    assert response.status_code == 200
    assert not Offer.objects.exists()


def test_error_is_shown_next_to_the_field_in_german(as_user, world, jugend):
    url = reverse("offers:create", args=[world.member_org.slug])
    response = as_user(world.member).post(url, offer_data(jugend, title=""))
    assert "Dieses Feld ist zwingend erforderlich." in response.content.decode()


@pytest.mark.parametrize(
    ("who", "allowed"),
    [("anonymous", False), ("outsider", False), ("member", True), ("coordinator", False)],
)
def test_who_may_pause_an_offer(as_user, user_for, world, who, allowed):
    offer = OfferFactory(organisation=world.member_org)
    response = as_user(user_for(who)).post(
        reverse("offers:status", args=[offer.pk]), {"status": "paused"}
    )
    offer.refresh_from_db()
    assert offer.status == (OfferStatus.PAUSED if allowed else OfferStatus.ACTIVE)
    assert response.status_code in ((302,) if allowed else (302, 403))


def test_unknown_status_changes_nothing(as_user, world):
    offer = OfferFactory(organisation=world.member_org)
    as_user(world.member).post(reverse("offers:status", args=[offer.pk]), {"status": "deleted"})
    offer.refresh_from_db()
    assert offer.status == OfferStatus.ACTIVE


def test_status_route_rejects_get(as_user, world):
    offer = OfferFactory(organisation=world.member_org)
    assert as_user(world.member).get(reverse("offers:status", args=[offer.pk])).status_code == 405


def need_data(world, target_group, **overrides):
    data = {
        "title": "Ferienangebote für Jugendliche",
        "description": "In den Sommerferien gibt es im Viertel nichts für 14- bis 17-Jährige.",
        "scope": "target_group",
        "target_groups": [target_group.pk],
        "raised_by": world.member_org.pk,
        "raised_at": "Ideencafé bei Marianne",
        "priority": "high",
        "status": "open",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize(
    ("who", "expected"),
    [("anonymous", 302), ("outsider", 403), ("member", 200), ("coordinator", 200)],
)
def test_who_may_see_the_needs_of_a_network(as_user, user_for, world, who, expected):
    response = as_user(user_for(who)).get(reverse("offers:need_list", args=["sis"]))
    assert response.status_code == expected


@pytest.mark.parametrize(
    ("who", "allowed"),
    [("anonymous", False), ("outsider", False), ("member", True), ("coordinator", True)],
)
def test_who_may_record_a_need(as_user, user_for, world, jugend, who, allowed):
    response = as_user(user_for(who)).post(
        reverse("offers:need_create", args=["sis"]), need_data(world, jugend)
    )
    assert Need.objects.exists() == allowed
    if allowed:
        assert response.status_code == 302
        need = Need.objects.get()
        assert need.network == world.network
        assert need.created_by == user_for(who) or need.created_by is not None


def test_coordinator_links_a_need_to_an_offer(as_user, world, jugend):
    offer = OfferFactory(organisation=world.member_org, title="Jugendtreff")
    response = as_user(world.coordinator).post(
        reverse("offers:need_create", args=["sis"]),
        need_data(world, jugend, answering_offers=[offer.pk], status="in_progress"),
    )
    assert response.status_code == 302
    need = Need.objects.get()
    assert list(need.answering_offers.all()) == [offer]
    assert need.status == NeedStatus.IN_PROGRESS


@pytest.mark.parametrize(
    "overrides",
    [
        {"title": ""},
        {"description": ""},
        {"target_groups": []},
        {"priority": "urgent"},
        {"status": "done"},
        {"raised_on": "31.02.2025"},
        {"title": "x" * 201},
    ],
)
def test_bad_need_input_saves_nothing(as_user, world, jugend, overrides):
    response = as_user(world.member).post(
        reverse("offers:need_create", args=["sis"]), need_data(world, jugend, **overrides)
    )
    assert response.status_code == 200
    assert not Need.objects.exists()


def test_offers_and_organisations_of_other_networks_cannot_be_linked(as_user, world, jugend):
    foreign_offer = OfferFactory(organisation=world.outside_org)
    for overrides in (
        {"answering_offers": [foreign_offer.pk]},
        {"raised_by": world.outside_org.pk},
    ):
        response = as_user(world.coordinator).post(
            reverse("offers:need_create", args=["sis"]), need_data(world, jugend, **overrides)
        )
        assert response.status_code == 200
    assert not Need.objects.exists()


@pytest.mark.parametrize(
    ("who", "allowed"),
    [
        ("anonymous", False),
        ("outsider", False),
        ("other_member", False),
        ("member", True),
        ("coordinator", True),
    ],
)
def test_who_may_edit_a_need(as_user, user_for, world, jugend, who, allowed):
    from tests.factories import MembershipFactory, StaffFactory

    other_member = StaffFactory().user
    MembershipFactory(
        network=world.network, organisation=other_member.staff_positions.get().organisation
    )
    need = NeedFactory(network=world.network, raised_by=world.member_org, title="Alt")
    need.target_groups.set([jugend])
    user = other_member if who == "other_member" else user_for(who)
    response = as_user(user).post(
        reverse("offers:need_edit", args=[need.pk]), need_data(world, jugend, title="Neu")
    )
    need.refresh_from_db()
    assert need.title == ("Neu" if allowed else "Alt")
    assert response.status_code in ((302,) if allowed else (302, 403))


def test_need_page_is_for_network_members(as_user, world):
    need = NeedFactory(network=world.network)
    url = reverse("offers:need_detail", args=[need.pk])
    assert as_user(None).get(url).status_code == 302
    assert as_user(world.outsider).get(url).status_code == 403
    assert as_user(world.member).get(url).status_code == 200


@pytest.fixture
def placeholder(world):
    """An organisation of the coordinator's network without staff of its own."""
    from tests.factories import MembershipFactory, OrganisationFactory

    organisation = OrganisationFactory(slug="platzhalter", name="Platzhalter e.V.")
    MembershipFactory(network=world.network, organisation=organisation)
    return organisation


def test_a_coordinator_edits_a_placeholders_offer_and_it_is_logged(
    as_user, world, placeholder, jugend
):
    from netzwerkstatt.audit.models import AuditAction, AuditEntry

    offer = OfferFactory(organisation=placeholder, title="Alt")
    response = as_user(world.coordinator).post(
        reverse("offers:edit", args=[offer.pk]), offer_data(jugend, title="Neu")
    )
    assert response.status_code == 302
    entry = AuditEntry.objects.get(action=AuditAction.ORGANISATION_EDITED)
    assert entry.organisation == placeholder and entry.actor == world.coordinator
    assert entry.before["title"] == "Alt" and entry.after["title"] == "Neu"


def test_an_offer_edit_by_its_own_staff_is_not_logged(as_user, world, jugend):
    from netzwerkstatt.audit.models import AuditEntry

    offer = OfferFactory(organisation=world.member_org, title="Alt")
    as_user(world.member).post(reverse("offers:edit", args=[offer.pk]), offer_data(jugend))
    assert not AuditEntry.objects.exists()


def test_a_coordinator_is_told_why_a_staffed_organisations_offer_is_refused(as_user, world, jugend):
    offer = OfferFactory(organisation=world.member_org, title="Alt")
    response = as_user(world.coordinator).get(reverse("offers:edit", args=[offer.pk]))
    assert response.status_code == 403
    assert "pflegt ihr Profil selbst" in response.content.decode()


def test_a_coordinator_of_a_network_the_placeholder_left_may_not_edit(
    as_user, world, placeholder, jugend
):
    from netzwerkstatt.networks.models import Membership, MembershipStatus

    Membership.objects.filter(organisation=placeholder).update(status=MembershipStatus.FORMER)
    offer = OfferFactory(organisation=placeholder, title="Alt")
    response = as_user(world.coordinator).post(
        reverse("offers:edit", args=[offer.pk]), offer_data(jugend, title="Neu")
    )
    assert response.status_code == 403
    offer.refresh_from_db()
    assert offer.title == "Alt"
