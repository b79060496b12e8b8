"""Small German offers for the engine tests: a helper to build them and a neutral background.

The background gives the text model a realistic IDF (a corpus of two offers has none) and lies
in another city, so it never pairs with the offers a test is about.
"""

from __future__ import annotations

from typing import Any

from netzwerkstatt.synergy.engine import OfferRecord, Reason

# Schönefeld, Leipzig: the reference network's district.
SCHOENEFELD = (51.3650, 12.4120)
# About 420 m north-east of it.
NEARBY = (51.3683, 12.4150)
# Grünau, across the city: about 11 km away.
FAR_AWAY = (51.3190, 12.2780)
# Dresden: the background lives here.
ELSEWHERE = (51.0504, 13.7373)

_counter = iter(range(1, 1_000_000))


def offer(**fields: Any) -> OfferRecord:
    """An offer in Schönefeld on Tuesday afternoons for children, overridable field by field."""
    number = next(_counter)
    values: dict[str, Any] = {
        "id": f"offer-{number:04d}",
        "organisation_id": f"org-{number:04d}",
        "title": "Hausaufgabenhilfe",
        "description": "Wir helfen Kindern bei den Hausaufgaben.",
        "target_groups": frozenset({"Kinder"}),
        "topics": frozenset({"Bildung"}),
        "languages": frozenset({"Deutsch"}),
        "weekly_slots": ((1, "15:00", "17:00"),),
        "lat": SCHOENEFELD[0],
        "lon": SCHOENEFELD[1],
        "district": "Schönefeld",
    }
    values.update(fields)
    return OfferRecord(**values)


_BACKGROUND_TEXTS = [
    ("Sprachcafé", "Deutsch lernen und üben bei Kaffee und Kuchen, für Erwachsene."),
    ("Seniorennachmittag", "Spiele, Gespräche und Kaffee für ältere Menschen im Stadtteil."),
    ("Fahrradwerkstatt", "Gemeinsam Fahrräder reparieren, Werkzeug ist vorhanden."),
    ("Mädchentreff", "Offener Treff für Mädchen mit Basteln, Musik und Ausflügen."),
    ("Sozialberatung", "Beratung zu Anträgen, Jobcenter, Wohngeld und Schulden."),
    ("Eltern-Kind-Gruppe", "Spielen, Singen und Austausch für Eltern mit Kleinkindern."),
    ("Fußball-AG", "Fußball für Kinder und Jugendliche auf dem Bolzplatz."),
    ("Nähkurs für Frauen", "Nähen lernen an der Nähmaschine, Stoffe werden gestellt."),
    ("Computerkurs", "Umgang mit Computer, Internet und Smartphone für Anfänger."),
    ("Tafel-Ausgabe", "Lebensmittelausgabe für Menschen mit wenig Geld."),
    ("Kochen international", "Wir kochen Rezepte aus aller Welt und essen gemeinsam."),
    ("Rechtsberatung Asyl", "Beratung für Geflüchtete zu Asylverfahren und Aufenthalt."),
    # Everyday words of a directory ("Hilfe", "lernen", "Kaffee und Kuchen") in many offers,
    # as in a real one, so that they weigh as little as they mean.
    ("Nachbarschaftshilfe", "Hilfe beim Einkaufen und im Haushalt für ältere Nachbarn."),
    ("Hilfe bei Anträgen", "Wir helfen beim Ausfüllen von Formularen, Hilfe ist kostenlos."),
    ("Erste Hilfe Kurs", "Erste Hilfe lernen für Eltern, mit Übungen am Kind."),
    ("Gitarre lernen", "Gitarre spielen lernen in kleinen Gruppen, Instrumente vorhanden."),
    ("Schwimmen lernen", "Schwimmkurs: sicher schwimmen lernen im Hallenbad."),
    ("Lernwerkstatt", "Lernen mit Spaß: Experimente und Forschen in der Werkstatt."),
    ("Frauencafé", "Frauen treffen sich bei Kaffee und Kuchen zum Austausch."),
    ("Erzählcafé", "Geschichten aus dem Stadtteil erzählen bei Kaffee und Kuchen."),
    ("Trauercafé", "Begleitung für Trauernde, bei Kaffee und Kuchen im Gespräch."),
    ("Kuchenbasar", "Selbstgebackener Kuchen und Kaffee zugunsten des Vereins."),
    ("Kurs Nähen", "Nähen an der Maschine für Einsteigerinnen, Kurs in sechs Terminen."),
    ("Englischkurs", "Englisch lernen für Anfänger, Kurs mit Lehrbuch."),
    ("Tanzkurs", "Tanzen lernen: Kurs für Paare und Einzelne."),
]


def background() -> list[OfferRecord]:
    return [
        OfferRecord(
            id=f"bg-{number:02d}",
            organisation_id=f"bg-org-{number:02d}",
            title=title,
            description=description,
            target_groups=frozenset({"Erwachsene"}),
            lat=ELSEWHERE[0] + number * 0.05,
            lon=ELSEWHERE[1],
        )
        for number, (title, description) in enumerate(_BACKGROUND_TEXTS)
    ]


def pair_ids(findings: list[Any]) -> set[tuple[str, str]]:
    return {(finding.a, finding.b) for finding in findings}


def situation(told: str, kind: str) -> Reason:
    """The reason that a need tells of a situation ``told`` that the offer's ``kind`` meets."""
    return Reason.of("situation", situation=told, kind=kind)
