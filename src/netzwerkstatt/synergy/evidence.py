"""Coordinators' decisions about findings as labelled pairs, to evaluate the engine with.

"Intended" and "done" say the engine was right: the two offers do the same for the same
people. "Dismissed" says it was not. Each decision stored the pair as the engine saw it then
(`FindingDecision.pair`), so the evidence survives later edits of the offers. Only the latest
decision about a finding counts; "for the next meeting" and an undone decision label nothing.
The engine never reads this by itself: `bench/eval_quality.py --from-db` reports against it,
and people decide what follows.
"""

from collections.abc import Iterator

from netzwerkstatt.synergy.models import FindingDecision, FindingStatus

LABELS = {FindingStatus.INTENDED: 1, FindingStatus.DONE: 1, FindingStatus.DISMISSED: 0}


def labelled_pairs(network_slug: str | None = None) -> Iterator[dict]:
    """Pairs in the format of ``bench/data/eval_pairs.jsonl``, with network and date added."""
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
