"""The score of a pair: how text similarity and structured signals combine, in numpy.

A parallel offer does the same kind of thing (text, topics) for the same people (target
groups) in the same area (place) at competing times. Neither half is enough on its own: two
offers that read alike but serve different people, or lie across town, are not parallel; nor
are a German course and a sewing course in the same room at the same hour. So:

* target groups that do not overlap, places too far apart (or not comparable), and offers of
  the same organisation are *gates*: the score is 0;
* otherwise the score is a weighted geometric mean of the text term and the structural
  agreement (target groups, place, topics), multiplied by a time factor that is 1 for
  overlapping times and lower for times that do not compete. A geometric mean needs both
  halves: excellent structure cannot make up for text about something else.

Because every factor is at most 1, a pair can only reach ``min_score`` if its text cosine
reaches :func:`min_cosine_for`; the candidate search relies on that bound, which keeps it exact.
The constants were chosen on the labelled set in ``bench/data/`` (see ``bench/README.md``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .results import ParallelParts
from .signals import bit_count, haversine_m

#: Exponent of the text term in the geometric mean; the structure gets the rest.
TEXT_SHARE = 0.5
W_GROUP = 0.4
W_PLACE = 0.35
W_TOPIC = 0.25

#: The text term rises linearly from cosine TEXT_FLOOR and is full from TEXT_FLOOR + TEXT_SPAN:
#: paraphrases by different organisations often reach only 0.3 ("Sprachcafé" / "Sprachtreff"),
#: and the geometric mean with the structure keeps low cosines from pairing on their own.
TEXT_FLOOR = 0.05
TEXT_SPAN = 0.2

DEFAULT_MIN_SCORE = 0.6

#: Neighbourhood offers are reached on foot or by a short bus ride.
FULL_PLACE_M = 500.0
MAX_DISTANCE_M = 2_000.0
#: A signal one side does not give counts as little agreement: missing data is no evidence.
UNKNOWN = 0.3
SAME_DISTRICT = 0.8
BOTH_WITHOUT_PLACE = 0.6

TIME_OVERLAP = 1.0
TIME_NEIGHBOURING = 0.95
#: Same day, hours apart: people can go to both, so they hardly compete (0.65 until held-out
#: part 2 showed three such pairs reported; 0.55 changed nothing on the other files).
TIME_SAME_DAY = 0.55
TIME_OTHER_DAYS = 0.5
#: One side without times: nothing says they do not compete.
TIME_UNKNOWN = 1.0

#: Factor on the score of *look-alikes*: titles naming different kinds with the same compound
#: head ("Deutschkurs" / "Englischkurs") or kinds the lexicon calls close ("Tafel" /
#: "Foodsharing"). Their texts share many n-grams, which is exactly what misleads the text
#: term; 0.45 keeps them below both default thresholds however well the rest agrees.
LOOK_ALIKE = 0.45
#: Title words compared for the look-alike check (modifiers named in the other title).
TITLE_STEMS = 6

# Needs: a need is met from a little further away than two offers compete.
NEED_W_GROUP = 0.4
NEED_W_PLACE = 0.35
NEED_W_TOPIC = 0.25
NEED_FULL_PLACE_M = 1_000.0
NEED_MAX_DISTANCE_M = 5_000.0
#: A need's list shows only matches above this: a short list of good leads beats a long one.
NEED_MIN_SCORE = 0.5


def text_term(cosine: np.ndarray) -> np.ndarray:
    return np.clip((cosine - TEXT_FLOOR) / TEXT_SPAN, 0.0, 1.0)


def min_cosine_for(min_score: float) -> float:
    """The lowest text cosine with which a pair can still reach ``min_score``.

    Structure and time are at most 1, so ``score <= text_term ** TEXT_SHARE``.
    """
    if min_score <= 0:
        return 0.0
    needed = min(min_score, 1.0) ** (1.0 / TEXT_SHARE)
    # A hair lower: float32 cosines must not drop a pair that float64 scoring would keep.
    return max(0.0, TEXT_FLOOR + TEXT_SPAN * needed - 1e-6)


def combine(text: np.ndarray, structure: np.ndarray) -> np.ndarray:
    return np.power(text, TEXT_SHARE) * np.power(structure, 1.0 - TEXT_SHARE)


@dataclass(slots=True)
class SignalArrays:
    """Structured signals of records, one row per record (see :mod:`.signals`)."""

    group_bits: np.ndarray  # (n, words) uint64
    group_count: np.ndarray  # (n,) int32
    topic_bits: np.ndarray
    topic_count: np.ndarray
    lat: np.ndarray  # (n,) float64, NaN without coordinates
    lon: np.ndarray
    district: np.ndarray  # (n,) int32, -1 without district
    organisation: np.ndarray  # (n,) int32, -1 for needs
    week: np.ndarray  # (n, WEEK_WORDS) uint64
    near_week: np.ndarray
    days: np.ndarray  # (n,) uint8
    has_slots: np.ndarray  # (n,) bool
    # Target groups that are not broad ("Migrant:innen", "Nachbarschaft / alle" are broad).
    specific_bits: np.ndarray  # (n, words) uint64
    specific_count: np.ndarray  # (n,) int32
    # What the title says the offer is (see lexicon.py); -1 where it says nothing.
    kind: np.ndarray  # (n,) int32
    kind_head: np.ndarray  # (n,) int32
    kind_modifier: np.ndarray  # (n,) int32, -1 for none or a generic modifier
    title_stems: np.ndarray  # (n, TITLE_STEMS) int32, -1 padded
    #: Keys ``kind_a * KIND_KEY + kind_b`` of close kinds, both orders, sorted (not per row).
    close_keys: np.ndarray


#: Fields of :class:`SignalArrays` that are not one row per record.
SHARED_FIELDS = frozenset({"close_keys"})
KIND_KEY = 1 << 31


def _overlap(bits_a: np.ndarray, bits_b: np.ndarray, count_a: np.ndarray, count_b: np.ndarray):
    shared = bit_count(bits_a & bits_b).sum(axis=-1, dtype=np.int32)
    smaller = np.minimum(count_a, count_b)
    known = smaller > 0
    ratio = np.where(known, shared / np.maximum(smaller, 1), UNKNOWN)
    return ratio, known, shared


def _place_parallel(s: SignalArrays, i: np.ndarray, j: np.ndarray):
    """Place term and gate for pairs of offers; returns (term, open, distance in m)."""
    lat_i, lat_j = s.lat[i], s.lat[j]
    both_coords = ~np.isnan(lat_i) & ~np.isnan(lat_j)
    dist = np.full(len(i), np.nan)
    if both_coords.any():
        dist[both_coords] = haversine_m(
            lat_i[both_coords], s.lon[i][both_coords], lat_j[both_coords], s.lon[j][both_coords]
        )
    d_i, d_j = s.district[i], s.district[j]
    both_district = ~both_coords & (d_i >= 0) & (d_j >= 0)
    nowhere_i = np.isnan(lat_i) & (d_i < 0)
    nowhere_j = np.isnan(lat_j) & (d_j < 0)
    both_nowhere = nowhere_i & nowhere_j
    term = np.zeros(len(i))
    near = both_coords & (dist <= MAX_DISTANCE_M)
    slope = (1.0 - 0.3) / (MAX_DISTANCE_M - FULL_PLACE_M)
    term[near] = np.minimum(1.0, 1.0 - slope * (dist[near] - FULL_PLACE_M))
    same_district = both_district & (d_i == d_j)
    term[same_district] = SAME_DISTRICT
    term[both_nowhere] = BOTH_WITHOUT_PLACE
    return term, near | same_district | both_nowhere, dist


def time_factor(s: SignalArrays, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    both = s.has_slots[i] & s.has_slots[j]
    factor = np.full(len(i), TIME_UNKNOWN)
    if both.any():
        bi, bj = i[both], j[both]
        overlap = (s.week[bi] & s.week[bj]).any(axis=1)
        near = (s.near_week[bi] & s.week[bj]).any(axis=1)
        same_day = (s.days[bi] & s.days[bj]) > 0
        factor[both] = np.select(
            [overlap, near, same_day],
            [TIME_OVERLAP, TIME_NEIGHBOURING, TIME_SAME_DAY],
            TIME_OTHER_DAYS,
        )
    return factor


def same_people(s: SignalArrays, i: np.ndarray, j: np.ndarray, s_j: SignalArrays | None = None):
    """False where the groups both name are all broad and each side names one the other lacks.

    "Deutschkurs für Frauen mit Kinderbetreuung" and "Deutschkurs für Senior:innen" both list
    "Migrant:innen", yet they serve different people: a broad group alone does not make the
    same people. That holds when the group only one side names is itself broad
    ("Migrant:innen, Nachbarschaft / alle" / "Migrant:innen, Senior:innen"). Where one side's
    groups are all among the other's, or a specific group is shared, overlap decides.
    """
    s_j = s if s_j is None else s_j
    shared_specific = bit_count(s.specific_bits[i] & s_j.specific_bits[j]).sum(axis=-1)
    shared = bit_count(s.group_bits[i] & s_j.group_bits[j]).sum(axis=-1)
    more_i = s.group_count[i] > shared
    more_j = s_j.group_count[j] > shared
    return ~((shared_specific == 0) & more_i & more_j)


def look_alike(
    s: SignalArrays, i: np.ndarray, j: np.ndarray, s_j: SignalArrays | None = None
) -> np.ndarray:
    """True where the titles name different kinds that look alike (see :data:`LOOK_ALIKE`).

    Same head, different modifiers ("Fahrrad|werkstatt" / "Holz|werkstatt"), unless one title
    also names the other's modifier ("Werkstatt für Fahrrad und Holz"); or close kinds.
    """
    s_j = s if s_j is None else s_j
    kind_i, kind_j = s.kind[i], s_j.kind[j]
    differ = (kind_i >= 0) & (kind_j >= 0) & (kind_i != kind_j)
    if not differ.any():
        return differ
    # Most candidate pairs name no kind or the same one: look closer only at the rest.
    rows = np.flatnonzero(differ)
    i_d, j_d = i[rows], j[rows]
    mod_i, mod_j = s.kind_modifier[i_d], s_j.kind_modifier[j_d]
    same_head = (s.kind_head[i_d] == s_j.kind_head[j_d]) & (s.kind_head[i_d] >= 0)
    same_head &= (mod_i >= 0) & (mod_j >= 0)
    named = (mod_i[:, None] == s_j.title_stems[j_d]).any(axis=1)
    named |= (mod_j[:, None] == s.title_stems[i_d]).any(axis=1)
    result = np.zeros(len(i), dtype=bool)
    result[rows] = same_head & ~named
    if len(s.close_keys):
        keys = kind_i.astype(np.int64) * KIND_KEY + kind_j.astype(np.int64)
        position = np.minimum(np.searchsorted(s.close_keys, keys), len(s.close_keys) - 1)
        result |= differ & (s.close_keys[position] == keys)
    return result


def _gate_with_parts(s: SignalArrays, i: np.ndarray, j: np.ndarray):
    """The gates of offer pairs, with the group and place terms computed on the way."""
    groups, groups_known, groups_shared = _overlap(
        s.group_bits[i], s.group_bits[j], s.group_count[i], s.group_count[j]
    )
    place, place_open, _ = _place_parallel(s, i, j)
    gate = place_open & (~groups_known | (groups_shared > 0)) & same_people(s, i, j)
    gate &= s.organisation[i] != s.organisation[j]
    return gate, groups, place


def structural_gate(s: SignalArrays, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """True where a pair of offers may be parallel at all, whatever their texts say."""
    return _gate_with_parts(s, i, j)[0]


def score_parallel(s: SignalArrays, i: np.ndarray, j: np.ndarray, cosine: np.ndarray) -> np.ndarray:
    """Scores in 0–1 for offer pairs (rows ``i`` and ``j`` of ``s``) with text ``cosine``."""
    i = np.asarray(i, dtype=np.int64)
    j = np.asarray(j, dtype=np.int64)
    gate, groups, place = _gate_with_parts(s, i, j)
    scores = np.zeros(len(i))
    # Most candidates of a city's search fail a gate: the rest of the score only where open.
    i, j, groups, place = i[gate], j[gate], groups[gate], place[gate]
    topics, _, _ = _overlap(s.topic_bits[i], s.topic_bits[j], s.topic_count[i], s.topic_count[j])
    structure = (W_GROUP * groups + W_PLACE * place + W_TOPIC * topics) / (
        W_GROUP + W_PLACE + W_TOPIC
    )
    raw = combine(text_term(np.asarray(cosine, dtype=np.float64)[gate]), structure)
    kind = np.where(look_alike(s, i, j), LOOK_ALIKE, 1.0)
    scores[gate] = raw * time_factor(s, i, j) * kind
    return scores


def parallel_parts(s: SignalArrays, i: int, j: int, cosine: float) -> ParallelParts:
    """Every factor of :func:`score_parallel` for one pair, named."""
    a, b = np.array([i], dtype=np.int64), np.array([j], dtype=np.int64)
    groups, groups_known, groups_shared = _overlap(
        s.group_bits[a], s.group_bits[b], s.group_count[a], s.group_count[b]
    )
    topics, _, _ = _overlap(s.topic_bits[a], s.topic_bits[b], s.topic_count[a], s.topic_count[b])
    place, place_open, distance = _place_parallel(s, a, b)
    structure = (W_GROUP * groups + W_PLACE * place + W_TOPIC * topics) / (
        W_GROUP + W_PLACE + W_TOPIC
    )
    similar = look_alike(s, a, b)
    return ParallelParts(
        cosine=round(float(cosine), 6),
        text=round(float(text_term(np.array([cosine]))[0]), 6),
        groups=round(float(groups[0]), 6),
        place=round(float(place[0]), 6),
        topics=round(float(topics[0]), 6),
        structure=round(float(structure[0]), 6),
        time=float(time_factor(s, a, b)[0]),
        kind=LOOK_ALIKE if similar[0] else 1.0,
        distance_m=None if np.isnan(distance[0]) else round(float(distance[0]), 1),
        same_organisation=bool(s.organisation[i] == s.organisation[j]),
        groups_disjoint=bool(groups_known[0] and groups_shared[0] == 0),
        broad_groups_only=not bool(same_people(s, a, b)[0]),
        place_closed=not bool(place_open[0]),
        look_alike=bool(similar[0]),
        score=round(float(score_parallel(s, a, b, np.array([cosine]))[0]), 6),
    )


def score_for_need(
    need: SignalArrays, s: SignalArrays, j: np.ndarray, cosine: np.ndarray
) -> np.ndarray:
    """Scores in 0–1 of rows ``j`` of ``s`` (offers or organisations) for the one need.

    Gates as for parallel offers, but wider: an offer for other people, or one more than
    :data:`NEED_MAX_DISTANCE_M` away from where the need arose, does not meet it.
    """
    j = np.asarray(j, dtype=np.int64)
    zero = np.zeros(len(j), dtype=np.int64)
    shared = bit_count(need.group_bits[zero] & s.group_bits[j]).sum(axis=-1)
    n_groups = int(need.group_count[0])
    groups = np.where(
        n_groups == 0,
        UNKNOWN,
        np.where(s.group_count[j] == 0, 0.3, shared / max(n_groups, 1)),
    )
    gate = (n_groups == 0) | (s.group_count[j] == 0) | (shared > 0)
    gate &= same_people(need, zero, j, s)
    shared_topics = bit_count(need.topic_bits[zero] & s.topic_bits[j]).sum(axis=-1)
    n_topics = int(need.topic_count[0])
    topics = np.where(
        n_topics == 0,
        UNKNOWN,
        np.where(s.topic_count[j] == 0, 0.3, shared_topics / max(n_topics, 1)),
    )
    place = np.full(len(j), 0.4)
    if not np.isnan(need.lat[0]):
        has = ~np.isnan(s.lat[j])
        dist = haversine_m(need.lat[zero][has], need.lon[zero][has], s.lat[j][has], s.lon[j][has])
        span = NEED_MAX_DISTANCE_M - NEED_FULL_PLACE_M
        place[has] = np.clip(1.0 - (dist - NEED_FULL_PLACE_M) / span, 0.0, 1.0)
        gate[np.flatnonzero(has)[dist > NEED_MAX_DISTANCE_M]] = False
    if need.district[0] >= 0:
        no_coords = np.isnan(s.lat[j]) | np.isnan(need.lat[0])
        has_district = s.district[j] >= 0
        place = np.where(
            no_coords & has_district,
            np.where(s.district[j] == need.district[0], 1.0, 0.2),
            place,
        )
    structure = (NEED_W_GROUP * groups + NEED_W_PLACE * place + NEED_W_TOPIC * topics) / (
        NEED_W_GROUP + NEED_W_PLACE + NEED_W_TOPIC
    )
    raw = combine(text_term(np.asarray(cosine, dtype=np.float64)), structure)
    kind = np.where(look_alike(need, zero, j, s), LOOK_ALIKE, 1.0)
    return np.where(gate, raw * kind, 0.0)
