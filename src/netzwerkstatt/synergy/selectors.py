"""Reads for the synergy pages: findings, the best matches for a need, the gap overview."""

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import Count, Prefetch, Q, QuerySet

from netzwerkstatt.core.models import District, TargetGroup, Topic
from netzwerkstatt.networks.models import Network, Organisation
from netzwerkstatt.offers.models import Need, NeedStatus, Offer, WeeklySlot
from netzwerkstatt.synergy import index_cache, records
from netzwerkstatt.synergy.engine import DEFAULT_MIN_SCORE, Reason
from netzwerkstatt.synergy.models import (
    FindingStatus,
    ParallelOfferFinding,
    SynergyRefresh,
    SynergySettings,
)

# Needs still waiting for an answer; met needs are no gap any more.
OPEN_NEED_STATUSES = [NeedStatus.OPEN, NeedStatus.IN_PROGRESS]


def _offer_with_card_data() -> QuerySet[Offer]:
    # The district is shown beside city-wide cards (synergy/_offer_context.html).
    return Offer.objects.select_related("organisation", "district").prefetch_related(
        "target_groups",
        "languages",
        Prefetch("weekly_slots", queryset=WeeklySlot.objects.order_by("weekday", "start_time")),
    )


#: Findings per page of Synergien (a network's and the city-wide list). Each finding shows two
#: offer cards and a decision form; ten are what a coordinator works through at a time, and
#: rendering half as many brings the page near 100 ms on a city's data (bench/README.md).
FINDINGS_PAGE_SIZE = 10


def findings_of_network(network: Network, *, status: str | None = None, page: Any = 1) -> Page:
    """Current findings, best first, one page; without `status` those still to discuss."""
    findings = ParallelOfferFinding.objects.filter(network=network, is_current=True)
    if status in FindingStatus.values:
        findings = findings.filter(status=status)
    else:
        findings = findings.filter(status__in=[FindingStatus.NEW, FindingStatus.NEXT_MEETING])
    findings = (
        findings.select_related("status_changed_by")
        .prefetch_related(
            Prefetch("offer_a", queryset=_offer_with_card_data()),
            Prefetch("offer_b", queryset=_offer_with_card_data()),
        )
        .order_by("-score", "pk")
    )
    return Paginator(findings, FINDINGS_PAGE_SIZE).get_page(page)


def finding_card(pk: int) -> ParallelOfferFinding:
    return (
        ParallelOfferFinding.objects.select_related("network", "status_changed_by")
        .prefetch_related(
            Prefetch("offer_a", queryset=_offer_with_card_data()),
            Prefetch("offer_b", queryset=_offer_with_card_data()),
        )
        .get(pk=pk)
    )


def status_counts(network: Network) -> dict[str, int]:
    counts = dict.fromkeys(FindingStatus.values, 0)
    current = ParallelOfferFinding.objects.filter(network=network, is_current=True)
    for row in current.values("status").annotate(count=Count("pk")).order_by():
        counts[row["status"]] = row["count"]
    return counts


def threshold_of(network: Network) -> float:
    """The score from which the network's parallel offers are reported."""
    chosen = (
        SynergySettings.objects.filter(network=network).values_list("min_score", flat=True).first()
    )
    return DEFAULT_MIN_SCORE if chosen is None else chosen


def last_refresh(network: Network) -> SynergyRefresh | None:
    return SynergyRefresh.objects.filter(network=network).first()


@dataclass
class OfferSuggestion:
    offer: Offer
    score: float
    reasons: tuple[Reason, ...]


@dataclass
class OrganisationSuggestion:
    organisation: Organisation
    score: float
    reasons: tuple[Reason, ...]


@dataclass
class MissedAnswerView:
    """An offer linked as an answer that the engine would not have suggested (see
    `engine.MissedAnswer`): what a coordinator could teach it, on the need's page."""

    offer: Offer
    score: float
    kinds: tuple[str, ...]
    words: tuple[str, ...]
    teachable: bool


@dataclass
class NeedSuggestions:
    offers: list[OfferSuggestion] = field(default_factory=list)
    organisations: list[OrganisationSuggestion] = field(default_factory=list)
    missed: list[MissedAnswerView] = field(default_factory=list)


def suggestions_for_need(need: Need, *, limit: int = 5, teaching: bool = False) -> NeedSuggestions:
    """The network's offers and organisations best placed to meet a need, with reasons.

    Computed on request against the network's cached index (synergy.index_cache), which ranks
    a network's offers for one need in milliseconds. Both rankings read the network's lexicon,
    its term entries (situations among them) included. Offers already linked are left out.
    With `teaching` (for the network's coordinators), also the linked offers the engine would
    not have suggested, with the words a situation entry could teach it.
    """
    record = records.need_record(need)
    linked_offers = {str(offer.pk): offer for offer in need.answering_offers.all()}
    lexicon = index_cache.network_lexicon(need.network)
    ranked, missed = index_cache.rank_offers_for_need(
        need.network,
        record,
        limit=limit + len(linked_offers),
        linked=linked_offers if teaching else (),
        lexicon=lexicon,
    )
    matches = [match for match in ranked if match.offer_id not in linked_offers][:limit]
    by_id = {
        str(offer.pk): offer
        for offer in _offer_with_card_data().filter(pk__in=[int(m.offer_id) for m in matches])
    }
    suggestions = NeedSuggestions(
        offers=[OfferSuggestion(by_id[m.offer_id], m.score, m.reasons) for m in matches]
    )
    suggestions.organisations = [
        OrganisationSuggestion(organisation, match.score, match.reasons)
        for organisation, match in index_cache.rank_organisations(
            need.network, record, limit=limit, lexicon=lexicon
        )
    ]
    suggestions.missed = [
        MissedAnswerView(linked_offers[m.offer_id], m.score, m.kinds, m.words, m.teachable)
        for m in missed
    ]
    return suggestions


def offers_to_compare(network: Network) -> QuerySet[Offer]:
    """The offers the engine checks in this network, for the "warum?" page's choices."""
    return (
        Offer.objects.filter(pk__in=records.network_offers(network).values("pk"))
        .select_related("organisation", "district")
        .order_by("title", "pk")
    )


#: At most this many offers answer a search on the "Warum?" page; a city has thousands.
PICKER_HITS = 20


@dataclass
class OfferHits:
    """The first offers whose title or organisation contains every word searched for."""

    text: str
    offers: list[Offer]
    total: int

    @property
    def more(self) -> bool:
        return self.total > len(self.offers)


def search_offers(offers: QuerySet[Offer], text: str, *, limit: int = PICKER_HITS) -> OfferHits:
    """Search `offers` (from :func:`offers_to_compare`) by words of title or organisation name.

    Two queries: the count and the first `limit` hits, alphabetically.
    """
    hits = offers
    for word in text.split()[:10]:
        hits = hits.filter(Q(title__icontains=word) | Q(organisation__name__icontains=word))
    return OfferHits(text, list(hits[:limit]), hits.count())


@dataclass
class PairExplanationView:
    """The engine's explanation of a pair, with the two offers to show beside it."""

    first: Offer
    second: Offer
    engine: Any  # synergy.engine.PairExplanation, None when the engine cannot use an offer
    unusable: list[Offer] = field(default_factory=list)

    @property
    def offers(self) -> tuple[Offer, Offer]:
        return self.first, self.second


def explain_pair(network: Network, first: Offer, second: Offer) -> PairExplanationView:
    index = index_cache.network_index(network, min_score=threshold_of(network))
    return explain_on_index(index, first, second)


def explain_on_index(index, first: Offer, second: Offer) -> PairExplanationView:
    missing = [offer for offer in (first, second) if str(offer.pk) not in index]
    cards = {o.pk: o for o in _offer_with_card_data().filter(pk__in=[first.pk, second.pk])}
    first, second = cards[first.pk], cards[second.pk]
    if missing:
        return PairExplanationView(first, second, None, missing)
    return PairExplanationView(first, second, index.explain_pair(str(first.pk), str(second.pk)))


@dataclass
class GapCell:
    target_group: TargetGroup
    topic: Topic | None
    needs: list[Need] = field(default_factory=list)
    uncovered_needs: list[Need] = field(default_factory=list)
    offers: int = 0
    organisations: set[int] = field(default_factory=set)

    @property
    def organisation_count(self) -> int:
        return len(self.organisations)

    @property
    def is_gap(self) -> bool:
        """Someone needs something here and no active offer of the network answers it."""
        return bool(self.uncovered_needs) or (bool(self.needs) and self.offers == 0)

    @property
    def is_crowded(self) -> bool:
        """Several organisations do the same thing for the same people."""
        return self.organisation_count >= 2


@dataclass
class GapOverview:
    network: Network
    district: District | None
    target_groups: list[TargetGroup]
    topics: list[Topic | None]
    rows: list[list[GapCell]]
    uncovered_needs: list[Need]

    def cells(self) -> list[GapCell]:
        return [cell for row in self.rows for cell in row]

    @property
    def max_needs(self) -> int:
        return max((len(cell.needs) for cell in self.cells()), default=0)


def gap_overview(network: Network, *, district: District | None = None) -> GapOverview:
    """Open needs against active offers, by target group × topic, optionally for one district.

    A need or offer counts in every cell of its target groups × topics (or in the "no topic"
    column). Only rows and columns with at least one need or offer are kept, so the picture
    stays readable for a small network.
    """
    offers = records.network_offers(network)
    needs = (
        Need.objects.filter(network=network, status__in=OPEN_NEED_STATUSES)
        .select_related("district", "raised_by")
        .prefetch_related(
            "target_groups",
            "topics",
            Prefetch("answering_offers", queryset=Offer.objects.filter(status="active")),
        )
        .order_by("title")
    )
    if district is not None:
        offers = offers.filter(district=district)
        needs = needs.filter(district=district)
    cells: dict[tuple[int, int | None], GapCell] = {}
    groups: dict[int, TargetGroup] = {}
    topics: dict[int | None, Topic | None] = {}

    def cell(group: TargetGroup, topic: Topic | None) -> GapCell:
        groups[group.pk] = group
        topics[topic.pk if topic else None] = topic
        key = (group.pk, topic.pk if topic else None)
        if key not in cells:
            cells[key] = GapCell(group, topic)
        return cells[key]

    # Offers are counted from the link tables, without loading every offer: a city-wide
    # network has thousands of them.
    offer_ids = offers.order_by().values("pk")
    organisation_of = dict(offers.order_by().values_list("pk", "organisation_id"))
    groups_of, topics_of = defaultdict(list), defaultdict(list)
    for offer_id, group_id in Offer.target_groups.through.objects.filter(
        offer_id__in=offer_ids
    ).values_list("offer_id", "targetgroup_id"):
        groups_of[offer_id].append(group_id)
    for offer_id, topic_id in Offer.topics.through.objects.filter(
        offer_id__in=offer_ids
    ).values_list("offer_id", "topic_id"):
        topics_of[offer_id].append(topic_id)
    group_by_id = TargetGroup.objects.in_bulk({g for ids in groups_of.values() for g in ids})
    topic_by_id = Topic.objects.in_bulk({t for ids in topics_of.values() for t in ids})
    for offer_id, organisation_id in organisation_of.items():
        for group_id in groups_of[offer_id]:
            for topic_id in topics_of[offer_id] or [None]:
                topic = topic_by_id[topic_id] if topic_id else None
                target = cell(group_by_id[group_id], topic)
                target.offers += 1
                target.organisations.add(organisation_id)
    uncovered = []
    for need in needs:
        answered = bool(need.answering_offers.all())
        if not answered:
            uncovered.append(need)
        for group in need.target_groups.all():
            for topic in list(need.topics.all()) or [None]:
                target = cell(group, topic)
                target.needs.append(need)
                if not answered:
                    target.uncovered_needs.append(need)
    group_list = sorted(groups.values(), key=lambda g: (g.position, g.name))
    topic_list = sorted(
        topics.values(), key=lambda t: (t is None, t.position if t else 0, t.name if t else "")
    )
    rows = [
        [cells.get((g.pk, t.pk if t else None)) or GapCell(g, t) for t in topic_list]
        for g in group_list
    ]
    return GapOverview(network, district, group_list, topic_list, rows, uncovered)


def districts_of_network(network: Network) -> QuerySet[District]:
    """Districts with an offer or a need of the network, for the gap overview's filter."""
    # Two subqueries of district ids, not joins: a join would pair each district with every
    # offer of the city in it before looking at the network.
    offers = records.network_offers(network).order_by().values("district_id")
    needs = Need.objects.filter(network=network).values("district_id")
    return District.objects.filter(Q(pk__in=offers) | Q(pk__in=needs)).order_by("position", "name")
