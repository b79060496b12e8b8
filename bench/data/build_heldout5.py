"""Build ``heldout5_pairs.jsonl``: the fifth held-out part of the synergy engine's labelled set.

Its place and time helpers and the pair scaffolding now live in ``heldout_common.py``,
shared by the builders.

The fifth unseen set, written in December 2026, after the fourth held-out part
(``heldout4_pairs.jsonl``) had been evaluated once and so became spent. It was written by someone
who did not tune the engine and did not open the engine, its lexicon (``offer_kinds.toml``) or
its kind list, nor the tuning files and earlier pair builders (``offer_kinds.py``,
``pattern_pairs.py``, ``build_eval_set.py``, ``build_heldout.py``, ``build_heldout2.py``,
``build_heldout3.py``), ``eval_quality.py`` or any other ``.jsonl`` file. Only the record format,
the case scheme and counts, and the place and time helpers (district coordinates, weekly slots,
walking offsets, seed handling, command line) were taken from ``build_heldout4.py``;
``heldout4_pairs.jsonl`` was looked at only to match the output format. None of the offer
texts, needs or kinds of part 4 were reused, and no figure of any engine was looked at while
writing it.

It must not be used for tuning. Evaluate it once, after the last change to the engine and its
lexicon in a round, report the figures and change nothing because of them:

    .venv/bin/python bench/eval_quality.py --heldout bench/data/heldout5_pairs.jsonl

36 kinds of neighbourhood and social work, none of them a kind of the earlier parts: Hilfe bei der
Steuererklärung, BAföG-Beratung, Studienorientierung, Vorsorgeberatung (Vorsorgevollmacht und
Patientenverfügung), Antidiskriminierungsberatung, Männerberatung, Kurberatung (Mutter-/Vater-
Kind-Kur), Schreibaby-Beratung, Pilzberatung, Kräuterwanderung, Fotokurs, Gitarrenkurs,
Trommelgruppe, Tanzkurs für Paare, Nichtraucherkurs, Impfsprechstunde, Wassergymnastik,
Wandergruppe, Schwimmkurs für Kinder, Volleyball, Badminton, Boule, Kegeln, Skatertreff,
Krisentelefon, Angehörigengruppe psychisch Kranker, Selbsthilfegruppe Schlaganfall,
Selbsthilfegruppe Long Covid, Umzugshilfe, Möbelbörse, Büchertausch / offener Bücherschrank,
Tierfutterhilfe, Kulturloge, Siebdruck, Vorbereitung auf den Einbürgerungstest and
Führerscheintheorie für Zugewanderte. Each is written four ways, as organisations title and
describe it: two that keep the kind's word stem ("Kegelnachmittag" / "Kegelclub sucht
Mitspieler:innen") and two that name it with other words, loanwords, the words of a parish, a
self-organisation or a youth office, nearly half of them in plain language ("Pétanque unter
Platanen", "Trekking-Treff", "Kugeln werfen im Freien").

Look-alike groups share a compound head or a field: ...beratung (Steuer, BAföG, Vorsorge,
Antidiskriminierung, Männer, Kur, Schreibaby, Pilz), ...kurs (Foto, Gitarre, Tanz, Nichtraucher,
Schwimmen), music, ...wanderung / walking, water, ball games in the hall and in the park,
support groups and crisis help, second-hand goods and free things for small purses, health
prevention, tests for newcomers.

Offer pairs (``"type": "offers"``) are parallel (label 1) when both are the same kind of thing,
for the same people, in the same area, at overlapping times. 168 offer pairs, ``case`` after the
prefix ``held-out 5 ``:

* parallel (70): ``synonym without shared stem`` 36 (every kind once), ``paraphrase`` 24,
  ``specific group shared`` 10 (a specific group in common, one offer also names a broad one);
* not parallel (98): ``look-alike kinds`` 54 (27 pairs of different kinds with the same compound
  head or a similar field, two wordings each, same place, people and time: "Boule" / "Kegeln",
  "Kräuterwanderung" / "Wandergruppe", "Fotokurs" / "Gitarrenkurs", "Kulturloge" /
  "Tierfutterhilfe", "Einbürgerungstest" / "Führerscheintheorie"), ``broad group only`` 15 (the
  same kind for people who share only "Migrant:innen" or "Nachbarschaft / alle"), ``other
  people`` 5, ``far apart`` 12 (several kilometres), ``other time`` 12. Apart from what a case
  changes, both offers agree.

Need pairs (``"type": "need"``) hold a need as a social worker notes it and one offer: 30 needs,
159 need pairs: ``meets the need`` 90 (three offers of the kind that meets it, label 1),
``look-alike kinds (need)`` 39 (one or two offers of a look-alike kind, label 0) and
``other target group`` 30 (the right kind for other people, label 0).

    python bench/data/build_heldout5.py
"""

from __future__ import annotations

from pathlib import Path

from heldout_common import ALL, DISABLED, MIGRANTS, Kind, Need, build_pairs, run_builder

# ruff: noqa: E501  (one offer text per line reads better than wrapped strings)

OUTPUT = Path(__file__).resolve().parent / "heldout5_pairs.jsonl"
SEED = 20261206
CASE_PREFIX = "held-out 5 "
ID_PREFIX = "r"

KINDS: dict[str, Kind] = {
    "steuerhilfe": Kind(
        "Beratung",
        (ALL,),
        (
            (
                "Hilfe bei der Steuererklärung",
                "Ehrenamtliche, die früher in Buchhaltung und Lohnbüro gearbeitet haben, füllen mit Ihnen die Steuererklärung über ELSTER aus, ob für Lohn, Minijob oder Witwenrente. Bitte Lohnsteuerbescheinigung, Kontoauszüge und Belege mitbringen.",
            ),
            (
                "Steuersprechstunde",
                "Eine Aufforderung zur Abgabe im Briefkasten, oder Sie fragen sich, ob sich eine Erklärung für Sie lohnt? In der Steuersprechstunde rechnen wir Fahrtkosten, Handwerkerrechnungen und Spenden zusammen und schicken alles digital ab.",
            ),
            (
                "Geld zurück vom Finanzamt",
                "Viele lassen jedes Jahr ein paar hundert Euro liegen, weil ihnen die Formulare über den Kopf wachsen. Unsere Freiwilligen tippen mit Ihnen die Angaben ins ELSTER-Portal, von der Pendlerpauschale bis zur Rechnung des Schornsteinfegers.",
            ),
            (
                "Der Brief vom Finanzamt",
                "Das Finanzamt will ein Formular von Ihnen. Sie verstehen die Fragen nicht? Wir füllen es mit Ihnen am Computer aus. Bringen Sie Ihre Papiere vom Arbeitgeber oder von der Rentenkasse mit.",
            ),
        ),
    ),
    "bafoeg_beratung": Kind(
        "Bildung",
        ("Junge Erwachsene",),
        (
            (
                "BAföG-Beratung",
                "Wir rechnen mit Ihnen aus, wie viel BAföG Ihnen zusteht, füllen die Formblätter aus und helfen, wenn ein Bescheid nicht stimmt oder die Eltern ihr Einkommen nicht offenlegen wollen.",
            ),
            (
                "Offene Sprechstunde zum BAföG",
                "Erstantrag, Weiterförderung, Auslandssemester oder Rückzahlung: Eine Sozialberaterin des Studentenwerks kommt jeden Monat ins Stadtteilzentrum und beantwortet Ihre Fragen rund ums BAföG.",
            ),
            (
                "Das Studium finanzieren – was steht mir zu?",
                "Miete, Semesterbeitrag, Laptop: Wer aus einem Elternhaus mit wenig Geld kommt, hat oft Anspruch auf staatliche Ausbildungsförderung, Stipendien oder Wohngeld. Wir gehen alle Möglichkeiten durch und kümmern uns mit Ihnen um die Formulare fürs Amt.",
            ),
            (
                "Geld vom Staat, damit Sie an die Uni können",
                "Sie wollen studieren. Ihre Eltern haben wenig Geld. Dann gibt Ihnen der Staat jeden Monat Geld. Die Hälfte zahlen Sie später zurück. Wir zeigen Ihnen, wie Sie es bekommen.",
            ),
        ),
    ),
    "studienorientierung": Kind(
        "Bildung",
        ("Jugendliche",),
        (
            (
                "Studienorientierung: Welches Fach passt zu mir?",
                "In kleinen Gruppen testen Schülerinnen und Schüler ab Klasse 10 ihre Interessen, lernen Studiengänge von Medizin bis Mediendesign kennen und erfahren, wie Bewerbung, Numerus clausus und Einschreibung funktionieren.",
            ),
            (
                "Studienwahl-Sprechstunde",
                "Ein Berater der Zentralen Studienberatung der Universität beantwortet Fragen zur Wahl des Studiengangs, zu Hochschularten und zum dualen Studium. Besonders willkommen ist, wer als Erste oder Erster in der Familie an eine Hochschule will.",
            ),
            (
                "Nach dem Abi – und dann?",
                "Uni, Hochschule oder erst einmal ein Jahr ins Ausland? Jugendliche probieren Interessentests aus, sitzen als Gäste in Vorlesungen und fragen Erstsemester, wie ein Tag im Hörsaal wirklich aussieht.",
            ),
            (
                "Ich will an die Uni. Was kann ich da lernen?",
                "Niemand in deiner Familie war an der Uni? Wir erklären dir, was man dort lernen kann. Wir schauen zusammen, was du gut kannst. Und wir zeigen dir, wie man sich anmeldet.",
            ),
        ),
    ),
    "vorsorgeberatung": Kind(
        "Beratung",
        ("Senior:innen",),
        (
            (
                "Beratung zu Vorsorgevollmacht und Patientenverfügung",
                "Wer entscheidet für mich, wenn ich es selbst nicht mehr kann? Die Beraterin des Betreuungsvereins erklärt Vorsorgevollmacht, Betreuungsverfügung und Patientenverfügung und füllt die Vordrucke mit Ihnen aus, ohne Notar und ohne Kosten.",
            ),
            (
                "Vorsorge-Sprechstunde im Seniorenbüro",
                "Einmal im Monat zeigt ein Betreuungsverein, wie Sie mit einer Vollmacht Ihre Angehörigen absichern und Ihre Wünsche für die ärztliche Behandlung am Lebensende schriftlich festhalten.",
            ),
            (
                "Für den Ernstfall alles geregelt",
                "Nach einem Unfall oder einer schweren Krankheit dürfen Ehepartner und Kinder nicht automatisch für Sie unterschreiben. Der Betreuungsverein zeigt, welche Dokumente Sie jetzt aufsetzen sollten, damit Menschen Ihres Vertrauens Bankgeschäfte und Arztgespräche übernehmen dürfen.",
            ),
            (
                "Wer entscheidet für mich, wenn ich krank bin?",
                "Vielleicht können Sie einmal nicht mehr selbst sprechen. Wer darf dann für Sie entscheiden? Und was soll der Arzt dann tun? Das können Sie jetzt aufschreiben. Wir helfen Ihnen bei den Formularen.",
            ),
        ),
    ),
    "antidiskriminierungsberatung": Kind(
        "Beratung",
        (ALL,),
        (
            (
                "Antidiskriminierungsberatung",
                "Sie wurden bei der Wohnungssuche, im Job, beim Amt oder im Club wegen Ihrer Herkunft, Religion, Behinderung, Ihres Alters oder Geschlechts benachteiligt? Wir beraten vertraulich, dokumentieren den Vorfall und prüfen Ansprüche nach dem AGG.",
            ),
            (
                "Beratungsstelle gegen Diskriminierung",
                "Ein abgelehnter Mietvertrag wegen des Nachnamens, ein Türsteher, der Sie nicht hineinlässt, Sprüche vom Vorgesetzten: Wir unterstützen Sie dabei, sich zu wehren, mit Beschwerdebriefen, Begleitung zu Gesprächen und, wenn nötig, vor Gericht.",
            ),
            (
                "Ungerecht behandelt? Wir stehen an Ihrer Seite",
                "Rassismus am Arbeitsplatz, Ärger wegen Kopftuch, Rollstuhl oder Alter: Die Fachstelle für Gleichbehandlung hört zu, schreibt Beschwerden an Vermieter und Firmen und kennt die Fristen, die das Gleichbehandlungsgesetz setzt.",
            ),
            (
                "Jemand war unfair zu Ihnen, weil Sie anders sind?",
                "Sie bekommen keine Wohnung wegen Ihres Namens? Jemand lacht über Ihre Hautfarbe oder Ihr Kopftuch? Das ist verboten. Erzählen Sie uns, was passiert ist. Wir überlegen zusammen, was Sie tun können.",
            ),
        ),
    ),
    "maennerberatung": Kind(
        "Beratung",
        ("Männer",),
        (
            (
                "Männerberatung",
                "Ein Berater spricht mit Männern über das, was sie belastet: Trennung, Druck im Job, Wut, die zu Hause eskaliert, oder die neue Rolle als Vater. Vertraulich und auf Wunsch anonym.",
            ),
            (
                "Beratung von Mann zu Mann",
                "Wenn Gefühle keinen Platz haben, staut sich viel an. In Einzelgesprächen mit männlichen Fachkräften geht es um Streit in der Beziehung, eigene Gewalt, Einsamkeit nach der Scheidung und die Frage, was für ein Mann man sein will.",
            ),
            (
                "Unter Kerlen: Gespräche über das, was drückt",
                "Der Sozialarbeiter der Stadtmission nimmt sich Zeit für Väter, Partner und Söhne, die mit Trennung, Jobverlust oder der eigenen Aggression nicht mehr allein fertig werden. Ohne Wartezeit, ohne Krankenkassenkarte.",
            ),
            (
                "Sie sind oft wütend und wollen das ändern?",
                "Sie werden schnell laut, und danach tut es Ihnen leid? Bei uns spricht ein Kollege mit Ihnen. Er ist selbst Vater. Er hört zu und erzählt nichts weiter.",
            ),
        ),
    ),
    "kurberatung": Kind(
        "Gesundheit",
        ("Eltern",),
        (
            (
                "Kurberatung für Mütter und Väter",
                "Dauerstress mit Kindern, Job und Haushalt macht krank. Wir prüfen mit Ihnen, ob eine Mutter-Kind- oder Vater-Kind-Kur infrage kommt, stellen den Antrag bei der Krankenkasse und helfen bei einem Widerspruch.",
            ),
            (
                "Kur-Sprechstunde der Caritas",
                "Drei Wochen an der Ostsee oder im Erzgebirge, um wieder zu Kräften zu kommen: Die Beraterin erklärt, welche Kliniken passen, welche Unterlagen die Krankenkasse braucht und was Sie zuzahlen müssen.",
            ),
            (
                "Drei Wochen Auszeit für erschöpfte Eltern",
                "Sie funktionieren nur noch, schlafen schlecht und haben keine Kraft mehr? Wir unterstützen Sie dabei, eine Erholungsmaßnahme mit Ihren Kindern zu bekommen, die die Krankenkasse bezahlt, vom Attest der Hausärztin bis zur Wahl der Klinik.",
            ),
            (
                "Mit den Kindern zur Erholung fahren",
                "Sie sind immer müde, und alles ist zu viel? Dann können Sie mit Ihren Kindern drei Wochen wegfahren. Dort gibt es Ruhe, Ärzte und Sport. Die Krankenkasse bezahlt das. Wir schreiben mit Ihnen den Brief an die Kasse.",
            ),
        ),
    ),
    "schreibaby_beratung": Kind(
        "Familie & Kinderschutz",
        ("Eltern",),
        (
            (
                "Schreibaby-Sprechstunde",
                "Ihr Baby weint stundenlang, lässt sich kaum beruhigen, und Sie sind am Ende Ihrer Kräfte? Eine Kinderkrankenschwester und eine Psychologin beobachten Ihr Kind mit Ihnen und suchen Wege, wie Sie beide zur Ruhe kommen.",
            ),
            (
                "Beratung für Eltern von Schreibabys",
                "Wenn ein Säugling viel schreit, kommen Eltern an ihre Grenzen. Wir helfen, Schlaf, Füttern und Tagesablauf zu ordnen, und machen auch Hausbesuche, wenn Sie mit dem Kind nicht aus dem Haus kommen.",
            ),
            (
                "Unruhige Säuglinge: Babyambulanz der Familienbildungsstätte",
                "Nächtelang auf und ab tragen, und nichts hilft? Fachkräfte begleiten Familien mit Babys, die sich kaum trösten lassen, erklären die Signale des Kindes und entlasten Mütter und Väter, bevor sie zusammenbrechen.",
            ),
            (
                "Ihr Baby hört nicht auf zu weinen?",
                "Ihr Baby weint jeden Tag sehr lange. Sie wissen nicht mehr weiter. Kommen Sie mit Ihrem Baby zu uns. Wir zeigen Ihnen, was Ihr Kind beruhigt. Sie können sich auch ausruhen.",
            ),
        ),
    ),
    "pilzberatung": Kind(
        "Umwelt & Klima",
        (ALL,),
        (
            (
                "Pilzberatung",
                "Bringen Sie Ihre gesammelten Pilze vollständig, mit Stiel und Knolle, im Korb mit. Ein geprüfter Pilzsachverständiger sieht jedes Stück durch und sortiert Giftiges aus, von August bis Oktober.",
            ),
            (
                "Pilzsachverständige bestimmen Ihre Funde",
                "Marone oder Gallenröhrling, Wiesenchampignon oder Knollenblätterpilz? Unsere Pilzsachverständigen bestimmen, was Sie gefunden haben, und erklären, woran man essbare Arten von ihren gefährlichen Doppelgängern unterscheidet.",
            ),
            (
                "Korb-Check nach dem Waldspaziergang",
                "Ein Mykologe des Naturkundevereins schaut sich an, was Sie im Auwald oder in der Heide gesammelt haben: Maronen, Champignons, Schirmlinge. Alles Giftige landet im Müll, bevor es in der Pfanne landet.",
            ),
            (
                "Kann ich das aus dem Wald essen?",
                "Sie haben im Wald Maronen oder Champignons gesammelt? Sie sind nicht sicher, ob man sie essen kann? Bringen Sie alles mit. Ein Fachmann schaut es an und sagt Ihnen, was giftig ist.",
            ),
        ),
    ),
    "kraeuterwanderung": Kind(
        "Umwelt & Klima",
        (ALL,),
        (
            (
                "Kräuterwanderung im Auwald",
                "Bärlauch, Giersch, Brennnessel: Eine Kräuterpädagogin zeigt auf einem gemütlichen Rundgang von etwa zwei Stunden, welche Wildkräuter am Wegesrand wachsen und wie man sie für Salat, Pesto oder Tee verwendet.",
            ),
            (
                "Wildkräuterführung am Kanal",
                "Wir sammeln gemeinsam essbare Wildkräuter am Ufer, bestimmen sie mit Lupe und Bestimmungsbuch und probieren zum Abschluss einen selbst angerührten Kräuterquark. Körbchen und Schere mitbringen.",
            ),
            (
                "Essbares vom Wegesrand",
                "Löwenzahn, Vogelmiere, Holunderblüten: Auf einem Streifzug durch Parks und Brachen lernen Sie mit einer Naturpädagogin Pflanzen kennen, die man essen kann, und wie man sie von giftigen unterscheidet. Rezepte zum Mitnehmen gibt es auch.",
            ),
            (
                "Grüne Pflanzen zum Essen finden",
                "Viele Pflanzen draußen kann man essen, zum Beispiel Löwenzahn. Wir gehen zusammen ein Stück raus und suchen sie. Wir zeigen Ihnen, welche gut sind. Danach kochen wir zusammen einen Tee.",
            ),
        ),
    ),
    "fotokurs": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Fotokurs für Einsteiger",
                "An sechs Abenden lernen Sie Blende, Belichtungszeit und Bildaufbau kennen, egal ob mit Smartphone oder Spiegelreflexkamera. Zwischen den Treffen gibt es kleine Fotoaufgaben im Viertel.",
            ),
            (
                "Fotografie-Workshop im Stadtteilladen",
                "Wir fotografieren Häuser, Höfe und Licht in Plagwitz, besprechen die Bilder gemeinsam am Beamer und stellen die besten im Schaufenster aus. Leihkameras sind vorhanden.",
            ),
            (
                "Mit der Kamera unterwegs: Bilder, die erzählen",
                "Eine Bildjournalistin zeigt, wie man mit Licht, Perspektive und Ausschnitt gute Aufnahmen macht. Jede Woche ziehen wir mit Kamera oder Handy durch die Straßen und schauen uns danach gemeinsam die Ergebnisse an.",
            ),
            (
                "Bildgestaltung und Belichtung: Praxisseminar der Volkshochschule",
                "Von der Schärfentiefe bis zur Nachbearbeitung am Rechner: Das Seminar vermittelt Grundlagen der Kameratechnik und der Bildsprache und endet mit einer kleinen Ausstellung im Gemeindesaal.",
            ),
        ),
    ),
    "gitarrenkurs": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Gitarrenkurs für Anfänger:innen",
                "Ohne Noten, mit Akkorden: Nach wenigen Wochen begleiten Sie einfache Lieder selbst. Leihgitarren sind da, die Runde hat höchstens acht Plätze.",
            ),
            (
                "Gitarre spielen lernen",
                "Greifen, Schlagen, Zupfen: Ein Musiklehrer bringt Ihnen die ersten Griffe bei, und gemeinsam spielen wir Volkslieder, Pop und Klassiker vom Lagerfeuer. Ein eigenes Instrument ist willkommen, aber kein Muss.",
            ),
            (
                "Klampfe statt Klavier: Liedbegleitung zum Mitmachen",
                "Wir üben Schlagmuster und die wichtigsten Akkorde, bis die ersten Songs von den Beatles bis Rio Reiser klingen. Akustische Instrumente zum Ausleihen liegen bereit.",
            ),
            (
                "Musik machen auf sechs Saiten",
                "Sie wollen Musik machen, können aber keine Noten lesen? Das macht nichts. Wir zeigen Ihnen, wo die Finger hingehören. Nach ein paar Wochen klappt Ihr erstes Lied. Das Instrument leihen wir Ihnen.",
            ),
        ),
    ),
    "trommelgruppe": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Trommelgruppe",
                "Auf Djemben, Basstrommeln und Shakern spielen wir westafrikanische Rhythmen. Vorkenntnisse braucht niemand, Instrumente sind vorhanden, und manchmal treten wir beim Stadtteilfest auf.",
            ),
            (
                "Offener Trommelkreis",
                "Im Kreis sitzen, den gemeinsamen Puls finden, zusammen laut werden: Der Trommelkreis lädt jede Woche zum Mitspielen ein, ein Percussionist aus Guinea gibt die Grundschläge vor.",
            ),
            (
                "Djembé & Percussion zum Mitmachen",
                "Ein Musiker aus dem Senegal leitet das Rhythmus-Ensemble: Wir lernen Grooves auf Djembés, Congas und Cajóns, Noten braucht dabei niemand. Die Schlaginstrumente stellt der Verein.",
            ),
            (
                "Zusammen Rhythmus machen",
                "Wir schlagen mit den Händen auf große Instrumente aus Holz und Fell. Das macht Spaß und ist laut. Sie müssen nichts können. Machen Sie einfach mit.",
            ),
        ),
    ),
    "tanzkurs_paare": Kind(
        "Freizeit",
        (ALL,),
        (
            (
                "Tanzkurs für Paare",
                "Langsamer Walzer, Discofox und Cha-Cha-Cha: An acht Abenden lernen Sie mit Ihrem Partner oder Ihrer Partnerin die Grundschritte, rechtzeitig vor Hochzeit, Abiball oder Firmenfeier.",
            ),
            (
                "Paartanz im Gemeindesaal",
                "Gemeinsam tanzen statt nebeneinander sitzen: Standard- und Lateintänze, angeleitet von einem Tanzlehrerpaar. Vorkenntnisse sind nicht nötig, bequeme Schuhe mit glatter Sohle schon.",
            ),
            (
                "Walzer, Foxtrott & Rumba zu zweit",
                "Zwei Trainer aus dem Standardsport zeigen Schrittfolgen, Führen und Folgen, bis Sie sicher übers Parkett gleiten. Anmeldung nur zu zweit.",
            ),
            (
                "Zu zweit im Takt",
                "Bald ist eine Hochzeit oder ein großes Fest? Sie möchten dort mit Ihrem Liebsten zur Musik über die Fläche gehen? Wir zeigen Ihnen die Schritte, langsam und immer wieder. Bitte kommen Sie zu zweit.",
            ),
        ),
    ),
    "nichtraucherkurs": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Nichtraucherkurs",
                "In sechs Wochen zum Rauchstopp: Der Kurs nach einem anerkannten Programm verbindet Gespräche in der Runde, Tipps gegen das Verlangen und Entspannungsübungen. Die Krankenkasse erstattet meist den größten Teil.",
            ),
            (
                "Rauchfrei werden in der Gruppe",
                "Eine Gesundheitstrainerin begleitet die Gruppe vom letzten Zug bis durch die ersten kritischen Wochen danach, mit Plänen für schwierige Momente und gegenseitiger Unterstützung.",
            ),
            (
                "Zigaretten ade",
                "Nikotin, Gewohnheit, Stress: Eine Therapeutin zeigt, wie Sie das Verlangen überstehen, was Nikotinpflaster bringen und wie Sie nach dem Aufhören nicht zunehmen. Die meisten Kassen geben etwas dazu.",
            ),
            (
                "Keine Zigaretten mehr",
                "Sie wollen mit dem Qualmen aufhören? Allein ist das schwer. Bei uns schaffen Sie es zusammen mit anderen. Wir treffen uns sechsmal und helfen Ihnen, wenn die Lust auf eine Zigarette kommt.",
            ),
        ),
    ),
    "impfsprechstunde": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Impfsprechstunde",
                "Ohne Termin: Das Gesundheitsamt prüft Ihren Impfpass und frischt fehlende Impfungen gegen Masern, Tetanus, Keuchhusten oder Grippe gleich vor Ort auf, auch ohne deutschen Impfausweis.",
            ),
            (
                "Impfberatung und Impfungen im Stadtteil",
                "Ein Ärzteteam des Gesundheitsamts kommt ins Familienzentrum, kontrolliert Impfausweise, stellt Nachweise für Kita und Schule aus und holt fehlende Impfungen nach. Dolmetscherinnen für Arabisch und Dari sind dabei.",
            ),
            (
                "Masern, Tetanus, Grippe: Schutz auffrischen",
                "Sie wissen nicht, ob Ihr Schutz gegen Kinderlähmung, Masern oder Diphtherie noch reicht? Die Ärztinnen des Gesundheitsamts schauen in Ihre Unterlagen und geben die fehlende Spritze gleich mit.",
            ),
            (
                "Der kleine Pieks, der schützt",
                "Eine Spritze schützt vor schweren Krankheiten, zum Beispiel vor Masern. Bringen Sie Ihr gelbes Heft mit. Eine Ärztin schaut nach, was fehlt. Sie bekommen die Spritze gleich hier.",
            ),
        ),
    ),
    "wassergymnastik": Kind(
        "Sport & Bewegung",
        ("Senior:innen",),
        (
            (
                "Wassergymnastik",
                "Im 32 Grad warmen Bewegungsbecken trainieren wir Beweglichkeit und Ausdauer, ohne die Gelenke zu belasten. Gut bei Arthrose oder nach einer Operation, schwimmen können muss niemand.",
            ),
            (
                "Gymnastik im Wasser",
                "Schonende Übungen im brusthohen Wasser mit Poolnudel und Schaumstoffhanteln, begleitet von Musik. Eine Physiotherapeutin achtet darauf, dass alle im eigenen Tempo mitmachen.",
            ),
            (
                "Aqua-Fitness im Bewegungsbad",
                "Beim Aquajogging und sanften Übungen im warmen Becken trägt der Auftrieb das Körpergewicht, Knie und Hüften werden geschont. Leitung: ein Rehasport-Trainer.",
            ),
            (
                "Funktionstraining im Therapiebecken",
                "Die Kirchgemeinde mietet jede Woche das Becken der Rehaklinik; eine Physiotherapeutin leitet mobilisierende Übungen an, die Gelenke und Kreislauf gleichermaßen schonen. Mit ärztlicher Verordnung übernimmt die Kasse die Kosten.",
            ),
        ),
    ),
    "wandergruppe": Kind(
        "Sport & Bewegung",
        (ALL,),
        (
            (
                "Wandergruppe",
                "Einmal im Monat fahren wir mit der S-Bahn ins Muldental, an die Saale oder in die Dübener Heide und wandern zwischen 12 und 18 Kilometer, mittags mit Einkehr. Die Touren sind vorher erkundet.",
            ),
            (
                "Wandern mit dem Heimatverein",
                "Gemeinsame Tageswanderungen durch Harz, Erzgebirge und Elbsandsteingebirge, geplant von erfahrenen Wanderführern. Festes Schuhwerk und Rucksackverpflegung mitbringen, die Fahrt organisieren wir zusammen.",
            ),
            (
                "Trekking-Treff: zu Fuß durchs Umland",
                "Ob Saaletal, Muldental oder Zittauer Gebirge: Jeden vierten Samstag brechen wir morgens mit Rucksack und Proviant auf und legen gut 15 Kilometer auf Waldwegen und Höhenpfaden zurück.",
            ),
            (
                "Lange Strecken zu Fuß durch die Natur",
                "Wir gehen zusammen weite Strecken durch Wald und über Hügel. Eine Tour dauert den ganzen Tag. Wir machen Pausen und essen unterwegs. Wir fahren mit dem Zug hin.",
            ),
        ),
    ),
    "kinderschwimmkurs": Kind(
        "Sport & Bewegung",
        ("Kinder",),
        (
            (
                "Schwimmkurs für Kinder",
                "In zehn Stunden vom Nichtschwimmer zum ersten Abzeichen: Ausgebildete Trainerinnen üben mit höchstens acht Kindern ab fünf Jahren Gleiten, Tauchen und die ersten Züge.",
            ),
            (
                "Kinderschwimmen im Lehrbecken",
                "Wasser macht Spaß, wenn man sich sicher fühlt. Im flachen Lehrbecken lernen Kinder spielerisch, sich über Wasser zu halten, und legen am Ende eine kleine Prüfung ab.",
            ),
            (
                "Seepferdchen in zehn Wochen",
                "Die DLRG-Ortsgruppe bringt Fünf- bis Achtjährigen bei, sich sicher über Wasser zu halten: Wassergewöhnung, Tauchen nach Ringen, Sprung vom Beckenrand und 25 Meter Brustzüge.",
            ),
            (
                "Keine Angst mehr vorm tiefen Becken",
                "Ihr Kind kann sich noch nicht über Wasser halten? Bei uns lernt es das. Wir üben in kleinen Runden in der Halle. Am Ende springt Ihr Kind allein ins Becken.",
            ),
        ),
    ),
    "volleyball": Kind(
        "Sport & Bewegung",
        (ALL,),
        (
            (
                "Volleyball-Treff",
                "Baggern, pritschen, aufschlagen: In der Turnhalle der Oberschule spielen wir in locker gemischten Teams, ohne Punktspiele und ohne Leistungsdruck. Bälle und Netz sind da.",
            ),
            (
                "Volleyball ohne Liga",
                "Jeden Mittwoch wird das Netz aufgebaut: Wir wärmen uns auf, üben Annahme und Zuspiel und spielen dann Satz um Satz. Neue sind willkommen, auch ohne Vereinserfahrung.",
            ),
            (
                "Sechs gegen sechs am Netz",
                "Wir trainieren Aufschlag, Annahme und Block und spielen danach freie Sätze; im Sommer geht es auf den Sandplatz am Kulkwitzer See.",
            ),
            (
                "Ballspiel über das hohe Netz",
                "Zwei Mannschaften stehen an einem hohen Netz. Der Ball darf nicht auf den Boden fallen. Man spielt ihn mit den Händen und Armen zurück. Wir spielen nur zum Spaß.",
            ),
        ),
    ),
    "badminton": Kind(
        "Sport & Bewegung",
        (ALL,),
        (
            (
                "Badminton-Gruppe",
                "Wir spielen Einzel und Doppel in der Sporthalle; wer neu ist, bekommt Tipps zu Griff und Schlagtechnik. Schläger und Bälle können ausgeliehen werden.",
            ),
            (
                "Badminton zum Ausprobieren",
                "Drei Felder, wechselnde Partner, viel Bewegung: Beim offenen Badminton spielt jede Woche, wer Lust hat, Anfängerinnen und Geübte gemischt.",
            ),
            (
                "Federball in der Turnhalle",
                "Mehr als ein Strandspiel: Wir schlagen den Shuttle übers Netz, spielen Doppel und lernen Clear, Drop und Smash. Schläger liegen bereit.",
            ),
            (
                "Spiel mit dem Ball mit Federn",
                "Sie schlagen einen kleinen Ball mit Federn über ein Netz. Dafür haben Sie einen leichten Schläger. Wir spielen zu zweit oder zu viert. Einen Schläger können Sie bei uns leihen.",
            ),
        ),
    ),
    "boule": Kind(
        "Freizeit",
        (ALL,),
        (
            (
                "Boule im Park",
                "Auf dem Kiesplatz am Palmengarten werfen wir Metallkugeln so nah wie möglich an die kleine Zielkugel. Kugeln zum Ausleihen sind da, danach gibt es oft noch einen Kaffee.",
            ),
            (
                "Boule-Runde",
                "Gemütlich spielen, plaudern, Punkte zählen: Die Boule-Runde trifft sich bei trockenem Wetter draußen, im Winter im überdachten Hof. Die Regeln erklären wir in fünf Minuten.",
            ),
            (
                "Pétanque unter Platanen",
                "Wie an der Côte d'Azur: Jeder wirft seine Stahlkugeln in Richtung Schweinchen, der kleinen Holzkugel, und wer am nächsten liegt, punktet. Der Freundeskreis Lyon lädt zum Mitspielen ein.",
            ),
            (
                "Kugeln werfen im Freien",
                "Sie werfen schwere Kugeln aus Metall. Vorn liegt eine kleine Kugel. Ihre Kugel soll ganz nah an die kleine Kugel kommen. Das ist leicht zu lernen, und man kann dabei gut reden.",
            ),
        ),
    ),
    "kegeln": Kind(
        "Freizeit",
        ("Senior:innen",),
        (
            (
                "Kegelnachmittag",
                "Auf der Bahn im Vereinsheim schieben wir die Kugel auf neun Kegel, spielen Tannenbaum und Kranz und führen eine Jahreswertung mit kleinem Pokal. Gemütliches Beisammensein inbegriffen.",
            ),
            (
                "Kegelclub sucht Mitspieler:innen",
                "Unser Kegelclub hat wieder Plätze frei: jeden zweiten Donnerstag auf der Vier-Bahnen-Anlage, Turnschuhe mitbringen. Ehrgeiz darf sein, muss aber nicht.",
            ),
            (
                "Alle Neune! Bahnabend im Gasthof",
                "Auf der Bohle im Keller des Gasthofs zur Linde rollt die Holzkugel auf die neun Figuren; wir zählen die Holz und feiern jeden Kranz. Bahnschuhe gibt es an der Theke.",
            ),
            (
                "Eine Kugel rollen und Figuren umwerfen",
                "Auf einer langen Bahn rollen Sie eine schwere Kugel. Am Ende stehen neun Figuren aus Holz. Sie sollen so viele wie möglich umwerfen. Danach sitzen wir zusammen und trinken etwas.",
            ),
        ),
    ),
    "skatertreff": Kind(
        "Sport & Bewegung",
        ("Jugendliche",),
        (
            (
                "Skatertreff",
                "In der alten Lagerhalle stehen Rampen, eine Quarterpipe und Rails. Ein Sozialarbeiter, der selbst seit 20 Jahren auf dem Board steht, gibt Tipps für Ollie und Kickflip; Helme und Bretter zum Ausleihen.",
            ),
            (
                "Skateboard-Schnupperkurs",
                "Wer neu ist oder schon etwas kann, übt Gleichgewicht, Bremsen, richtiges Fallen und erste Tricks auf der Miniramp. Schoner und Leihboards sind da.",
            ),
            (
                "Rollbrett-Session im Hof des Jugendhauses",
                "Rampen, Curbs und eine Funbox: Wer auf vier Rollen unterwegs ist, bekommt hier Platz, Werkzeug für die Achsen und Tipps von den Älteren.",
            ),
            (
                "Fahren auf dem Brett mit Rollen",
                "Du hast ein Brett mit Rollen oder willst es ausprobieren? Komm zu uns auf den Hof. Hier darfst du fahren und üben. Wir leihen dir einen Helm.",
            ),
        ),
    ),
    "krisentelefon": Kind(
        "Beratung",
        (ALL,),
        (
            (
                "Krisentelefon",
                "Wenn die Gedanken kreisen und Angst oder Verzweiflung überhandnehmen: Am Krisentelefon hören geschulte Ehrenamtliche zu, anonym und unter einer kostenlosen Nummer.",
            ),
            (
                "Telefonische Krisenhilfe",
                "Ein Mensch am anderen Ende der Leitung, der Zeit hat: Ob Trennung, Einsamkeit, Schulden oder Trauer, Sie können über alles sprechen, ohne Ihren Namen zu nennen.",
            ),
            (
                "Seelsorge per Anruf",
                "Die ökumenische Seelsorge nimmt Ihren Anruf an, wenn Sorgen, Grübeln oder Einsamkeit übermächtig werden. Die Mitarbeitenden sind ausgebildet, zur Verschwiegenheit verpflichtet und fragen nicht nach Ihrem Namen.",
            ),
            (
                "Sie sind traurig und allein? Rufen Sie an",
                "Manchmal ist alles zu viel, und Sie haben niemanden zum Reden. Dann wählen Sie diese Nummer. Jemand hört Ihnen zu. Ihren Namen müssen Sie nicht sagen.",
            ),
        ),
    ),
    "angehoerigengruppe": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Angehörigengruppe",
                "Wenn Sohn, Partnerin oder Mutter an Schizophrenie, Depression oder einer bipolaren Störung erkrankt, gerät die ganze Familie aus dem Gleichgewicht. In der Angehörigengruppe tauschen wir Erfahrungen aus und stärken uns gegenseitig.",
            ),
            (
                "Gesprächskreis für Angehörige",
                "Eltern, Geschwister und Partner von Menschen mit seelischer Erkrankung treffen sich monatlich, begleitet von einer Sozialarbeiterin des Sozialpsychiatrischen Dienstes. Hier muss niemand etwas erklären.",
            ),
            (
                "Wenn die Seele eines Familienmitglieds krank ist",
                "Mütter, Väter, Partner und Geschwister von Menschen mit Psychiatrie-Erfahrung sprechen über Klinikaufenthalte, Medikamente, Schuldgefühle und die eigene Erschöpfung. Organisiert vom Landesverband der Familienselbsthilfe Psychiatrie.",
            ),
            (
                "Ihr Kind oder Ihr Partner ist seelisch krank?",
                "Jemand in Ihrer Familie hat eine seelische Krankheit. Das ist schwer für Sie. Hier treffen Sie andere, denen es genauso geht. Wir reden miteinander und geben uns Tipps.",
            ),
        ),
    ),
    "schlaganfall_selbsthilfe": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Schlaganfall-Selbsthilfegruppe",
                "Betroffene und ihre Partner treffen sich, um über Lähmungen, Sprachstörungen und den mühsamen Weg zurück in den Alltag zu sprechen. Ab und zu kommt eine Logopädin oder ein Neurologe dazu.",
            ),
            (
                "Selbsthilfe nach dem Schlaganfall",
                "Nach Klinik und Reha fängt die eigentliche Arbeit erst an. In unserem Kreis teilen Menschen, die einen Schlaganfall erlebt haben, Übungen, Adressen von Therapeuten und Mut.",
            ),
            (
                "Treffpunkt Apoplex",
                "Halbseitige Lähmung, Wortfindungsstörungen, Erschöpfung: Wer einen Hirninfarkt oder eine Hirnblutung überstanden hat, findet hier Menschen mit denselben Erfahrungen. Partner sind willkommen, der Raum ist barrierefrei.",
            ),
            (
                "Leben nach dem Hirninfarkt",
                "Der Gesprächskreis des Reha-Vereins begleitet Betroffene nach der Entlassung: Aphasie, Spastik, Fahrtauglichkeit und Rückkehr in den Beruf sind Themen, zu denen regelmäßig Fachleute eingeladen werden.",
            ),
        ),
    ),
    "longcovid_selbsthilfe": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Selbsthilfegruppe Long Covid",
                "Seit der Infektion ständig erschöpft, die Konzentration weg, nach jedem Spaziergang flach? Menschen mit Long Covid oder ME/CFS tauschen Erfahrungen mit Ärzten, Reha und Arbeitgebern aus. Liegeplätze sind vorhanden.",
            ),
            (
                "Long-Covid-Treff",
                "Wir teilen Strategien, um mit der wenigen Energie hauszuhalten, Tipps zu Spezialambulanzen und zu Anträgen auf Reha oder Erwerbsminderung. Wer nicht aus dem Haus kann, ist per Video dabei.",
            ),
            (
                "Corona-Spätfolgen: Austausch unter Betroffenen",
                "Monate nach der Infektion noch immer kraftlos, mit Herzrasen und Nebel im Kopf? Hier sprechen Menschen mit anhaltenden Beschwerden über Pacing, hilfreiche Ambulanzen und Unverständnis im Job.",
            ),
            (
                "Seit Corona immer müde?",
                "Sie hatten Corona, das ist lange her. Aber Sie sind immer noch sehr müde, und Sie vergessen viel. Bei uns lernen Sie andere kennen, denen es auch so geht. Wir helfen uns gegenseitig.",
            ),
        ),
    ),
    "umzugshilfe": Kind(
        "Nachbarschaft & Begegnung",
        (ALL,),
        (
            (
                "Umzugshilfe von Nachbarn",
                "Kartons packen, Schränke abbauen, Kisten schleppen: Ehrenamtliche aus dem Viertel helfen, wenn Sie keine Umzugsfirma bezahlen können oder niemanden zum Tragen haben. Einen Transporter leiht uns der Gemeindeverein.",
            ),
            (
                "Hilfe beim Umzug",
                "Der Umzug ins Pflegeheim, in eine kleinere Wohnung oder aus der Gemeinschaftsunterkunft: Unser Team trägt Möbel, baut Betten ab und wieder auf und fährt Ihr Hab und Gut mit dem Vereinsbus.",
            ),
            (
                "Starke Arme für Ihren Wohnungswechsel",
                "Sie ziehen in eine neue Bleibe und haben weder Familie noch Geld für eine Spedition? Freiwillige Möbelpacker aus der Gemeinde schleppen Kisten, bauen Schränke auseinander und fahren mit dem Kleinbus.",
            ),
            (
                "Sie ziehen in eine neue Wohnung? Wir tragen mit",
                "Sie haben eine neue Wohnung, aber keine Kraft, alles zu tragen? Wir kommen mit mehreren Leuten und tragen Kisten und Möbel. Wir haben auch ein Auto für den Weg.",
            ),
        ),
    ),
    "moebelboerse": Kind(
        "Nachbarschaft & Begegnung",
        (ALL,),
        (
            (
                "Möbelbörse",
                "Gut erhaltene Sofas, Betten, Tische und Kühlschränke aus Haushaltsauflösungen gibt es hier für wenig Geld, mit Leipzig-Pass sogar kostenlos. Lieferung gegen kleinen Beitrag.",
            ),
            (
                "Möbelkammer der Diakonie",
                "Wer in eine leere Wohnung zieht und wenig Geld hat, findet in unserer Halle gespendete Schränke, Matratzen, Kinderbetten und Lampen. Spenden holen wir auf Anfrage bei Ihnen ab.",
            ),
            (
                "Sofa, Schrank und Bett aus zweiter Hand",
                "Im Sozialkaufhaus stehen gespendete Einrichtungsgegenstände, von der Küchenzeile bis zum Kleiderschrank. Wer Bürgergeld oder Wohngeld bekommt, zahlt nur einen symbolischen Preis.",
            ),
            (
                "Ihre Wohnung ist leer?",
                "Sie haben eine Wohnung, aber kein Bett und keinen Tisch? Bei uns gibt es Sachen für die Wohnung. Die Sachen sind gebraucht, aber gut, und kosten fast nichts. Bringen Sie Ihren Bescheid vom Amt mit.",
            ),
        ),
    ),
    "buechertausch": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Büchertausch im Stadtteilladen",
                "Bring eins, nimm eins: Romane, Krimis, Kinderbücher und Kochbücher stehen in unseren Regalen zum Tauschen bereit. Bei einem Kaffee kann man gleich ins neue Buch hineinlesen.",
            ),
            (
                "Offener Bücherschrank an der Kirche",
                "In den wetterfesten Schrank können Sie gelesene Bücher hineinstellen und mitnehmen, was Sie interessiert. Einmal pro Woche sortieren Ehrenamtliche und helfen bei der Suche nach Lesestoff.",
            ),
            (
                "Lesestoff gratis: bring eins, nimm eins",
                "Krimis, Romane, Bildbände und Lektüre für Kinder: In der Leseecke des Nachbarschaftszentrums wechseln gelesene Exemplare kostenlos den Besitzer. Mitbringen ist erwünscht, aber keine Pflicht.",
            ),
            (
                "Romane und Krimis umsonst mitnehmen",
                "Sie lesen gern? Hier stehen viele Romane und Krimis. Nehmen Sie mit, was Ihnen gefällt, Sie zahlen nichts. Haben Sie zu Hause etwas ausgelesen? Stellen Sie es gern dazu.",
            ),
        ),
    ),
    "tierfutterhilfe": Kind(
        "Nachbarschaft & Begegnung",
        (ALL,),
        (
            (
                "Tierfutterhilfe",
                "Wer wenig Geld hat, soll sein Haustier nicht abgeben müssen: Wir verteilen gespendetes Hunde- und Katzenfutter, Katzenstreu und Zubehör gegen Vorlage des Leipzig-Passes oder Rentenbescheids.",
            ),
            (
                "Futterausgabe für Haustiere",
                "Jeden Samstag geben wir Futter für Hund, Katze, Kaninchen und Wellensittich aus. Einmal im Monat ist eine Tierärztin da, die kostenlos nach Zähnen, Fell und Krallen schaut.",
            ),
            (
                "Voller Napf für Hund und Katze",
                "Rente knapp, Bürgergeld aufgebraucht, und trotzdem soll der Hund nicht hungern: Der Verein verteilt Dosen, Trockenkost und Streu aus Spenden an Halterinnen und Halter mit kleinem Geldbeutel.",
            ),
            (
                "Essen für Ihren Hund oder Ihre Katze",
                "Sie haben einen Hund oder eine Katze, aber wenig Geld? Bei uns bekommen Sie Dosen und Trockenes für Ihren Liebling. Sie müssen nichts bezahlen. Bringen Sie den Bescheid vom Amt mit.",
            ),
        ),
    ),
    "kulturloge": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Kulturloge",
                "Theater, Konzert, Museum oder Zoo: Die Kulturloge vermittelt nicht verkaufte Karten an Menschen mit wenig Einkommen. Einmal anmelden, dann rufen wir an, wenn es Plätze gibt.",
            ),
            (
                "Kulturloge-Anmeldung im Stadtteilzentrum",
                "Veranstalter spenden freie Plätze in Oper, Gewandhaus, Kino und Kabarett. Wir nehmen Ihre Daten auf und melden uns, sobald etwas frei ist; die Karten liegen dann an der Abendkasse. Nachweis: Leipzig-Pass oder Bescheid.",
            ),
            (
                "Freikarten für Oper, Kino und Konzert",
                "Sie bekommen Bürgergeld, Grundsicherung oder eine kleine Rente? Dann registrieren Sie sich einmal bei uns und bekommen regelmäßig gespendete Tickets für Vorstellungen in Leipzig, auch für eine Begleitperson.",
            ),
            (
                "Ins Theater, auch wenn das Geld knapp ist",
                "Sie möchten ins Theater, ins Konzert oder in den Zoo, aber die Karten sind zu teuer? Wir schenken Ihnen Karten. Sie geben uns einmal Ihre Telefonnummer. Dann rufen wir an, wenn es Karten gibt.",
            ),
        ),
    ),
    "siebdruck": Kind(
        "Kultur",
        ("Jugendliche",),
        (
            (
                "Siebdruck-Werkstatt",
                "Motiv zeichnen, Sieb belichten, Farbe durchziehen: Hier entstehen eigene T-Shirts, Beutel und Poster. Die Druckerei im Keller des Jugendhauses stellt Rahmen, Rakel und Textilfarbe.",
            ),
            (
                "Siebdruck-Workshop: Shirts selbst bedrucken",
                "An zwei Nachmittagen lernen Sie, wie aus einer Zeichnung ein Sieb wird und wie man damit Stoff und Papier in mehreren Farben bedruckt. Bringen Sie ein helles Kleidungsstück mit.",
            ),
            (
                "Screenprint-Lab",
                "Vom Bandlogo bis zum Protestbanner: Mit Rakel, Rahmen und lichtempfindlicher Schicht bringt ihr eure Entwürfe auf Pullis, Stoffbeutel und Plakate. Eine Grafikerin zeigt jeden Schritt.",
            ),
            (
                "Dein Bild auf deinem Pulli",
                "Du malst ein Bild. Wir machen daraus eine Vorlage. Dann bringst du das Bild mit Farbe auf deinen Pulli oder deine Tasche. So kannst du viele gleiche Stücke machen.",
            ),
        ),
    ),
    "einbuergerungstest": Kind(
        "Bildung",
        (MIGRANTS,),
        (
            (
                "Vorbereitung auf den Einbürgerungstest",
                "33 Fragen zu Politik, Geschichte und Gesellschaft: Wir üben mit dem offiziellen Fragenkatalog, erklären Begriffe wie Bundesrat oder Gewaltenteilung und schreiben Probetests. Sprachniveau ab B1.",
            ),
            (
                "Lernrunde Einbürgerungstest",
                "Wer den deutschen Pass beantragen will, muss den Test „Leben in Deutschland“ bestehen. Wir gehen die 310 Fragen gemeinsam durch, mit Erklärungen auf Arabisch, Dari und Russisch.",
            ),
            (
                "Wissen für den deutschen Pass",
                "Wahlrecht, Grundgesetz, Bundesländer: Ein Politiklehrer bereitet Sie auf die Prüfung vor, die Sie für die deutsche Staatsangehörigkeit brauchen, mit Übungsbögen, Quiz und Erklärungen in einfachem Deutsch.",
            ),
            (
                "Sie wollen einen deutschen Pass?",
                "Für den deutschen Pass müssen Sie Fragen über Deutschland beantworten. Zum Beispiel: Wer wählt den Bundeskanzler? Wir üben diese Fragen zusammen und erklären schwere Wörter.",
            ),
        ),
    ),
    "fuehrerschein_theorie": Kind(
        "Arbeit & Ausbildung",
        (MIGRANTS,),
        (
            (
                "Führerscheintheorie für Zugewanderte",
                "Vorfahrt, Verkehrszeichen, Bremsweg: Wir üben die Fragen der theoretischen Fahrprüfung und erklären die schwierigen Fachwörter. Die Prüfung geht auch auf Arabisch oder Englisch, wir üben in beiden Sprachen.",
            ),
            (
                "Lernhilfe Führerschein: die Theorie",
                "Ein Fahrlehrer im Ruhestand übt mit Ihnen am Laptop die Prüfungsfragen für Klasse B, erklärt die Vorfahrtsregeln an einem Kreuzungsmodell und übersetzt Fachbegriffe gemeinsam mit Ihnen.",
            ),
            (
                "Fit für die Fahrprüfung am Computer",
                "Rechts vor links, Gefahrzeichen, Anhalteweg: Ehrenamtliche trainieren mit Ihnen die Fragebögen für die Klasse B, bis Sie sicher sind. Mit Übersetzungen für Arabisch, Dari und Tigrinya.",
            ),
            (
                "Autofahren: erst die Fragen am Computer",
                "Sie wollen Auto fahren lernen? Vorher müssen Sie Fragen am Computer beantworten, zum Beispiel, wer an der Kreuzung zuerst fahren darf. Wir üben das mit Ihnen, auch in Ihrer Sprache.",
            ),
        ),
    ),
}

# Languages of variants that name more than German; all others are German only.
LANGUAGES: dict[tuple[str, int], tuple[str, ...]] = {
    ("impfsprechstunde", 1): ("Deutsch", "Arabisch", "Dari"),
    ("antidiskriminierungsberatung", 1): ("Deutsch", "Englisch", "Arabisch", "Türkisch"),
    ("einbuergerungstest", 1): ("Deutsch", "Arabisch", "Dari", "Russisch"),
    ("fuehrerschein_theorie", 0): ("Deutsch", "Arabisch", "Englisch"),
    ("fuehrerschein_theorie", 2): ("Deutsch", "Arabisch", "Dari", "Tigrinya"),
    ("trommelgruppe", 2): ("Deutsch", "Englisch"),
}

# Kinds that share the start or the end of their names, or their field, but are different things:
# (kind of the first offer, kind of the second, target groups of both or None for the first
# kind's groups).
LOOK_ALIKE_KINDS: list[tuple[str, str, tuple[str, ...] | None]] = [
    ("steuerhilfe", "bafoeg_beratung", ("Junge Erwachsene",)),
    ("steuerhilfe", "vorsorgeberatung", ("Senior:innen",)),
    ("bafoeg_beratung", "studienorientierung", None),
    ("antidiskriminierungsberatung", "maennerberatung", ("Männer",)),
    ("kurberatung", "schreibaby_beratung", None),
    ("schreibaby_beratung", "impfsprechstunde", None),
    ("pilzberatung", "kraeuterwanderung", None),
    ("kraeuterwanderung", "wandergruppe", None),
    ("wandergruppe", "wassergymnastik", ("Senior:innen",)),
    ("fotokurs", "gitarrenkurs", None),
    ("gitarrenkurs", "trommelgruppe", None),
    ("trommelgruppe", "tanzkurs_paare", None),
    ("tanzkurs_paare", "nichtraucherkurs", None),
    ("nichtraucherkurs", "impfsprechstunde", None),
    ("kinderschwimmkurs", "fotokurs", None),
    ("siebdruck", "fotokurs", None),
    ("volleyball", "badminton", None),
    ("skatertreff", "volleyball", None),
    ("boule", "kegeln", ("Senior:innen",)),
    ("krisentelefon", "angehoerigengruppe", None),
    ("angehoerigengruppe", "schlaganfall_selbsthilfe", None),
    ("schlaganfall_selbsthilfe", "longcovid_selbsthilfe", None),
    ("umzugshilfe", "moebelboerse", None),
    ("moebelboerse", "buechertausch", None),
    ("buechertausch", "kulturloge", None),
    ("kulturloge", "tierfutterhilfe", None),
    ("einbuergerungstest", "fuehrerschein_theorie", None),
]

# The same kind with different target groups: (kind, groups of the first offer, groups of the
# second, how they relate, variant of the first, variant of the second). "broad": only a broad
# group ("Migrant:innen", "Nachbarschaft / alle") in common, not parallel; "none": no group in
# common, not parallel; "specific": a specific group in common, one of them also names a broad
# group, parallel. The variants are ones whose text does not name other people.
GROUP_PAIRS: list[tuple[str, tuple[str, ...], tuple[str, ...], str, int, int]] = [
    ("steuerhilfe", (ALL, "Senior:innen"), (ALL, "Junge Erwachsene"), "broad", 0, 2),
    ("fotokurs", (ALL, "Kinder"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("gitarrenkurs", (ALL, "Kinder"), (ALL, "Senior:innen"), "broad", 1, 2),
    ("trommelgruppe", (ALL, "Jugendliche"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("nichtraucherkurs", (ALL, "Jugendliche"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("impfsprechstunde", (ALL, "Kinder"), (ALL, "Senior:innen"), "broad", 0, 3),
    ("wandergruppe", (ALL, "Familien"), (ALL, "Senior:innen"), "broad", 1, 2),
    ("volleyball", (ALL, "Jugendliche"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("badminton", (ALL, "Kinder"), (ALL, "Senior:innen"), "broad", 1, 2),
    ("krisentelefon", (ALL, "Jugendliche"), (ALL, "Senior:innen"), "broad", 1, 2),
    ("buechertausch", (ALL, "Kinder"), (ALL, "Senior:innen"), "broad", 1, 3),
    ("kulturloge", (ALL, "Familien"), (ALL, "Senior:innen"), "broad", 1, 3),
    (
        "antidiskriminierungsberatung",
        (MIGRANTS, "Frauen"),
        (MIGRANTS, "Jugendliche"),
        "broad",
        0,
        2,
    ),
    ("einbuergerungstest", (MIGRANTS, "Frauen"), (MIGRANTS, "Männer"), "broad", 0, 2),
    ("fuehrerschein_theorie", (MIGRANTS, "Junge Erwachsene"), (MIGRANTS, "Frauen"), "broad", 1, 2),
    ("gitarrenkurs", ("Kinder",), ("Senior:innen",), "none", 0, 3),
    ("volleyball", ("Jugendliche",), ("Senior:innen",), "none", 1, 3),
    ("fotokurs", ("Kinder",), ("Senior:innen",), "none", 1, 2),
    ("tanzkurs_paare", ("Junge Erwachsene",), ("Senior:innen",), "none", 0, 2),
    ("kraeuterwanderung", ("Kinder",), ("Senior:innen",), "none", 0, 3),
    ("steuerhilfe", (ALL, "Senior:innen"), ("Senior:innen",), "specific", 1, 3),
    ("einbuergerungstest", (MIGRANTS, "Frauen"), ("Frauen",), "specific", 1, 3),
    ("antidiskriminierungsberatung", ("Geflüchtete",), (MIGRANTS, "Geflüchtete"), "specific", 1, 3),
    ("fuehrerschein_theorie", (MIGRANTS, "Geflüchtete"), ("Geflüchtete",), "specific", 1, 3),
    ("moebelboerse", ("Familien",), (ALL, "Familien"), "specific", 0, 3),
    ("trommelgruppe", (ALL, DISABLED), (DISABLED,), "specific", 1, 3),
    ("volleyball", ("Mädchen",), (ALL, "Mädchen"), "specific", 0, 2),
    ("kegeln", ("Senior:innen",), (ALL, "Senior:innen"), "specific", 1, 2),
    ("angehoerigengruppe", ("Senior:innen",), (ALL, "Senior:innen"), "specific", 0, 2),
    ("boule", (ALL, "Senior:innen"), ("Senior:innen",), "specific", 0, 3),
]


NEEDS: list[Need] = [
    Need(
        "Witwe hat Post vom Finanzamt und keinen Computer",
        "Frau K. (72) bekommt seit dem Tod ihres Mannes zwei Renten und hat jetzt ein Schreiben erhalten, dass sie bis Ende Juli Angaben zu ihren Einkünften einreichen muss. Um solche Dinge hat sich immer ihr Mann gekümmert; sie hat keinen Computer und Angst vor einer Strafe.",
        ("Senior:innen",),
        "Beratung",
        "steuerhilfe",
        ("vorsorgeberatung",),
        "Junge Erwachsene",
        3,
    ),
    Need(
        "Studienplatz sicher, aber wovon leben?",
        "Selin (19) hat ihr Abitur mit 1,8 bestanden und eine Zusage für Soziale Arbeit in Leipzig. Die Mutter arbeitet als Verkäuferin, der Vater ist krankgeschrieben; wie Selin Miete, Essen und Semesterbeitrag bezahlen soll, weiß niemand in der Familie.",
        ("Junge Erwachsene",),
        "Bildung",
        "bafoeg_beratung",
        ("studienorientierung", "steuerhilfe"),
        "Senior:innen",
        1,
    ),
    Need(
        "Nach dem Herzinfarkt: Die Lebensgefährtin durfte nicht mitreden",
        "Herr G. (77) ist nach einem Herzinfarkt aus der Klinik zurück. Dort durfte seine Lebensgefährtin nicht mit den Ärzten sprechen, weil die beiden nicht verheiratet sind. Er möchte jetzt festlegen, dass sie im Notfall für ihn handeln darf, und aufschreiben, welche Behandlungen er nicht will.",
        ("Senior:innen",),
        "Beratung",
        "vorsorgeberatung",
        ("steuerhilfe",),
        "Junge Erwachsene",
        0,
    ),
    Need(
        "Die Wohnung ist immer vergeben, sobald er seinen Namen sagt",
        "Herr O. (34) kommt aus Nigeria, arbeitet als Pflegefachkraft und sucht seit einem halben Jahr eine größere Wohnung. Am Telefon ist sie oft noch frei; sobald er seinen Namen nennt oder zur Besichtigung erscheint, ist sie vergeben. Ein deutscher Kollege hat mit demselben Einkommen sofort einen Termin bekommen, und Herr O. will sich das nicht länger gefallen lassen.",
        (MIGRANTS,),
        "Beratung",
        "antidiskriminierungsberatung",
        ("maennerberatung", "einbuergerungstest"),
        "Senior:innen",
        0,
    ),
    Need(
        "Vater erschrickt über die eigene Wut",
        "Herr S. (38) lebt seit der Trennung allein und sieht seine Tochter jedes zweite Wochenende. Bei der letzten Übergabe ist er so laut geworden, dass das Kind geweint hat. Er schämt sich, will nicht so werden wie sein eigener Vater und sucht jemanden, mit dem er unter vier Augen darüber reden kann.",
        ("Männer",),
        "Beratung",
        "maennerberatung",
        ("antidiskriminierungsberatung",),
        "Jugendliche",
        2,
    ),
    Need(
        "Mutter von drei Kindern kann nicht mehr",
        "Frau L. (36) hat drei Kinder, eines davon mit ADHS, und arbeitet halbtags im Supermarkt. Sie schläft seit Monaten schlecht, hat Rückenschmerzen und weint oft. Die Hausärztin meint, sie brauche dringend ein paar Wochen weg vom Alltag, am besten mit den Kindern, aber Frau L. weiß nicht, wie man so etwas beantragt und ob sie es bezahlen kann.",
        ("Eltern",),
        "Gesundheit",
        "kurberatung",
        ("schreibaby_beratung",),
        "Senior:innen",
        1,
    ),
    Need(
        "Rentner traut seinem Sammelkorb nicht mehr",
        "Herr P. (74) geht jeden Herbst in die Dübener Heide und bringt Körbe voller Pilze mit, die er mit seinen Enkeln isst. Letzte Woche war er unsicher, ob ein weißer Hut essbar oder tödlich war, und hat alles weggeworfen. Er möchte sicher sein, bevor wieder etwas in die Pfanne kommt.",
        ("Senior:innen",),
        "Umwelt & Klima",
        "pilzberatung",
        ("kraeuterwanderung",),
        "Kinder",
        2,
    ),
    Need(
        "Hobbyköchin will wissen, was draußen wächst",
        "Frau D. (45) kocht gern und hat von Salaten mit Bärlauch und Giersch gelesen. Sie traut sich aber nicht, draußen etwas zu pflücken, weil sie die Pflanzen nicht sicher erkennt, und würde es gern einmal vor Ort von jemandem gezeigt bekommen, der sich auskennt.",
        ("Frauen",),
        "Umwelt & Klima",
        "kraeuterwanderung",
        ("pilzberatung", "wandergruppe"),
        "Kinder",
        1,
    ),
    Need(
        "Jugendlicher bekommt die Kamera vom Opa nicht in den Griff",
        "Tim (15) hat von seinem Großvater eine gebrauchte Spiegelreflexkamera geschenkt bekommen, aber seine Bilder werden unscharf oder zu dunkel. Er möchte lernen, richtig damit umzugehen, und hält gern Leute und Häuser im Viertel fest.",
        ("Jugendliche",),
        "Kultur",
        "fotokurs",
        ("siebdruck",),
        "Senior:innen",
        2,
    ),
    Need(
        "Rentner hat seine alte Gitarre wiedergefunden",
        "Herr J. (68) hat beim Aufräumen die Gitarre aus seiner Lehrzeit auf dem Dachboden gefunden. Er kann nur noch zwei Griffe und würde gern wieder Lieder spielen, am liebsten mit anderen, die auch von vorn anfangen.",
        ("Senior:innen",),
        "Kultur",
        "gitarrenkurs",
        ("trommelgruppe",),
        "Kinder",
        0,
    ),
    Need(
        "Junger Mann aus Guinea vermisst die Feste seiner Heimat",
        "Herr C. (24) ist vor zwei Jahren aus Guinea gekommen und lebt in einer Gemeinschaftsunterkunft. Zu Hause hat er bei jedem Fest die Djembe geschlagen; hier fehlt ihm das gemeinsame Trommeln in der Runde. Er wirkt zurückgezogen, blüht aber auf, sobald er davon erzählt.",
        ("Geflüchtete",),
        "Kultur",
        "trommelgruppe",
        ("gitarrenkurs", "tanzkurs_paare"),
        "Kinder",
        2,
    ),
    Need(
        "Brautpaar fürchtet den Eröffnungswalzer",
        "Frau A. (27) und ihr Verlobter heiraten im September. Beide haben nie Standardtanz gelernt und haben Angst, sich beim ersten Walzer vor 80 Gästen zu blamieren. Sie suchen etwas, wo sie das zu zweit in Ruhe üben können.",
        ("Junge Erwachsene",),
        "Freizeit",
        "tanzkurs_paare",
        ("trommelgruppe",),
        "Senior:innen",
        1,
    ),
    Need(
        "Lungenarzt schlägt Alarm",
        "Herr R. (52) raucht seit seinem 20. Lebensjahr eine Schachtel am Tag. Bei der letzten Untersuchung hat ihm der Lungenarzt deutlich gesagt, dass er sofort aufhören muss. Allein hat er es schon dreimal versucht und nach wenigen Tagen wieder angefangen.",
        ("Männer",),
        "Gesundheit",
        "nichtraucherkurs",
        ("impfsprechstunde",),
        "Jugendliche",
        0,
    ),
    Need(
        "Kita nimmt die Tochter erst mit Masernnachweis",
        "Familie H. ist aus Afghanistan gekommen, die Tochter (4) hat endlich einen Kitaplatz. Die Kita nimmt sie aber erst, wenn ein Nachweis über den Masernschutz vorliegt; die Unterlagen aus der Heimat sind auf der Flucht verloren gegangen, und eine Kinderarztpraxis hat die Familie noch nicht gefunden.",
        ("Familien", "Geflüchtete"),
        "Gesundheit",
        "impfsprechstunde",
        ("schreibaby_beratung", "nichtraucherkurs"),
        "Senior:innen",
        3,
    ),
    Need(
        "Witwer vermisst die langen Touren",
        "Herr E. (69) ist früher mit seiner Frau jedes zweite Wochenende 20 Kilometer durch Harz und Sächsische Schweiz gezogen. Seit ihrem Tod sitzt er zu Hause, allein mag er nicht los. Er ist körperlich fit und möchte wieder ganze Tage draußen unterwegs sein, zusammen mit anderen.",
        ("Senior:innen",),
        "Sport & Bewegung",
        "wandergruppe",
        ("kraeuterwanderung", "wassergymnastik"),
        "Familien",
        0,
    ),
    Need(
        "Achtjähriger war noch nie im Becken",
        "Emil (8) war bisher nie im Schwimmbad, weil beide Eltern im Schichtdienst arbeiten. In der dritten Klasse beginnt der Schwimmunterricht, und Emil hat Angst, vor den anderen unterzugehen; im Sommer will die Familie außerdem an die Ostsee.",
        ("Kinder",),
        "Sport & Bewegung",
        "kinderschwimmkurs",
        ("fotokurs",),
        "Mädchen",
        2,
    ),
    Need(
        "Studentin vermisst ihr Schulteam",
        "Marie (21) ist zum Studium aus Rostock hergezogen und hat in der Schule jahrelang im Team gebaggert und gepritscht. Vereinstraining mit Punktspielen ist ihr zu verbindlich; sie sucht einfach eine Runde, die abends zusammen spielt.",
        ("Junge Erwachsene",),
        "Sport & Bewegung",
        "volleyball",
        ("badminton",),
        "Senior:innen",
        0,
    ),
    Need(
        "Rentner aus Marseille hat seine Kugeln noch im Schrank",
        "Herr B. (71) stammt aus Marseille und lebt seit 30 Jahren in Leipzig. Seit er in Rente ist, fehlen ihm die Nachmittage auf dem Dorfplatz, an denen er mit Freunden die Stahlkugeln an die kleine Zielkugel geworfen hat. Seinen Satz Kugeln hat er noch; es fehlen ihm nur Leute, die mitspielen.",
        ("Senior:innen",),
        "Freizeit",
        "boule",
        ("kegeln",),
        "Jugendliche",
        1,
    ),
    Need(
        "Die Kegelbahn im Lokal ist zu",
        "Frau W. (75) war 40 Jahre in einem Betriebssportverein und ist jede Woche kegeln gegangen. Die Gaststätte mit der Bahn hat geschlossen, der Verein hat sich aufgelöst, und seitdem fehlen ihr die Runde und das Rufen, wenn alle neune fallen.",
        ("Senior:innen",),
        "Freizeit",
        "kegeln",
        ("boule",),
        "Jugendliche",
        0,
    ),
    Need(
        "Junge wird mit seinem Brett überall weggeschickt",
        "Can (14) übt seit dem Sommer Sprünge mit seinem Skateboard auf dem Parkplatz vom Supermarkt; der Hausmeister und die Polizei haben ihn schon mehrmals weggeschickt. Seine Mutter sucht einen Ort, an dem er das darf und wo andere Jugendliche mit ihm üben.",
        ("Jugendliche",),
        "Sport & Bewegung",
        "skatertreff",
        ("volleyball",),
        "Mädchen",
        0,
    ),
    Need(
        "Nachts allein mit den Gedanken",
        "Frau T. (58) lebt allein, seit ihr Mann ausgezogen ist. Tagsüber geht es, aber nachts liegt sie wach, grübelt und hat niemanden, den sie anrufen kann; auf einen Therapieplatz wartet sie seit acht Monaten. Sie sagt, manchmal würde es schon helfen, mit irgendjemandem zu sprechen.",
        ("Frauen",),
        "Beratung",
        "krisentelefon",
        ("angehoerigengruppe",),
        "Kinder",
        3,
    ),
    Need(
        "Mutter eines kranken Sohnes hat niemanden, der sie versteht",
        "Frau M. (63) lebt mit ihrem Sohn (32) zusammen, der seit Jahren Stimmen hört und immer wieder in die Klinik muss. Sie kümmert sich um alles und ist selbst erschöpft. Mit ihren Freundinnen kann sie darüber nicht reden; sie wünscht sich Austausch mit anderen Eltern, die dasselbe erleben.",
        ("Eltern",),
        "Gesundheit",
        "angehoerigengruppe",
        ("krisentelefon", "schlaganfall_selbsthilfe"),
        "Kinder",
        0,
    ),
    Need(
        "Nach dem Schlaganfall zieht er sich zurück",
        "Herr Z. (66) hatte vor einem halben Jahr einen Schlaganfall; der rechte Arm ist noch schwach, und beim Sprechen fehlen ihm oft die Wörter. Die Reha ist vorbei, er traut sich kaum noch unter Leute. Seine Frau meint, es würde ihm guttun, Menschen zu treffen, die dasselbe durchgemacht haben.",
        ("Senior:innen",),
        "Gesundheit",
        "schlaganfall_selbsthilfe",
        ("longcovid_selbsthilfe",),
        "Junge Erwachsene",
        2,
    ),
    Need(
        "Erzieherin seit der Infektion ohne Kraft",
        "Frau F. (29) hatte vor anderthalb Jahren Corona. Seitdem muss sie sich nach dem Einkaufen hinlegen und verliert mitten im Satz den Faden. Ihre Arbeit in der Kita ruht, Ärzte nehmen sie kaum ernst, und sie möchte sich mit anderen austauschen, denen es genauso geht.",
        ("Junge Erwachsene",),
        "Gesundheit",
        "longcovid_selbsthilfe",
        ("schlaganfall_selbsthilfe",),
        "Senior:innen",
        3,
    ),
    Need(
        "Vierter Stock, kein Aufzug, niemand zum Tragen",
        "Frau H. (84) muss aus ihrer Wohnung im vierten Stock ohne Aufzug in eine kleinere Erdgeschosswohnung zwei Straßen weiter ziehen. Ihre Kinder leben in Bayern, eine Firma ist ihr zu teuer, und sie weiß nicht, wer die Kisten und den Schrank hinuntertragen soll.",
        ("Senior:innen",),
        "Nachbarschaft & Begegnung",
        "umzugshilfe",
        ("moebelboerse",),
        "Geflüchtete",
        3,
    ),
    Need(
        "Eigene Wohnung, aber nur Matratzen und Koffer",
        "Familie S. aus Syrien (zwei Erwachsene, drei Kinder) ist nach zwei Jahren im Heim in eine eigene Wohnung gezogen. Beim Tragen haben Freunde mit einem Transporter geholfen, aber außer Matratzen und Koffern besitzt die Familie nichts: kein Tisch, keine Schränke, kein Bett für die Kinder. Das Geld vom Jobcenter für die Erstausstattung reicht nicht weit.",
        ("Familien", "Geflüchtete"),
        "Nachbarschaft & Begegnung",
        "moebelboerse",
        ("umzugshilfe", "buechertausch"),
        "Junge Erwachsene",
        3,
    ),
    Need(
        "Vielleserin kann sich keine Krimis mehr leisten",
        "Frau V. (76) liest jede Woche zwei, drei Krimis. Von ihrer kleinen Rente kann sie sich keine neuen mehr kaufen, und zur Stadtbibliothek in der Innenstadt kommt sie mit ihrem Knie schlecht. Zu Hause stapeln sich die ausgelesenen, die sie gern weitergeben würde.",
        ("Senior:innen",),
        "Kultur",
        "buechertausch",
        ("kulturloge",),
        "Kinder",
        0,
    ),
    Need(
        "Tochter wünscht sich einmal das Weihnachtsmärchen",
        "Frau N. ist alleinerziehend und lebt von Bürgergeld. Ihre Tochter (10) hat in der Schule vom Weihnachtsmärchen im Schauspielhaus gehört und wünscht sich nichts mehr, als einmal mitzugehen; zwei Eintrittskarten kann die Familie sich nicht leisten.",
        ("Familien",),
        "Kultur",
        "kulturloge",
        ("buechertausch", "tierfutterhilfe"),
        "Senior:innen",
        0,
    ),
    Need(
        "Mädchen wollen ihr Logo auf Pullover bringen",
        "Jana (16) und ihre Freundinnen haben ein Logo entworfen und wollen es auf Pullover und Stoffbeutel bringen, um sie beim Stadtteilfest zu verkaufen. Mit Bügelbildern aus dem Copyshop waren sie unzufrieden; sie wollen lernen, selbst viele gleiche Stücke herzustellen.",
        ("Jugendliche",),
        "Kultur",
        "siebdruck",
        ("fotokurs",),
        "Senior:innen",
        1,
    ),
    Need(
        "Busfahrer will Deutscher werden, die Prüfung macht ihm Sorgen",
        "Herr A. (41) lebt seit sieben Jahren in Leipzig, fährt für die Verkehrsbetriebe Bus und hat sein Sprachzertifikat B1. Für die Einbürgerung fehlt ihm nur noch die Prüfung zu Politik und Geschichte; den Fragenkatalog hat er heruntergeladen, versteht aber viele Begriffe nicht.",
        (MIGRANTS,),
        "Bildung",
        "einbuergerungstest",
        ("fuehrerschein_theorie",),
        "Frauen",
        0,
    ),
]


def build(seed: int = SEED) -> list[dict]:
    return build_pairs(
        seed,
        kinds=KINDS,
        languages=LANGUAGES,
        look_alike_kinds=LOOK_ALIKE_KINDS,
        group_pairs=GROUP_PAIRS,
        needs=NEEDS,
        id_prefix=ID_PREFIX,
        case_prefix=CASE_PREFIX,
    )


def main() -> None:
    run_builder(build, OUTPUT, SEED, __doc__)


if __name__ == "__main__":
    main()
