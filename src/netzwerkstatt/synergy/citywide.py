"""The city-wide view: parallel offers and open needs across the networks that agreed.

People with the role "City-wide coordination" (`CitywideCoordinator`) see a network's data
here only while its coordinators share it (`SynergySettings.shared_citywide`). Consent is
read on every request, never copied into the stored findings: a network that withdraws it
disappears from every city-wide page at once, and its own findings and decisions are never
touched (city-wide findings have no network and their own status).
"""

import logging
from dataclasses import dataclass
from typing import Any

from django.core.paginator import Page, Paginator
from django.db import transaction
from django.db.models import Count, Prefetch, Q, QuerySet

from netzwerkstatt.accounts.models import User
from netzwerkstatt.audit.models import AuditAction
from netzwerkstatt.audit.services import record_entry
from netzwerkstatt.core.models import District
from netzwerkstatt.networks.models import Membership, MembershipStatus, Network, Organisation
from netzwerkstatt.offers.models import Need, Offer, OfferStatus
from netzwerkstatt.synergy import records
from netzwerkstatt.synergy.engine import DEFAULT_MIN_SCORE, OfferIndex, partition_valid
from netzwerkstatt.synergy.models import (
    CitywideCoordinator,
    CitywideRefresh,
    FindingStatus,
    ParallelOfferFinding,
    SynergySettings,
)
from netzwerkstatt.synergy.selectors import (
    FINDINGS_PAGE_SIZE,
    OPEN_NEED_STATUSES,
    _offer_with_card_data,
)

logger = logging.getLogger(__name__)

NEEDS_PAGE_SIZE = 30


# The role ------------------------------------------------------------------------------------


def is_citywide_coordinator(user: Any) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    return CitywideCoordinator.objects.filter(user=user).exists()


def citywide_coordinators() -> QuerySet[CitywideCoordinator]:
    return CitywideCoordinator.objects.select_related("user").order_by("granted_at", "pk")


def grant_role(user: User, *, by: User | None, note: str = "") -> CitywideCoordinator:
    """Give `user` the city-wide role; written to the audit log. Only superusers call this."""
    with transaction.atomic():
        role, created = CitywideCoordinator.objects.get_or_create(
            user=user, defaults={"granted_by": by, "note": note}
        )
        if created:
            record_entry(
                action=AuditAction.CITYWIDE_ROLE_GRANTED,
                actor=by,
                target=role,
                label=user.email,
                after={"person": user.email, "note": note},
            )
    return role


def revoke_role(role: CitywideCoordinator, *, by: User | None) -> None:
    with transaction.atomic():
        record_entry(
            action=AuditAction.CITYWIDE_ROLE_REVOKED,
            actor=by,
            target=role,
            label=role.user.email,
            before={"person": role.user.email, "note": role.note},
        )
        role.delete()


# Consent of the networks ---------------------------------------------------------------------


def shares_citywide(network: Network) -> bool:
    return SynergySettings.objects.filter(network=network, shared_citywide=True).exists()


def set_sharing(network: Network, shared: bool, *, by: User | None) -> SynergySettings:
    """The network's coordinators agree to share, or withdraw; audit-logged when it changes."""
    with transaction.atomic():
        settings_row, _created = SynergySettings.objects.select_for_update().get_or_create(
            network=network
        )
        before = settings_row.shared_citywide
        if before != shared:
            settings_row.shared_citywide = shared
            settings_row.changed_by = by
            settings_row.save(update_fields=["shared_citywide", "changed_by", "changed_at"])
            record_entry(
                action=AuditAction.CITYWIDE_SHARING_CHANGED,
                actor=by,
                network=network,
                target=settings_row,
                label=str(network),
                before={"shared": before},
                after={"shared": shared},
            )
    return settings_row


def sharing_networks() -> QuerySet[Network]:
    return Network.objects.filter(synergy_settings__shared_citywide=True).order_by("name")


def _member_organisations(networks: QuerySet[Network]) -> QuerySet[Organisation]:
    return Organisation.objects.filter(
        memberships__network__in=networks, memberships__status=MembershipStatus.MEMBER
    ).values("pk")


def _visible_offers() -> QuerySet[Offer]:
    return Offer.objects.filter(
        status=OfferStatus.ACTIVE, organisation__in=_member_organisations(sharing_networks())
    )


def citywide_offers() -> QuerySet[Offer]:
    """Active offers of current members of sharing networks, each once."""
    return records.offers_with_record_data(_visible_offers())


def offers_to_compare() -> QuerySet[Offer]:
    """The offers the city-wide "Warum?" may show: those of sharing networks only."""
    return _visible_offers().select_related("organisation", "district").order_by("title", "pk")


def networks_of_organisations(organisation_ids) -> dict[int, list[str]]:
    """Names of the sharing networks each organisation is a member of, in one query.

    Networks that do not share are never named: the city-wide view knows nothing of them.
    """
    names: dict[int, list[str]] = {}
    rows = (
        Membership.objects.filter(
            organisation_id__in=set(organisation_ids),
            status=MembershipStatus.MEMBER,
            network__in=sharing_networks(),
        )
        .order_by("network__name")
        .values_list("organisation_id", "network__name")
    )
    for organisation_id, name in rows:
        names.setdefault(organisation_id, []).append(name)
    return names


def name_networks(offers) -> None:
    """Give each offer `citywide_networks`: the sharing networks its organisation belongs to."""
    offers = list(offers)
    names = networks_of_organisations(offer.organisation_id for offer in offers)
    for offer in offers:
        offer.citywide_networks = names.get(offer.organisation_id, [])


# Refresh -------------------------------------------------------------------------------------


def refresh() -> CitywideRefresh:
    """Recompute the city-wide pairs at the engine's default threshold.

    Statuses and notes of known pairs stay; pairs no longer found are kept but not shown.
    """
    from netzwerkstatt.synergy import meanings

    partition = partition_valid(records.offer_record(o) for o in citywide_offers())
    for problem in partition.problems:
        logger.warning("City-wide refresh skipped offer %s: %s", problem.record_id, problem.message)
    meanings.ensure(partition.valid)  # before the transaction, as in services.refresh_network
    return _refresh(partition.valid)


@transaction.atomic
def _refresh(valid: list) -> CitywideRefresh:
    from netzwerkstatt.synergy import index_cache, meanings
    from netzwerkstatt.synergy.services import _store

    index_cache.forget(index_cache.CITYWIDE)
    index = OfferIndex(
        valid,
        min_score=DEFAULT_MIN_SCORE,
        encoder=meanings.reader(),
        second_encoder=meanings.second_reader(),
    )
    pairs = index.all_parallels() if valid else []
    stored = _store(None, pairs)
    current = ParallelOfferFinding.objects.filter(network__isnull=True, is_current=True)
    stale = [
        pk
        for pk, offer_a, offer_b in current.values_list("pk", "offer_a_id", "offer_b_id")
        if (offer_a, offer_b) not in stored
    ]
    for start in range(0, len(stale), 500):
        ParallelOfferFinding.objects.filter(pk__in=stale[start : start + 500]).update(
            is_current=False
        )
    outcome = CitywideRefresh.objects.order_by("pk").first() or CitywideRefresh()
    outcome.networks = sharing_networks().count()
    outcome.offers_checked = len(valid)
    outcome.findings = len(pairs)
    outcome.save()
    CitywideRefresh.objects.exclude(pk=outcome.pk).delete()
    return outcome


def last_refresh() -> CitywideRefresh | None:
    return CitywideRefresh.objects.order_by("-pk").first()


# Reads ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    network: Network | None = None
    district: District | None = None


def visible_findings(filters: Filters = Filters()) -> QuerySet[ParallelOfferFinding]:
    """Current city-wide findings whose two offers both belong to sharing networks now."""
    shared = _member_organisations(sharing_networks())
    findings = ParallelOfferFinding.objects.filter(
        network__isnull=True,
        is_current=True,
        offer_a__organisation__in=shared,
        offer_b__organisation__in=shared,
    )
    if filters.network is not None:
        members = _member_organisations(Network.objects.filter(pk=filters.network.pk))
        findings = findings.filter(
            Q(offer_a__organisation__in=members) | Q(offer_b__organisation__in=members)
        )
    if filters.district is not None:
        findings = findings.filter(
            Q(offer_a__district=filters.district) | Q(offer_b__district=filters.district)
        )
    return findings


def findings_page(filters: Filters, *, status: str = "", page: Any = 1) -> Page:
    findings = visible_findings(filters)
    if status in FindingStatus.values:
        findings = findings.filter(status=status)
    else:
        findings = findings.filter(status__in=[FindingStatus.NEW, FindingStatus.NEXT_MEETING])
    offers = _offer_with_card_data()
    findings = (
        findings.select_related("status_changed_by")
        .prefetch_related(
            Prefetch("offer_a", queryset=offers), Prefetch("offer_b", queryset=offers)
        )
        .order_by("-score", "pk")
    )
    result = Paginator(findings, FINDINGS_PAGE_SIZE).get_page(page)
    # Each offer names its networks and district: a pair may span two networks.
    result.object_list = list(result.object_list)
    name_networks(o for f in result.object_list for o in (f.offer_a, f.offer_b))
    return result


def status_counts(filters: Filters) -> dict[str, int]:
    counts = dict.fromkeys(FindingStatus.values, 0)
    # The filters are subqueries, not joins, so no finding is counted twice.
    for row in visible_findings(filters).values("status").annotate(count=Count("pk")).order_by():
        counts[row["status"]] = row["count"]
    return counts


def explain_pair(first: Offer, second: Offer):
    """Two offers of sharing networks side by side, scored on the city-wide index."""
    from netzwerkstatt.synergy import index_cache
    from netzwerkstatt.synergy.selectors import explain_on_index

    view = explain_on_index(index_cache.citywide_index(), first, second)
    name_networks(view.offers)
    return view


def get_visible_finding(pk: int) -> ParallelOfferFinding | None:
    return visible_findings().filter(pk=pk).first()


def open_needs(filters: Filters, *, page: Any = 1) -> Page:
    needs = Need.objects.filter(network__in=sharing_networks(), status__in=OPEN_NEED_STATUSES)
    if filters.network is not None:
        needs = needs.filter(network=filters.network)
    if filters.district is not None:
        needs = needs.filter(district=filters.district)
    needs = (
        needs.select_related("network", "district", "raised_by")
        .prefetch_related("target_groups", "topics")
        .order_by("-created_at", "pk")
    )
    return Paginator(needs, NEEDS_PAGE_SIZE).get_page(page)


def filter_districts() -> QuerySet[District]:
    return District.objects.order_by("position", "name")
