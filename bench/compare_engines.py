"""Build, all pairs and edits of two versions of the engine, one after the other, same corpus.

On a shared machine absolute times drift with the load; the ratio of two runs made back to back
does not drift as much. Export the older engine as a package of its own first, e.g.::

    mkdir -p /tmp/old && git archive COMMIT src/netzwerkstatt/synergy/engine | tar -x -C /tmp/old
    cp -r /tmp/old/src/netzwerkstatt/synergy/engine /tmp/old/oldengine
    sed -i 's/^from netzwerkstatt.synergy.engine /from oldengine /' /tmp/old/oldengine/*.py
    .venv/bin/python bench/compare_engines.py --old /tmp/old --size 10000 --rounds 2
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(which: str, old: str, size: int) -> str:
    sys.path.insert(0, old)
    sys.path.insert(0, str(HERE))
    import synthetic

    offers = synthetic.generate(size, seed=7).offers
    engine = importlib.import_module(
        "oldengine" if which == "old" else "netzwerkstatt.synergy.engine"
    )
    offers = [
        engine.OfferRecord(**{f.name: getattr(o, f.name) for f in dataclasses.fields(o)})
        for o in offers
    ]
    started = time.perf_counter()
    index = engine.OfferIndex(offers[:-30])
    built = time.perf_counter()
    pairs = len(index.all_parallels())
    paired = time.perf_counter()
    edits = []
    for offer in offers[-30:]:
        start = time.perf_counter()
        index.add(offer)
        index.parallels_of(offer.id)
        edits.append((time.perf_counter() - start) * 1000)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    return (
        f"| {size} | {which} | {built - started:.2f} | {paired - built:.2f} | {pairs} | "
        f"{statistics.median(edits):.1f} | {rss} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", required=True, help="directory holding the package oldengine")
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--which", choices=["old", "new"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.which:
        print(run(args.which, args.old, args.size))
        return
    print("| offers | engine | build s | all pairs s | pairs | edit median ms | peak RSS MB |")
    print("|---|---|---|---|---|---|---|")
    for _ in range(args.rounds):
        for which in ("new", "old"):
            command = [sys.executable, __file__, "--old", args.old, "--size", str(args.size)]
            output = subprocess.run(
                [*command, "--which", which], check=True, capture_output=True, text=True
            ).stdout
            print(output.strip().splitlines()[-1], flush=True)


if __name__ == "__main__":
    main()
