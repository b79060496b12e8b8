"""One engine index per network, kept in the process and brought up to date incrementally.

A background worker (or a web process) lives for many edits. Rebuilding a network's index on
every edit would re-vectorise the whole corpus; instead the cache remembers each indexed
offer's `updated_at`, asks the database for the current versions (one narrow query), and
applies only the differences: usually the one offer that changed, plus whatever another
process changed meanwhile. A full refresh drops the cache, so term renames and IDF drift are
corrected at least nightly.

Each index reads the sentence models' stored vectors (synergy.meanings) where they exist.
An offer indexed before the worker stored its vector is looked up again at most every
`MEANING_RECHECK_SECONDS` and then indexed with it.

Each network's index and organisation ranking read the lexicon extended by the network's own
term entries (`LexiconEntry`, "Begriffe", situations included): the version of those entries
is part of both cache keys, so a new or withdrawn entry rebuilds them; other networks keep
theirs.
"""

import logging
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from netzwerkstatt.networks.models import Network, Organisation
from netzwerkstatt.synergy import meanings, records
from netzwerkstatt.synergy.engine import (
    Lexicon,
    LexiconError,
    MissedAnswer,
    NeedMatch,
    NeedRecord,
    OfferIndex,
    OrganisationIndex,
    default_lexicon,
    extend_lexicon,
    partition_valid,
    validate_offer,
)
from netzwerkstatt.synergy.engine.text import TextModel

logger = logging.getLogger(__name__)


#: How often an index looks again for the vectors of offers that had none.
MEANING_RECHECK_SECONDS = 30.0


@dataclass
class _NetworkIndex:
    index: OfferIndex
    versions: dict[int, object]
    lexicon_version: tuple
    #: Offers indexed without an encoder vector, and when the store was last asked for them.
    without_meaning: set[str] = field(default_factory=set)
    meaning_checked: float = field(default_factory=time.monotonic)

    def note_missing_meaning(self, offer_ids=None) -> None:
        self.without_meaning.update(self.index.without_meaning(offer_ids))

    def complete_meaning(self) -> None:
        """Index again the offers whose vectors the worker has stored since."""
        if not self.without_meaning:
            return
        if time.monotonic() - self.meaning_checked < MEANING_RECHECK_SECONDS:
            return
        self.meaning_checked = time.monotonic()
        waiting = [self.index.get(offer_id) for offer_id in self.without_meaning]
        arrived = meanings.stored([meanings.text_of(record) for record in waiting])
        for record, has in zip(waiting, arrived, strict=True):
            if has:
                self.index.update(record)
                self.without_meaning.discard(record.id)


@dataclass(frozen=True)
class NetworkLexicon:
    """The lexicon a network's findings are computed with, and the entries' version.

    `error` is set when the network's entries no longer fit the installation's lexicon (an
    administrator changed it); the installation's lexicon is used then, and the page of the
    network's terms says so.
    """

    lexicon: Lexicon
    version: tuple
    error: str = ""


_lexicons: dict[int, NetworkLexicon] = {}
_lexicon_lock = threading.Lock()


def network_lexicon(network: Network) -> NetworkLexicon:
    """The installation's lexicon plus the network's active term entries (one query)."""
    from netzwerkstatt.synergy.models import LexiconEntry

    base = default_lexicon()
    rows = tuple(
        LexiconEntry.objects.filter(network=network, withdrawn_at__isnull=True)
        .order_by("created_at", "pk")
        .values_list("pk", "relation", "term_a", "term_b")
    )
    version = (id(base), rows)
    with _lexicon_lock:
        cached = _lexicons.get(network.pk)
        if cached is not None and cached.version == version:
            return cached
        if not rows:
            result = NetworkLexicon(base, version)
        else:
            try:
                lexicon = extend_lexicon(
                    base, [row[1:] for row in rows], source=f"network {network.slug}"
                )
                result = NetworkLexicon(lexicon, version)
            except LexiconError as error:
                logger.error("Term entries of network %s not applied: %s", network.slug, error)
                result = NetworkLexicon(base, version, str(error))
        _lexicons[network.pk] = result
        return result


def new_index(network: Network, offers, *, min_score: float | None = None) -> OfferIndex:
    """A fresh index of `offers` with the network's lexicon (for full refreshes, previews)."""
    lexicon = network_lexicon(network).lexicon
    return OfferIndex(
        offers,
        min_score=min_score,
        text_model=TextModel(lexicon=lexicon),
        encoder=meanings.reader(),
        second_encoder=meanings.second_reader(),
    )


_cache: dict[int | str, _NetworkIndex] = {}
# Member organisations per network: their ranking index, the organisations by record id, and
# the (pk, updated_at) pairs it was built from; a changed profile, a new or departed member
# rebuilds it.
_organisation_cache: dict[int, "_Organisations"] = {}
# Guards the dictionaries above; each cached index has its own lock (`_lock_of`), held while
# it is brought up to date or ranks a need, so networks do not wait for one another.
_lock = threading.Lock()
_index_locks: dict[object, threading.Lock] = {}


def _lock_of(key) -> threading.Lock:
    with _lock:
        return _index_locks.setdefault(key, threading.Lock())


def forget(network_id: int | str | None = None) -> None:
    """Drop the cached indexes of one network (or the city-wide one, `CITYWIDE`), or of all.

    One network's indexes are dropped once a build of them under way has ended, so that build
    cannot put back an index read before the drop."""
    if network_id is None:
        with _lock:
            _cache.clear()
            _organisation_cache.clear()
            _lexicons.clear()
        return
    with _lock_of(network_id), _lock_of(("organisations", network_id)), _lock:
        _cache.pop(network_id, None)
        _organisation_cache.pop(network_id, None)
        _lexicons.pop(network_id, None)


class _Organisations:
    def __init__(self, organisations: list[Organisation], lexicon: NetworkLexicon) -> None:
        self.versions = frozenset((o.pk, o.updated_at) for o in organisations)
        self.lexicon_version = lexicon.version
        self.by_id = {str(o.pk): o for o in organisations}
        self.index = OrganisationIndex(
            partition_valid(records.organisation_record(o) for o in organisations).valid,
            lexicon=lexicon.lexicon,
        )


def rank_organisations(
    network: Network, need: NeedRecord, *, limit: int, lexicon: NetworkLexicon | None = None
) -> list[tuple]:
    """(organisation, match) of the network's members best placed to meet a need.

    Ranked with the network's lexicon (`lexicon`, if the caller has it already, else one query
    for the entries): its situations lead a need to the profiles that name the kind. One
    narrow query when no profile and no membership changed since the last call; the
    profiles are vectorised again only when one did, or the entries changed.
    """
    lexicon = lexicon if lexicon is not None else network_lexicon(network)
    with _lock_of(("organisations", network.pk)):
        cached = _organisation_cache.get(network.pk)
        if cached is not None and cached.lexicon_version != lexicon.version:
            cached = None
        if cached is not None:
            current = frozenset(
                records.member_organisations(network).values_list("pk", "updated_at")
            )
            if current != cached.versions:
                cached = None
        if cached is None:
            cached = _Organisations(list(records.member_organisations(network)), lexicon)
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


def network_index(
    network: Network, *, min_score: float | None = None, lexicon: NetworkLexicon | None = None
) -> OfferIndex:
    """The network's index, current with the database, with the network's lexicon (`lexicon`,
    if the caller has it already).

    `min_score` is the threshold for parallel offers; an index built for another one is
    rebuilt. Without it, any cached index does (ranking for a need does not depend on it).
    """
    with _lock_of(network.pk):
        return _current_index(
            network.pk,
            records.network_offers(network),
            min_score,
            lexicon if lexicon is not None else network_lexicon(network),
        )


def rank_offers_for_need(
    network: Network,
    need: NeedRecord,
    *,
    limit: int,
    linked: Iterable[str] = (),
    lexicon: NetworkLexicon | None = None,
) -> tuple[list[NeedMatch], list[MissedAnswer]]:
    """The network's offers best placed to meet a need (`limit` of them), and of the offers
    `linked` to it as answers those the engine would not have suggested (`answers_for_need`).

    Both on the network's cached index, under its lock: a need's new words extend the index's
    text model, so two threads of one process (the demo's server, a threaded app server) must
    not rank on one index at once. Needs of other networks do not wait.
    """
    lexicon = lexicon if lexicon is not None else network_lexicon(network)
    linked = list(linked)
    with _lock_of(network.pk):
        index = _current_index(network.pk, records.network_offers(network), None, lexicon)
        if not len(index):
            return [], []
        return index.answers_for_need(need, linked, limit=limit)


#: The cache key of the city-wide index (networks are keyed by their primary key).
CITYWIDE = "citywide"


def citywide_index() -> OfferIndex:
    """One index over the offers the city-wide view sees, at the engine's default threshold
    (as the city-wide refresh uses): for "Warum?" across networks. A network that withdraws
    its consent drops out on the next call, like a deleted offer. It reads the installation's
    lexicon: one network's term entries apply to that network's findings only."""
    from netzwerkstatt.synergy.citywide import citywide_offers
    from netzwerkstatt.synergy.engine import DEFAULT_MIN_SCORE

    base = default_lexicon()
    lexicon = NetworkLexicon(base, (id(base), ()))
    with _lock_of(CITYWIDE):
        return _current_index(CITYWIDE, citywide_offers(), DEFAULT_MIN_SCORE, lexicon)


def _current_index(key, offers, min_score: float | None, lexicon: NetworkLexicon) -> OfferIndex:
    """The cached index of `key`, brought up to date; the caller holds `_lock_of(key)`."""
    encoder, second = meanings.reader(), meanings.second_reader()
    current = dict(offers.values_list("pk", "updated_at"))
    cached = _cache.get(key)
    if cached is not None and min_score is not None and cached.index.min_score != min_score:
        cached = None
    if cached is not None and cached.lexicon_version != lexicon.version:
        cached = None
    if cached is not None and (
        cached.index.encoder is not encoder or cached.index.second_encoder is not second
    ):
        cached = None  # a sentence model was switched on or off
    if cached is None:
        usable, versions = _usable_records(offers)
        model = TextModel(lexicon=lexicon.lexicon)
        index = OfferIndex(
            usable, min_score=min_score, text_model=model, encoder=encoder, second_encoder=second
        )
        cached = _cache[key] = _NetworkIndex(index, versions, lexicon.version)
        cached.note_missing_meaning()
        return cached.index
    changed = [pk for pk, version in current.items() if cached.versions.get(pk) != version]
    for pk in [pk for pk in cached.versions if pk not in current]:
        cached.index.remove(str(pk))
        cached.without_meaning.discard(str(pk))
        del cached.versions[pk]
    if changed:
        usable, versions = _usable_records(offers.filter(pk__in=changed))
        for pk in changed:
            cached.without_meaning.discard(str(pk))
            if str(pk) in cached.index and pk not in versions:
                cached.index.remove(str(pk))  # became unusable
            cached.versions.pop(pk, None)
        for record in usable:
            cached.index.upsert(record)
        cached.versions.update(versions)
        cached.note_missing_meaning([record.id for record in usable])
    cached.complete_meaning()
    return cached.index
