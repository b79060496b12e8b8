"""Build ``heldout3_pairs.jsonl``: the third held-out part of the synergy engine's labelled set.

Its place and time helpers and the offer scaffolding now live in ``heldout_common.py``, shared
by the builders.

The third unseen set, written after the second held-out part (``heldout2_pairs.jsonl``) had
been evaluated once and so became spent. It was written by someone who did not tune the engine
and did not open the engine, its lexicon or its kind list, nor the tuning files and earlier
pair files (``offer_kinds.py``, ``pattern_pairs.py``, ``build_eval_set.py``,
``build_heldout.py`` and their ``.jsonl`` files). Only the record format was taken from
``build_heldout2.py`` and ``eval_quality.py``, and the target group and topic names from
``build_heldout2.py`` and ``heldout2_pairs.jsonl``; no figure of any engine was looked at while
writing it.

It must not be used for tuning. Evaluate it once, after the last change to the engine and its
lexicon in a round, report the figures and change nothing because of them:

    .venv/bin/python bench/eval_quality.py --heldout bench/data/heldout3_pairs.jsonl

36 kinds of neighbourhood and social work, none of them a kind of part 2 and none of the obvious
ones: Mietrechtsberatung, Mietertreff, Wohnberatung (Wohnraumanpassung), Beratung bei häuslicher
Gewalt, Migrationsberatung, Schwangerschaftsberatung, Rentenberatung, Streetwork,
Schulsozialarbeit, Tagestreff für Wohnungslose, Mittagstisch, Foodsharing-Fairteiler,
Upcycling-Werkstatt, Einkaufshilfe, Selbsthilfegruppe Angst, Rollator-Check, Rollator-Training
in Bus und Bahn, Radfahrkurs für Frauen, Mädchentreff, Jungengruppe, interkultureller
Frauentreff, Krabbelgruppe, Eltern-Kind-Turnen, Elternkurs, Medienkompetenz für Eltern,
Medienwerkstatt für Kinder, Graffiti-Workshop, Schreibwerkstatt, Holzwerkstatt für Kinder,
Seniorentanz, Gedächtnistraining, Yoga im Park, Kinderbauernhof, Bauspielplatz,
Familienpatenschaften, Ausbildungspaten. Each is written four ways, as organisations title and
describe it: two that keep the kind's word stem ("Rollator-Check" / "Rollator- und
Rollstuhl-Check") and two that name it with other words, loanwords included ("Gehhilfen-TÜV",
"Foodsharing" / "Lebensmittel retten", "Streetwork" / "Mobile Jugendarbeit").

Offer pairs (``"type": "offers"``) are parallel (label 1) when both are the same kind of thing,
for the same people, in the same area, at overlapping times. 168 offer pairs, ``case`` after the
prefix ``held-out 3 ``:

* parallel (70): ``synonym without shared stem`` 36 (every kind once), ``paraphrase`` 24,
  ``specific group shared`` 10 (a specific group in common, one offer also names a broad one);
* not parallel (98): ``look-alike kinds`` 54 (27 pairs of different kinds with the same compound
  head or a similar name, same place, people and time: "Mietrechtsberatung" / "Mietertreff",
  "Rollator-Check" / "Rollator-Training", "Schreibwerkstatt" / "Holzwerkstatt",
  "Kinderbauernhof" / "Bauspielplatz"), ``broad group only`` 15 (the same kind for people who
  share only "Migrant:innen" or "Nachbarschaft / alle"), ``other people`` 5, ``far apart`` 12
  (several kilometres), ``other time`` 12. Apart from what a case changes, both offers agree.

Need pairs (``"type": "need"``) hold a need as a social worker notes it and one offer: 30 needs,
159 need pairs: ``meets the need`` 90 (three offers of the kind that meets it, label 1),
``look-alike kinds (need)`` 39 (one or two offers of a look-alike kind, label 0) and
``other target group`` 30 (the right kind for other people, label 0).

    python bench/data/build_heldout3.py
"""

from __future__ import annotations

import random
from pathlib import Path

from heldout_common import (
    ALL,
    MIGRANTS,
    OTHER_WORD_VARIANTS,
    SAME_STEM_VARIANTS,
    Kind,
    Need,
    OfferMaker,
    run_builder,
    say_for_whom,
    walk,
)

# ruff: noqa: E501  (one offer text per line reads better than wrapped strings)

OUTPUT = Path(__file__).resolve().parent / "heldout3_pairs.jsonl"
SEED = 20270118
CASE_PREFIX = "held-out 3 "
ID_PREFIX = "r"

KINDS: dict[str, Kind] = {
    "mietrechtsberatung": Kind(
        "Beratung",
        (ALL,),
        (
            (
                "Mietrechtsberatung",
                "Kostenlose Rechtsberatung für Mieterinnen und Mieter: wir prüfen Nebenkostenabrechnungen, Mieterhöhungen und Kündigungen und sagen Ihnen, welche Rechte Sie haben.",
            ),
            (
                "Offene Mieterberatung im Stadtteilladen",
                "Ohne Termin: Fragen zu Miete, Kaution, Mängeln und Modernisierung. Eine Anwältin für Mietrecht berät Sie vertraulich, Unterlagen bitte mitbringen.",
            ),
            (
                "Ärger mit der Wohnung? Juristische Sprechstunde",
                "Schimmel im Bad, Heizung kalt, plötzlich 80 Euro mehr im Monat oder eine Kündigung vom Eigentümer? Ein Jurist schaut sich Ihre Briefe an und erklärt, was Sie tun können.",
            ),
            (
                "Hilfe bei Stress mit dem Hauseigentümer",
                "Nachzahlung für Betriebskosten, Räumungsklage angedroht, die Hausverwaltung reagiert nicht? Wir erklären Ihre Ansprüche, setzen Widersprüche auf und begleiten Sie notfalls zum Amtsgericht. Kostenfrei.",
            ),
        ),
    ),
    "mietertreff": Kind(
        "Nachbarschaft & Begegnung",
        (ALL,),
        (
            (
                "Mietertreff",
                "Mieterinnen und Mieter aus den Häusern der Wohnungsgesellschaft tauschen Erfahrungen aus und planen gemeinsame Schritte gegen Mieterhöhungen und Sanierungsdruck.",
            ),
            (
                "Offener Mieter:innen-Treff im Kiez",
                "Regelmäßiger Austausch unter Nachbar:innen, die zur Miete wohnen: wir sammeln Probleme im Haus, schreiben gemeinsam an die Hausverwaltung und bereiten Versammlungen vor.",
            ),
            (
                "Hausgemeinschaften vernetzen sich",
                "Bewohner:innen aus den Blöcken rund um die Eisenbahnstraße organisieren sich: Mängel auflisten, Briefe an die Eigentümerin, Aktionen vor dem Büro. Niemand muss allein kämpfen.",
            ),
            (
                "Tenants' Assembly – Stadtteilgruppe gegen Verdrängung",
                "Wer hier lebt, soll bleiben können. Wir kommen zusammen, um uns gegen Luxussanierung und Verdrängung zu wehren: Infos, Aktionen, Solidarität von Tür zu Tür.",
            ),
        ),
    ),
    "wohnberatung": Kind(
        "Beratung",
        ("Senior:innen",),
        (
            (
                "Wohnberatung für ältere Menschen",
                "Wie kann ich trotz Rollator in meiner Wohnung bleiben? Unsere Wohnberaterin kommt zu Ihnen, zeigt Möglichkeiten der Wohnraumanpassung und hilft beim Zuschuss der Pflegekasse.",
            ),
            (
                "Beratung zur Wohnraumanpassung",
                "Türschwellen, enge Flure, zu hohe Einstiege: wir beraten, wie Sie Ihre Wohnung barrierearm gestalten, und informieren über Fördermittel.",
            ),
            (
                "Zuhause alt werden – Tipps für die eigenen vier Wände",
                "Haltegriffe neben dem WC, eine bodengleiche Dusche, mehr Licht im Treppenhaus: eine Fachfrau besucht Sie daheim und schlägt kleine und größere Veränderungen vor. Wir sagen Ihnen auch, wer die Kosten tragen kann.",
            ),
            (
                "Hausbesuch: sicher daheim mit Handicap",
                "Stolperfallen beseitigen, Dusche statt Wanne, Treppenlift ja oder nein? Ein Ergotherapeut schaut sich Ihr Zuhause an und plant mit Ihnen die nötigen Veränderungen.",
            ),
        ),
    ),
    "gewaltschutzberatung": Kind(
        "Beratung",
        ("Frauen",),
        (
            (
                "Beratung bei häuslicher Gewalt",
                "Vertrauliche Beratung für Frauen, die von ihrem Partner oder Ex-Partner bedroht, geschlagen oder kontrolliert werden. Wir informieren über das Gewaltschutzgesetz, Wohnungsverweisung und freie Frauenhausplätze.",
            ),
            (
                "Gewaltschutzberatung für Frauen",
                "Sie erleben Gewalt in der Beziehung? Wir beraten anonym und kostenlos, auch mit Dolmetscherin, und begleiten Sie zur Polizei oder zum Gericht.",
            ),
            (
                "Wenn Zuhause kein sicherer Ort ist",
                "Angst vor dem Menschen, mit dem Sie zusammenleben, Drohungen, Kontrolle über Handy und Geld? Hier hören Ihnen Fachleute zu und planen mit Ihnen die nächsten Schritte, bis hin zu einer sicheren Unterkunft. Ohne Termin.",
            ),
            (
                "Krisenhilfe, wenn der eigene Mann einschüchtert oder prügelt",
                "Ein Team von Sozialarbeiterinnen steht Betroffenen von Übergriffen in der Ehe zur Seite: Gespräch, Sicherheitsplan, Begleitung zu Anwältin und Ämtern. Wir glauben Ihnen.",
            ),
        ),
    ),
    "migrationsberatung": Kind(
        "Beratung",
        (MIGRANTS,),
        (
            (
                "Migrationsberatung für Erwachsene (MBE)",
                "Beratung für Menschen ab 27, die erst seit Kurzem in Deutschland leben: Aufenthalt, Integrationskurs, Arbeit, Familiennachzug. Gemeinsam erstellen wir einen persönlichen Förderplan.",
            ),
            (
                "Migrationsberatung – offene Sprechstunde",
                "Sie sind nach Deutschland migriert und haben Fragen zu Aufenthalt, Sprachkurs, Job oder Krankenversicherung? Wir beraten mehrsprachig und kostenlos, ohne Termin.",
            ),
            (
                "Ankommen in Leipzig – Orientierung für Zugewanderte",
                "Gerade hergezogen aus Syrien, Polen oder Vietnam? Wir erklären, wie Behörden, Krankenkasse, Kita und Arbeitsmarkt hier funktionieren, und begleiten Sie, bis Sie sich auskennen.",
            ),
            (
                "Welcome Desk: erste Schritte in der neuen Heimat",
                "Sozialarbeiter:innen mit eigener Zuwanderungsgeschichte helfen beim Start: Anmeldung im Bürgeramt, Bankkonto, Arbeitserlaubnis klären. Auf Russisch, Arabisch und Englisch.",
            ),
        ),
    ),
    "schwangerschaftsberatung": Kind(
        "Familie & Kinderschutz",
        ("Frauen",),
        (
            (
                "Schwangerschaftsberatung",
                "Beratung rund um Schwangerschaft und Geburt: Mutterschutz, Elterngeld, Kindergeld und Hilfen aus der Bundesstiftung Mutter und Kind. Auch bei ungewollter Schwangerschaft, vertraulich und ergebnisoffen.",
            ),
            (
                "Beratungsstelle für Schwangere und Familien",
                "Schwanger und viele Fragen? Wir beraten zu finanziellen Hilfen, Erstausstattung, Rechten am Arbeitsplatz und zur Konfliktberatung nach § 219.",
            ),
            (
                "Nachwuchs unterwegs – und die Kasse ist leer?",
                "Werdende Mamas und Papas erfahren bei uns, welche Leistungen ihnen zustehen, bekommen Unterstützung bei Anträgen für Kinderwagen und Babykleidung und können offen über Zweifel sprechen.",
            ),
            (
                "Guter Hoffnung? Sprechstunde für werdende Mamas",
                "Ein positiver Test und tausend Fragen: Wie geht es weiter mit Job, Ausbildung, Wohnung? Eine Sozialpädagogin nimmt sich Zeit, auch wenn Sie noch nicht wissen, ob Sie das Baby bekommen wollen.",
            ),
        ),
    ),
    "rentenberatung": Kind(
        "Beratung",
        ("Senior:innen",),
        (
            (
                "Rentenberatung",
                "Die Versichertenberaterin der Deutschen Rentenversicherung hilft beim Rentenantrag, prüft Ihren Versicherungsverlauf und erklärt Erwerbsminderungs- und Witwenrente.",
            ),
            (
                "Sprechstunde zur Rente",
                "Wann kann ich in Rente gehen, fehlen Zeiten in meinem Verlauf, wie beantrage ich die Grundrente? Ehrenamtliche Versichertenälteste beraten kostenlos im Bürgerhaus.",
            ),
            (
                "Ruhestand in Sicht? Hilfe bei der Altersversorgung",
                "Fehlende Beitragsjahre, Kindererziehungszeiten, Hinterbliebenenversorgung: wir füllen die Formulare der DRV mit Ihnen aus und schauen, ob Ihnen mehr zusteht.",
            ),
            (
                "Genug zum Leben im Alter? Hilfe bei Pensionsfragen",
                "Zu wenig Geld trotz jahrzehntelanger Arbeit? Lotsen aus dem Seniorenbeirat gehen Ihre Beitragsjahre durch, helfen beim Ausfüllen der Formulare und sagen, ob Ihnen ein Zuschlag oder Hilfe vom Sozialamt zusteht.",
            ),
        ),
    ),
    "streetwork": Kind(
        "Beratung",
        ("Jugendliche",),
        (
            (
                "Streetwork",
                "Unsere Streetworker:innen sind mehrmals in der Woche an den Orten unterwegs, an denen sich Jugendliche im Viertel aufhalten: am Rabet, an der Eisenbahnstraße, in den Parks. Wir hören zu, helfen bei Problemen mit Schule, Polizei oder Zuhause und vermitteln weiter.",
            ),
            (
                "Streetwork im Leipziger Osten",
                "Wir kommen dahin, wo ihr seid: Streetworker für Jugendliche und junge Erwachsene auf Plätzen, an Haltestellen und Spielplätzen. Kein Termin, kein Zwang, alles bleibt unter uns.",
            ),
            (
                "Aufsuchende Jugendsozialarbeit",
                "Sozialarbeiter:innen gehen auf Jugendliche zu, die sich draußen aufhalten: auf Bänken, vor dem Supermarkt, an der Tram. Gespräch, Begleitung zu Ämtern, Hilfe bei Ärger mit Familie oder Ausbildung.",
            ),
            (
                "Mobile Jugendarbeit: Ansprechpartner vor Ort",
                "Zwei Sozialpädagogen mit Lastenrad, Tee und Musikbox sind abends im Quartier auf Tour, sprechen junge Leute an und kümmern sich um ihre Sorgen – von Stress mit den Eltern bis zur Wohnungssuche.",
            ),
        ),
    ),
    "schulsozialarbeit": Kind(
        "Bildung",
        ("Jugendliche",),
        (
            (
                "Schulsozialarbeit an der Oberschule",
                "Die Schulsozialarbeiterin hat ihr Büro direkt im Schulhaus: für Schüler:innen mit Sorgen, bei Streit in der Klasse, Mobbing oder Problemen zu Hause. Auch Eltern können einen Termin machen.",
            ),
            (
                "Sprechstunde der Schulsozialarbeit",
                "Vor und nach dem Unterricht ist die Tür offen: Redet mit uns über Stress mit Lehrer:innen, Freund:innen oder zu Hause. Vertraulich.",
            ),
            (
                "Raum 104: jemand zum Reden, wenn's nicht läuft",
                "Ärger mit anderen aus dem Jahrgang, Noten im Keller, Streit daheim? Unsere Fachkraft der Jugendhilfe am Gymnasium hat ein offenes Ohr und sucht mit dir nach Lösungen, wenn du magst auch zusammen mit deinen Tutor:innen.",
            ),
            (
                "Kummerkasten und Pausengespräche – Anlaufstelle im Gymnasium",
                "Eine Jugendhilfe-Fachkraft ist fest im Haus: sie vermittelt bei Konflikten unter Jugendlichen, hilft bei Prüfungsangst und Ärger daheim und kennt die Beratungsstellen im Stadtteil.",
            ),
        ),
    ),
    "tagestreff_wohnungslose": Kind(
        "Beratung",
        (ALL,),
        (
            (
                "Tagestreff für wohnungslose Menschen",
                "Ein geschützter Ort für Menschen ohne Wohnung: Duschen, Wäsche waschen, Frühstück, Postadresse. Sozialarbeiter:innen helfen bei Anträgen und der Suche nach einer Unterkunft.",
            ),
            (
                "Tagestreff – Aufenthalt für Wohnungslose",
                "Tagsüber rein ins Haus: Kaffee, Schließfächer, ein Telefon und jemand zum Reden. Ohne Bedingungen, ohne Anmeldung.",
            ),
            (
                "Wärmestube im Osten",
                "Für alle, die auf der Straße leben oder auf dem Sofa von Bekannten schlafen: heißer Tee, eine Suppe, saubere Socken und jemand, der bei Papieren hilft.",
            ),
            (
                "Anlaufstelle für Obdachlose",
                "Kein Dach über dem Kopf? Bei uns gibt es Kaffee, eine Kleiderkammer, Beratung und Hilfe auf dem Weg zurück in ein eigenes Zuhause.",
            ),
        ),
    ),
    "mittagstisch": Kind(
        "Ernährung",
        (ALL,),
        (
            (
                "Mittagstisch",
                "Ein warmes Mittagessen für 3,50 Euro, mit Leipzig-Pass für 1,50 Euro. Gemeinsam essen statt allein zu Hause.",
            ),
            (
                "Offener Mittagstisch im Stadtteilzentrum",
                "Frisch gekocht, günstig und in Gesellschaft: Vorspeise, Hauptgericht und Nachtisch. Alle sind willkommen, keine Anmeldung nötig.",
            ),
            (
                "Suppenküche im Kiez",
                "Eine warme Mahlzeit gegen zwölf für alle, die wenig Geld haben. Ehrenamtliche stehen am Herd, Kaffee gibt's dazu.",
            ),
            (
                "Lunch: zahl, was du kannst",
                "Ein Teller Eintopf oder Pasta mit Salat, vegetarisch, Bezahlung nach Selbsteinschätzung. Gute Gespräche inklusive.",
            ),
        ),
    ),
    "foodsharing": Kind(
        "Umwelt & Klima",
        (ALL,),
        (
            (
                "Foodsharing-Fairteiler",
                "Im Regal und Kühlschrank vor dem Stadtteilladen liegt, was Bäckereien und Supermärkte sonst in die Tonne geben würden. Jede:r darf nehmen, jede:r darf bringen – kostenlos.",
            ),
            (
                "Foodsharing: Fairteiler am Nachbarschaftszentrum",
                "Foodsaver:innen holen Brot, Obst und Gemüse ab, das Läden nicht mehr verkaufen, und stellen es hier für alle bereit. Bitte nur Verpacktes oder Rohes reinlegen.",
            ),
            (
                "Lebensmittel retten statt wegwerfen",
                "Brot vom Vortag, krumme Möhren, Joghurt kurz vorm Ablaufdatum: Ehrenamtliche sammeln bei Geschäften ein, was übrig bleibt, und legen es an der Abholstelle im Hof bereit.",
            ),
            (
                "Essen retten: Abholstelle im Hinterhof",
                "Was Märkte und Cafés aussortieren, ist oft noch gut. Wir sammeln es ein und verschenken es hier an alle aus der Nachbarschaft. Einfach vorbeikommen und mitnehmen.",
            ),
        ),
    ),
    "upcycling": Kind(
        "Umwelt & Klima",
        (ALL,),
        (
            (
                "Upcycling-Werkstatt",
                "Aus alten Jeans werden Taschen, aus Paletten Möbel, aus Tetrapaks Geldbörsen. Material bringen wir mit, Ideen ihr.",
            ),
            (
                "Upcycling-Nachmittag: aus Alt mach Neu",
                "Wir verwandeln Dinge, die sonst im Müll landen, in schöne und nützliche Sachen. Werkzeug, Nähmaschine und Heißkleber sind da.",
            ),
            (
                "Kreativ wiederverwerten",
                "Kaputte Regenschirme, leere Dosen, ausgediente Fahrradschläuche: gemeinsam basteln wir daraus Lampen, Rucksäcke und Deko. Nachhaltig und kostenlos.",
            ),
            (
                "Trash Design Workshop",
                "Aus Abfall wird ein Lieblingsstück: wir nähen, schrauben und kleben Beutel, Hocker und Schmuck aus ausrangiertem Zeug. Spenden von Resten willkommen.",
            ),
        ),
    ),
    "einkaufshilfe": Kind(
        "Nachbarschaft & Begegnung",
        ("Senior:innen",),
        (
            (
                "Einkaufshilfe für Ältere",
                "Sie kommen schlecht aus dem Haus? Ehrenamtliche aus der Nachbarschaft gehen für Sie einkaufen und stellen die Sachen vor die Wohnungstür. Sie zahlen nur die Ware.",
            ),
            (
                "Einkaufsservice der Nachbarschaftshilfe",
                "Einmal pro Woche erledigen Freiwillige Ihren Einkauf im Supermarkt um die Ecke. Einkaufszettel telefonisch durchgeben, Geld bei Übergabe.",
            ),
            (
                "Besorgungsdienst: wir bringen's vorbei",
                "Milch, Brot, Medikamente aus der Apotheke: Helfer:innen erledigen Ihre Besorgungen, wenn Sie krank sind oder nicht mehr gut laufen können.",
            ),
            (
                "Lebensmittel-Lieferung von Mensch zu Mensch",
                "Rentnerinnen und Rentner, die nicht mehr schwer tragen können, bekommen Getränke und Lebensmittel von jungen Leuten aus dem Viertel vor die Tür gestellt. Kostenlos, nur der Kassenbon wird bezahlt.",
            ),
        ),
    ),
    "angst_selbsthilfe": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Selbsthilfegruppe Angst und Panik",
                "Menschen mit Angststörungen und Panikattacken kommen alle zwei Wochen zusammen, um sich auszutauschen und einander Mut zu machen. Ohne Therapeut, auf Augenhöhe, vertraulich.",
            ),
            (
                "Selbsthilfegruppe für Menschen mit Angsterkrankungen",
                "Herzrasen, Enge in der Brust, Angst vor dem Rausgehen? In unserer Gruppe sprechen Betroffene offen über ihre Erfahrungen und was ihnen hilft. Neue Mitglieder willkommen, Kontakt über die Selbsthilfekontaktstelle.",
            ),
            (
                "Gesprächskreis bei Phobien",
                "Ob Furcht vor Menschenmengen, vor dem Bus oder vor Prüfungen: hier erzählen Betroffene einander, wie sie mit ihren Phobien umgehen. Keine Fachleute, nur gelebte Erfahrung.",
            ),
            (
                "Peer Support: wenn Sorgen und Furcht den Alltag bestimmen",
                "Betroffene für Betroffene: wir sprechen über Vermeidung, Atemübungen und kleine Schritte zurück ins Leben. Moderiert von einer Genesungsbegleiterin, kostenlos.",
            ),
        ),
    ),
    "rollator_check": Kind(
        "Gesundheit",
        ("Senior:innen",),
        (
            (
                "Rollator-Check",
                "Bremsen nachstellen, Reifen prüfen, Griffhöhe anpassen: ehrenamtliche Techniker schauen Ihren Rollator kostenlos durch. Kleine Reparaturen gleich vor Ort.",
            ),
            (
                "Rollator- und Rollstuhl-Check im Seniorenbüro",
                "Ist Ihr Rollator oder Rollstuhl noch sicher? Wir prüfen Bremsen, Räder und Schrauben und stellen alles auf Ihre Größe ein.",
            ),
            (
                "Gehhilfen-TÜV",
                "Quietscht es beim Schieben, greift die Feststellvorrichtung nicht mehr? Ein Fahrradmechaniker im Ruhestand wartet Ihren Gehwagen und tauscht Verschleißteile aus.",
            ),
            (
                "Hilfsmittel-Service: Durchsicht Ihrer Gehhilfe",
                "Damit Sie unterwegs nicht stürzen: ein Sanitätshaus stellt Höhe und Feststeller ein, pumpt die Luft nach und ölt die Gelenke. Ohne Termin, nichts zu bezahlen.",
            ),
        ),
    ),
    "rollator_training": Kind(
        "Bildung",
        ("Senior:innen",),
        (
            (
                "Rollator-Training: Sicher in Bus und Bahn",
                "Mit den Verkehrsbetrieben üben wir an einer echten Straßenbahn: Einsteigen mit Rollator, richtig stehen während der Fahrt, Aussteigen ohne Stress. Kostenlos, Kaffee danach.",
            ),
            (
                "Rollatortraining an der Haltestelle",
                "Wie komme ich mit dem Rollator in den Wagen und wieder hinaus? Im Training probieren Sie es in Ruhe aus, ein Fahrer gibt Tipps.",
            ),
            (
                "Mobil bleiben mit Gehwagen: Übungsfahrt mit der Tram",
                "Auf dem Betriebshof steht eine Tram nur für uns bereit. Ältere Menschen mit Gehwagen oder im Rollstuhl proben, wie man über die Schwelle kommt und wo man sich beim Anfahren festhält.",
            ),
            (
                "Öffis ohne Angst – Kurs für Menschen mit Gehhilfe",
                "Sie trauen sich mit Ihrer Gehhilfe nicht mehr in die Öffentlichen? Zusammen mit der Seniorenvertretung probieren wir an einem abgestellten Wagen aus, wie es ohne Sturz gelingt.",
            ),
        ),
    ),
    "radfahrkurs": Kind(
        "Sport & Bewegung",
        ("Frauen",),
        (
            (
                "Radfahrkurs für Frauen",
                "Sie haben nie Fahrradfahren gelernt? In kleinen Gruppen üben Frauen jeden Alters auf dem Verkehrsübungsplatz: Gleichgewicht, Bremsen, Kurven, später die erste Runde im Straßenverkehr. Räder und Schutzausrüstung werden gestellt.",
            ),
            (
                "Fahrradkurs für Anfängerinnen",
                "Von der ersten Runde bis zur Fahrt im Stadtverkehr: erfahrene Trainerinnen bringen Ihnen das Radfahren bei. Kinderbetreuung möglich.",
            ),
            (
                "Bike Bridge – Cycling Classes",
                "Du möchtest in die Pedale treten, hast es aber als Kind nie gelernt? Ehrenamtliche Coaches sind mit dir auf einem ruhigen Hof, bis du sicher im Sattel sitzt. Bikes und Helme gibt es bei uns.",
            ),
            (
                "In die Pedale! Balance lernen für Einsteiger:innen",
                "Endlich selbst mobil sein: wir lernen gemeinsam Balance, Lenken und Schalten, erst im Hof, dann auf ruhigen Wegen im Park. Velos leihen wir Ihnen.",
            ),
        ),
    ),
    "maedchentreff": Kind(
        "Freizeit",
        ("Mädchen",),
        (
            (
                "Mädchentreff",
                "Ein Raum nur für Mädchen zwischen 10 und 18: chillen, quatschen, Musik hören oder mit den Sozialpädagoginnen über alles reden, was dich beschäftigt.",
            ),
            (
                "Offener Mädchentreff im Jugendhaus",
                "Einmal pro Woche gehört das Jugendhaus nur den Mädchen: Kicker, Schminken, Tanzen, Ausflüge planen. Jungs müssen draußen bleiben!",
            ),
            (
                "Girls' Space",
                "Hier seid ihr unter euch: Girls ab zehn hängen ab, basteln, kochen und reden über Liebe, Schule und Stress. Zwei Betreuerinnen sind für euch da.",
            ),
            (
                "Girls only: Zeit unter uns",
                "Kein Druck, keine blöden Sprüche: ihr bestimmt das Programm – Nägel lackieren, Filmabend oder einfach Gespräche mit den Betreuerinnen.",
            ),
        ),
    ),
    "jungengruppe": Kind(
        "Freizeit",
        ("Jugendliche",),
        (
            (
                "Jungengruppe",
                "Für Jungs zwischen 11 und 15: wir kicken, klettern, reden über Stress, Gefühle und darüber, was es heißt, ein Mann zu sein. Begleitet von zwei Jungenarbeitern.",
            ),
            (
                "Offene Jungenarbeit",
                "Fester Treffpunkt für Jungen: Werkeln, Sport, Ausflüge und Gespräche unter Männern, ohne Bewertung.",
            ),
            (
                "Boys' Club",
                "Nur für Boys ab 11: zocken, grillen, Filme schauen und ehrlich reden, über Freundschaft, Wut und Zukunftspläne. Zwei Pädagogen sind dabei.",
            ),
            (
                "Echte Kerle – Raum für Teens",
                "Was bedeutet Stärke? Boys und Teens zwischen 11 und 15 probieren sich aus: Lagerfeuer, Kochen, Zelten und Gespräche über Rollenbilder, mit Pädagogen, die zuhören.",
            ),
        ),
    ),
    "frauentreff": Kind(
        "Nachbarschaft & Begegnung",
        ("Frauen", MIGRANTS),
        (
            (
                "Interkultureller Frauentreff",
                "Frauen aus vielen Ländern kommen zum Reden, Kochen und Feiern zusammen. Bringt eure Kinder mit, es gibt eine Spielecke. Deutsch lernen nebenbei, ganz ohne Druck.",
            ),
            (
                "Frauentreff international",
                "Ein Treffen für Frauen aus aller Welt: Tee trinken, Rezepte tauschen, Ausflüge planen und neue Freundinnen finden. Kinderbetreuung vorhanden.",
            ),
            (
                "Ladies' Brunch: Nachbarinnen von überall",
                "Ob aus Syrien, Vietnam, Polen oder Sachsen: wir frühstücken zusammen, lachen, erzählen und helfen einander im Alltag. Die Kleinen spielen nebenan.",
            ),
            (
                "Women's Circle im Stadtteilzentrum",
                "Ein geschützter Raum für Migrantinnen und Nachbarinnen: gemeinsam essen, sich austauschen, tanzen. Die Kleinen werden betreut.",
            ),
        ),
    ),
    "krabbelgruppe": Kind(
        "Familie & Kinderschutz",
        ("Eltern",),
        (
            (
                "Krabbelgruppe",
                "Für Eltern mit Babys bis zwei Jahren: spielen, singen, krabbeln und sich mit anderen Müttern und Vätern austauschen. Ohne Anmeldung, Decke mitbringen.",
            ),
            (
                "Krabbelgruppe im Familienzentrum",
                "Die Babys entdecken Spielsachen, Kugelbahn und Fingerspiele, die Großen trinken Kaffee und tauschen Tipps aus. Für Kinder bis 24 Monate.",
            ),
            (
                "Zwergentreff",
                "Die Allerkleinsten (0–2) erkunden Bausteine, Rasseln und Bällebad, während Mamas und Papas bei einem Tee ins Gespräch kommen. Einfach vorbeikommen.",
            ),
            (
                "Miniclub für die Kleinsten und ihre Begleitung",
                "Fingerreime, Seifenblasen und Bewegungslieder für Kinder im ersten und zweiten Lebensjahr. Danach Zeit zum Plaudern mit anderen Mamas und Papas.",
            ),
        ),
    ),
    "eltern_kind_turnen": Kind(
        "Sport & Bewegung",
        ("Familien",),
        (
            (
                "Eltern-Kind-Turnen",
                "Klettern, balancieren, rollen: Kinder von 1 bis 4 Jahren turnen mit Mama oder Papa in der Halle an Matten, Bänken und Kästen.",
            ),
            (
                "Eltern-Kind-Turnen im Sportverein",
                "Bewegungsspaß für die Kleinen mit einem Elternteil: Parcours aus Geräten, Lieder und Spiele. Bitte Turnschuhe oder Stoppersocken mitbringen.",
            ),
            (
                "Purzelbaum-Stunde für Zwerge mit Begleitperson",
                "Hüpfen, krabbeln, kullern, über Hindernisse steigen: die Halle gehört eine Stunde lang den Kleinsten und ihren Großen. Rutschsocken nicht vergessen.",
            ),
            (
                "Toben & Purzeln für Ein- bis Vierjährige",
                "Gemeinsam mit Mutter, Vater oder Oma rennen, springen und rutschen die Kleinen über Polster und Rampen. Kostenlos, ohne Mitgliedschaft.",
            ),
        ),
    ),
    "elternkurs": Kind(
        "Familie & Kinderschutz",
        ("Eltern",),
        (
            (
                "Elternkurs „Starke Eltern – Starke Kinder“",
                "Acht Treffen für Mütter und Väter: Wie setze ich Grenzen ohne Schreien? Wie stärke ich das Selbstvertrauen meines Kindes? Mit Übungen für den Familienalltag. Anmeldung erforderlich.",
            ),
            (
                "Elternkurs: gelassen erziehen",
                "In sechs Terminen lernen Eltern, Konflikte ruhiger zu lösen, klare Regeln zu vereinbaren und die Beziehung zum Kind zu stärken. Kursleitung: eine Familientherapeutin.",
            ),
            (
                "Triple P – Positive Parenting im Stadtteilhaus",
                "Ein wissenschaftlich erprobtes Programm in fünf Gruppensitzungen: Mamas und Papas üben, wie sie gutes Verhalten loben, Wutanfälle entschärfen und den Tag mit Routinen entspannter gestalten.",
            ),
            (
                "Ruhe bewahren, wenn die Kleinen toben – Seminarreihe für Mamas und Papas",
                "In der Seminarreihe lernen Sie, klare Ansagen zu machen, Machtkämpfe zu vermeiden und Nähe zu Ihren Töchtern und Söhnen zu behalten. Mit Rollenspielen und Handout.",
            ),
        ),
    ),
    "medienkompetenz_eltern": Kind(
        "Bildung",
        ("Eltern",),
        (
            (
                "Medienkompetenz für Eltern",
                "Wie viel Zeit am Tablet ist okay? Was machen Kinder auf TikTok, YouTube und in Spielen? Ein Medienpädagoge gibt Eltern praktische Tipps zu Regeln und Jugendschutz-Einstellungen.",
            ),
            (
                "Elterninfo Medienerziehung: Kinder und Smartphone",
                "Ab wann ein eigenes Handy? Wir zeigen, wie Sie Apps kindersicher einstellen und mit Ihrem Kind faire Medienregeln vereinbaren.",
            ),
            (
                "Zocken, Chatten, Streamen – was Mamas und Papas wissen sollten",
                "Ihr Nachwuchs ist nur noch online? Bei diesem Info-Treffen erklärt eine Fachfrau Altersfreigaben, Zeitlimits und die Risiken von In-Game-Käufen.",
            ),
            (
                "Gefahren im Netz erkennen: Infotreffen für Mütter und Väter",
                "Was ist Sexting, wie erkenne ich Cybergrooming, welche Filter helfen wirklich? Konkrete Hinweise, wie Sie mit Ihren Töchtern und Söhnen über Gefahren im Internet sprechen.",
            ),
        ),
    ),
    "medienwerkstatt": Kind(
        "Kultur",
        ("Kinder",),
        (
            (
                "Medienwerkstatt für Kinder",
                "Kinder von 8 bis 12 drehen eigene Trickfilme, nehmen Hörspiele auf und gestalten eine Kinderzeitung – mit Tablets, Mikrofonen und viel Fantasie.",
            ),
            (
                "Kinder-Medienwerkstatt: Trickfilm und Podcast",
                "In der Medienwerkstatt lernt ihr, wie man einen Stop-Motion-Film macht, ein Hörspiel schneidet oder einen Podcast aufnimmt. Technik ist vorhanden.",
            ),
            (
                "Kids machen Radio",
                "Mit Aufnahmegerät und Kopfhörern ziehen die Kids auf Reportage durch den Kiez, interviewen Nachbar:innen und senden ihre eigene Sendung im Bürgerradio.",
            ),
            (
                "Video-Club: Reportagen aus dem Kiez",
                "Einmal selbst vor und hinter der Kamera stehen: wir schreiben Drehbücher, spielen Szenen im Viertel nach und schneiden kurze Clips.",
            ),
        ),
    ),
    "graffiti": Kind(
        "Kultur",
        ("Jugendliche",),
        (
            (
                "Graffiti-Workshop",
                "Von der Skizze zur Wand: Jugendliche lernen Styles, Sprühtechnik und Farbenlehre und gestalten legal eine Wand am Jugendclub. Dosen und Masken werden gestellt.",
            ),
            (
                "Graffiti-Kurs für Jugendliche",
                "Sketchen, Outlines, Fill-ins: mit einem Sprayer aus der Leipziger Szene arbeitet ihr an euren eigenen Pieces und sprüht sie auf legale Flächen.",
            ),
            (
                "Street-Art-Projekt: Wir bemalen die Unterführung",
                "Mit Schablonen, Pinseln und Lackfarben verwandelt ihr die graue Unterführung am Bahnhof in ein buntes Kunstwerk. Entwürfe entstehen gemeinsam, alles mit Genehmigung der Stadt.",
            ),
            (
                "Urban Art für Teens: Writing, Stencils, Murals",
                "Buchstaben entwerfen, Schablonen schneiden, ein großes Mural planen und umsetzen – begleitet von Künstler:innen aus dem Viertel. Material kostenlos.",
            ),
        ),
    ),
    "schreibwerkstatt": Kind(
        "Kultur",
        ("Jugendliche",),
        (
            (
                "Schreibwerkstatt für Jugendliche",
                "Gedichte, Kurzgeschichten, Songtexte: in der Schreibwerkstatt probiert ihr euch mit Worten aus und bekommt Feedback von einer Autorin. Am Ende gibt es eine Lesung.",
            ),
            (
                "Kreatives Schreiben",
                "Jede Woche neue Schreibimpulse: wir erfinden Figuren, schreiben Szenen und lesen uns die Texte gegenseitig vor. Kein Talent nötig, nur Lust auf Sprache.",
            ),
            (
                "Poetry-Slam-Club",
                "Eigene Verse auf die Bühne bringen: wir feilen an Reimen, Rhythmus und Vortrag und organisieren einmal im Quartal einen Slam im Jugendclub.",
            ),
            (
                "Story Lab – Fantasy, Krimi, Fanfiction",
                "Du denkst dir gern Welten und Held:innen aus? Im Story Lab bringst du deine Ideen zu Papier, bekommst Tipps zu Spannung und Dialogen und veröffentlichst im eigenen Heft.",
            ),
        ),
    ),
    "holzwerkstatt": Kind(
        "Freizeit",
        ("Kinder",),
        (
            (
                "Holzwerkstatt für Kinder",
                "Sägen, feilen, hämmern, bohren: Kinder ab 6 bauen unter Anleitung Vogelhäuser, Boote und Spielzeug aus Holz. Schutzbrillen und Werkzeug sind da.",
            ),
            (
                "Offene Holzwerkstatt im Kinderhaus",
                "Einmal pro Woche ist die Holzwerkstatt offen: ihr bringt Ideen mit, wir zeigen, wie man sicher mit Säge und Schraubzwinge arbeitet.",
            ),
            (
                "Kleine Tischler:innen",
                "Mit Nägeln und Leim: Kids zimmern Nistkästen, Schatzkisten und Seifenkisten und nehmen ihr Stück stolz mit nach Hause.",
            ),
            (
                "Schreinern & Zimmern für Kids ab 6",
                "Bretter zuschneiden, schleifen, zusammenleimen: aus Latten und Resten entstehen Murmelbahnen, Kisten und Tiere. Alles Material stellen wir.",
            ),
        ),
    ),
    "seniorentanz": Kind(
        "Sport & Bewegung",
        ("Senior:innen",),
        (
            (
                "Seniorentanz",
                "Kreistänze und Folklore aus aller Welt – ohne Partner, in geselliger Runde. Die Schritte werden langsam erklärt, Vorkenntnisse braucht niemand.",
            ),
            (
                "Tanzen ab 60",
                "Bewegung zu Musik hält Körper und Kopf in Schwung: gemeinsam tanzen wir einfache Folgen im Sitzen und Stehen. Ohne Partner, ohne Anmeldung.",
            ),
            (
                "Line Dance für Junggebliebene",
                "In Reihen nebeneinander zu Country, Schlager und Pop: Figur für Figur lernen wir gemeinsam, jede und jeder im eigenen Tempo. Für Menschen im Ruhestand, Einstieg jederzeit.",
            ),
            (
                "Walzer, Polka, Sirtaki: beschwingt im Stuhlkreis",
                "Wer nicht mehr lange stehen kann, macht im Sitzen mit: zu Walzer, Polka und Sirtaki schwingen wir Arme und Beine im Takt. Gute Laune garantiert.",
            ),
        ),
    ),
    "gedaechtnistraining": Kind(
        "Gesundheit",
        ("Senior:innen",),
        (
            (
                "Gedächtnistraining",
                "Rätsel, Wortspiele, Merkübungen: in geselliger Runde halten wir die grauen Zellen in Schwung. Geleitet von einer zertifizierten Gedächtnistrainerin, für alle, die geistig rege bleiben wollen.",
            ),
            (
                "Gedächtnistraining für Senior:innen",
                "Gedächtnistraining in kleiner Gruppe: Konzentration, Wortfindung und Merkfähigkeit spielerisch üben. Ohne Leistungsdruck, mit viel Lachen.",
            ),
            (
                "Gehirnjogging im Bürgerhaus",
                "Denksport mit Spaß: Begriffe finden, Zahlen knobeln, Bilder erinnern – so bleibt der Kopf beweglich. Keine Vorkenntnisse nötig.",
            ),
            (
                "Fit im Kopf – Denksport für Ältere",
                "Knobelaufgaben, Erinnerungsaufgaben und kleine Quizrunden halten den Geist wach. Mit Kaffee und netten Leuten, jede Woche neu.",
            ),
        ),
    ),
    "yoga_im_park": Kind(
        "Sport & Bewegung",
        (ALL,),
        (
            (
                "Yoga im Park",
                "Von Mai bis September am Rabet: Atemübungen, einfache Asanas und Tiefenentspannung für alle Level. Bring eine Matte oder ein Handtuch mit, Teilnahme auf Spendenbasis.",
            ),
            (
                "Outdoor-Yoga für alle",
                "Yoga an der frischen Luft: sanfte Asanas, bewusster Atem, zum Schluss eine Runde Entspannung. Keine Vorkenntnisse nötig, einfach dazukommen.",
            ),
            (
                "Hatha auf der Wiese",
                "Sanft dehnen, kräftigen, zur Ruhe kommen: unter den alten Linden üben wir gemeinsam klassische Haltungen. Für Anfänger:innen geeignet, Decke mitbringen.",
            ),
            (
                "Sonnengruß unter freiem Himmel",
                "Herabschauender Hund, Krieger, Baum: die Lehrerin zeigt jede Haltung in Ruhe, du machst mit, so weit dein Körper will. Bei Regen fällt es aus.",
            ),
        ),
    ),
    "kinderbauernhof": Kind(
        "Freizeit",
        ("Kinder",),
        (
            (
                "Kinderbauernhof",
                "Ziegen, Schafe, Hühner und Kaninchen warten auf euch: Stall sauber machen, Futter bringen, Eier suchen. Eintritt frei.",
            ),
            (
                "Offener Kinderbauernhof im Stadtteil",
                "Auf dem Kinderbauernhof dürfen Kinder ab 6 ohne Anmeldung mithelfen: Heu verteilen, Esel striegeln, Zäune flicken.",
            ),
            (
                "Jugendfarm: Tiere versorgen, draußen spielen",
                "Auf unserem Gelände leben Ponys, Schweine und Enten. Kids kümmern sich mit den Betreuer:innen um die Tiere und dürfen auch mal mitreiten.",
            ),
            (
                "Stadtfarm für Kids",
                "Mitten im Viertel ein Stück Land: Mädchen und Jungen zwischen 6 und 12 pflegen Meerschweinchen und Gänse, ernten Kartoffeln und lernen, wo Milch herkommt. Kostenlos, einfach vorbeikommen.",
            ),
        ),
    ),
    "bauspielplatz": Kind(
        "Freizeit",
        ("Kinder",),
        (
            (
                "Bauspielplatz",
                "Hämmern, sägen, Buden bauen: auf dem Bauspielplatz gestalten Kinder ihr eigenes Dorf aus Brettern und graben Löcher – betreut von Pädagog:innen.",
            ),
            (
                "Offener Bauspielplatz für Kinder",
                "Nägel, Werkzeug, Holz: hier dürft ihr bauen, was ihr wollt. Die Betreuer:innen helfen, wenn es wackelt.",
            ),
            (
                "Hüttendorf im Grünen: hier zimmerst du dein eigenes Reich",
                "Aus alten Latten entstehen Türme, Brücken und Kletterburgen. Lagerfeuer, matschen am Wasserloch, alles unter Aufsicht.",
            ),
            (
                "Robinson-Gelände für Kids",
                "Eine Wildnis zum Selbergestalten: Mädchen und Jungen zwischen 6 und 14 errichten Hütten aus Restholz, legen Wasserläufe an und machen Stockbrot über dem Feuer.",
            ),
        ),
    ),
    "familienpaten": Kind(
        "Familie & Kinderschutz",
        ("Familien",),
        (
            (
                "Familienpatenschaften",
                "Ehrenamtliche Familienpatinnen und -paten besuchen Familien einmal pro Woche, gehen mit den Kindern raus oder geben den Eltern ein paar Stunden Luft. Vermittelt und begleitet vom Familienzentrum.",
            ),
            (
                "Familienpatenschaft: Unterstützung im Alltag",
                "Sie haben ein Neugeborenes oder mehrere kleine Kinder und niemanden in der Nähe, der hilft? Eine Patin kommt regelmäßig zu Ihnen, spielt mit den Kindern, hört zu und packt mit an.",
            ),
            (
                "wellcome – praktische Hilfe nach der Geburt",
                "Das Baby ist da und nichts geht mehr? Eine Ehrenamtliche kommt ein- bis zweimal die Woche, passt aufs Baby auf, während Sie schlafen, oder geht mit Ihnen zum Kinderarzt.",
            ),
            (
                "Helfende Hände für Mamas und Papas",
                "Freiwillige aus dem Viertel schenken Ihnen ein paar Stunden pro Woche: Geschwister vom Kindergarten abholen, Wäsche falten, einfach mal durchatmen. Kostenlos und unbürokratisch.",
            ),
        ),
    ),
    "ausbildungspaten": Kind(
        "Arbeit & Ausbildung",
        ("Junge Erwachsene",),
        (
            (
                "Ausbildungspaten",
                "Erfahrene Berufstätige begleiten Azubis durch die Ausbildung: bei Ärger im Betrieb, Prüfungsangst oder Problemen in der Berufsschule. So wird die Lehre nicht abgebrochen.",
            ),
            (
                "Ausbildungspatenschaften für Azubis",
                "Ein:e Pat:in an deiner Seite: regelmäßige Treffen, Lernhilfe für die Berufsschule und ein offenes Ohr, wenn es im Betrieb schwierig wird.",
            ),
            (
                "Mentoring für junge Leute im ersten Job",
                "Ein Mentor aus Handwerk oder Pflege nimmt sich alle zwei Wochen Zeit für dich: Klausuren vorbereiten, Stress mit dem Chef sortieren, dranbleiben statt hinschmeißen.",
            ),
            (
                "Durchhalten bis zum Gesellenbrief",
                "Ehrenamtliche Coaches aus dem Ruhestand stehen jungen Leuten zur Seite, die gerade ihre erste Stelle im Handwerk angetreten haben: Mathe für den Abschluss, Konflikte mit Kolleg:innen, Motivation.",
            ),
        ),
    ),
}

# Kinds that share the start or the end of their names, or their field, but are different things:
# (kind of the first offer, kind of the second, target groups of both or None for the first
# kind's groups).
LOOK_ALIKE_KINDS: list[tuple[str, str, tuple[str, ...] | None]] = [
    ("mietrechtsberatung", "mietertreff", None),
    ("mietrechtsberatung", "wohnberatung", None),
    ("gewaltschutzberatung", "mietrechtsberatung", None),
    ("migrationsberatung", "mietrechtsberatung", None),
    ("schwangerschaftsberatung", "gewaltschutzberatung", None),
    ("rentenberatung", "wohnberatung", None),
    ("migrationsberatung", "rentenberatung", None),
    ("streetwork", "schulsozialarbeit", None),
    ("tagestreff_wohnungslose", "mittagstisch", None),
    ("mietertreff", "tagestreff_wohnungslose", None),
    ("mittagstisch", "foodsharing", None),
    ("foodsharing", "upcycling", None),
    ("holzwerkstatt", "upcycling", None),
    ("rollator_check", "rollator_training", None),
    ("gedaechtnistraining", "rollator_training", None),
    ("seniorentanz", "gedaechtnistraining", None),
    ("krabbelgruppe", "eltern_kind_turnen", ("Eltern",)),
    ("krabbelgruppe", "angst_selbsthilfe", None),
    ("elternkurs", "medienkompetenz_eltern", None),
    ("medienwerkstatt", "medienkompetenz_eltern", ("Eltern", "Kinder")),
    ("medienwerkstatt", "graffiti", None),
    ("graffiti", "schreibwerkstatt", None),
    ("schreibwerkstatt", "holzwerkstatt", None),
    ("kinderbauernhof", "bauspielplatz", None),
    ("ausbildungspaten", "familienpaten", None),
    ("familienpaten", "einkaufshilfe", None),
    ("radfahrkurs", "frauentreff", None),
]

# The same kind with different target groups: (kind, groups of the first offer, groups of the
# second, how they relate, variant of the first, variant of the second). "broad": only a broad
# group ("Migrant:innen", "Nachbarschaft / alle") in common, not parallel; "none": no group in
# common, not parallel; "specific": a specific group in common, one of them also names a broad
# group, parallel. The variants are ones whose text does not name other people.
GROUP_PAIRS: list[tuple[str, tuple[str, ...], tuple[str, ...], str, int, int]] = [
    ("mietrechtsberatung", (MIGRANTS, "Familien"), (MIGRANTS, "Senior:innen"), "broad", 0, 2),
    (
        "migrationsberatung",
        (MIGRANTS, "Senior:innen"),
        (MIGRANTS, "Junge Erwachsene"),
        "broad",
        1,
        2,
    ),
    ("foodsharing", (ALL, "Familien"), (ALL, "Junge Erwachsene"), "broad", 0, 3),
    ("mittagstisch", (ALL, "Kinder"), (ALL, "Senior:innen"), "broad", 1, 2),
    ("yoga_im_park", (ALL, "Senior:innen"), (ALL, "Menschen mit Behinderung"), "broad", 1, 2),
    ("angst_selbsthilfe", (ALL, "Jugendliche"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("tagestreff_wohnungslose", (ALL, "Frauen"), (ALL, "Junge Erwachsene"), "broad", 1, 3),
    ("einkaufshilfe", (ALL, "Senior:innen"), (ALL, "Familien"), "broad", 0, 2),
    ("upcycling", (ALL, "Kinder"), (ALL, "Senior:innen"), "broad", 1, 2),
    ("mietertreff", (ALL, "Senior:innen"), (ALL, "Familien"), "broad", 1, 2),
    ("rentenberatung", (MIGRANTS, "Senior:innen"), (MIGRANTS, "Frauen"), "broad", 1, 2),
    (
        "gedaechtnistraining",
        (ALL, "Senior:innen"),
        (ALL, "Menschen mit Behinderung"),
        "broad",
        0,
        2,
    ),
    ("schreibwerkstatt", (ALL, "Jugendliche"), (ALL, "Senior:innen"), "broad", 1, 3),
    ("streetwork", (MIGRANTS, "Jugendliche"), (MIGRANTS, "Junge Erwachsene"), "broad", 0, 3),
    ("wohnberatung", (ALL, "Senior:innen"), (ALL, "Menschen mit Behinderung"), "broad", 1, 3),
    ("mittagstisch", ("Kinder",), ("Senior:innen",), "none", 0, 3),
    ("upcycling", ("Jugendliche",), ("Senior:innen",), "none", 0, 3),
    ("angst_selbsthilfe", ("Jugendliche",), ("Senior:innen",), "none", 1, 3),
    ("yoga_im_park", ("Frauen",), ("Männer",), "none", 0, 3),
    ("migrationsberatung", ("Jugendliche",), ("Senior:innen",), "none", 2, 3),
    ("mietrechtsberatung", (ALL, "Senior:innen"), ("Senior:innen",), "specific", 1, 3),
    ("gewaltschutzberatung", ("Frauen", MIGRANTS), ("Frauen",), "specific", 1, 3),
    ("migrationsberatung", (MIGRANTS, "Geflüchtete"), ("Geflüchtete",), "specific", 0, 2),
    ("foodsharing", (ALL, "Familien"), ("Familien",), "specific", 1, 2),
    ("mittagstisch", ("Senior:innen",), (ALL, "Senior:innen"), "specific", 0, 2),
    ("yoga_im_park", (ALL, "Frauen"), ("Frauen",), "specific", 0, 2),
    ("streetwork", ("Junge Erwachsene",), (MIGRANTS, "Junge Erwachsene"), "specific", 1, 3),
    (
        "einkaufshilfe",
        ("Senior:innen", "Menschen mit Behinderung"),
        (ALL, "Menschen mit Behinderung"),
        "specific",
        1,
        2,
    ),
    ("krabbelgruppe", ("Eltern", MIGRANTS), ("Eltern",), "specific", 0, 2),
    ("frauentreff", ("Frauen",), ("Frauen", MIGRANTS), "specific", 1, 3),
]


NEEDS: list[Need] = [
    Need(
        "Familie soll nach neuen Fenstern viel mehr zahlen",
        "Familie Y. hat ein Schreiben der Hausverwaltung bekommen: nach dem Einbau neuer Fenster soll sie jeden Monat 300 Euro mehr zahlen. Sie wissen nicht, ob das so rechtens ist und ob sie sich wehren können.",
        ("Familien",),
        "Beratung",
        "mietrechtsberatung",
        ("mietertreff", "wohnberatung"),
        "Senior:innen",
        2,
    ),
    Need(
        "Clique am Bahnhof, keiner geht in den Jugendclub",
        "Fünf, sechs Jungs um die 15 hängen jeden Abend an der Haltestelle, schwänzen viel, zweimal war die Polizei da. In Einrichtungen kommen sie nicht, es müsste jemand zu ihnen hingehen.",
        ("Jugendliche",),
        "Beratung",
        "streetwork",
        ("schulsozialarbeit",),
        "Junge Erwachsene",
        3,
    ),
    Need(
        "13-Jährige wird in der Klasse ausgegrenzt",
        "Tochter von Frau P. wird seit Wochen von Mitschülerinnen ausgelacht, isst mittags nichts mehr und will morgens nicht los. Mutter weiß nicht, wer an der Schule helfen kann.",
        ("Jugendliche",),
        "Bildung",
        "schulsozialarbeit",
        ("streetwork",),
        "Junge Erwachsene",
        1,
    ),
    Need(
        "Mann schläft seit Wochen im Hauseingang",
        "Herr D., Mitte 40, hat seine Wohnung verloren und schläft im Eingang der Nummer 12. Er braucht eine Dusche, saubere Sachen, einen Ort für den Tag und eine Adresse für Post vom Jobcenter.",
        ("Männer",),
        "Beratung",
        "tagestreff_wohnungslose",
        ("mittagstisch",),
        "Frauen",
        1,
    ),
    Need(
        "Rentner isst kaum noch warm",
        "Herr A., 81, kocht seit dem Tod seiner Frau nicht mehr, lebt von Brot und Konserven und sitzt den ganzen Tag allein. Das Geld ist knapp, eine Mahlzeit in Gesellschaft täte ihm gut.",
        ("Senior:innen",),
        "Ernährung",
        "mittagstisch",
        ("foodsharing",),
        "Kinder",
        0,
    ),
    Need(
        "WG will übrig gebliebenes Brot nicht im Müll sehen",
        "Drei Studierende haben mitbekommen, dass die Bäckerei an der Ecke abends kistenweise Brot entsorgt. Sie suchen eine Stelle im Viertel, wo man solche Lebensmittel hinbringen und andere sie kostenlos abholen können.",
        ("Junge Erwachsene",),
        "Umwelt & Klima",
        "foodsharing",
        ("upcycling", "mittagstisch"),
        "Senior:innen",
        2,
    ),
    Need(
        "Nachbarin will aus alten Sachen Neues machen",
        "Frau M. hat Kisten mit alten Jeans, Stoffresten und Dosen im Keller und mag sie nicht wegwerfen. Sie möchte mit anderen zusammen daraus Taschen und Deko basteln.",
        ("Frauen",),
        "Umwelt & Klima",
        "upcycling",
        ("foodsharing",),
        "Kinder",
        2,
    ),
    Need(
        "Seniorin nach Hüft-OP kommt nicht aus dem Haus",
        "Frau K., 79, darf nach der Operation vier Wochen nicht allein die Treppe runter, die Tochter wohnt in Hamburg. Sie braucht jemanden, der ihr Lebensmittel und Medikamente bringt.",
        ("Senior:innen",),
        "Nachbarschaft & Begegnung",
        "einkaufshilfe",
        ("foodsharing",),
        "Familien",
        2,
    ),
    Need(
        "Junge Frau traut sich nach Panikattacke kaum raus",
        "Frau B., 24, hatte im Winter eine heftige Panikattacke in der Tram und meidet seitdem Busse und Menschenmengen. Therapieplatz erst in acht Monaten; sie möchte bis dahin andere treffen, denen es ähnlich geht.",
        ("Junge Erwachsene",),
        "Gesundheit",
        "angst_selbsthilfe",
        ("yoga_im_park",),
        "Senior:innen",
        2,
    ),
    Need(
        "Rollator von Herrn B. bremst nicht mehr",
        "Herr B., 85, ist fast gestürzt, weil die Bremse seines Rollators nicht mehr greift und ein Rad quietscht. Zum Sanitätshaus in der Innenstadt schafft er es nicht.",
        ("Senior:innen",),
        "Gesundheit",
        "rollator_check",
        ("rollator_training",),
        "Kinder",
        2,
    ),
    Need(
        "Frau aus Eritrea möchte Rad fahren lernen",
        "Frau S. hat eine Stelle in einer Großküche in Paunsdorf bekommen, der Bus fährt ungünstig. Sie hat als Kind nie Rad fahren gelernt und möchte es unter Frauen lernen.",
        ("Frauen",),
        "Sport & Bewegung",
        "radfahrkurs",
        ("frauentreff",),
        "Kinder",
        3,
    ),
    Need(
        "Mutter mit Baby fühlt sich allein",
        "Frau J. ist mit ihrer acht Monate alten Tochter neu im Viertel und kennt niemanden. Sie sucht eine feste Runde mit anderen Müttern und Vätern, in der die Kleine mit Gleichaltrigen spielen kann.",
        ("Eltern", "Frauen"),
        "Familie & Kinderschutz",
        "krabbelgruppe",
        ("eltern_kind_turnen", "angst_selbsthilfe"),
        "Männer",
        1,
    ),
    Need(
        "Eltern schreien viel und wollen das ändern",
        "Ehepaar T. merkt, dass sie ihre beiden Kinder (5 und 8) ständig anbrüllen, danach tut es ihnen leid. Sie möchten in einer Gruppe mit anderen Eltern lernen, ruhiger und konsequent zu bleiben.",
        ("Eltern",),
        "Familie & Kinderschutz",
        "elternkurs",
        ("medienkompetenz_eltern",),
        "Geflüchtete",
        1,
    ),
    Need(
        "Sohn zockt bis in die Nacht",
        "Jonas (10) spielt bis Mitternacht am Handy, morgens kommt er nicht aus dem Bett. Die Eltern wissen nicht, welche Regeln und Einstellungen sinnvoll sind.",
        ("Eltern",),
        "Bildung",
        "medienkompetenz_eltern",
        ("elternkurs",),
        "Geflüchtete",
        1,
    ),
    Need(
        "Hortkinder wollen einen eigenen Film machen",
        "Eine Gruppe Neunjähriger aus dem Hort hat eine Geschichte erfunden und will sie verfilmen und vertonen. Im Hort fehlen Technik und jemand, der sich damit auskennt.",
        ("Kinder",),
        "Kultur",
        "medienwerkstatt",
        ("holzwerkstatt",),
        "Senior:innen",
        3,
    ),
    Need(
        "Jugendliche sprühen Tags an Garagen",
        "An den Garagen hinter der Schule tauchen jede Woche neue Tags auf, die Hausverwaltung hat Anzeige erstattet. Der Jugendclub kennt die Sprayer und sucht für sie ein legales Angebot mit Anleitung.",
        ("Jugendliche",),
        "Kultur",
        "graffiti",
        ("schreibwerkstatt",),
        "Kinder",
        2,
    ),
    Need(
        "15-Jährige schreibt heimlich Gedichte",
        "Lea schreibt seit einem Jahr Gedichte und kurze Geschichten, zeigt sie aber niemandem. Sie wünscht sich Rückmeldung und andere in ihrem Alter, die auch schreiben.",
        ("Jugendliche",),
        "Kultur",
        "schreibwerkstatt",
        ("graffiti",),
        "Senior:innen",
        1,
    ),
    Need(
        "Mädchen liebt Tiere, darf zuhause keine halten",
        "Mila (7) wohnt im zehnten Stock, im Mietvertrag sind Haustiere verboten. Sie fragt ständig nach Hasen und Ziegen; die Mutter sucht einen Ort, an dem sie sich um Tiere kümmern kann.",
        ("Kinder",),
        "Freizeit",
        "kinderbauernhof",
        ("bauspielplatz",),
        "Jugendliche",
        2,
    ),
    Need(
        "Jungs wollen draußen Buden bauen",
        "Drei Brüder (8 bis 11) langweilen sich in den Ferien, die Familie hat keinen Garten. Sie wollen draußen mit Brettern und Hammer etwas Eigenes bauen, unter Aufsicht.",
        ("Kinder",),
        "Freizeit",
        "bauspielplatz",
        ("kinderbauernhof",),
        "Jugendliche",
        2,
    ),
    Need(
        "Zwillingsmutter ist erschöpft",
        "Frau L. hat Zwillinge (1) und einen Sohn (4), der Mann arbeitet auf Montage, die Großeltern wohnen weit weg. Sie bräuchte regelmäßig jemanden, der ein paar Stunden mit anpackt.",
        ("Familien",),
        "Familie & Kinderschutz",
        "familienpaten",
        ("krabbelgruppe",),
        "Geflüchtete",
        2,
    ),
    Need(
        "Azubi will die Lehre hinwerfen",
        "K., 18, im ersten Jahr als Anlagenmechaniker, fühlt sich vom Meister schikaniert und hat schlechte Noten in der Berufsschule. Er braucht jemanden Erfahrenen, der ihn begleitet, damit er nicht abbricht.",
        ("Junge Erwachsene",),
        "Arbeit & Ausbildung",
        "ausbildungspaten",
        ("familienpaten", "schulsozialarbeit"),
        "Geflüchtete",
        3,
    ),
    Need(
        "Frau wird vom Partner kontrolliert und gestoßen",
        "Frau N. erzählt im Elterncafé, ihr Mann lese ihre Nachrichten, nehme ihr das Geld weg und habe sie gegen den Schrank gestoßen. Sie hat Angst und will wissen, wie sie sich und die Kinder schützen kann.",
        ("Frauen",),
        "Beratung",
        "gewaltschutzberatung",
        ("schwangerschaftsberatung", "mietrechtsberatung"),
        "Männer",
        2,
    ),
    Need(
        "Ehepaar aus Moldau blickt bei Behörden nicht durch",
        "Herr und Frau C. sind seit drei Monaten in Leipzig. Unklar sind Aufenthaltstitel, Krankenversicherung und wo sie Deutsch lernen können; die Briefe der Ämter verstehen sie nicht.",
        (MIGRANTS,),
        "Beratung",
        "migrationsberatung",
        ("rentenberatung", "mietrechtsberatung"),
        "Jugendliche",
        2,
    ),
    Need(
        "Studentin ungeplant schwanger, kein Geld",
        "Frau V., 23, ist in der zehnten Woche schwanger, der Freund hat sich getrennt. Sie weiß nicht, ob sie das Kind bekommen will und wovon sie Kinderwagen und Erstausstattung bezahlen soll.",
        ("Frauen", "Junge Erwachsene"),
        "Familie & Kinderschutz",
        "schwangerschaftsberatung",
        ("gewaltschutzberatung",),
        "Jugendliche",
        2,
    ),
    Need(
        "Rentenbescheid viel niedriger als erwartet",
        "Herr T., 66, hat seinen ersten Bescheid bekommen; die Jahre als Schlosser in der DDR scheinen zu fehlen. Er versteht den Bescheid nicht und weiß nicht, wo er das prüfen lassen kann.",
        ("Senior:innen",),
        "Beratung",
        "rentenberatung",
        ("wohnberatung", "migrationsberatung"),
        "Frauen",
        2,
    ),
    Need(
        "Ehepaar kommt nicht mehr in die Badewanne",
        "Herr und Frau G., beide über 80, wollen unbedingt in ihrer Wohnung bleiben. Er kommt nicht mehr über den Wannenrand, im Flur liegen Teppiche, an der Treppe fehlt ein Geländer.",
        ("Senior:innen",),
        "Beratung",
        "wohnberatung",
        ("mietrechtsberatung", "rollator_check"),
        "Familien",
        1,
    ),
    Need(
        "Seit Wochen keine Heizung im ganzen Block",
        "Im Block Nummer 5 bis 9 ist die Heizung seit drei Wochen aus, viele haben sich einzeln bei der Verwaltung beschwert, ohne Antwort. Eine Nachbarin möchte die Leute im Haus zusammenbringen, um gemeinsam Druck zu machen.",
        (ALL,),
        "Nachbarschaft & Begegnung",
        "mietertreff",
        ("mietrechtsberatung",),
        "Senior:innen",
        2,
    ),
    Need(
        "Älterer Herr merkt, dass er vergesslich wird",
        "Herr L., 79, vergisst Namen und verlegt ständig den Schlüssel. Der Hausarzt sagt, es sei keine Demenz, er solle aber geistig aktiv bleiben, am besten in einer Gruppe.",
        ("Senior:innen",),
        "Gesundheit",
        "gedaechtnistraining",
        ("seniorentanz", "rollator_training"),
        "Kinder",
        0,
    ),
    Need(
        "Alleinerziehende mit Rückenschmerzen sucht Ausgleich",
        "Frau E. arbeitet im Callcenter, hat ständig Nackenschmerzen und kaum Geld für ein Studio. Sie möchte sich draußen bewegen, dehnen und zur Ruhe kommen, am liebsten ohne feste Anmeldung.",
        ("Frauen",),
        "Sport & Bewegung",
        "yoga_im_park",
        ("angst_selbsthilfe",),
        "Senior:innen",
        2,
    ),
    Need(
        "Neu zugezogene Syrerin kennt niemanden",
        "Frau H. lebt seit einem Jahr im Viertel, ihr Mann arbeitet lange, die Kinder sind in der Schule. Sie ist tagsüber allein und möchte andere Frauen kennenlernen, auch um Deutsch zu sprechen.",
        ("Frauen", MIGRANTS),
        "Nachbarschaft & Begegnung",
        "frauentreff",
        ("radfahrkurs",),
        "Senior:innen",
        2,
    ),
]

# Districts in Leipzig's east, near each other, and districts several kilometres away.
NEAR = {
    "Volkmarsdorf": (51.3468, 12.4095),
    "Neustadt-Neuschönefeld": (51.3478, 12.3985),
    "Reudnitz-Thonberg": (51.3325, 12.4035),
    "Anger-Crottendorf": (51.3378, 12.4135),
    "Sellerhausen-Stünz": (51.3428, 12.4330),
}
FAR = {
    "Grünau-Ost": (51.3215, 12.2990),
    "Plagwitz": (51.3295, 12.3355),
    "Gohlis-Nord": (51.3700, 12.3655),
    "Lößnig": (51.3005, 12.3895),
}
# Weekday (0 = Monday), start, end.
SLOTS = [
    (0, "10:00", "12:00"),
    (0, "15:30", "17:30"),
    (1, "09:00", "11:00"),
    (1, "16:00", "18:30"),
    (2, "13:30", "15:30"),
    (2, "17:00", "19:00"),
    (3, "10:00", "12:00"),
    (3, "16:30", "18:30"),
    (4, "14:00", "16:00"),
    (5, "10:00", "13:00"),
]

FOR_WHOM_TEMPLATES = (
    "Das Angebot richtet sich an {}.",
    "Willkommen sind {}.",
    "Zielgruppe: {}.",
)


def build(seed: int = SEED) -> list[dict]:
    # Not ``build_pairs`` of the later parts: part 3 never swaps paraphrase or look-alike pairs
    # and times its other-time pairs differently, so its draws from the generator differ.
    rng = random.Random(seed)
    offers = OfferMaker(rng, KINDS, ID_PREFIX, near=NEAR, far=FAR, slots=SLOTS)
    rows: list[dict] = []

    def offer_pair(case: str, label: int, first: dict, second: dict) -> None:
        rows.append(
            {"type": "offers", "case": CASE_PREFIX + case, "label": label, "a": first, "b": second}
        )

    # The same kind named with words that share no stem, nearby at overlapping times: parallel.
    for kind in sorted(KINDS):
        first = offers.make(kind, rng.choice(SAME_STEM_VARIANTS))
        second = offers.make(
            kind, rng.choice(OTHER_WORD_VARIANTS), **offers.next_to(first, rng.uniform(20, 450))
        )
        if rng.random() < 0.5:
            first, second = second, first
        offer_pair("synonym without shared stem", 1, first, second)

    # The same kind in other words that keep the stem: parallel.
    for kind in rng.sample(sorted(KINDS), 24):
        first = offers.make(kind, 0)
        second = offers.make(kind, 1, **offers.next_to(first, rng.uniform(20, 450)))
        offer_pair("paraphrase", 1, first, second)

    # Different kinds that look alike, same place, people and time: not parallel.
    for kind_a, kind_b, groups in LOOK_ALIKE_KINDS:
        combinations = [(x, y) for x in range(4) for y in range(4)]
        for x, y in rng.sample(combinations, 2):
            shared_groups = list(groups or KINDS[kind_a].groups)
            first = offers.make(kind_a, x, target_groups=shared_groups)
            second = offers.make(
                kind_b,
                y,
                target_groups=list(shared_groups),
                **offers.next_to(first, rng.uniform(20, 350)),
            )
            offer_pair("look-alike kinds", 0, first, second)

    # The same kind for other people; each text says for whom, as organisations write it.
    cases = {
        "broad": ("broad group only", 0),
        "none": ("other people", 0),
        "specific": ("specific group shared", 1),
    }
    for kind, groups_a, groups_b, relation, variant_a, variant_b in GROUP_PAIRS:
        first = offers.make(kind, variant_a, target_groups=list(groups_a))
        second = offers.make(
            kind,
            variant_b,
            target_groups=list(groups_b),
            **offers.next_to(first, rng.uniform(20, 400)),
        )
        for offer in (first, second):
            offer["description"] += " " + say_for_whom(
                offer["target_groups"], rng, FOR_WHOM_TEMPLATES
            )
        offer_pair(*cases[relation], first, second)

    # The same kind several kilometres apart, at overlapping times: not parallel.
    for kind in rng.sample(sorted(KINDS), 12):
        x, y = rng.sample(range(4), 2)
        first = offers.make(kind, x)
        offer_pair("far apart", 0, first, offers.make(kind, y, **offers.far_away(first)))

    # The same kind nearby at times that do not meet: not parallel.
    for number, kind in enumerate(rng.sample(sorted(KINDS), 12)):
        x, y = rng.sample(range(4), 2)
        day = number % 5
        first = offers.make(kind, x, weekly_slots=[[day, "09:30", "11:30"]])
        place = offers.next_to(first, rng.uniform(20, 350))
        if number % 2:
            place["weekly_slots"] = [[day, "16:00", "18:00"]]  # the same day, afternoon
        else:
            place["weekly_slots"] = [[(day + 2) % 5, "09:30", "11:30"]]  # another day
        offer_pair("other time", 0, first, offers.make(kind, y, **place))

    # Needs: met by three offers of their kind, not by look-alike kinds, not by the right kind
    # for other people.
    for number, need in enumerate(NEEDS, 1):
        district = rng.choice(sorted(NEAR))
        lat, lon = walk(NEAR[district], rng.uniform(0, 400), rng)
        need_record = {
            "id": f"{ID_PREFIX}n{number:03d}",
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
                    "case": CASE_PREFIX + case,
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
        offer["description"] += " " + say_for_whom([need.other_group], rng, FOR_WHOM_TEMPLATES)
        need_pair("other target group", 0, offer)
    return rows


def main() -> None:
    run_builder(build, OUTPUT, SEED, __doc__)


if __name__ == "__main__":
    main()
