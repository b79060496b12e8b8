"""Reads for the offers directory, offer pages and needs, shaped for one page each."""

import dataclasses
import datetime
import math
from typing import Any, NamedTuple

from django.core.paginator import Page, Paginator
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    FloatField,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.expressions import ExpressionWrapper
from django.shortcuts import get_object_or_404
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from netzwerkstatt.networks.models import Membership, MembershipStatus, Network, Organisation
from netzwerkstatt.offers import search
from netzwerkstatt.offers.models import (
    HelpOffer,
    HelpOfferStatus,
    Need,
    NeedPriority,
    NeedStatus,
    Offer,
    OfferStatus,
    WeeklySlot,
)

DIRECTORY_PAGE_SIZE = 20


def _with_card_data(offers: QuerySet[Offer]) -> QuerySet[Offer]:
    """Everything _offer_card.html shows, in a fixed number of queries."""
    return offers.select_related("organisation").prefetch_related(
        "target_groups",
        "languages",
        Prefetch("weekly_slots", queryset=WeeklySlot.objects.order_by("weekday", "start_time")),
    )


def public_offers() -> QuerySet[Offer]:
    """Active offers of organisations that are members of at least one network."""
    is_member = Membership.objects.filter(
        organisation=OuterRef("organisation"), status=MembershipStatus.MEMBER
    )
    return Offer.objects.filter(Exists(is_member), status=OfferStatus.ACTIVE)


def filter_offers(offers: QuerySet[Offer], filters: dict[str, Any]) -> QuerySet[Offer]:
    """Apply directory filters: OR within one filter, AND between filters."""
    if filters.get("q"):
        offers = search.filter_by_text(offers, filters["q"])
    for param, field in (
        ("zielgruppe", "target_groups"),
        ("thema", "topics"),
        ("sprache", "languages"),
    ):
        if filters.get(param):
            through = Offer._meta.get_field(field).remote_field.through
            match = through.objects.filter(
                offer_id=OuterRef("pk"), **{f"{through_target(through)}__in": filters[param]}
            )
            offers = offers.filter(Exists(match))
    if filters.get("tag"):
        offers = offers.filter(
            Exists(WeeklySlot.objects.filter(offer=OuterRef("pk"), weekday__in=filters["tag"]))
        )
    if filters.get("kostenlos"):
        offers = offers.filter(is_free=True)
    age = filters.get("alter")
    if age is not None:
        offers = offers.filter(Q(age_min__isnull=True) | Q(age_min__lte=age)).filter(
            Q(age_max__isnull=True) | Q(age_max__gte=age)
        )
    if filters.get("stadtteil"):
        offers = offers.filter(district=filters["stadtteil"])
    if filters.get("netzwerk"):
        offers = offers.filter(
            Exists(
                Membership.objects.filter(
                    organisation=OuterRef("organisation"),
                    network=filters["netzwerk"],
                    status=MembershipStatus.MEMBER,
                )
            )
        )
    return offers


def through_target(through) -> str:
    """The field name of the taxonomy side of an Offer M2M table."""
    return next(f.name for f in through._meta.fields if f.name not in {"id", "offer"})


class Point(NamedTuple):
    latitude: float
    longitude: float


def _by_distance(offers: QuerySet[Offer], near: Point) -> QuerySet[Offer]:
    """Nearest first, offers without a place last.

    Plain arithmetic that SQLite and PostgreSQL both know: degrees of longitude shrunk by the
    cosine of the latitude, squared. Exact enough to order places within a city.
    """
    shrink = math.cos(math.radians(near.latitude))
    east = (F("longitude") - near.longitude) * shrink
    north = F("latitude") - near.latitude
    return offers.annotate(
        distance_rank=ExpressionWrapper(east * east + north * north, output_field=FloatField())
    ).order_by(F("distance_rank").asc(nulls_last=True), "title", "pk")


def distance_km(near: Point, latitude: float | None, longitude: float | None) -> float | None:
    """Great-circle distance (haversine), for showing; None without a place."""
    if latitude is None or longitude is None:
        return None
    lat1, lat2 = math.radians(near.latitude), math.radians(latitude)
    dlat, dlon = lat2 - lat1, math.radians(longitude - near.longitude)
    a = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def directory_offers(filters: dict[str, Any]) -> QuerySet[Offer]:
    """Public offers matching the directory's filters, in directory order, with card data.

    With `near` (a Point), nearest first."""
    offers = filter_offers(public_offers(), filters)
    near = filters.get("near")
    offers = _by_distance(offers, near) if near else offers.order_by("title", "pk")
    return _with_card_data(offers)


def directory_offers_in_full(filters: dict[str, Any]) -> QuerySet[Offer]:
    """The directory's offers with every field of their own pages (the API's list)."""
    return directory_offers(filters).select_related("district").prefetch_related("topics")


def offer_directory(filters: dict[str, Any], *, page: Any = 1) -> Page:
    return Paginator(directory_offers(filters), DIRECTORY_PAGE_SIZE).get_page(page)


# The map ----------------------------------------------------------------------------------


@dataclasses.dataclass
class MapPlaces:
    """The markers of the directory's map: offers grouped by their place."""

    places: list[dict] = dataclasses.field(default_factory=list)
    total: int = 0  # offers matching the filters
    without_place: int = 0  # of those, offers without coordinates (not on the map)
    shown: int = 0  # offers on the map
    truncated: bool = False  # more offers with a place than the map takes


def next_time(slots: list[WeeklySlot], now: datetime.datetime) -> str:
    """The next weekly time from `now` on, as a short text in the current language."""
    today, time_now = now.date(), now.time()
    best = None
    for slot in slots:
        days = (slot.weekday - today.weekday()) % 7
        if days == 0 and slot.end_time <= time_now:
            days = 7
        key = (days, slot.start_time)
        if best is None or key < best[0]:
            best = (key, slot)
    if best is None:
        return ""
    (days, _start), slot = best
    day = today + datetime.timedelta(days=days)
    return _("%(weekday)s, %(date)s, %(start)s–%(end)s") % {
        "weekday": slot.get_weekday_display(),
        "date": formats.date_format(day, "SHORT_DATE_FORMAT"),
        "start": formats.time_format(slot.start_time, "TIME_FORMAT"),
        "end": formats.time_format(slot.end_time, "TIME_FORMAT"),
    }


def map_places(filters: dict[str, Any], *, limit: int) -> MapPlaces:
    """The directory's results (all pages) as places on a map, in three queries.

    The same filters and the same public offers as the list; offers at the same coordinates
    share one marker."""
    offers = filter_offers(public_offers(), filters)
    has_place = Q(latitude__isnull=False, longitude__isnull=False)
    counts = offers.aggregate(total=Count("pk"), placed=Count("pk", filter=has_place))
    placed = (
        offers.filter(has_place)
        .select_related("organisation")
        .prefetch_related(
            Prefetch("weekly_slots", queryset=WeeklySlot.objects.order_by("weekday", "start_time"))
        )
    )
    near = filters.get("near")
    placed = _by_distance(placed, near) if near else placed.order_by("title", "pk")
    rows = list(placed[:limit])
    now = timezone.localtime()
    places: dict[tuple[float, float], dict] = {}
    for offer in rows:
        key = (round(offer.latitude, 5), round(offer.longitude, 5))
        place = places.get(key)
        if place is None:
            place = places[key] = {
                "lat": key[0],
                "lon": key[1],
                "name": offer.place_name or offer.address_line or offer.organisation.name,
                "offers": [],
            }
        title = offer.translated("title")
        place["offers"].append(
            {
                # The visitor's language where the organisation wrote one, as in the list.
                "title": str(title),
                "lang": "de" if title.is_fallback else None,
                "url": offer.get_absolute_url(),
                "organisation": offer.organisation.name,
                "next": next_time(list(offer.weekly_slots.all()), now),
            }
        )
    return MapPlaces(
        places=list(places.values()),
        total=counts["total"],
        without_place=counts["total"] - counts["placed"],
        shown=len(rows),
        truncated=counts["placed"] > len(rows),
    )


@dataclasses.dataclass
class KnownPlace:
    label: str
    point: Point


def known_place(name: str) -> KnownPlace | None:
    """A street or place this installation knows (of its offers and organisations) by name.

    No outside geocoder: a visitor's address goes nowhere but here. "Gorkistr." finds
    "Gorkistraße 120"."""
    term = " ".join(name.split())[:100]
    if term.casefold().endswith("str."):
        term = term[:-4] + "straße"
    elif term.casefold().endswith("str"):
        term = term[:-3] + "straße"
    if len(term) < 3:
        return None
    has_place = Q(latitude__isnull=False, longitude__isnull=False)
    for rows in (
        public_offers()
        .filter(has_place)
        .filter(Q(street__icontains=term) | Q(place_name__icontains=term))
        .order_by("street", "pk")
        .values_list("street", "place_name", "latitude", "longitude"),
        Organisation.objects.filter(has_place, street__icontains=term)
        .order_by("street", "pk")
        .values_list("street", "name", "latitude", "longitude"),
    ):
        found = rows.first()
        if found:
            street, place_name, latitude, longitude = found
            label = street if term.casefold() in street.casefold() else place_name
            return KnownPlace(label=label, point=Point(latitude, longitude))
    return None


def offer_detail(pk: int) -> Offer:
    offers = Offer.objects.select_related("organisation", "district").prefetch_related(
        "target_groups", "topics", "languages", "weekly_slots"
    )
    return get_object_or_404(offers, pk=pk)


def offer_is_public(offer: Offer) -> bool:
    return public_offers().filter(pk=offer.pk).exists()


def _rank(field: str, order: list[str]) -> Case:
    """Sort a choice field in its meaningful order rather than alphabetically."""
    whens = [When(**{field: value}, then=Value(rank)) for rank, value in enumerate(order)]
    return Case(*whens, default=Value(len(order)), output_field=IntegerField())


def needs_of_network(network: Network, *, status: str | None = None) -> QuerySet[Need]:
    needs = (
        Need.objects.filter(network=network)
        .select_related("raised_by", "district")
        .prefetch_related("target_groups", "topics", "answering_offers")
        .annotate(
            status_rank=_rank("status", [NeedStatus.OPEN, NeedStatus.IN_PROGRESS, NeedStatus.MET]),
            priority_rank=_rank(
                "priority", [NeedPriority.HIGH, NeedPriority.MEDIUM, NeedPriority.LOW]
            ),
        )
        .order_by("status_rank", "priority_rank", "-created_at")
    )
    if status in NeedStatus.values:
        needs = needs.filter(status=status)
    return needs


def need_detail(pk: int) -> Need:
    needs = Need.objects.select_related("network", "raised_by", "district", "created_by")
    needs = needs.prefetch_related(
        "target_groups",
        "topics",
        Prefetch("answering_offers", queryset=_with_card_data(Offer.objects.order_by("title"))),
    )
    return get_object_or_404(needs, pk=pk)


def pending_raised_by_confirmations(user) -> list[Need]:
    """Needs naming one of the user's organisations as having raised them, awaiting its word."""
    if not user.is_authenticated:
        return []
    return list(
        Need.objects.filter(
            raised_by__staff__user=user,
            raised_by__isnull=False,
            raised_by_confirmed_at__isnull=True,
        )
        .select_related("raised_by", "network", "raised_by_named_by")
        .order_by("created_at", "pk")
    )


# Public needs ("Wir suchen …") and offers of help ------------------------------------------


def public_needs(network: Network) -> QuerySet[Need]:
    """The needs the coordinators show to the public, newest first; met ones are gone."""
    return (
        Need.objects.filter(network=network, is_public=True)
        .exclude(status=NeedStatus.MET)
        .prefetch_related("target_groups")
        .order_by("-published_at", "-pk")
    )


def public_need(pk: int) -> Need:
    needs = Need.objects.filter(is_public=True).exclude(status=NeedStatus.MET)
    return get_object_or_404(
        needs.select_related("network", "district").prefetch_related("target_groups", "topics"),
        pk=pk,
    )


def help_offer_queue(network: Network, *, status: str) -> QuerySet[HelpOffer]:
    return (
        HelpOffer.objects.filter(need__network=network, status=status)
        .select_related("need", "handled_by", "join_request")
        .order_by("-created_at", "-pk")
    )


def help_offer_counts(network: Network) -> dict[str, int]:
    counts = dict(
        HelpOffer.objects.filter(need__network=network)
        .values("status")
        .annotate(count=Count("pk"))
        .values_list("status", "count")
    )
    return {status: counts.get(status, 0) for status in HelpOfferStatus.values}


def help_offers_of_need(need: Need, *, everything: bool) -> list[HelpOffer]:
    """The offers of help kept as notes on the need (members see them); with `everything`, the
    coordinators' view, also those still waiting or otherwise handled."""
    found = HelpOffer.objects.filter(need=need)
    if not everything:
        found = found.filter(status=HelpOfferStatus.NOTED)
    return list(found.exclude(status=HelpOfferStatus.DISMISSED).order_by("created_at", "pk"))
