"""Does a rule move the engine's precision–recall curve, or only move along it?

    .venv/bin/python bench/quality_curve.py

Reads the *spent* labelled files only: the tuning files and held-out parts 1–7 (part 8 stays
unopened for the next measurement after a change of the engine). Each file is scored with its
own index, as ``eval_quality.py`` does. For every pair the parts of its score are read once
(TF-IDF cosine, the sentence encoder's cosine, structure, time, look-alike factor, gates; for
a need the score as a function of the text cosine), then the pairs are scored again under
rules, without building the index again:

1. the encoder's floor (``MEANING_FLOOR``) swept: the curve the engine moves along when it
   trades recall for precision;
2. the lexicon as a veto on the encoder's opinion: where both titles name different kinds the
   lexicon knows, or both texts name kinds and none in common, the encoder is not asked (or
   the pair counts as look-alike);
3. needs: the encoder floor, the floor for a need's nearest offers and its margin on a grid,
   and a veto where the situations a need tells of point to other kinds than the offer names;
4. the encoder's cosine corrected for hubness (CSLS: minus the mean cosine of each side with
   its k nearest texts), against the file's own offers and against fixed references (the
   lexicon's kinds, its names, the offers of the other files);
5. other readings of the encoder for offer pairs: title alone, description alone, their means,
   maxima and cross cosines, each at its best floor; and a logistic regression on the cosines
   and the kind flags, trained leaving one file out, ranked by the area under its ROC curve.

Prints, summed over all spent files: TP / FP / FN, precision, recall, look-alike pairs kept
apart, and for a swept rule the best precision at recall ≥ 0.85, 0.90 and 0.93. The results
of 7 December 2026 are in bench/README.md ("The engine is on its curve").
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent / "src"))

import eval_quality as eq  # noqa: E402

from netzwerkstatt.synergy.engine import OfferIndex, load_lexicon, scoring  # noqa: E402
from netzwerkstatt.synergy.engine.meaning import (  # noqa: E402
    MEANING_FLOOR,
    MEANING_SCALE,
    NEED_MEANING_FLOOR,
    NEED_NEAREST_FLOOR,
    NEED_NEAREST_MARGIN,
    meaning_text,
    shared_encoder,
)
from netzwerkstatt.synergy.engine.text import offer_text  # noqa: E402

DATA = BENCH / "data"
FILES = {"tuning": [DATA / "eval_pairs.jsonl", DATA / "pattern_pairs.jsonl"]} | {
    f"part {n}": [DATA / f"heldout{'' if n == 1 else n}_pairs.jsonl"] for n in range(1, 8)
}
#: The text cosine grid on which a need's score is read (the text term is full from 0.25).
GRID = np.linspace(0.0, 0.5, 501)
NEIGHBOURS = (5, 10, 20)


@dataclass
class Pair:
    kind: str  # "offers" or "need"
    label: int
    look_alike: bool
    words: float  # TF-IDF cosine (for a need: the larger of it and the situations' cosine)
    meaning: float  # the encoder's cosine
    # Offers: structure, time, look-alike factor, gate; titles' kinds and texts' kinds.
    structure: float = 0.0
    time: float = 1.0
    factor: float = 1.0
    gate: bool = True
    title_kinds: tuple = ()
    text_kinds: tuple = ()
    # Needs: the best encoder cosine of the need with any offer, the score on GRID.
    best: float = 0.0
    grid: np.ndarray | None = None
    told: tuple = ()
    offer_kinds: tuple = ()
    # Hubness-corrected encoder cosines by reference and k.
    csls: dict = field(default_factory=dict)
    # Offers: the encoder's cosines of title and description (see READINGS).
    readings: dict = field(default_factory=dict)
    source: str = ""


def _top_mean(cosines: np.ndarray, k: int) -> np.ndarray:
    k = min(k, cosines.shape[1])
    return np.sort(cosines, axis=1)[:, -k:].mean(axis=1)


def read_pairs(references: dict[str, np.ndarray], vectors_of: dict[str, np.ndarray]) -> list[Pair]:
    """Every pair of the spent files with the parts of its score; ``vectors_of``: each file's
    offers' encoder vectors, in the order of their first appearance in the file."""
    encoder = shared_encoder()
    pairs: list[Pair] = []
    for name, paths in FILES.items():
        rows = eq.load_pairs(paths)
        records = {}
        for row in rows:
            for key in ("a", "b", "offer"):
                if key in row:
                    records[row[key]["id"]] = eq.offer_record(row[key])
        index = OfferIndex(records.values(), encoder=encoder)
        model = index.text_model
        vectors = vectors_of[name]
        position = {offer_id: n for n, offer_id in enumerate(records)}
        own = vectors @ vectors.T
        np.fill_diagonal(own, -1.0)
        others = np.vstack([v for n, v in vectors_of.items() if n != name])
        file_references = references | {"other files": others}
        hub = {("own", k): _top_mean(own, k) for k in NEIGHBOURS}
        for ref, matrix in file_references.items():
            for k in NEIGHBOURS:
                hub[(ref, k)] = _top_mean(vectors @ matrix.T, k)
        for row in rows:
            look = not row["label"] and any(c in row["case"] for c in eq.LOOK_ALIKE_CASES)
            if row["type"] == "offers":
                explained = index.explain_pair(row["a"]["id"], row["b"]["id"])
                parts = explained.parts
                a, b = position[row["a"]["id"]], position[row["b"]["id"]]
                pair = Pair(
                    "offers",
                    row["label"],
                    look,
                    parts.words_cosine,
                    parts.meaning_cosine,
                    structure=parts.structure,
                    time=parts.time,
                    factor=parts.kind,
                    gate=not (
                        parts.same_organisation
                        or parts.groups_disjoint
                        or parts.broad_groups_only
                        or parts.place_closed
                    ),
                    title_kinds=tuple(
                        (t.kind, t.from_lexicon) if t else (None, False)
                        for t in (explained.title_kind_a, explained.title_kind_b)
                    ),
                    text_kinds=(explained.kinds_a, explained.kinds_b),
                )
                cosine = float(vectors[a] @ vectors[b])
                pair.csls = {key: 2 * cosine - h[a] - h[b] for key, h in hub.items()}
                title_a, title_b, text_a, text_b = encoder.encode(
                    [
                        row["a"]["title"],
                        row["b"]["title"],
                        row["a"].get("description") or row["a"]["title"],
                        row["b"].get("description") or row["b"]["title"],
                    ]
                )
                pair.readings = {
                    "title": float(title_a @ title_b),
                    "description": float(text_a @ text_b),
                    "cross": float(title_a @ text_b + title_b @ text_a) / 2,
                }
                assert abs(offer_score(pair) - explained.score) < 1e-3, row
            else:
                need = eq.need_record(row["need"])
                slot = index._slot(row["offer"]["id"])
                text = offer_text(need.title, need.description)
                words = float(index.need_words_cosine(need, index._rows(np.array([slot])))[0])
                need_vector = encoder.encode([meaning_text(need.title, need.description)])
                meaning = float((need_vector @ vectors[position[row["offer"]["id"]]])[0])
                alive = index._meaning_vectors(np.flatnonzero(index._alive))
                signals = index._signals.single(need)
                offer = row["offer"]
                pair = Pair(
                    "need",
                    row["label"],
                    look,
                    words,
                    meaning,
                    best=float((alive @ need_vector[0]).max()),
                    grid=scoring.score_for_need(
                        signals, index._signals.arrays, np.full(len(GRID), slot), GRID
                    ),
                    told=tuple(kind for _, kind in model.situations_of(text))
                    + tuple(model.kinds_of(text)),
                    offer_kinds=tuple(
                        model.kinds_of(offer_text(offer["title"], offer.get("description", "")))
                    ),
                )
                for ref, matrix in [("own", vectors), *file_references.items()]:
                    for k in NEIGHBOURS:
                        need_hub = _top_mean(need_vector @ matrix.T, k)[0]
                        offer_hub = hub[(ref, k)][position[offer["id"]]]
                        pair.csls[(ref, k)] = 2 * meaning - need_hub - offer_hub
                reference = index.need_scores(need, [offer["id"]])[0]
                if abs(need_score(pair) - reference) >= 0.02:
                    print(
                        f"{name}: {need.title!r} scored {need_score(pair):.3f} here, "
                        f"{reference:.3f} by the engine"
                    )
            pair.source = name
            pairs.append(pair)
    return pairs


# -- scoring from the parts ------------------------------------------------------------------

OfferRule = Callable[[Pair], tuple[bool, float]]  # (ask the encoder?, look-alike factor)
NeedRule = Callable[[Pair], tuple[bool, float]]  # (ask the encoder?, floor)


def offer_score(
    pair: Pair, rule: OfferRule | None = None, floor: float = MEANING_FLOOR, meaning=None
) -> float:
    ask, factor = rule(pair) if rule else (True, pair.factor)
    meaning = pair.meaning if meaning is None else meaning
    opinion = MEANING_SCALE * (meaning - floor) if ask else 0.0
    return offer_score_of(pair, opinion, factor)


def offer_score_of(pair: Pair, opinion: float, factor: float | None = None) -> float:
    """The score of an offer pair whose text cosine is the larger of TF-IDF's and ``opinion``
    (the encoder's, on the TF-IDF scale); ``factor`` in place of its look-alike factor."""
    if not pair.gate:
        return 0.0
    factor = pair.factor if factor is None else factor
    text = float(scoring.text_term(np.array([max(pair.words, opinion)]))[0])
    return (
        text**scoring.TEXT_SHARE * pair.structure ** (1 - scoring.TEXT_SHARE) * pair.time * factor
    )


def nearest_floor(pair: Pair) -> float:
    near = pair.meaning >= pair.best - NEED_NEAREST_MARGIN
    return NEED_NEAREST_FLOOR if near else NEED_MEANING_FLOOR


def need_score(pair: Pair, rule: NeedRule | None = None, meaning=None) -> float:
    ask, floor = rule(pair) if rule else (True, nearest_floor(pair))
    meaning = pair.meaning if meaning is None else meaning
    return need_score_of(pair, MEANING_SCALE * (meaning - floor) if ask else 0.0)


def need_score_of(pair: Pair, opinion: float) -> float:
    """The score of a need pair whose text cosine is the larger of TF-IDF's and ``opinion``."""
    cosine = max(pair.words, opinion)
    return float(pair.grid[int(round(min(max(cosine, 0.0), 0.5) * 1000))])


@dataclass
class Count:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    apart: int = 0
    look_alikes: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def __str__(self) -> str:
        return (
            f"TP {self.tp:3d} FP {self.fp:3d} FN {self.fn:3d}  P {self.precision:.3f} "
            f"R {self.recall:.3f}  look-alikes apart {self.apart}/{self.look_alikes}"
        )


def count(pairs: list[Pair], kind: str, score: Callable[[Pair], float]) -> Count:
    threshold = scoring.DEFAULT_MIN_SCORE if kind == "offers" else scoring.NEED_MIN_SCORE
    result = Count()
    for pair in pairs:
        if pair.kind != kind:
            continue
        found = score(pair) >= threshold
        result.tp += bool(pair.label and found)
        result.fp += bool(not pair.label and found)
        result.fn += bool(pair.label and not found)
        if pair.look_alike:
            result.look_alikes += 1
            result.apart += not found
    return result


def best_at_recall(counts: list[tuple[str, Count]]) -> str:
    parts = []
    for wanted in (0.85, 0.90, 0.93):
        reached = [(setting, c) for setting, c in counts if c.recall >= wanted]
        if not reached:
            parts.append(f"R≥{wanted}: –")
            continue
        setting, c = max(reached, key=lambda item: item[1].precision)
        parts.append(f"R≥{wanted}: P {c.precision:.3f} ({setting})")
    return "; ".join(parts)


# -- the rules -------------------------------------------------------------------------------


def different_title_kinds(pair: Pair) -> bool:
    (kind_a, known_a), (kind_b, known_b) = pair.title_kinds
    text_a, text_b = pair.text_kinds
    return (
        known_a and known_b and kind_a != kind_b and kind_a not in text_b and kind_b not in text_a
    )


def disjoint_text_kinds(pair: Pair) -> bool:
    text_a, text_b = pair.text_kinds
    return bool(text_a and text_b and not set(text_a) & set(text_b))


OFFER_RULES: dict[str, OfferRule] = {
    "titles name different known kinds: no encoder": lambda p: (
        not different_title_kinds(p),
        p.factor,
    ),
    "texts name disjoint kinds: no encoder": lambda p: (not disjoint_text_kinds(p), p.factor),
    "titles name different known kinds: look-alike": lambda p: (
        True,
        scoring.LOOK_ALIKE if different_title_kinds(p) else p.factor,
    ),
    "texts name disjoint kinds: look-alike": lambda p: (
        True,
        scoring.LOOK_ALIKE if disjoint_text_kinds(p) else p.factor,
    ),
}


def told_elsewhere(pair: Pair) -> bool:
    return bool(pair.told and not set(pair.offer_kinds) & set(pair.told))


NEED_RULES: dict[str, NeedRule] = {
    "told other kinds: no nearest floor": lambda p: (
        True,
        NEED_MEANING_FLOOR if told_elsewhere(p) else nearest_floor(p),
    ),
    "told other kinds: no encoder": lambda p: (not told_elsewhere(p), nearest_floor(p)),
    "told other kinds: floor 0.25": lambda p: (
        True,
        0.25 if told_elsewhere(p) else nearest_floor(p),
    ),
}


READINGS: dict[str, Callable[[Pair], float]] = {
    "whole text (the engine)": lambda p: p.meaning,
    "title": lambda p: p.readings["title"],
    "description": lambda p: p.readings["description"],
    "mean of whole text and description": lambda p: (p.meaning + p.readings["description"]) / 2,
    "larger of whole text and description": lambda p: max(p.meaning, p.readings["description"]),
    "smaller of whole text and description": lambda p: min(p.meaning, p.readings["description"]),
    "mean of title, description and cross": lambda p: (
        (p.readings["title"] + p.readings["description"] + 2 * p.readings["cross"]) / 4
    ),
}

FEATURES: dict[str, Callable[[Pair], float]] = {
    "words": lambda p: p.words,
    "meaning": lambda p: p.meaning,
    "title": lambda p: p.readings["title"],
    "description": lambda p: p.readings["description"],
    "cross": lambda p: p.readings["cross"],
    "structure": lambda p: p.structure,
    "kinds disjoint": lambda p: float(disjoint_text_kinds(p)),
    "kinds shared": lambda p: float(bool(set(p.text_kinds[0]) & set(p.text_kinds[1]))),
}
FEATURE_SETS = (
    ("words", "meaning"),
    ("words", "meaning", "structure"),
    ("words", "meaning", "title", "description"),
    ("words", "meaning", "title", "description", "cross"),
    ("words", "meaning", "kinds disjoint", "kinds shared"),
    tuple(FEATURES),
)


def f1(c: Count) -> float:
    return 2 * c.precision * c.recall / (c.precision + c.recall) if c.tp else 0.0


def _logistic(x: np.ndarray, y: np.ndarray, ridge: float = 1e-2) -> np.ndarray:
    """Weights of a logistic regression by Newton's method (a few features, no library)."""
    x = np.c_[np.ones(len(x)), x]
    weights = np.zeros(x.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ weights))
        gradient = x.T @ (p - y) + ridge * weights
        hessian = (x * (p * (1 - p))[:, None]).T @ x + ridge * np.eye(len(weights))
        weights -= np.linalg.solve(hessian, gradient)
    return weights


def _auc(labels: np.ndarray, scores: np.ndarray) -> float:
    ranks = np.empty(len(scores))
    ranks[np.argsort(scores)] = np.arange(len(scores))
    positives = labels.sum()
    negatives = len(labels) - positives
    return float(
        (ranks[labels == 1].sum() - positives * (positives - 1) / 2) / (positives * negatives)
    )


def left_out_auc(pairs: list[Pair], features: tuple[str, ...]) -> float:
    rows = [p for p in pairs if p.kind == "offers" and p.gate]
    labels, scores = [], []
    for source in dict.fromkeys(p.source for p in rows):
        train = [p for p in rows if p.source != source]
        test = [p for p in rows if p.source == source]
        x = np.array([[FEATURES[f](p) for f in features] for p in train])
        weights = _logistic(x, np.array([p.label for p in train], dtype=float))
        x_test = np.c_[np.ones(len(test)), [[FEATURES[f](p) for f in features] for p in test]]
        scores.extend(x_test @ weights)
        labels.extend(p.label for p in test)
    return _auc(np.array(labels), np.array(scores))


def spent_vectors() -> dict[str, np.ndarray]:
    """Each spent file's offers' encoder vectors, in the order of their first appearance."""
    encoder = shared_encoder()
    vectors_of = {}
    for name, paths in FILES.items():
        rows = eq.load_pairs(paths)
        offers = {r[k]["id"]: r[k] for r in rows for k in ("a", "b", "offer") if k in r}
        vectors_of[name] = encoder.encode(
            [meaning_text(o["title"], o.get("description", "")) for o in offers.values()]
        )
    return vectors_of


def main() -> None:
    lexicon = load_lexicon()
    encoder = shared_encoder()
    kind_texts = [f"{kind}. " + ", ".join(names) for kind, names in lexicon.kinds.items()]
    names = [name for kind_names in lexicon.kinds.values() for name in kind_names]
    references = {
        "lexicon kinds": encoder.encode(kind_texts),
        "lexicon names": encoder.encode(names + list(lexicon.kinds)),
    }
    # Every file's vectors first: the other files' offers are a reference too.
    pairs = read_pairs(references, spent_vectors())
    print(
        f"{sum(p.kind == 'offers' for p in pairs)} offer pairs, "
        f"{sum(p.kind == 'need' for p in pairs)} need pairs in {len(FILES)} spent files\n"
    )

    print("## Parallel offers, default threshold")
    print(f"engine now:                {count(pairs, 'offers', offer_score)}")
    sweep = [
        (f"floor {floor:.2f}", count(pairs, "offers", lambda p, f=floor: offer_score(p, floor=f)))
        for floor in np.arange(0.15, 0.35, 0.01)
    ]
    for setting, c in sweep[::2]:
        print(f"encoder {setting}:    {c}")
    print(f"curve of the floor: {best_at_recall(sweep)}\n")
    for name, rule in OFFER_RULES.items():
        print(f"{name}: {count(pairs, 'offers', lambda p, r=rule: offer_score(p, r))}")
        swept = [
            (
                f"floor {floor:.2f}",
                count(pairs, "offers", lambda p, r=rule, f=floor: offer_score(p, r, f)),
            )
            for floor in np.arange(0.15, 0.35, 0.01)
        ]
        print(f"  with the floor swept: {best_at_recall(swept)}")

    print("\n## Hubness-corrected encoder cosine (CSLS), the floor swept")
    for key in sorted(pairs[0].csls):
        swept = [
            (
                f"floor {floor:.3f}",
                count(
                    pairs,
                    "offers",
                    lambda p, f=floor, k=key: offer_score(p, floor=f, meaning=p.csls[k] / 2),
                ),
            )
            for floor in np.arange(-0.6, 0.4, 0.01)
        ]
        print(f"{key[0]}, k={key[1]}: {best_at_recall(swept)}")

    print("\n## Other readings of the encoder, each at its best floor (F1)")
    for reading, value in READINGS.items():
        best = max(
            (
                (f1(c), floor, c)
                for floor in np.arange(0.10, 0.40, 0.01)
                for c in [
                    count(
                        pairs,
                        "offers",
                        lambda p, f=floor, v=value: offer_score(p, floor=f, meaning=v(p)),
                    )
                ]
            ),
            key=lambda item: item[0],
        )
        print(f"{reading}: F1 {best[0]:.3f} at floor {best[1]:.2f}: {best[2]}")

    print(
        "\n## Logistic regression on the cosines, one file left out (offer pairs with open gates)"
    )
    for features in FEATURE_SETS:
        print(f"{', '.join(features)}: AUC {left_out_auc(pairs, features):.3f}")

    print("\n## Need → offer, default threshold")
    print(f"engine now:                {count(pairs, 'need', need_score)}")
    for name, rule in NEED_RULES.items():
        print(f"{name}: {count(pairs, 'need', lambda p, r=rule: need_score(p, r))}")
    grid = []
    for floor in np.arange(0.14, 0.32, 0.02):
        for near in np.arange(0.04, 0.24, 0.02):
            for margin in (0.0, 0.05, 0.1, 0.15):

                def rule(p, floor=floor, near=near, margin=margin):
                    return True, near if p.meaning >= p.best - margin else floor

                grid.append(
                    (
                        f"floor {floor:.2f}, nearest {near:.2f}, margin {margin:.2f}",
                        count(pairs, "need", lambda p, r=rule: need_score(p, r)),
                    )
                )
    print(f"floors on a grid: {best_at_recall(grid)}")
    both = [(s, c) for s, c in grid if c.precision >= 0.95 and c.recall >= 0.85]
    print(f"settings with P ≥ 0.95 and R ≥ 0.85: {len(both)}")


if __name__ == "__main__":
    main()
