"""Reads for the network pages: each function returns what one page needs, already shaped.

Query counts of the pages built from these are pinned in tests/networks/test_selectors.py;
templates only walk the prefetched relations.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404

from netzwerkstatt.core.models import TargetGroup, Topic
from netzwerkstatt.networks.models import (
    Membership,
    MembershipStatus,
    Network,
    Organisation,
)
from netzwerkstatt.offers.models import Offer, OfferStatus

DIRECTORY_PAGE_SIZE = 20


def _current_memberships() -> Prefetch:
    """An organisation's networks, for "member of" lines: only where it is a member now."""
    return Prefetch(
        "memberships",
        queryset=Membership.objects.filter(status=MembershipStatus.MEMBER).select_related(
            "network"
        ),
        to_attr="current_memberships",
    )


@dataclass
class NetworkPage:
    network: Network
    memberships: list[Membership]
    member_count: int
    offer_count: int


@dataclass
class HomePage:
    """The start page shows one network, or a list when it cannot tell which one."""

    network_page: NetworkPage | None = None
    networks: list[Network] = field(default_factory=list)


def network_detail(network: Network) -> NetworkPage:
    """The network's public page: its current members (coordinators marked) and offer count."""
    memberships = list(
        Membership.objects.filter(network=network, status=MembershipStatus.MEMBER)
        .select_related("organisation")
        .prefetch_related("organisation__target_groups")
        .order_by("organisation__name")
    )
    offer_count = Offer.objects.filter(
        status=OfferStatus.ACTIVE,
        organisation__memberships__network=network,
        organisation__memberships__status=MembershipStatus.MEMBER,
    ).count()
    return NetworkPage(
        network=network,
        memberships=memberships,
        member_count=len(memberships),
        offer_count=offer_count,
    )


def get_network(slug: str) -> Network:
    return get_object_or_404(Network.objects.select_related("district"), slug=slug)


def network_for_home() -> HomePage:
    """The configured default network, else the only one, else all of them as a list."""
    networks = Network.objects.select_related("district")
    network = None
    if settings.DEFAULT_NETWORK_SLUG:
        network = networks.filter(slug=settings.DEFAULT_NETWORK_SLUG).first()
    if network is None:
        first_two = list(networks.order_by("name")[:2])
        if len(first_two) == 1:
            network = first_two[0]
        else:
            return HomePage(networks=list(networks.order_by("name")) if first_two else [])
    return HomePage(network_page=network_detail(network))


@dataclass
class DirectoryFilters:
    network: Network | None = None
    target_groups: list[TargetGroup] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)


def organisation_directory(filters: DirectoryFilters, *, page: int | str = 1) -> Page:
    """Organisations that are members of at least one network, filtered and paged.

    Applicants and former members are left out: the directory shows who is in a network now.
    Several target groups or topics widen the result (any of them matches).
    """
    organisations: QuerySet[Organisation] = Organisation.objects.filter(
        memberships__status=MembershipStatus.MEMBER
    )
    if filters.network is not None:
        organisations = organisations.filter(memberships__network=filters.network)
    if filters.target_groups:
        organisations = organisations.filter(target_groups__in=filters.target_groups)
    if filters.topics:
        organisations = organisations.filter(topics__in=filters.topics)
    organisations = (
        organisations.distinct()
        .select_related("district")
        .prefetch_related("target_groups", "topics", _current_memberships())
        .order_by("name", "pk")
    )
    return Paginator(organisations, DIRECTORY_PAGE_SIZE).get_page(page)


@dataclass
class OrganisationProfile:
    organisation: Organisation
    offers: list[Offer]


def organisation_profile(slug: str) -> OrganisationProfile:
    organisation = get_object_or_404(
        Organisation.objects.select_related("district").prefetch_related(
            "projects", "links", "target_groups", "topics", _current_memberships()
        ),
        slug=slug,
    )
    offers = list(
        Offer.objects.filter(organisation=organisation, status=OfferStatus.ACTIVE)
        .select_related("organisation")
        .prefetch_related("target_groups", "weekly_slots", "languages")
        .order_by("title")
    )
    return OrganisationProfile(organisation=organisation, offers=offers)


def network_memberships(network: Network) -> list[Membership]:
    """All memberships of a network for its coordinators, including applicants and former."""
    return list(
        Membership.objects.filter(network=network)
        .select_related("organisation", "updated_by")
        .order_by("organisation__name")
    )


def organisations_outside(network: Network) -> QuerySet[Organisation]:
    """Organisations a coordinator can add to the network: those without any membership there."""
    return Organisation.objects.exclude(memberships__network=network).order_by("name")
