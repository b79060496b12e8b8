"""The offer index: all offers of an installation, ready to find parallels in bulk or one by one.

The index owns the text vectors, the structured signals as numpy arrays and a spatial grid.
Building it once costs a pass over the corpus; after that, adding, changing or removing one
offer and asking for its parallels touches only that offer and its neighbours, so an edit in
the web app never recomputes the whole corpus.

Candidate search is exact, not approximate. A pair can only be parallel if it passes the gates
of :mod:`.scoring` (places within :data:`~.scoring.MAX_DISTANCE_M`, the same district, or both
without a place) and its text cosine reaches :func:`~.scoring.min_cosine_for` the threshold.
So the index compares only offers in neighbouring grid cubes, the same district or the
"no place" block, and keeps only cosines above that bound: it finds exactly the pairs a scan of
every pair would find (``bench/synergy.py`` measures this).

The IDF of the text model is fitted when the index is built and then kept: re-weighting every
stored vector on each edit would make one edit cost the whole corpus. New words get the highest
weight until :meth:`OfferIndex.rebuild`, which a nightly job can call.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
from collections.abc import Callable, Iterable, Iterator

import numpy as np
import scipy.sparse as sp

from . import scoring
from .lexicon import Lexicon, default_lexicon
from .meaning import (
    DIMENSIONS,
    Encoder,
    meaning_text,
    min_meaning_cosine,
    need_opinion,
    offer_opinion,
)
from .processes import PARTS_PER_PROCESS, default_processes, run_parts, split
from .reasons import (
    Keywords,
    keywords_of,
    need_reasons,
    parallel_reasons,
    same_title,
    shared_keywords,
    untold_words,
)
from .records import (
    NeedRecord,
    OfferRecord,
    OrganisationRecord,
    parse_time,
    validate_need,
    validate_offer,
)
from .results import MissedAnswer, NeedMatch, PairExplanation, ParallelOffers, Reason
from .scoring import SignalArrays
from .signals import (
    ALL_NEIGHBOURS,
    BIN_MINUTES,
    BINS_PER_DAY,
    FORWARD_NEIGHBOURS,
    NEIGHBOUR_GAP_MINUTES,
    WEEK_WORDS,
    LabelBits,
    distance_m,
    grid_cells,
    label_key,
    unit_vectors,
)
from .text import SITUATION_COSINE, TextModel, offer_text
from .vectors import EightBitVectors

_WORD_MASK = (1 << 64) - 1
#: Cube edge of the spatial grid: pairs further apart than the place gate never meet.
CELL_M = scoring.MAX_DISTANCE_M
#: Upper bound of entries in one block product, so memory stays flat on dense city centres.
MAX_PRODUCT_ENTRIES = 4_000_000
#: Rows changed since the last build are kept apart; beyond this many they are merged.
MAX_LOOSE_ROWS = 5_000
#: Cells of at most this many offers are searched together with small cells nearby ...
SMALL_CELL = 16
#: ... those within a cube of this many cells a side.
SMALL_CELL_GROUP = 4
#: Offers whose keywords (for the reasons) are kept while describing all pairs.
KEYWORD_CACHE_SIZE = 20_000
#: What searching a block costs beyond its product, in product entries, for sharing the
#: blocks fairly between processes (roughly: the fixed calls of a small block).
BLOCK_OVERHEAD = 5_000

Record = OfferRecord | NeedRecord | OrganisationRecord
#: Rows and columns (slots) of a place block, and the cell of each column where the block
#: joins several small cells (see ``OfferIndex._blocks``).
Block = tuple[np.ndarray, np.ndarray, np.ndarray | None]


#: Offers whose vectors an index asks its encoder for at once while it is built.
MEANING_CHUNK = 5_000


@contextlib.contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Python's cycle collector off for a while (reference counting still frees everything);
    back on afterwards unless it was off before. Also a decorator."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _words(mask: int, count: int) -> list[int]:
    return [(mask >> (64 * k)) & _WORD_MASK for k in range(count)]


def _week_masks(record: Record) -> tuple[int, int, int]:
    """Quarter-hour bitmask of the week, the same widened by the neighbour gap, weekdays."""
    week = near = days = 0
    widen = NEIGHBOUR_GAP_MINUTES // BIN_MINUTES
    for weekday, start, end in getattr(record, "weekly_slots", ()):
        first = parse_time(start) // BIN_MINUTES
        last = -(-parse_time(end) // BIN_MINUTES)
        offset = weekday * BINS_PER_DAY
        week |= ((1 << (last - first)) - 1) << (offset + first)
        near_first, near_last = max(0, first - widen), min(BINS_PER_DAY, last + widen)
        near |= ((1 << (near_last - near_first)) - 1) << (offset + near_first)
        days |= 1 << weekday
    return week, near, days


class SignalStore:
    """The structured signals of records in growable numpy arrays, one row per slot."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.groups = LabelBits()
        self.topics = LabelBits()
        self.organisations: dict[str, int] = {}
        self.districts: dict[str, int] = {}
        self.lexicon = lexicon if lexicon is not None else default_lexicon()
        # Lexicon kinds first, so close pairs have fixed ids; compounds are added as seen.
        self.kinds: dict[str, int] = {k: n for n, k in enumerate(sorted(self.lexicon.kinds))}
        self.heads: dict[str, int] = {}
        self.stems: dict[str, int] = {}
        close = [
            (self.kinds[a], self.kinds[b])
            for a, b in self.lexicon.close
            if a in self.kinds and b in self.kinds
        ]
        self.close_keys = np.unique(
            np.array(
                [a * scoring.KIND_KEY + b for a, b in close]
                + [b * scoring.KIND_KEY + a for a, b in close],
                dtype=np.int64,
            )
        )
        self._broad = 0
        self._broad_seen = 0
        self.capacity = 0
        self.arrays = self._empty(0, 1, 1)

    def _empty(self, rows: int, group_words: int, topic_words: int) -> SignalArrays:
        return SignalArrays(
            group_bits=np.zeros((rows, group_words), np.uint64),
            group_count=np.zeros(rows, np.int32),
            topic_bits=np.zeros((rows, topic_words), np.uint64),
            topic_count=np.zeros(rows, np.int32),
            lat=np.full(rows, np.nan),
            lon=np.full(rows, np.nan),
            district=np.full(rows, -1, np.int32),
            organisation=np.full(rows, -1, np.int32),
            week=np.zeros((rows, WEEK_WORDS), np.uint64),
            near_week=np.zeros((rows, WEEK_WORDS), np.uint64),
            days=np.zeros(rows, np.uint8),
            has_slots=np.zeros(rows, bool),
            specific_bits=np.zeros((rows, group_words), np.uint64),
            specific_count=np.zeros(rows, np.int32),
            kind=np.full(rows, -1, np.int32),
            kind_head=np.full(rows, -1, np.int32),
            kind_modifier=np.full(rows, -1, np.int32),
            title_stems=np.full((rows, scoring.TITLE_STEMS), -1, np.int32),
            close_keys=self.close_keys,
        )

    def _reserve(self, rows: int) -> None:
        group_words, topic_words = self.groups.words, self.topics.words
        old = self.arrays
        if (
            rows <= self.capacity
            and old.group_bits.shape[1] >= group_words
            and old.topic_bits.shape[1] >= topic_words
        ):
            return
        capacity = max(rows, self.capacity if rows <= self.capacity else 2 * self.capacity, 16)
        new = self._empty(
            capacity,
            max(group_words, old.group_bits.shape[1]),
            max(topic_words, old.topic_bits.shape[1]),
        )
        n = self.capacity
        for name in SignalArrays.__slots__:
            if name in scoring.SHARED_FIELDS:
                continue
            source, target = getattr(old, name), getattr(new, name)
            if source.ndim == 2:
                target[:n, : source.shape[1]] = source
            else:
                target[:n] = source
        self.arrays = new
        self.capacity = capacity

    def reserve(self, rows: int) -> None:
        self._reserve(rows)

    def _bits(self, labels: LabelBits, values: Iterable[str]) -> tuple[int, int]:
        keys = {label_key(value) for value in values}
        mask = 0
        for key in keys:
            mask |= 1 << labels.positions[key]
        return mask, len(keys)

    def set_rows(self, slots: list[int], records: list[Record]) -> None:
        """Write the signals of ``records`` into rows ``slots`` (in bulk: one numpy pass)."""
        if not slots:
            return
        for record in records:
            self.groups.register(record.target_groups)
            self.topics.register(record.topics)
        self._reserve(max(slots) + 1)
        a = self.arrays
        group_words, topic_words = a.group_bits.shape[1], a.topic_bits.shape[1]
        group_rows, topic_rows, week_rows, near_rows = [], [], [], []
        group_counts, topic_counts, days, districts, organisations = [], [], [], [], []
        specific_rows, specific_counts, kinds, heads, modifiers, title_rows = [], [], [], [], [], []
        broad = self._broad_mask()
        for record in records:
            mask, count = self._bits(self.groups, record.target_groups)
            group_rows.append(_words(mask, group_words))
            group_counts.append(count)
            specific = mask & ~broad
            specific_rows.append(_words(specific, group_words))
            specific_counts.append(specific.bit_count())
            kind, head, modifier, stems = self._title(getattr(record, "title", None))
            kinds.append(kind)
            heads.append(head)
            modifiers.append(modifier)
            title_rows.append(stems)
            mask, count = self._bits(self.topics, record.topics)
            topic_rows.append(_words(mask, topic_words))
            topic_counts.append(count)
            week, near, weekdays = _week_masks(record)
            week_rows.append(_words(week, WEEK_WORDS))
            near_rows.append(_words(near, WEEK_WORDS))
            days.append(weekdays)
            district = label_key(record.district) if record.district else None
            districts.append(
                -1 if district is None else self.districts.setdefault(district, len(self.districts))
            )
            organisation = getattr(record, "organisation_id", None)
            organisations.append(
                -1
                if organisation is None
                else self.organisations.setdefault(organisation, len(self.organisations))
            )
        rows = np.asarray(slots, dtype=np.int64)
        a.group_bits[rows] = np.array(group_rows, dtype=np.uint64).reshape(len(rows), -1)
        a.group_count[rows] = group_counts
        a.topic_bits[rows] = np.array(topic_rows, dtype=np.uint64).reshape(len(rows), -1)
        a.topic_count[rows] = topic_counts
        a.week[rows] = np.array(week_rows, dtype=np.uint64)
        a.near_week[rows] = np.array(near_rows, dtype=np.uint64)
        a.days[rows] = days
        a.has_slots[rows] = np.array(days) > 0
        a.lat[rows] = [np.nan if r.lat is None else float(r.lat) for r in records]
        a.lon[rows] = [np.nan if r.lon is None else float(r.lon) for r in records]
        a.district[rows] = districts
        a.organisation[rows] = organisations
        a.specific_bits[rows] = np.array(specific_rows, dtype=np.uint64).reshape(len(rows), -1)
        a.specific_count[rows] = specific_counts
        a.kind[rows] = kinds
        a.kind_head[rows] = heads
        a.kind_modifier[rows] = modifiers
        a.title_stems[rows] = np.array(title_rows, dtype=np.int32).reshape(len(rows), -1)

    def _broad_mask(self) -> int:
        """Bits of the broad target groups among the labels registered so far."""
        positions = self.groups.positions
        if self._broad_seen < len(positions):
            for label, position in list(positions.items())[self._broad_seen :]:
                if self.lexicon.is_broad_group(label):
                    self._broad |= 1 << position
            self._broad_seen = len(positions)
        return self._broad

    def _title(self, title: str | None) -> tuple[int, int, int, list[int]]:
        """Ids of the kind, head and modifier a title names, and of its first words."""
        empty = [-1] * scoring.TITLE_STEMS
        if not title:
            return -1, -1, -1, empty
        kind, stems = self.lexicon.describe_title(title)
        ids = [self.stems.setdefault(s, len(self.stems)) for s in stems[: scoring.TITLE_STEMS]]
        ids += empty[len(ids) :]
        if kind is None:
            return -1, -1, -1, ids
        return (
            self.kinds.setdefault(kind.kind, len(self.kinds)),
            -1 if kind.head is None else self.heads.setdefault(kind.head, len(self.heads)),
            -1 if kind.modifier is None else self.stems.setdefault(kind.modifier, len(self.stems)),
            ids,
        )

    def single(self, record: Record) -> SignalArrays:
        """The signals of one record outside the store (a need), with the store's bit layout."""
        store = SignalStore(self.lexicon)
        store.groups, store.topics = self.groups, self.topics
        store.organisations, store.districts = dict(self.organisations), self.districts
        store.kinds, store.heads, store.stems = self.kinds, self.heads, self.stems
        store._broad, store._broad_seen = self._broad_mask(), len(self.groups.positions)
        store.set_rows([0], [record])
        self._reserve(self.capacity)  # labels of the record may have widened the bit sets
        return store.arrays


class OfferIndex:
    """All offers of an installation, for parallel offers and for needs.

    ``OfferIndex(offers)`` validates and indexes the offers (a bad record raises
    :class:`ValueError`; filter with :func:`~.records.partition_valid` first to skip bad ones).
    """

    # A city's build makes millions of word lists and per-word entries, none of them in a
    # cycle: the cycle collector would walk them all again and again (10–20 s of the build at
    # 500,000 offers, bench/README.md, "The build without the cycle collector").
    @cycle_collector_paused()
    def __init__(
        self,
        offers: Iterable[OfferRecord] = (),
        *,
        min_score: float | None = None,
        text_model: TextModel | None = None,
        encoder: Encoder | None = None,
        second_encoder: Encoder | None = None,
    ) -> None:
        """``encoder`` (see :mod:`.meaning`) adds the sentence encoder's second opinion on the
        text; without it only TF-IDF judges the text. ``second_encoder`` (e5, with a
        ``dimensions`` attribute) judges beside it; it is ignored without ``encoder``."""
        if min_score is None:
            min_score = scoring.DEFAULT_MIN_SCORE
        if not 0.0 <= min_score <= 1.0:
            raise ValueError(f"min_score must be between 0 and 1, not {min_score!r}")
        self.min_score = float(min_score)
        self.min_cosine = scoring.min_cosine_for(self.min_score)
        records = list(offers)
        seen: set[str] = set()
        for record in records:
            validate_offer(record)
            if record.id in seen:
                raise ValueError(f"Offer {record.id!r}: id is not unique")
            seen.add(record.id)
        self.text_model = text_model or TextModel()
        texts = [offer_text(r.title, r.description) for r in records]
        if self.text_model.is_fitted:
            matrix = self.text_model.transform(texts)
        else:
            matrix = self.text_model.fit_transform(texts)
        self._records: list[OfferRecord | None] = list(records)
        self._slot_of = {record.id: slot for slot, record in enumerate(records)}
        self._alive = np.ones(len(records), dtype=bool)
        self._base = matrix
        self._loose: dict[int, sp.csr_matrix] = {}
        self._signals = SignalStore(self.text_model.lexicon)
        # Room for new offers, so the first edits after a build do not copy every array.
        self._signals.reserve(len(records) + len(records) // 10 + 64)
        self._signals.set_rows(list(range(len(records))), records)
        self._cells: dict[tuple[int, int, int], set[int]] = {}
        self._cell_of: dict[int, tuple[int, int, int]] = {}
        self._in_district: dict[int, set[int]] = {}
        self._district_only: dict[int, set[int]] = {}
        self._nowhere: set[int] = set()
        self._place_all(np.arange(len(records)))
        self.text_model.trim_caches()
        self.encoder = encoder
        # One vector per slot in 8 bits, as e5's: a quarter of float32's memory, and turned
        # back into float32 faster than float16 (see engine/vectors.py). Removed
        # offers, and texts not read yet, have none, which meets nothing.
        self._meaning: EightBitVectors | None = None
        if encoder is not None:
            self._meaning = EightBitVectors(len(records) + len(records) // 10 + 64, DIMENSIONS)
            # In chunks: the encoder hands out float32 rows, four times the index's own size.
            for start in range(0, len(records), MEANING_CHUNK):
                chunk = records[start : start + MEANING_CHUNK]
                self._meaning.set(
                    start, encoder.encode([meaning_text(r.title, r.description) for r in chunk])
                )
        self.second_encoder = second_encoder if encoder is not None else None
        self._second: EightBitVectors | None = None
        if self.second_encoder is not None:
            assert self._meaning is not None
            self._second = EightBitVectors(len(self._meaning), self.second_encoder.dimensions)
            for start in range(0, len(records), MEANING_CHUNK):
                chunk = records[start : start + MEANING_CHUNK]
                self._second.set(
                    start,
                    self.second_encoder.encode(
                        [meaning_text(r.title, r.description) for r in chunk]
                    ),
                )

    # -- bookkeeping -------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._slot_of)

    def __contains__(self, offer_id: object) -> bool:
        return offer_id in self._slot_of

    def offers(self) -> list[OfferRecord]:
        return [r for r in self._records if r is not None]

    def get(self, offer_id: str) -> OfferRecord:
        return self._record(self._slot(offer_id))

    def _slot(self, offer_id: str) -> int:
        try:
            return self._slot_of[offer_id]
        except KeyError:
            raise KeyError(f"Offer {offer_id!r} is not in the index") from None

    def _record(self, slot: int) -> OfferRecord:
        record = self._records[slot]
        assert record is not None
        return record

    def _place_all(self, slots: np.ndarray) -> None:
        a = self._signals.arrays
        lat, lon, district = a.lat[slots], a.lon[slots], a.district[slots]
        has_coords = ~np.isnan(lat)
        cells = grid_cells(unit_vectors(lat[has_coords], lon[has_coords]), CELL_M)
        for slot, cell in zip(slots[has_coords].tolist(), map(tuple, cells.tolist()), strict=True):
            self._cells.setdefault(cell, set()).add(slot)
            self._cell_of[slot] = cell
        for slot, coords, d in zip(slots.tolist(), has_coords, district.tolist(), strict=True):
            if d >= 0:
                self._in_district.setdefault(d, set()).add(slot)
                if not coords:
                    self._district_only.setdefault(d, set()).add(slot)
            elif not coords:
                self._nowhere.add(slot)

    def _unplace(self, slot: int) -> None:
        # Called before the slot's signals are overwritten, so they still say where it was.
        cell = self._cell_of.pop(slot, None)
        if cell is not None:
            self._cells[cell].discard(slot)
        district = int(self._signals.arrays.district[slot])
        for groups in (self._in_district, self._district_only):
            groups.get(district, set()).discard(slot)
        self._nowhere.discard(slot)

    # -- edits -------------------------------------------------------------------------------

    def add(self, offer: OfferRecord) -> None:
        """Index a new offer; :meth:`parallels_of` then finds its parallels."""
        validate_offer(offer)
        if offer.id in self._slot_of:
            raise ValueError(f"Offer {offer.id!r}: id is already in the index")
        slot = len(self._records)
        self._records.append(offer)
        self._alive = np.append(self._alive, True)
        self._store(slot, offer)

    def update(self, offer: OfferRecord) -> None:
        """Replace the offer with the same id (its text, groups, place or times changed)."""
        validate_offer(offer)
        slot = self._slot(offer.id)
        self._unplace(slot)
        self._records[slot] = offer
        self._store(slot, offer)

    def upsert(self, offer: OfferRecord) -> None:
        if offer.id in self._slot_of:
            self.update(offer)
        else:
            self.add(offer)

    def remove(self, offer_id: str) -> None:
        slot = self._slot(offer_id)
        self._unplace(slot)
        self._records[slot] = None
        self._alive[slot] = False
        self._loose.pop(slot, None)
        if self._meaning is not None:
            self._meaning.clear(slot)
        if self._second is not None:
            self._second.clear(slot)
        del self._slot_of[offer_id]

    def _store(self, slot: int, offer: OfferRecord) -> None:
        self._slot_of[offer.id] = slot
        self._loose[slot] = self.text_model.transform([offer_text(offer.title, offer.description)])
        self._signals.set_rows([slot], [offer])
        self._place_all(np.array([slot]))
        if self._meaning is not None:
            if slot >= len(self._meaning):
                self._meaning.grow(slot + slot // 2 + 64)
            self._meaning.set(
                slot, self.encoder.encode([meaning_text(offer.title, offer.description)])
            )
        if self._second is not None:
            self._second.grow(len(self._meaning))
            self._second.set(
                slot, self.second_encoder.encode([meaning_text(offer.title, offer.description)])
            )
        if len(self._loose) > MAX_LOOSE_ROWS:
            self._matrix()  # fold the loose rows into the main matrix, once in a while

    def rebuild(self, lexicon: Lexicon | None = None) -> None:
        """Refit the text model on the current offers and rebuild everything from scratch,
        with the lexicon the index was built with (a network's own terms included) unless
        ``lexicon`` is given."""
        self.__init__(  # type: ignore[misc]
            self.offers(),
            min_score=self.min_score,
            text_model=self.text_model.unfitted(lexicon),
            encoder=self.encoder,
            second_encoder=self.second_encoder,
        )

    # -- vectors -----------------------------------------------------------------------------

    def _rows(self, slots: np.ndarray) -> sp.csr_matrix:
        """Text vectors of ``slots`` (alive ones), in that order."""
        n_features = self.text_model.n_features
        if not self._loose:
            return self.text_model.widen(self._base[slots])
        loose = np.fromiter((s in self._loose for s in slots.tolist()), bool, len(slots))
        parts, order = [], []
        if (~loose).any():
            parts.append(self.text_model.widen(self._base[slots[~loose]]))
            order.append(np.flatnonzero(~loose))
        if loose.any():
            rows = [self._loose[s] for s in slots[loose].tolist()]
            parts.append(
                sp.vstack([sp.csr_matrix(r, shape=(1, n_features)) for r in rows], format="csr")
            )
            order.append(np.flatnonzero(loose))
        stacked = sp.vstack(parts, format="csr")
        position = np.empty(len(slots), dtype=np.int64)
        position[np.concatenate(order)] = np.arange(len(slots))
        return stacked[position]

    def _matrix(self) -> sp.csr_matrix:
        """All vectors as one matrix, row = slot (rows of removed offers are empty)."""
        n_slots = len(self._records)
        n_features = self.text_model.n_features
        if not self._loose and self._base.shape[0] == n_slots:
            self._base = self.text_model.widen(self._base)
            return self._base
        loose_slots = sorted(self._loose)
        stacked = sp.vstack(
            [self.text_model.widen(self._base), sp.csr_matrix((1, n_features), dtype=np.float32)]
            + [sp.csr_matrix(self._loose[s], shape=(1, n_features)) for s in loose_slots],
            format="csr",
        )
        empty_row = self._base.shape[0]
        take = np.full(n_slots, empty_row, dtype=np.int64)
        base_slots = np.arange(min(n_slots, self._base.shape[0]))
        take[base_slots] = base_slots
        take[loose_slots] = empty_row + 1 + np.arange(len(loose_slots))
        take[~self._alive] = empty_row
        self._base = stacked[take]
        self._loose = {}
        return self._base

    def _meaning_vectors(self, slots: np.ndarray) -> np.ndarray:
        assert self._meaning is not None
        return self._meaning.rows(slots)

    def _meaning_cosines(self, slots: np.ndarray, query: np.ndarray) -> np.ndarray:
        """USE's cosine of ``query`` and the vector of each of ``slots``."""
        assert self._meaning is not None
        return self._meaning.products_with(slots, query)

    def _with_meaning(self, first: np.ndarray, second: np.ndarray, cosine: np.ndarray):
        """The text cosine of pairs with the sentence models' opinion (see :mod:`.meaning`)."""
        if self._meaning is None:
            return cosine
        meaning = np.einsum("ij,ij->i", self._meaning_vectors(first), self._meaning_vectors(second))
        e5 = None if self._second is None else self._second.cosines_of_pairs(first, second)
        return np.maximum(cosine, offer_opinion(meaning, e5))

    def _with_meaning_of(self, slot: int, others: np.ndarray, cosine: np.ndarray):
        """:meth:`_with_meaning` of one offer and many: its vector is read once, not per pair."""
        if self._meaning is None:
            return cosine
        mine = np.array([slot])
        meaning = self._meaning_vectors(others) @ self._meaning_vectors(mine)[0]
        e5 = None
        if self._second is not None:
            e5 = self._second.cosines_with(others, self._second.rows(mine)[0])
        return np.maximum(cosine, offer_opinion(meaning, e5))

    def meaning_cosine(self, first_id: str, second_id: str) -> float | None:
        """The encoder's cosine of two indexed offers; ``None`` without an encoder or while
        either offer has no vector (an encoder that only reads stored vectors)."""
        if self._meaning is None:
            return None
        slots = np.array([self._slot(first_id), self._slot(second_id)])
        if not self._meaning.has(slots).all():
            return None
        vectors = self._meaning_vectors(slots)
        return round(float(vectors[0] @ vectors[1]), 6)

    def second_meaning_cosine(self, first_id: str, second_id: str) -> float | None:
        """The second model's cosine of two indexed offers; ``None`` without one or while
        either offer has no vector from it."""
        if self._second is None:
            return None
        slots = np.array([self._slot(first_id)]), np.array([self._slot(second_id)])
        cosine = float(self._second.cosines_of_pairs(*slots)[0])
        return None if np.isnan(cosine) else round(cosine, 6)

    def without_meaning(self, offer_ids: Iterable[str] | None = None) -> list[str]:
        """Offers (of ``offer_ids``, or all) that have no vector of some model yet; none without
        an encoder. An encoder that only reads stored vectors leaves a new text without one."""
        if self._meaning is None:
            return []
        ids = list(self._slot_of) if offer_ids is None else [i for i in offer_ids if i in self]
        if not ids:
            return []
        slots = np.array([self._slot_of[i] for i in ids])
        empty = ~self._meaning.has(slots)
        if self._second is not None:
            empty |= ~self._second.has(slots)
        return [offer_id for offer_id, missing in zip(ids, empty, strict=True) if missing]

    # -- parallel offers ---------------------------------------------------------------------

    def _neighbours(self, slot: int) -> np.ndarray:
        """Slots that may be parallel to ``slot`` by place (see the module docstring)."""
        found: set[int] = set()
        cell = self._cell_of.get(slot)
        district = int(self._signals.arrays.district[slot])
        if cell is not None:
            x, y, z = cell
            for dx, dy, dz in ALL_NEIGHBOURS:
                found |= self._cells.get((x + dx, y + dy, z + dz), set())
            if district >= 0:
                found |= self._district_only.get(district, set())
        elif district >= 0:
            found |= self._in_district.get(district, set())
        else:
            found |= self._nowhere
        found.discard(slot)
        return np.fromiter(sorted(found), dtype=np.int64, count=len(found))

    def parallels_of(self, offer_id: str) -> list[ParallelOffers]:
        """The parallel offers of one offer, best first."""
        slot = self._slot(offer_id)
        others = self._neighbours(slot)
        mine = np.full(len(others), slot, dtype=np.int64)
        if self.min_score > 0:
            # A closed gate scores 0 whatever the texts say: compare texts only where it is
            # open (for one in fourteen neighbours by place in the synthetic city).
            open_gate = scoring.structural_gate(self._signals.arrays, mine, others)
            others, mine = others[open_gate], mine[open_gate]
        if len(others) == 0:
            return []
        query = self._rows(np.array([slot]))
        cosine = (self._rows(others) @ query.T).toarray().ravel()
        cosine = self._with_meaning_of(slot, others, cosine)
        keep = cosine >= self.min_cosine
        others, cosine, mine = others[keep], cosine[keep], mine[keep]
        scores = scoring.score_parallel(self._signals.arrays, mine, others, cosine)
        keep = scores >= self.min_score
        return self._findings(mine[keep], others[keep], scores[keep])

    def _pair_cosine(self, first: int, second: int, vectors: sp.csr_matrix) -> float:
        cosine = np.array([(vectors[0] @ vectors[1].T).toarray()[0, 0]])
        return float(self._with_meaning(np.array([first]), np.array([second]), cosine)[0])

    def score_pair(self, first_id: str, second_id: str) -> float:
        """The score of two indexed offers, whatever the threshold (0 where a gate closes).

        For a coordinator's "why are these two not paired?" and for the evaluation scripts.
        """
        first, second = self._slot(first_id), self._slot(second_id)
        vectors = self._rows(np.array([first, second]))
        cosine = self._pair_cosine(first, second, vectors)
        score = scoring.score_parallel(
            self._signals.arrays, np.array([first]), np.array([second]), np.array([cosine])
        )
        return float(score[0])

    def explain_pair(self, first_id: str, second_id: str) -> PairExplanation:
        """The score of two indexed offers taken apart: each factor, gate, kind and shared word.

        For a coordinator's "warum?" on any two offers, reported or not.
        """
        first, second = self._slot(first_id), self._slot(second_id)
        vectors = self._rows(np.array([first, second]))
        cosine = self._pair_cosine(first, second, vectors)
        parts = scoring.parallel_parts(self._signals.arrays, first, second, cosine)
        parts = dataclasses.replace(
            parts,
            words_cosine=round(float((vectors[0] @ vectors[1].T).toarray()[0, 0]), 6),
            meaning_cosine=self.meaning_cosine(first_id, second_id),
            second_meaning_cosine=self.second_meaning_cosine(first_id, second_id),
        )
        a, b = self._record(first), self._record(second)
        text_a, text_b = offer_text(a.title, a.description), offer_text(b.title, b.description)
        keywords_a = keywords_of(text_a, self.text_model)
        keywords_b = keywords_of(text_b, self.text_model)
        kinds_a, kinds_b = self.text_model.kinds_of(text_a), self.text_model.kinds_of(text_b)
        told_a, told_b = (
            self.text_model.told_kinds_of(text_a),
            self.text_model.told_kinds_of(text_b),
        )
        # What each side is about: the kinds it names, or else those it tells of.
        about_a = set(kinds_a) | {kind for _, kind in told_a}
        about_b = set(kinds_b) | {kind for _, kind in told_b}
        situations_told = [told for told in told_a if told[1] in about_b]
        situations_told += [told for told in told_b if told[1] in about_a]
        lexicon = self.text_model.lexicon
        return PairExplanation(
            a=a.id,
            b=b.id,
            score=parts.score,
            min_score=self.min_score,
            reported=parts.score >= self.min_score,
            parts=parts,
            kinds_a=tuple(kinds_a),
            kinds_b=tuple(kinds_b),
            shared_kinds=tuple(k for k in kinds_a if k in kinds_b),
            title_kind_a=lexicon.describe_title(a.title)[0],
            title_kind_b=lexicon.describe_title(b.title)[0],
            shared_words=tuple(shared_keywords(keywords_a, keywords_b, limit=10)),
            reasons=parallel_reasons(
                a,
                b,
                keywords_first=keywords_a,
                keywords_second=keywords_b,
                distance_m=parts.distance_m,
            ),
            situations_told=tuple(dict.fromkeys(situations_told)),
        )

    def all_parallels(self, *, processes: int | None = None) -> list[ParallelOffers]:
        """Every pair of parallel offers in the index, best first.

        ``processes``: how many processes share the search for pairs (see :mod:`.processes`);
        by default the machine's cores for a large index where forking is safe, else one. The
        findings are the same either way.
        """
        if processes is None:
            processes = default_processes(len(self))
        if processes <= 1:
            first, second, scores = self._scored_pairs(self._blocks())
            return self._findings(first, second, scores)
        self._matrix()  # merged before the fork, so the children share one matrix
        blocks = list(self._blocks())
        parts = [
            blocks[run.start : run.stop]
            for run in split(
                [len(rows) * len(columns) + BLOCK_OVERHEAD for rows, columns, _ in blocks],
                processes * PARTS_PER_PROCESS,
            )
        ]
        del blocks
        # Only the search is shared: the pairs come back as three arrays, which cost the
        # children little memory. Describing them makes millions of small objects, and a
        # child making them in the parent's half-free memory pages would copy those pages.
        found = run_parts(self._scored_pairs, parts, processes)
        first, second, scores = (np.concatenate(column) for column in zip(*found, strict=True))
        del found
        return self._findings(first, second, scores)

    def _blocks(self) -> Iterator[Block]:
        """(rows, columns, cells) slot blocks that together hold every pair that may pass the
        gates.

        ``rows`` is always a prefix of ``columns``; pairs inside that prefix are visited twice
        and the caller keeps one of them. ``cells`` is ``None`` for a block of one cell (or of
        offers without coordinates); for a block of several small cells it holds the cell of
        each column, and the caller keeps only pairs of neighbouring cells, each once.
        """
        small: dict[tuple[int, int, int], list[tuple[int, int, int]]] = {}
        for cell, members in self._cells.items():
            if not members:
                continue
            if len(members) <= SMALL_CELL:
                small.setdefault(tuple(c // SMALL_CELL_GROUP for c in cell), []).append(cell)
                continue
            yield *self._cell_block([cell]), None
        # Each block costs a fixed overhead of sparse indexing and scoring calls, which
        # dominates for cells of a handful of offers (small towns): such cells nearby are
        # searched as one block.
        for group in small.values():
            rows, columns = self._cell_block(group)
            cells = None
            if len(group) > 1:
                cells = np.array([self._cell_of[slot] for slot in columns.tolist()])
            yield rows, columns, cells
        for district, members in self._district_only.items():
            if not members:
                continue
            rows = np.array(sorted(members), dtype=np.int64)
            rest = sorted(self._in_district.get(district, set()) - members)
            yield rows, np.concatenate([rows, np.array(rest, dtype=np.int64)]), None
        if self._nowhere:
            rows = np.array(sorted(self._nowhere), dtype=np.int64)
            yield rows, rows, None

    def _cell_block(self, group: list[tuple[int, int, int]]) -> tuple[np.ndarray, np.ndarray]:
        """The offers of ``group``'s cells (rows) and, after them, those of their forward
        neighbour cells outside the group (columns)."""
        inside = set(group)
        rows = sorted(slot for cell in group for slot in self._cells[cell])
        around = sorted(
            {
                (x + dx, y + dy, z + dz)
                for x, y, z in group
                for dx, dy, dz in FORWARD_NEIGHBOURS
                if (x + dx, y + dy, z + dz) not in inside
            }
        )
        columns = [np.array(rows, dtype=np.int64)]
        for cell in around:
            neighbours = self._cells.get(cell)
            if neighbours:
                columns.append(np.array(sorted(neighbours), dtype=np.int64))
        return columns[0], np.concatenate(columns)

    def _scored_pairs(self, blocks: Iterable[Block]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Slot pairs (i, j) and scores of every pair of ``blocks`` that reaches the
        threshold."""
        signals = self._signals.arrays
        firsts, seconds, scores = [], [], []
        # Score each block's candidates right away: holding all candidates of a large corpus
        # with their gathered signals would take many times the memory of the result.
        for first, second, cosine in self._candidate_pairs(blocks):
            score = scoring.score_parallel(signals, first, second, cosine)
            keep = score >= self.min_score
            firsts.append(first[keep])
            seconds.append(second[keep])
            scores.append(score[keep])
        if not firsts:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, np.zeros(0)
        return np.concatenate(firsts), np.concatenate(seconds), np.concatenate(scores)

    def _candidate_pairs(
        self, blocks: Iterable[Block]
    ) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
        """Slot pairs (i, j) from ``blocks`` whose text cosine reaches the index's bound."""
        matrix = self._matrix()
        for rows, columns, cells in blocks:
            column_vectors = matrix[columns].T.tocsr()
            column_meaning = None if self._meaning is None else self._meaning_vectors(columns).T
            column_second = None if self._second is None else self._second.rows(columns).T
            step = max(1, MAX_PRODUCT_ENTRIES // len(columns))
            for start in range(0, len(rows), step):
                chunk = rows[start : start + step]
                product = (matrix[chunk] @ column_vectors).tocoo()
                if column_meaning is None:
                    similar = product.data >= self.min_cosine
                    row, column = product.row[similar], product.col[similar]
                    cosine = product.data[similar]
                else:
                    second = None
                    if column_second is not None:
                        second = self._second_block(chunk, columns, column_second)
                    row, column, cosine = self._similar_with_meaning(
                        product, self._meaning_vectors(chunk) @ column_meaning, second
                    )
                row = row + start
                # Inside the block's own rows each pair appears twice (and with itself).
                once = (column >= len(rows)) | (row < column)
                if cells is not None:
                    once &= _visited_here(cells[row], cells[column], column < len(rows))
                yield rows[row[once]], columns[column[once]], cosine[once]

    def _second_block(
        self, rows: np.ndarray, columns: np.ndarray, column_vectors: np.ndarray
    ) -> np.ndarray:
        """e5's cosines of a block, dense like USE's (``nan`` where an offer has no vector):
        one product of the block is far cheaper than gathering two vectors per selected pair,
        which in a dense block of a city are millions."""
        assert self._second is not None
        cosines = self._second.rows(rows) @ column_vectors
        missing = ~self._second.has(rows)[:, None] | ~self._second.has(columns)[None, :]
        cosines[missing] = np.nan
        return cosines

    def _similar_with_meaning(
        self, product: sp.coo_matrix, meaning: np.ndarray, second: np.ndarray | None
    ):
        """Entries of a block whose text cosine, TF-IDF or the models', reaches the bound.

        ``meaning`` holds USE's cosines of the whole block (dense: every pair has one),
        ``second`` e5's (or ``None`` without e5), ``product`` the TF-IDF cosines where the
        texts share an n-gram.
        """
        # Select on USE's own scale first and convert only what is selected: the block is
        # dense, and converting all of it to the text scale cost more than the product. e5 can
        # only lower USE's opinion (apart from USE's lower floor beside it), so selecting on
        # USE's alone keeps the search exact.
        near = meaning >= min_meaning_cosine(self.min_cosine, with_e5=second is not None)
        tfidf = np.zeros(meaning.shape, dtype=np.float32)
        tfidf[product.row, product.col] = product.data
        near[product.row, product.col] |= product.data >= self.min_cosine
        row, column = np.nonzero(near)
        e5 = None if second is None else second[row, column]
        text = np.maximum(
            offer_opinion(meaning[row, column], e5).astype(np.float32), tfidf[row, column]
        )
        keep = text >= self.min_cosine
        return row[keep], column[keep], text[keep]

    def _findings(
        self, first: np.ndarray, second: np.ndarray, scores: np.ndarray
    ) -> list[ParallelOffers]:
        # Pairs arrive block by block, so nearby offers recur together: a bounded cache keeps
        # the keywords of the current neighbourhood without holding those of the whole corpus.
        @functools.lru_cache(maxsize=KEYWORD_CACHE_SIZE)
        def keywords_for(slot: int) -> Keywords:
            record = self._record(slot)
            # The title once: offer_text() repeats it to weigh it, and a keyword has no count.
            return keywords_of(f"{record.title}\n{record.description}", self.text_model)

        findings = []
        # Millions of small result objects would otherwise trigger the cycle collector over
        # and over; none of them can form a cycle.
        with cycle_collector_paused():
            self._describe(first, second, scores, keywords_for, findings)
            # Still without the collector: the sort's key tuples would set it off again and
            # again, and each full run walks every finding made so far.
            findings.sort(key=lambda f: (-f.score, f.a, f.b))
        return findings

    def _describe(
        self,
        first: np.ndarray,
        second: np.ndarray,
        scores: np.ndarray,
        keywords_for: Callable[[int], Keywords],
        findings: list[ParallelOffers],
    ) -> None:
        # Neighbours share most reasons value for value ("beide für Kinder", "gleiche Zeiten"):
        # one object each instead of one per pair keeps a city's million pairs in less memory.
        shared: dict[Reason, Reason] = {}
        for i, j, score in zip(first.tolist(), second.tolist(), scores.tolist(), strict=True):
            a, b = self._record(i), self._record(j)
            if b.id < a.id:
                a, b, i, j = b, a, j, i
            distance = None
            if a.lat is not None and b.lat is not None:
                distance = distance_m(a.lat, a.lon, b.lat, b.lon)
            # Offers of one title are described without their words: no need to read them.
            words = not same_title(a, b)
            reasons = parallel_reasons(
                a,
                b,
                keywords_first=keywords_for(i) if words else {},
                keywords_second=keywords_for(j) if words else {},
                distance_m=distance,
            )
            reasons = tuple([shared.setdefault(reason, reason) for reason in reasons])
            findings.append(ParallelOffers(a.id, b.id, round(score, 6), reasons))

    # -- needs -------------------------------------------------------------------------------

    def _need_cosine(self, need: NeedRecord, slots: np.ndarray, rows: sp.csr_matrix) -> np.ndarray:
        """The text cosine of a need and the offers of ``slots`` (their TF-IDF ``rows``): the
        largest of TF-IDF, the situations the need tells of and the encoder's opinion."""
        cosine = self.need_words_cosine(need, rows)
        if self._meaning is None or self.encoder is None:
            return cosine
        text = meaning_text(need.title, need.description)
        query = self.encoder.encode([text])[0]
        meaning = self._meaning_cosines(slots, query)
        use_best = self._best_meaning(slots, meaning, lambda s: self._meaning_cosines(s, query))
        if self._second is None or self.second_encoder is None:
            return np.maximum(cosine, need_opinion(meaning, use_best))
        second, e5_query = self._second, self.second_encoder.encode([text])[0]
        e5 = second.cosines_with(slots, e5_query)
        e5_best = self._best_meaning(slots, e5, lambda s: second.cosines_with(s, e5_query))
        return np.maximum(cosine, need_opinion(meaning, use_best, e5, e5_best))

    def need_words_cosine(self, need: NeedRecord, rows: sp.csr_matrix) -> np.ndarray:
        """The text cosine of a need and offers' TF-IDF ``rows`` without the sentence models:
        the larger of TF-IDF and the situations the need tells of."""
        need_text = offer_text(need.title, need.description)
        query = self.text_model.transform([need_text], offers=False)
        # After transform: a need's words new to the offers widen the vocabulary.
        rows = self.text_model.widen(rows)
        # The one query as a dense column: rows times a vector, not a sparse product.
        cosine = rows @ query.toarray().ravel()
        return np.maximum(cosine, self.text_model.situation_cosine(need_text, rows))

    def _best_meaning(
        self,
        slots: np.ndarray,
        meaning: np.ndarray,
        cosines_of: Callable[[np.ndarray], np.ndarray],
    ) -> float:
        """A model's best cosine of a need and any offer of the index: ``meaning`` holds its
        cosines with ``slots`` (enough when they are all offers), ``cosines_of`` gives the
        others' (``nan`` where an offer has no vector yet)."""
        alive = np.flatnonzero(self._alive)
        if len(slots) == len(alive):
            return _best(meaning)
        best = 0.0
        # In chunks: a city's vectors as float32 at once would double the index's memory.
        for start in range(0, len(alive), MEANING_CHUNK):
            best = max(best, _best(cosines_of(alive[start : start + MEANING_CHUNK])))
        return best

    def need_scores(self, need: NeedRecord, offer_ids: Iterable[str]) -> list[float]:
        """Scores of given offers for a need, whatever the threshold (for evaluation)."""
        validate_need(need)
        slots = np.array([self._slot(offer_id) for offer_id in offer_ids], dtype=np.int64)
        cosine = self._need_cosine(need, slots, self._rows(slots))
        need_signals = self._signals.single(need)
        return scoring.score_for_need(need_signals, self._signals.arrays, slots, cosine).tolist()

    def missed_answers(self, need: NeedRecord, offer_ids: Iterable[str]) -> list[MissedAnswer]:
        """Of the offers linked to a need as answers, those this index would not suggest.

        Each comes with what a coordinator could teach (see :class:`~.results.MissedAnswer`):
        the situation of a need is what its text most often fails to share with the offer
        that meets it. Offers not in the index are left out; the order of ``offer_ids`` stays.
        """
        validate_need(need)
        known = self._known(offer_ids)
        if not known:
            return []
        slots = np.array([self._slot(offer_id) for offer_id in known], dtype=np.int64)
        cosine = self._need_cosine(need, slots, self._rows(slots))
        return self._missed(need, known, slots, cosine)

    def rank_for_need(self, need: NeedRecord, *, limit: int = 10) -> list[NeedMatch]:
        """The offers best placed to meet a need, best first."""
        return self.answers_for_need(need, (), limit=limit)[0]

    def answers_for_need(
        self, need: NeedRecord, linked: Iterable[str], *, limit: int = 10
    ) -> tuple[list[NeedMatch], list[MissedAnswer]]:
        """:meth:`rank_for_need` and :meth:`missed_answers` of the ``linked`` offers at once:
        the need is compared with every offer once, not a second time for its answers."""
        validate_need(need)
        if limit < 1:
            raise ValueError(f"limit must be at least 1, not {limit!r}")
        slots = np.flatnonzero(self._alive)
        if len(slots) == 0:
            return [], []
        matrix = self._matrix()
        # Without removed offers every row is alive: no copy of a city's vectors.
        rows = matrix if len(slots) == matrix.shape[0] else matrix[slots]
        cosine = self._need_cosine(need, slots, rows)
        need_signals = self._signals.single(need)
        scores = scoring.score_for_need(need_signals, self._signals.arrays, slots, cosine)
        order = np.lexsort((slots, -scores))
        order = order[scores[order] >= scoring.NEED_MIN_SCORE][:limit]
        ranked = self._need_matches(need, slots[order], scores[order])
        known = self._known(linked)
        if not known:
            return ranked, []
        linked_slots = np.array([self._slot(offer_id) for offer_id in known], dtype=np.int64)
        # ``slots`` are sorted: where each linked offer's cosine lies among them.
        return ranked, self._missed(
            need, known, linked_slots, cosine[np.searchsorted(slots, linked_slots)]
        )

    def _known(self, offer_ids: Iterable[str]) -> list[str]:
        return [offer_id for offer_id in dict.fromkeys(offer_ids) if offer_id in self]

    def _need_matches(
        self, need: NeedRecord, slots: np.ndarray, scores: np.ndarray
    ) -> list[NeedMatch]:
        need_text = offer_text(need.title, need.description)
        need_keywords = keywords_of(need_text, self.text_model)
        told = self.text_model.situations_of(need_text)
        matches = []
        for slot, score in zip(slots.tolist(), scores.tolist(), strict=True):
            offer = self._record(slot)
            text = offer_text(offer.title, offer.description)
            matches.append(
                NeedMatch(
                    offer.id,
                    offer.organisation_id,
                    round(score, 6),
                    need_reasons(
                        need,
                        offer,
                        keywords_need=need_keywords,
                        keywords_candidate=keywords_of(text, self.text_model),
                        distance_m=_distance(need, offer),
                        situations=_situations_met(told, self.text_model.kinds_of(text)),
                    ),
                )
            )
        return matches

    def _missed(
        self, need: NeedRecord, known: list[str], slots: np.ndarray, cosine: np.ndarray
    ) -> list[MissedAnswer]:
        """Of the offers ``known`` (at ``slots``, with their text ``cosine``), those below the
        need threshold, with what would teach the engine to suggest them."""
        need_signals = self._signals.single(need)
        arrays = self._signals.arrays
        scores = scoring.score_for_need(need_signals, arrays, slots, cosine)
        # What a situation entry would give: the text cosine of a told situation.
        taught = scoring.score_for_need(
            need_signals, arrays, slots, np.maximum(cosine, SITUATION_COSINE)
        )
        missed = []
        for offer_id, score, with_entry in zip(known, scores, taught, strict=True):
            if score >= scoring.NEED_MIN_SCORE:
                continue
            offer = self.get(offer_id)
            text = offer_text(offer.title, offer.description)
            kinds = tuple(self.text_model.kinds_of(text))
            missed.append(
                MissedAnswer(
                    offer_id,
                    round(float(score), 6),
                    kinds,
                    untold_words(need.title, need.description, text, self.text_model, kinds),
                    teachable=bool(kinds) and bool(with_entry >= scoring.NEED_MIN_SCORE),
                )
            )
        return missed


def _visited_here(
    row_cells: np.ndarray, column_cells: np.ndarray, inside: np.ndarray
) -> np.ndarray:
    """Which candidate pairs of a block of several cells are its own to visit.

    Pairs of cells further apart than neighbours never pass the place gate. A column outside
    the block's cells may also be reached from its own block, which visits only its forward
    neighbours: here only the pairs whose column lies in a forward neighbour cell of its row's
    cell are kept, so every pair is visited once.
    """
    offset = column_cells - row_cells
    neighbours = (np.abs(offset) <= 1).all(axis=1)
    # (dx, dy, dz) in base 3 orders the offsets as FORWARD_NEIGHBOURS does: 13 is (0, 0, 0).
    forward = (offset + 1) @ np.array([9, 3, 1]) > 13
    return neighbours & (inside | forward)


def _situations_met(told: list[tuple[str, str]], kinds: list[str]) -> list[tuple[str, str]]:
    """The situations a need tells of whose kind the candidate names."""
    return [(situation, kind) for situation, kind in told if kind in kinds]


def _distance(first: Record, second: Record) -> float | None:
    if first.lat is None or second.lat is None or first.lon is None or second.lon is None:
        return None
    return distance_m(first.lat, first.lon, second.lat, second.lon)


def _best(cosines: np.ndarray) -> float:
    """The largest cosine, 0 where there is none (no offers, or none with a vector)."""
    known = cosines[~np.isnan(cosines)]
    return float(known.max()) if len(known) else 0.0
