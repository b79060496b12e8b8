"""A second sentence model beside USE: either can keep apart two offers the other would join,
for a need the mean of both counts, and the candidate search stays exact.

Stand-in encoders give texts of one theme one direction (see test_meaning.py); the second
one can be told to disagree about a theme. bench/eval_quality.py --second-model measures the
real e5.
"""

import zlib

import numpy as np
import pytest

from netzwerkstatt.synergy.engine import OfferIndex
from netzwerkstatt.synergy.engine.meaning import (
    E5,
    E5_FLOOR,
    E5_SCALE,
    MEANING_FLOOR_WITH_E5,
    MEANING_SCALE,
    NEED_E5_FLOOR,
    NEED_E5_NEAREST_FLOOR,
    NEED_E5_SCALE,
    NEED_E5_WEIGHT,
    NEED_NEAREST_FLOOR,
    USE,
    Model,
    SentenceEncoder,
    as_text_cosine,
    need_opinion,
    offer_opinion,
    text_key,
)
from netzwerkstatt.synergy.engine.vectors import EightBitVectors
from tests.synergy.offers import SCHOENEFELD, offer
from tests.synergy.test_meaning import (
    _THEMES,
    ThemeEncoder,
    _corpus,
    _every_pair,
    _offer_and_need,
    _Store,
    edited_and_fresh,
)


class SecondThemeEncoder(ThemeEncoder):
    """e5's stand-in: texts of a theme lie close, except those of the ``doubted`` themes,
    whose texts it places apart (each on its own)."""

    dimensions = E5.dimensions

    def __init__(self, doubted: tuple[str, ...] = (), unread: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.doubted = doubted
        self.unread = unread

    def encode(self, texts):
        rows = []
        for text in texts:
            theme = next(
                (t for t, kinds in _THEMES.items() if any(text.startswith(k[0]) for k in kinds)),
                None,
            )
            seed = zlib.crc32(f"e5:{text}".encode())
            noise = np.random.default_rng(seed).standard_normal(E5.dimensions)
            if any(text.startswith(title) for title in self.unread):
                rows.append(np.zeros(E5.dimensions))
                continue
            direction = np.random.default_rng(list(_THEMES).index(theme) if theme else 99)
            vector = noise
            if theme is not None and theme not in self.doubted:
                vector = direction.standard_normal(E5.dimensions) * 4 + noise
            rows.append(vector / np.linalg.norm(vector))
        return np.array(rows, dtype=np.float32)


def _pair(first: tuple[str, str], second: tuple[str, str]) -> list:
    return [
        offer(
            id=offer_id,
            organisation_id=f"org-{offer_id}",
            title=title,
            description=description,
            target_groups={"Nachbarschaft / alle"},
            lat=SCHOENEFELD[0],
            lon=SCHOENEFELD[1],
        )
        for offer_id, (title, description) in (("a", first), ("b", second))
    ]


# No word in common, and no synonym the lexicon knows: only the sentence models can join them.
TRAUER = _pair(_THEMES["trauer"][0], _THEMES["trauer"][1])


def test_two_offers_count_the_smaller_of_both_opinions():
    use = np.array([0.5, 0.5, 0.3])
    e5 = np.array([0.95, 0.78, np.nan])
    expected = [
        min(MEANING_SCALE * (0.5 - MEANING_FLOOR_WITH_E5), E5_SCALE * (0.95 - E5_FLOOR)),
        min(MEANING_SCALE * (0.5 - MEANING_FLOOR_WITH_E5), E5_SCALE * (0.78 - E5_FLOOR)),
        # Not read by e5 yet: USE alone, with its own floor.
        float(as_text_cosine(0.3)),
    ]
    assert offer_opinion(use, e5) == pytest.approx(expected)
    assert offer_opinion(use) == pytest.approx(as_text_cosine(use))


def test_either_model_can_keep_apart_what_the_other_would_join():
    use_alone = OfferIndex(TRAUER, encoder=ThemeEncoder())
    agreeing = OfferIndex(TRAUER, encoder=ThemeEncoder(), second_encoder=SecondThemeEncoder())
    doubting = OfferIndex(
        TRAUER, encoder=ThemeEncoder(), second_encoder=SecondThemeEncoder(doubted=("trauer",))
    )
    assert use_alone.score_pair("a", "b") >= use_alone.min_score
    assert agreeing.score_pair("a", "b") >= agreeing.min_score
    assert doubting.score_pair("a", "b") < doubting.min_score
    assert [(f.a, f.b) for f in agreeing.all_parallels()] == [("a", "b")]
    assert doubting.all_parallels() == [] and doubting.parallels_of("a") == []


def test_the_why_page_gets_both_cosines_and_the_opinion_that_counted():
    index = OfferIndex(
        TRAUER, encoder=ThemeEncoder(), second_encoder=SecondThemeEncoder(doubted=("trauer",))
    )
    parts = index.explain_pair("a", "b").parts
    assert parts.meaning_cosine > 0.8 and parts.second_meaning_cosine < 0.3
    assert parts.meaning_as_words == pytest.approx(
        max(0.0, float(offer_opinion([parts.meaning_cosine], [parts.second_meaning_cosine])[0])),
        abs=1e-6,
    )
    assert parts.meaning_as_words < float(as_text_cosine(parts.meaning_cosine))
    assert (
        OfferIndex(TRAUER, encoder=ThemeEncoder())
        .explain_pair("a", "b")
        .parts.second_meaning_cosine
        is None
    )


def test_an_offer_the_second_model_has_not_read_is_judged_by_use_alone():
    unread = SecondThemeEncoder(unread=("Wenn jemand fehlt",))
    index = OfferIndex(TRAUER, encoder=ThemeEncoder(), second_encoder=unread)
    assert index.second_meaning_cosine("a", "b") is None
    assert index.score_pair("a", "b") == pytest.approx(
        OfferIndex(TRAUER, encoder=ThemeEncoder()).score_pair("a", "b"), abs=1e-6
    )
    assert [(f.a, f.b) for f in index.all_parallels()] == [("a", "b")]


@pytest.mark.parametrize("seed", [1, 2])
def test_candidate_search_with_both_models_is_exact(seed):
    corpus = _corpus(seed, 60)
    index = OfferIndex(
        corpus, encoder=ThemeEncoder(), second_encoder=SecondThemeEncoder(doubted=("trauer",))
    )
    found = {(f.a, f.b) for f in index.all_parallels()}
    assert found == _every_pair(index)
    use_alone = {(f.a, f.b) for f in OfferIndex(corpus, encoder=ThemeEncoder()).all_parallels()}
    assert found and found < use_alone, "the second model must keep some pairs apart"


def test_edits_with_both_models_give_what_a_fresh_index_gives():
    index, expected = edited_and_fresh(
        _corpus(3, 40),
        _THEMES["markt"][0],
        encoder=ThemeEncoder(),
        second_encoder=SecondThemeEncoder(doubted=("lauf",)),
    )
    assert {(f.a, f.b) for f in index.all_parallels()} == {
        (f.a, f.b) for f in expected.all_parallels()
    }
    index.rebuild()
    assert {(f.a, f.b) for f in index.all_parallels()} == {
        (f.a, f.b) for f in expected.all_parallels()
    }


def test_a_need_counts_the_mean_of_both_opinions():
    # The offer is each model's nearest (alone in the index): both lower floors apply.
    opinion = need_opinion(np.array([0.5]), 0.5, np.array([0.9]), 0.9)
    use = MEANING_SCALE * (0.5 - NEED_NEAREST_FLOOR)
    e5 = NEED_E5_SCALE * (0.9 - NEED_E5_NEAREST_FLOOR)
    assert opinion[0] == pytest.approx((1 - NEED_E5_WEIGHT) * use + NEED_E5_WEIGHT * e5)
    # Far from e5's nearest: its usual floor.
    far = need_opinion(np.array([0.5]), 0.5, np.array([0.9]), 0.99)
    e5_far = NEED_E5_SCALE * (0.9 - NEED_E5_FLOOR)
    assert far[0] == pytest.approx((1 - NEED_E5_WEIGHT) * use + NEED_E5_WEIGHT * e5_far)
    # Not read by e5: USE's opinion alone.
    assert need_opinion(np.array([0.5]), 0.5, np.array([np.nan]), 0.0)[0] == pytest.approx(use)


def test_a_need_the_second_model_doubts_scores_lower():
    # The need's text starts like the "trauer" theme's first offer.
    hinterbliebene, need = _offer_and_need(
        ("Wenn jemand fehlt", "Austausch bei Tee"),
        ("Trauercafé gesucht", "Gespräche nach einem Verlust"),
        "Nachbarschaft / alle",
    )

    def score(second):
        index = OfferIndex([hinterbliebene], encoder=ThemeEncoder(), second_encoder=second)
        return index.need_scores(need, ["o"])[0]

    assert score(SecondThemeEncoder(doubted=("trauer",))) < score(SecondThemeEncoder())


@pytest.mark.parametrize("dimensions", [E5.dimensions, USE.dimensions])
def test_eight_bit_vectors_keep_cosines_to_two_digits(dimensions):
    rng = np.random.default_rng(3)
    vectors = rng.standard_normal((50, dimensions)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors[10] = 0  # a text not read yet
    kept = EightBitVectors(20, dimensions)
    kept.grow(60)
    kept.set(0, vectors)
    first, second = np.arange(0, 49), np.arange(1, 50)
    exact = np.einsum("ij,ij->i", vectors[first], vectors[second])
    cosines = kept.cosines_of_pairs(first, second)
    missing = (first == 10) | (second == 10)
    assert np.isnan(cosines[missing]).all()
    assert np.abs(cosines[~missing] - exact[~missing]).max() < 0.01
    # USE's reading of a need: a product with every slot, 0 (not nan) where a slot has none.
    products = kept.products_with(np.arange(50), vectors[7])
    assert products[10] == 0
    assert np.abs(np.delete(products - vectors @ vectors[7], 10)).max() < 0.01
    assert np.isnan(kept.cosines_with(np.arange(3), np.zeros(dimensions))).all()
    kept.clear(3)
    assert not kept.has(np.array([3]))[0] and kept.has(np.array([4]))[0]
    assert len(kept) == 60 and not kept.has(np.arange(50, 60)).any()


def test_each_models_vectors_are_stored_under_its_own_name():
    model = Model("small-test-model", 8, lambda threads: lambda texts: np.ones((len(texts), 8)))
    store = _Store()
    vectors = SentenceEncoder(store, model=model).encode(["Flohmarkt", "Trödelmarkt"])
    assert vectors.shape == (2, 8)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0)
    assert set(store.vectors) == {text_key("Flohmarkt", model), text_key("Trödelmarkt", model)}
    assert text_key("Flohmarkt", model) != text_key("Flohmarkt")
    assert text_key("Flohmarkt", E5).startswith("multilingual-e5-small:")
