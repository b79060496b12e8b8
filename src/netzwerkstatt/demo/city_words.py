"""Word lists for the test city (demo.city): Leipzig's districts, names, offer kinds, sentences.

Hand-written German, so the city reads like a real one in the browser and the search finds
real words; combined at random, so 20,000 offers are not 20,000 copies of one text.
"""

# ruff: noqa: E501  (one entry per line reads better than wrapped strings)

# slug, name, latitude, longitude, postcode – Leipzig's Ortsteile, centres approximated.
DISTRICTS = [
    ("schoenefeld", "Schönefeld – Abtnaundorf", 51.3636, 12.4137, "04347"),
    ("schoenefeld-ost", "Schönefeld-Ost", 51.3610, 12.4310, "04347"),
    ("mockau-sued", "Mockau-Süd", 51.3700, 12.4100, "04357"),
    ("mockau-nord", "Mockau-Nord", 51.3810, 12.4130, "04357"),
    ("volkmarsdorf", "Volkmarsdorf", 51.3479, 12.4085, "04315"),
    ("neustadt-neuschoenefeld", "Neustadt-Neuschönefeld", 51.3490, 12.3980, "04315"),
    ("anger-crottendorf", "Anger-Crottendorf", 51.3405, 12.4140, "04318"),
    ("sellerhausen-stuenz", "Sellerhausen-Stünz", 51.3450, 12.4330, "04318"),
    ("eutritzsch", "Eutritzsch", 51.3646, 12.3860, "04129"),
    ("leipzig-zentrum", "Leipzig-Zentrum", 51.3397, 12.3731, "04109"),
    ("connewitz", "Connewitz", 51.3110, 12.3800, "04277"),
    ("suedvorstadt", "Südvorstadt", 51.3230, 12.3720, "04275"),
    ("plagwitz", "Plagwitz", 51.3290, 12.3330, "04229"),
    ("lindenau", "Lindenau", 51.3370, 12.3330, "04177"),
    ("gruenau-mitte", "Grünau-Mitte", 51.3210, 12.2850, "04209"),
    ("gohlis-sued", "Gohlis-Süd", 51.3580, 12.3660, "04155"),
    ("reudnitz-thonberg", "Reudnitz-Thonberg", 51.3310, 12.4010, "04317"),
    ("paunsdorf", "Paunsdorf", 51.3470, 12.4600, "04328"),
    ("stoetteritz", "Stötteritz", 51.3200, 12.4200, "04299"),
    ("moeckern", "Möckern", 51.3680, 12.3390, "04159"),
]

# District networks: (slug, name, districts served). The first district is the network's own.
DISTRICT_NETWORKS = [
    ("sis-schoenefeld", "SIS – Synergien in Schönefeld", ["schoenefeld", "schoenefeld-ost"]),
    ("netzwerk-mockau", "Stadtteilnetzwerk Mockau", ["mockau-sued", "mockau-nord"]),
    ("ost-netzwerk", "Netzwerk Leipziger Osten", ["volkmarsdorf", "neustadt-neuschoenefeld"]),
    ("anger-crottendorf-aktiv", "Anger-Crottendorf aktiv", ["anger-crottendorf"]),
    ("stuenz-sellerhausen", "Runder Tisch Sellerhausen-Stünz", ["sellerhausen-stuenz"]),
    ("eutritzsch-vernetzt", "Eutritzsch vernetzt", ["eutritzsch"]),
    ("zentrum-sozial", "Soziales Zentrum-Netzwerk", ["leipzig-zentrum"]),
    ("connewitz-sued", "Stadtteilrunde Connewitz & Südvorstadt", ["connewitz", "suedvorstadt"]),
    ("westen-netzwerk", "Netzwerk Leipziger Westen", ["plagwitz", "lindenau"]),
    ("gruenau-gemeinsam", "Grünau gemeinsam", ["gruenau-mitte"]),
    ("gohlis-moeckern", "Nachbarschaftsnetz Gohlis-Möckern", ["gohlis-sued", "moeckern"]),
    (
        "reudnitz-stoetteritz",
        "Stadtteilnetzwerk Reudnitz-Stötteritz",
        ["reudnitz-thonberg", "stoetteritz"],
    ),
    ("paunsdorf-netzwerk", "Paunsdorfer Netzwerk", ["paunsdorf"]),
    ("schoenefeld-kita", "Kita-Verbund Schönefeld", ["schoenefeld"]),
]

# City-wide topic networks: (slug, name, topic slug their members work on).
TOPIC_NETWORKS = [
    ("bildung-leipzig", "Bildungsnetzwerk Leipzig", "bildung"),
    ("integration-leipzig", "Netzwerk Integration & Migration Leipzig", "sprache"),
    ("jugend-leipzig", "Arbeitskreis Offene Jugendarbeit", "freizeit"),
    ("fruehe-hilfen", "Netzwerk Frühe Hilfen Leipzig", "familie"),
    ("senioren-leipzig", "Seniorennetzwerk Leipzig", "gesundheit"),
    ("gesund-im-quartier", "Gesund im Quartier", "gesundheit"),
]

# Organisation names: kind prefixes and names.
ORG_KINDS = [
    ("Kinder- und Jugendhaus", "ev"),
    ("Stadtteilladen", "initiative"),
    ("Familienzentrum", "ev"),
    ("Nachbarschaftstreff", "ev"),
    ("Verein", "ev"),
    ("Beratungsstelle", "ggmbh"),
    ("Kulturwerkstatt", "ev"),
    ("Bürgerverein", "ev"),
    ("Grundschule", "school"),
    ("Oberschule", "school"),
    ("Kirchgemeinde", "church"),
    ("Jugendclub", "public"),
    ("Frauenzentrum", "ev"),
    ("Seniorentreff", "ev"),
    ("Sportverein", "ev"),
    ("Stiftung", "foundation"),
    ("Initiative", "initiative"),
    ("Gemeinschaftsgarten", "initiative"),
    ("Mehrgenerationenhaus", "ggmbh"),
    ("Migrant:innenverein", "ev"),
]
ORG_NAMES = (
    "Sonnenschein Regenbogen Lindenhof Wurzelwerk Brückenschlag Lichtblick Kompass Miteinander "
    "Spielraum Zukunft Aufwind Anker Leuchtturm Treffpunkt Buntes Haus Lebensfreude Nachbarn "
    "Offene Tür Morgenrot Pusteblume Eichenhof Kastanie Weitblick Horizont Funkenflug Vielfalt "
    "Zusammenhalt Herzenswärme Sternschnuppe Wegweiser Rückenwind Grünfink Mosaik Kiezleben "
    "Freiraum Werkbank Teekanne Apfelbaum Lesezeichen"
).split()

# Offer kinds: (topic slug, target group slugs, titles, first sentences).
OFFER_KINDS = [
    (
        "lernen",
        ["kinder"],
        ["Hausaufgabenhilfe", "Hilfe bei den Hausaufgaben", "Lernwerkstatt für Grundschulkinder"],
        [
            "Ehrenamtliche helfen Schüler:innen der Klassen 1 bis 4 bei den Hausaufgaben.",
            "Nach der Schule erledigen wir gemeinsam die Hausaufgaben und üben Lesen und Rechnen.",
        ],
    ),
    (
        "lernen",
        ["jugendliche"],
        ["Nachhilfe Mathematik", "Lerncafé für Oberschüler:innen", "Prüfungsvorbereitung"],
        [
            "Studierende erklären Mathe, Deutsch und Englisch für die Oberschule.",
            "Wir bereiten gemeinsam auf Abschlussprüfungen vor, in kleinen Gruppen.",
        ],
    ),
    (
        "sprache",
        ["migrant-innen", "gefluechtete"],
        ["Deutschkurs für Anfänger:innen", "Sprachcafé", "Deutsch im Alltag"],
        [
            "Im Sprachcafé üben wir Deutsch beim Tee, ohne Prüfungsdruck.",
            "Ein Kurs für Menschen, die gerade nach Leipzig gekommen sind und Deutsch lernen wollen.",
        ],
    ),
    (
        "sprache",
        ["frauen", "migrant-innen"],
        ["Deutschkurs für Frauen mit Kinderbetreuung", "Frauensprachtreff"],
        [
            "Frauen lernen Deutsch, während ihre Kinder nebenan betreut werden.",
            "Ein geschützter Raum, um Deutsch zu sprechen und Fragen zum Alltag zu klären.",
        ],
    ),
    (
        "beratung",
        ["migrant-innen"],
        ["Migrationsberatung", "Beratung zu Aufenthalt und Behörden"],
        [
            "Wir helfen bei Anträgen, Briefen von Behörden und Fragen zum Aufenthalt.",
            "Beratung in mehreren Sprachen, vertraulich und kostenlos.",
        ],
    ),
    (
        "beratung",
        ["familien", "eltern"],
        ["Familienberatung", "Erziehungsberatung", "Sozialberatung"],
        [
            "Beratung bei Fragen zu Erziehung, Geld und Wohnen.",
            "Unsere Sozialarbeiter:innen beraten vertraulich und helfen weiter.",
        ],
    ),
    (
        "gesundheit",
        ["senior-innen"],
        ["Seniorensport", "Gymnastik für Ältere", "Sturzprophylaxe"],
        [
            "Bewegung im Sitzen und Stehen, angepasst an jedes Alter.",
            "Wir halten uns fit mit leichten Übungen und viel Spaß.",
        ],
    ),
    (
        "gesundheit",
        ["nachbarschaft"],
        ["Gesundheitssprechstunde", "Offene Pflegeberatung"],
        [
            "Eine Ärztin beantwortet Fragen zur Gesundheit, ohne Termin.",
            "Beratung rund um Pflege, Krankenkasse und Hilfsmittel.",
        ],
    ),
    (
        "familie",
        ["familien", "kinder"],
        ["Krabbelgruppe", "Eltern-Kind-Café", "Familienfrühstück"],
        [
            "Eltern mit Babys und Kleinkindern treffen sich zum Spielen und Austauschen.",
            "Ein gemeinsames Frühstück für Familien aus dem Stadtteil.",
        ],
    ),
    (
        "familie",
        ["eltern"],
        ["Elterncafé", "Elternkurs Starke Eltern"],
        [
            "Eltern tauschen sich über den Alltag mit Kindern aus.",
            "Ein Kurs über Grenzen, Gefühle und gute Gespräche in der Familie.",
        ],
    ),
    (
        "freizeit",
        ["jugendliche"],
        ["Offener Jugendtreff", "Jugendcafé am Abend", "Kickerturnier"],
        [
            "Ein Ort für Jugendliche zum Chillen, Reden und Spielen.",
            "Wir haben Kicker, Billard, Musik und ein offenes Ohr.",
        ],
    ),
    (
        "freizeit",
        ["kinder"],
        ["Spielnachmittag", "Kinderclub", "Ferienprogramm"],
        [
            "Kinder spielen, basteln und toben gemeinsam.",
            "In den Ferien machen wir Ausflüge und Spiele im Stadtteil.",
        ],
    ),
    (
        "kultur",
        ["nachbarschaft"],
        ["Nachbarschaftschor", "Theatergruppe", "Lesekreis"],
        [
            "Wir singen Lieder aus vielen Ländern, Noten lesen ist nicht nötig.",
            "Gemeinsam proben wir ein Stück und spielen es im Sommer auf dem Platz.",
        ],
    ),
    (
        "kultur",
        ["kinder", "jugendliche"],
        ["Kreativwerkstatt", "Malen und Zeichnen", "Trommelkurs"],
        [
            "Kinder und Jugendliche malen, bauen und gestalten.",
            "Rhythmus für alle: wir trommeln zusammen.",
        ],
    ),
    (
        "sport",
        ["kinder", "jugendliche"],
        ["Fußball im Park", "Boxtraining", "Tanzgruppe"],
        [
            "Training für Kinder und Jugendliche, Sportsachen können geliehen werden.",
            "Bewegung, Teamgeist und Spaß für alle, die mitmachen wollen.",
        ],
    ),
    (
        "sport",
        ["frauen"],
        ["Schwimmkurs für Frauen", "Frauenfitness"],
        [
            "Ein Kurs nur für Frauen, mit Trainerin.",
            "Wir trainieren gemeinsam in einer geschützten Gruppe.",
        ],
    ),
    (
        "arbeit",
        ["junge-erwachsene"],
        ["Bewerbungswerkstatt", "Berufsorientierung", "Jobcafé"],
        [
            "Wir schreiben gemeinsam Bewerbungen und üben Vorstellungsgespräche.",
            "Junge Menschen finden heraus, welche Ausbildung zu ihnen passt.",
        ],
    ),
    (
        "nachbarschaft",
        ["nachbarschaft"],
        ["Nachbarschaftscafé", "Repair-Café", "Stadtteilfrühstück"],
        [
            "Einmal in der Woche treffen sich Nachbar:innen bei Kaffee und Kuchen.",
            "Kaputte Dinge reparieren wir gemeinsam, statt sie wegzuwerfen.",
        ],
    ),
    (
        "ernaehrung",
        ["nachbarschaft", "familien"],
        ["Kochen für alle", "Lebensmittelausgabe", "Gemeinsam kochen"],
        [
            "Wir kochen gemeinsam Gerichte aus aller Welt und essen zusammen.",
            "Lebensmittel, die sonst weggeworfen würden, werden verteilt.",
        ],
    ),
    (
        "umwelt",
        ["nachbarschaft", "kinder"],
        ["Gemeinschaftsgarten", "Müllsammelaktion", "Naturdetektive"],
        [
            "Wir gärtnern zusammen auf der Brache hinter dem Haus.",
            "Kinder entdecken Pflanzen und Tiere im Park.",
        ],
    ),
    (
        "teilhabe",
        ["jugendliche", "junge-erwachsene"],
        ["Jugendparlament", "Demokratiewerkstatt"],
        [
            "Jugendliche bringen ihre Ideen für den Stadtteil ein.",
            "Wir diskutieren, wie man im Viertel mitbestimmen kann.",
        ],
    ),
    (
        "bildung",
        ["senior-innen"],
        ["Computerkurs für Senior:innen", "Smartphone-Sprechstunde"],
        [
            "Wir erklären Smartphone, E-Mail und Videoanrufe in Ruhe.",
            "Fragen zum Handy? Jugendliche helfen Älteren geduldig.",
        ],
    ),
    (
        "bildung",
        ["menschen-mit-behinderung"],
        ["Inklusive Lerngruppe", "Leichte-Sprache-Treff"],
        [
            "Ein Angebot in Leichter Sprache, alle sind willkommen.",
            "Wir lernen zusammen, jede und jeder im eigenen Tempo.",
        ],
    ),
    (
        "beratung",
        ["frauen"],
        ["Frauenberatung", "Beratung bei Gewalt"],
        [
            "Vertrauliche Beratung für Frauen in schwierigen Lebenslagen.",
            "Wir hören zu und helfen weiter, auf Wunsch anonym.",
        ],
    ),
]

FILLER = [
    "Die Teilnahme ist kostenlos.",
    "Eine Anmeldung ist nicht nötig.",
    "Kommen Sie einfach vorbei!",
    "Der Raum ist barrierefrei.",
    "Bitte melden Sie sich vorher telefonisch an.",
    "In den Schulferien findet das Angebot nicht statt.",
    "Neue Gesichter sind herzlich willkommen.",
    "Das Projekt wird von der Stadt Leipzig gefördert.",
    "Wir sprechen auch Englisch und Arabisch.",
    "Der Eingang ist im Hinterhof.",
    "Kinderbetreuung ist möglich.",
    "Bei schönem Wetter sind wir draußen.",
    "Bringen Sie gern Freund:innen mit.",
    "Wir treffen uns jede Woche.",
    "Ein kleiner Imbiss wird angeboten.",
    "Die Gruppe ist klein, damit alle zu Wort kommen.",
    "Auch ohne Vorkenntnisse kann man mitmachen.",
    "Die Haltestelle der Straßenbahn ist gleich um die Ecke.",
    "Dolmetscher:innen können auf Wunsch dazukommen.",
    "Wir suchen noch Ehrenamtliche, die mithelfen.",
]

STREETS = [
    "Bautzmannstraße",
    "Gorkistraße",
    "Löbauer Straße",
    "Eisenbahnstraße",
    "Mariannenstraße",
    "Karl-Liebknecht-Straße",
    "Karl-Heine-Straße",
    "Georg-Schwarz-Straße",
    "Lützner Straße",
    "Stuttgarter Allee",
    "Georg-Schumann-Straße",
    "Delitzscher Straße",
    "Prager Straße",
    "Riebeckstraße",
    "Dresdner Straße",
    "Wurzner Straße",
    "Permoserstraße",
    "Holzhäuser Straße",
    "Wolfgang-Heinze-Straße",
    "Bornaische Straße",
    "Könneritzstraße",
    "Schönefelder Allee",
]

FIRST_NAMES = (
    "Anna Lena Fatima Olga Maria Sophie Aylin Hanna Mira Jana Emine Sara Katrin Petra Nour "
    "Jonas Lukas Ahmad Mehmet Paul Felix Omar Tim Stefan Thomas Yusuf Dmytro Karim Ben Jan"
).split()
LAST_NAMES = (
    "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter "
    "Klein Wolf Neumann Schwarz Zimmermann Krüger Hartmann Lange Yılmaz Kaya Nguyen Haddad "
    "Kowalski Popescu Petrenko Rahimi Schröder Köhler"
).split()

EVENT_KINDS = [
    "Stadtteilfest",
    "Flohmarkt im Hof",
    "Lesung für Kinder",
    "Infoabend",
    "Sommerfest",
    "Tag der offenen Tür",
    "Konzert im Park",
    "Workshop",
    "Filmabend",
    "Laternenumzug",
    "Parking Day",
    "Nachbarschaftsdinner",
    "Fachtag",
    "Ideencafé",
    "Putzaktion",
]

AGENDA_TOPICS = [
    "Berichte aus den Einrichtungen",
    "Planung des Stadtteilfests",
    "Neue Bedarfe im Viertel",
    "Fördermittel und Anträge",
    "Vorstellung eines neuen Mitglieds",
    "Ferienangebote abstimmen",
    "Öffentlichkeitsarbeit",
    "Rückblick auf die letzte Veranstaltung",
    "Räume und Kooperationen",
    "Sonstiges",
]
MINUTES_SENTENCES = [
    "Die Runde hat sich ausgetauscht und die nächsten Schritte besprochen.",
    "Mehrere Einrichtungen berichten von steigender Nachfrage.",
    "Es wird eine Arbeitsgruppe gebildet, die bis zum nächsten Treffen einen Vorschlag macht.",
    "Die Termine werden im gemeinsamen Kalender eingetragen.",
    "Für die Ferien fehlen noch Angebote für Jugendliche.",
    "Der Antrag wird gemeinsam gestellt; die Koordination übernimmt die Federführung.",
    "Alle Mitglieder erhalten das Protokoll per E-Mail.",
    "Das nächste Treffen findet wie geplant statt.",
]
DECISIONS = [
    "Beschluss: Das Netzwerk beteiligt sich am Stadtteilfest.",
    "Beschluss: Die Arbeitsgruppe Jugend trifft sich monatlich.",
    "Beschluss: Ein gemeinsamer Flyer wird gedruckt.",
    "Beschluss: Der Antrag wird bis Monatsende eingereicht.",
    "",
    "",
]

NEWS_TITLES = [
    "Rückblick auf das Stadtteilfest",
    "Neue Mitglieder im Netzwerk",
    "Ferienangebote für Kinder und Jugendliche",
    "Was wir beim Ideencafé gehört haben",
    "Fördermittel für Nachbarschaftsprojekte bewilligt",
    "Einladung zum Fachtag",
    "Neuer Treffpunkt für Familien eröffnet",
    "Ehrenamtliche gesucht",
    "Jahresbericht des Netzwerks",
    "Spendenaktion für den Gemeinschaftsgarten",
]
NEWS_SENTENCES = [
    "Viele Nachbar:innen sind gekommen und haben mitgefeiert.",
    "Wir danken allen Ehrenamtlichen für ihren Einsatz.",
    "Das Netzwerk wächst weiter und freut sich über neue Ideen.",
    "Die Angebote sind kostenlos und offen für alle.",
    "Gemeinsam wollen wir den Stadtteil lebenswerter machen.",
    "Fragen beantwortet die Koordination gern per E-Mail.",
    "Die Fotos der Veranstaltung finden Sie bald hier.",
    "Im nächsten Jahr soll es eine Fortsetzung geben.",
]
COMMENTS = [
    "Vielen Dank für den schönen Bericht!",
    "Wir waren dabei, es war toll.",
    "Gibt es das nächstes Jahr wieder?",
    "Super Sache, weiter so!",
    "Wo kann man sich als Ehrenamtliche melden?",
    "Danke an alle, die mitgeholfen haben.",
    "Meine Kinder fanden es großartig.",
    "Wann ist der nächste Termin?",
    "Ein wichtiges Thema für unser Viertel.",
    "Können wir als Verein auch mitmachen?",
    "Schön zu sehen, was im Stadtteil alles passiert.",
    "Gibt es Informationen auch auf Arabisch oder Ukrainisch?",
]
