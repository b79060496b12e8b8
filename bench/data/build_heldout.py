"""Build ``heldout_pairs.jsonl``: the held-out part of the synergy engine's labelled set.

Written apart from the tuning part and before the engine was tuned on it: its kinds of offer
appear nowhere in ``offer_kinds.py`` and are never looked at while tuning. The three patterns
of the quality work are all here with fresh examples: look-alike kinds that share the head of a
compound ("Holzwerkstatt" / "Schreibwerkstatt"), target groups that share only a broad group
("Migrant:innen") while the specific groups differ, and synonyms without a shared stem
("Streetwork" / "aufsuchende Jugendarbeit"). Same format as ``eval_pairs.jsonl``.

    python bench/data/build_heldout.py
"""

from __future__ import annotations

import itertools
import json
import math
import random
from pathlib import Path

# ruff: noqa: E501  (one offer text per line reads better than wrapped strings)

OUTPUT = Path(__file__).resolve().parent / "heldout_pairs.jsonl"

# key: (topic, target groups, [(title, description), ...]); variants say the same in other words.
KINDS: dict[str, tuple[str, tuple[str, ...], list[tuple[str, str]]]] = {
    "englischkurs": (
        "Bildung",
        ("Erwachsene",),
        [
            (
                "Englischkurs für Anfänger:innen",
                "Englisch von Anfang an: Vokabeln, einfache Gespräche, Grammatik in kleinen Schritten.",
            ),
            (
                "English for beginners",
                "Sie möchten Englisch sprechen lernen? Wir üben Alltagssituationen auf Englisch, ohne Vorkenntnisse.",
            ),
            (
                "Englisch-Grundkurs am Abend",
                "Grundkenntnisse der englischen Sprache für Beruf und Reisen, in einer kleinen Gruppe.",
            ),
        ],
    ),
    "arabischkurs": (
        "Bildung",
        ("Kinder",),
        [
            (
                "Arabischkurs für Kinder",
                "Kinder lernen Lesen und Schreiben in ihrer Herkunftssprache Arabisch.",
            ),
            (
                "Muttersprachlicher Unterricht Arabisch",
                "Herkunftssprachenunterricht: arabische Schrift, Lieder und Geschichten für Grundschulkinder.",
            ),
            (
                "Arabisch lesen und schreiben lernen",
                "Samstagsschule für Kinder aus arabischsprachigen Familien: Buchstaben, Texte, Sprache der Eltern.",
            ),
        ],
    ),
    "holzwerkstatt": (
        "Freizeit",
        ("Jugendliche",),
        [
            (
                "Holzwerkstatt",
                "Jugendliche bauen in unserer Werkstatt eigene Möbel und Regale aus Holz.",
            ),
            (
                "Tischlern lernen",
                "Sägen, hobeln, schleifen: handwerkliches Arbeiten mit Holz unter Anleitung eines Tischlers.",
            ),
            (
                "Schreinern für junge Leute",
                "Wir zeigen dir den Umgang mit Werkzeug und Holz – am Ende nimmst du dein Werkstück mit.",
            ),
        ],
    ),
    "schreibwerkstatt": (
        "Kultur",
        ("Jugendliche",),
        [
            (
                "Schreibwerkstatt",
                "Jugendliche schreiben eigene Geschichten, Gedichte und Songtexte und lesen sie einander vor.",
            ),
            (
                "Kreatives Schreiben",
                "Texte erfinden, Ideen aufschreiben, an Worten feilen – ein Kurs für junge Autor:innen.",
            ),
            (
                "Geschichten-Club",
                "Wir denken uns Geschichten aus, schreiben sie auf und machen daraus ein kleines Heft.",
            ),
        ],
    ),
    "trauergruppe": (
        "Gesundheit",
        ("Erwachsene",),
        [
            (
                "Trauergruppe",
                "Ein geschützter Raum für Menschen, die einen nahestehenden Menschen verloren haben.",
            ),
            (
                "Gesprächskreis für Trauernde",
                "Austausch und Begleitung nach dem Tod eines Angehörigen, angeleitet von einer Trauerbegleiterin.",
            ),
            (
                "Trauercafé",
                "Bei Kaffee über Verlust und Abschied sprechen – mit anderen, denen es ähnlich geht.",
            ),
        ],
    ),
    "laufgruppe": (
        "Sport & Bewegung",
        ("Erwachsene",),
        [
            (
                "Laufgruppe im Park",
                "Gemeinsam joggen im Mariannenpark, langsames Tempo, alle sind willkommen.",
            ),
            (
                "Lauftreff für Einsteiger:innen",
                "Wir laufen zusammen Runden im Park und steigern uns langsam. Keine Vorkenntnisse nötig.",
            ),
            (
                "Gemeinsam joggen",
                "Bewegung an der frischen Luft: eine Stunde Ausdauertraining mit Laufschuhen, kostenlos.",
            ),
        ],
    ),
    "energieberatung": (
        "Beratung",
        ("Familien",),
        [
            (
                "Energieberatung",
                "Wir helfen Haushalten, Strom und Heizkosten zu senken, und prüfen die Nebenkostenabrechnung.",
            ),
            (
                "Stromspar-Check",
                "Kostenloser Besuch zu Hause: Wo verbrauchen Sie zu viel Strom? Wir bringen Sparlampen mit.",
            ),
            (
                "Hilfe bei hohen Strom- und Heizkosten",
                "Tipps zum Sparen von Energie und Unterstützung, wenn die Abschlagszahlung zu hoch ist.",
            ),
        ],
    ),
    "rentenberatung": (
        "Beratung",
        ("Senior:innen",),
        [
            (
                "Rentenberatung",
                "Versichertenberater:innen helfen beim Rentenantrag und erklären den Rentenbescheid.",
            ),
            (
                "Hilfe beim Rentenantrag",
                "Wir füllen mit Ihnen die Formulare der Rentenversicherung aus und prüfen Ihre Versicherungszeiten.",
            ),
            (
                "Sprechstunde zur Altersrente",
                "Fragen zu Rente, Grundrente und Rentenbescheid? Kommen Sie in unsere Sprechstunde.",
            ),
        ],
    ),
    "ausbildungspaten": (
        "Arbeit & Ausbildung",
        ("Jugendliche",),
        [
            (
                "Ausbildungspatenschaften",
                "Ehrenamtliche Pat:innen begleiten Jugendliche bei der Suche nach einem Ausbildungsplatz.",
            ),
            (
                "Mentoring für den Berufseinstieg",
                "Eine erfahrene Person an deiner Seite: Bewerbung, Praktikum und die ersten Monate in der Lehre.",
            ),
            (
                "Begleitung in die Ausbildung",
                "Mentor:innen unterstützen junge Menschen beim Übergang von der Schule in den Beruf.",
            ),
        ],
    ),
    "familienpaten": (
        "Familie & Kinderschutz",
        ("Familien",),
        [
            (
                "Familienpatenschaften",
                "Ehrenamtliche Pat:innen entlasten junge Familien im Alltag, ein paar Stunden pro Woche.",
            ),
            (
                "Paten für Familien mit kleinen Kindern",
                "Eine Ehrenamtliche kommt regelmäßig, spielt mit den Kindern und gibt den Eltern Luft.",
            ),
            (
                "Ehrenamtliche Familienbegleitung",
                "Unterstützung für Eltern ohne Verwandte in der Nähe: zuhören, mitgehen, Kinder betreuen.",
            ),
        ],
    ),
    "bauernmarkt": (
        "Ernährung",
        ("Nachbarschaft / alle",),
        [
            (
                "Bauernmarkt",
                "Obst, Gemüse, Käse und Brot von Höfen aus der Region, jeden Donnerstag auf dem Platz.",
            ),
            (
                "Wochenmarkt mit regionalen Produkten",
                "Frische Lebensmittel direkt von den Erzeuger:innen aus dem Umland.",
            ),
            (
                "Regionalmarkt",
                "Landwirt:innen aus der Umgebung verkaufen Eier, Honig, Kartoffeln und Saisongemüse.",
            ),
        ],
    ),
    "troedelmarkt": (
        "Nachbarschaft & Begegnung",
        ("Nachbarschaft / alle",),
        [
            (
                "Flohmarkt im Hof",
                "Nachbar:innen verkaufen Gebrauchtes: Kleidung, Bücher, Spielzeug, Geschirr.",
            ),
            (
                "Trödelmarkt am Sonntag",
                "Alte Sachen weitergeben statt wegwerfen – Stände für alle, Standgebühr frei.",
            ),
            (
                "Second-Hand-Verkauf in der Nachbarschaft",
                "Stöbern, handeln, tauschen: ausrangierte Dinge finden neue Besitzer:innen.",
            ),
        ],
    ),
    "streetwork": (
        "Beratung",
        ("Jugendliche",),
        [
            (
                "Streetwork im Stadtteil",
                "Unsere Streetworker:innen sind auf Plätzen und an Haltestellen unterwegs und sprechen junge Menschen an.",
            ),
            (
                "Aufsuchende Jugendarbeit",
                "Wir gehen dorthin, wo sich Jugendliche treffen, hören zu und helfen bei Problemen.",
            ),
            (
                "Mobile Jugendarbeit",
                "Sozialarbeiter:innen besuchen Jugendliche draußen im Viertel – freiwillig, vertraulich, kostenlos.",
            ),
        ],
    ),
    "kita": (
        "Familie & Kinderschutz",
        ("Kinder",),
        [
            (
                "Kita Sonnenblume",
                "Krippe und Kindergarten für Kinder von 1 bis 6 Jahren, mit Garten.",
            ),
            (
                "Kindertagesstätte",
                "Ganztägige Betreuung von Kleinkindern und Vorschulkindern durch Erzieher:innen.",
            ),
            (
                "Kindergarten mit Krippengruppe",
                "Wir betreuen Kinder ab einem Jahr bis zur Einschulung, Plätze über das Elternportal.",
            ),
        ],
    ),
    "fahrdienst": (
        "Teilhabe & Demokratie",
        ("Senior:innen",),
        [
            (
                "Fahrdienst für Senior:innen",
                "Wir fahren ältere Menschen zum Arzt, zum Einkaufen oder zur Behörde.",
            ),
            (
                "Begleitservice zu Terminen",
                "Ehrenamtliche holen Sie zu Hause ab und begleiten Sie zur Arztpraxis und zurück.",
            ),
            (
                "Mobil im Alter",
                "Sie können nicht mehr allein Bus fahren? Wir bringen Sie sicher zu Ihren Wegen.",
            ),
        ],
    ),
    "tauschring": (
        "Nachbarschaft & Begegnung",
        ("Nachbarschaft / alle",),
        [
            (
                "Tauschring",
                "Nachbar:innen tauschen Fähigkeiten: eine Stunde Hilfe gegen eine Stunde Hilfe.",
            ),
            (
                "Zeitbank im Viertel",
                "Sie helfen beim Umzug, jemand anderes repariert Ihr Fahrrad – wir verrechnen Stunden statt Geld.",
            ),
            (
                "Nachbarschaftshilfe auf Gegenseitigkeit",
                "Jede Stunde, die Sie anderen schenken, können Sie später selbst in Anspruch nehmen.",
            ),
        ],
    ),
    "wohnungslosenhilfe": (
        "Beratung",
        ("Erwachsene",),
        [
            (
                "Tagestreff für Wohnungslose",
                "Duschen, Wäsche waschen, ein warmes Getränk und Beratung für Menschen ohne Wohnung.",
            ),
            (
                "Anlaufstelle für Menschen ohne Obdach",
                "Hier können Obdachlose sich aufwärmen, ihre Post abholen und Hilfe bekommen.",
            ),
            (
                "Obdachlosenhilfe",
                "Aufenthalt, Hygiene und Sozialberatung für Menschen, die auf der Straße leben.",
            ),
        ],
    ),
    "chor": (
        "Kultur",
        ("Erwachsene",),
        [
            (
                "Nachbarschaftschor",
                "Wir singen Lieder aus vielen Ländern, Noten lesen ist nicht nötig.",
            ),
            (
                "Gemeinsam singen",
                "Offenes Singen für alle, die Freude an Musik haben, mit Klavierbegleitung.",
            ),
            (
                "Singkreis",
                "Einmal in der Woche proben wir mehrstimmige Lieder und treten beim Stadtteilfest auf.",
            ),
        ],
    ),
    "stilltreff": (
        "Gesundheit",
        ("Eltern",),
        [
            (
                "Stilltreff",
                "Mütter mit Babys tauschen sich über das Stillen aus, eine Stillberaterin ist dabei.",
            ),
            (
                "Stillcafé",
                "Fragen rund ums Stillen und die ersten Monate mit Baby, in entspannter Runde.",
            ),
            (
                "Stillgruppe mit Laktationsberaterin",
                "Beratung und Austausch für stillende Mütter, das Baby kommt mit.",
            ),
        ],
    ),
    "erste_hilfe": (
        "Gesundheit",
        ("Erwachsene",),
        [
            (
                "Erste-Hilfe-Kurs",
                "In einem Tag lernen Sie, was im Notfall zu tun ist: Wiederbelebung, stabile Seitenlage, Verbände.",
            ),
            (
                "Lebensrettende Sofortmaßnahmen",
                "Notfallkurs: richtig helfen bei Unfällen und Herzstillstand, mit Übungen an der Puppe.",
            ),
            (
                "Notfalltraining für Laien",
                "Wie helfe ich, bis der Rettungsdienst kommt? Praktisches Training für alle.",
            ),
        ],
    ),
}

# Look-alike kinds: same head noun or same shape, different things. Kept apart when place,
# people and time agree.
LOOK_ALIKES: list[tuple[str, str]] = [
    ("englischkurs", "arabischkurs"),
    ("holzwerkstatt", "schreibwerkstatt"),
    ("trauergruppe", "laufgruppe"),
    ("energieberatung", "rentenberatung"),
    ("ausbildungspaten", "familienpaten"),
    ("bauernmarkt", "troedelmarkt"),
    ("stilltreff", "trauergruppe"),
    ("erste_hilfe", "englischkurs"),
]

# Same kind, but the only shared target group is a broad one while the specific groups differ:
# not "the same people". (groups of a, groups of b)
BROAD_ONLY: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    ("englischkurs", ("Frauen", "Migrant:innen"), ("Senior:innen", "Migrant:innen")),
    ("englischkurs", ("Jugendliche", "Geflüchtete"), ("Senior:innen", "Geflüchtete")),
    (
        "laufgruppe",
        ("Frauen", "Nachbarschaft / alle"),
        ("Menschen mit Behinderung", "Nachbarschaft / alle"),
    ),
    ("chor", ("Kinder", "Nachbarschaft / alle"), ("Senior:innen", "Nachbarschaft / alle")),
    ("erste_hilfe", ("Eltern", "Erwachsene"), ("Fachkräfte", "Erwachsene")),
    ("holzwerkstatt", ("Mädchen", "Migrant:innen"), ("Männer", "Migrant:innen")),
    ("tauschring", ("Familien", "Migrant:innen"), ("Senior:innen", "Migrant:innen")),
    ("kita", ("Kinder", "Geflüchtete"), ("Menschen mit Behinderung", "Geflüchtete")),
    ("trauergruppe", ("Eltern", "Erwachsene"), ("Senior:innen", "Erwachsene")),
    ("schreibwerkstatt", ("Mädchen", "Migrant:innen"), ("Senior:innen", "Migrant:innen")),
]

# Same kind, and they share a specific group besides the broad one: the same people.
SPECIFIC_SHARED: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    ("englischkurs", ("Frauen", "Migrant:innen"), ("Frauen", "Geflüchtete", "Migrant:innen")),
    ("laufgruppe", ("Frauen", "Nachbarschaft / alle"), ("Frauen",)),
    ("holzwerkstatt", ("Mädchen", "Migrant:innen"), ("Mädchen", "Jugendliche")),
    ("tauschring", ("Senior:innen", "Migrant:innen"), ("Senior:innen", "Nachbarschaft / alle")),
    ("chor", ("Senior:innen", "Nachbarschaft / alle"), ("Senior:innen",)),
]

# (title, description, target groups, topic, kinds that meet it, related kinds that do not)
NEEDS: list[tuple[str, str, tuple[str, ...], str, tuple[str, ...], tuple[str, ...]]] = [
    (
        "Jugendliche am Bahnhof erreicht niemand",
        "Abends hängen Jugendliche an der Haltestelle herum; keine Einrichtung spricht sie an.",
        ("Jugendliche",),
        "Beratung",
        ("streetwork",),
        ("holzwerkstatt",),
    ),
    (
        "Ältere kommen nicht mehr zum Arzt",
        "Viele Senior:innen schaffen den Weg zur Praxis nicht allein, weil der Bus zu weit weg hält.",
        ("Senior:innen",),
        "Teilhabe & Demokratie",
        ("fahrdienst",),
        ("rentenberatung",),
    ),
    (
        "Familien können die Stromrechnung nicht zahlen",
        "Nach der Preiserhöhung wissen viele Haushalte nicht, wie sie Energie sparen sollen.",
        ("Familien",),
        "Beratung",
        ("energieberatung",),
        ("familienpaten",),
    ),
    (
        "Menschen ohne Wohnung haben keinen Ort zum Waschen",
        "Obdachlose im Viertel können nirgends duschen oder ihre Kleidung waschen.",
        ("Erwachsene",),
        "Beratung",
        ("wohnungslosenhilfe",),
        ("tauschring",),
    ),
    (
        "Allein mit der Trauer",
        "Nach dem Tod des Partners ziehen sich viele Menschen zurück und reden mit niemandem.",
        ("Erwachsene",),
        "Gesundheit",
        ("trauergruppe",),
        ("laufgruppe",),
    ),
    (
        "Kein Ausbildungsplatz, keine Begleitung",
        "Schulabgänger:innen finden keine Lehrstelle und haben niemanden, der ihnen bei Bewerbungen zur Seite steht.",
        ("Jugendliche",),
        "Arbeit & Ausbildung",
        ("ausbildungspaten",),
        ("familienpaten",),
    ),
    (
        "Junge Eltern ohne Familie in der Nähe",
        "Eltern von Babys und Kleinkindern sind erschöpft und haben keine Großeltern, die helfen.",
        ("Familien",),
        "Familie & Kinderschutz",
        ("familienpaten",),
        ("ausbildungspaten",),
    ),
    (
        "Kinder verlieren ihre Muttersprache",
        "Kinder aus arabischsprachigen Familien können die Sprache ihrer Eltern kaum noch lesen und schreiben.",
        ("Kinder",),
        "Bildung",
        ("arabischkurs",),
        ("englischkurs",),
    ),
    (
        "Gebrauchte Dinge landen im Müll",
        "Gut erhaltene Kleidung und Möbel werden weggeworfen, weil es keinen Ort zum Weitergeben gibt.",
        ("Nachbarschaft / alle",),
        "Nachbarschaft & Begegnung",
        ("troedelmarkt",),
        ("bauernmarkt",),
    ),
    (
        "Keine frischen Lebensmittel aus der Region",
        "Im Viertel gibt es nur Discounter; Obst und Gemüse von hiesigen Höfen fehlen.",
        ("Nachbarschaft / alle",),
        "Ernährung",
        ("bauernmarkt",),
        ("troedelmarkt",),
    ),
    (
        "Rentenantrag überfordert",
        "Viele Ältere verstehen die Formulare der Rentenversicherung nicht und stellen keinen Antrag.",
        ("Senior:innen",),
        "Beratung",
        ("rentenberatung",),
        ("energieberatung",),
    ),
    (
        "Jugendliche wollen mit den Händen arbeiten",
        "Junge Leute fragen nach einem Ort, an dem sie mit Werkzeug etwas bauen können.",
        ("Jugendliche",),
        "Freizeit",
        ("holzwerkstatt",),
        ("schreibwerkstatt",),
    ),
    (
        "Englisch für den Beruf fehlt",
        "Erwachsene im Viertel brauchen Englischkenntnisse für Arbeit und Weiterbildung.",
        ("Erwachsene",),
        "Bildung",
        ("englischkurs",),
        ("arabischkurs",),
    ),
    (
        "Nachbarn helfen sich nicht",
        "Im Haus kennt man sich nicht; wer Hilfe braucht, traut sich nicht zu fragen.",
        ("Nachbarschaft / alle",),
        "Nachbarschaft & Begegnung",
        ("tauschring",),
        ("troedelmarkt",),
    ),
    (
        "Zu wenige Betreuungsplätze für Kleinkinder",
        "Eltern finden für ihre Ein- bis Dreijährigen keinen Platz in der Tagesbetreuung.",
        ("Kinder",),
        "Familie & Kinderschutz",
        ("kita",),
        ("stilltreff",),
    ),
    (
        "Kein Sport an der frischen Luft",
        "Erwachsene bewegen sich zu wenig; ein kostenloses Ausdauerangebot im Freien fehlt.",
        ("Erwachsene",),
        "Sport & Bewegung",
        ("laufgruppe",),
        ("trauergruppe",),
    ),
    (
        "Niemand singt mehr zusammen",
        "Nachbar:innen vermissen gemeinsames Musizieren und Singen im Stadtteil.",
        ("Erwachsene",),
        "Kultur",
        ("chor",),
        ("schreibwerkstatt",),
    ),
    (
        "Jugendliche wollen ihre Geschichten erzählen",
        "Junge Menschen möchten Texte und Gedichte schreiben, finden aber keinen Ort dafür.",
        ("Jugendliche",),
        "Kultur",
        ("schreibwerkstatt",),
        ("holzwerkstatt",),
    ),
    (
        "Unsicherheit beim Stillen",
        "Junge Mütter brechen das Stillen ab, weil niemand ihre Fragen beantwortet.",
        ("Eltern",),
        "Gesundheit",
        ("stilltreff",),
        ("kita",),
    ),
    (
        "Im Notfall weiß keiner, was zu tun ist",
        "Nachbar:innen trauen sich bei Unfällen nicht zu helfen, weil sie es nie gelernt haben.",
        ("Erwachsene",),
        "Gesundheit",
        ("erste_hilfe",),
        ("laufgruppe",),
    ),
]

# A need of these people is not met by an offer of the right kind for other people.
OTHER_PEOPLE = {
    "Jugendliche": "Senior:innen",
    "Senior:innen": "Kinder",
    "Familien": "Senior:innen",
    "Erwachsene": "Kinder",
    "Kinder": "Senior:innen",
    "Eltern": "Senior:innen",
    "Nachbarschaft / alle": None,
}

DISTRICTS = {
    "Schönefeld": (51.3650, 12.4120),
    "Volkmarsdorf": (51.3470, 12.4090),
    "Mockau": (51.3830, 12.4180),
    "Grünau": (51.3190, 12.2780),
    "Connewitz": (51.3090, 12.3850),
}
NEAR = ["Schönefeld", "Volkmarsdorf", "Mockau"]
SLOTS = [
    (0, "10:00", "12:00"),
    (1, "15:00", "17:00"),
    (2, "16:00", "18:00"),
    (3, "14:00", "16:00"),
    (4, "09:00", "11:00"),
]


def _move(point: tuple[float, float], metres: float, rng: random.Random) -> tuple[float, float]:
    angle = rng.uniform(0, 2 * math.pi)
    dlat = metres * math.cos(angle) / 111_195.0
    dlon = metres * math.sin(angle) / (111_195.0 * math.cos(math.radians(point[0])))
    return round(point[0] + dlat, 6), round(point[1] + dlon, 6)


class Builder:
    def __init__(self, seed: int = 20261203) -> None:
        self.rng = random.Random(seed)
        self.count = 0

    def offer(self, kind: str, variant: int, **fields: object) -> dict:
        self.count += 1
        topic, groups, variants = KINDS[kind]
        title, description = variants[variant]
        district = self.rng.choice(NEAR)
        lat, lon = _move(DISTRICTS[district], self.rng.uniform(0, 500), self.rng)
        record = {
            "id": f"h{self.count:04d}",
            "organisation_id": f"horg{self.count:04d}",
            "title": title,
            "description": description,
            "target_groups": list(groups),
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

    def beside(self, first: dict, metres: float) -> dict:
        """Place, district and times of ``first``, a short walk away."""
        lat, lon = _move((first["lat"], first["lon"]), metres, self.rng)
        return {
            "lat": lat,
            "lon": lon,
            "district": first["district"],
            "weekly_slots": first["weekly_slots"],
        }


def build() -> list[dict]:
    b = Builder()
    rng = b.rng
    rows: list[dict] = []

    def pair(case: str, label: int, first: dict, second: dict) -> None:
        rows.append({"type": "offers", "case": case, "label": label, "a": first, "b": second})

    # Synonyms and paraphrases of one kind, nearby at the same time: parallel.
    for kind, (_, _, variants) in KINDS.items():
        for x, y in itertools.combinations(range(len(variants)), 2):
            first = b.offer(kind, x)
            pair(
                "held-out paraphrase",
                1,
                first,
                b.offer(kind, y, **b.beside(first, rng.uniform(0, 800))),
            )
    # Look-alike kinds with the same place, people and time: not parallel.
    for kind_a, kind_b in LOOK_ALIKES:
        for x in range(3):
            first = b.offer(kind_a, x)
            second = b.offer(
                kind_b,
                rng.randrange(3),
                target_groups=first["target_groups"],
                **b.beside(first, rng.uniform(0, 300)),
            )
            pair("held-out look-alike kinds", 0, first, second)
    # Only a broad group in common: not the same people.
    for kind, groups_a, groups_b in BROAD_ONLY:
        first = b.offer(kind, 0, target_groups=list(groups_a))
        second = b.offer(
            kind,
            rng.randrange(1, 3),
            target_groups=list(groups_b),
            **b.beside(first, rng.uniform(0, 500)),
        )
        pair("held-out broad group only", 0, first, second)
    for kind, groups_a, groups_b in SPECIFIC_SHARED:
        first = b.offer(kind, 0, target_groups=list(groups_a))
        second = b.offer(
            kind,
            rng.randrange(1, 3),
            target_groups=list(groups_b),
            **b.beside(first, rng.uniform(0, 500)),
        )
        pair("held-out specific group shared", 1, first, second)
    # Far apart, or on another weekday: not parallel.
    for kind in rng.sample(sorted(KINDS), 8):
        first = b.offer(kind, 0)
        far = rng.choice(["Grünau", "Connewitz"])
        lat, lon = _move(DISTRICTS[far], rng.uniform(0, 400), rng)
        pair(
            "held-out far apart",
            0,
            first,
            b.offer(kind, 1, lat=lat, lon=lon, district=far, weekly_slots=first["weekly_slots"]),
        )
    for kind in rng.sample(sorted(KINDS), 6):
        first = b.offer(kind, 0)
        day = first["weekly_slots"][0][0]
        place = b.beside(first, rng.uniform(0, 400))
        place["weekly_slots"] = [[(day + 2) % 5, "19:00", "20:30"]]
        pair("held-out other weekday", 0, first, b.offer(kind, 2, **place))

    # Needs: met by their kinds, not by related kinds, not by the right kind for other people.
    for number, (title, description, groups, topic, meets, related) in enumerate(NEEDS, 1):
        district = rng.choice(NEAR)
        lat, lon = _move(DISTRICTS[district], rng.uniform(0, 400), rng)
        need = {
            "id": f"hn{number:03d}",
            "title": title,
            "description": description,
            "target_groups": list(groups),
            "topics": [topic],
            "district": district,
            "lat": lat,
            "lon": lon,
        }

        def nearby(kind: str, variant: int, centre=(lat, lon), district=district, **fields) -> dict:
            o_lat, o_lon = _move(centre, rng.uniform(0, 700), rng)
            return b.offer(kind, variant, lat=o_lat, lon=o_lon, district=district, **fields)

        for kind in meets:
            for variant in range(3):
                rows.append(
                    {
                        "type": "need",
                        "case": "held-out meets the need",
                        "label": 1,
                        "need": need,
                        "offer": nearby(kind, variant, target_groups=list(groups)),
                    }
                )
        for kind in related:
            rows.append(
                {
                    "type": "need",
                    "case": "held-out related but other kind",
                    "label": 0,
                    "need": need,
                    "offer": nearby(kind, rng.randrange(3), target_groups=list(groups)),
                }
            )
        other = OTHER_PEOPLE.get(groups[0])
        if other:
            rows.append(
                {
                    "type": "need",
                    "case": "held-out other target group",
                    "label": 0,
                    "need": need,
                    "offer": nearby(meets[0], rng.randrange(3), target_groups=[other]),
                }
            )
    return rows


def main() -> None:
    rows = build()
    with OUTPUT.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(rows)} pairs written to {OUTPUT.name}")


if __name__ == "__main__":
    main()
