"""Pinned query counts of every list page: more rows must not mean more queries.

Each page is loaded with a few rows and with many; both loads must run the same, pinned
number of queries. A change here is a review point: find the loop that queries.
"""

import pytest
from django.urls import reverse

from tests.factories import (
    HelpOfferFactory,
    LanguageFactory,
    MembershipFactory,
    NeedFactory,
    OfferFactory,
    OrganisationFactory,
    ProjectFactory,
    SocialLinkFactory,
    TargetGroupFactory,
    TopicFactory,
    WeeklySlotFactory,
)

pytestmark = pytest.mark.django_db


def add_rows(world, count: int) -> None:
    for index in range(count):
        organisation = OrganisationFactory()
        organisation.target_groups.set([TargetGroupFactory()])
        organisation.topics.set([TopicFactory()])
        MembershipFactory(network=world.network, organisation=organisation)
        offer = OfferFactory(
            organisation=organisation,
            languages=[LanguageFactory()],
            latitude=51.36 + index / 1000,  # on the map, each at a place of its own
            longitude=12.42,
        )
        WeeklySlotFactory(offer=offer)
        offer_of_member = OfferFactory(organisation=world.member_org, title=f"Frauen {index}")
        WeeklySlotFactory(offer=offer_of_member)
        need = NeedFactory(
            network=world.network,
            raised_by=organisation,
            is_public=True,
            public_description="Wir suchen Räume.",
        )
        HelpOfferFactory(need=need)
        need.target_groups.set([TargetGroupFactory()])
        need.answering_offers.set([offer])
        ProjectFactory(organisation=world.member_org)
        SocialLinkFactory(organisation=world.member_org)


PAGES = [
    # (name, url, user, queries)
    # 6, +2 for the public needs ("Wir suchen") with their target groups, +1 for the latest
    # public decisions (meetings_tags.public_decisions).
    ("home", lambda w: reverse("networks:detail", args=["sis"]), None, 9),
    # 9, +2 for the session and its user, +3 for what the person may do in the network, +1
    # for the coordinators' count of new offers of help, +1 for the latest circulars.
    ("home_coordinator", lambda w: reverse("networks:detail", args=["sis"]), "coordinator", 16),
    ("directory", lambda w: reverse("networks:organisation_list"), None, 8),
    # The network, its members with their target groups, its offer count.
    ("easy_read_network", lambda w: reverse("networks:easy_read_network", args=["sis"]), None, 4),
    ("profile", lambda w: w.member_org.get_absolute_url(), None, 10),
    ("offers", lambda w: reverse("offers:list"), None, 10),
    ("offers_filtered", lambda w: reverse("offers:list") + "?tag=1&kostenlos=on", None, 10),
    # Sorted by distance from a point, and from a street found among the known addresses (+1).
    ("offers_near", lambda w: reverse("offers:list") + "?near=51.36,12.42", None, 10),
    ("offers_near_street", lambda w: reverse("offers:list") + "?ort=Gorkistr", None, 11),
    # The map's data: counts, offers with their organisations, their weekly times.
    ("offers_map", lambda w: reverse("offers:map_data"), None, 3),
    ("offers_map_filtered", lambda w: reverse("offers:map_data") + "?tag=1&kostenlos=on", None, 3),
    ("needs", lambda w: reverse("offers:need_list", args=["sis"]), "member", 8),
    ("public_needs", lambda w: reverse("offers:public_need_list", args=["sis"]), None, 3),
    ("help_offers", lambda w: reverse("offers:help_offer_list", args=["sis"]), "coordinator", 6),
    # 14, +4 for what waits for the confirmation of the user's organisations (events,
    # co-organisers, needs, updates: events_tags.name_confirmations), +2 for staff requests and
    # network invitations awaiting the person's answer, +1 for the city-wide role.
    ("dashboard", lambda w: reverse("accounts:dashboard"), "coordinator", 21),
    # +1: the network's open invitations.
    ("memberships", lambda w: reverse("networks:membership_list", args=["sis"]), "coordinator", 7),
    # The open data API (tests/opendata/test_api.py pins every list and parameter).
    ("hsds_services", lambda w: reverse("hsds:services") + "?full=true", None, 6),
    ("hsds_organizations", lambda w: reverse("hsds:organizations") + "?full_service=true", None, 9),
]


@pytest.mark.parametrize(("name", "url", "who", "queries"), PAGES, ids=[p[0] for p in PAGES])
def test_list_page_query_count_is_pinned(
    as_user, world, django_assert_num_queries, name, url, who, queries
):
    client = as_user(getattr(world, who) if who else None)
    add_rows(world, 2)
    client.get(url(world))  # warm up the session and the translation caches
    with django_assert_num_queries(queries):
        assert client.get(url(world)).status_code == 200
    add_rows(world, 8)
    with django_assert_num_queries(queries):
        assert client.get(url(world)).status_code == 200


def add_citywide_findings() -> None:
    """City-wide findings between offers of different organisations, none stored yet."""
    from netzwerkstatt.offers.models import Offer
    from netzwerkstatt.synergy.models import ParallelOfferFinding

    offers = list(Offer.objects.order_by("pk"))
    known = set(
        ParallelOfferFinding.objects.filter(network__isnull=True).values_list(
            "offer_a_id", "offer_b_id"
        )
    )
    for first, second in zip(offers, offers[1:], strict=False):
        if first.organisation_id != second.organisation_id and (first.pk, second.pk) not in known:
            ParallelOfferFinding.objects.create(
                network=None, offer_a=first, offer_b=second, score=0.8, reasons=["Beide"]
            )


CITYWIDE_PAGES = [
    # 2 for the session and its user, 1 for the role, the filtered network (checking the
    # filter) and the filter's choices, the districts, the findings with their count, offers
    # (2 × 4: offers with their district, target groups, languages, weekly slots), the sharing
    # networks of their organisations, the status counts and the last refresh.
    ("citywide_findings", reverse("synergy:citywide_findings") + "?netzwerk=sis", 19),
    # 3 as above, the filtered network and the filter's choices, the districts, the needs
    # with their count, target groups and topics.
    ("citywide_needs", reverse("synergy:citywide_needs") + "?netzwerk=sis", 10),
]


@pytest.mark.parametrize(
    ("name", "url", "queries"), CITYWIDE_PAGES, ids=[p[0] for p in CITYWIDE_PAGES]
)
def test_citywide_page_query_count_is_pinned(
    as_user, world, django_assert_num_queries, name, url, queries
):
    from netzwerkstatt.synergy import citywide
    from tests.factories import UserFactory

    planner = UserFactory()
    citywide.grant_role(planner, by=None)
    citywide.set_sharing(world.network, True, by=None)
    client = as_user(planner)
    add_rows(world, 2)
    add_citywide_findings()
    client.get(url)
    with django_assert_num_queries(queries):
        assert client.get(url).status_code == 200
    add_rows(world, 8)
    add_citywide_findings()
    with django_assert_num_queries(queries):
        assert client.get(url).status_code == 200
