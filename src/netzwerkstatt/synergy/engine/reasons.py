"""Why the engine paired two records: reasons a coordinator can check.

A score alone convinces nobody in a network meeting; every finding carries short, concrete
reasons ("Beide dienstags 15:00–17:00", "420 m voneinander entfernt"). They are built from the
same signals the score uses, so a reason never claims what the score did not count. The
engine hands them back as :class:`~.results.Reason` (a code and the values it names); the web
app words them in the reader's language. The codes:

Two offers: ``same_offer`` (title, groups: both carry one title), ``similar_offers`` (first,
second: the titles), ``shared_words`` (words), ``same_groups`` (groups), ``same_times``
(slots), ``overlapping_times`` (day, first, second), ``back_to_back`` (day, earlier, later),
``same_days`` (days), ``other_days`` (first, second: days), ``same_place``, ``distance``
(metres), ``same_district`` (district), ``no_place``, ``same_topics`` (topics),
``same_languages`` (languages).

A need and an offer or an organisation: ``offer_fits`` (title, words), ``offer_similar``
(title), ``profile_fits`` (name, words), ``situation`` (situation, kind), ``need_groups``
(groups), ``same_topics`` (topics), ``at_need_place``, ``need_distance`` (metres),
``need_district`` (district).

Days are 0 (Monday) to 6, times minutes after midnight, a slot ``(day, start, end)``, a span
``(start, end)``; words and labels as the records write them, titles with their spaces
collapsed.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .lexicon import text_stems
from .records import NeedRecord, OfferRecord, OrganisationRecord, WeeklySlot, parse_time
from .results import Reason
from .signals import NEIGHBOUR_GAP_MINUTES, label_key
from .text import TextModel, fold

#: How many shared words a reason names; more reads like a word cloud, not a reason.
MAX_KEYWORDS = 3
#: How many situations of a need a reason names (a need seldom tells of more that matter).
MAX_SITUATIONS = 2
#: How many of a need's words a hint offers to teach as its situation.
MAX_UNTOLD_WORDS = 3
#: Shorter words are seldom what a situation hangs on ("neu", "weg").
MIN_UNTOLD_LENGTH = 4
#: Case notes name people so ("Herr A."); a form of address is never the situation.
ADDRESS_WORDS = frozenset({"herr", "herrn", "frau"})
#: Below this many metres two places are the same building or the same square.
SAME_PLACE_M = 30.0

# Surface words with their gender marks kept, so a reason quotes "Schüler:innen" as written;
# every letter counts, so "Elterncafé" is not cut to "Elterncaf".
_SURFACE_WORD = re.compile(r"[^\W_][\w:*]*")


@dataclass(frozen=True, slots=True)
class Keyword:
    surface: str
    weight: float


Keywords = dict[str, Keyword]


def keywords_of(text: str, model: TextModel) -> Keywords:
    """Stems of a text with the word as first written there and how telling the stem is."""
    found: Keywords = {}
    token_stems = model.analyzer.token_stems
    for token in _SURFACE_WORD.findall(model.strip_boilerplate(text)):
        surface = token.rstrip(":*_")  # "Sommerferien:" ends a clause, it is no gender mark
        for stem in token_stems(surface):
            if stem not in found and len(stem) >= 3:
                found[stem] = Keyword(surface, model.stem_weight(stem))
    return found


def shared_keywords(first: Keywords, second: Keywords, limit: int = MAX_KEYWORDS) -> list[str]:
    """The most telling words both texts use, compounds included.

    "Hausaufgabenhilfe" and "Hilfe bei den Hausaufgaben" share "Hausaufgaben": a stem that is
    part of a longer stem of the other text counts, and the shorter word is named.
    """
    shared: dict[str, tuple[float, str]] = {}
    for stem, keyword in first.items():
        if stem in second:
            shared[stem] = (keyword.weight, keyword.surface)
    long_first = [s for s in first if len(s) >= 5]
    long_second = [s for s in second if len(s) >= 5]
    if long_first and long_second:
        # One substring search in all long stems of the other side joined, instead of one per
        # pair of stems: a city's million findings each compare dozens of stems.
        joined_first, joined_second = "\x00".join(long_first), "\x00".join(long_second)
        for stem in long_first:
            if stem not in shared and stem in joined_second:
                shared[stem] = (first[stem].weight, first[stem].surface)
        for stem in long_second:
            if stem not in shared and stem in joined_first:
                shared[stem] = (second[stem].weight, second[stem].surface)
    ranked = sorted(shared.items(), key=lambda item: (-item[1][0], item[0]))
    names: list[str] = []
    seen: set[str] = set()
    for _, (_, surface) in ranked:
        folded = fold(surface)
        # "Hausaufgaben" adds nothing next to "Hausaufgabenhilfe", nor the other way round.
        if not any(folded in other or other in folded for other in seen):
            seen.add(folded)
            names.append(surface)
        if len(names) == limit:
            break
    return names


def shared_labels(first: Iterable[str], second: Iterable[str]) -> list[str]:
    """Labels both sides carry, spelt as the first side spells them, in a stable order."""
    if isinstance(first, frozenset) and isinstance(second, frozenset):
        return list(_shared_label_sets(first, second))
    return list(_shared(first, second))


# A city's pairs repeat the same few label sets ("Kinder", "Familien") millions of times.
@functools.lru_cache(maxsize=65_536)
def _shared_label_sets(first: frozenset[str], second: frozenset[str]) -> tuple[str, ...]:
    return _shared(first, second)


def _shared(first: Iterable[str], second: Iterable[str]) -> tuple[str, ...]:
    other = {label_key(label) for label in second}
    return tuple(sorted({label for label in first if label_key(label) in other}, key=label_key))


def rounded_metres(metres: float) -> int:
    """A distance as people say it: to 10 m below a kilometre, to 100 m above."""
    step = 10 if metres < 1000 else 100
    return int(round(metres / step) * step)


@functools.lru_cache(maxsize=65_536)
def _minutes(slots: tuple[WeeklySlot, ...]) -> tuple[tuple[int, int, int], ...]:
    return tuple(sorted((day, parse_time(start), parse_time(end)) for day, start, end in slots))


def _days(slots: Iterable[tuple[int, int, int]]) -> tuple[int, ...]:
    return tuple(sorted({day for day, _, _ in slots}))


def time_reason(first: Sequence[WeeklySlot], second: Sequence[WeeklySlot]) -> Reason | None:
    """How the weekly times of two offers relate, or None if one of them has no times.

    Times are minutes after midnight, days 0 (Monday) to 6.
    """
    if not first or not second:
        return None
    slots_a, slots_b = _minutes(tuple(first)), _minutes(tuple(second))
    if slots_a == slots_b:
        return Reason.of("same_times", slots=slots_a)
    for day, start_a, end_a in slots_a:
        for other_day, start_b, end_b in slots_b:
            if day == other_day and start_a < end_b and start_b < end_a:
                return Reason.of(
                    "overlapping_times", day=day, first=(start_a, end_a), second=(start_b, end_b)
                )
    for day, start_a, end_a in slots_a:
        for other_day, start_b, end_b in slots_b:
            gap = max(start_b - end_a, start_a - end_b)
            if day == other_day and gap <= NEIGHBOUR_GAP_MINUTES:
                earlier, later = sorted([(start_a, end_a), (start_b, end_b)])
                return Reason.of("back_to_back", day=day, earlier=earlier, later=later)
    shared_days = tuple(sorted(set(_days(slots_a)) & set(_days(slots_b))))
    if shared_days:
        return Reason.of("same_days", days=shared_days)
    return Reason.of("other_days", first=_days(slots_a), second=_days(slots_b))


@functools.lru_cache(maxsize=65_536)
def _title_key(title: str) -> str:
    # "Nachbarschaftscafé" and "Nachbarschaftscafe" are the same title to a reader.
    decomposed = unicodedata.normalize("NFKD", fold(" ".join(title.split())))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def same_title(first: OfferRecord, second: OfferRecord) -> bool:
    """Whether two offers carry one title; their reasons then name no shared words."""
    return _title_key(first.title) == _title_key(second.title)


def _title(title: str) -> str:
    return " ".join(title.split())


def _place_reason(
    first: OfferRecord | NeedRecord | OrganisationRecord,
    second: OfferRecord | NeedRecord | OrganisationRecord,
    distance_m: float | None,
) -> Reason | None:
    if distance_m is not None and distance_m == distance_m:  # not NaN
        if distance_m < SAME_PLACE_M:
            return Reason.of("same_place")
        return Reason.of("distance", metres=rounded_metres(distance_m))
    if (
        first.district
        and second.district
        and label_key(first.district) == label_key(second.district)
    ):
        return Reason.of("same_district", district=first.district)
    return None


def parallel_reasons(
    first: OfferRecord,
    second: OfferRecord,
    *,
    keywords_first: Keywords,
    keywords_second: Keywords,
    distance_m: float | None,
) -> tuple[Reason, ...]:
    """Reasons, most telling first, why two offers look like parallel offers."""
    reasons: list[Reason] = []
    groups = tuple(shared_labels(first.target_groups, second.target_groups))
    if same_title(first, second):
        reasons.append(Reason.of("same_offer", title=_title(first.title), groups=groups))
    else:
        reasons.append(
            Reason.of("similar_offers", first=_title(first.title), second=_title(second.title))
        )
        words = shared_keywords(keywords_first, keywords_second)
        if words:
            reasons.append(Reason.of("shared_words", words=tuple(words)))
        if groups:
            reasons.append(Reason.of("same_groups", groups=groups))
    when = time_reason(first.weekly_slots, second.weekly_slots)
    if when:
        reasons.append(when)
    where = _place_reason(first, second, distance_m)
    if where:
        reasons.append(where)
    elif first.lat is None and second.lat is None and not first.district and not second.district:
        reasons.append(Reason.of("no_place"))
    topics = tuple(shared_labels(first.topics, second.topics))
    if topics:
        reasons.append(Reason.of("same_topics", topics=topics))
    languages = tuple(
        lang
        for lang in shared_labels(first.languages, second.languages)
        if label_key(lang) not in {"de", "deutsch"}
    )
    if languages:
        reasons.append(Reason.of("same_languages", languages=languages))
    return tuple(reasons)


def need_reasons(
    need: NeedRecord,
    candidate: OfferRecord | OrganisationRecord,
    *,
    keywords_need: Keywords,
    keywords_candidate: Keywords,
    distance_m: float | None,
    situations: Sequence[tuple[str, str]] = (),
) -> tuple[Reason, ...]:
    """Reasons why an offer or an organisation's profile fits a need.

    ``situations``: (situation, kind) of the lexicon that the need tells of and the candidate
    names ("Mahnung", "Schuldnerberatung").
    """
    reasons: list[Reason] = []
    words = tuple(shared_keywords(keywords_need, keywords_candidate))
    if isinstance(candidate, OfferRecord):
        title = _title(candidate.title)
        if words:
            reasons.append(Reason.of("offer_fits", title=title, words=words))
        elif not situations:
            reasons.append(Reason.of("offer_similar", title=title))
    elif words:
        reasons.append(Reason.of("profile_fits", name=candidate.name, words=words))
    for situation, kind in situations[:MAX_SITUATIONS]:
        reasons.append(Reason.of("situation", situation=situation, kind=kind))
    groups = tuple(shared_labels(need.target_groups, candidate.target_groups))
    if groups:
        reasons.append(Reason.of("need_groups", groups=groups))
    topics = tuple(shared_labels(need.topics, candidate.topics))
    if topics:
        reasons.append(Reason.of("same_topics", topics=topics))
    if distance_m is not None and distance_m == distance_m:
        if distance_m < SAME_PLACE_M:
            reasons.append(Reason.of("at_need_place"))
        else:
            reasons.append(Reason.of("need_distance", metres=rounded_metres(distance_m)))
    elif need.district and candidate.district:
        if label_key(need.district) == label_key(candidate.district):
            reasons.append(Reason.of("need_district", district=need.district))
    return tuple(reasons)


def _starts_sentence(text: str, position: int) -> bool:
    before = text[:position].rstrip()
    return not before or before[-1] in '.!?:;"„“(–-\n'


def untold_words(
    need_title: str,
    need_description: str,
    candidate_text: str,
    model: TextModel,
    kinds: Sequence[str],
) -> tuple[str, ...]:
    """Words of a need a coordinator could teach as its situation for one of ``kinds``.

    The need's words the candidate does not use, that name no kind of offer and that the
    lexicon does not know yet as a situation of ``kinds``. A situation hangs on a noun
    ("Knall", "Hauseingang"), and the title sums the need up. So first the title's nouns
    (German capitalises them), then its capitalised words that begin a sentence (often a noun,
    "Briefstapel auf dem Küchentisch", but maybe not), then the same of the description, then
    the rest; longer words (compounds say more) before shorter. These are proposals: the
    coordinator chooses.
    """
    lexicon, wanted = model.lexicon, set(kinds)
    shared = keywords_of(candidate_text, model)
    # Words of situations of ``kinds`` the need already tells of, phrases ("Herd kaputt") too.
    known = {
        stem
        for written in (need_title, need_description)
        for situation, kind in lexicon.situations_told(text_stems(written))
        if kind in wanted
        for stem in text_stems(situation)
    }
    found: dict[str, tuple[int, int, str]] = {}  # folded word → (rank, position, word)
    position = 0
    for part, written in enumerate((need_title, need_description)):
        text = model.strip_boilerplate(written)
        for match in _SURFACE_WORD.finditer(text):
            position += 1
            surface = match.group().rstrip(":*_")
            stems = model.analyzer.token_stems(surface)
            if len(surface) < MIN_UNTOLD_LENGTH or not stems or surface.isdigit():
                continue
            if fold(surface) in ADDRESS_WORDS:
                continue
            if any(stem in shared for stem in stems):
                continue
            lexicon_stems = text_stems(surface)
            if lexicon.kinds_in(lexicon_stems) or known.intersection(lexicon_stems):
                continue
            if surface[0].isupper():
                rank = 2 * part + _starts_sentence(text, match.start())
            else:
                rank = 4 + part
            key = fold(surface)
            if key not in found or rank < found[key][0]:
                found[key] = (rank, position, surface)
    ranked = sorted(found.values(), key=lambda word: (word[0], -len(word[2]), word[1]))
    return tuple(word[2] for word in ranked[:MAX_UNTOLD_WORDS])
