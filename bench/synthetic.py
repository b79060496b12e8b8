"""Synthetic German offer corpora for the scale benchmark, with planted parallel groups.

Offers are spread over German cities by population (dense centres, thin towns), use the kinds
of ``bench/data/offer_kinds.py`` with many shared everyday sentences and words, typos and
gender forms, and realistic weekly times. A fraction of offers are planted in groups of two to
four: the same kind by different organisations, for the same people, within a few hundred
metres, at overlapping or neighbouring times.
"""

from __future__ import annotations

import math
import random
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from offer_kinds import KINDS  # noqa: E402

from netzwerkstatt.synergy.engine import OfferRecord  # noqa: E402

# (name, lat, lon, inhabitants in thousands)
CITIES = [
    ("Berlin", 52.520, 13.405, 3755),
    ("Hamburg", 53.551, 9.994, 1892),
    ("München", 48.137, 11.575, 1512),
    ("Köln", 50.938, 6.960, 1084),
    ("Frankfurt", 50.110, 8.682, 773),
    ("Stuttgart", 48.776, 9.183, 633),
    ("Düsseldorf", 51.227, 6.774, 629),
    ("Leipzig", 51.340, 12.375, 616),
    ("Dortmund", 51.514, 7.468, 595),
    ("Essen", 51.456, 7.012, 584),
    ("Bremen", 53.079, 8.802, 577),
    ("Dresden", 51.050, 13.737, 563),
    ("Hannover", 52.376, 9.732, 545),
    ("Nürnberg", 49.452, 11.077, 526),
    ("Duisburg", 51.434, 6.762, 503),
    ("Bochum", 51.482, 7.216, 364),
    ("Wuppertal", 51.256, 7.150, 358),
    ("Bielefeld", 52.030, 8.532, 337),
    ("Bonn", 50.737, 7.098, 336),
    ("Münster", 51.961, 7.626, 320),
    ("Mannheim", 49.488, 8.466, 315),
    ("Karlsruhe", 49.006, 8.403, 308),
    ("Augsburg", 48.370, 10.898, 301),
    ("Wiesbaden", 50.078, 8.240, 283),
    ("Mönchengladbach", 51.180, 6.443, 268),
    ("Gelsenkirchen", 51.517, 7.086, 263),
    ("Aachen", 50.776, 6.084, 249),
    ("Braunschweig", 52.269, 10.521, 249),
    ("Kiel", 54.323, 10.123, 247),
    ("Chemnitz", 50.827, 12.921, 250),
    ("Halle", 51.482, 11.970, 242),
    ("Magdeburg", 52.120, 11.628, 240),
    ("Freiburg", 47.999, 7.842, 237),
    ("Krefeld", 51.339, 6.586, 228),
    ("Mainz", 49.993, 8.247, 220),
    ("Lübeck", 53.866, 10.687, 218),
    ("Erfurt", 50.978, 11.029, 214),
    ("Rostock", 54.092, 12.099, 209),
    ("Kassel", 51.312, 9.480, 204),
    ("Potsdam", 52.391, 13.065, 185),
]

GROUPS = [
    "Kinder",
    "Jugendliche",
    "Familien",
    "Frauen",
    "Mädchen",
    "Senior:innen",
    "Erwachsene",
    "Migrant:innen",
    "Geflüchtete",
    "Alleinerziehende",
    "Menschen mit Behinderung",
    "Kleinkinder",
    "Angehörige",
    "Studierende",
    "Arbeitssuchende",
    "Jungen",
    "Kinder im Grundschulalter",
    "Eltern",
    "Wohnungslose",
    "Queere Menschen",
]

FILLER = [
    "Die Teilnahme ist kostenlos.",
    "Eine Anmeldung ist nicht nötig.",
    "Kommen Sie einfach vorbei!",
    "Wir freuen uns auf euch!",
    "Der Raum ist barrierefrei.",
    "Bitte meldet euch vorher per Telefon an.",
    "Das Angebot findet im Stadtteilzentrum statt.",
    "Ehrenamtliche Helferinnen und Helfer unterstützen uns.",
    "Getränke sind vorhanden.",
    "In den Schulferien findet das Angebot nicht statt.",
    "Neue Gesichter sind herzlich willkommen.",
    "Das Projekt wird von der Stadt gefördert.",
    "Wir sprechen auch Englisch und Arabisch.",
    "Der Eingang ist im Hinterhof.",
    "Kinderbetreuung ist möglich.",
    "Spenden sind willkommen.",
    "Bei schönem Wetter sind wir draußen.",
    "Bringt gern Freundinnen und Freunde mit.",
    "Das Angebot ist offen für alle Nachbar:innen.",
    "Wir treffen uns jede Woche.",
    "Ein Imbiss wird angeboten.",
    "Die Gruppe ist klein, damit alle zu Wort kommen.",
    "Unsere Mitarbeiter:innen beraten Sie gern.",
    "Weitere Infos auf unserer Webseite.",
    "Treffpunkt ist der Gemeinschaftsraum im Erdgeschoss.",
    "Wir suchen noch Ehrenamtliche.",
    "Die Räume erreichen Sie mit der Straßenbahn.",
    "Dolmetscher:innen können helfen.",
    "Auch ohne Vorkenntnisse kann man mitmachen.",
    "Das Angebot ist vertraulich.",
]
PREFIXES = (
    "Stadtteil Nachbarschaft Familien Kinder Jugend Frauen Senioren Kultur Sport Garten "
    "Lese Spiel Musik Koch Werk Bildung Begegnung Kiez Quartier Sommer Winter Wald "
    "Kreativ Medien Eltern Bürger Markt Park Schul Hof"
).split()
SUFFIXES = (
    "fest treff zentrum projekt gruppe werkstatt café runde abend nachmittag kurs "
    "aktion programm raum haus laden börse tag woche club netz labor"
).split()
STREETS = (
    "Haupt Bahnhof Schul Kirch Garten Linden Berg Wald Mühlen Rosen Friedens Markt "
    "Goethe Schiller Park Ring"
).split()


@dataclass
class Corpus:
    offers: list[OfferRecord]
    planted: dict[str, int]  # offer id → planted group number
    kinds: dict[str, str]  # offer id → kind of offer it was written from

    def planted_pairs(self) -> set[tuple[str, str]]:
        members: dict[int, list[str]] = {}
        for offer_id, group in self.planted.items():
            members.setdefault(group, []).append(offer_id)
        pairs = set()
        for ids in members.values():
            ids.sort()
            pairs |= {(a, b) for i, a in enumerate(ids) for b in ids[i + 1 :]}
        return pairs


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 6:
        return word
    i = rng.randrange(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _gender_variant(text: str, rng: random.Random) -> str:
    form = rng.choice([":innen", "*innen", "Innen", "innen und "])
    if form == "innen und ":
        return text.replace(":innen", "innen und -").replace("-", "")
    return text.replace(":innen", form)


def _move(lat: float, lon: float, metres: float, rng: random.Random) -> tuple[float, float]:
    angle = rng.uniform(0, 2 * math.pi)
    return (
        lat + metres * math.cos(angle) / 111_195.0,
        lon + metres * math.sin(angle) / (111_195.0 * math.cos(math.radians(lat))),
    )


class Generator:
    def __init__(self, size: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.size = size
        self.kinds = list(KINDS)
        weights = [pop for *_, pop in CITIES]
        self.city_weights = weights
        # Small towns: a third of all offers, in places of their own across the country.
        towns = max(20, size // 150)
        self.towns = [
            (f"Ort {n}", self.rng.uniform(47.6, 54.7), self.rng.uniform(6.2, 14.8), 20)
            for n in range(towns)
        ]
        self.organisations = max(10, size // 4)
        self.count = 0
        self.kind_of: dict[str, str] = {}

    def place(self) -> tuple[float, float, str]:
        rng = self.rng
        if rng.random() < 0.67:
            name, lat, lon, pop = rng.choices(CITIES, self.city_weights)[0]
            spread = 1500 * math.sqrt(pop / 100)  # Berlin ~9 km, Leipzig ~4 km
        else:
            name, lat, lon, _ = rng.choice(self.towns)
            spread = 1200
        lat, lon = _move(lat, lon, abs(rng.gauss(0, spread)), rng)
        district = f"{name}-{rng.randrange(12) + 1}"
        return lat, lon, district

    def slots(self) -> tuple[tuple[int, str, str], ...]:
        rng = self.rng
        if rng.random() < 0.25:
            return ()
        start = rng.choice([9, 10, 14, 15, 16, 17, 18])
        length = rng.choice([1, 2, 2, 3])
        days = rng.sample(range(6), rng.choice([1, 1, 1, 2]))
        return tuple((d, f"{start:02d}:00", f"{start + length:02d}:00") for d in sorted(days))

    def text(self, kind: str) -> tuple[str, str]:
        rng = self.rng
        _, _, variants = KINDS[kind]
        title, description = rng.choice(variants)
        # Nobody copies a description word for word: drop a word or two, as writers do.
        words = description.split()
        for _ in range(rng.choice([0, 1, 1, 2])):
            if len(words) > 5:
                del words[rng.randrange(1, len(words) - 1)]
        description = " ".join(words)
        extra = rng.sample(FILLER, rng.randrange(1, 4))
        compound = rng.choice(PREFIXES) + rng.choice(SUFFIXES)
        street = f"{rng.choice(STREETS)}straße {rng.randrange(1, 120)}"
        description = " ".join([description, *extra, f"Ort: {compound}, {street}."])
        if rng.random() < 0.15:
            words = description.split()
            i = rng.randrange(len(words))
            words[i] = _typo(words[i], rng)
            description = " ".join(words)
        if rng.random() < 0.5:
            description = _gender_variant(description, rng)
        return title, description

    def offer(self, kind: str, **fields) -> OfferRecord:
        self.count += 1
        topic, groups, _ = KINDS[kind]
        title, description = self.text(kind)
        lat, lon, district = self.place()
        values = {
            "id": f"s{self.count:07d}",
            "organisation_id": f"org{self.rng.randrange(self.organisations):06d}",
            "title": title,
            "description": description,
            "target_groups": frozenset(
                self.rng.sample(GROUPS, self.rng.choice([1, 1, 2]))
                if self.rng.random() < 0.5
                else groups
            ),
            "topics": frozenset([topic]) if self.rng.random() < 0.7 else frozenset(),
            "languages": frozenset(["Deutsch"]),
            "weekly_slots": self.slots(),
            "lat": lat,
            "lon": lon,
            "district": district,
        }
        if self.rng.random() < 0.05:  # some offers give only their district
            values["lat"] = values["lon"] = None
        values.update(fields)
        self.kind_of[values["id"]] = kind
        return OfferRecord(**values)

    def planted_group(self, group: int) -> list[OfferRecord]:
        rng = self.rng
        kind = rng.choice(self.kinds)
        first = self.offer(kind, target_groups=frozenset(KINDS[kind][1]))
        while first.lat is None or not first.weekly_slots:
            first = self.offer(kind, target_groups=frozenset(KINDS[kind][1]))
        members = [first]
        organisations = {first.organisation_id}
        for _ in range(rng.choice([1, 1, 2, 3])):
            lat, lon = _move(first.lat, first.lon, rng.uniform(0, 700), rng)
            day, start, end = first.weekly_slots[0]
            hour = int(start[:2]) + rng.choice([0, 0, 1, -1])
            slots = ((day, f"{hour:02d}:00", f"{hour + 2:02d}:00"),)
            organisation = first.organisation_id
            while organisation in organisations:
                organisation = f"org{rng.randrange(self.organisations):06d}"
            organisations.add(organisation)
            members.append(
                self.offer(
                    kind,
                    organisation_id=organisation,
                    lat=lat,
                    lon=lon,
                    district=first.district,
                    weekly_slots=slots,
                    target_groups=first.target_groups,
                )
            )
        return members


def generate(size: int, *, seed: int = 7, planted_share: float = 0.1) -> Corpus:
    generator = Generator(size, seed)
    offers: list[OfferRecord] = []
    planted: dict[str, int] = {}
    group = 0
    while len(offers) < size * planted_share:
        for record in generator.planted_group(group):
            offers.append(record)
            planted[record.id] = group
        group += 1
    while len(offers) < size:
        offers.append(generator.offer(generator.rng.choice(generator.kinds)))
    generator.rng.shuffle(offers)
    offers = offers[:size]
    kept = {o.id for o in offers}
    return Corpus(
        offers,
        {k: v for k, v in planted.items() if k in kept},
        {k: v for k, v in generator.kind_of.items() if k in kept},
    )


def one_more(corpus: Corpus, *, seed: int) -> OfferRecord:
    """A new offer next to an existing one, as when an organisation adds an offer."""
    rng = random.Random(seed)
    generator = Generator(len(corpus.offers), seed)
    generator.count = 10_000_000 + seed
    neighbour = rng.choice([o for o in corpus.offers[:1000] if o.lat is not None])
    kind = rng.choice(list(KINDS))
    lat, lon = _move(neighbour.lat, neighbour.lon, rng.uniform(0, 500), rng)
    return generator.offer(kind, lat=lat, lon=lon, district=neighbour.district)
