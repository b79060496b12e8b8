"""One engine index per network, kept in the process and brought up to date incrementally.

A background worker (or a web process) lives for many edits. Rebuilding a network's index on
every edit would re-vectorise the whole corpus; instead the cache remembers each indexed
offer's `updated_at`, asks the database for the current versions (one narrow query), and
applies only the differences: usually the one offer that changed, plus whatever another
process changed meanwhile. A full refresh drops the cache, so term renames and IDF drift are
corrected at least nightly.
"""

import threading

from netzwerkstatt.networks.models import Network, Organisation
from netzwerkstatt.synergy import records
from netzwerkstatt.synergy.engine import (
    NeedRecord,
    OfferIndex,
    OrganisationIndex,
    partition_valid,
    validate_offer,
)


class _NetworkIndex:
    def __init__(self, index: OfferIndex, versions: dict[int, object]) -> None:
        self.index = index
        self.versions = versions


_cache: dict[int, _NetworkIndex] = {}
# Member organisations per network: their ranking index, the organisations by record id, and
# the (pk, updated_at) pairs it was built from; a changed profile, a new or departed member
# rebuilds it.
_organisation_cache: dict[int, "_Organisations"] = {}
_lock = threading.Lock()


def forget(network_id: int | None = None) -> None:
    """Drop the cached indexes of one network, or of all."""
    with _lock:
        if network_id is None:
            _cache.clear()
            _organisation_cache.clear()
        else:
            _cache.pop(network_id, None)
            _organisation_cache.pop(network_id, None)


class _Organisations:
    def __init__(self, organisations: list[Organisation]) -> None:
        self.versions = frozenset((o.pk, o.updated_at) for o in organisations)
        self.by_id = {str(o.pk): o for o in organisations}
        self.index = OrganisationIndex(
            partition_valid(records.organisation_record(o) for o in organisations).valid
        )


def rank_organisations(network: Network, need: NeedRecord, *, limit: int) -> list[tuple]:
    """(organisation, match) of the network's members best placed to meet a need.

    One narrow query when no profile and no membership changed since the last call; the
    profiles are vectorised again only when one did.
    """
    with _lock:
        cached = _organisation_cache.get(network.pk)
        if cached is not None:
            current = frozenset(
                records.member_organisations(network).values_list("pk", "updated_at")
            )
            if current != cached.versions:
                cached = None
        if cached is None:
            cached = _Organisations(list(records.member_organisations(network)))
            _organisation_cache[network.pk] = cached
        # Inside the lock: ranking extends the shared text model's vocabulary.
        matches = cached.index.rank_for_need(need, limit=limit)
        return [(cached.by_id[match.organisation_id], match) for match in matches]


def _usable_records(offers) -> tuple[list, dict[int, object]]:
    usable, versions = [], {}
    for offer in offers:
        record = records.offer_record(offer)
        try:
            validate_offer(record)
        except ValueError:
            continue  # reported by the full refresh; here it simply has no parallels
        usable.append(record)
        versions[offer.pk] = offer.updated_at
    return usable, versions


def network_index(network: Network, *, min_score: float | None = None) -> OfferIndex:
    """The network's index, current with the database.

    `min_score` is the threshold for parallel offers; an index built for another one is
    rebuilt. Without it, any cached index does (ranking for a need does not depend on it).
    """
    with _lock:
        current = dict(records.network_offers(network).values_list("pk", "updated_at"))
        cached = _cache.get(network.pk)
        if cached is not None and min_score is not None and cached.index.min_score != min_score:
            cached = None
        if cached is None:
            usable, versions = _usable_records(records.network_offers(network))
            index = OfferIndex(usable, min_score=min_score)
            cached = _cache[network.pk] = _NetworkIndex(index, versions)
            return cached.index
        changed = [pk for pk, version in current.items() if cached.versions.get(pk) != version]
        for pk in [pk for pk in cached.versions if pk not in current]:
            cached.index.remove(str(pk))
            del cached.versions[pk]
        if changed:
            usable, versions = _usable_records(
                records.network_offers(network).filter(pk__in=changed)
            )
            for pk in changed:
                if str(pk) in cached.index and pk not in versions:
                    cached.index.remove(str(pk))  # became unusable
                cached.versions.pop(pk, None)
            for record in usable:
                cached.index.upsert(record)
            cached.versions.update(versions)
        return cached.index
