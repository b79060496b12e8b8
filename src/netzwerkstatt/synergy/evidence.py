"""Coordinators' decisions about findings as labelled pairs, to evaluate the engine with.

"Intended" and "done" say the engine was right: the two offers do the same for the same
people. "Dismissed" says it was not. Each decision stored the pair as the engine saw it then
(`FindingDecision.pair`), so the evidence survives later edits of the offers. Only the latest
decision about a finding counts; "for the next meeting" and an undone decision label nothing.

A need's "offers that answer it" are evidence too: each linked offer is a need → offer pair
labelled 1, as the need and the offer read now (a link records no snapshot). Nobody records
which offers do *not* answer a need, so these pairs measure recall only. They carry the need's
internal description, which may name people: the file is for the installation's own
evaluation, like its database.

The engine never reads this by itself: `bench/eval_quality.py --from-db` reports against it,
and people decide what follows.
"""

from collections.abc import Iterator

from django.db.models import Prefetch

from netzwerkstatt.offers.models import Need, Offer
from netzwerkstatt.synergy import records
from netzwerkstatt.synergy.models import FindingDecision, FindingStatus

LABELS = {FindingStatus.INTENDED: 1, FindingStatus.DONE: 1, FindingStatus.DISMISSED: 0}


#: The case of a need → offer pair from a link (see the module's text).
LINKED_CASE = "linked as an answer"


def labelled_pairs(network_slug: str | None = None) -> Iterator[dict]:
    """Pairs in the format of ``bench/data/eval_pairs.jsonl``, with network and date added:
    the decisions about findings, then the needs' linked answers."""
    yield from decided_pairs(network_slug)
    yield from linked_need_pairs(network_slug)


def decided_pairs(network_slug: str | None = None) -> Iterator[dict]:
    """Offer pairs from the latest decision about each finding."""
    decisions = FindingDecision.objects.select_related("finding__network").order_by(
        "finding_id", "decided_at", "pk"
    )
    if network_slug:
        decisions = decisions.filter(finding__network__slug=network_slug)
    latest: FindingDecision | None = None
    for decision in decisions.iterator(chunk_size=2000):
        if latest is not None and decision.finding_id != latest.finding_id:
            yield from _as_pair(latest)
        latest = decision
    if latest is not None:
        yield from _as_pair(latest)


def _as_pair(decision: FindingDecision) -> Iterator[dict]:
    if decision.status not in LABELS or not decision.pair.get("a") or not decision.pair.get("b"):
        return
    yield {
        "type": "offers",
        "case": f"decision: {decision.status}",
        "label": LABELS[decision.status],
        "a": decision.pair["a"],
        "b": decision.pair["b"],
        "network": decision.finding.network.slug,
        "decided_at": decision.decided_at.date().isoformat(),
    }


def linked_need_pairs(network_slug: str | None = None) -> Iterator[dict]:
    """Need → offer pairs labelled 1, one per offer linked to a need as its answer."""
    offers = records.offers_with_record_data(Offer.objects.all())
    needs = (
        Need.objects.select_related("network", "district")
        .prefetch_related("target_groups", "topics", Prefetch("answering_offers", queryset=offers))
        .order_by("pk")
    )
    if network_slug:
        needs = needs.filter(network__slug=network_slug)
    for need in needs.iterator(chunk_size=500):
        linked = need.answering_offers.all()
        if not linked:
            continue
        need_json = records.need_record_as_json(records.need_record(need))
        for offer in linked:
            yield {
                "type": "need",
                "case": LINKED_CASE,
                "label": 1,
                "need": need_json,
                "offer": records.record_as_json(records.offer_record(offer)),
                "network": need.network.slug,
                "decided_at": (need.met_at or need.updated_at).date().isoformat(),
            }
