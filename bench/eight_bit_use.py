"""USE's vectors in 8 bits instead of float16: the same decisions, and what it saves.

    .venv/bin/python bench/eight_bit_use.py scores OUT.json   # this checkout's scores of the
                                                              # spent files (USE + e5)
    .venv/bin/python bench/eight_bit_use.py compare BEFORE.json AFTER.json
    .venv/bin/python bench/eight_bit_use.py timing            # 500k offers, one process

``scores`` scores every pair of the spent files (tuning and held-out parts 1–9, each file its
own index, as ``eval_quality.py --second-model``); run it in two checkouts and ``compare`` the
files: TP / FP / FN at the default thresholds and every decision that changed. Part 10 is not
read.

``timing`` measures in one process, each way against the other on the same data: a need's
product with 500,000 USE vectors in float16 and in 8 bits; ``parallels_of`` of 400 offers with
USE's rows read from float16 and from 8 bits, interleaved (USE + the e5 stand-in of
``synergy.py``); and both boilerplate passes of a 500k build with the sentence pattern as first
written (a look-behind first) and as now. It reads USE's vectors of the 500k corpus from
``var/bench-meaning/`` (``synergy.py --meaning --sizes 500000`` stores them; about 25 minutes).
"""

from __future__ import annotations

import functools
import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent / "src"))

import eval_quality as eq  # noqa: E402
import synergy  # noqa: E402
import synthetic  # noqa: E402

from netzwerkstatt.synergy.engine import OfferIndex  # noqa: E402
from netzwerkstatt.synergy.engine import text as text_module  # noqa: E402
from netzwerkstatt.synergy.engine.scoring import DEFAULT_MIN_SCORE, NEED_MIN_SCORE  # noqa: E402
from netzwerkstatt.synergy.engine.text import TextModel, offer_text  # noqa: E402
from netzwerkstatt.synergy.engine.vectors import EightBitVectors, products_with  # noqa: E402

SPENT = {"tuning": eq.TUNING} | {
    f"part {n}": [eq.DATA_DIR / f"heldout{'' if n == 1 else n}_pairs.jsonl"] for n in range(1, 10)
}
THRESHOLDS = {"offers": DEFAULT_MIN_SCORE, "need": NEED_MIN_SCORE}
SIZE = 500_000


def scores(out: Path) -> None:
    eq.USE_MEANING, eq.WITH_SECOND = True, True
    result = {}
    for name, paths in SPENT.items():
        pairs = eq.load_pairs(paths)
        offer_scores, need_scores = eq.engine_scores(pairs)
        result[name] = {
            "offers": [
                [r["label"], s] for r, s in zip(_of(pairs, "offers"), offer_scores, strict=True)
            ],
            "need": [[r["label"], s] for r, s in zip(_of(pairs, "need"), need_scores, strict=True)],
        }
        print(name, file=sys.stderr)
    out.write_text(json.dumps(result))


def _of(pairs: list[dict], kind: str) -> list[dict]:
    return [r for r in pairs if r["type"] == kind]


def compare(before: Path, after: Path) -> None:
    old, new = json.loads(before.read_text()), json.loads(after.read_text())
    print("| scores | kind | TP / FP / FN | P / R |\n|---|---|---|---|")
    for label, run in (("before", old), ("after", new)):
        for kind, threshold in THRESHOLDS.items():
            rows = [row for name in run for row in run[name][kind]]
            precision, recall, _, tp, fp, fn = eq.prf(
                [y for y, _ in rows], [s >= threshold for _, s in rows]
            )
            print(f"| {label} | {kind} | {tp} / {fp} / {fn} | {precision:.3f} / {recall:.3f} |")
    for name in old:
        for kind, threshold in THRESHOLDS.items():
            pairs = list(zip(old[name][kind], new[name][kind], strict=True))
            moved = max((abs(a[1] - b[1]) for a, b in pairs), default=0.0)
            print(f"{name}, {kind}: scores moved by at most {moved:.4f}")
            for (label, a), (_, b) in pairs:
                if (a >= threshold) != (b >= threshold):
                    print(f"  decision changed: label {label}, {a:.4f} -> {b:.4f}")


def _median_ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.2f} ms"


def timing() -> None:
    corpus = synthetic.generate(SIZE, seed=7)
    encoder, _, encoded = synergy.encoded_corpus(corpus, SIZE, 7)
    if encoded:
        print(f"(encoded {encoded} texts first)")
    index = OfferIndex(corpus.offers, encoder=encoder, second_encoder=synergy.AgreeingStandIn())
    alive = np.flatnonzero(index._alive)
    eight_bit = index._meaning
    half = eight_bit.rows(np.arange(len(eight_bit))).astype(np.float16)
    query = eight_bit.rows(np.array([0]))[0]

    print(f"## A need's product with {len(alive):,} USE vectors, best of 5\n")
    for name, product in (
        ("float16", lambda: products_with(half, alive, query)),
        ("8 bits", lambda: eight_bit.products_with(alive, query)),
    ):
        best = min(_seconds(product) for _ in range(5))
        print(f"- {name}: {best * 1000:.0f} ms")

    print("\n## parallels_of, 400 offers, USE's rows from float16 and from 8 bits\n")
    as_float16 = EightBitVectors(0, eight_bit.dimensions)
    as_float16.rows = lambda slots: half[slots].astype(np.float32)  # type: ignore[method-assign]
    as_float16.has = eight_bit.has  # type: ignore[method-assign]
    times: dict[str, list[float]] = {"float16": [], "8 bits": []}
    offers = random.Random(3).sample(corpus.offers, 400)
    for number, offer in enumerate(offers):
        ways = [("float16", as_float16), ("8 bits", eight_bit)]
        for name, vectors in ways if number % 2 else reversed(ways):
            index._meaning = vectors
            times[name].append(_seconds(functools.partial(index.parallels_of, offer.id)))
    index._meaning = eight_bit
    for name, values in times.items():
        print(f"- {name}: median {_median_ms(values)}")
    neighbours = [len(index._neighbours(index._slot(o.id))) for o in offers]
    print(
        f"- neighbours by place: median {statistics.median(neighbours):,.0f}, "
        f"most {max(neighbours):,}"
    )

    print("\n## Both boilerplate passes of a build (find, then strip every text)\n")
    texts = [offer_text(o.title, o.description) for o in corpus.offers]
    patterns = {
        "look-behind first": re.compile(r"(?<=[.!?])\s+|\n+"),
        "white space first": text_module._SENTENCE_END,
    }
    passes: dict[str, list[float]] = {name: [] for name in patterns}
    results = {}
    for round_ in range(2):
        order = list(patterns.items())
        for name, pattern in order if round_ == 0 else reversed(order):
            text_module._SENTENCE_END = pattern
            model = TextModel()
            started = time.perf_counter()
            model._find_boilerplate(texts)
            stripped = [model.strip_boilerplate(text) for text in texts]
            passes[name].append(time.perf_counter() - started)
            results[name] = (model.boilerplate, stripped)
    text_module._SENTENCE_END = patterns["white space first"]
    for name, values in passes.items():
        print(f"- {name}: {' / '.join(f'{v:.1f}' for v in values)} s")
    same = results["look-behind first"] == results["white space first"]
    print(f"- the same sentences found and the same texts left: {same}")


def _seconds(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "scores" and len(sys.argv) == 3:
        scores(Path(sys.argv[2]))
    elif command == "compare" and len(sys.argv) == 4:
        compare(Path(sys.argv[2]), Path(sys.argv[3]))
    elif command == "timing" and len(sys.argv) == 2:
        timing()
    else:
        sys.exit(__doc__)
