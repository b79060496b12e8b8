"""What the held-out builders share: record types, place and time helpers, pair scaffolding.

Each ``build_heldoutN.py`` keeps its own data (kinds, needs, look-alike tables, seed, id and
case prefixes, output path). Parts 4 to 10 take all the rest from here; part 3 the helpers and
the offer maker, given its own districts, but not ``build_pairs``, as its pairs draw differently;
part 2 only the time and walking helpers and the command line. Part 1 keeps its own code.

Every builder's output must stay byte-identical to its committed file (their sha256 are cited in
``bench/README.md``). After any change here, rebuild them all; git must then show no ``.jsonl``
file as changed:

    for builder in bench/data/build_heldout*.py; do .venv/bin/python "$builder"; done
    sha256sum bench/data/heldout*_pairs.jsonl && git status --short bench/data
"""

from __future__ import annotations

import argparse
import json
import math
import random
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

ALL = "Nachbarschaft / alle"
MIGRANTS = "Migrant:innen"
DISABLED = "Menschen mit Behinderung"


class Kind(NamedTuple):
    """A kind of offer: its topic, its usual target groups and four ways to title and describe it.

    Variants 0 and 1 name the kind with the same word stem (a paraphrase of each other).
    Variants 2 and 3 name it with words that share no stem with the titles of variants 0 and 1,
    and their texts avoid those stems too. From part 8 on, variant 3 is written in plain language.
    """

    topic: str
    groups: tuple[str, ...]
    variants: tuple[tuple[str, str], ...]


SAME_STEM_VARIANTS = (0, 1)
OTHER_WORD_VARIANTS = (2, 3)


class Need(NamedTuple):
    """A need as a social worker notes it, the kind that meets it and the kinds that do not."""

    title: str
    description: str
    groups: tuple[str, ...]
    topic: str
    meets: str
    look_alikes: tuple[str, ...]
    other_group: str
    other_variant: int


Districts = dict[str, tuple[float, float]]
Slot = tuple[int, str, str]
Languages = dict[tuple[str, int], tuple[str, ...]]
# (kind of the first offer, kind of the second, target groups of both or None for the first's)
LookAlikeKinds = list[tuple[str, str, tuple[str, ...] | None]]
# (kind, groups of the first offer, groups of the second, relation, variant of each)
GroupPairs = list[tuple[str, tuple[str, ...], tuple[str, ...], str, int, int]]

# Districts in Leipzig's west, near each other, and districts several kilometres away; parts 4 to
# 10 place their offers here (part 3 passes its own districts in the east).
NEAR: Districts = {
    "Lindenau": (51.3390, 12.3340),
    "Altlindenau": (51.3440, 12.3250),
    "Neulindenau": (51.3360, 12.3120),
    "Plagwitz": (51.3300, 12.3380),
    "Kleinzschocher": (51.3185, 12.3320),
}
FAR: Districts = {
    "Connewitz": (51.3060, 12.3790),
    "Schönefeld-Abtnaundorf": (51.3620, 12.4130),
    "Mockau-Süd": (51.3725, 12.4020),
    "Paunsdorf": (51.3475, 12.4600),
}
# Weekday (0 = Monday), start, end.
SLOTS: list[Slot] = [
    (0, "09:30", "11:30"),
    (0, "16:00", "18:00"),
    (1, "10:00", "12:00"),
    (1, "17:00", "19:00"),
    (2, "14:00", "16:00"),
    (2, "18:00", "20:00"),
    (3, "09:00", "11:00"),
    (3, "15:30", "17:30"),
    (4, "13:00", "15:00"),
    (4, "17:30", "19:30"),
    (5, "10:00", "12:30"),
]

GROUP_WORDS = {"Junge Erwachsene": "junge Erwachsene"}
FOR_WHOM_TEMPLATES = (
    "Das Angebot ist für {}.",
    "Eingeladen sind {}.",
    "Für wen: {}.",
)


def to_minutes(hhmm: str) -> int:
    """Minutes since midnight of a time written ``HH:MM``."""
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def to_hhmm(minutes: int) -> str:
    """A time of day written ``HH:MM``, from minutes since midnight."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def walk(point: tuple[float, float], metres: float, rng: random.Random) -> tuple[float, float]:
    """A point ``metres`` away from ``point`` in a random direction."""
    angle = rng.uniform(0, 2 * math.pi)
    dlat = metres * math.cos(angle) / 111_195.0
    dlon = metres * math.sin(angle) / (111_195.0 * math.cos(math.radians(point[0])))
    return round(point[0] + dlat, 6), round(point[1] + dlon, 6)


def say_for_whom(
    groups: list[str], rng: random.Random, templates: tuple[str, ...] = FOR_WHOM_TEMPLATES
) -> str:
    """The sentence an organisation adds to its text to say for whom the offer is."""
    named = [GROUP_WORDS.get(group, group) for group in groups if group != ALL]
    if ALL in groups:
        named.append(
            "alle anderen aus der Nachbarschaft" if named else "alle aus der Nachbarschaft"
        )
    listed = named[0] if len(named) == 1 else f"{', '.join(named[:-1])} und {named[-1]}"
    return rng.choice(templates).format(listed)


class OfferMaker:
    """Offer records with numbered ids, places and times drawn from one seeded generator.

    ``id_prefix`` keeps one part's ids apart from the others' (``w0001``, ``worg0001``).
    Variants without an entry in ``languages`` are in German only.
    """

    def __init__(
        self,
        rng: random.Random,
        kinds: dict[str, Kind],
        id_prefix: str,
        languages: Languages | None = None,
        *,
        near: Districts = NEAR,
        far: Districts = FAR,
        slots: list[Slot] = SLOTS,
    ) -> None:
        self.rng = rng
        self.kinds = kinds
        self.id_prefix = id_prefix
        self.languages = languages or {}
        self.near = near
        self.far = far
        self.slots = slots
        self.count = 0

    def make(self, kind: str, variant: int, **fields: object) -> dict:
        self.count += 1
        topic, groups, variants = self.kinds[kind]
        title, description = variants[variant]
        district = self.rng.choice(sorted(self.near))
        lat, lon = walk(self.near[district], self.rng.uniform(0, 700), self.rng)
        record = {
            "id": f"{self.id_prefix}{self.count:04d}",
            "organisation_id": f"{self.id_prefix}org{self.count:04d}",
            "title": title,
            "description": description,
            "target_groups": list(groups),
            "topics": [topic] if self.rng.random() < 0.75 else [],
            "languages": list(self.languages.get((kind, variant), ("Deutsch",))),
            "weekly_slots": [list(self.rng.choice(self.slots))],
            "lat": lat,
            "lon": lon,
            "district": district,
            "kind": kind,
        }
        record.update(fields)
        return record

    def overlapping_times(self, first: dict) -> list[list]:
        """The same weekday, moved by at most an hour: the two times still overlap."""
        day, start, end = first["weekly_slots"][0]
        shift = self.rng.choice([-60, -30, 0, 0, 0, 30, 60])
        return [[day, to_hhmm(to_minutes(start) + shift), to_hhmm(to_minutes(end) + shift)]]

    def next_to(self, first: dict, metres: float) -> dict:
        """Place and time of an offer a short walk from ``first`` at overlapping times."""
        lat, lon = walk((first["lat"], first["lon"]), metres, self.rng)
        return {
            "lat": lat,
            "lon": lon,
            "district": first["district"],
            "weekly_slots": self.overlapping_times(first),
        }

    def far_away(self, first: dict) -> dict:
        """Place of an offer in a district several kilometres away, at overlapping times."""
        district = self.rng.choice(sorted(self.far))
        lat, lon = walk(self.far[district], self.rng.uniform(0, 500), self.rng)
        return {
            "lat": lat,
            "lon": lon,
            "district": district,
            "weekly_slots": self.overlapping_times(first),
        }


def build_pairs(
    seed: int,
    *,
    kinds: dict[str, Kind],
    languages: Languages,
    look_alike_kinds: LookAlikeKinds,
    group_pairs: GroupPairs,
    needs: list[Need],
    id_prefix: str,
    case_prefix: str,
) -> list[dict]:
    """The offer and need pairs of one of the parts 4 to 10, from its own data.

    The order of the steps and of every draw from the generator is part of each committed file:
    change nothing here that would draw differently.
    """
    rng = random.Random(seed)
    offers = OfferMaker(rng, kinds, id_prefix, languages)
    rows: list[dict] = []

    def offer_pair(case: str, label: int, first: dict, second: dict) -> None:
        rows.append(
            {"type": "offers", "case": case_prefix + case, "label": label, "a": first, "b": second}
        )

    # The same kind named with words that share no stem, nearby at overlapping times: parallel.
    for kind in sorted(kinds):
        first = offers.make(kind, rng.choice(SAME_STEM_VARIANTS))
        second = offers.make(
            kind, rng.choice(OTHER_WORD_VARIANTS), **offers.next_to(first, rng.uniform(20, 450))
        )
        if rng.random() < 0.5:
            first, second = second, first
        offer_pair("synonym without shared stem", 1, first, second)

    # The same kind in other words that keep the stem: parallel.
    for kind in rng.sample(sorted(kinds), 24):
        first = offers.make(kind, 0)
        second = offers.make(kind, 1, **offers.next_to(first, rng.uniform(20, 450)))
        if rng.random() < 0.5:
            first, second = second, first
        offer_pair("paraphrase", 1, first, second)

    # Different kinds that look alike, same place, people and time: not parallel. Two wordings
    # of each pair, the second with the kinds in the other order.
    for kind_a, kind_b, groups in look_alike_kinds:
        combinations = [(x, y) for x in range(4) for y in range(4)]
        for turn, (x, y) in enumerate(rng.sample(combinations, 2)):
            shared_groups = list(groups or kinds[kind_a].groups)
            first = offers.make(kind_a, x, target_groups=shared_groups)
            second = offers.make(
                kind_b,
                y,
                target_groups=list(shared_groups),
                **offers.next_to(first, rng.uniform(20, 350)),
            )
            if turn:
                first, second = second, first
            offer_pair("look-alike kinds", 0, first, second)

    # The same kind for other people; each text says for whom, as organisations write it.
    cases = {
        "broad": ("broad group only", 0),
        "none": ("other people", 0),
        "specific": ("specific group shared", 1),
    }
    for kind, groups_a, groups_b, relation, variant_a, variant_b in group_pairs:
        first = offers.make(kind, variant_a, target_groups=list(groups_a))
        second = offers.make(
            kind,
            variant_b,
            target_groups=list(groups_b),
            **offers.next_to(first, rng.uniform(20, 400)),
        )
        for offer in (first, second):
            offer["description"] += " " + say_for_whom(offer["target_groups"], rng)
        offer_pair(*cases[relation], first, second)

    # The same kind several kilometres apart, at overlapping times: not parallel.
    for kind in rng.sample(sorted(kinds), 12):
        x, y = rng.sample(range(4), 2)
        first = offers.make(kind, x)
        offer_pair("far apart", 0, first, offers.make(kind, y, **offers.far_away(first)))

    # The same kind nearby at times that do not meet: not parallel.
    for number, kind in enumerate(rng.sample(sorted(kinds), 12)):
        x, y = rng.sample(range(4), 2)
        day = number % 6
        first = offers.make(kind, x, weekly_slots=[[day, "10:00", "12:00"]])
        place = offers.next_to(first, rng.uniform(20, 350))
        if number % 2:
            place["weekly_slots"] = [[day, "16:30", "18:30"]]  # the same day, afternoon
        else:
            place["weekly_slots"] = [[(day + 3) % 6, "10:00", "12:00"]]  # another day
        offer_pair("other time", 0, first, offers.make(kind, y, **place))

    # Needs: met by three offers of their kind, not by look-alike kinds, not by the right kind
    # for other people.
    for number, need in enumerate(needs, 1):
        district = rng.choice(sorted(NEAR))
        lat, lon = walk(NEAR[district], rng.uniform(0, 400), rng)
        need_record = {
            "id": f"{id_prefix}n{number:03d}",
            "title": need.title,
            "description": need.description,
            "target_groups": list(need.groups),
            "topics": [need.topic],
            "district": district,
            "lat": lat,
            "lon": lon,
        }

        def offer_near(
            kind: str, variant: int, groups: list[str], need_record: dict = need_record
        ) -> dict:
            place = (need_record["lat"], need_record["lon"])
            offer_lat, offer_lon = walk(place, rng.uniform(50, 800), rng)
            return offers.make(
                kind,
                variant,
                lat=offer_lat,
                lon=offer_lon,
                district=need_record["district"],
                target_groups=groups,
            )

        def need_pair(case: str, label: int, offer: dict, need_record: dict = need_record) -> None:
            rows.append(
                {
                    "type": "need",
                    "case": case_prefix + case,
                    "label": label,
                    "need": need_record,
                    "offer": offer,
                }
            )

        for variant in sorted(rng.sample(range(4), 3)):
            need_pair("meets the need", 1, offer_near(need.meets, variant, list(need.groups)))
        for kind in need.look_alikes:
            offer = offer_near(kind, rng.randrange(4), list(need.groups))
            need_pair("look-alike kinds (need)", 0, offer)
        offer = offer_near(need.meets, need.other_variant, [need.other_group])
        offer["description"] += " " + say_for_whom([need.other_group], rng)
        need_pair("other target group", 0, offer)
    return rows


def run_builder(build: Callable[[int], list[dict]], output: Path, seed: int, doc: str) -> None:
    """The command line of a builder: ``--output`` and ``--seed``, defaulting to its own."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--output", type=Path, default=output)
    parser.add_argument("--seed", type=int, default=seed)
    args = parser.parse_args()
    rows = build(args.seed)
    with args.output.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(rows)} pairs written to {args.output.name}")
