"""Build ``eval_pairs.jsonl``, the labelled evaluation set, from ``offer_kinds.py``.

Run ``python bench/data/build_eval_set.py`` after changing the kinds; the output is committed so
that every labelled pair can be read and reviewed. A pair is *parallel* when both offers are
the same kind of offer, by different organisations, for overlapping target groups, within a
short walk (or in the same district), and at overlapping or neighbouring times where both
give times — the definition of the issue. Everything else is *not parallel*. Need pairs are
*fits* when the offer is of a kind that meets the need, for the need's people, nearby.
"""

from __future__ import annotations

import itertools
import json
import math
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from offer_kinds import CONFUSABLE, KINDS, NEEDS  # noqa: E402

OUTPUT = Path(__file__).resolve().parent / "eval_pairs.jsonl"

# Districts of Leipzig with a central point; the far ones are 3–10 km from the near ones.
DISTRICTS = {
    "Schönefeld": (51.3650, 12.4120),
    "Volkmarsdorf": (51.3470, 12.4090),
    "Mockau": (51.3830, 12.4180),
    "Grünau": (51.3190, 12.2780),
    "Connewitz": (51.3090, 12.3850),
    "Gohlis": (51.3630, 12.3620),
}
NEAR_DISTRICTS = ["Schönefeld", "Volkmarsdorf", "Mockau"]
OTHER_GROUPS = {
    "Kinder": "Senior:innen",
    "Jugendliche": "Senior:innen",
    "Erwachsene": "Kinder",
    "Senior:innen": "Kinder",
    "Frauen": "Kinder",
    "Mädchen": "Senior:innen",
    "Familien": "Senior:innen",
    "Migrant:innen": "Kinder",
    "Geflüchtete": "Senior:innen",
    "Angehörige": "Kinder",
    "Kleinkinder": "Senior:innen",
}
SLOTS = [
    (0, "10:00", "12:00"),
    (1, "15:00", "17:00"),
    (2, "16:00", "18:00"),
    (3, "14:00", "16:00"),
    (4, "09:00", "11:30"),
    (1, "09:00", "10:30"),
    (3, "17:00", "19:00"),
]


def _move(point: tuple[float, float], metres: float, rng: random.Random) -> tuple[float, float]:
    angle = rng.uniform(0, 2 * math.pi)
    dlat = metres * math.cos(angle) / 111_195.0
    dlon = metres * math.sin(angle) / (111_195.0 * math.cos(math.radians(point[0])))
    return round(point[0] + dlat, 6), round(point[1] + dlon, 6)


class Builder:
    def __init__(self, seed: int = 20261125) -> None:
        self.rng = random.Random(seed)
        self.count = 0

    def offer(self, kind: str, variant: int, **fields: object) -> dict:
        self.count += 1
        topic, groups, variants = KINDS[kind]
        title, description = variants[variant]
        district = self.rng.choice(NEAR_DISTRICTS)
        lat, lon = _move(DISTRICTS[district], self.rng.uniform(0, 500), self.rng)
        record = {
            "id": f"e{self.count:04d}",
            "organisation_id": f"org{self.count:04d}",
            "title": title,
            "description": description,
            "target_groups": list(groups),
            # Not every organisation files its offers under a topic.
            "topics": [topic] if self.rng.random() < 0.7 else [],
            "languages": ["Deutsch"],
            "weekly_slots": [list(self.rng.choice(SLOTS))],
            "lat": lat,
            "lon": lon,
            "district": district,
            "kind": kind,
        }
        record.update(fields)
        return record

    def near(self, record: dict, metres: float) -> tuple[float, float]:
        return _move((record["lat"], record["lon"]), metres, self.rng)

    def competing_slots(self, record: dict) -> list[list]:
        """Same, overlapping, neighbouring or no times, as real offers on the same afternoon."""
        day, start, end = record["weekly_slots"][0]
        hour = int(start[:2])
        choice = self.rng.randrange(4)
        if choice == 0:
            return [[day, start, end]]
        if choice == 1:
            return [[day, f"{hour + 1:02d}:00", f"{hour + 2:02d}:30"]]
        if choice == 2:
            return [[day, end, f"{int(end[:2]) + 1:02d}:{end[3:]}"]]
        return []


def build() -> list[dict]:
    b = Builder()
    rng = b.rng
    rows: list[dict] = []

    def pair(case: str, label: int, first: dict, second: dict) -> None:
        rows.append({"type": "offers", "case": case, "label": label, "a": first, "b": second})

    for kind, (_, _, variants) in KINDS.items():
        for x, y in itertools.combinations(range(len(variants)), 2):
            first = b.offer(kind, x)
            lat, lon = b.near(first, rng.uniform(0, 900))
            second = b.offer(
                kind,
                y,
                lat=lat,
                lon=lon,
                district=first["district"],
                weekly_slots=b.competing_slots(first),
            )
            pair("paraphrase", 1, first, second)
    for kind_a, kind_b in CONFUSABLE:
        for _ in range(2):
            first = b.offer(kind_a, rng.randrange(len(KINDS[kind_a][2])))
            lat, lon = b.near(first, rng.uniform(0, 300))
            second = b.offer(
                kind_b,
                rng.randrange(len(KINDS[kind_b][2])),
                lat=lat,
                lon=lon,
                district=first["district"],
                weekly_slots=first["weekly_slots"],
                target_groups=first["target_groups"],
            )
            pair("confusable kinds", 0, first, second)
    kinds = list(KINDS)
    for kind in rng.sample(kinds, 25):
        x, y = rng.sample(range(len(KINDS[kind][2])), 2)
        first = b.offer(kind, x)
        other = OTHER_GROUPS[first["target_groups"][0]]
        lat, lon = b.near(first, rng.uniform(0, 500))
        second = b.offer(
            kind, y, lat=lat, lon=lon, weekly_slots=first["weekly_slots"], target_groups=[other]
        )
        pair("other target group", 0, first, second)
    for kind in rng.sample(kinds, 25):
        x, y = rng.sample(range(len(KINDS[kind][2])), 2)
        first = b.offer(kind, x)
        far = rng.choice(["Grünau", "Connewitz", "Gohlis"])
        lat, lon = _move(DISTRICTS[far], rng.uniform(0, 500), rng)
        second = b.offer(
            kind, y, lat=lat, lon=lon, district=far, weekly_slots=first["weekly_slots"]
        )
        pair("far apart", 0, first, second)
    for kind in rng.sample(kinds, 15):
        x, y = rng.sample(range(len(KINDS[kind][2])), 2)
        first = b.offer(kind, x)
        lat, lon = b.near(first, rng.uniform(0, 300))
        second = b.offer(kind, y, lat=lat, lon=lon, organisation_id=first["organisation_id"])
        pair("same organisation", 0, first, second)
    for kind in rng.sample(kinds, 20):
        x, y = rng.sample(range(len(KINDS[kind][2])), 2)
        first = b.offer(kind, x)
        day = first["weekly_slots"][0][0]
        lat, lon = b.near(first, rng.uniform(0, 500))
        second = b.offer(
            kind,
            y,
            lat=lat,
            lon=lon,
            district=first["district"],
            weekly_slots=[[(day + 2) % 5, "10:00", "12:00"]],
        )
        pair("other weekday", 0, first, second)
    for _ in range(30):
        kind_a, kind_b = rng.sample(kinds, 2)
        if (kind_a, kind_b) in CONFUSABLE or (kind_b, kind_a) in CONFUSABLE:
            continue
        first = b.offer(kind_a, 0)
        lat, lon = b.near(first, rng.uniform(0, 500))
        second = b.offer(
            kind_b,
            0,
            lat=lat,
            lon=lon,
            weekly_slots=first["weekly_slots"],
            target_groups=first["target_groups"],
        )
        pair("unrelated kinds", 0, first, second)

    for number, (title, description, groups, topic, meeting) in enumerate(NEEDS, start=1):
        district = rng.choice(NEAR_DISTRICTS)
        lat, lon = _move(DISTRICTS[district], rng.uniform(0, 400), rng)
        need = {
            "id": f"n{number:03d}",
            "title": title,
            "description": description,
            "target_groups": list(groups),
            "topics": [topic],
            "district": district,
            "lat": lat,
            "lon": lon,
        }

        def need_pair(case: str, label: int, offer: dict, need: dict = need) -> None:
            rows.append(
                {"type": "need", "case": case, "label": label, "need": need, "offer": offer}
            )

        for kind in meeting:
            for variant in range(min(2, len(KINDS[kind][2]))):
                place = _move((lat, lon), rng.uniform(0, 2500), rng)
                offer = b.offer(
                    kind,
                    variant,
                    lat=place[0],
                    lon=place[1],
                    district=district,
                    target_groups=list(groups),
                )
                need_pair("meets the need", 1, offer)
        confusable = [b_ for a_, b_ in CONFUSABLE if a_ in meeting and b_ not in meeting]
        confusable += [a_ for a_, b_ in CONFUSABLE if b_ in meeting and a_ not in meeting]
        for kind in (confusable or rng.sample(kinds, 1))[:2]:
            place = _move((lat, lon), rng.uniform(0, 1500), rng)
            offer = b.offer(kind, 0, lat=place[0], lon=place[1], target_groups=list(groups))
            need_pair("related but other kind", 0, offer)
        place = _move((lat, lon), rng.uniform(0, 1500), rng)
        other_group = OTHER_GROUPS[groups[0]]
        if other_group not in groups:
            offer = b.offer(meeting[0], 0, lat=place[0], lon=place[1], target_groups=[other_group])
            need_pair("other target group", 0, offer)
    return rows


if __name__ == "__main__":
    rows = build()
    with OUTPUT.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    from collections import Counter

    print(Counter((row["type"], row["case"], row["label"]) for row in rows))
    print(len(rows), "pairs written to", OUTPUT.name)
