"""Reads for the offers directory, offer pages and needs, shaped for one page each."""

from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import (
    Case,
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Value,
    When,
)
from django.shortcuts import get_object_or_404

from netzwerkstatt.networks.models import Membership, MembershipStatus, Network
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


def directory_offers(filters: dict[str, Any]) -> QuerySet[Offer]:
    """Public offers matching the directory's filters, in directory order, with card data."""
    return _with_card_data(filter_offers(public_offers(), filters).order_by("title", "pk"))


def directory_offers_in_full(filters: dict[str, Any]) -> QuerySet[Offer]:
    """The directory's offers with every field of their own pages (the API's list)."""
    return directory_offers(filters).select_related("district").prefetch_related("topics")


def offer_directory(filters: dict[str, Any], *, page: Any = 1) -> Page:
    return Paginator(directory_offers(filters), DIRECTORY_PAGE_SIZE).get_page(page)


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
