"""Refresh stored findings from the engine, and record coordinators' decisions.

A full refresh (`refresh_network`) runs the engine over all active offers of a network; the
incremental one (`refresh_offer`) asks the engine only for one offer's parallels, so one edit
never recomputes every pair. Both keep each finding's status: a coordinator's decision stays
when score and reasons change.
"""

import logging
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from netzwerkstatt.accounts.models import User
from netzwerkstatt.audit.models import AuditAction
from netzwerkstatt.audit.services import record_entry
from netzwerkstatt.networks.models import Network
from netzwerkstatt.offers.models import Need, Offer, OfferStatus
from netzwerkstatt.synergy import index_cache, meanings, records
from netzwerkstatt.synergy.engine import ParallelOffers, partition_valid
from netzwerkstatt.synergy.models import (
    FindingDecision,
    FindingStatus,
    ParallelOfferFinding,
    SynergyRefresh,
    SynergySettings,
)
from netzwerkstatt.synergy.selectors import threshold_of

logger = logging.getLogger(__name__)


@dataclass
class RefreshResult:
    network: Network
    offers_checked: int = 0
    findings: int = 0
    problems: list[dict[str, str]] = field(default_factory=list)


def _ordered(pair: ParallelOffers) -> tuple[int, int]:
    first, second = int(pair.a), int(pair.b)
    return (first, second) if first < second else (second, first)


def _store(network: Network, pairs: list[ParallelOffers]) -> set[tuple[int, int]]:
    """Create or update findings for `pairs`; statuses of existing findings stay as they are."""
    candidates = ParallelOfferFinding.objects.filter(network=network)
    if len(pairs) <= 500:
        # One offer's refresh: a narrow lookup. A full refresh reads the network's findings
        # at once instead, which also stays below SQLite's limit on query parameters.
        candidates = candidates.filter(offer_a_id__in={_ordered(p)[0] for p in pairs})
    existing = {(f.offer_a_id, f.offer_b_id): f for f in candidates}
    stored, new, changed = set(), [], []
    for pair in pairs:
        key = _ordered(pair)
        stored.add(key)
        score, reasons = round(float(pair.score), 4), [r.as_dict() for r in pair.reasons]
        finding = existing.get(key)
        if finding is None:
            new.append(
                ParallelOfferFinding(
                    network=network,
                    offer_a_id=key[0],
                    offer_b_id=key[1],
                    score=score,
                    reasons=reasons,
                )
            )
        else:
            finding.score, finding.reasons, finding.is_current = score, reasons, True
            finding.refreshed_at = timezone.now()
            changed.append(finding)
    # Another worker may have stored the same new pair a moment ago; its row stands.
    ParallelOfferFinding.objects.bulk_create(new, ignore_conflicts=True, batch_size=500)
    ParallelOfferFinding.objects.bulk_update(
        changed, ["score", "reasons", "is_current", "refreshed_at"], batch_size=500
    )
    return stored


def _valid_records(network: Network) -> tuple[list, list[dict[str, str]]]:
    partition = partition_valid(records.offer_record(o) for o in records.network_offers(network))
    problems = [{"offer": p.record_id, "problem": p.message} for p in partition.problems]
    for problem in problems:
        logger.warning(
            "Synergy refresh of %s skipped offer %s: %s",
            network.slug,
            problem["offer"],
            problem["problem"],
        )
    return partition.valid, problems


def refresh_network(network: Network) -> RefreshResult:
    """Recompute every parallel pair of the network. Bad offers are skipped and reported."""
    valid, problems = _valid_records(network)
    if meanings.enabled():
        # Before the transaction: encoding a large network's texts for the first time takes
        # a while, and SQLite would keep every other writer waiting meanwhile.
        needs = Need.objects.filter(network=network).only("title", "description")
        meanings.ensure([*valid, *needs])
    return _refresh_network(network, valid, problems)


@transaction.atomic
def _refresh_network(network: Network, valid: list, problems: list[dict]) -> RefreshResult:
    index_cache.forget(network.pk)
    pairs = (
        index_cache.new_index(network, valid, min_score=threshold_of(network)).all_parallels()
        if valid
        else []
    )
    stored = _store(network, pairs)
    current = ParallelOfferFinding.objects.filter(network=network, is_current=True)
    stale = [
        pk
        for pk, offer_a, offer_b in current.values_list("pk", "offer_a_id", "offer_b_id")
        if (offer_a, offer_b) not in stored
    ]
    for start in range(0, len(stale), 500):
        ParallelOfferFinding.objects.filter(pk__in=stale[start : start + 500]).update(
            is_current=False
        )
    SynergyRefresh.objects.update_or_create(
        network=network,
        defaults={"offers_checked": len(valid), "findings": len(pairs), "problems": problems},
    )
    return RefreshResult(network, len(valid), len(pairs), problems)


@transaction.atomic
def refresh_offer(offer_id: int) -> int:
    """Bring the findings of one changed offer up to date in each of its networks.

    Returns how many current findings the offer has afterwards. An offer that is gone,
    paused or ended, or that the engine cannot use, simply has none.
    """
    offer = Offer.objects.filter(pk=offer_id).first()
    involving = ParallelOfferFinding.objects.filter(Q(offer_a_id=offer_id) | Q(offer_b_id=offer_id))
    if offer is None or offer.status != OfferStatus.ACTIVE:
        involving.update(is_current=False)
        return 0
    total = 0
    meanings.ensure_texts([meanings.text_of_offer(offer)])
    networks = list(records.networks_of_offer(offer))
    # City-wide findings (no network) are left to the city-wide refresh.
    involving.filter(network__isnull=False).exclude(network__in=networks).update(is_current=False)
    for network in networks:
        index = index_cache.network_index(network, min_score=threshold_of(network))
        pairs = index.parallels_of(str(offer_id)) if str(offer_id) in index else []
        stored = _store(network, pairs)
        for finding in involving.filter(network=network, is_current=True):
            if (finding.offer_a_id, finding.offer_b_id) not in stored:
                finding.is_current = False
                finding.save(update_fields=["is_current"])
        total += len(pairs)
    return total


def texts_to_encode() -> list[str]:
    """The texts the encoder reads of every offer an index may hold (active ones, whether or
    not their organisation is a member anywhere) and of every need."""
    offers = Offer.objects.filter(status=OfferStatus.ACTIVE).only("title", "summary", "description")
    needs = Need.objects.only("title", "description")
    return [
        *(meanings.text_of_offer(offer) for offer in offers.order_by("pk")),
        *(meanings.text_of(need) for need in needs.order_by("pk")),
    ]


def remember_need_meaning(need_id: int) -> int:
    """Encode a need's text if it has no vector yet; returns how many texts were encoded."""
    if not meanings.enabled():
        return 0
    need = Need.objects.filter(pk=need_id).only("title", "description").first()
    return meanings.ensure([need]) if need is not None else 0


def _labelled_pair(finding: ParallelOfferFinding) -> dict:
    offers = records.offers_with_record_data(
        Offer.objects.filter(pk__in=[finding.offer_a_id, finding.offer_b_id])
    )
    by_pk = {offer.pk: records.record_as_json(records.offer_record(offer)) for offer in offers}
    if len(by_pk) != 2:
        return {}
    return {"a": by_pk[finding.offer_a_id], "b": by_pk[finding.offer_b_id], "score": finding.score}


def set_finding_status(
    finding: ParallelOfferFinding, *, status: str, note: str = "", by: User | None = None
) -> ParallelOfferFinding:
    """A coordinator's decision about a finding; it survives every later refresh."""
    if status not in FindingStatus.values:
        raise ValidationError(_("Unknown status."))
    now = timezone.now()
    with transaction.atomic():
        updated = ParallelOfferFinding.objects.filter(pk=finding.pk).update(
            status=status,
            note=note,
            status_changed_at=now,
            status_changed_by=by,
        )
        if not updated:
            raise ValidationError(_("This finding no longer exists."))
        # Kept apart from the finding, which shows only the latest decision: the activity
        # report counts what was decided in a past period, and the engine's evaluation
        # reads the pair as the coordinator saw it.
        FindingDecision.objects.create(
            finding_id=finding.pk, status=status, decided_at=now, pair=_labelled_pair(finding)
        )
    finding.refresh_from_db()
    return finding


def _check_threshold(value: float) -> float:
    if value is None or not 0.0 <= value <= 1.0:
        raise ValidationError(_("The threshold must be a number between 0 and 1."))
    return float(value)


@dataclass
class ThresholdPreview:
    """What a new threshold would change, shown to the coordinators before they save it."""

    current: float
    proposed: float
    pairs_now: int = 0
    pairs_then: int = 0
    #: Pairs reported only with the proposed threshold, or only with the current one.
    gained: list[tuple[Offer, Offer, float]] = field(default_factory=list)
    lost: list[tuple[Offer, Offer, float]] = field(default_factory=list)
    #: Per past decision ("intended", "dismissed", "done"): (pairs, reported now, then).
    decisions: dict[str, tuple[int, int, int]] = field(default_factory=dict)


PREVIEW_EXAMPLES = 5


def preview_as_json(preview: ThresholdPreview) -> dict:
    """A preview as plain JSON (offer ids for the examples): a background task's result."""

    def pairs(examples):
        return [[first.pk, second.pk, score] for first, second, score in examples]

    return {
        "current": preview.current,
        "proposed": preview.proposed,
        "pairs_now": preview.pairs_now,
        "pairs_then": preview.pairs_then,
        "gained": pairs(preview.gained),
        "lost": pairs(preview.lost),
        "decisions": {status: list(counts) for status, counts in preview.decisions.items()},
    }


def preview_from_json(data: dict) -> ThresholdPreview:
    """The preview again, with the example offers loaded (one query); gone offers are left out."""
    wanted = {pk for key in ("gained", "lost") for a, b, _s in data[key] for pk in (a, b)}
    offers = Offer.objects.select_related("organisation").in_bulk(wanted)

    def pairs(rows):
        return [(offers[a], offers[b], s) for a, b, s in rows if a in offers and b in offers]

    return ThresholdPreview(
        current=data["current"],
        proposed=data["proposed"],
        pairs_now=data["pairs_now"],
        pairs_then=data["pairs_then"],
        gained=pairs(data["gained"]),
        lost=pairs(data["lost"]),
        decisions={status: tuple(counts) for status, counts in data["decisions"].items()},
    )


def threshold_preview(network: Network, proposed: float) -> ThresholdPreview:
    """Run the engine once at the lower of both thresholds and count what each would report.

    The coordinators' earlier decisions are the evidence: a threshold that drops the pairs
    they called intended or keeps those they dismissed is easy to see before saving.
    """
    proposed = _check_threshold(proposed)
    current = threshold_of(network)
    preview = ThresholdPreview(current=current, proposed=proposed)
    valid, _problems = _valid_records(network)
    pairs = (
        index_cache.new_index(network, valid, min_score=min(current, proposed)).all_parallels()
        if valid
        else []
    )
    scores = {_ordered(pair): float(pair.score) for pair in pairs}
    preview.pairs_now = sum(score >= current for score in scores.values())
    preview.pairs_then = sum(score >= proposed for score in scores.values())
    gained = [(k, v) for k, v in scores.items() if proposed <= v < current]
    lost = [(k, v) for k, v in scores.items() if current <= v < proposed]
    gained.sort(key=lambda item: -item[1])
    lost.sort(key=lambda item: item[1])
    examples = gained[:PREVIEW_EXAMPLES] + lost[:PREVIEW_EXAMPLES]
    wanted = {pk for (a, b), _score in examples for pk in (a, b)}
    offers = Offer.objects.select_related("organisation").in_bulk(wanted)
    preview.gained = [(offers[a], offers[b], s) for (a, b), s in gained[:PREVIEW_EXAMPLES]]
    preview.lost = [(offers[a], offers[b], s) for (a, b), s in lost[:PREVIEW_EXAMPLES]]
    decided = ParallelOfferFinding.objects.filter(
        network=network,
        status__in=[FindingStatus.INTENDED, FindingStatus.DISMISSED, FindingStatus.DONE],
    ).values_list("status", "offer_a_id", "offer_b_id")
    for status, offer_a, offer_b in decided:
        score = scores.get((offer_a, offer_b), 0.0)
        total, now, then = preview.decisions.get(status, (0, 0, 0))
        preview.decisions[status] = (
            total + 1,
            now + (score >= current),
            then + (score >= proposed),
        )
    return preview


def set_threshold(network: Network, value: float | None, *, by: User | None) -> SynergySettings:
    """Save the coordinators' threshold (None: the default); the caller starts a refresh."""
    if value is not None:
        value = _check_threshold(value)
    before = threshold_of(network)
    with transaction.atomic():
        settings_row, _created = SynergySettings.objects.get_or_create(network=network)
        settings_row.min_score = value
        settings_row.changed_by = by
        settings_row.save()
        record_entry(
            action=AuditAction.SYNERGY_THRESHOLD_CHANGED,
            actor=by,
            network=network,
            target=settings_row,
            label=str(network),
            before={"threshold": before},
            after={"threshold": threshold_of(network)},
        )
    index_cache.forget(network.pk)
    return settings_row
