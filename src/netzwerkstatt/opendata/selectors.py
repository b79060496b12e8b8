"""What open data may show, for the HSDS API and the bulk export alike.

Exactly what the public pages show: active offers of organisations that are members of a
network (offers.selectors.public_offers), those organisations, and the shared vocabulary.
Applicants, former members, paused or ended offers, needs and people are never read here.
Every list runs a fixed number of queries however many rows it holds (pinned in
tests/opendata/test_api.py).
"""

import datetime
import threading
import uuid
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import Exists, Max, Model, OuterRef, Prefetch, Q, QuerySet

from netzwerkstatt.core.models import TaxonomyTerm
from netzwerkstatt.networks.models import Membership, MembershipStatus, Network, Organisation
from netzwerkstatt.offers import search
from netzwerkstatt.offers import selectors as offer_selectors
from netzwerkstatt.offers.models import Offer, WeeklySlot
from netzwerkstatt.opendata.hsds import TAXONOMIES, Taxonomy, hsds_id


@dataclass
class Listing:
    """One page of a list: its rows and what the HSDS page envelope needs."""

    rows: list[Any]
    total: int
    page: int
    per_page: int


def _page(rows: QuerySet | list, *, page: int, per_page: int) -> Listing:
    total = rows.count() if isinstance(rows, QuerySet) else len(rows)
    start = (page - 1) * per_page
    # A page past the end is empty, not an error: a client paging on just sees `empty`.
    chunk = list(rows[start : start + per_page]) if start < total else []
    return Listing(rows=chunk, total=total, page=page, per_page=per_page)


def public_organisations(network: Network | None = None) -> QuerySet[Organisation]:
    memberships = Membership.objects.filter(
        organisation=OuterRef("pk"), status=MembershipStatus.MEMBER
    )
    if network is not None:
        memberships = memberships.filter(network=network)
    return Organisation.objects.filter(Exists(memberships))


def public_offers(network: Network | None = None) -> QuerySet[Offer]:
    offers = offer_selectors.public_offers()
    if network is not None:
        offers = offers.filter(
            Exists(
                Membership.objects.filter(
                    organisation=OuterRef("organisation"),
                    network=network,
                    status=MembershipStatus.MEMBER,
                )
            )
        )
    return offers


def _summary_data(offers: QuerySet[Offer]) -> QuerySet[Offer]:
    """What the one-to-one fields need: the eligibility names the target groups."""
    return offers.select_related("organisation").prefetch_related("target_groups")


def with_service_data(offers: QuerySet[Offer]) -> QuerySet[Offer]:
    """Everything a fully nested service needs, in a fixed number of queries."""
    return offers.select_related(
        "organisation", "organisation__district", "district"
    ).prefetch_related(
        "target_groups",
        "topics",
        "languages",
        Prefetch("weekly_slots", queryset=WeeklySlot.objects.order_by("weekday", "start_time")),
    )


class _KnownIds:
    """Public UUIDs of one kind of row, mapped back to primary keys.

    A UUID 5 cannot be reversed, but the UUID of a primary key never changes (for one
    namespace), so the map only grows: it covers every key from 1 to the highest it has seen
    and is extended to the table's current highest key when a UUID is not in it. A lookup
    then costs a dictionary access (plus one query for an unknown UUID) instead of hashing
    every row of the table. Whether the row exists and may be shown is asked of the database.
    """

    def __init__(self) -> None:
        self.pk_of: dict[int, int] = {}
        self.highest = 0
        self.lock = threading.Lock()

    def extend(self, kind: str, highest: int) -> None:
        with self.lock:
            for pk in range(self.highest + 1, highest + 1):
                self.pk_of[uuid.UUID(hsds_id(kind, pk)).int] = pk
            self.highest = max(self.highest, highest)


_known_ids: dict[tuple[str, str], _KnownIds] = {}


def _pk_for(model: type[Model], kind: str, wanted: uuid.UUID) -> int | None:
    """The primary key whose public UUID is `wanted`; whether that row exists is not asked."""
    known = _known_ids.setdefault((settings.HSDS_ID_NAMESPACE, kind), _KnownIds())
    pk = known.pk_of.get(wanted.int)
    if pk is None:
        highest = model.objects.aggregate(highest=Max("pk"))["highest"] or 0
        if highest > known.highest:
            known.extend(kind, highest)
            pk = known.pk_of.get(wanted.int)
    return pk


def organisation_pk(wanted: uuid.UUID) -> int | None:
    pk = _pk_for(Organisation, "organization", wanted)
    return pk if pk is not None and public_organisations().filter(pk=pk).exists() else None


def taxonomy_by_id(wanted: uuid.UUID) -> Taxonomy | None:
    return next((tax for tax in TAXONOMIES if tax.id == str(wanted)), None)


def term_by_id(wanted: uuid.UUID) -> tuple[Taxonomy, TaxonomyTerm] | None:
    for tax in TAXONOMIES:
        for term in tax.model.objects.all():
            if tax.term_id(term) == str(wanted):
                return tax, term
    return None


@dataclass
class OfferFilters:
    """Filters of /services and /service_at_locations; None where not asked for.

    An id that names nothing of ours (`unknown`) matches no offer rather than all of them.
    """

    search: str = ""
    term: tuple[Taxonomy, TaxonomyTerm] | None = None
    taxonomy: Taxonomy | None = None
    organisation_pk: int | None = None
    modified_after: datetime.datetime | None = None
    postcode: str = ""
    unknown: bool = False


def filter_offers(offers: QuerySet[Offer], filters: OfferFilters) -> QuerySet[Offer]:
    if filters.unknown:
        return offers.none()
    if filters.search:
        offers = search.filter_by_text(offers, filters.search)
    if filters.term is not None:
        tax, term = filters.term
        through = getattr(Offer, tax.key).through
        field = offer_selectors.through_target(through)
        offers = offers.filter(
            Exists(through.objects.filter(offer_id=OuterRef("pk"), **{field: term}))
        )
    if filters.taxonomy is not None:
        through = getattr(Offer, filters.taxonomy.key).through
        offers = offers.filter(Exists(through.objects.filter(offer_id=OuterRef("pk"))))
    if filters.organisation_pk is not None:
        offers = offers.filter(organisation_id=filters.organisation_pk)
    if filters.modified_after is not None:
        offers = offers.filter(updated_at__gte=filters.modified_after)
    if filters.postcode:
        offers = offers.filter(
            Q(postcode=filters.postcode)
            | Q(
                street="",
                place_name="",
                latitude__isnull=True,
                organisation__postcode=filters.postcode,
            )
        )
    return offers


def _ordered(offers: QuerySet[Offer]) -> QuerySet[Offer]:
    return offers.order_by("title", "pk")


def service_list(filters: OfferFilters, *, page: int, per_page: int, full: bool = False) -> Listing:
    offers = filter_offers(public_offers(), filters)
    offers = with_service_data(offers) if full else _summary_data(offers)
    return _page(_ordered(offers), page=page, per_page=per_page)


def service_detail(wanted: uuid.UUID) -> Offer | None:
    pk = _pk_for(Offer, "service", wanted)
    return None if pk is None else with_service_data(public_offers().filter(pk=pk)).first()


def _with_location(offers: QuerySet[Offer]) -> QuerySet[Offer]:
    """Offers with a place of their own or an organisation with an address."""
    return offers.filter(
        ~Q(street="")
        | ~Q(place_name="")
        | Q(latitude__isnull=False)
        | ~Q(organisation__street="")
        | Q(organisation__latitude__isnull=False)
    )


def service_at_location_list(
    filters: OfferFilters, *, page: int, per_page: int, full: bool = False
) -> Listing:
    offers = _with_location(filter_offers(public_offers(), filters))
    offers = (
        with_service_data(offers)
        if full
        else _summary_data(offers).select_related("organisation__district", "district")
    )
    return _page(_ordered(offers), page=page, per_page=per_page)


def service_at_location_detail(wanted: uuid.UUID) -> Offer | None:
    pk = _pk_for(Offer, "service_at_location", wanted)
    if pk is None:
        return None
    return with_service_data(_with_location(public_offers()).filter(pk=pk)).first()


def _with_organisation_data(
    organisations: QuerySet[Organisation], *, full_services: bool
) -> QuerySet[Organisation]:
    offers = public_offers().order_by("title", "pk")
    offers = with_service_data(offers) if full_services else _summary_data(offers)
    return organisations.select_related("district").prefetch_related(
        "target_groups",
        "topics",
        Prefetch("offers", queryset=offers, to_attr="public_offers"),
    )


def organisation_list(
    *, search_text: str, page: int, per_page: int, full: bool = False, full_services: bool = False
) -> Listing:
    organisations = public_organisations()
    if search_text:
        organisations = organisations.filter(
            Q(name__icontains=search_text)
            | Q(short_name__icontains=search_text)
            | Q(description__icontains=search_text)
        )
    if full:
        organisations = _with_organisation_data(organisations, full_services=full_services)
    return _page(organisations.order_by("name", "pk"), page=page, per_page=per_page)


def organisation_detail(wanted: uuid.UUID, *, full_services: bool = False) -> Organisation | None:
    pk = _pk_for(Organisation, "organization", wanted)
    if pk is None:
        return None
    organisations = public_organisations().filter(pk=pk)
    return _with_organisation_data(organisations, full_services=full_services).first()


def taxonomy_list(*, search_text: str, page: int, per_page: int) -> Listing:
    needle = search_text.casefold()
    taxonomies = [tax for tax in TAXONOMIES if needle in tax.name.casefold()]
    return _page(taxonomies, page=page, per_page=per_page)


def taxonomy_term_list(
    *,
    search_text: str,
    taxonomy: Taxonomy | None,
    nothing: bool,
    page: int,
    per_page: int,
) -> Listing:
    """Terms of our vocabularies; `nothing` when asked for children (ours are flat) or for a
    taxonomy that is not ours."""
    if nothing:
        return _page([], page=page, per_page=per_page)
    terms: list[tuple[Taxonomy, TaxonomyTerm]] = []
    for tax in TAXONOMIES:
        if taxonomy is not None and tax != taxonomy:
            continue
        rows = tax.model.objects.order_by("position", "name", "pk")
        if search_text:
            rows = rows.filter(name__icontains=search_text)
        terms.extend((tax, term) for term in rows)
    return _page(terms, page=page, per_page=per_page)


@dataclass
class Package:
    """Everything an HSDS data package of one network (or all) holds."""

    organisations: list[Organisation]
    offers: list[Offer]
    terms: list[tuple[Taxonomy, TaxonomyTerm]]


def package(network: Network | None = None) -> Package:
    # Their offers are the package's offers, grouped by the export: not fetched twice.
    organisations = list(
        public_organisations(network)
        .select_related("district")
        .prefetch_related("target_groups", "topics")
        .order_by("name", "pk")
    )
    offers = list(_ordered(with_service_data(public_offers(network))))
    terms = [
        (tax, term) for tax in TAXONOMIES for term in tax.model.objects.order_by("position", "pk")
    ]
    return Package(organisations=organisations, offers=offers, terms=terms)
