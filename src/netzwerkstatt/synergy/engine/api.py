"""The engine's entry points for one-off use: all parallel offers, and matches for a need.

Each call validates its input and builds what it needs from scratch. The web app keeps an
:class:`~.index.OfferIndex` instead, so one edited offer does not cost the whole corpus.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from . import scoring
from .index import OfferIndex, SignalStore, _distance, _situations_met
from .lexicon import Lexicon
from .reasons import keywords_of, need_reasons
from .records import (
    NeedRecord,
    OfferRecord,
    OrganisationRecord,
    validate_need,
    validate_organisation,
)
from .results import NeedMatch, OrganisationMatch, ParallelOffers
from .text import TextModel, offer_text


def find_parallel_offers(
    offers: Iterable[OfferRecord], *, min_score: float | None = None
) -> list[ParallelOffers]:
    """Pairs of offers of different organisations that do the same for the same people nearby.

    Sorted by score, best first; ``a < b`` in every pair. A bad record raises
    :class:`ValueError` naming it and the field.
    """
    return OfferIndex(offers, min_score=min_score).all_parallels()


def rank_offers_for_need(
    need: NeedRecord, offers: Iterable[OfferRecord], *, limit: int = 10
) -> list[NeedMatch]:
    """The offers, and so the organisations, best placed to meet a need, best first."""
    validate_need(need)
    return OfferIndex(offers).rank_for_need(need, limit=limit)


def _profile_text(organisation: OrganisationRecord) -> str:
    return offer_text(organisation.name, organisation.strengths)


class OrganisationIndex:
    """Organisation profiles, vectorised once, to rank them for many needs.

    Building it costs what one ranking used to cost; a web process keeps one per network
    (synergy.index_cache) so a need's page does not re-vectorise every profile. Ranking adds
    the need's new n-grams to the text model, so callers sharing one index serialise calls.
    ``lexicon`` (default: :func:`~.lexicon.default_lexicon`) gives the kinds and situations,
    a network's entries included.
    """

    def __init__(
        self, organisations: Iterable[OrganisationRecord], *, lexicon: Lexicon | None = None
    ) -> None:
        records = list(organisations)
        seen: set[str] = set()
        for record in records:
            validate_organisation(record)
            if record.id in seen:
                raise ValueError(f"Organisation {record.id!r}: id is not unique")
            seen.add(record.id)
        self.records = records
        self.model = TextModel(lexicon=lexicon)
        self._store = SignalStore(self.model.lexicon)
        if not records:
            return
        self._matrix = self.model.fit_transform([_profile_text(r) for r in records])
        self._store.set_rows(list(range(len(records))), records)

    def __len__(self) -> int:
        return len(self.records)

    def rank_for_need(self, need: NeedRecord, *, limit: int = 10) -> list[OrganisationMatch]:
        validate_need(need)
        if limit < 1:
            raise ValueError(f"limit must be at least 1, not {limit!r}")
        if not self.records:
            return []
        model = self.model
        need_text = offer_text(need.title, need.description)
        query = model.transform([need_text], offers=False)
        # After transform: a need's words new to the profiles widen the vocabulary.
        profiles = model.widen(self._matrix)
        cosine = (profiles @ query.T).toarray().ravel()
        cosine = np.maximum(cosine, model.situation_cosine(need_text, profiles))
        rows = np.arange(len(self.records))
        scores = scoring.score_for_need(self._store.single(need), self._store.arrays, rows, cosine)
        order = np.lexsort((rows, -scores))
        order = order[scores[order] >= scoring.NEED_MIN_SCORE][:limit]
        need_keywords = keywords_of(need_text, model)
        told = model.situations_of(need_text)
        matches = []
        for i in order.tolist():
            record, profile = self.records[i], _profile_text(self.records[i])
            reasons = need_reasons(
                need,
                record,
                keywords_need=need_keywords,
                keywords_candidate=keywords_of(profile, model),
                distance_m=_distance(need, record),
                situations=_situations_met(told, model.kinds_of(profile)),
            )
            matches.append(OrganisationMatch(record.id, round(float(scores[i]), 6), reasons))
        return matches


def rank_organisations_for_need(
    need: NeedRecord, organisations: Iterable[OrganisationRecord], *, limit: int = 10
) -> list[OrganisationMatch]:
    """Organisations whose profile (strengths, target groups, topics, place) fits a need.

    For needs that no offer meets: who in the network could start something.
    """
    validate_need(need)
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit!r}")
    return OrganisationIndex(organisations).rank_for_need(need, limit=limit)
