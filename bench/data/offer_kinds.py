"""Kinds of neighbourhood offers, each written several ways, for the labelled evaluation set.

Every kind is one thing an organisation does for people; its variants say the same in other
words, the way different organisations write: compounds taken apart ("Hausaufgabenhilfe" /
"Hilfe bei den Hausaufgaben"), inflection, gender forms ("Schüler:innen", "SchülerInnen",
"Schülerinnen und Schüler"), typos, English loan words. ``CONFUSABLE`` lists kinds that share
much vocabulary but are different things: the hard negatives.
"""

from __future__ import annotations

# ruff: noqa: E501  (one offer text per line reads better than wrapped strings)

# key: (topic, target groups, [(title, description), ...])
KINDS: dict[str, tuple[str, tuple[str, ...], list[tuple[str, str]]]] = {
    "hausaufgaben": (
        "Bildung",
        ("Kinder",),
        [
            (
                "Hausaufgabenhilfe",
                "Ehrenamtliche helfen Schüler:innen der Klassen 1 bis 4 bei den Hausaufgaben.",
            ),
            (
                "Hilfe bei den Hausaufgaben",
                "Wir unterstützen SchülerInnen der Grundschule beim Erledigen ihrer Hausaufgaben.",
            ),
            (
                "Hausaufgabenbetreuung",
                "Betreuung für Schülerinnen und Schüler: Hausaufgaben machen, Fragen stellen, lernen.",
            ),
            (
                "Hausaufgabenhlife am Nachmittag",
                "Nach der Schule Hausaufgaben gemeinsam erledigen, mit Unterstützung von Studierenden.",
            ),
        ],
    ),
    "nachhilfe_mathe": (
        "Bildung",
        ("Jugendliche",),
        [
            (
                "Nachhilfe Mathematik",
                "Kostenlose Nachhilfe in Mathe für Schüler*innen der Oberschule.",
            ),
            (
                "Mathe-Nachhilfe für Jugendliche",
                "Du hast Probleme in Mathematik? Studierende erklären dir den Stoff.",
            ),
            (
                "Lernförderung Mathe",
                "Förderunterricht im Fach Mathematik für Jugendliche ab Klasse 7.",
            ),
        ],
    ),
    "deutschkurs": (
        "Sprache",
        ("Erwachsene", "Migrant:innen"),
        [
            (
                "Deutschkurs für Anfänger",
                "Deutsch lernen von Anfang an: Alphabet, Alltag, Grammatik. Niveau A1.",
            ),
            (
                "Deutsch lernen A1",
                "Kurs für Anfängerinnen und Anfänger, die Deutsch für den Alltag lernen wollen.",
            ),
            (
                "Deutschunterricht für Zugewanderte",
                "Unterricht in deutscher Sprache für Neuzugewanderte, Anfängerniveau.",
            ),
            (
                "Dt. Sprachkurs (Anfänger)",
                "Sprachkurs Deutsch A1/A2 mit Schwerpunkt Sprechen im Alltag.",
            ),
        ],
    ),
    "sprachcafe": (
        "Sprache",
        ("Migrant:innen", "Erwachsene"),
        [
            (
                "Sprachcafé",
                "Deutsch sprechen üben in lockerer Runde bei Kaffee und Tee, ohne Anmeldung.",
            ),
            (
                "Sprach-Café Deutsch",
                "Ins Gespräch kommen und die deutsche Sprache üben, Muttersprachler:innen helfen.",
            ),
            (
                "Konversationscafé",
                "Konversation auf Deutsch üben: wir treffen uns bei Kaffee und plaudern.",
            ),
            (
                "Sprachtreff",
                "Deutsch sprechen im Alltag üben mit Ehrenamtlichen, bei Tee und Gebäck.",
            ),
        ],
    ),
    "naehkurs": (
        "Kreatives",
        ("Frauen",),
        [
            ("Nähkurs", "Nähen lernen an der Nähmaschine: Taschen, Kissen, Reparaturen."),
            (
                "Nähwerkstatt für Frauen",
                "Gemeinsam nähen: Nähmaschinen und Stoffe sind vorhanden, Anleitung inklusive.",
            ),
            ("Nähtreff", "Wir nähen zusammen, reparieren Kleidung und lernen Schnittmuster lesen."),
        ],
    ),
    "fahrradwerkstatt": (
        "Mobilität",
        ("Erwachsene", "Jugendliche"),
        [
            (
                "Fahrradwerkstatt",
                "Selbsthilfewerkstatt: Fahrräder reparieren mit Werkzeug und Anleitung.",
            ),
            (
                "Fahrrad-Reparatur zum Selbermachen",
                "Wir reparieren gemeinsam dein Fahrrad, Werkzeug und Ersatzteile vorhanden.",
            ),
            (
                "Radwerkstatt",
                "Offene Werkstatt für Räder: Schlauch flicken, Bremsen einstellen, Licht reparieren.",
            ),
            ("Fahrradselbsthilfe", "Hilfe zur Selbsthilfe bei der Reparatur von Fahrrädern."),
        ],
    ),
    "reparaturcafe": (
        "Umwelt",
        ("Erwachsene",),
        [
            (
                "Repair-Café",
                "Kaputte Geräte, Lampen und Toaster gemeinsam reparieren statt wegwerfen.",
            ),
            (
                "Reparaturcafé",
                "Elektrogeräte und Kleinmöbel reparieren mit Ehrenamtlichen, bei Kaffee.",
            ),
            (
                "Reparatur-Treff",
                "Wir reparieren Elektrogeräte, Spielzeug und Haushaltsgegenstände zusammen.",
            ),
        ],
    ),
    "maedchentreff": (
        "Freizeit",
        ("Mädchen", "Jugendliche"),
        [
            (
                "Mädchentreff",
                "Offener Treff nur für Mädchen ab 10 Jahren: Basteln, Musik, Quatschen.",
            ),
            (
                "Mädchengruppe",
                "Ein Raum für Mädchen: gemeinsam Zeit verbringen, Ausflüge planen, kreativ sein.",
            ),
            (
                "Offener Mädchentreff",
                "Treffpunkt für Mädchen und junge Frauen mit Spielen, Musik und Gesprächen.",
            ),
        ],
    ),
    "seniorentreff": (
        "Begegnung",
        ("Senior:innen",),
        [
            (
                "Seniorennachmittag",
                "Kaffee, Kuchen und Gespräche für ältere Menschen im Stadtteil.",
            ),
            (
                "Seniorentreff",
                "Gemütlicher Treff für Seniorinnen und Senioren mit Spielen und Kaffee.",
            ),
            ("Senior:innen-Café", "Ältere Nachbarn treffen sich zum Kaffeetrinken und Erzählen."),
        ],
    ),
    "sozialberatung": (
        "Beratung",
        ("Erwachsene",),
        [
            (
                "Sozialberatung",
                "Beratung bei Fragen zu Jobcenter, Wohngeld, Anträgen und Behördenbriefen.",
            ),
            (
                "Allgemeine Sozialberatung",
                "Wir helfen beim Ausfüllen von Anträgen und bei Problemen mit Ämtern.",
            ),
            (
                "Beratung zu Sozialleistungen",
                "Unterstützung bei Anträgen auf Bürgergeld, Wohngeld und Kinderzuschlag.",
            ),
        ],
    ),
    "schuldnerberatung": (
        "Beratung",
        ("Erwachsene",),
        [
            (
                "Schuldnerberatung",
                "Beratung bei Schulden: Haushaltsplan, Verhandlung mit Gläubigern, Insolvenz.",
            ),
            (
                "Schuldenberatung",
                "Hilfe bei Überschuldung und Mahnungen, vertraulich und kostenlos.",
            ),
            (
                "Beratung bei Geldsorgen",
                "Wenn die Schulden über den Kopf wachsen: wir beraten zu Ratenzahlung und Privatinsolvenz.",
            ),
        ],
    ),
    "asylberatung": (
        "Beratung",
        ("Geflüchtete",),
        [
            (
                "Asylverfahrensberatung",
                "Beratung für Geflüchtete zum Asylverfahren, zur Anhörung und zu Bescheiden.",
            ),
            (
                "Beratung im Asylverfahren",
                "Unabhängige Beratung für Asylsuchende: Anhörung vorbereiten, Bescheid verstehen.",
            ),
            (
                "Rechtsberatung Asyl und Aufenthalt",
                "Fragen zu Asyl, Duldung und Aufenthaltserlaubnis, mit Dolmetscher:innen.",
            ),
        ],
    ),
    "eltern_kind": (
        "Familie",
        ("Familien", "Kleinkinder"),
        [
            (
                "Eltern-Kind-Gruppe",
                "Spielen, Singen und Austausch für Eltern mit Kindern von 0 bis 3 Jahren.",
            ),
            (
                "Krabbelgruppe",
                "Treffen für Mütter und Väter mit Babys und Kleinkindern zum Spielen und Austauschen.",
            ),
            (
                "Spielgruppe für Eltern mit Kleinkindern",
                "Eltern und ihre Kleinen spielen zusammen, Tee und Gespräche inklusive.",
            ),
            (
                "Eltern-Kind-Treff",
                "Offener Treff für Familien mit Kleinkindern: spielen, singen, austauschen.",
            ),
        ],
    ),
    "fussball": (
        "Sport",
        ("Kinder", "Jugendliche"),
        [
            (
                "Fußball-AG",
                "Fußball spielen auf dem Bolzplatz für Kinder und Jugendliche, ohne Vereinsmitgliedschaft.",
            ),
            (
                "Fussballtraining",
                "Offenes Fußballtraining für Kids von 8 bis 14 Jahren mit Trainer.",
            ),
            (
                "Straßenfußball",
                "Kicken auf dem Platz: Straßenfußball-Turniere und Training für Jugendliche.",
            ),
        ],
    ),
    "tafel": (
        "Grundversorgung",
        ("Erwachsene", "Familien"),
        [
            (
                "Lebensmittelausgabe",
                "Ausgabe von Lebensmitteln für Menschen mit geringem Einkommen.",
            ),
            (
                "Tafel-Ausgabestelle",
                "Die Tafel gibt gespendete Lebensmittel an Bedürftige aus, Nachweis erforderlich.",
            ),
            (
                "Essensausgabe",
                "Kostenlose Lebensmittel für Menschen mit wenig Geld, einmal pro Woche.",
            ),
        ],
    ),
    "foodsharing": (
        "Umwelt",
        ("Erwachsene",),
        [
            (
                "Foodsharing-Fairteiler",
                "Gerettete Lebensmittel abholen oder bringen, Kühlschrank im Hof.",
            ),
            (
                "Lebensmittel retten",
                "Wir retten Lebensmittel vor der Tonne und verteilen sie im Viertel.",
            ),
            (
                "Fair-Teiler Kühlschrank",
                "Öffentlicher Kühlschrank zum Teilen von übrigen Lebensmitteln.",
            ),
        ],
    ),
    "computerkurs": (
        "Digitales",
        ("Senior:innen",),
        [
            (
                "Computerkurs für Senioren",
                "Umgang mit Computer, Internet und E-Mail für ältere Menschen.",
            ),
            (
                "Smartphone-Sprechstunde",
                "Fragen zu Handy, Tablet und Internet? Jugendliche helfen Seniorinnen und Senioren.",
            ),
            (
                "Digital fit im Alter",
                "Kurs für Senior:innen: Smartphone, Videotelefonie und Online-Banking sicher nutzen.",
            ),
        ],
    ),
    "bewerbungstraining": (
        "Arbeit",
        ("Jugendliche", "Erwachsene"),
        [
            (
                "Bewerbungstraining",
                "Lebenslauf und Anschreiben erstellen, Vorstellungsgespräch üben.",
            ),
            (
                "Hilfe bei Bewerbungen",
                "Wir helfen beim Schreiben von Bewerbungen und beim Lebenslauf.",
            ),
            (
                "Bewerbungswerkstatt",
                "Bewerbungsunterlagen gemeinsam erstellen und am PC gestalten.",
            ),
        ],
    ),
    "kochen": (
        "Begegnung",
        ("Erwachsene",),
        [
            ("Interkulturelles Kochen", "Wir kochen Gerichte aus aller Welt und essen gemeinsam."),
            (
                "Kochtreff international",
                "Gemeinsam kochen: jede Woche ein Rezept aus einem anderen Land.",
            ),
            (
                "Gemeinsam kochen und essen",
                "Kochabend mit Nachbar:innen aus verschiedenen Ländern.",
            ),
        ],
    ),
    "mittagstisch": (
        "Grundversorgung",
        ("Senior:innen", "Erwachsene"),
        [
            ("Mittagstisch", "Warmes Mittagessen für wenig Geld, in Gesellschaft."),
            (
                "Offener Mittagstisch",
                "Günstiges Mittagessen für alle im Stadtteil, ohne Anmeldung.",
            ),
            (
                "Mittagessen für Senior:innen",
                "Täglich ein warmes Essen zum kleinen Preis und nette Gesellschaft.",
            ),
        ],
    ),
    "jugendclub": (
        "Freizeit",
        ("Jugendliche",),
        [
            (
                "Offener Jugendtreff",
                "Abhängen, Billard, Kicker, Musik: der Treff für Jugendliche von 12 bis 18.",
            ),
            (
                "Jugendclub",
                "Freizeitangebote für Jugendliche: Tischtennis, Konsole, Ausflüge, Gespräche.",
            ),
            ("Jugendtreff am Abend", "Offener Treffpunkt für junge Leute mit Kicker und Musik."),
        ],
    ),
    "erziehungsberatung": (
        "Familie",
        ("Familien",),
        [
            (
                "Erziehungsberatung",
                "Beratung für Eltern bei Fragen zur Erziehung und bei Konflikten in der Familie.",
            ),
            (
                "Familienberatung",
                "Eltern und Kinder in schwierigen Situationen beraten, vertraulich und kostenlos.",
            ),
            ("Beratung für Eltern", "Sprechstunde für Mütter und Väter zu Erziehungsfragen."),
        ],
    ),
    "schwangerschaftsberatung": (
        "Gesundheit",
        ("Frauen", "Familien"),
        [
            (
                "Schwangerschaftsberatung",
                "Beratung rund um Schwangerschaft, Geburt und finanzielle Hilfen.",
            ),
            (
                "Beratung für Schwangere",
                "Informationen und Unterstützung für werdende Mütter und Paare.",
            ),
            (
                "Schwangerenberatung",
                "Beratung zu Mutterschutz, Elterngeld und Hilfen für Schwangere.",
            ),
        ],
    ),
    "hebammensprechstunde": (
        "Gesundheit",
        ("Familien",),
        [
            (
                "Hebammensprechstunde",
                "Eine Hebamme beantwortet Fragen zu Stillen, Babypflege und Wochenbett.",
            ),
            ("Sprechstunde mit Hebamme", "Offene Sprechstunde für junge Eltern mit Neugeborenen."),
            ("Hebammen-Café", "Austausch mit einer Hebamme für Eltern mit Babys."),
        ],
    ),
    "gartenprojekt": (
        "Umwelt",
        ("Familien", "Erwachsene"),
        [
            ("Gemeinschaftsgarten", "Gemeinsam gärtnern: Beete anlegen, Gemüse anbauen, ernten."),
            (
                "Urban Gardening im Viertel",
                "Wir pflanzen Gemüse und Kräuter in Hochbeeten mitten im Stadtteil.",
            ),
            (
                "Nachbarschaftsgarten",
                "Gärtnern mit Nachbar:innen: Pflanzen, Gießen, zusammen ernten.",
            ),
        ],
    ),
    "theater_kinder": (
        "Kultur",
        ("Kinder",),
        [
            (
                "Theatergruppe für Kinder",
                "Theater spielen, Rollen erfinden und ein Stück aufführen, ab 8 Jahren.",
            ),
            ("Kindertheater-AG", "Kinder entwickeln ein eigenes Theaterstück und führen es auf."),
            ("Theaterwerkstatt für Kids", "Schauspielen, Verkleiden und Improvisieren für Kinder."),
        ],
    ),
    "musik_band": (
        "Kultur",
        ("Jugendliche",),
        [
            ("Bandprojekt", "Jugendliche gründen eine Band: Schlagzeug, Gitarre, Bass und Gesang."),
            (
                "Musikwerkstatt für Jugendliche",
                "Instrumente ausprobieren, Songs schreiben und im Proberaum spielen.",
            ),
            ("Band-AG", "Gemeinsam Musik machen in der Band, Instrumente sind vorhanden."),
        ],
    ),
    "selbstverteidigung": (
        "Sport",
        ("Frauen", "Mädchen"),
        [
            (
                "Selbstverteidigungskurs für Frauen",
                "Techniken zur Selbstverteidigung und Selbstbehauptung lernen.",
            ),
            (
                "Selbstbehauptung und Selbstverteidigung",
                "Kurs für Frauen und Mädchen: sich wehren, Grenzen setzen.",
            ),
            ("Wendo-Kurs", "Selbstverteidigung für Mädchen und Frauen nach dem Wendo-Konzept."),
        ],
    ),
    "frauenfruehstueck": (
        "Begegnung",
        ("Frauen",),
        [
            ("Frauenfrühstück", "Gemeinsam frühstücken und ins Gespräch kommen, nur für Frauen."),
            (
                "Frühstück für Frauen",
                "Frauen aus dem Viertel treffen sich zum Frühstücken und Austauschen.",
            ),
            (
                "Internationales Frauencafé",
                "Frauen verschiedener Herkunft treffen sich bei Tee und Frühstück.",
            ),
        ],
    ),
    "yoga": (
        "Gesundheit",
        ("Erwachsene",),
        [
            ("Yoga im Stadtteil", "Sanftes Yoga für Anfänger:innen, Matten sind vorhanden."),
            (
                "Yogakurs für Einsteiger",
                "Entspannung und Bewegung mit Yoga, für alle Altersgruppen.",
            ),
            ("Yoga für alle", "Kostenloses Yoga auf Spendenbasis, ohne Vorkenntnisse."),
        ],
    ),
    "rueckengymnastik": (
        "Gesundheit",
        ("Senior:innen",),
        [
            (
                "Seniorengymnastik",
                "Bewegung und Gymnastik für ältere Menschen, im Sitzen und Stehen.",
            ),
            (
                "Gymnastik für Senior:innen",
                "Sanfte Übungen für Beweglichkeit und Gleichgewicht im Alter.",
            ),
            (
                "Sturzprävention und Bewegung",
                "Bewegungskurs für Ältere: Kraft und Balance trainieren, Stürze vermeiden.",
            ),
        ],
    ),
    "lesepaten": (
        "Bildung",
        ("Kinder",),
        [
            (
                "Lesepatenschaft",
                "Ehrenamtliche Lesepat:innen lesen mit Kindern und fördern die Lesefreude.",
            ),
            ("Vorlesestunde", "Geschichten vorlesen für Kinder ab 4 Jahren in der Bibliothek."),
            (
                "Lesepaten für Grundschüler",
                "Lesen üben mit einer Patin oder einem Paten, einmal pro Woche.",
            ),
        ],
    ),
    "kleiderkammer": (
        "Grundversorgung",
        ("Familien", "Erwachsene"),
        [
            ("Kleiderkammer", "Gespendete Kleidung für Erwachsene und Kinder, kostenlos."),
            ("Kleiderausgabe", "Second-Hand-Kleidung und Schuhe für Menschen mit wenig Geld."),
            ("Kleidertausch", "Kleidung abgeben und mitnehmen, für alle, umsonst."),
        ],
    ),
    "mieterberatung": (
        "Wohnen",
        ("Erwachsene",),
        [
            (
                "Mieterberatung",
                "Beratung bei Problemen mit Vermieter, Nebenkosten und Mieterhöhung.",
            ),
            (
                "Mietrechtsberatung",
                "Hilfe bei Fragen zum Mietvertrag, zur Betriebskostenabrechnung und Kündigung.",
            ),
            (
                "Beratung für Mieter:innen",
                "Wir prüfen Ihre Nebenkostenabrechnung und beraten zur Mieterhöhung.",
            ),
        ],
    ),
    "wohnungssuche": (
        "Wohnen",
        ("Geflüchtete", "Familien"),
        [
            (
                "Unterstützung bei der Wohnungssuche",
                "Hilfe beim Finden einer Wohnung, Besichtigungen und Bewerbungen.",
            ),
            (
                "Wohnungssuche für Geflüchtete",
                "Wir begleiten Familien bei der Suche nach einer eigenen Wohnung.",
            ),
            (
                "Wohnraumvermittlung",
                "Vermittlung von Wohnungen und Begleitung zu Besichtigungsterminen.",
            ),
        ],
    ),
    "dolmetschen": (
        "Sprache",
        ("Migrant:innen",),
        [
            (
                "Sprachmittlung",
                "Ehrenamtliche Sprachmittler:innen begleiten zu Ämtern und Ärzt:innen.",
            ),
            (
                "Dolmetscherdienst",
                "Übersetzen und Dolmetschen bei Behördenterminen, Arabisch, Farsi, Russisch.",
            ),
            (
                "Begleitung mit Übersetzung",
                "Wir übersetzen bei Terminen im Amt, in der Schule und beim Arzt.",
            ),
        ],
    ),
    "ferienprogramm": (
        "Freizeit",
        ("Kinder",),
        [
            (
                "Ferienprogramm",
                "In den Sommerferien: Ausflüge, Spiele und Basteln für Kinder von 6 bis 12.",
            ),
            (
                "Ferienbetreuung",
                "Betreuung in den Schulferien mit Ausflügen und Workshops für Grundschulkinder.",
            ),
            ("Sommerferienspiele", "Eine Woche Spiel, Spaß und Ausflüge in den Ferien für Kinder."),
        ],
    ),
    "bastelnachmittag": (
        "Kreatives",
        ("Kinder",),
        [
            ("Bastelnachmittag", "Basteln mit Papier, Farbe und Naturmaterialien für Kinder."),
            ("Kreativwerkstatt für Kinder", "Malen, Basteln und Gestalten für Kinder ab 5 Jahren."),
            ("Kinder-Bastelgruppe", "Wir basteln jede Woche etwas Neues, Material ist vorhanden."),
        ],
    ),
    "malkurs_erwachsene": (
        "Kreatives",
        ("Erwachsene",),
        [
            ("Malkurs", "Malen mit Acryl und Aquarell für Erwachsene, Anfänger willkommen."),
            ("Offenes Atelier", "Malen und Zeichnen im offenen Atelier, Material gegen Spende."),
            ("Malgruppe für Erwachsene", "Zeichnen und Malen lernen in einer kleinen Gruppe."),
        ],
    ),
    "pflegeberatung": (
        "Gesundheit",
        ("Senior:innen", "Angehörige"),
        [
            ("Pflegeberatung", "Beratung zu Pflegegrad, Pflegegeld und Entlastung für Angehörige."),
            (
                "Beratung für pflegende Angehörige",
                "Unterstützung und Information für Menschen, die Angehörige pflegen.",
            ),
            (
                "Pflegestützpunkt",
                "Wir beraten rund um Pflege, Anträge bei der Pflegekasse und Hilfsmittel.",
            ),
        ],
    ),
    "suchtberatung": (
        "Gesundheit",
        ("Erwachsene", "Jugendliche"),
        [
            (
                "Suchtberatung",
                "Beratung bei Problemen mit Alkohol, Drogen oder Glücksspiel, anonym.",
            ),
            (
                "Drogen- und Suchtberatung",
                "Anonyme Beratung für Betroffene und Angehörige bei Sucht.",
            ),
            (
                "Beratung bei Suchtproblemen",
                "Wir helfen bei Abhängigkeit von Alkohol, Medikamenten und Drogen.",
            ),
        ],
    ),
    "spielplatz_aktion": (
        "Freizeit",
        ("Kinder", "Familien"),
        [
            (
                "Spielmobil",
                "Das Spielmobil kommt mit Spielgeräten und Bastelangeboten auf den Spielplatz.",
            ),
            (
                "Mobiler Spieltreff",
                "Spiele und Aktionen für Kinder draußen auf dem Spielplatz im Viertel.",
            ),
            (
                "Spielaktion auf dem Spielplatz",
                "Wir bringen Spielzeug und Spiele mit auf den Spielplatz, für alle Kinder.",
            ),
        ],
    ),
    "schach": (
        "Freizeit",
        ("Kinder", "Jugendliche"),
        [
            ("Schach-AG", "Schach spielen lernen für Kinder und Jugendliche."),
            ("Schachclub für junge Leute", "Wöchentliches Schachtraining und kleine Turniere."),
            ("Schachtreff", "Gemeinsam Schach spielen, Anfänger:innen willkommen."),
        ],
    ),
    "nachbarschaftscafe": (
        "Begegnung",
        ("Erwachsene", "Senior:innen", "Familien"),
        [
            ("Nachbarschaftscafé", "Offenes Café für alle im Viertel: Kaffee, Kuchen, Gespräche."),
            (
                "Nachbarschaftscafe",
                "Treffpunkt für Nachbar:innen bei Kaffee und Kuchen, jeden Donnerstag.",
            ),
            (
                "Kiezcafé",
                "Das Café im Kiez: Nachbarn kennenlernen bei Kaffee und selbstgebackenem Kuchen.",
            ),
        ],
    ),
}

#: Kinds that share vocabulary, topic or target groups but are different offers.
CONFUSABLE: list[tuple[str, str]] = [
    ("deutschkurs", "naehkurs"),
    ("deutschkurs", "sprachcafe"),
    ("deutschkurs", "dolmetschen"),
    ("sprachcafe", "reparaturcafe"),
    ("sprachcafe", "nachbarschaftscafe"),
    ("reparaturcafe", "fahrradwerkstatt"),
    ("reparaturcafe", "nachbarschaftscafe"),
    ("hausaufgaben", "nachhilfe_mathe"),
    ("hausaufgaben", "lesepaten"),
    ("hausaufgaben", "ferienprogramm"),
    ("maedchentreff", "seniorentreff"),
    ("maedchentreff", "jugendclub"),
    ("maedchentreff", "frauenfruehstueck"),
    ("seniorentreff", "nachbarschaftscafe"),
    ("seniorentreff", "rueckengymnastik"),
    ("sozialberatung", "schuldnerberatung"),
    ("sozialberatung", "asylberatung"),
    ("sozialberatung", "mieterberatung"),
    ("schuldnerberatung", "suchtberatung"),
    ("erziehungsberatung", "schwangerschaftsberatung"),
    ("erziehungsberatung", "eltern_kind"),
    ("schwangerschaftsberatung", "hebammensprechstunde"),
    ("tafel", "foodsharing"),
    ("tafel", "mittagstisch"),
    ("tafel", "kleiderkammer"),
    ("kochen", "mittagstisch"),
    ("kochen", "frauenfruehstueck"),
    ("fussball", "schach"),
    ("fussball", "jugendclub"),
    ("theater_kinder", "bastelnachmittag"),
    ("bastelnachmittag", "malkurs_erwachsene"),
    ("musik_band", "jugendclub"),
    ("selbstverteidigung", "yoga"),
    ("yoga", "rueckengymnastik"),
    ("pflegeberatung", "sozialberatung"),
    ("mieterberatung", "wohnungssuche"),
    ("computerkurs", "bewerbungstraining"),
    ("spielplatz_aktion", "eltern_kind"),
    ("spielplatz_aktion", "ferienprogramm"),
    ("gartenprojekt", "foodsharing"),
]

#: Needs raised in a network, each with the kinds that would meet it.
NEEDS: list[tuple[str, str, tuple[str, ...], str, tuple[str, ...]]] = [
    # (title, description, target groups, topic, kinds that meet it)
    (
        "Kinder brauchen Hilfe bei Hausaufgaben",
        "Viele Grundschulkinder schaffen ihre Hausaufgaben zu Hause nicht allein.",
        ("Kinder",),
        "Bildung",
        ("hausaufgaben",),
    ),
    (
        "Mathe-Förderung für Jugendliche",
        "Jugendliche der Oberschule haben große Lücken in Mathematik.",
        ("Jugendliche",),
        "Bildung",
        ("nachhilfe_mathe",),
    ),
    (
        "Deutschkurse für neu Zugewanderte",
        "Neu zugewanderte Erwachsene finden keinen freien Platz im Deutschkurs.",
        ("Migrant:innen", "Erwachsene"),
        "Sprache",
        ("deutschkurs",),
    ),
    (
        "Gelegenheit zum Deutschsprechen",
        "Zugewanderte möchten Deutsch im Gespräch üben, nicht nur im Kurs.",
        ("Migrant:innen",),
        "Sprache",
        ("sprachcafe",),
    ),
    (
        "Räder reparieren",
        "Jugendliche haben kaputte Fahrräder und kein Werkzeug.",
        ("Jugendliche",),
        "Mobilität",
        ("fahrradwerkstatt",),
    ),
    (
        "Raum nur für Mädchen",
        "Mädchen wünschen sich einen eigenen geschützten Treffpunkt.",
        ("Mädchen",),
        "Freizeit",
        ("maedchentreff",),
    ),
    (
        "Einsamkeit im Alter",
        "Ältere Menschen im Viertel sind viel allein und suchen Kontakt.",
        ("Senior:innen",),
        "Begegnung",
        ("seniorentreff", "nachbarschaftscafe"),
    ),
    (
        "Hilfe mit Anträgen beim Jobcenter",
        "Viele verstehen die Briefe vom Amt nicht und brauchen Hilfe bei Anträgen.",
        ("Erwachsene",),
        "Beratung",
        ("sozialberatung",),
    ),
    (
        "Familien in Schulden",
        "Familien geraten durch hohe Energiekosten in Schulden und Mahnverfahren.",
        ("Familien", "Erwachsene"),
        "Beratung",
        ("schuldnerberatung",),
    ),
    (
        "Beratung zur Anhörung im Asylverfahren",
        "Geflüchtete wissen nicht, wie sie sich auf die Anhörung vorbereiten.",
        ("Geflüchtete",),
        "Beratung",
        ("asylberatung",),
    ),
    (
        "Treffpunkt für junge Eltern",
        "Eltern mit Babys suchen Austausch und Spielmöglichkeiten.",
        ("Familien",),
        "Familie",
        ("eltern_kind", "hebammensprechstunde"),
    ),
    (
        "Bewegung für Kinder und Jugendliche",
        "Kinder haben keine Möglichkeit, ohne Vereinsbeitrag Fußball zu spielen.",
        ("Kinder", "Jugendliche"),
        "Sport",
        ("fussball",),
    ),
    (
        "Lebensmittel für Bedürftige",
        "Menschen mit wenig Geld können sich kaum Essen leisten.",
        ("Erwachsene", "Familien"),
        "Grundversorgung",
        ("tafel", "mittagstisch"),
    ),
    (
        "Senior:innen und das Internet",
        "Ältere Menschen kommen mit Smartphone und Online-Terminen nicht zurecht.",
        ("Senior:innen",),
        "Digitales",
        ("computerkurs",),
    ),
    (
        "Jugendliche ohne Ausbildungsplatz",
        "Jugendliche brauchen Hilfe bei Bewerbungen und Lebenslauf.",
        ("Jugendliche",),
        "Arbeit",
        ("bewerbungstraining",),
    ),
    (
        "Freizeitort für Jugendliche",
        "Jugendliche hängen abends auf der Straße herum, es fehlt ein Treffpunkt.",
        ("Jugendliche",),
        "Freizeit",
        ("jugendclub",),
    ),
    (
        "Unterstützung für Eltern bei Erziehungsfragen",
        "Eltern fühlen sich mit Konflikten in der Familie allein gelassen.",
        ("Familien",),
        "Familie",
        ("erziehungsberatung",),
    ),
    (
        "Schwangere ohne Beratung",
        "Werdende Mütter wissen nicht, welche Hilfen ihnen zustehen.",
        ("Frauen",),
        "Gesundheit",
        ("schwangerschaftsberatung",),
    ),
    (
        "Grünflächen gemeinsam nutzen",
        "Nachbar:innen wünschen sich Beete zum gemeinsamen Gärtnern.",
        ("Erwachsene", "Familien"),
        "Umwelt",
        ("gartenprojekt",),
    ),
    (
        "Kreative Angebote für Kinder",
        "Kinder möchten basteln, malen und gestalten.",
        ("Kinder",),
        "Kreatives",
        ("bastelnachmittag",),
    ),
    (
        "Frauen wollen sich sicherer fühlen",
        "Frauen und Mädchen wünschen sich einen Kurs zur Selbstverteidigung.",
        ("Frauen", "Mädchen"),
        "Sport",
        ("selbstverteidigung",),
    ),
    (
        "Pflegende Angehörige entlasten",
        "Angehörige, die pflegen, wissen nicht, welche Leistungen es gibt.",
        ("Angehörige",),
        "Gesundheit",
        ("pflegeberatung",),
    ),
    (
        "Probleme mit Nebenkostenabrechnung",
        "Mieter:innen erhalten hohe Nachzahlungen und verstehen die Abrechnung nicht.",
        ("Erwachsene",),
        "Wohnen",
        ("mieterberatung",),
    ),
    (
        "Begleitung zu Ämtern mit Übersetzung",
        "Zugewanderte brauchen jemanden, der beim Amt übersetzt.",
        ("Migrant:innen",),
        "Sprache",
        ("dolmetschen",),
    ),
    (
        "Betreuung in den Sommerferien",
        "Berufstätige Eltern brauchen Betreuung für ihre Kinder in den Ferien.",
        ("Kinder",),
        "Freizeit",
        ("ferienprogramm",),
    ),
    (
        "Kinder lesen zu wenig",
        "Grundschulkinder lesen kaum und brauchen jemanden, der mit ihnen liest.",
        ("Kinder",),
        "Bildung",
        ("lesepaten",),
    ),
    (
        "Kleidung für Familien mit wenig Geld",
        "Familien fehlen warme Winterkleidung und Schuhe für die Kinder.",
        ("Familien",),
        "Grundversorgung",
        ("kleiderkammer",),
    ),
    (
        "Bewegung im Alter",
        "Ältere Menschen wollen fit bleiben und Stürze vermeiden.",
        ("Senior:innen",),
        "Gesundheit",
        ("rueckengymnastik",),
    ),
    (
        "Hilfe bei Suchtproblemen",
        "Im Viertel gibt es viele Menschen mit Alkoholproblemen.",
        ("Erwachsene",),
        "Gesundheit",
        ("suchtberatung",),
    ),
    (
        "Wohnungen für geflüchtete Familien",
        "Geflüchtete Familien leben seit Jahren in Gemeinschaftsunterkünften.",
        ("Geflüchtete", "Familien"),
        "Wohnen",
        ("wohnungssuche",),
    ),
]
