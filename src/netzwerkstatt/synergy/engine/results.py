"""What the engine hands back: findings with a score and reasons a coordinator can read."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .lexicon import TitleKind
from .meaning import offer_opinion

#: What a reason's values may be: words and labels as written, numbers, minutes of the day.
ReasonValue = str | int | tuple


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason why two records fit, as what it says (``code``) and the values it names.

    The engine does not word it: the web app says it in the reader's language (German
    "Beide für Kinder", Arabic "…"), with the titles, labels and words as they are written.
    Codes and their values are listed in :mod:`.reasons`. Reasons are hashable, so a city's
    million findings can share the few thousand different ones.
    """

    code: str
    values: tuple[tuple[str, ReasonValue], ...] = ()

    @classmethod
    def of(cls, code: str, **values: ReasonValue) -> Reason:
        return cls(code, tuple(sorted(values.items())))

    def __getitem__(self, name: str) -> ReasonValue:
        for key, value in self.values:
            if key == name:
                return value
        raise KeyError(name)

    def as_dict(self) -> dict[str, object]:
        """For JSON: ``{"code": …, name: value, …}``, tuples as lists."""
        return {"code": self.code, **{key: _plain(value) for key, value in self.values}}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Reason:
        """The reverse of :meth:`as_dict`; raises ``ValueError`` for anything else."""
        if not isinstance(data, Mapping) or not isinstance(data.get("code"), str):
            raise ValueError(f"not a reason: {data!r}")
        return cls.of(
            data["code"], **{key: _frozen(value) for key, value in data.items() if key != "code"}
        )


def _plain(value: ReasonValue) -> object:
    return [_plain(item) for item in value] if isinstance(value, tuple) else value


def _frozen(value: object) -> ReasonValue:
    if isinstance(value, list | tuple):
        return tuple(_frozen(item) for item in value)
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return value
    raise ValueError(f"not a reason value: {value!r}")


@dataclass(frozen=True, slots=True)
class ParallelOffers:
    """Two offers of different organisations that do the same for the same people nearby.

    ``a`` and ``b`` are offer ids with ``a < b``, so a pair has exactly one form and the web
    app can use it as a key for the coordinator's decision (intended, dismissed, on the agenda).
    """

    a: str
    b: str
    score: float
    reasons: tuple[Reason, ...]


@dataclass(frozen=True, slots=True)
class NeedMatch:
    """An offer, and so its organisation, that could meet a need."""

    offer_id: str
    organisation_id: str
    score: float
    reasons: tuple[Reason, ...]


@dataclass(frozen=True, slots=True)
class MissedAnswer:
    """An offer linked to a need as an answer that the engine would not have suggested.

    ``kinds`` are the kinds of offer its text names, ``words`` the need's words it does not
    share, nouns first: what a coordinator could teach as the need's situation ("Knall" fits
    "Traumaberatung"). ``teachable`` says whether such an entry would bring the offer above
    the need threshold; where target groups, place or topics keep it under, it would not.
    """

    offer_id: str
    score: float
    kinds: tuple[str, ...]
    words: tuple[str, ...]
    teachable: bool


@dataclass(frozen=True, slots=True)
class OrganisationMatch:
    """An organisation whose profile fits a need that no offer meets yet."""

    organisation_id: str
    score: float
    reasons: tuple[Reason, ...]


@dataclass(frozen=True, slots=True)
class ParallelParts:
    """Every factor of a pair's score, named (see ``scoring.score_parallel``).

    ``score = sqrt(text * structure) * time * kind`` where no gate is closed, else 0;
    ``structure`` is the weighted mean of ``groups``, ``place`` and ``topics``. ``cosine`` is
    the text cosine the score used: the larger of ``words_cosine`` (TF-IDF) and the sentence
    encoder's opinion (``meaning_cosine``, ``None`` without an encoder; see ``meaning.py``),
    formed with the second model's cosine (``second_meaning_cosine``) where there is one.
    """

    cosine: float
    text: float
    groups: float
    place: float
    topics: float
    structure: float
    time: float
    kind: float
    distance_m: float | None
    same_organisation: bool
    groups_disjoint: bool
    broad_groups_only: bool
    place_closed: bool
    look_alike: bool
    score: float
    words_cosine: float | None = None
    meaning_cosine: float | None = None
    second_meaning_cosine: float | None = None

    @property
    def meaning_as_words(self) -> float | None:
        """The models' opinion on the scale of ``words_cosine``, which ``cosine`` is the
        larger of (0 where they think the texts unrelated); ``None`` without an encoder."""
        if self.meaning_cosine is None:
            return None
        second = None if self.second_meaning_cosine is None else [self.second_meaning_cosine]
        return max(0.0, float(offer_opinion([self.meaning_cosine], second)[0]))


@dataclass(frozen=True, slots=True)
class PairExplanation:
    """Why two offers are, or are not, reported as parallel: for a "warum?" page.

    ``shared_words`` are the telling words both texts use (as first written in ``a``'s or
    ``b``'s text), ``shared_kinds`` the offer kinds both texts name (lexicon),
    ``situations_told`` (situation, kind) where a text that names no kind tells of a situation
    of a kind the other names or tells of (an offer written in plain language), and
    ``title_kind_a``/``_b`` what each title says the offer is (``None`` where it says nothing
    the lexicon knows; a compound the lexicon does not list reads ``"modifier|head"``).
    """

    a: str
    b: str
    score: float
    min_score: float
    reported: bool
    parts: ParallelParts
    kinds_a: tuple[str, ...]
    kinds_b: tuple[str, ...]
    shared_kinds: tuple[str, ...]
    title_kind_a: TitleKind | None
    title_kind_b: TitleKind | None
    shared_words: tuple[str, ...]
    reasons: tuple[Reason, ...]
    situations_told: tuple[tuple[str, str], ...] = ()
