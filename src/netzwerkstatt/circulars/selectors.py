"""What the circular pages, the sending task and the weekly digest read.

The audience of a circular is computed as one query (`audience_users`) that the sending
service turns into delivery rows inside the database, so a circular to thousands of people
costs the same few queries as one to ten.
"""

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import Case, Count, Q, QuerySet, Value, When
from django.utils import timezone

from netzwerkstatt.accounts.models import User
from netzwerkstatt.circulars.models import (
    Circular,
    CircularDelivery,
    DeliveryState,
    MailPreference,
)
from netzwerkstatt.core.models import TargetGroup
from netzwerkstatt.networks.models import (
    MembershipRole,
    MembershipStatus,
    Network,
    Organisation,
)

DELIVERY_PAGE_SIZE = 100


@dataclass(frozen=True)
class Audience:
    """Who a circular goes to: organisations (ids), membership role, offers' target groups."""

    organisation_ids: tuple[int, ...] = ()
    role: str = ""
    target_group_ids: tuple[int, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "organisations": list(self.organisation_ids),
            "role": self.role,
            "target_groups": list(self.target_group_ids),
        }


def member_organisations(network: Network) -> QuerySet[Organisation]:
    """The network's member organisations, the only ones a circular can reach."""
    return Organisation.objects.filter(
        memberships__network=network, memberships__status=MembershipStatus.MEMBER
    ).order_by("name")


def _audience_organisations(network: Network, audience: Audience) -> QuerySet[Organisation]:
    membership = {"memberships__network": network, "memberships__status": MembershipStatus.MEMBER}
    if audience.role in MembershipRole.values:
        # In the same filter() as the network, so the role is the one in this network, not in
        # any network the organisation belongs to.
        membership["memberships__role"] = audience.role
    organisations = Organisation.objects.filter(**membership)
    if audience.organisation_ids:
        organisations = organisations.filter(pk__in=audience.organisation_ids)
    if audience.target_group_ids:
        organisations = organisations.filter(offers__target_groups__in=audience.target_group_ids)
    return organisations


def _contacts(network: Network, audience: Audience) -> QuerySet[User]:
    """Active accounts with an address on the staff of the chosen member organisations.

    Filtered by `pk__in` rather than joined, so a person working for two of them is one row.
    """
    organisations = _audience_organisations(network, audience)
    return (
        User.objects.filter(
            is_active=True, staff_positions__organisation__in=organisations.values("pk")
        )
        .exclude(email="")
        .distinct()
        .order_by()
    )


def audience_users(network: Network, audience: Audience) -> QuerySet[User]:
    """The people a circular goes to: the contacts minus those who unsubscribed from circulars."""
    return User.objects.filter(pk__in=_contacts(network, audience).values("pk")).exclude(
        mail_preference__circulars=False
    )


@dataclass(frozen=True)
class AudienceCount:
    people: int
    organisations: int
    unsubscribed: int
    # Of `people`: addresses that came back undeliverable from an earlier circular of this
    # network. They still get it (a mailbox may work again); the coordinator is warned.
    bounced: int = 0


def count_audience(network: Network, audience: Audience) -> AudienceCount:
    """How many people and organisations a circular reaches, how many opted out, and how many
    addresses bounced before (3 queries)."""
    contacts = _contacts(network, audience)
    totals = User.objects.filter(pk__in=contacts.values("pk")).aggregate(
        people=Count("pk", filter=~Q(mail_preference__circulars=False)),
        unsubscribed=Count("pk", filter=Q(mail_preference__circulars=False)),
    )
    organisations = (
        _audience_organisations(network, audience)
        .filter(
            staff__user__in=audience_users(network, audience).values("pk"),
        )
        .distinct()
        .count()
    )
    bounced = (
        CircularDelivery.objects.filter(
            circular__network=network,
            state=DeliveryState.BOUNCED,
            user__in=audience_users(network, audience).values("pk"),
        )
        .values("email")
        .distinct()
        .count()
    )
    return AudienceCount(
        people=totals["people"],
        organisations=organisations,
        unsubscribed=totals["unsubscribed"],
        bounced=bounced,
    )


def target_groups() -> QuerySet[TargetGroup]:
    return TargetGroup.objects.order_by("name")


def circular_archive(network: Network) -> list[Circular]:
    return list(Circular.objects.filter(network=network).select_related("author", "network"))


def latest_circulars(network: Network, *, limit: int = 3) -> list[Circular]:
    return list(Circular.objects.filter(network=network).select_related("network")[:limit])


def get_circular(network: Network, pk: int) -> Circular | None:
    return (
        Circular.objects.select_related("network", "author").filter(network=network, pk=pk).first()
    )


@dataclass
class DeliveryReport:
    counts: dict[str, int]
    page: Page
    total: int

    @property
    def problems(self) -> int:
        return self.counts.get(DeliveryState.FAILED, 0) + self.counts.get(DeliveryState.BOUNCED, 0)


def delivery_report(circular: Circular, *, page: Any = 1) -> DeliveryReport:
    """State counts and one page of deliveries, failed and bounced first (3 queries)."""
    counts = {
        row["state"]: row["n"]
        for row in CircularDelivery.objects.filter(circular=circular)
        .values("state")
        .annotate(n=Count("pk"))
        .order_by()
    }
    deliveries = (
        CircularDelivery.objects.filter(circular=circular)
        .annotate(
            rank=Case(
                When(state__in=[DeliveryState.FAILED, DeliveryState.BOUNCED], then=Value(0)),
                default=Value(1),
            )
        )
        .order_by("rank", "email")
    )
    paginator = Paginator(deliveries, DELIVERY_PAGE_SIZE)
    # The state counts already give the total; spare the paginator its own COUNT.
    paginator.count = sum(counts.values())
    return DeliveryReport(counts=counts, page=paginator.get_page(page), total=paginator.count)


def preference_of(user: User) -> MailPreference:
    """The person's settings, or the defaults (not saved) when they never chose."""
    return MailPreference.objects.filter(user=user).first() or MailPreference(user=user)


# --- the weekly digest ------------------------------------------------------------------------


@dataclass
class Digest:
    since: datetime.datetime
    networks: list[Network]
    posts: list = field(default_factory=list)
    new_offers: list = field(default_factory=list)
    changed_offers: list = field(default_factory=list)
    needs: list = field(default_factory=list)
    meetings: list = field(default_factory=list)
    events: list = field(default_factory=list)
    action_items: list = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (
            self.posts
            or self.new_offers
            or self.changed_offers
            or self.needs
            or self.meetings
            or self.events
            or self.action_items
        )


DIGEST_DAYS_AHEAD = 14
DIGEST_LIMIT = 10


def digest_recipients() -> QuerySet[MailPreference]:
    return (
        MailPreference.objects.filter(digest="weekly", user__is_active=True)
        .exclude(user__email="")
        .select_related("user")
    )


def digest_for(user: User, *, now: datetime.datetime | None = None) -> Digest:
    """What happened in the person's networks in the last week and what comes in the next two."""
    from netzwerkstatt.events.models import EventDate
    from netzwerkstatt.events.selectors import published_events
    from netzwerkstatt.meetings.models import ActionItem, Meeting
    from netzwerkstatt.news.models import Post
    from netzwerkstatt.offers.models import Need, NeedStatus, Offer, OfferStatus

    now = now or timezone.now()
    since = now - datetime.timedelta(days=7)
    until = now + datetime.timedelta(days=DIGEST_DAYS_AHEAD)
    networks = list(
        Network.objects.filter(
            memberships__status=MembershipStatus.MEMBER,
            memberships__organisation__staff__user=user,
        ).distinct()
    )
    digest = Digest(since=since, networks=networks)
    if not networks:
        digest.action_items = []
        return digest
    digest.posts = list(
        Post.objects.public()
        .filter(network__in=networks, published_at__gte=since, published_at__lte=now)
        .select_related("network")
        .order_by("-published_at")[:DIGEST_LIMIT]
    )
    offers = list(
        Offer.objects.filter(
            status=OfferStatus.ACTIVE,
            updated_at__gte=since,
            organisation__memberships__network__in=networks,
            organisation__memberships__status=MembershipStatus.MEMBER,
        )
        .select_related("organisation")
        .distinct()
        .order_by("-updated_at")[: DIGEST_LIMIT * 2]
    )
    digest.new_offers = [offer for offer in offers if offer.created_at >= since]
    digest.changed_offers = [offer for offer in offers if offer.created_at < since]
    digest.needs = list(
        # Open needs recorded or changed this week: the ones that stay open are on the
        # network's needs page and would make every digest look the same.
        Need.objects.filter(network__in=networks, status=NeedStatus.OPEN, updated_at__gte=since)
        .select_related("network", "raised_by")
        .order_by("-created_at")[:DIGEST_LIMIT]
    )
    digest.meetings = list(
        Meeting.objects.filter(
            network__in=networks, starts_at__gte=now, starts_at__lt=until, is_cancelled=False
        )
        .select_related("network")
        .order_by("starts_at")[:DIGEST_LIMIT]
    )
    digest.events = list(
        EventDate.objects.filter(
            event__in=published_events().filter(network__in=networks),
            starts_at__gte=now,
            starts_at__lt=until,
        )
        .select_related("event")
        .order_by("starts_at")[:DIGEST_LIMIT]
    )
    digest.action_items = list(
        ActionItem.objects.filter(closed_at__isnull=True)
        .filter(Q(owner_user=user) | Q(owner_organisation__staff__user=user))
        .select_related("meeting__network")
        .distinct()
        .order_by("due_date", "pk")[:DIGEST_LIMIT]
    )
    return digest
