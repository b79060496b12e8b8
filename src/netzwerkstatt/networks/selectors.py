"""Reads for the network pages: each function returns what one page needs, already shaped.

Query counts of the pages built from these are pinned in tests/networks/test_selectors.py;
templates only walk the prefetched relations.
"""

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import Case, Count, F, Prefetch, Q, QuerySet, TextField, Value, When
from django.db.models.functions import Length
from django.shortcuts import get_object_or_404
from django.utils import timezone

from netzwerkstatt.accounts.models import Invitation, User
from netzwerkstatt.core.models import TargetGroup, Topic
from netzwerkstatt.networks.models import (
    ConsentStatus,
    JoinRequest,
    JoinRequestEvent,
    JoinRequestStatus,
    Membership,
    MembershipRole,
    MembershipStatus,
    Network,
    NetworkInvitation,
    Organisation,
    Staff,
    StaffRequest,
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
        organisation_id__in=[membership.organisation_id for membership in memberships],
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
    return Paginator(directory_organisations(filters), DIRECTORY_PAGE_SIZE).get_page(page)


def directory_organisations(filters: DirectoryFilters) -> QuerySet[Organisation]:
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
    return organisations


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


# Join requests --------------------------------------------------------------------------------


@dataclass
class JoinRequestList:
    network: Network
    requests: list[JoinRequest]
    counts: dict[str, int]
    status: str


def join_request_list(network: Network, *, status: str = JoinRequestStatus.OPEN) -> JoinRequestList:
    """A network's join requests with one status, and how many there are of each status."""
    counts = {value: 0 for value in JoinRequestStatus.values}
    for row in (
        JoinRequest.objects.filter(network=network)
        .values("status")
        .annotate(count=Count("pk"))
        .order_by()
    ):
        counts[row["status"]] = row["count"]
    requests = list(
        JoinRequest.objects.filter(network=network, status=status)
        .select_related("decided_by", "organisation")
        .order_by("-created_at", "-pk")
    )
    return JoinRequestList(network=network, requests=requests, counts=counts, status=status)


def get_join_request(network: Network, pk: int) -> JoinRequest:
    return get_object_or_404(
        JoinRequest.objects.select_related(
            "network", "organisation", "contact_user", "decided_by", "created_by"
        ).prefetch_related(
            Prefetch("events", queryset=JoinRequestEvent.objects.select_related("actor"))
        ),
        network=network,
        pk=pk,
    )


_LEGAL_SUFFIXES = re.compile(r"\b(e\s*\.?\s*v|ggmbh|gmbh|ug|ag|stiftung|verein)\b\.?", re.I)


def _name_key(name: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", _LEGAL_SUFFIXES.sub(" ", name.casefold())).split())


def _similar_scores(name: str) -> list[tuple[float, str, int]]:
    key = _name_key(name)
    words = sorted(key.split(), key=len, reverse=True)
    if not words:
        return []
    candidates = Organisation.objects.filter(
        Q(name__icontains=words[0]) | Q(short_name__icontains=words[0])
    ).only("pk", "name", "short_name")[:200]
    scored = []
    for organisation in candidates:
        other = _name_key(organisation.name)
        ratio = SequenceMatcher(None, key, other).ratio()
        if key in other or other in key:
            ratio = max(ratio, 0.9)
        if key == other:
            ratio = 1.0
        if ratio >= 0.6:
            scored.append((-ratio, organisation.name, organisation.pk))
    return scored


def _ordered(pks: list[int]) -> QuerySet[Organisation]:
    if not pks:
        return Organisation.objects.none()
    order = Case(*[When(pk=pk, then=position) for position, pk in enumerate(pks)])
    return Organisation.objects.filter(pk__in=pks).order_by(order)


def similar_organisations(name: str, *, limit: int = 5) -> QuerySet[Organisation]:
    """Organisations whose name resembles `name`, best match first, for "link or create new".

    The database narrows by the longest word of the name; the final comparison ignores case,
    punctuation and legal-form suffixes such as "e.V." or "gGmbH".
    """
    return _ordered([pk for _ratio, _name, pk in sorted(_similar_scores(name))[:limit]])


def organisations_for_join_request(
    join_request: JoinRequest, *, also_named: str = "", limit: int = 5
) -> QuerySet[Organisation]:
    """Existing organisations a request may be about: similar names first, then those the
    message names by their short name.

    A comment is signed with a person's name ("Meike Johnsen"), but its text names the
    organisation ("die Deutsche Angestellten-Akademie (DAA)").
    """
    scored = _similar_scores(join_request.organisation_name)
    if also_named.strip():
        scored += _similar_scores(also_named)
    pks: list[int] = []
    for _ratio, _name, pk in sorted(scored):
        if pk not in pks:
            pks.append(pk)
    mentioned = (
        Organisation.objects.annotate(
            request_text=Value(join_request.message, output_field=TextField()),
            short_name_length=Length("short_name"),
        )
        .filter(
            Q(request_text__icontains=F("name"))
            | Q(short_name_length__gte=3, request_text__contains=F("short_name"))
        )
        .exclude(pk__in=pks)
        .order_by("name")
        .values_list("pk", flat=True)[:limit]
    )
    return _ordered((pks + list(mentioned))[:limit])


def open_join_request_counts(user) -> list[Network]:
    """The networks `user` coordinates, each with `open_join_requests`, for the dashboard."""
    from netzwerkstatt.networks.permissions import coordinated_networks

    return list(
        coordinated_networks(user)
        .annotate(
            open_join_requests=Count(
                "join_requests",
                filter=Q(join_requests__status=JoinRequestStatus.OPEN),
                distinct=True,
            )
        )
        .order_by("name")
    )


# Staff ("Mitarbeiter:innen") -------------------------------------------------------------------


@dataclass
class StaffRow:
    staff: Staff
    pending: bool  # invited, but no password chosen yet
    last_invitation: Invitation | None


def organisation_staff(organisation: Organisation) -> list[StaffRow]:
    """The people who work for an organisation, with their newest invitation; two queries."""
    staff = (
        Staff.objects.filter(organisation=organisation)
        .select_related("user")
        .prefetch_related(
            Prefetch(
                "user__invitations",
                queryset=Invitation.objects.select_related("created_by").order_by(
                    "-created_at", "-pk"
                ),
                to_attr="invitations_newest_first",
            )
        )
        .order_by("user__display_name", "user__email")
    )
    rows = []
    for position in staff:
        invitations = position.user.invitations_newest_first
        rows.append(
            StaffRow(
                staff=position,
                pending=position.user.is_active and not position.user.has_usable_password(),
                last_invitation=invitations[0] if invitations else None,
            )
        )
    return rows


@dataclass
class PendingConsents:
    staff_requests: list[StaffRequest]
    network_invitations: list[NetworkInvitation]


def pending_consents(user) -> PendingConsents:
    """What waits for the person's answer: requests to join a staff, and invitations of their
    organisations into networks. Two queries."""
    if not user.is_authenticated:
        return PendingConsents([], [])
    staff_requests = list(
        StaffRequest.objects.filter(
            user=user, status=ConsentStatus.OPEN, expires_at__gt=timezone.now()
        )
        .select_related("organisation", "created_by")
        .order_by("-created_at")
    )
    invitations = list(
        NetworkInvitation.objects.filter(organisation__staff__user=user, status=ConsentStatus.OPEN)
        .select_related("organisation", "network", "created_by")
        .order_by("-created_at")
    )
    return PendingConsents(staff_requests, invitations)


def open_staff_requests(organisation: Organisation) -> list[StaffRequest]:
    return list(
        StaffRequest.objects.filter(
            organisation=organisation, status=ConsentStatus.OPEN, expires_at__gt=timezone.now()
        )
        .select_related("user", "created_by")
        .order_by("-created_at")
    )


def open_network_invitations(network: Network) -> list[NetworkInvitation]:
    return list(
        NetworkInvitation.objects.filter(network=network, status=ConsentStatus.OPEN)
        .select_related("organisation", "created_by")
        .order_by("-created_at")
    )


def coordinator_emails(network: Network) -> list[str]:
    """Addresses of the people who work for the network's coordinating organisations."""
    return sorted(
        set(
            User.objects.filter(
                is_active=True,
                staff_positions__organisation__memberships__network=network,
                staff_positions__organisation__memberships__role=MembershipRole.COORDINATOR,
                staff_positions__organisation__memberships__status=MembershipStatus.MEMBER,
            ).values_list("email", flat=True)
        )
    )


def all_networks() -> QuerySet[Network]:
    return Network.objects.select_related("district").order_by("name", "pk")


def public_organisation(slug: str) -> Organisation:
    """An organisation with what its public profile shows about it."""
    return get_object_or_404(
        Organisation.objects.select_related("district").prefetch_related(
            "target_groups", "topics", _current_memberships()
        ),
        slug=slug,
    )


@dataclass
class EasyReadNetworkPage:
    """What the network's page in Leichte Sprache tells: who is in it and how to reach them."""

    network: Network
    coordinators: list[Organisation]
    members: list[Organisation]
    offer_count: int


def easy_read_network(network: Network) -> EasyReadNetworkPage:
    page = network_detail(network)
    organisations = [membership.organisation for membership in page.memberships]
    coordinating = {m.organisation_id for m in page.memberships if m.is_coordinator}
    return EasyReadNetworkPage(
        network=network,
        coordinators=[o for o in organisations if o.pk in coordinating],
        members=organisations,
        offer_count=page.offer_count,
    )


def networks_to_join() -> list[Network]:
    return list(Network.objects.order_by("name"))
