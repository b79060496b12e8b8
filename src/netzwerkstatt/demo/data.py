"""The content of the demo installation, as plain data.

The network and its member organisations are real and described as on the
network's public page (June 2024); their offers, needs and times are realistic
but made up for the demo. Every person and every e-mail address is fictional;
e-mail addresses use the reserved example.org/.com/.net domains.

Taxonomy terms are referred to by the slugs of core's default taxonomy
(migration core 0002_default_taxonomy); the loader fails loudly if one is missing.
"""

from typing import Any, NamedTuple

DEMO_PASSWORD = "netzwerkstatt-demo"
DEMO_NETWORK_SLUG = "sis-schoenefeld"  # the reference network, shown on the start page

MO, DI, MI, DO, FR, SA, SO = range(7)

# Places, shared by organisations and offers:
# key -> (place name, street, postcode, district slug, latitude, longitude).
PLACES: dict[str, tuple[str, str, str, str, float, float]] = {
    "wiq-buero": (
        "WiQ-Stadtteilbüro Schönefeld",
        "Löbauer Straße 46",
        "04347",
        "schoenefeld",
        51.3668,
        12.4140,
    ),
    "frauen-treffpunkt": (
        "Treffpunkt Internationale Frauen",
        "Kohlgartenstraße 51",
        "04315",
        "neustadt-neuschoenefeld",
        51.3468,
        12.4047,
    ),
    "frauentreff-volksgarten": (
        "Frauen- und Familientreff Volksgartenstraße",
        "Volksgartenstraße 18",
        "04347",
        "schoenefeld",
        51.3622,
        12.4160,
    ),
    "nachbarschaftsladen": (
        "Nachbarschaftsladen Ossietzkystraße",
        "Ossietzkystraße 18",
        "04347",
        "schoenefeld-ost",
        51.3641,
        12.4246,
    ),
    "oberschule": (
        "20. Oberschule",
        "Ossietzkystraße 39",
        "04347",
        "schoenefeld-ost",
        51.3649,
        12.4262,
    ),
    "gorki120": (
        "Stadtteilprojekt Gorkistraße 120",
        "Gorkistraße 120",
        "04347",
        "schoenefeld-ost",
        51.3634,
        12.4231,
    ),
    "poliklinik": (
        "Poliklinik Leipzig",
        "Taubestraße 2",
        "04347",
        "schoenefeld",
        51.3596,
        12.4106,
    ),
    "cvjm-haus": (
        "Kinder- und Jugendhaus im Mariannenpark",
        "Schönefelder Allee 23a",
        "04347",
        "schoenefeld",
        51.3583,
        12.4123,
    ),
    "turnhalle": (
        "Turnhalle Waldbaurstraße",
        "Waldbaurstraße 4",
        "04347",
        "schoenefeld",
        51.3615,
        12.4040,
    ),
    "mariannenpark": (
        "Mariannenpark, Wiese am Spielplatz",
        "Mariannenstraße",
        "04347",
        "schoenefeld",
        51.3575,
        12.4150,
    ),
    "gemeinschaftsgarten": (
        "Gemeinschaftsgarten am Mariannenpark",
        "Mariannenstraße 60",
        "04347",
        "schoenefeld",
        51.3590,
        12.4165,
    ),
    "stoeckelplatz": (
        "Stöckelplatz",
        "Stöckelplatz",
        "04347",
        "schoenefeld",
        51.3655,
        12.4075,
    ),
    "kinderbuero-vor-ort": (
        "Kinder- und Jugendbüro vor Ort",
        "Bästleinstraße 10",
        "04347",
        "schoenefeld-ost",
        51.3672,
        12.4252,
    ),
    "daa": (
        "DAA Leipzig",
        "Rosa-Luxemburg-Straße 23",
        "04103",
        "leipzig-zentrum",
        51.3448,
        12.3912,
    ),
    "mockau": (
        "Bürgerhaus Mockau",
        "Kieler Straße 60",
        "04357",
        "mockau-sued",
        51.3702,
        12.4128,
    ),
}

NETWORKS: list[dict[str, Any]] = [
    {
        "slug": DEMO_NETWORK_SLUG,
        "name": "SIS – Synergien in Schönefeld",
        "tagline": (
            "Das Akteursnetzwerk für Kinder, Jugendliche, BIPoC und migrantische Menschen "
            "in Schönefeld"
        ),
        "description": (
            "Seit 2023 treffen sich in Schönefeld Organisationen, die mit Kindern, "
            "Jugendlichen, BIPoC und migrantischen Menschen arbeiten. Angefangen hat es mit "
            "den Sozialarbeiter:innen der RAA an der 20. Oberschule und dem Team der "
            "Internationalen Frauen e.V.; die ersten Treffen liefen so gut, dass schnell "
            "weitere Träger dazugekommen sind.\n\n"
            "Wir tauschen uns regelmäßig aus, sammeln, was den Menschen im Viertel fehlt, "
            "und stimmen unsere Angebote aufeinander ab, statt nebeneinanderher zu arbeiten. "
            "Neue Mitstreiter:innen sind herzlich willkommen."
        ),
        "goals": "\n".join(
            [
                "Zusammenkommen der Akteure: Den Austausch zwischen allen fördern, die in "
                "Schönefeld für Kinder, Jugendliche, BIPoC und migrantische Menschen aktiv "
                "sind.",
                "Ermittlung von Bedarfen: Herausfinden, was die Zielgruppen brauchen – "
                "besonders junge Menschen mit migrantischer Expertise – und was die "
                "Organisationen selbst brauchen.",
                "Synergien nutzen: Doppelte Arbeit und parallele Angebote vermeiden, "
                "wirksam zusammenarbeiten und die Stärken jeder Organisation einbringen.",
            ]
        ),
        "activities": "\n".join(
            [
                "Vernetzung der Akteure: Regelmäßige Treffen zum Austausch und für eine "
                "engere Zusammenarbeit.",
                "Updates und Information: Neuigkeiten aus den Projekten und aus dem Viertel "
                "weitergeben.",
                "Kooperation und Einladungen: Uns gegenseitig unterstützen und zu "
                "Veranstaltungen einladen, etwa zum „Ideencafé bei Marianne“.",
                "Gemeinsame Veranstaltungen: Aktionen wie den PARK(ing) Day zusammen planen "
                "und die Arbeit sinnvoll aufteilen.",
                "Austausch über Fehlstellen: Über Lücken, Herausforderungen, Bedarfe und "
                "vorhandene Angebote in Schönefeld sprechen.",
            ]
        ),
        "district": "schoenefeld",
        "founded_year": 2023,
    },
    {
        "slug": "netzwerk-leipzig-nordost",
        "name": "Stadtteilnetzwerk Leipziger Nordosten",
        "tagline": "Soziale Träger aus Schönefeld, Mockau und Volkmarsdorf im Austausch",
        "description": (
            "Ein offener Zusammenschluss sozialer Einrichtungen im Leipziger Nordosten. "
            "Wir treffen uns viermal im Jahr, stellen neue Angebote vor und planen den "
            "gemeinsamen Stadtteilkalender."
        ),
        "goals": "\n".join(
            [
                "Überblick: Wissen, wer im Nordosten welche Angebote macht.",
                "Abstimmung: Termine und Räume gemeinsam planen.",
            ]
        ),
        "activities": "\n".join(
            [
                "Quartalstreffen: Austausch reihum bei den Mitgliedern.",
                "Stadtteilkalender: Gemeinsamer Kalender für Feste und Aktionen.",
            ]
        ),
        "district": "mockau-sued",
        "founded_year": 2019,
    },
]

ORGANISATIONS: list[dict[str, Any]] = [
    {
        "slug": "wiq",
        "name": "WiQ – Wir im Quartier",
        "short_name": "WiQ",
        "legal_form": "foundation",
        "description": (
            "Wir im Quartier (WiQ) ist ein Projekt der Stiftung »Ecken wecken« für "
            "transformative Stadtteilarbeit. Es hat 2020 als Pilot im Leipziger Westen "
            "begonnen und ist seit 2023 auch im Leipziger Osten aktiv. WiQ unterstützt "
            "Menschen dabei, ihre Ideen für die Nachbarschaft in sogenannten Lösungsteams "
            "umzusetzen, und koordiniert das Netzwerk SIS."
        ),
        "strengths": (
            "Moderation und Beteiligungsformate, Kontakte in Verwaltung und Politik, "
            "das Ideenmobil für aufsuchende Arbeit, Arabischkenntnisse im Team."
        ),
        "target_groups": ["nachbarschaft", "jugendliche", "migrant-innen", "fachkraefte"],
        "topics": ["nachbarschaft", "teilhabe", "umwelt"],
        "place": "wiq-buero",
        "website": "https://stiftung-ecken-wecken.de/projekte/wir-im-quartier",
        "projects": [
            {
                "name": "Ideenmobil",
                "description": "Aufsuchende Beteiligung mit einem mobilen Stand im Stadtteil.",
            },
            {
                "name": "Lösungsteam „Marianne kickt“",
                "description": "Selbstorganisiertes Fußballspielen im Mariannenpark.",
            },
        ],
        "links": [
            ("instagram", "https://www.instagram.com/leipzig_wiq/"),
            ("facebook", "https://www.facebook.com/WirimQuartier"),
        ],
    },
    {
        "slug": "internationale-frauen",
        "name": "Internationale Frauen e.V.",
        "short_name": "Internationale Frauen",
        "legal_form": "ev",
        "description": (
            "Eine Selbstorganisation von Migrantinnen im Leipziger Osten, gegründet 2008. "
            "In interkulturellen Teams schaffen wir Begegnung, beraten in mehreren Sprachen "
            "und helfen Frauen und Familien, im Stadtteil Fuß zu fassen."
        ),
        "strengths": (
            "Mehrsprachiges Team (Arabisch, Farsi, Kurdisch, Russisch), Vertrauen in den "
            "Communities, Erfahrung mit Frauen- und Familienarbeit."
        ),
        "target_groups": ["frauen", "migrant-innen", "gefluechtete", "familien", "kinder"],
        "topics": ["sprache", "beratung", "nachbarschaft", "lernen"],
        "place": "frauen-treffpunkt",
        "website": "",
        "projects": [
            {
                "name": "Frauen- und Familientreff Volksgartenstraße",
                "description": "Treffpunkt in Schönefeld mit Sprachcafé und Beratung.",
            },
        ],
        "links": [],
    },
    {
        "slug": "raa-20-oberschule",
        "name": "RAA Leipzig & 20. Oberschule",
        "short_name": "RAA & 20. OS",
        "legal_form": "ev",
        "description": (
            "Die RAA Leipzig e.V. – Verein für interkulturelle Arbeit, Jugendhilfe und "
            "Schule – macht an der 20. Oberschule in Schönefeld-Ost Schulsozialarbeit. "
            "Mit dem Projekt „Über Generationen hinweg – aktiv lebensbegleitend lernen“ "
            "öffnet sich die Schule am Nachmittag, am Abend und in den Ferien für die "
            "ganze Nachbarschaft."
        ),
        "strengths": (
            "Direkter Draht zu Schüler:innen und Eltern, Räume und Außengelände der "
            "Schule, Erfahrung mit Elternarbeit."
        ),
        "target_groups": ["kinder", "jugendliche", "eltern", "senior-innen", "migrant-innen"],
        "topics": ["bildung", "lernen", "familie", "nachbarschaft"],
        "place": "oberschule",
        "website": "https://raa-leipzig.de",
        "projects": [
            {
                "name": "Über Generationen hinweg – aktiv lebensbegleitend lernen",
                "description": (
                    "Stadtteilarbeit aus der Schule heraus: Junge und ältere Menschen "
                    "lernen voneinander, die Schule wird zum Ort für alle."
                ),
                "partners": "20. Oberschule Leipzig",
            },
            {"name": "Schulsozialarbeit an der 20. Oberschule", "description": ""},
        ],
        "links": [],
    },
    {
        "slug": "malteser",
        "name": "Malteser Hilfsdienst e.V.",
        "short_name": "Malteser",
        "legal_form": "ev",
        "description": (
            "Der Malteser Hilfsdienst betreibt in Schönefeld-Ost das Stadtteilprojekt "
            "Gorkistraße 120: einen offenen Ort mit Beratung, Hausaufgabenhilfe, "
            "Nachbarschaftscafé und Angeboten für ältere Menschen."
        ),
        "strengths": (
            "Ehrenamtliche aus vielen Generationen, barrierefreie Räume im Erdgeschoss, "
            "Sozialberatung auf Deutsch und Arabisch."
        ),
        "target_groups": ["kinder", "familien", "senior-innen", "migrant-innen", "nachbarschaft"],
        "topics": ["beratung", "lernen", "nachbarschaft", "sprache"],
        "place": "gorki120",
        "website": "https://www.malteser.de",
        "projects": [
            {
                "name": "Stadtteilprojekt Gorkistraße 120",
                "description": "Offener Nachbarschaftsort mit Beratung und Begegnung.",
            },
        ],
        "links": [],
    },
    {
        "slug": "poliklinik",
        "name": "Poliklinik – Solidarisches Gesundheitszentrum Leipzig e.V.",
        "short_name": "Poliklinik",
        "legal_form": "ev",
        "description": (
            "Das solidarische Gesundheitszentrum in Schönefeld versteht Gesundheit "
            "sozial, körperlich und seelisch. Unter einem Dach gibt es Sozial-, "
            "Gesundheits- und psychosoziale Beratung, Gruppen zur Entspannung und Orte "
            "der Begegnung – niedrigschwellig und meist ohne Termin."
        ),
        "strengths": (
            "Fachwissen aus Medizin, Psychologie und Sozialarbeit; Verweisberatung in die "
            "Regelversorgung; Erfahrung mit Menschen ohne Krankenversicherung."
        ),
        "target_groups": ["nachbarschaft", "migrant-innen", "senior-innen", "familien"],
        "topics": ["gesundheit", "beratung", "nachbarschaft"],
        "place": "poliklinik",
        "website": "https://poliklinik-leipzig.org",
        "projects": [],
        "links": [],
    },
    {
        "slug": "cvjm",
        "name": "CVJM Leipzig e.V.",
        "short_name": "CVJM",
        "legal_form": "ev",
        "description": (
            "Der CVJM Leipzig betreibt das Kinder- und Jugendhaus im Mariannenpark mit "
            "offenen Treffs, Sport, Werkstätten und einem Familienzentrum. Menschen "
            "unterschiedlicher Kulturen und Konfessionen sind willkommen."
        ),
        "strengths": (
            "Großes Haus mit Außengelände, Sporthalle und Werkstatt; viele Ehrenamtliche; "
            "Ferien- und Freizeiterfahrung."
        ),
        "target_groups": ["kinder", "jugendliche", "familien", "maedchen"],
        "topics": ["freizeit", "sport", "lernen", "familie"],
        "place": "cvjm-haus",
        "website": "https://www.cvjm-leipzig.de",
        "projects": [
            {"name": "Kinder- und Jugendhaus im Mariannenpark", "description": ""},
            {"name": "Familienzentrum", "description": "Angebote für Eltern mit kleinen Kindern."},
        ],
        "links": [],
    },
    {
        "slug": "kulturkutsche-wilma",
        "name": "Kulturkutsche WILMA",
        "short_name": "WILMA",
        "legal_form": "initiative",
        "description": (
            "WILMA ist ein mobiler Kulturwagen, der Theater, Musik, Basteln und "
            "Geschichten dorthin bringt, wo sonst wenig Kultur stattfindet – auf Plätze, "
            "Höfe und Wiesen in Schönefeld."
        ),
        "strengths": (
            "Mobile Bühne und Technik, Künstler:innen aus vielen Sparten, Angebote unter "
            "freiem Himmel ohne Schwelle."
        ),
        "target_groups": ["kinder", "familien", "nachbarschaft"],
        "topics": ["kultur", "freizeit", "nachbarschaft"],
        "place": "stoeckelplatz",
        "website": "",
        "projects": [],
        "links": [],
    },
    {
        "slug": "kinder-und-jugendbuero",
        "name": "Leipziger Kinder- und Jugendbüro",
        "short_name": "Kinder- und Jugendbüro",
        "legal_form": "ev",
        "description": (
            "Das Kinder- und Jugendbüro vertritt die Interessen junger Menschen in "
            "Leipzig, macht Kinderrechte bekannt und beteiligt Kinder und Jugendliche an "
            "Entscheidungen, die sie betreffen – vom Spielplatz bis zur Schulhofgestaltung."
        ),
        "strengths": (
            "Beteiligungsverfahren mit Kindern und Jugendlichen, Workshops zu "
            "Kinderrechten, Kontakte in Stadtverwaltung und Politik."
        ),
        "target_groups": ["kinder", "jugendliche", "fachkraefte"],
        "topics": ["teilhabe", "familie", "bildung"],
        "place": "kinderbuero-vor-ort",
        "website": "https://leipziger-kinderbuero.de",
        "projects": [],
        "links": [],
    },
    {
        "slug": "daa",
        "name": "Deutsche Angestellten-Akademie (DAA)",
        "short_name": "DAA",
        "legal_form": "gmbh",
        "description": (
            "Die DAA begleitet mit den Projekten AVE und kommPAkT.LE migrantische Frauen "
            "und Männer auf dem Weg in Ausbildung und Arbeit. Wir beraten, vermitteln "
            "Kontakte zu Arbeitgeber:innen und sind teilweise schon in Schönefeld aktiv."
        ),
        "strengths": (
            "Kontakte zu Arbeitgeber:innen, Wissen über Anerkennung von Abschlüssen, "
            "Beratung in mehreren Sprachen."
        ),
        "target_groups": ["migrant-innen", "gefluechtete", "junge-erwachsene"],
        "topics": ["arbeit", "beratung", "sprache"],
        "place": "daa",
        "website": "https://www.daa.de",
        "projects": [
            {
                "name": "AVE",
                "description": "Beratung und Begleitung in Ausbildung und Arbeit.",
            },
            {
                "name": "kommPAkT.LE",
                "description": "Kompetenzen erkennen, Bewerbungen vorbereiten, Kontakte knüpfen.",
            },
        ],
        "links": [],
    },
]

# (network slug, organisation slug, role, joined on). The DAA is deliberately in
# no network yet: its request to join SIS is part of the demo story.
MEMBERSHIPS: list[tuple[str, str, str, str]] = [
    ("sis-schoenefeld", "wiq", "coordinator", "2023-03-14"),
    ("sis-schoenefeld", "raa-20-oberschule", "member", "2023-03-14"),
    ("sis-schoenefeld", "internationale-frauen", "member", "2023-03-14"),
    ("sis-schoenefeld", "malteser", "member", "2023-09-12"),
    ("sis-schoenefeld", "poliklinik", "member", "2023-09-12"),
    ("sis-schoenefeld", "cvjm", "member", "2023-11-07"),
    ("sis-schoenefeld", "kulturkutsche-wilma", "member", "2024-02-06"),
    ("sis-schoenefeld", "kinder-und-jugendbuero", "member", "2024-04-09"),
    ("netzwerk-leipzig-nordost", "malteser", "coordinator", "2019-05-02"),
    ("netzwerk-leipzig-nordost", "wiq", "member", "2023-06-20"),
    ("netzwerk-leipzig-nordost", "poliklinik", "member", "2021-01-19"),
    ("netzwerk-leipzig-nordost", "cvjm", "member", "2019-05-02"),
]


class DemoUser(NamedTuple):
    email: str
    display_name: str
    organisation: str  # slug, "" for none
    job_title: str
    role: str  # German, shown by the `demo` command
    is_superuser: bool = False
    #: Holds the installation-wide role "City-wide coordination", granted by the admin.
    is_citywide: bool = False


USERS: list[DemoUser] = [
    DemoUser(
        "admin@netzwerkstatt.example.org",
        "Netzwerkstatt-Admin",
        "",
        "",
        "Betrieb: Verwaltungsoberfläche (Django-Admin)",
        is_superuser=True,
    ),
    DemoUser(
        "koordination@wiq.example.org",
        "Jana Beispiel",
        "wiq",
        "Stadtteilkoordinatorin",
        "Koordination von SIS (WiQ)",
    ),
    DemoUser(
        "redaktion@frauen.example.org",
        "Leyla Mustafa-Probst",
        "internationale-frauen",
        "Projektleitung Frauentreff",
        "Mitglied: Internationale Frauen e.V.",
    ),
    DemoUser(
        "redaktion@raa.example.org",
        "Tobias Lernwerk",
        "raa-20-oberschule",
        "Schulsozialarbeiter",
        "Mitglied: RAA Leipzig & 20. Oberschule",
    ),
    DemoUser(
        "redaktion@malteser.example.org",
        "Karin Gorkowski",
        "malteser",
        "Leitung Stadtteilprojekt",
        "Mitglied: Malteser (Stadtteilprojekt Gorkistraße 120); koordiniert den Nordosten",
    ),
    DemoUser(
        "redaktion@poliklinik.example.net",
        "Sami Gesundmann",
        "poliklinik",
        "Sozialberatung",
        "Mitglied: Poliklinik",
    ),
    DemoUser(
        "redaktion@cvjm.example.net",
        "Felix Marianski",
        "cvjm",
        "Offene Kinder- und Jugendarbeit",
        "Mitglied: CVJM Leipzig",
    ),
    DemoUser(
        "redaktion@wilma.example.com",
        "Rosa Kutscher",
        "kulturkutsche-wilma",
        "Künstlerische Leitung",
        "Mitglied: Kulturkutsche WILMA",
    ),
    DemoUser(
        "redaktion@kinderbuero.example.com",
        "Noah Rechtsmann",
        "kinder-und-jugendbuero",
        "Kinder- und Jugendbeteiligung",
        "Mitglied: Leipziger Kinder- und Jugendbüro",
    ),
    DemoUser(
        "stadtplanung@leipzig.example.org",
        "Mira Stadtmann",
        "",
        "",
        "Stadtweite Koordination (Sozialplanung der Stadt): sieht SIS und den Nordosten",
        is_citywide=True,
    ),
]

#: The admin's note when granting the city-wide role (shown in the admin and the audit log).
CITYWIDE_ROLE_NOTE = "Sozialplanung der Stadt Leipzig (Demo)"

# Organisations with a profile but nobody on the platform yet. The DAA's profile waits for its
# people: when the coordinator accepts the DAA's join request (made from Meike Johnsen's
# comment), its contact person becomes its first staff member. An organisation with staff of
# its own would instead decide itself (consent rule), so the loader keeps these without staff.
ORGANISATIONS_WITHOUT_STAFF: list[str] = ["daa"]


class DemoLogin(NamedTuple):
    email: str
    role: str


DEMO_LOGINS: list[DemoLogin] = [DemoLogin(user.email, user.role) for user in USERS]

# Offers. Keys are Offer fields, plus: organisation (slug), place (key of PLACES),
# slots [(weekday, "HH:MM", "HH:MM"[, note])], status (default "active").
# Taxonomy fields list slugs; languages default to German.
OFFERS: list[dict[str, Any]] = [
    # --- WiQ ---------------------------------------------------------------
    {
        "organisation": "wiq",
        "title": "Kiezspaziergang durch Schönefeld",
        "summary": "Gemeinsam durchs Viertel laufen und sammeln, was gut ist und was fehlt.",
        "description": (
            "Einmal im Monat laden wir zu einem Spaziergang durch Schönefeld ein. Unterwegs "
            "erzählen Nachbar:innen von ihren Lieblingsorten und Ärgernissen. Was wir "
            "sammeln, nehmen wir mit ins Netzwerk und in die Lösungsteams."
        ),
        "target_groups": ["nachbarschaft", "senior-innen", "familien"],
        "topics": ["nachbarschaft", "teilhabe"],
        "languages": ["de", "ar"],
        "registration_note": "Ohne Anmeldung, Treffpunkt am Stöckelplatz.",
        "accessibility_note": "Die Strecke ist eben und rollstuhlgeeignet.",
        "wheelchair_accessible": True,
        "place": "stoeckelplatz",
        "contact_name": "Jana Beispiel",
        "slots": [(SA, "11:00", "13:00", "jeden ersten Samstag im Monat")],
    },
    {
        "organisation": "wiq",
        "title": "Ideenmobil im Mariannenpark",
        "summary": "Der mobile Ideenstand: Ihre Vorschläge für das Viertel, bei Kaffee und Tee.",
        "description": (
            "Mit dem Ideenmobil sind wir mitten im Park. Wer eine Idee für die "
            "Nachbarschaft hat, kann sie hier loswerden und Mitstreiter:innen finden. "
            "Wir helfen dabei, aus einer Idee ein Lösungsteam zu machen."
        ),
        "target_groups": ["nachbarschaft", "jugendliche", "migrant-innen"],
        "topics": ["teilhabe", "nachbarschaft"],
        "languages": ["de", "ar", "en"],
        "wheelchair_accessible": True,
        "place": "mariannenpark",
        "contact_name": "Jana Beispiel",
        "slots": [(MI, "15:00", "18:00", "April bis Oktober")],
    },
    {
        "organisation": "wiq",
        "title": "Marianne kickt – offenes Fußballspiel",
        "summary": "Selbstorganisiertes Fußballspielen für alle, die Lust haben.",
        "description": (
            "Im Stadtteil gibt es keinen frei zugänglichen Fußballplatz. Deshalb spielen "
            "wir jede Woche gemeinsam auf der Wiese im Mariannenpark. Alle sind "
            "willkommen, Vereinserfahrung braucht niemand."
        ),
        "target_groups": ["jugendliche", "junge-erwachsene", "maenner", "nachbarschaft"],
        "topics": ["sport", "nachbarschaft"],
        "languages": ["de", "ar", "fa"],
        "age_min": 14,
        "place": "mariannenpark",
        "contact_name": "Jana Beispiel",
        "slots": [(SO, "15:00", "17:00")],
    },
    {
        "organisation": "wiq",
        "title": "Gemeinschaftsgarten am Mariannenpark",
        "summary": "Gemeinsam gärtnern, ernten und voneinander lernen.",
        "description": (
            "In unseren Hochbeeten wachsen Gemüse, Kräuter und Blumen. Jede:r kann "
            "mitmachen, auch ohne Vorkenntnisse. Werkzeug und Saatgut sind da, die Ernte "
            "wird geteilt."
        ),
        "target_groups": ["nachbarschaft", "familien", "senior-innen"],
        "topics": ["umwelt", "ernaehrung", "nachbarschaft"],
        "wheelchair_accessible": True,
        "accessibility_note": "Zwei Hochbeete sind unterfahrbar.",
        "place": "gemeinschaftsgarten",
        "contact_name": "Ole Grünberg",
        "slots": [(MI, "17:00", "19:00"), (SA, "10:00", "13:00")],
    },
    {
        "organisation": "wiq",
        "title": "Spieleabend für die Nachbarschaft",
        "summary": "Brett- und Kartenspiele für Groß und Klein im Stadtteilbüro.",
        "description": (
            "Einmal im Monat wird im Stadtteilbüro gespielt. Spiele sind da, eigene dürfen "
            "gern mitgebracht werden. Der Abend pausiert, bis wir neue Ehrenamtliche "
            "gefunden haben."
        ),
        "target_groups": ["nachbarschaft", "familien"],
        "topics": ["freizeit", "nachbarschaft"],
        "place": "wiq-buero",
        "contact_name": "Ole Grünberg",
        "slots": [(FR, "18:00", "21:00", "jeden dritten Freitag im Monat")],
        "status": "paused",
    },
    # --- Internationale Frauen e.V. ---------------------------------------------
    {
        "organisation": "internationale-frauen",
        "title": "Hilfe bei den Hausaufgaben",
        "summary": "Ehrenamtliche helfen Grundschulkindern beim Lernen – auch auf Arabisch.",
        "description": (
            "Zweimal in der Woche unterstützen Ehrenamtliche Kinder der ersten bis vierten "
            "Klasse bei ihren Aufgaben. Wer noch nicht so gut Deutsch spricht, bekommt "
            "Erklärungen auch auf Arabisch oder Farsi. Eltern können gern dabei bleiben."
        ),
        "target_groups": ["kinder", "migrant-innen"],
        "topics": ["lernen", "bildung"],
        "languages": ["de", "ar", "fa"],
        "age_min": 6,
        "age_max": 10,
        "registration_note": "Bitte einmal vorher vorbeikommen und anmelden.",
        "place": "nachbarschaftsladen",
        "contact_name": "Leyla Mustafa-Probst",
        "slots": [(DI, "15:00", "17:00"), (DO, "15:00", "17:00")],
    },
    {
        "organisation": "internationale-frauen",
        "title": "Sprachcafé für Frauen",
        "summary": "Deutsch sprechen üben in entspannter Runde – mit Kinderbetreuung.",
        "description": (
            "Im Sprachcafé üben Frauen Deutsch im Gespräch: über den Alltag, Einkaufen, "
            "Arzttermine und Elternbriefe. Alle Sprachniveaus sind willkommen. Während des "
            "Cafés spielen die Kinder im Nebenraum."
        ),
        "target_groups": ["frauen", "migrant-innen", "gefluechtete"],
        "topics": ["sprache", "nachbarschaft"],
        "languages": ["de", "ar", "fa", "ku"],
        "registration_note": "Ohne Anmeldung.",
        "place": "frauentreff-volksgarten",
        "contact_name": "Leyla Mustafa-Probst",
        "slots": [(MI, "10:00", "12:00")],
    },
    {
        "organisation": "internationale-frauen",
        "title": "Migrationsberatung auf Arabisch und Deutsch",
        "summary": "Beratung zu Aufenthalt, Behördenpost, Jobcenter und Familiennachzug.",
        "description": (
            "Unsere Beraterinnen helfen bei Briefen von Ämtern, beim Ausfüllen von "
            "Anträgen und bei Fragen zum Aufenthalt. Die Beratung ist vertraulich und "
            "kostenlos. Termine gibt es auch kurzfristig."
        ),
        "target_groups": ["migrant-innen", "gefluechtete", "frauen", "familien"],
        "topics": ["beratung"],
        "languages": ["ar", "de"],
        "registration_note": "Offene Sprechstunde oder Termin nach Absprache.",
        "wheelchair_accessible": True,
        "place": "frauentreff-volksgarten",
        "contact_name": "Samira Haddad-Klein",
        "slots": [(MO, "10:00", "13:00"), (DO, "13:00", "16:00")],
    },
    {
        "organisation": "internationale-frauen",
        "title": "Interkulturelles Frauenfrühstück",
        "summary": "Einmal im Monat frühstücken Frauen aus aller Welt zusammen.",
        "description": (
            "Alle bringen etwas mit, wir decken gemeinsam den Tisch. Das Frühstück ist "
            "ein erster Kontakt für Frauen, die neu im Viertel sind. Wer wenig Deutsch "
            "spricht, bekommt eine Frau aus der eigenen Sprache zur Seite."
        ),
        "target_groups": ["frauen", "migrant-innen"],
        "topics": ["nachbarschaft", "ernaehrung"],
        "languages": ["de", "ar", "fa", "ru", "tr"],
        "place": "frauen-treffpunkt",
        "contact_name": "Leyla Mustafa-Probst",
        "slots": [(SA, "10:00", "12:00", "jeden letzten Samstag im Monat")],
    },
    {
        "organisation": "internationale-frauen",
        "title": "Jugendgruppe „Zwischen zwei Sprachen“",
        "summary": "Für Jugendliche, die mit Arabisch und Deutsch aufwachsen: reden und planen.",
        "description": (
            "In der Gruppe treffen sich Jugendliche, die zu Hause Arabisch und draußen "
            "Deutsch sprechen. Wir reden über Schule, Familie und Zukunftspläne und "
            "planen eigene Aktionen im Stadtteil. Die Gruppe ist kostenlos."
        ),
        "target_groups": ["jugendliche", "migrant-innen", "bipoc"],
        "topics": ["teilhabe", "freizeit", "sprache"],
        "languages": ["ar", "de"],
        "age_min": 13,
        "age_max": 18,
        "place": "frauentreff-volksgarten",
        "contact_name": "Samira Haddad-Klein",
        "slots": [(DI, "16:00", "18:00")],
    },
    {
        "organisation": "internationale-frauen",
        "title": "Nähwerkstatt für Frauen",
        "summary": "Nähen lernen, Kleidung reparieren und gemeinsam Neues schneidern.",
        "description": (
            "In der Nähwerkstatt standen drei Nähmaschinen für Frauen aus dem Viertel "
            "bereit. Das Angebot ist mit dem Ende der Förderung ausgelaufen."
        ),
        "target_groups": ["frauen", "migrant-innen"],
        "topics": ["freizeit", "nachbarschaft"],
        "languages": ["de", "ar"],
        "place": "frauen-treffpunkt",
        "contact_name": "Leyla Mustafa-Probst",
        "slots": [(MO, "14:00", "17:00")],
        "status": "ended",
    },
    # --- RAA Leipzig & 20. Oberschule -------------------------------------------
    {
        "organisation": "raa-20-oberschule",
        "title": "Lernförderung für Schüler:innen",
        "summary": "Hausaufgaben erledigen und Lernstoff nachholen – in der Schulbibliothek.",
        "description": (
            "Schüler:innen der dritten bis sechsten Klasse aus der Nachbarschaft können "
            "nachmittags in die Schulbibliothek kommen. Ältere Schüler:innen und "
            "Senior:innen aus dem Generationenprojekt helfen bei den Hausaufgaben und beim "
            "Lesen. Kinder von den umliegenden Grundschulen sind ausdrücklich willkommen."
        ),
        "target_groups": ["kinder", "eltern"],
        "topics": ["lernen", "bildung"],
        "languages": ["de"],
        "age_min": 8,
        "age_max": 12,
        "wheelchair_accessible": True,
        "accessibility_note": "Eingang über den Schulhof, Aufzug vorhanden.",
        "place": "oberschule",
        "contact_name": "Tobias Lernwerk",
        "slots": [(DI, "14:30", "16:30"), (DO, "14:30", "16:30")],
    },
    {
        "organisation": "raa-20-oberschule",
        "title": "Jugendclub am Abend",
        "summary": "Offener Treff im Schulhaus: Musik, Billard, Gespräche und eigene Projekte.",
        "description": (
            "Wenn der Unterricht vorbei ist, gehört das Erdgeschoss den Jugendlichen. Es "
            "gibt Billard, eine kleine Musikecke und Platz für eigene Ideen. "
            "Sozialarbeiter:innen der RAA sind da, wenn jemand reden möchte."
        ),
        "target_groups": ["jugendliche", "junge-erwachsene"],
        "topics": ["freizeit"],
        "languages": ["de", "ar"],
        "age_min": 12,
        "age_max": 21,
        "wheelchair_accessible": True,
        "place": "oberschule",
        "contact_name": "Tobias Lernwerk",
        "slots": [(DI, "17:30", "20:30"), (FR, "17:00", "21:00")],
    },
    {
        "organisation": "raa-20-oberschule",
        "title": "Elterncafé an der 20. Oberschule",
        "summary": "Eltern treffen sich morgens in der Schule, mit Sprachmittlung.",
        "description": (
            "Nach dem Schulbeginn trinken Eltern gemeinsam Kaffee und stellen ihre Fragen "
            "zu Schule, Zeugnissen und Übergängen. Lehrkräfte kommen regelmäßig dazu. "
            "Sprachmittler:innen übersetzen nach Absprache."
        ),
        "target_groups": ["eltern", "migrant-innen"],
        "topics": ["bildung", "familie"],
        "languages": ["de", "ar", "uk"],
        "wheelchair_accessible": True,
        "place": "oberschule",
        "contact_name": "Tobias Lernwerk",
        "slots": [(DO, "08:00", "09:30")],
    },
    {
        "organisation": "raa-20-oberschule",
        "title": "Generationen-Lernwerkstatt",
        "summary": "Junge und Ältere lernen voneinander: Handy, Handwerk, Geschichten.",
        "description": (
            "In der Lernwerkstatt des Projekts „Über Generationen hinweg“ zeigen "
            "Schüler:innen Senior:innen, wie das Smartphone funktioniert, und Ältere "
            "bringen ihr Handwerk und ihre Geschichten mit. So entsteht Kontakt zwischen "
            "Menschen, die sich sonst kaum begegnen."
        ),
        "target_groups": ["senior-innen", "jugendliche"],
        "topics": ["bildung", "nachbarschaft"],
        "wheelchair_accessible": True,
        "place": "oberschule",
        "contact_name": "Helga Brückner",
        "slots": [(MI, "14:00", "16:00")],
    },
    {
        "organisation": "raa-20-oberschule",
        "title": "Offene Schulbibliothek für die Nachbarschaft",
        "summary": "Bücher ausleihen, lesen und in Ruhe arbeiten – auch ohne Schulausweis.",
        "description": (
            "Die Schulbibliothek steht montags allen aus dem Viertel offen. Es gibt "
            "Kinderbücher in mehreren Sprachen, Zeitungen und ruhige Arbeitsplätze mit "
            "WLAN."
        ),
        "target_groups": ["nachbarschaft", "kinder", "familien"],
        "topics": ["bildung", "kultur"],
        "languages": ["de", "ar", "uk", "fa"],
        "wheelchair_accessible": True,
        "place": "oberschule",
        "contact_name": "Helga Brückner",
        "slots": [(MO, "14:00", "17:00")],
    },
    # --- Malteser ----------------------------------------------------------------
    {
        "organisation": "malteser",
        "title": "Hausaufgabenhilfe im Stadtteilprojekt",
        "summary": "Hausaufgabenhilfe für Grundschulkinder mit Obst und Pausenspiel.",
        "description": (
            "Ehrenamtliche begleiten Kinder der ersten bis vierten Klasse bei den "
            "Hausaufgaben. Nach der Arbeit wird gespielt. Die Gruppe ist klein, deshalb "
            "bitten wir um Anmeldung durch die Eltern."
        ),
        "target_groups": ["kinder", "familien"],
        "topics": ["lernen", "bildung"],
        "languages": ["de"],
        "age_min": 6,
        "age_max": 10,
        "registration_note": "Anmeldung durch die Eltern im Stadtteilprojekt.",
        "wheelchair_accessible": True,
        "place": "gorki120",
        "contact_name": "Karin Gorkowski",
        "slots": [(DI, "14:30", "16:30"), (DO, "14:30", "16:30")],
    },
    {
        "organisation": "malteser",
        "title": "Deutsch-Gesprächskreis für Frauen",
        "summary": "Alltagsdeutsch üben in einer kleinen Frauengruppe.",
        "description": (
            "Im Gesprächskreis üben Frauen Deutsch für den Alltag: beim Arzt, in der "
            "Schule, beim Einkaufen. Eine Ehrenamtliche leitet die Runde. Kleine Kinder "
            "dürfen mitkommen."
        ),
        "target_groups": ["frauen", "migrant-innen", "gefluechtete"],
        "topics": ["sprache"],
        "languages": ["de"],
        "wheelchair_accessible": True,
        "place": "gorki120",
        "contact_name": "Karin Gorkowski",
        "slots": [(MI, "09:30", "11:30")],
    },
    {
        "organisation": "malteser",
        "title": "Sozialberatung im Stadtteil – auch auf Arabisch",
        "summary": "Hilfe bei Anträgen, Bürgergeld, Wohnung und Schulden.",
        "description": (
            "Unsere Sozialberater:innen helfen bei Anträgen und Briefen von Ämtern, bei "
            "Fragen zu Bürgergeld, Wohngeld und Kinderzuschlag. Donnerstags berät eine "
            "Kollegin auf Arabisch. Die Beratung ist kostenlos und vertraulich."
        ),
        "target_groups": ["nachbarschaft", "migrant-innen", "familien"],
        "topics": ["beratung"],
        "languages": ["de", "ar"],
        "registration_note": "Offene Sprechstunde, Termine auch telefonisch.",
        "wheelchair_accessible": True,
        "place": "gorki120",
        "contact_name": "Yusuf Karimi",
        "slots": [(DI, "09:00", "12:00"), (DO, "13:00", "16:00", "auf Arabisch")],
    },
    {
        "organisation": "malteser",
        "title": "Nachbarschaftscafé Gorkistraße",
        "summary": "Kaffee, Kuchen und Gespräche für alle aus dem Viertel.",
        "description": (
            "Freitags ist das Stadtteilprojekt ein Café. Bei Kaffee und selbstgebackenem "
            "Kuchen lernen sich Nachbar:innen kennen. Eine Spende für den Kuchen ist "
            "willkommen, aber keine Pflicht."
        ),
        "target_groups": ["nachbarschaft", "senior-innen", "familien"],
        "topics": ["nachbarschaft"],
        "wheelchair_accessible": True,
        "place": "gorki120",
        "contact_name": "Karin Gorkowski",
        "slots": [(FR, "14:00", "17:00")],
    },
    {
        "organisation": "malteser",
        "title": "Seniorennachmittag",
        "summary": "Singen, Gedächtnistraining und Gesellschaft für ältere Nachbar:innen.",
        "description": (
            "Jeden Montag treffen sich ältere Menschen aus Schönefeld-Ost zum Singen, "
            "Spielen und Erzählen. Wer nicht mehr gut zu Fuß ist, wird auf Wunsch von "
            "Ehrenamtlichen abgeholt."
        ),
        "target_groups": ["senior-innen"],
        "topics": ["nachbarschaft", "gesundheit"],
        "is_free": False,
        "cost_note": "1 € für Kaffee und Kuchen",
        "wheelchair_accessible": True,
        "accessibility_note": "Abholdienst nach Absprache.",
        "place": "gorki120",
        "contact_name": "Gisela Hammer",
        "slots": [(MO, "14:00", "16:00")],
    },
    {
        "organisation": "malteser",
        "title": "Computer- und Handysprechstunde für Senior:innen",
        "summary": "Geduldige Hilfe bei Smartphone, Tablet und Online-Terminen.",
        "description": (
            "Ehrenamtliche erklären Schritt für Schritt, wie man Nachrichten schreibt, "
            "Fotos verschickt oder einen Termin beim Bürgeramt online bucht. Bitte das "
            "eigene Gerät mitbringen."
        ),
        "target_groups": ["senior-innen"],
        "topics": ["bildung"],
        "wheelchair_accessible": True,
        "registration_note": "Bitte einen Termin vereinbaren.",
        "place": "gorki120",
        "contact_name": "Gisela Hammer",
        "slots": [(DI, "10:00", "12:00")],
    },
    # --- Poliklinik ---------------------------------------------------------------
    {
        "organisation": "poliklinik",
        "title": "Gesundheitssprechstunde ohne Termin",
        "summary": "Fragen zu Gesundheit, Befunden und Arztsuche – offen für alle.",
        "description": (
            "Pflegefachkräfte und Ärzt:innen in Weiterbildung beantworten Fragen zu "
            "Beschwerden, Befunden und Medikamenten. Wir helfen, die richtige Praxis zu "
            "finden, auch für Menschen ohne Krankenversicherung. Dolmetschen ist nach "
            "Absprache möglich."
        ),
        "target_groups": ["nachbarschaft", "migrant-innen", "gefluechtete"],
        "topics": ["gesundheit", "beratung"],
        "languages": ["de", "en", "ar"],
        "wheelchair_accessible": True,
        "registration_note": "Ohne Termin, bitte mit etwas Wartezeit rechnen.",
        "place": "poliklinik",
        "contact_name": "Marta Heilmann",
        "slots": [(DI, "10:00", "12:00"), (DO, "16:00", "18:00")],
    },
    {
        "organisation": "poliklinik",
        "title": "Psychosoziale Beratung",
        "summary": "Gespräche in Lebenskrisen, bei Stress, Einsamkeit oder Sorgen.",
        "description": (
            "Psycholog:innen und Sozialarbeiter:innen nehmen sich Zeit für Ihre Sorgen. "
            "Gemeinsam suchen wir nach nächsten Schritten und vermitteln, wenn nötig, in "
            "Therapie oder Selbsthilfe. Die Beratung ist kostenlos."
        ),
        "target_groups": ["nachbarschaft", "junge-erwachsene", "migrant-innen"],
        "topics": ["gesundheit", "beratung"],
        "languages": ["de", "en", "fa"],
        "registration_note": "Termin nach telefonischer Absprache.",
        "place": "poliklinik",
        "contact_name": "Sami Gesundmann",
        "slots": [(MI, "13:00", "16:00")],
    },
    {
        "organisation": "poliklinik",
        "title": "Yoga und Entspannung für alle",
        "summary": "Sanftes Yoga und Atemübungen für jedes Alter und jeden Körper.",
        "description": (
            "Die Gruppe verbindet einfache Yoga-Übungen mit Entspannung. Vorkenntnisse "
            "braucht es nicht, Matten sind vorhanden. Wer nicht auf dem Boden üben kann, "
            "macht auf dem Stuhl mit."
        ),
        "target_groups": ["nachbarschaft", "frauen", "senior-innen"],
        "topics": ["gesundheit", "sport"],
        "is_free": False,
        "cost_note": "2 € pro Termin, mit Leipzig-Pass 1 €",
        "place": "poliklinik",
        "contact_name": "Marta Heilmann",
        "slots": [(MO, "18:00", "19:30")],
    },
    {
        "organisation": "poliklinik",
        "title": "Gesprächskreis „Gesund älter werden“",
        "summary": "Austausch über Gesundheit im Alter, mit kurzen Vorträgen.",
        "description": (
            "Im Gesprächskreis geht es um Bewegung, Ernährung, Vorsorge und Pflege. Er "
            "pausiert zurzeit, weil der Raum umgebaut wird."
        ),
        "target_groups": ["senior-innen"],
        "topics": ["gesundheit"],
        "place": "poliklinik",
        "contact_name": "Marta Heilmann",
        "slots": [(FR, "10:00", "11:30")],
        "status": "paused",
    },
    # --- CVJM ------------------------------------------------------------------------
    {
        "organisation": "cvjm",
        "title": "Offener Jugendtreff im Mariannenpark",
        "summary": "Kickern, Kochen, Musik und Ausflüge – der Treff für Jugendliche ab 12.",
        "description": (
            "Der Jugendtreff ist an drei Abenden offen. Es gibt Kicker, Tischtennis, eine "
            "Küche und Sozialpädagog:innen, die zuhören. Einmal im Monat planen die "
            "Jugendlichen selbst einen Ausflug. Der Eintritt ist frei."
        ),
        "target_groups": ["jugendliche"],
        "topics": ["freizeit", "sport"],
        "languages": ["de"],
        "age_min": 12,
        "age_max": 18,
        "wheelchair_accessible": True,
        "place": "cvjm-haus",
        "contact_name": "Felix Marianski",
        "slots": [(DI, "17:00", "21:00"), (DO, "17:00", "21:00"), (FR, "16:00", "20:00")],
    },
    {
        "organisation": "cvjm",
        "title": "Hausaufgabenzeit im Kinderhaus",
        "summary": "Erst die Hausaufgaben, dann spielen – für Kinder von 6 bis 12.",
        "description": (
            "Montags und mittwochs sitzen wir nach der Schule gemeinsam an den "
            "Hausaufgaben. Danach ist Zeit für Spiel und Bewegung im Garten."
        ),
        "target_groups": ["kinder"],
        "topics": ["lernen"],
        "age_min": 6,
        "age_max": 12,
        "wheelchair_accessible": True,
        "place": "cvjm-haus",
        "contact_name": "Felix Marianski",
        "slots": [(MO, "14:00", "16:00"), (MI, "14:00", "16:00")],
    },
    {
        "organisation": "cvjm",
        "title": "Mädchen-Sporttreff",
        "summary": "Fußball, Basketball und Tanzen – nur für Mädchen, mit Trainerinnen.",
        "description": (
            "In der Turnhalle gehört der Abend den Mädchen. Zwei Trainerinnen bieten "
            "Ballspiele, Tanz und Fitness an. Sportsachen können ausgeliehen werden."
        ),
        "target_groups": ["maedchen", "jugendliche"],
        "topics": ["sport", "freizeit"],
        "languages": ["de", "ar"],
        "age_min": 10,
        "age_max": 16,
        "place": "turnhalle",
        "contact_name": "Lina Korbmacher",
        "slots": [(MO, "17:00", "18:30")],
    },
    {
        "organisation": "cvjm",
        "title": "Fahrradwerkstatt zum Mitmachen",
        "summary": "Das eigene Rad reparieren, mit Werkzeug und Anleitung.",
        "description": (
            "In der Werkstatt im Hof zeigen Ehrenamtliche, wie man Schläuche flickt, "
            "Bremsen einstellt und Licht repariert. Ersatzteile gibt es zum "
            "Selbstkostenpreis, die Hilfe ist kostenlos."
        ),
        "target_groups": ["jugendliche", "nachbarschaft", "gefluechtete"],
        "topics": ["umwelt", "freizeit"],
        "languages": ["de", "en"],
        "cost_note": "Ersatzteile zum Selbstkostenpreis",
        "place": "cvjm-haus",
        "contact_name": "Bernd Speiche",
        "slots": [(MI, "16:00", "19:00"), (SA, "10:00", "14:00")],
    },
    {
        "organisation": "cvjm",
        "title": "Eltern-Kind-Café im Familienzentrum",
        "summary": "Treffpunkt für Eltern mit Kindern bis drei Jahre.",
        "description": (
            "Im Familienzentrum treffen sich Eltern mit Babys und Kleinkindern. Es gibt "
            "Frühstück, eine Spielecke und Antworten auf Fragen rund um Kita, Schlaf und "
            "Ernährung."
        ),
        "target_groups": ["eltern", "familien"],
        "topics": ["familie", "nachbarschaft"],
        "languages": ["de", "en"],
        "age_max": 3,
        "is_free": False,
        "cost_note": "Frühstück gegen Spende",
        "wheelchair_accessible": True,
        "place": "cvjm-haus",
        "contact_name": "Anne Wiegand",
        "slots": [(FR, "09:30", "11:30")],
    },
    # --- Kulturkutsche WILMA ------------------------------------------------------------
    {
        "organisation": "kulturkutsche-wilma",
        "title": "WILMA auf dem Stöckelplatz",
        "summary": "Der Kulturwagen macht Station: Theater, Musik und Basteln unter freiem Himmel.",
        "description": (
            "Jeden Donnerstag klappt WILMA ihre Bühne auf dem Stöckelplatz auf. Es gibt "
            "kurze Theaterstücke, Mitmachmusik und eine Bastelwerkstatt. Kinder, Eltern "
            "und alle, die vorbeikommen, machen mit."
        ),
        "target_groups": ["kinder", "familien", "nachbarschaft"],
        "topics": ["kultur", "freizeit"],
        "languages": ["de"],
        "wheelchair_accessible": True,
        "accessibility_note": "Ebener Platz, Sitzgelegenheiten vorhanden.",
        "place": "stoeckelplatz",
        "contact_name": "Rosa Kutscher",
        "slots": [(DO, "15:00", "18:00", "Mai bis September")],
    },
    {
        "organisation": "kulturkutsche-wilma",
        "title": "Theaterwerkstatt für Kinder",
        "summary": "Geschichten erfinden, Kostüme bauen und auf der Bühne stehen.",
        "description": (
            "In der Theaterwerkstatt entwickeln Kinder eigene Stücke. Am Ende der Saison "
            "spielen sie auf WILMAs Bühne vor Publikum. Deutschkenntnisse sind nicht "
            "nötig, gespielt wird auch ohne Worte."
        ),
        "target_groups": ["kinder"],
        "topics": ["kultur"],
        "languages": ["de", "ar", "uk"],
        "age_min": 7,
        "age_max": 12,
        "place": "cvjm-haus",
        "contact_name": "Rosa Kutscher",
        "slots": [(MO, "15:30", "17:00")],
    },
    {
        "organisation": "kulturkutsche-wilma",
        "title": "Erzählcafé mit Musik",
        "summary": "Ältere Nachbar:innen erzählen aus dem alten Schönefeld, dazu Lieder.",
        "description": (
            "Im Erzählcafé erinnern sich ältere Menschen an das Schönefeld von früher. "
            "Eine Musikerin begleitet mit Liedern von damals. Junge Gäste hören zu und "
            "fragen nach."
        ),
        "target_groups": ["senior-innen", "nachbarschaft"],
        "topics": ["kultur", "nachbarschaft"],
        "wheelchair_accessible": True,
        "place": "gorki120",
        "contact_name": "Rosa Kutscher",
        "slots": [(MI, "15:00", "16:30", "jeden zweiten Mittwoch")],
    },
    # --- Leipziger Kinder- und Jugendbüro --------------------------------------------------
    {
        "organisation": "kinder-und-jugendbuero",
        "title": "Kinderrechte-Workshop für Schulklassen",
        "summary": "Was steht in der UN-Kinderrechtskonvention – und was heißt das bei uns?",
        "description": (
            "In einem Vormittag lernen Kinder ihre Rechte kennen und prüfen, wo sie in "
            "Schule und Stadtteil schon gelten. Der Workshop kommt in die Klasse. "
            "Lehrkräfte bekommen Material zum Weiterarbeiten."
        ),
        "target_groups": ["kinder", "fachkraefte"],
        "topics": ["teilhabe", "bildung"],
        "age_min": 8,
        "age_max": 12,
        "registration_note": "Buchung durch die Schule, mindestens vier Wochen im Voraus.",
        "place": "kinderbuero-vor-ort",
        "contact_name": "Noah Rechtsmann",
        "slots": [(MI, "08:30", "12:00", "nach Vereinbarung")],
    },
    {
        "organisation": "kinder-und-jugendbuero",
        "title": "Kindersprechstunde im Stadtteil",
        "summary": "Kinder sagen, was sie stört und was sie sich wünschen – wir hören zu.",
        "description": (
            "Einmal in der Woche können Kinder mit ihren Anliegen zu uns kommen: ein "
            "kaputter Spielplatz, ein gefährlicher Schulweg, Streit mit Erwachsenen. Wir "
            "nehmen das ernst und bringen es an die richtige Stelle."
        ),
        "target_groups": ["kinder"],
        "topics": ["teilhabe", "beratung"],
        "age_min": 6,
        "age_max": 13,
        "place": "kinderbuero-vor-ort",
        "contact_name": "Noah Rechtsmann",
        "slots": [(MI, "15:00", "16:30")],
    },
    {
        "organisation": "kinder-und-jugendbuero",
        "title": "Stadtteil-Check für Jugendliche",
        "summary": "Jugendliche prüfen ihr Viertel und stellen die Ergebnisse der Politik vor.",
        "description": (
            "Mit Kamera und Karte ziehen Jugendliche durch Schönefeld und halten fest, wo "
            "es Treffpunkte gibt und wo sie fehlen. Die Ergebnisse präsentieren sie "
            "selbst in der Kommunalpolitik. Die Teilnahme ist kostenlos."
        ),
        "target_groups": ["jugendliche"],
        "topics": ["teilhabe", "freizeit"],
        "languages": ["de"],
        "age_min": 13,
        "age_max": 19,
        "place": "kinderbuero-vor-ort",
        "contact_name": "Noah Rechtsmann",
        "slots": [(DI, "16:30", "18:30")],
    },
    # --- DAA (outside the network) -------------------------------------------------------
    {
        "organisation": "daa",
        "title": "AVE – Beratung auf dem Weg in Ausbildung und Arbeit",
        "summary": "Persönliche Begleitung für Migrant:innen bei Ausbildung, Job und Anerkennung.",
        "description": (
            "Im Projekt AVE klären wir gemeinsam, welche Abschlüsse anerkannt werden "
            "können, welche Ausbildung passt und wie der Weg dorthin aussieht. Wir "
            "begleiten zu Terminen und stellen Kontakte zu Betrieben her."
        ),
        "target_groups": ["migrant-innen", "gefluechtete", "junge-erwachsene"],
        "topics": ["arbeit", "beratung"],
        "languages": ["de", "ar", "fa", "uk"],
        "age_min": 18,
        "registration_note": "Termin nach Vereinbarung.",
        "wheelchair_accessible": True,
        "place": "daa",
        "contact_name": "Sabine Ostwald",
        "slots": [(DI, "09:00", "15:00"), (DO, "09:00", "12:00")],
    },
    {
        "organisation": "daa",
        "title": "kommPAkT.LE – Bewerbungswerkstatt",
        "summary": "Lebenslauf, Anschreiben und Vorstellungsgespräch gemeinsam vorbereiten.",
        "description": (
            "In der Bewerbungswerkstatt schreiben wir Lebensläufe, üben "
            "Vorstellungsgespräche und suchen passende Stellen. Ein Laptop und ein "
            "Drucker stehen bereit."
        ),
        "target_groups": ["migrant-innen", "junge-erwachsene", "frauen"],
        "topics": ["arbeit"],
        "languages": ["de", "en"],
        "age_min": 18,
        "wheelchair_accessible": True,
        "place": "daa",
        "contact_name": "Sabine Ostwald",
        "slots": [(MI, "09:00", "12:00")],
    },
]

# Needs of the SIS network. answering_offers lists (organisation slug, offer title).
# Translations that members wrote for a few offers and one profile, so that pages in other
# languages show translated content next to content that is "only in German".
# Keys: (organisation slug, offer title) or organisation slug; values: {language: {field: text}}.
# Languages the installation does not offer are left out when loading.
OFFER_TRANSLATIONS: dict[tuple[str, str], dict[str, dict[str, str]]] = {
    ("internationale-frauen", "Hilfe bei den Hausaufgaben"): {
        "en": {
            "title": "Homework help",
            "summary": "Volunteers help primary school children learn – in Arabic too.",
        },
        "ar": {
            "title": "المساعدة في الواجبات المدرسية",
            "summary": (
                "متطوعون ومتطوعات يساعدون أطفال المرحلة الابتدائية في التعلّم – بالعربية أيضًا."
            ),
            "description": (
                "مرتين في الأسبوع يساعد متطوعون ومتطوعات أطفال الصفوف من الأول إلى الرابع "
                "في واجباتهم. من لا يتكلم الألمانية جيدًا بعد، يحصل على شرح بالعربية أو "
                "الفارسية أيضًا. يمكن للأهل البقاء مع أطفالهم."
            ),
            "registration_note": "يرجى الحضور مرة واحدة قبل البدء للتسجيل.",
        },
        "uk": {
            "title": "Допомога з домашніми завданнями",
            "summary": "Волонтери допомагають учням початкової школи з навчанням.",
        },
    },
    ("internationale-frauen", "Migrationsberatung auf Arabisch und Deutsch"): {
        "ar": {
            "title": "استشارات الهجرة بالعربية والألمانية",
            "summary": "استشارات حول الإقامة ورسائل الدوائر الرسمية ومركز العمل ولمّ الشمل.",
            "description": (
                "تساعدك مستشاراتنا في فهم رسائل الدوائر الرسمية وتعبئة الطلبات وفي أسئلة "
                "الإقامة. الاستشارة سرّية ومجانية، ويمكن الحصول على موعد قريب."
            ),
            "registration_note": "ساعات استقبال مفتوحة أو موعد بالاتفاق.",
        },
    },
    ("raa-20-oberschule", "Elterncafé an der 20. Oberschule"): {
        "uk": {
            "title": "Кафе для батьків у 20-й середній школі",
            "summary": "Батьки зустрічаються зранку в школі, з перекладом.",
            "description": (
                "Після початку уроків батьки разом п'ють каву й ставлять запитання про "
                "школу, табелі та перехід до наступного класу. Регулярно приходять учителі. "
                "Перекладачі допомагають за домовленістю."
            ),
        },
        "ar": {"title": "مقهى الأهل في المدرسة الثانوية رقم 20"},
    },
}

ORGANISATION_TRANSLATIONS: dict[str, dict[str, dict[str, str]]] = {
    "internationale-frauen": {
        "en": {
            "description": (
                "A self-organisation of migrant women in Leipzig's east, founded in 2008. In "
                "intercultural teams we create encounters, advise in several languages and "
                "help women and families find their feet in the neighbourhood."
            ),
        },
        "ar": {
            "description": (
                "منظمة ذاتية لنساء مهاجرات في شرق لايبزيغ، تأسست عام 2008. في فرق متعددة "
                "الثقافات نخلق فرصًا للقاء، ونقدّم الاستشارة بعدة لغات، ونساعد النساء والعائلات "
                "على الاستقرار في الحي."
            ),
        },
        "uk": {
            "description": (
                "Самоорганізація жінок-мігранток на сході Лейпцига, заснована 2008 року. В "
                "інтеркультурних командах ми створюємо зустрічі, консультуємо кількома мовами й "
                "допомагаємо жінкам і родинам облаштуватися в районі."
            ),
        },
    },
}

NEEDS: list[dict[str, Any]] = [
    {
        "title": "Hausaufgabenbetreuung für Grundschulkinder am Nachmittag",
        "description": (
            "Viele Eltern können ihren Kindern bei den Hausaufgaben nicht helfen, oft "
            "wegen der Sprache. Die Lehrkräfte der Grundschulen sehen große Lücken ab der "
            "dritten Klasse."
        ),
        "scope": "target_group",
        "target_groups": ["kinder", "eltern", "migrant-innen"],
        "topics": ["lernen"],
        "district": "schoenefeld-ost",
        "raised_by": "raa-20-oberschule",
        "raised_at": "Elternabend 20. Oberschule",
        "raised_on": "2025-02-19",
        "priority": "high",
        "status": "met",
        "answering_offers": [
            ("malteser", "Hausaufgabenhilfe im Stadtteilprojekt"),
            ("internationale-frauen", "Hilfe bei den Hausaufgaben"),
            ("raa-20-oberschule", "Lernförderung für Schüler:innen"),
        ],
    },
    {
        "title": "Deutsch üben für Mütter mit kleinen Kindern",
        "description": (
            "Frauen mit kleinen Kindern schaffen keinen Integrationskurs, weil es keine "
            "Kinderbetreuung gibt. Sie wünschen sich Sprachpraxis in der Nähe, mit Platz "
            "für die Kinder."
        ),
        "scope": "target_group",
        "target_groups": ["frauen", "migrant-innen", "eltern"],
        "topics": ["sprache"],
        "district": "schoenefeld",
        "raised_by": "internationale-frauen",
        "raised_at": "Netzwerktreffen März 2025",
        "raised_on": "2025-03-11",
        "priority": "high",
        "status": "in_progress",
        "answering_offers": [
            ("internationale-frauen", "Sprachcafé für Frauen"),
            ("malteser", "Deutsch-Gesprächskreis für Frauen"),
        ],
    },
    {
        "title": "Ferienangebote für Jugendliche im Sommer",
        "description": (
            "In den Sommerferien schließen viele Treffs oder haben nur Angebote für "
            "Kinder. Jugendliche zwischen 13 und 17 hängen dann im Park herum, es gibt "
            "Ärger mit Anwohnenden. Gebraucht werden Ausflüge, Workshops oder ein "
            "Ferientreff."
        ),
        "scope": "target_group",
        "target_groups": ["jugendliche"],
        "topics": ["freizeit"],
        "district": "schoenefeld",
        "raised_by": "cvjm",
        "raised_at": "Netzwerktreffen Juni 2025",
        "raised_on": "2025-06-10",
        "priority": "high",
        "status": "open",
        "answering_offers": [],
    },
    {
        "title": "Beratung auf Tigrinya",
        "description": (
            "In der Gesundheitssprechstunde kommen immer mehr Menschen aus Eritrea. Für "
            "Tigrinya gibt es im Stadtteil weder Beratung noch Sprachmittlung; "
            "Dolmetschen über Dritte klappt nur selten."
        ),
        "scope": "target_group",
        "target_groups": ["gefluechtete", "migrant-innen"],
        "topics": ["beratung", "gesundheit"],
        "district": "schoenefeld",
        "raised_by": "poliklinik",
        "raised_at": "Netzwerktreffen September 2025",
        "raised_on": "2025-09-09",
        "priority": "medium",
        "status": "open",
        "answering_offers": [],
    },
    {
        "title": "Sichere Treffpunkte für Mädchen am Abend",
        "description": (
            "Mädchen erzählen, dass sie abends nicht in den Park gehen, weil sie sich dort "
            "unsicher fühlen. Die Jugendtreffs werden vor allem von Jungen genutzt. "
            "Gebraucht wird ein Raum nur für Mädchen, auch nach 19 Uhr."
        ),
        "scope": "target_group",
        "target_groups": ["maedchen", "jugendliche"],
        "topics": ["freizeit", "teilhabe"],
        "district": "schoenefeld",
        "raised_by": "kinder-und-jugendbuero",
        "raised_at": "Ideencafé bei Marianne",
        "raised_on": "2025-05-21",
        "priority": "high",
        "status": "open",
        "answering_offers": [],
    },
    {
        "title": "Räume für Gruppenangebote am Nachmittag",
        "description": (
            "Unser Treffpunkt ist nachmittags voll belegt. Für eine zweite Jugendgruppe "
            "und einen Nähkurs suchen wir einen Raum für 15 Personen in Schönefeld, "
            "mindestens zwei Nachmittage pro Woche."
        ),
        "scope": "organisation",
        "target_groups": [],
        "topics": ["nachbarschaft"],
        "district": "schoenefeld",
        "raised_by": "internationale-frauen",
        "raised_at": "Netzwerktreffen Januar 2026",
        "raised_on": "2026-01-13",
        "priority": "medium",
        "status": "open",
        "answering_offers": [],
        # Shown on the network's page under "Wir suchen", with what visitors read.
        "public_description": (
            "Wir suchen einen Raum für etwa 15 Personen in Schönefeld, an zwei "
            "Nachmittagen pro Woche, für eine Jugendgruppe und einen Nähkurs. Haben Sie "
            "einen Gemeinderaum, ein Vereinsheim oder einen Laden mit Platz? Schreiben Sie "
            "uns."
        ),
        "help_offers": [
            {
                "name": "Jonas Beispiel",
                "email": "jonas.beispiel@example.org",
                "organisation_name": "Kleingartenverein Am Abtnaundorfer Park",
                "message": (
                    "Unser Vereinsheim steht dienstags und donnerstags ab 14 Uhr leer. "
                    "Es hat Tische für 20 Personen und eine Küche."
                ),
            }
        ],
    },
    {
        "title": "Hilfe bei Behördenpost auf Arabisch",
        "description": (
            "Familien aus Syrien und dem Irak bekommen Briefe vom Jobcenter und der "
            "Familienkasse, die sie nicht verstehen. Fristen verstreichen, Leistungen "
            "fallen weg."
        ),
        "scope": "target_group",
        "target_groups": ["migrant-innen", "familien"],
        "topics": ["beratung"],
        "district": "schoenefeld-ost",
        "raised_by": "malteser",
        "raised_at": "Netzwerktreffen März 2025",
        "raised_on": "2025-03-11",
        "priority": "high",
        "status": "met",
        "answering_offers": [
            ("internationale-frauen", "Migrationsberatung auf Arabisch und Deutsch"),
            ("malteser", "Sozialberatung im Stadtteil – auch auf Arabisch"),
        ],
    },
    {
        "title": "Offene Treffs für Jugendliche am Abend",
        "description": (
            "Jugendliche aus Schönefeld-Ost haben nach 17 Uhr keinen Ort, an dem sie "
            "sich drinnen treffen können. Gewünscht: Musik, Billard, jemand zum Reden."
        ),
        "scope": "target_group",
        "target_groups": ["jugendliche"],
        "topics": ["freizeit"],
        "district": "schoenefeld-ost",
        "raised_by": "wiq",
        "raised_at": "Ideencafé bei Marianne",
        "raised_on": "2025-05-21",
        "priority": "medium",
        "status": "met",
        "answering_offers": [
            ("cvjm", "Offener Jugendtreff im Mariannenpark"),
            ("raa-20-oberschule", "Jugendclub am Abend"),
        ],
    },
    {
        "title": "Niedrigschwellige Gesundheitsberatung im Viertel",
        "description": (
            "Viele Nachbar:innen haben keine Hausarztpraxis oder trauen sich nicht hin. "
            "Sie brauchen eine Anlaufstelle ohne Termin, die erklärt und weitervermittelt."
        ),
        "scope": "target_group",
        "target_groups": ["nachbarschaft", "migrant-innen"],
        "topics": ["gesundheit"],
        "district": "schoenefeld",
        "raised_by": "malteser",
        "raised_at": "Netzwerktreffen Juni 2025",
        "raised_on": "2025-06-10",
        "priority": "medium",
        "status": "met",
        "answering_offers": [("poliklinik", "Gesundheitssprechstunde ohne Termin")],
    },
    {
        "title": "Begegnung für ältere Nachbar:innen",
        "description": (
            "In Schönefeld-Ost leben besonders viele Hochbetagte, viele davon allein. "
            "Es fehlen Orte, an denen sie andere treffen, ohne weit laufen zu müssen."
        ),
        "scope": "target_group",
        "target_groups": ["senior-innen"],
        "topics": ["nachbarschaft"],
        "district": "schoenefeld-ost",
        "raised_by": "raa-20-oberschule",
        "raised_at": "Netzwerktreffen September 2025",
        "raised_on": "2025-09-09",
        "priority": "medium",
        "status": "in_progress",
        "answering_offers": [
            ("malteser", "Seniorennachmittag"),
            ("kulturkutsche-wilma", "Erzählcafé mit Musik"),
            ("raa-20-oberschule", "Generationen-Lernwerkstatt"),
        ],
    },
    {
        "title": "Kinder an Entscheidungen im Stadtteil beteiligen",
        "description": (
            "Bei der Neugestaltung des Stöckelplatzes wurden Kinder nicht gefragt. Wir "
            "wollen, dass Kinder ihre Ideen regelmäßig einbringen können."
        ),
        "scope": "target_group",
        "target_groups": ["kinder"],
        "topics": ["teilhabe"],
        "district": "schoenefeld",
        "raised_by": "kinder-und-jugendbuero",
        "raised_at": "Netzwerktreffen November 2025",
        "raised_on": "2025-11-11",
        "priority": "medium",
        "status": "in_progress",
        "answering_offers": [
            ("kinder-und-jugendbuero", "Kindersprechstunde im Stadtteil"),
            ("kinder-und-jugendbuero", "Kinderrechte-Workshop für Schulklassen"),
        ],
    },
    {
        "title": "Kultur draußen und kostenlos für Familien",
        "description": (
            "Familien mit wenig Geld kommen kaum ins Theater oder Museum. Kultur direkt "
            "auf den Plätzen im Viertel erreicht sie viel besser."
        ),
        "scope": "target_group",
        "target_groups": ["familien", "kinder"],
        "topics": ["kultur"],
        "district": "schoenefeld",
        "raised_by": "wiq",
        "raised_at": "Kiezspaziergang Mai 2025",
        "raised_on": "2025-05-03",
        "priority": "low",
        "status": "met",
        "answering_offers": [("kulturkutsche-wilma", "WILMA auf dem Stöckelplatz")],
    },
    {
        "title": "Kostenloser Sport für Mädchen",
        "description": (
            "Im Sportverein sind die Beiträge für viele Familien zu hoch, und manche "
            "Eltern erlauben nur Sport in reinen Mädchengruppen."
        ),
        "scope": "target_group",
        "target_groups": ["maedchen"],
        "topics": ["sport"],
        "district": "schoenefeld",
        "raised_by": "raa-20-oberschule",
        "raised_at": "Elternabend 20. Oberschule",
        "raised_on": "2025-02-19",
        "priority": "medium",
        "status": "in_progress",
        "answering_offers": [("cvjm", "Mädchen-Sporttreff")],
    },
    {
        "title": "Fahrräder reparieren, ohne viel Geld auszugeben",
        "description": (
            "Viele Jugendliche und Geflüchtete sind auf das Fahrrad angewiesen, eine "
            "Reparatur in der Werkstatt können sie sich aber nicht leisten."
        ),
        "scope": "target_group",
        "target_groups": ["jugendliche", "gefluechtete"],
        "topics": ["umwelt"],
        "district": "schoenefeld",
        "raised_by": "wiq",
        "raised_at": "Kiezspaziergang Mai 2025",
        "raised_on": "2025-05-03",
        "priority": "low",
        "status": "met",
        "answering_offers": [("cvjm", "Fahrradwerkstatt zum Mitmachen")],
    },
    {
        "title": "Sprachmittler:innen für Elterngespräche",
        "description": (
            "Für Elterngespräche auf Arabisch, Farsi und Ukrainisch fehlen uns "
            "Sprachmittler:innen, die kurzfristig kommen können. Ein gemeinsamer Pool "
            "im Netzwerk würde allen helfen."
        ),
        "scope": "organisation",
        "target_groups": ["eltern", "migrant-innen"],
        "topics": ["sprache", "bildung"],
        "district": "schoenefeld-ost",
        "raised_by": "raa-20-oberschule",
        "raised_at": "Netzwerktreffen November 2025",
        "raised_on": "2025-11-11",
        "priority": "high",
        "status": "open",
        "answering_offers": [],
    },
    {
        "title": "Gemeinsame Öffentlichkeitsarbeit des Netzwerks",
        "description": (
            "Jede Organisation macht ihre eigenen Flyer. Ein gemeinsamer "
            "Angebotsüberblick für Schönefeld, mehrsprachig, würde mehr Menschen "
            "erreichen."
        ),
        "scope": "organisation",
        "target_groups": [],
        "topics": ["nachbarschaft"],
        "district": "schoenefeld",
        "raised_by": "wiq",
        "raised_at": "Netzwerktreffen Januar 2026",
        "raised_on": "2026-01-13",
        "priority": "low",
        "status": "in_progress",
        "answering_offers": [],
    },
    {
        "title": "Übergang von der Schule in Ausbildung begleiten",
        "description": (
            "Viele Schüler:innen der 9. und 10. Klasse mit Fluchterfahrung wissen nicht, "
            "welche Ausbildung zu ihnen passt. Im Netzwerk gibt es dazu bisher kein "
            "Angebot; die DAA hat Interesse an einer Mitarbeit bekundet."
        ),
        "scope": "target_group",
        "target_groups": ["jugendliche", "junge-erwachsene", "gefluechtete"],
        "topics": ["arbeit", "bildung"],
        "district": "schoenefeld-ost",
        "raised_by": "raa-20-oberschule",
        "raised_at": "Netzwerktreffen Januar 2026",
        "raised_on": "2026-01-13",
        "priority": "medium",
        "status": "open",
        "answering_offers": [],
    },
    {
        # Linked by hand to an offer the synergy search does not suggest for it: the need's
        # page shows coordinators how to teach the search this situation.
        "title": "Nach dem Feuerwerk findet Herr A. keine Ruhe",
        "description": (
            "Seit Silvester schläft der Vater kaum noch und zuckt bei jedem lauten Knall "
            "zusammen. Die Familie ist vor einem Jahr aus Syrien gekommen; die Kinder "
            "erzählen im Elterncafé davon."
        ),
        "scope": "target_group",
        "target_groups": ["migrant-innen"],
        "topics": ["gesundheit"],
        "district": "schoenefeld",
        "raised_by": "poliklinik",
        "raised_at": "Elterncafé an der 20. Oberschule",
        "raised_on": "2026-01-20",
        "priority": "medium",
        "status": "in_progress",
        "answering_offers": [("poliklinik", "Psychosoziale Beratung")],
    },
]
