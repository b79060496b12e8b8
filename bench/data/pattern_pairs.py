"""Hand-written pairs of the three patterns that fooled the first engine (issue 16).

Part of the *tuning* set, like ``eval_pairs.jsonl``: the engine's lexicon and constants may be
chosen with these pairs in view. Each pair is two offers of different organisations at the same
place and the same time, so only what they are and whom they serve decides:

* ``look-alike kinds`` (not parallel): titles share a compound head but name different things
  ("Deutschkurs" / "Englischkurs", "Fahrradwerkstatt" / "Holzwerkstatt");
* ``broad group only`` (not parallel): the same kind for different people who share only a broad
  group such as "Migrant:innen"; ``specific group shared`` (parallel) is the counter-check;
* ``synonym without shared stem`` (parallel): one kind named with words that share no stem
  ("Sprachmittlung" / "Dolmetscherdienst").

A few need pairs check the same patterns from a need's side. Run
``python bench/data/pattern_pairs.py`` to write ``pattern_pairs.jsonl``.
"""

from __future__ import annotations

import json
import math
import random
from pathlib import Path

# ruff: noqa: E501  (one offer text per line reads better than wrapped strings)

OUTPUT = Path(__file__).resolve().parent / "pattern_pairs.jsonl"

Offer = tuple[str, str, tuple[str, ...]]  # title, description, target groups

LOOK_ALIKE: list[tuple[str, Offer, Offer]] = [
    (
        "Sprache",
        (
            "Deutschkurs für Anfänger",
            "Wir lernen Deutsch für den Alltag, Niveau A1, in kleiner Gruppe.",
            ("Erwachsene",),
        ),
        (
            "Englischkurs für Anfänger",
            "Englisch von Anfang an: Vokabeln, Grammatik, Sprechen. Niveau A1.",
            ("Erwachsene",),
        ),
    ),
    (
        "Sprache",
        (
            "Deutschkurs am Vormittag",
            "Deutsch lernen mit Lehrerin, Grammatik und Gespräche.",
            ("Migrant:innen",),
        ),
        (
            "Arabischkurs am Vormittag",
            "Arabisch lesen und schreiben lernen, Grammatik und Gespräche.",
            ("Migrant:innen",),
        ),
    ),
    (
        "Sprache",
        ("Französischkurs", "Französisch für Wiedereinsteiger mit Konversation.", ("Erwachsene",)),
        ("Spanischkurs", "Spanisch für Wiedereinsteiger mit Konversation.", ("Erwachsene",)),
    ),
    (
        "Handwerk",
        (
            "Fahrradwerkstatt",
            "Wir reparieren gemeinsam Fahrräder: Schlauch flicken, Bremsen einstellen.",
            ("Erwachsene",),
        ),
        (
            "Holzwerkstatt",
            "Gemeinsam sägen, schleifen und bauen: Möbel und Spielzeug aus Holz.",
            ("Erwachsene",),
        ),
    ),
    (
        "Handwerk",
        (
            "Offene Fahrradwerkstatt",
            "Werkzeug und Hilfe für die Reparatur deines Rads.",
            ("Jugendliche",),
        ),
        (
            "Offene Siebdruckwerkstatt",
            "Werkzeug und Hilfe für eigene Drucke auf T-Shirts und Beutel.",
            ("Jugendliche",),
        ),
    ),
    (
        "Handwerk",
        (
            "Keramikwerkstatt",
            "Töpfern an der Scheibe und Glasieren für Einsteiger.",
            ("Erwachsene",),
        ),
        (
            "Schmuckwerkstatt",
            "Ketten und Ohrringe selbst gestalten, Material ist da.",
            ("Erwachsene",),
        ),
    ),
    (
        "Bildung",
        ("Lesepaten", "Ehrenamtliche lesen mit Grundschulkindern und üben das Lesen.", ("Kinder",)),
        (
            "Mathepaten",
            "Ehrenamtliche rechnen mit Grundschulkindern und üben das Einmaleins.",
            ("Kinder",),
        ),
    ),
    (
        "Bildung",
        ("Lesepatenschaft", "Eine Stunde pro Woche lesen Pat:innen mit einem Kind.", ("Kinder",)),
        (
            "Sprachpatenschaft",
            "Eine Stunde pro Woche sprechen Pat:innen Deutsch mit einem Kind.",
            ("Kinder",),
        ),
    ),
    (
        "Bildung",
        (
            "Ausbildungspatenschaft",
            "Pat:innen begleiten Jugendliche durch die Berufsausbildung.",
            ("Jugendliche",),
        ),
        (
            "Bildungspatenschaft",
            "Pat:innen begleiten Jugendliche durch die Schulzeit bis zum Abschluss.",
            ("Jugendliche",),
        ),
    ),
    (
        "Nachbarschaft",
        (
            "Flohmarkt im Hof",
            "Jeden ersten Samstag: Stände mit Gebrauchtem, Kleidung und Büchern.",
            ("Nachbarschaft / alle",),
        ),
        (
            "Bauernmarkt im Hof",
            "Jeden ersten Samstag: Gemüse, Käse und Brot aus der Region.",
            ("Nachbarschaft / alle",),
        ),
    ),
    (
        "Nachbarschaft",
        (
            "Kinderflohmarkt",
            "Kinder verkaufen Spielzeug und Bücher, die sie nicht mehr brauchen.",
            ("Familien",),
        ),
        (
            "Weihnachtsmarkt der Vereine",
            "Vereine verkaufen Selbstgemachtes, Glühwein und Plätzchen.",
            ("Familien",),
        ),
    ),
    (
        "Nachbarschaft",
        (
            "Pflanzenmarkt",
            "Tauschen und kaufen Sie Setzlinge, Stauden und Samen.",
            ("Nachbarschaft / alle",),
        ),
        (
            "Büchermarkt",
            "Tauschen und kaufen Sie gebrauchte Bücher und Comics.",
            ("Nachbarschaft / alle",),
        ),
    ),
    (
        "Beratung",
        (
            "Mietrechtsberatung",
            "Fragen zu Mieterhöhung, Nebenkosten und Kündigung.",
            ("Erwachsene",),
        ),
        (
            "Rentenberatung",
            "Fragen zu Rentenantrag, Grundrente und Versicherungsverlauf.",
            ("Erwachsene",),
        ),
    ),
    (
        "Beratung",
        (
            "Energieberatung",
            "Wir helfen beim Strom- und Heizkostensparen im Haushalt.",
            ("Familien",),
        ),
        (
            "Ernährungsberatung",
            "Wir helfen bei gesunder und günstiger Ernährung im Alltag.",
            ("Familien",),
        ),
    ),
    (
        "Beratung",
        (
            "Migrationsberatung",
            "Beratung zu Aufenthalt, Anerkennung und Behörden.",
            ("Migrant:innen",),
        ),
        ("Berufsberatung", "Beratung zu Ausbildung, Studium und Berufswahl.", ("Migrant:innen",)),
    ),
    (
        "Beratung",
        (
            "Suchtberatung",
            "Vertrauliche Gespräche bei Problemen mit Alkohol oder Drogen.",
            ("Erwachsene",),
        ),
        (
            "Trauerberatung",
            "Vertrauliche Gespräche nach dem Verlust eines Menschen.",
            ("Erwachsene",),
        ),
    ),
    (
        "Gesundheit",
        ("Laufgruppe", "Gemeinsam joggen im Park, jedes Tempo willkommen.", ("Erwachsene",)),
        (
            "Strickgruppe",
            "Gemeinsam stricken und häkeln, jedes Können willkommen.",
            ("Erwachsene",),
        ),
    ),
    (
        "Familie",
        (
            "Krabbelgruppe",
            "Babys von 6 bis 18 Monaten spielen, Eltern tauschen sich aus.",
            ("Familien",),
        ),
        (
            "Trauergruppe",
            "Menschen, die einen Angehörigen verloren haben, tauschen sich aus.",
            ("Erwachsene",),
        ),
    ),
    (
        "Gesundheit",
        (
            "Selbsthilfegruppe Depression",
            "Austausch für Menschen mit Depression in geschütztem Rahmen.",
            ("Erwachsene",),
        ),
        (
            "Selbsthilfegruppe Diabetes",
            "Austausch für Menschen mit Diabetes in geschütztem Rahmen.",
            ("Erwachsene",),
        ),
    ),
    (
        "Freizeit",
        (
            "Kochkurs",
            "Gemeinsam kochen wir einfache Gerichte aus frischen Zutaten.",
            ("Erwachsene",),
        ),
        ("Nähkurs", "Gemeinsam nähen wir einfache Kleidung an der Nähmaschine.", ("Erwachsene",)),
    ),
    (
        "Freizeit",
        ("Tanzkurs", "Tanzen lernen für Einsteiger: Walzer, Discofox, Salsa.", ("Erwachsene",)),
        ("Malkurs", "Malen lernen für Einsteiger: Aquarell, Acryl, Skizzen.", ("Erwachsene",)),
    ),
    (
        "Jugend",
        (
            "Mädchentreff",
            "Offener Raum nur für Mädchen mit Spielen und Gesprächen.",
            ("Jugendliche",),
        ),
        (
            "Jungentreff",
            "Offener Raum nur für Jungen mit Spielen und Gesprächen.",
            ("Jugendliche",),
        ),
    ),
    (
        "Nachbarschaft",
        ("Seniorentreff", "Kaffee, Kuchen und Gesellschaft für Ältere.", ("Senior:innen",)),
        ("Elterntreff", "Kaffee, Kuchen und Austausch für Mütter und Väter.", ("Senior:innen",)),
    ),
    (
        "Versorgung",
        (
            "Kleiderausgabe",
            "Gut erhaltene Kleidung kostenlos für Menschen mit wenig Geld.",
            ("Erwachsene",),
        ),
        (
            "Möbelausgabe",
            "Gut erhaltene Möbel kostenlos für Menschen mit wenig Geld.",
            ("Erwachsene",),
        ),
    ),
    (
        "Freizeit",
        ("Fußballtraining", "Training für Kinder von 8 bis 12, Bälle sind da.", ("Kinder",)),
        ("Basketballtraining", "Training für Kinder von 8 bis 12, Bälle sind da.", ("Kinder",)),
    ),
    (
        "Bildung",
        ("Computerkurs", "Grundlagen am PC: Maus, Tastatur, Dateien, Internet.", ("Senior:innen",)),
        ("Smartphonekurs", "Grundlagen am Handy: Apps, Fotos, Nachrichten.", ("Senior:innen",)),
    ),
    (
        "Familie",
        ("Elterncafé", "Eltern treffen sich zum Austausch bei Kaffee.", ("Familien",)),
        (
            "Reparaturcafé",
            "Wir reparieren gemeinsam Toaster, Lampen und Kleidung bei Kaffee.",
            ("Familien",),
        ),
    ),
]

GROUPS: list[tuple[str, int, Offer, Offer]] = [
    (
        "Sprache",
        0,
        (
            "Deutschkurs mit Kinderbetreuung",
            "Deutsch lernen am Vormittag, die Kleinen werden nebenan betreut.",
            ("Frauen", "Migrant:innen"),
        ),
        (
            "Deutschkurs am Vormittag",
            "Deutsch lernen im eigenen Tempo, mit vielen Gesprächen.",
            ("Senior:innen", "Migrant:innen"),
        ),
    ),
    (
        "Sprache",
        0,
        (
            "Sprachcafé für Mütter",
            "Deutsch sprechen bei Tee, Kinder spielen nebenan.",
            ("Frauen", "Migrant:innen"),
        ),
        (
            "Sprachcafé",
            "Deutsch sprechen bei Tee, für alle Niveaus.",
            ("Jugendliche", "Migrant:innen"),
        ),
    ),
    (
        "Freizeit",
        0,
        (
            "Offener Treff",
            "Spiele, Musik und Gespräche am Nachmittag.",
            ("Jugendliche", "Nachbarschaft / alle"),
        ),
        (
            "Offener Treff am Nachmittag",
            "Spiele, Karten und Gespräche bei Kaffee.",
            ("Senior:innen", "Nachbarschaft / alle"),
        ),
    ),
    (
        "Bildung",
        0,
        (
            "Lernhilfe Deutsch",
            "Hilfe beim Lesen und Schreiben für Schüler:innen.",
            ("Kinder", "Migrant:innen"),
        ),
        (
            "Lernhilfe Deutsch für Berufstätige",
            "Hilfe beim Lesen und Schreiben für den Beruf.",
            ("Erwachsene", "Migrant:innen"),
        ),
    ),
    (
        "Gesundheit",
        0,
        (
            "Bewegungsgruppe",
            "Sanfte Gymnastik auf dem Stuhl.",
            ("Senior:innen", "Nachbarschaft / alle"),
        ),
        (
            "Bewegungsgruppe im Park",
            "Fitnessübungen an den Geräten im Park.",
            ("Jugendliche", "Nachbarschaft / alle"),
        ),
    ),
    (
        "Beratung",
        0,
        (
            "Sozialberatung für Frauen",
            "Hilfe bei Anträgen, Jobcenter und Wohngeld.",
            ("Frauen", "Migrant:innen"),
        ),
        (
            "Sozialberatung für junge Menschen",
            "Hilfe bei Anträgen, Jobcenter und Ausbildung.",
            ("Jugendliche", "Migrant:innen"),
        ),
    ),
    (
        "Freizeit",
        0,
        ("Kochgruppe", "Wir kochen gemeinsam Gerichte aus aller Welt.", ("Frauen", "Familien")),
        ("Kochen am Nachmittag", "Wir kochen gemeinsam einfache Gerichte.", ("Kinder", "Familien")),
    ),
    (
        "Nachbarschaft",
        0,
        (
            "Frühstückstreff",
            "Gemeinsames Frühstück jeden Mittwoch.",
            ("Senior:innen", "Erwachsene"),
        ),
        (
            "Frühstück im Stadtteil",
            "Gemeinsames Frühstück mit Gesprächen.",
            ("Geflüchtete", "Erwachsene"),
        ),
    ),
    (
        "Freizeit",
        0,
        ("Nähwerkstatt", "Nähen an Maschinen, Stoffe sind da.", ("Frauen", "Migrant:innen")),
        ("Nähkurs", "Nähen lernen an der Maschine.", ("Jugendliche", "Migrant:innen")),
    ),
    (
        "Bildung",
        0,
        (
            "Hausaufgabenhilfe",
            "Hilfe bei den Hausaufgaben nach der Schule.",
            ("Kinder", "Familien"),
        ),
        (
            "Hausaufgabenhilfe am Nachmittag",
            "Hilfe bei den Hausaufgaben für die Oberschule.",
            ("Jugendliche", "Familien"),
        ),
    ),
    (
        "Sprache",
        1,
        (
            "Deutschkurs mit Kinderbetreuung",
            "Deutsch lernen, während die Kinder betreut werden.",
            ("Frauen", "Migrant:innen"),
        ),
        (
            "Deutschkurs für Mütter",
            "Deutsch für den Alltag, Kinderbetreuung vor Ort.",
            ("Frauen", "Migrant:innen", "Familien"),
        ),
    ),
    (
        "Freizeit",
        1,
        (
            "Offener Treff",
            "Spiele und Gespräche am Nachmittag.",
            ("Jugendliche", "Nachbarschaft / alle"),
        ),
        ("Jugendtreff", "Billard, Musik und Gespräche am Nachmittag.", ("Jugendliche",)),
    ),
    (
        "Gesundheit",
        1,
        (
            "Seniorengymnastik",
            "Sanfte Bewegung für Ältere.",
            ("Senior:innen", "Nachbarschaft / alle"),
        ),
        (
            "Gymnastik für Ältere",
            "Bewegung für Rücken und Gelenke.",
            ("Senior:innen", "Erwachsene"),
        ),
    ),
    (
        "Beratung",
        1,
        (
            "Asylberatung",
            "Beratung im Asylverfahren und zu Bescheiden.",
            ("Geflüchtete", "Migrant:innen"),
        ),
        ("Beratung im Asylverfahren", "Hilfe bei Anhörung, Bescheid und Klage.", ("Geflüchtete",)),
    ),
    (
        "Familie",
        1,
        (
            "Krabbelgruppe",
            "Spielen und Austausch für Eltern mit Babys.",
            ("Familien", "Kleinkinder"),
        ),
        (
            "Krabbelgruppe am Morgen",
            "Babys spielen, Eltern trinken Kaffee.",
            ("Kleinkinder", "Nachbarschaft / alle"),
        ),
    ),
    (
        "Bildung",
        1,
        ("Lesepaten", "Ehrenamtliche lesen mit Kindern.", ("Kinder", "Migrant:innen")),
        ("Lesepatenschaft", "Pat:innen üben mit Kindern das Lesen.", ("Kinder",)),
    ),
]

SYNONYMS: list[tuple[str, Offer, Offer]] = [
    (
        "Sprache",
        (
            "Sprachmittlung",
            "Wir begleiten zu Ämtern und Ärzten und übersetzen dort.",
            ("Migrant:innen",),
        ),
        (
            "Dolmetscherdienst",
            "Ehrenamtliche Dolmetscher:innen kommen mit zu Terminen.",
            ("Migrant:innen",),
        ),
    ),
    (
        "Versorgung",
        ("Suppenküche", "Warme Suppe und Brot für alle, die Hunger haben.", ("Erwachsene",)),
        ("Volksküche", "Ein warmes Essen für wenig Geld, jeden Mittag.", ("Erwachsene",)),
    ),
    (
        "Nachbarschaft",
        (
            "Trödelmarkt",
            "Verkaufen und stöbern: Hausrat, Bücher, Kleidung.",
            ("Nachbarschaft / alle",),
        ),
        ("Flohmarkt", "Stände mit Gebrauchtem aus der Nachbarschaft.", ("Nachbarschaft / alle",)),
    ),
    (
        "Jugend",
        (
            "Streetwork",
            "Wir sind auf Plätzen und in Parks unterwegs und ansprechbar.",
            ("Jugendliche",),
        ),
        (
            "Aufsuchende Sozialarbeit",
            "Sozialarbeiter:innen gehen dorthin, wo junge Menschen sich treffen.",
            ("Jugendliche",),
        ),
    ),
    (
        "Familie",
        (
            "Kita Sonnenschein",
            "Betreuung für Kinder von 1 bis 6 Jahren, ganztags.",
            ("Kleinkinder",),
        ),
        (
            "Kindertagesstätte",
            "Ganztägige Betreuung und Bildung für Kinder bis zur Schule.",
            ("Kleinkinder",),
        ),
    ),
    (
        "Versorgung",
        ("Kleiderkammer", "Gebrauchte Kleidung für Bedürftige, kostenlos.", ("Erwachsene",)),
        (
            "Second-Hand-Laden für Bedürftige",
            "Gut erhaltene Sachen zum Anziehen, gratis.",
            ("Erwachsene",),
        ),
    ),
    (
        "Versorgung",
        ("Tafel", "Ausgabe von Lebensmitteln an Menschen mit geringem Einkommen.", ("Erwachsene",)),
        (
            "Lebensmittelausgabe",
            "Einmal pro Woche Obst, Gemüse und Brot für Bedürftige.",
            ("Erwachsene",),
        ),
    ),
    (
        "Nachbarschaft",
        (
            "Gemeinschaftsgarten",
            "Beete, Kompost und Ernte für alle aus dem Viertel.",
            ("Nachbarschaft / alle",),
        ),
        ("Urban Gardening", "Hochbeete gemeinsam anlegen und pflegen.", ("Nachbarschaft / alle",)),
    ),
    (
        "Arbeit",
        (
            "Bewerbungstraining",
            "Lebenslauf, Anschreiben und Vorstellungsgespräch üben.",
            ("Erwachsene",),
        ),
        (
            "Jobcoaching",
            "Unterstützung auf dem Weg in Arbeit: Unterlagen, Gespräche.",
            ("Erwachsene",),
        ),
    ),
    (
        "Nachbarschaft",
        ("Seniorentreff", "Ältere Menschen treffen sich zu Kaffee und Spielen.", ("Senior:innen",)),
        (
            "Begegnungsstätte für Ältere",
            "Ein Ort für Gesellschaft im Alter mit Kaffee und Spielen.",
            ("Senior:innen",),
        ),
    ),
    (
        "Bildung",
        (
            "Computerkurs für Senioren",
            "Grundlagen am Computer, Internet und E-Mail.",
            ("Senior:innen",),
        ),
        ("Digital fit im Alter", "PC und Internet Schritt für Schritt erklärt.", ("Senior:innen",)),
    ),
    (
        "Jugend",
        ("Jugendclub", "Offener Raum mit Kicker, Musik und Gesprächen.", ("Jugendliche",)),
        ("Jugendhaus", "Freizeit, Musik und Beratung für junge Leute.", ("Jugendliche",)),
    ),
    (
        "Jugend",
        ("Bandprojekt", "Jugendliche gründen eine Band und proben.", ("Jugendliche",)),
        (
            "Musikwerkstatt für Jugendliche",
            "Instrumente ausprobieren und zusammen Musik machen.",
            ("Jugendliche",),
        ),
    ),
    (
        "Familie",
        ("Krabbelgruppe", "Eltern mit Babys treffen sich zum Spielen.", ("Familien",)),
        (
            "Eltern-Kind-Gruppe",
            "Spielen, Singen und Austausch für Eltern mit Kleinkindern.",
            ("Familien",),
        ),
    ),
    (
        "Versorgung",
        ("Sozialkaufhaus", "Günstige Möbel und Hausrat aus zweiter Hand.", ("Erwachsene",)),
        (
            "Gebrauchtwarenkaufhaus",
            "Gebrauchte Möbel und Haushaltswaren zu kleinen Preisen.",
            ("Erwachsene",),
        ),
    ),
    (
        "Gesundheit",
        ("Hebammensprechstunde", "Fragen rund um Schwangerschaft und Geburt.", ("Frauen",)),
        (
            "Schwangerschaftsbegleitung",
            "Begleitung vor und nach der Geburt durch Fachkräfte.",
            ("Frauen",),
        ),
    ),
    (
        "Beratung",
        ("Schuldnerberatung", "Hilfe bei Schulden und Mahnungen.", ("Erwachsene",)),
        ("Insolvenzberatung", "Wege aus der Überschuldung, Verbraucherinsolvenz.", ("Erwachsene",)),
    ),
    (
        "Bildung",
        ("Alphabetisierungskurs", "Lesen und Schreiben lernen für Erwachsene.", ("Erwachsene",)),
        (
            "Grundbildung Lesen und Schreiben",
            "Für Erwachsene, die nicht sicher lesen und schreiben.",
            ("Erwachsene",),
        ),
    ),
    (
        "Freizeit",
        ("Spieletreff", "Brettspiele und Kartenspiele für alle.", ("Nachbarschaft / alle",)),
        ("Spielenachmittag", "Gesellschaftsspiele bei Kaffee.", ("Nachbarschaft / alle",)),
    ),
    (
        "Beratung",
        ("Mieterberatung", "Hilfe bei Mieterhöhung und Nebenkostenabrechnung.", ("Erwachsene",)),
        ("Wohnrechtsberatung", "Fragen zu Mietvertrag, Kaution und Kündigung.", ("Erwachsene",)),
    ),
    (
        "Familie",
        ("Babysitterdienst", "Vermittlung von Babysittern für Familien.", ("Familien",)),
        (
            "Kinderbetreuung stundenweise",
            "Wir betreuen Ihr Kind für ein paar Stunden.",
            ("Familien",),
        ),
    ),
    (
        "Gesundheit",
        ("Rückenschule", "Übungen für einen starken Rücken.", ("Erwachsene",)),
        ("Wirbelsäulengymnastik", "Gymnastik für Haltung und Bandscheiben.", ("Erwachsene",)),
    ),
    (
        "Nachbarschaft",
        ("Repair-Café", "Kaputte Geräte gemeinsam reparieren.", ("Nachbarschaft / alle",)),
        ("Reparaturtreff", "Wir flicken Lampen, Toaster und Kleidung.", ("Nachbarschaft / alle",)),
    ),
    (
        "Nachbarschaft",
        (
            "Nachbarschaftshilfe",
            "Nachbar:innen helfen beim Einkaufen und bei kleinen Reparaturen.",
            ("Senior:innen",),
        ),
        (
            "Alltagshilfe für Ältere",
            "Ehrenamtliche unterstützen bei Einkauf und Haushalt.",
            ("Senior:innen",),
        ),
    ),
    (
        "Freizeit",
        ("Ferienfreizeit", "Eine Woche Zeltlager an der Ostsee.", ("Kinder",)),
        ("Sommercamp", "Zelten, Baden und Lagerfeuer in den Sommerferien.", ("Kinder",)),
    ),
    (
        "Beratung",
        (
            "Erziehungsberatung",
            "Hilfe bei Fragen zur Erziehung und bei Konflikten in der Familie.",
            ("Familien",),
        ),
        (
            "Familienberatung",
            "Unterstützung für Eltern bei Streit und Sorgen mit Kindern.",
            ("Familien",),
        ),
    ),
]

NEEDS: list[tuple[str, int, tuple[str, str, tuple[str, ...]], Offer]] = [
    (
        "Sprache",
        1,
        (
            "Dolmetscher für Arzttermine gesucht",
            "Familien brauchen jemanden, der beim Arzt übersetzt.",
            ("Migrant:innen",),
        ),
        (
            "Sprachmittlung",
            "Wir begleiten zu Ämtern und Ärzten und übersetzen dort.",
            ("Migrant:innen",),
        ),
    ),
    (
        "Versorgung",
        1,
        (
            "Warmes Mittagessen fehlt",
            "Wohnungslose Menschen brauchen eine Armenspeisung im Viertel.",
            ("Erwachsene",),
        ),
        ("Suppenküche", "Warme Suppe und Brot für alle, die Hunger haben.", ("Erwachsene",)),
    ),
    (
        "Jugend",
        1,
        (
            "Jugendliche im Park ansprechen",
            "Es braucht Streetworker:innen für die Jugendlichen am Platz.",
            ("Jugendliche",),
        ),
        (
            "Aufsuchende Sozialarbeit",
            "Sozialarbeiter:innen gehen dorthin, wo junge Menschen sich treffen.",
            ("Jugendliche",),
        ),
    ),
    (
        "Sprache",
        0,
        (
            "Englischkurs gesucht",
            "Erwachsene möchten Englisch für die Arbeit lernen.",
            ("Erwachsene",),
        ),
        (
            "Deutschkurs für Anfänger",
            "Wir lernen Deutsch für den Alltag, Niveau A1.",
            ("Erwachsene",),
        ),
    ),
    (
        "Handwerk",
        0,
        ("Holzwerkstatt gesucht", "Jugendliche wollen Möbel aus Holz bauen.", ("Jugendliche",)),
        ("Fahrradwerkstatt", "Wir reparieren gemeinsam Fahrräder.", ("Jugendliche",)),
    ),
    (
        "Sprache",
        0,
        (
            "Deutschkurs mit Kinderbetreuung fehlt",
            "Mütter können nicht zum Kurs, weil niemand die Kinder betreut.",
            ("Frauen", "Migrant:innen"),
        ),
        (
            "Deutschkurs am Vormittag",
            "Deutsch lernen im eigenen Tempo.",
            ("Senior:innen", "Migrant:innen"),
        ),
    ),
]

CENTRE = (51.3650, 12.4120)


def _move(point: tuple[float, float], metres: float, rng: random.Random) -> tuple[float, float]:
    angle = rng.uniform(0, 2 * math.pi)
    dlat = metres * math.cos(angle) / 111_195.0
    dlon = metres * math.sin(angle) / (111_195.0 * math.cos(math.radians(point[0])))
    return round(point[0] + dlat, 6), round(point[1] + dlon, 6)


def build() -> list[dict]:
    rng = random.Random(20261203)
    count = 0

    def offer(topic: str, fields: Offer, near: tuple[float, float] | None = None) -> dict:
        nonlocal count
        count += 1
        title, description, groups = fields
        lat, lon = _move(near or CENTRE, rng.uniform(0, 400), rng)
        return {
            "id": f"p{count:04d}",
            "organisation_id": f"porg{count:04d}",
            "title": title,
            "description": description,
            "target_groups": list(groups),
            "topics": [topic],
            "languages": ["Deutsch"],
            "weekly_slots": [[2, "15:00", "17:00"]],
            "lat": lat,
            "lon": lon,
            "district": "Schönefeld",
        }

    rows: list[dict] = []

    def pair(case: str, label: int, topic: str, first: Offer, second: Offer) -> None:
        a = offer(topic, first)
        b = offer(topic, second, (a["lat"], a["lon"]))
        rows.append({"type": "offers", "case": case, "label": label, "a": a, "b": b})

    for topic, first, second in LOOK_ALIKE:
        pair("look-alike kinds", 0, topic, first, second)
    for topic, label, first, second in GROUPS:
        pair("specific group shared" if label else "broad group only", label, topic, first, second)
    for topic, first, second in SYNONYMS:
        pair("synonym without shared stem", 1, topic, first, second)
    for number, (topic, label, (title, description, groups), fields) in enumerate(NEEDS, 1):
        lat, lon = _move(CENTRE, rng.uniform(0, 400), rng)
        need = {
            "id": f"pn{number:03d}",
            "title": title,
            "description": description,
            "target_groups": list(groups),
            "topics": [topic],
            "district": "Schönefeld",
            "lat": lat,
            "lon": lon,
        }
        case = "meets the need" if label else "look-alike or other people"
        rows.append(
            {
                "type": "need",
                "case": case,
                "label": label,
                "need": need,
                "offer": offer(topic, fields, (lat, lon)),
            }
        )
    return rows


if __name__ == "__main__":
    rows = build()
    with OUTPUT.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    print(len(rows), "pairs written to", OUTPUT.name)
