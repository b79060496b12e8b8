"""How many real offer titles name a kind the lexicon knows (counts only).

    .venv/bin/python bench/lexicon_coverage.py ../shared/data/afeefa-leipzig [--words N]

Reads the Afeefa Leipzig snapshots (2023 offers and actors, 2018 entries) and prints, per
file, the share of titles whose kind the lexicon knows (a kind of ``offer_kinds.toml``) and
the share that at least end in a known compound head. With ``--words N`` it also prints the
N most frequent title words (stems) the lexicon does not know, with their counts: what to
write kinds for. Only counts and single words are printed; the data holds personal names
and addresses and must not be copied into the project.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from netzwerkstatt.synergy.engine.lexicon import load_lexicon, text_stems  # noqa: E402


def titles(directory: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    new = directory / "afeefa-leipzig-2023.json"
    if new.exists():
        data = json.loads(new.read_text(encoding="utf-8"))
        found["2023 offers"] = [o["title"] for o in data.get("offers", []) if o.get("title")]
        found["2023 actors"] = [a["title"] for a in data.get("actors", []) if a.get("title")]
    old = directory / "afeefa-leipzig-2018.json"
    if old.exists():
        data = json.loads(old.read_text(encoding="utf-8"))
        found["2018 entries"] = [e["name"] for e in data.get("marketentries", []) if e.get("name")]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--words", type=int, default=0)
    parser.add_argument("--lexicon", type=Path, action="append", default=[])
    args = parser.parse_args()
    lexicon = load_lexicon(*args.lexicon)
    print(f"Lexicon: {len(lexicon.kinds)} kinds, {sum(map(len, lexicon.kinds.values()))} names")
    unknown: Counter[str] = Counter()
    for name, items in titles(args.directory).items():
        known = compound = 0
        for title in items:
            kind = lexicon.title_kind(title)
            if kind is not None and kind.from_lexicon:
                known += 1
            elif kind is not None:
                compound += 1
            if name == "2023 offers" and (kind is None or not kind.from_lexicon):
                unknown.update(s for s in set(text_stems(title)) if len(s) > 3)
        n = len(items)
        print(
            f"{name}: {n} titles, known kind {known} ({known / n:.1%}), "
            f"known head only {compound} ({compound / n:.1%})"
        )
    if args.words:
        print(f"Most frequent stems in 2023 offer titles without a known kind (top {args.words}):")
        print(", ".join(f"{stem} {count}" for stem, count in unknown.most_common(args.words)))


if __name__ == "__main__":
    main()
