"""Build ``heldout6_pairs.jsonl``: the sixth held-out part of the synergy engine's labelled set.

Its place and time helpers and the pair scaffolding now live in ``heldout_common.py``,
shared by the builders.

The sixth unseen set, written in December 2026, after the fifth held-out part
(``heldout5_pairs.jsonl``) had been evaluated once and so became spent. It was written by someone
who did not tune the engine and did not open the engine, its lexicon (``offer_kinds.toml``) or
its kind list, nor the tuning files and the other pair builders, ``eval_quality.py`` or any
other ``.jsonl`` file, and no figure of any engine was looked at while writing it. Only
``build_heldout5.py`` was opened, to take the record format, the case scheme and counts, and the
place and time helpers (district coordinates, weekly slots, walking offsets, seed handling,
command line); the first lines of ``heldout5_pairs.jsonl`` were looked at only to match the
output format. None of the offer texts, needs or kinds of part 5 or of the earlier parts were
reused.

It must not be used for tuning. Evaluate it once, after the last change to the engine and its
lexicon in a round, report the figures and change nothing because of them:

    .venv/bin/python bench/eval_quality.py --heldout bench/data/heldout6_pairs.jsonl

36 kinds of neighbourhood and social work, none of them a kind of the earlier parts:
Unterhaltsberatung, Beratung für Pflegefamilien, Patientenberatung, queere Beratung,
Traumaberatung für Geflüchtete, Beratung zum beruflichen Wiedereinstieg, Zahnprophylaxe für
Kinder, Herzsport, anonymer HIV-Test, Entspannungskurs (Progressive Muskelentspannung, Autogenes
Training), Tai Chi, Selbsthilfegruppe Depression, Selbsthilfegruppe Alkohol, Krebs-Selbsthilfe,
Rudern, Paddeln, Radtouren, Angeln, Buchbinden, Filzen, DJ-Workshop, Rap-Workshop, Posaunenchor,
Geschichtswerkstatt, Ahnenforschung, Programmieren für Kinder, Forscherwerkstatt, Schulabschluss
nachholen, Jugendfeuerwehr, Pfadfinder, Tagesausflüge, Naturschutzeinsatz, Vogelbeobachtung,
Obsternte, Kompostkurs and Schulmaterial für Familien mit wenig Geld. Each is written four ways,
as organisations title and describe it: two that keep the kind's word stem ("Posaunenchor" /
"Posaunenchor sucht Verstärkung") and two that name it with other words, loanwords, the words of
a parish, a club, a self-organisation or a youth office, nearly half of them in plain language
("Blechbläser-Ensemble", "Chinesisches Schattenboxen", "Zusammen in die Pedale treten").

Look-alike groups share a compound head or a field: ...beratung (Unterhalt, Pflegefamilien,
Patienten, queer, Trauma, Wiedereinstieg), ...selbsthilfe and mental health (Depression, Alkohol,
Krebs, Trauma, Entspannung), gentle movement for health (Herzsport, Tai Chi, Entspannung), boats
and water (Rudern, Paddeln, Angeln), getting out (Radtouren, Tagesausflüge), crafts (Buchbinden,
Filzen), music for the young (DJ, Rap, Posaunenchor), the past (Geschichtswerkstatt,
Ahnenforschung), finding out for children (Programmieren, Forscherwerkstatt, Vogelbeobachtung),
youth groups in uniform (Jugendfeuerwehr, Pfadfinder), green volunteering (Naturschutzeinsatz,
Vogelbeobachtung, Obsternte, Kompostkurs), families with little money and children's health
(Unterhalt, Schulmaterial, Zahnprophylaxe), a second chance at work (Wiedereinstieg,
Schulabschluss) and sexual health (queere Beratung, HIV-Test).

Offer pairs (``"type": "offers"``) are parallel (label 1) when both are the same kind of thing,
for the same people, in the same area, at overlapping times. 168 offer pairs, ``case`` after the
prefix ``held-out 6 ``:

* parallel (70): ``synonym without shared stem`` 36 (every kind once), ``paraphrase`` 24,
  ``specific group shared`` 10 (a specific group in common, one offer also names a broad one);
* not parallel (98): ``look-alike kinds`` 54 (27 pairs of different kinds with the same compound
  head or a similar field, two wordings each, same place, people and time: "Rudern" /
  "Paddeln", "DJ-Workshop" / "Rap-Workshop", "Geschichtswerkstatt" / "Ahnenforschung",
  "Jugendfeuerwehr" / "Pfadfinder", "Obsternte" / "Kompostkurs"), ``broad group only`` 15 (the
  same kind for people who share only "Migrant:innen" or "Nachbarschaft / alle"), ``other
  people`` 5, ``far apart`` 12 (several kilometres), ``other time`` 12. Apart from what a case
  changes, both offers agree.

Need pairs (``"type": "need"``) hold a need as a social worker notes it and one offer: 30 needs,
159 need pairs: ``meets the need`` 90 (three offers of the kind that meets it, label 1),
``look-alike kinds (need)`` 39 (one or two offers of a look-alike kind, label 0) and
``other target group`` 30 (the right kind for other people, label 0).

    python bench/data/build_heldout6.py
"""

from __future__ import annotations

from pathlib import Path

from heldout_common import ALL, DISABLED, MIGRANTS, Kind, Need, build_pairs, run_builder

# ruff: noqa: E501  (one offer text per line reads better than wrapped strings)

OUTPUT = Path(__file__).resolve().parent / "heldout6_pairs.jsonl"
SEED = 20261207
CASE_PREFIX = "held-out 6 "
ID_PREFIX = "s"

KINDS: dict[str, Kind] = {
    "unterhaltsberatung": Kind(
        "Beratung",
        ("Eltern",),
        (
            (
                "Unterhaltsberatung",
                "Der andere Elternteil zahlt nicht, zu wenig oder nur unregelmäßig? Wir prüfen mit Ihnen, wie viel Kindesunterhalt nach der Düsseldorfer Tabelle zusteht, schreiben die Aufforderung zur Auskunft über das Einkommen und erklären, wann das Jugendamt als Beistand einspringt.",
            ),
            (
                "Sprechstunde Unterhalt und Unterhaltsvorschuss",
                "Wenn vom Ex-Partner kein Geld kommt, kann die Unterhaltsvorschusskasse einspringen. Eine Mitarbeiterin des Familienbüros hilft beim Antrag, rechnet Ansprüche für Kinder bis 18 durch und erklärt, was sich ändert, wenn Sie umziehen oder wieder heiraten.",
            ),
            (
                "Nach der Trennung: Was steht dem Kind zu?",
                "Wer nicht mit dem Kind zusammenlebt, muss jeden Monat für es zahlen. Der Verband alleinerziehender Mütter und Väter rechnet mit Ihnen aus, welcher Betrag angemessen ist, setzt Briefe an den säumigen Elternteil auf und begleitet Sie, wenn er sich drückt.",
            ),
            (
                "Ihr Kind bekommt kein Geld vom anderen Elternteil?",
                "Sie leben getrennt. Ihr Kind wohnt bei Ihnen. Der andere Elternteil muss jeden Monat Geld für das Kind zahlen. Tut er das nicht, kann der Staat das Geld erst einmal geben. Wir helfen Ihnen dabei.",
            ),
        ),
    ),
    "pflegefamilien_beratung": Kind(
        "Familie & Kinderschutz",
        (ALL,),
        (
            (
                "Pflegefamilie werden",
                "Der Pflegekinderdienst stellt vor, wie Kinder, die vorübergehend oder dauerhaft nicht bei ihren Eltern leben können, in einer Pflegefamilie ein Zuhause finden. Wir erklären Voraussetzungen, Eignungsprüfung, Vorbereitungskurs und Pflegegeld.",
            ),
            (
                "Beratung für Pflegeeltern und alle, die es werden wollen",
                "Ob Bereitschaftspflege für wenige Wochen oder ein Pflegekind auf Dauer: Wir beantworten Ihre Fragen, begleiten Sie durch die Bewerbung beim Jugendamt und bleiben auch nach der Aufnahme des Kindes an Ihrer Seite.",
            ),
            (
                "Ein Zuhause auf Zeit schenken",
                "Manche Kinder können eine Weile oder für immer nicht bei Mutter und Vater bleiben. Das Jugendamt sucht Paare, Alleinstehende und Wohngemeinschaften, die einem solchen Kind ein Bett, Geduld und Verlässlichkeit geben, und bereitet Sie in einem Seminar darauf vor.",
            ),
            (
                "Ein Kind bei sich aufnehmen",
                "Manche Kinder können nicht bei Mama und Papa wohnen. Sie brauchen ein neues Zuhause. Können Sie so ein Kind bei sich wohnen lassen? Wir erklären Ihnen, wie das geht und welche Hilfe Sie dafür bekommen.",
            ),
        ),
    ),
    "patientenberatung": Kind(
        "Beratung",
        (ALL,),
        (
            (
                "Unabhängige Patientenberatung",
                "Die Krankenkasse lehnt eine Reha ab, die Rechnung der Zahnärztin ist höher als besprochen, oder Sie vermuten einen Behandlungsfehler? Wir erklären Ihre Rechte als Patientin oder Patient, helfen beim Widerspruch und sagen, wo Sie ein Gutachten bekommen.",
            ),
            (
                "Sprechstunde für Patientenrechte",
                "Einsicht in die eigene Akte, eine zweite Meinung vor der Operation, Ärger mit dem Krankenhaus: Ehrenamtliche des Gesundheitsladens und eine pensionierte Ärztin hören zu und zeigen, wie Sie zu Ihrem Recht kommen.",
            ),
            (
                "Ärger mit Krankenkasse oder Arztpraxis?",
                "Ein abgelehntes Hilfsmittel, eine Operation, nach der es schlimmer ist als vorher, eine Praxis, die Ihnen die Unterlagen verweigert: Der Gesundheitsladen e. V. hilft, Beschwerden und Widersprüche aufzusetzen, und vermittelt an die Schlichtungsstelle der Ärztekammer.",
            ),
            (
                "Sie fühlen sich vom Arzt oder von der Kasse schlecht behandelt?",
                "Die Krankenkasse will etwas nicht bezahlen? Der Arzt erklärt Ihnen nichts? Sie wollen Ihre Papiere aus der Praxis sehen? Wir sagen Ihnen, was Sie dürfen. Und wir helfen Ihnen, einen Brief zu schreiben.",
            ),
        ),
    ),
    "queere_beratung": Kind(
        "Beratung",
        (ALL,),
        (
            (
                "Queere Beratung",
                "Coming-out mit 16 oder mit 60, Fragen zur eigenen Geschlechtsidentität, Streit mit der Familie oder Anfeindungen im Betrieb: Bei uns beraten lesbische, schwule, bi, trans und nicht-binäre Fachleute vertraulich und auf Augenhöhe.",
            ),
            (
                "Beratung für queere Menschen und ihre Angehörigen",
                "Ihr Kind hat sich als trans geoutet, oder Sie sind sich selbst unsicher, wen Sie lieben? Wir nehmen uns Zeit für Ihre Fragen, auch zu Namensänderung, Hormonen und dem Selbstbestimmungsgesetz, anonym und kostenlos.",
            ),
            (
                "LSBTIQ*-Anlaufstelle: Coming-out und Identität",
                "Lesbisch, schwul, bi, trans, inter oder noch auf der Suche: In der Anlaufstelle im Regenbogenhaus finden Sie ein offenes Ohr und Rat von Leuten, die Ähnliches erlebt haben, ob es um die erste Liebe, die Eltern oder Diskriminierung am Arbeitsplatz geht.",
            ),
            (
                "Wen liebe ich? Wer bin ich?",
                "Sie verlieben sich in jemanden vom gleichen Geschlecht? Oder Sie merken: Mein Körper passt nicht zu mir? Darüber können Sie mit uns reden. Wir hören zu. Niemand erfährt etwas davon.",
            ),
        ),
    ),
    "traumaberatung": Kind(
        "Gesundheit",
        ("Geflüchtete",),
        (
            (
                "Traumaberatung",
                "Albträume, Herzrasen bei lauten Geräuschen, Bilder, die nicht verschwinden: Nach Krieg, Folter oder Flucht reagiert die Seele oft noch Jahre später. Unsere Psychologinnen beraten mit Sprachmittlung und vermitteln bei Bedarf in eine Therapie.",
            ),
            (
                "Trauma-Sprechstunde im Psychosozialen Zentrum",
                "Wer Gewalt erlebt hat und seitdem nicht mehr schlafen kann, findet hier Stabilisierung in Einzelgesprächen, Übungen gegen die Anspannung und Hilfe bei der Suche nach einem Therapieplatz, auch auf Arabisch, Dari, Russisch und Ukrainisch.",
            ),
            (
                "Seelische Hilfe nach Krieg und Flucht",
                "Schreckliche Erinnerungen lassen sich nicht einfach abschalten. Eine Therapeutin und Sprachmittler:innen unterstützen Sie in Einzelgesprächen in Ihrer Muttersprache, damit die Nächte ruhiger werden und der Alltag wieder gelingt.",
            ),
            (
                "Sie haben Schlimmes erlebt und können nicht schlafen?",
                "Sie denken immer wieder an den Krieg oder an die Flucht. Sie haben Angst. Sie schlafen schlecht. Hier können Sie mit einer Fachfrau reden. Eine Übersetzerin ist dabei. Das kostet nichts.",
            ),
        ),
    ),
    "wiedereinstieg_beratung": Kind(
        "Arbeit & Ausbildung",
        ("Frauen",),
        (
            (
                "Beratung zum beruflichen Wiedereinstieg",
                "Nach Elternzeit, der Pflege von Angehörigen oder Jahren als Hausfrau zurück in den Job: Wir sortieren mit Ihnen, was Sie können, welche Teilzeitmodelle es gibt, welche Weiterbildung die Agentur für Arbeit bezahlt und wie Sie die Lücke im Lebenslauf erklären.",
            ),
            (
                "Sprechstunde Wiedereinstieg in den Beruf",
                "Sie waren lange zu Hause und möchten wieder arbeiten? Eine Beraterin der Kontaktstelle Frau und Beruf kommt ins Familienzentrum, bespricht Ihre Pläne und hilft bei Bewerbung, Kinderbetreuung und der Frage, ob sich ein Minijob oder eine Umschulung lohnt.",
            ),
            (
                "Zurück in den Job nach der Familienzeit",
                "Die Kinder sind aus dem Gröbsten raus, die Pflege der Mutter ist vorbei, und jetzt? In vier Terminen planen wir mit Ihnen den Neustart: Stärken finden, Lebenslauf auffrischen, Kinderbetreuung klären und mit Arbeitgebern ins Gespräch kommen.",
            ),
            (
                "Nach vielen Jahren zu Hause zurück in die Arbeit",
                "Sie hatten lange keine Arbeit, weil Sie für Ihre Kinder oder für kranke Eltern da waren. Jetzt wollen Sie selbst Geld verdienen. Wir helfen Ihnen, eine passende Stelle zu finden.",
            ),
        ),
    ),
    "zahnprophylaxe": Kind(
        "Gesundheit",
        ("Kinder",),
        (
            (
                "Zahnprophylaxe für Kinder",
                "Die Zahnärztin vom Gesundheitsamt kommt mit dem Plüschkrokodil, zeigt die KAI-Putztechnik, färbt Beläge sichtbar an und gibt Tipps zu Fluorid, Nuckelflasche und süßen Getränken.",
            ),
            (
                "Zahnputzschule",
                "Kinder von drei bis zehn Jahren üben mit Riesengebiss und Spiegel, wie man richtig putzt, und lernen, welche Snacks den Zähnen schaden. Eltern bekommen eine neue Zahnbürste und einen Termin für die kostenlose Kontrolle.",
            ),
            (
                "Gesundes Gebiss ein Leben lang",
                "Karies und Parodontitis lassen sich vermeiden. Eine Fachkraft des Gesundheitsamts zeigt mit Spiegel und Färbetabletten, wo Beläge sitzen, wie die Bürste richtig geführt wird und welche Getränke dem Gebiss schaden.",
            ),
            (
                "Gesund beißen: die Bürste richtig halten",
                "Eine Ärztin zeigt Ihrem Kind mit einer Puppe, wie es die Bürste richtig hält. Sie erklärt Ihnen: Welche Getränke machen Löcher ins Gebiss? Danach bekommt Ihr Kind eine neue Bürste geschenkt.",
            ),
        ),
    ),
    "herzsport": Kind(
        "Sport & Bewegung",
        ("Senior:innen",),
        (
            (
                "Herzsportgruppe",
                "Nach Herzinfarkt, Bypass oder Stent trainieren Sie unter Aufsicht einer Ärztin und einer Übungsleiterin: Ausdauer, leichte Kraftübungen, Koordination. Puls und Blutdruck werden gemessen, ein Defibrillator ist immer dabei. Teilnahme mit Rehasport-Verordnung.",
            ),
            (
                "Herzsport im Turnverein",
                "Die Herzgruppe des TSV trifft sich in der Schulturnhalle zu sanftem Ausdauertraining, Spielen und Entspannung. Neue Mitglieder mit Herzschwäche oder nach einer Herz-OP sind willkommen; die Kosten übernimmt meist die Krankenkasse.",
            ),
            (
                "Bewegung nach dem Infarkt unter ärztlicher Aufsicht",
                "Wer einen Infarkt, eine Bypass-Operation oder einen Stent hinter sich hat, kommt hier behutsam wieder in Schwung: Gehen, Ergometer, leichte Gymnastik, immer mit Kardiologin und Notfallkoffer in der Halle. Die Kasse zahlt auf ärztliche Verordnung.",
            ),
            (
                "Vorsichtig wieder fit werden nach dem Infarkt",
                "Sie hatten einen Infarkt? Oder eine Operation an den Adern? Dann sollen Sie sich bewegen, aber vorsichtig. Hier üben Sie mit anderen. Eine Ärztin passt auf Sie auf. Die Kasse bezahlt das.",
            ),
        ),
    ),
    "hiv_test": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Anonymer HIV-Test",
                "Schnelltest auf HIV, Syphilis und Hepatitis C ohne Namen und ohne Versichertenkarte; das Ergebnis gibt es nach einer halben Stunde im persönlichen Gespräch. Wir beraten auch zu PrEP und Safer Sex.",
            ),
            (
                "HIV- und STI-Test der Aidshilfe",
                "Die Aidshilfe öffnet ihre Räume für kostenlose Tests auf HIV, Chlamydien, Tripper und Syphilis. Ein Ärzteteam nimmt Blut und Abstriche, niemand fragt nach Ihrem Namen.",
            ),
            (
                "Checkpoint: Klarheit nach riskantem Sex",
                "Ungeschützter Sex, ein gerissenes Kondom oder einfach lange nicht mehr gecheckt? Im Checkpoint bekommen Sie ohne Termin eine Schnelluntersuchung auf sexuell übertragbare Infektionen, ohne Angabe Ihres Namens und ohne Kosten.",
            ),
            (
                "Habe ich mich beim Sex angesteckt?",
                "Sie hatten Sex ohne Kondom? Sie haben Angst vor einer Krankheit? Hier nimmt man Ihnen etwas Blut ab. Nach einer halben Stunde wissen Sie mehr. Sie müssen Ihren Namen nicht sagen. Es kostet nichts.",
            ),
        ),
    ),
    "entspannungskurs": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Entspannungskurs: Progressive Muskelentspannung",
                "In acht Terminen lernen Sie nach Jacobson, einzelne Muskelgruppen bewusst anzuspannen und wieder loszulassen. Die Übungen helfen gegen Stress, Verspannungen und Einschlafprobleme; viele Krankenkassen erstatten die Gebühr.",
            ),
            (
                "Entspannung lernen mit Autogenem Training",
                "Mit kurzen Formeln wie „Mein Arm ist ganz schwer“ kommen Sie in wenigen Minuten zur Ruhe. Die Kursleiterin, eine Psychologin, übt mit Ihnen im Liegen und im Sitzen, damit Sie es später auch im Bus oder in der Pause allein können.",
            ),
            (
                "Stressbewältigung: endlich abschalten",
                "Der Kopf rattert, der Nacken ist hart, abends kommt man nicht herunter? Mit Atemübungen, Fantasiereisen und der Methode nach Jacobson finden Sie in sechs Wochen Wege, Druck abzubauen. Von den Krankenkassen als Präventionsangebot anerkannt.",
            ),
            (
                "Ruhig werden, wenn alles zu viel ist",
                "Sie haben viel Stress? Ihr Körper ist hart und steif? Sie können nachts nicht schlafen? Hier üben Sie, ruhig zu werden. Sie sitzen oder liegen. Sie atmen langsam. Das können Sie danach auch zu Hause machen.",
            ),
        ),
    ),
    "taichi": Kind(
        "Sport & Bewegung",
        (ALL,),
        (
            (
                "Tai Chi für Anfänger",
                "Langsame, fließende Bewegungsfolgen aus der chinesischen Tradition stärken Gleichgewicht, Beinkraft und Konzentration. Wir lernen die kurze Peking-Form Schritt für Schritt, ohne Vorkenntnisse und in bequemer Kleidung.",
            ),
            (
                "Tai-Chi-Gruppe im Park",
                "Wir beginnen mit Lockerung, üben dann die 24 Bilder der Form und enden mit stillem Stehen. Wer Rücken- oder Gelenkbeschwerden hat, macht die Bewegungen einfach kleiner. Bei Regen im Gemeindesaal.",
            ),
            (
                "Chinesisches Schattenboxen",
                "Fließend wie Wasser: Die alte Bewegungskunst aus China verbindet ruhigen Atem mit weichen Schritten und Armkreisen. Ein Lehrer mit dreißig Jahren Praxis zeigt die Abfolge in kleinen Abschnitten; geübt wird barfuß oder in Socken.",
            ),
            (
                "Langsame Bewegungen aus China",
                "Alle bewegen sich ganz langsam. Die Arme gehen hoch und runter. Die Beine machen kleine Schritte. Sie atmen ruhig. Das hilft dem Gleichgewicht. Sie brauchen keine Erfahrung.",
            ),
        ),
    ),
    "depression_selbsthilfe": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Selbsthilfegruppe Depression",
                "Menschen, die an einer Depression erkrankt sind oder waren, treffen sich im Selbsthilfezentrum. Wir erzählen, was uns durch dunkle Phasen hilft, teilen Erfahrungen mit Kliniken und Medikamenten und sind einfach füreinander da.",
            ),
            (
                "Depressionen: Gesprächsgruppe für Betroffene",
                "Antriebslos, leer, grübelnd: Wer das kennt, muss es hier niemandem erklären. In unserer offenen Runde ohne Therapeuten reden wir über Rückfälle, Wartelisten und Alltag, und über das, was trotzdem gelingt.",
            ),
            (
                "Treff für Menschen mit dunklen Tagen",
                "Tage, an denen schon das Aufstehen zu viel ist, Wochen ohne Freude: Hier sitzen Leute zusammen, die seelische Tiefs aus eigenem Erleben kennen, und stützen sich gegenseitig, ohne Fachleute und ohne Anmeldung.",
            ),
            (
                "Sie sind oft sehr traurig und ohne Kraft?",
                "Sie fühlen sich leer. Nichts macht Ihnen Freude. Hier treffen Sie andere, denen es auch so geht. Sie reden miteinander. Niemand muss etwas sagen. Sie können auch nur zuhören.",
            ),
        ),
    ),
    "alkohol_selbsthilfe": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Selbsthilfegruppe Alkohol",
                "Trocken werden und trocken bleiben: Wir sind Menschen, die selbst vom Alkohol abhängig waren oder es noch sind. Wer den Wunsch hat, mit dem Trinken aufzuhören, ist willkommen, auch ohne Entzug und ohne Anmeldung.",
            ),
            (
                "Alkohol-Selbsthilfe im Gemeindehaus",
                "Nach der Entgiftung beginnt der schwierige Teil. In unserer Gruppe unterstützen sich Menschen mit Alkoholproblemen und ihre Angehörigen; wir sprechen über Rückfälle, Suchtdruck und ein neues Leben ohne Flasche.",
            ),
            (
                "Blaukreuz-Begegnung: Leben ohne Schnaps und Bier",
                "Wenn das Glas am Abend zur Gewohnheit geworden ist und Vorsätze nicht mehr halten: Ehemals Abhängige erzählen, wie sie nüchtern geworden sind, und begleiten Neue durch die ersten Wochen ohne Rausch.",
            ),
            (
                "Sie trinken zu viel und wollen aufhören?",
                "Jeden Tag Bier, Wein oder Schnaps. Sie schaffen es nicht allein, damit aufzuhören. Hier treffen Sie Menschen, die das auch kennen. Sie helfen sich gegenseitig. Sie müssen nichts bezahlen.",
            ),
        ),
    ),
    "krebs_selbsthilfe": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Krebs-Selbsthilfegruppe",
                "Nach der Diagnose, während der Chemo oder Jahre danach: Wir sind an Krebs erkrankte Frauen und Männer, die sich gegenseitig Mut machen, Tipps zu Perücke, Ernährung und Reha austauschen und gemeinsam auch mal lachen.",
            ),
            (
                "Selbsthilfe nach Krebs",
                "Die Behandlung ist vorbei, doch die Angst vor dem Rückfall bleibt, und Freunde verstehen nicht, warum man nicht einfach weitermacht. In unserer Runde sprechen Betroffene offen über Müdigkeit, Narben, Arbeit und Zukunft.",
            ),
            (
                "Treffpunkt für Menschen mit Tumorerkrankung",
                "Chemotherapie, Bestrahlung, Nachsorgetermine: Wer eine onkologische Erkrankung hat oder hatte, findet hier Menschen mit ähnlichem Weg. Begleitet von der Psychoonkologin des Klinikums, aber ohne die Pflicht, etwas zu sagen.",
            ),
            (
                "Sie haben oder hatten einen Tumor?",
                "Dann haben Sie vielleicht Angst. Oder Sie sind sehr müde. Hier treffen Sie Menschen mit der gleichen Krankheit. Sie reden über Ihre Sorgen. Und Sie machen sich gegenseitig Mut.",
            ),
        ),
    ),
    "rudern": Kind(
        "Sport & Bewegung",
        ("Jugendliche",),
        (
            (
                "Rudern für Einsteiger",
                "Im Vierer mit Steuermann lernen Sie auf dem Fluss, im Takt durchzuziehen, das Boot im Gleichgewicht zu halten und sicher anzulegen. Der Ruderclub stellt Boote und Trainer; schwimmen können ist Voraussetzung.",
            ),
            (
                "Schnupperrudern im Ruderverein",
                "Einmal ins Boot steigen und spüren, wie es gleitet, wenn alle Ruderblätter zugleich ins Wasser tauchen: Beim Schnuppertraining zeigen erfahrene Mitglieder Technik, Kommandos und die Pflege der Gig-Boote.",
            ),
            (
                "Im Gig-Vierer übers Wasser: Riemen und Skulls ausprobieren",
                "Teamgeist auf dem Wasser: Wer Lust auf Ausdauer und gleichmäßigen Schlag hat, lernt bei uns im Gig-Vierer und später im Einer, mit Skulls und Riemen umzugehen. Trainiert wird auf dem Kanal, im Winter auf dem Ergometer.",
            ),
            (
                "Im langen Boot zusammen über das Wasser",
                "Vier Leute sitzen hintereinander im Boot, mit dem Rücken nach vorn. Jeder hat eine lange Stange mit einem flachen Blatt. Alle ziehen gleichzeitig. So fährt das Boot schnell. Sie müssen schwimmen können.",
            ),
        ),
    ),
    "paddeln": Kind(
        "Sport & Bewegung",
        (ALL,),
        (
            (
                "Paddeltreff",
                "Mit Kajaks und Kanadiern des Vereins erkunden wir die Wasserwege der Stadt. Neue bekommen eine kurze Einweisung in Schlag und Kentersicherheit, Schwimmweste und Packsack stellen wir.",
            ),
            (
                "Paddelkurs auf stillen Gewässern",
                "In drei Einheiten lernen Sie Vorwärts- und Bogenschlag, das Anlegen am Steg und was zu tun ist, wenn das Boot kippt. Danach dürfen Sie bei den geführten Fahrten des Kanuvereins mitfahren.",
            ),
            (
                "Kanu-Wanderfahrt durch den Auwald",
                "Im Kanadier oder Einer-Kajak gleiten wir durch Flussarme und Auwald, vorbei an Biberburgen und Eisvogelhängen. Boote, Westen und eine Einweisung für Neue sind dabei; Schwimmkenntnisse genügen.",
            ),
            (
                "Mit dem kleinen Boot über den Fluss",
                "Sie sitzen in einem schmalen Boot und schauen nach vorn. Sie bewegen das Boot mit Ihren Armen vorwärts. Wir zeigen Ihnen, wie das geht. Sie bekommen eine Weste, damit Sie nicht untergehen.",
            ),
        ),
    ),
    "radtouren": Kind(
        "Freizeit",
        (ALL,),
        (
            (
                "Radtour ins Umland",
                "Gemütliche 30 bis 50 Kilometer auf Radwegen und Feldwegen, mit Einkehr im Dorfgasthof und Pausen an Seen. Gefahren wird im Tempo der Langsamsten, E-Bikes sind willkommen; bitte Helm und Flickzeug mitbringen.",
            ),
            (
                "Radtreff: gemeinsam auf Tour",
                "Wer nicht allein losfahren mag, schließt sich unserem Radtreff an. Ehrenamtliche Tourenleiter planen abwechslungsreiche Strecken zu Schlössern, Seen und Aussichtspunkten und achten darauf, dass niemand zurückbleibt.",
            ),
            (
                "Mit dem Drahtesel raus ins Grüne",
                "Jede Woche eine andere Strecke: an der Elster entlang, durch Auwald und Felder, bis zum Kaffee am Cospudener See. Wir strampeln in gemütlichem Tempo, E-Bikes fahren mit, und wer eine Panne hat, dem hilft die ganze Truppe.",
            ),
            (
                "Zusammen in die Pedale treten",
                "Sie fahren gern mit dem E-Bike oder mit Muskelkraft? Aber allein macht es keinen Spaß? Dann kommen Sie mit uns. Wir fahren langsam. Wir machen oft Pause. Einen Helm sollten Sie tragen.",
            ),
        ),
    ),
    "angeln": Kind(
        "Freizeit",
        ("Jugendliche",),
        (
            (
                "Angeln lernen am Vereinsgewässer",
                "Der Anglerverein nimmt Neue mit ans Wasser: Wir zeigen, wie man Schnur, Haken und Pose montiert, welche Fische wann Schonzeit haben und wie man einen Fang waidgerecht versorgt. Ruten zum Ausleihen sind da.",
            ),
            (
                "Angel-AG",
                "Still sitzen, beobachten, warten: In der Angel-AG lernt ihr Knoten, Köder und Gewässerkunde und bereitet euch auf die Fischereiprüfung vor. Zwischendurch geht es gemeinsam an einen Baggersee.",
            ),
            (
                "Petri Heil! Fischen mit dem Kreisfischereiverband",
                "Wer Fische nicht nur im Aquarium sehen will, lernt bei uns Wurftechnik, Fischarten und Schonmaße und darf mit Fischereischein der Jugendgruppe am Teich auf Rotaugen und Barsche gehen.",
            ),
            (
                "Fische fangen lernen",
                "Wir gehen zusammen an einen See. Wir zeigen dir, wie man einen Fisch fängt. Du lernst, welche Fische man mitnehmen darf und welche nicht. Die Ausrüstung leihen wir dir.",
            ),
        ),
    ),
    "buchbinden": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Buchbinden für Anfänger",
                "Wir falzen, heften und leimen: Nach und nach entstehen ein fadengeheftetes Notizbuch, ein Fotoalbum und eine Schachtel mit Deckel. Werkzeug, Pappe und Bezugspapier sind vorhanden.",
            ),
            (
                "Buchbinde-Werkstatt",
                "In der Werkstatt lernen Sie japanische und koptische Bindung und wie man einem zerlesenen Lieblingsbuch einen neuen Einband gibt. Bringen Sie gern eigene Papiere und Stoffe mit.",
            ),
            (
                "Notizhefte und Alben von Hand gefertigt",
                "Papier falzen, Lagen mit Nadel und Leinenzwirn heften, Deckel mit Stoff beziehen: Unter Anleitung einer Restauratorin entstehen Skizzenhefte, Rezeptsammlungen und Gästealben, die lange halten.",
            ),
            (
                "Ein eigenes Heft mit Nadel und Faden machen",
                "Sie falten Papier. Dann nähen Sie die Seiten zusammen. Zum Schluss kleben Sie einen festen Deckel darum. So entsteht Ihr eigenes Heft. Alles, was Sie dafür brauchen, ist da.",
            ),
        ),
    ),
    "filzen": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Filzwerkstatt",
                "Aus Schafwolle, warmem Wasser und Seife entstehen unter Ihren Händen Sitzkissen, Hausschuhe und Figuren. Die Filzerin zeigt Nass- und Nadelfilzen; Wolle in vielen Farben liegt bereit.",
            ),
            (
                "Filzen für Groß und Klein",
                "Bälle, Armbänder, Blumen: Beim gemeinsamen Filzen kann niemand etwas falsch machen. Kinder rollen mit, Erwachsene wagen sich an Taschen und Schals.",
            ),
            (
                "Schafwolle verwandeln: Kissen, Schals, Figuren",
                "Wolle zupfen, mit Seifenlauge benetzen, reiben und walken, bis ein fester Stoff entsteht: Das alte Handwerk der Hirten ist einfacher, als es aussieht, und beruhigt ungemein. Material wird gestellt.",
            ),
            (
                "Aus Wolle etwas Weiches machen",
                "Sie nehmen bunte Wolle von Schafen. Sie machen sie nass und reiben sie mit Seife. Die Wolle wird fest. So machen Sie Kissen, Bälle oder Taschen.",
            ),
        ),
    ),
    "dj_workshop": Kind(
        "Kultur",
        ("Jugendliche",),
        (
            (
                "DJ-Workshop",
                "Beatmatching, Übergänge, Effekte: An zwei Controllern und echten Plattenspielern lernt ihr, Tracks ineinander zu mischen und ein eigenes Set aufzubauen. Zum Abschluss spielt ihr beim Hoffest.",
            ),
            (
                "DJ-Kurs: Auflegen lernen",
                "Wie bringt man zwei Songs auf ein Tempo, wann setzt man den Filter? Ein DJ aus der Clubszene zeigt euch die Grundlagen an Mischpult und Controller, Vinyl-Fans dürfen an die Turntables.",
            ),
            (
                "Turntables & Mixing für Einsteiger:innen",
                "Zwei Decks, ein Mischpult, eure Lieblingsmusik: Hier übt ihr, Beats anzugleichen, sauber überzublenden und mit Loops und Effekten zu spielen. Wer schon Tracks am Laptop baut, bringt sie mit.",
            ),
            (
                "Musik mischen am Mischpult",
                "Du magst Musik? Hier mischst du zwei Lieder so, dass sie ohne Pause ineinander übergehen. Du drehst an Knöpfen und Reglern. Wir zeigen dir, wie das geht. Die Geräte sind da.",
            ),
        ),
    ),
    "rap_workshop": Kind(
        "Kultur",
        ("Jugendliche",),
        (
            (
                "Rap-Workshop",
                "Eigene Texte schreiben, im Takt bleiben, den Reim sitzen lassen: Zusammen mit einem Rapper aus dem Viertel bringt ihr eure Geschichten aufs Papier und nehmt am Ende einen Track im Tonstudio auf.",
            ),
            (
                "Rap und Songwriting",
                "Worüber willst du rappen? Über deinen Block, über Wut, über Liebe? Wir feilen an Zeilen und Flow, üben Atmung und Betonung am Mikro und produzieren zusammen Beats.",
            ),
            (
                "Reime, Beats und Mikrofon: Hip-Hop-Texte schreiben",
                "MCs aus der Szene zeigen, wie aus Gedanken Zeilen werden, wie man Doppelreime baut und den Beat trifft. Geschrieben, vorgetragen und aufgenommen wird jedes Mal; Vorkenntnisse braucht niemand.",
            ),
            (
                "Deine eigenen Reime zur Musik",
                "Du schreibst gern? Oder du hast viel zu sagen? Hier schreibst du Reime über dein Leben. Dann sprichst du sie schnell zu einem Beat. Am Ende nehmen wir dein Lied auf.",
            ),
        ),
    ),
    "posaunenchor": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Posaunenchor",
                "Trompeten, Posaunen, Tenorhorn und Tuba: Wir spielen Choräle, Swing und Filmmusik, im Gottesdienst, auf Stadtteilfesten und zum Adventsblasen. Wer ein Blechblasinstrument lernen möchte, bekommt eines geliehen und Einzelunterricht dazu.",
            ),
            (
                "Posaunenchor sucht Verstärkung",
                "Ob Sie vor zwanzig Jahren zuletzt Trompete gespielt haben oder ganz neu anfangen möchten: Unser Posaunenchor freut sich über jede Stimme. Geprobt werden Choräle, Gospel und Volkslieder.",
            ),
            (
                "Blechbläser-Ensemble",
                "Trompeten, Flügelhorn, Tenorhorn und Tuba: Unser Ensemble spielt Kirchenlieder, Märsche und Pop-Arrangements und tritt bei Gemeindefesten auf. Leihinstrumente und Unterricht für Neue gibt es kostenlos.",
            ),
            (
                "Trompete oder Tuba spielen, zusammen mit anderen",
                "Wir machen zusammen Musik mit großen Instrumenten aus Blech. Man bläst hinein. Sie können das noch nicht? Wir bringen es Ihnen bei. Ein Instrument können Sie bei uns leihen.",
            ),
        ),
    ),
    "geschichtswerkstatt": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Geschichtswerkstatt",
                "Wie sah es hier vor hundert Jahren aus, wer arbeitete in den Fabriken, was wurde aus den jüdischen Nachbarn? Wir forschen in Archiven, sammeln Fotos und Erinnerungen von Zeitzeugen und bringen die Ergebnisse als Ausstellung heraus.",
            ),
            (
                "Geschichte vor der Haustür erforschen",
                "Ob Straßennamen, Brandmauern mit alter Reklame oder der vergessene Luftschutzbunker im Hinterhof: Gemeinsam gehen Laien und Historiker den Spuren nach, werten Adressbücher aus und schreiben für unsere Schriftenreihe.",
            ),
            (
                "Spurensuche: Unser Viertel früher",
                "Alte Fotos, Adressbücher, Erzählungen von Nachbarinnen: Wir tragen zusammen, was über Fabriken, Kneipen und Bewohner des Viertels bekannt ist, stöbern im Stadtarchiv und schreiben eine Chronik, die jede und jeder ergänzen kann.",
            ),
            (
                "Wie war es früher in unserem Viertel?",
                "Wir suchen alte Bilder und alte Zeitungen. Wir fragen Menschen, die schon lange hier wohnen. Was war früher in den Häusern? Wer hat hier gearbeitet? Das schreiben wir auf. Jeder kann mitmachen.",
            ),
        ),
    ),
    "ahnenforschung": Kind(
        "Freizeit",
        ("Senior:innen",),
        (
            (
                "Ahnenforschung für Einsteiger",
                "Kirchenbücher, Standesamtsregister, Auswandererlisten: Wir zeigen, wie Sie Ihren Stammbaum Schritt für Schritt aufbauen, alte Schriften wie Kurrent und Sütterlin lesen und Online-Datenbanken sinnvoll nutzen.",
            ),
            (
                "Stammtisch der Ahnenforscher",
                "Bei Kaffee helfen sich Hobby-Ahnenforscher gegenseitig weiter: Wer kommt mit einer alten Urkunde nicht klar, wer sucht Vorfahren in Schlesien oder Ostpreußen, wer hat einen Tipp fürs Archiv?",
            ),
            (
                "Genealogie-Treff: den Vorfahren auf der Spur",
                "Woher kam der Urgroßvater, warum zog die Familie nach Sachsen? Erfahrene Genealogen helfen beim Lesen alter Handschriften, bei Anfragen an Kirchenarchive und beim Ordnen der Daten am Computer.",
            ),
            (
                "Wer waren meine Urgroßeltern?",
                "Sie möchten mehr über Ihre Familie von früher wissen? Wir helfen Ihnen, alte Papiere und Briefe zu lesen. Wir zeigen Ihnen, wo Sie nach Namen suchen können. Am Ende sehen Sie, wer alles zu Ihrer Familie gehört.",
            ),
        ),
    ),
    "programmieren_kinder": Kind(
        "Bildung",
        ("Kinder",),
        (
            (
                "Programmieren für Kinder",
                "Mit Scratch bauen Kinder ab acht Jahren eigene Spiele und Animationen, lassen kleine Roboter durch einen Parcours fahren und verstehen dabei, wie Schleifen und Bedingungen funktionieren. Laptops werden gestellt.",
            ),
            (
                "Programmierclub",
                "Jede Woche tüfteln Einsteigerinnen und Einsteiger an eigenen Projekten: ein Quiz in Scratch, ein Lauflicht mit dem Calliope mini oder die ersten Zeilen Python. Ehrenamtliche Informatikerinnen helfen, wenn etwas hakt.",
            ),
            (
                "CoderDojo: Spiele und Roboter selbst bauen",
                "Im Dojo bringen Mentorinnen und Mentoren Kindern bei, wie man mit Bausteinen am Bildschirm ein Jump-'n'-Run-Spiel erstellt, einen Mini-Computer zum Leuchten bringt oder einen Lego-Roboter steuert. Eigene Laptops sind willkommen, aber nicht nötig.",
            ),
            (
                "Dein eigenes Spiel am Computer bauen",
                "Du spielst gern am Computer? Hier baust du selbst ein Spiel. Du sagst dem Computer, was er machen soll. Das geht mit bunten Bausteinen auf dem Bildschirm. Du brauchst keinen eigenen Laptop.",
            ),
        ),
    ),
    "forscherwerkstatt": Kind(
        "Bildung",
        ("Kinder",),
        (
            (
                "Forscherwerkstatt",
                "Warum schwimmt ein Schiff aus Metall, wie entsteht ein Regenbogen, was passiert, wenn Backpulver auf Essig trifft? Kinder von sechs bis zehn experimentieren mit Pipetten, Lupen und Alltagsdingen und halten ihre Ergebnisse im Forscherheft fest.",
            ),
            (
                "Forscherclub",
                "Wir bauen Vulkane, die Schaum spucken, züchten Kristalle und untersuchen Teichwasser unter dem Mikroskop. Wer Fragen stellt, findet hier selbst die Antworten.",
            ),
            (
                "MINT-Labor für Grundschulkinder",
                "Naturwissenschaft zum Anfassen: Im Labor des Stadtteilzentrums mischen, messen und beobachten Kinder mit Schutzbrille und Kittel, von Magneten über Stromkreise bis zur Rotkohl-Farbprobe.",
            ),
            (
                "Experimente für neugierige Kinder",
                "Du willst wissen, warum etwas passiert? Hier probierst du es selbst aus. Du mischst Sachen. Es schäumt, es leuchtet oder es zischt. Danach erklären wir dir, warum das so ist.",
            ),
        ),
    ),
    "schulabschluss_nachholen": Kind(
        "Bildung",
        ("Junge Erwachsene",),
        (
            (
                "Schulabschluss nachholen",
                "Ohne Hauptschulabschluss wird die Suche nach einer Lehrstelle schwer. In einem Jahr bereiten wir Sie in Deutsch, Mathe, Englisch und Sachkunde auf die Prüfung für Externe vor, mit kleinen Klassen und einer Sozialpädagogin an der Seite.",
            ),
            (
                "Kurs zum nachträglichen Schulabschluss",
                "Sie haben die Schule ohne Zeugnis verlassen? Bei uns holen Sie den Haupt- oder Realschulabschluss nach, in Teilzeit, neben Job oder Familie. Die Kosten übernimmt in vielen Fällen das Jobcenter.",
            ),
            (
                "Zweite Chance: das Zeugnis der 9. oder 10. Klasse",
                "Eine Lehrstelle scheitert oft schon an der Bewerbung, wenn das Zeugnis fehlt. In der Zweite-Chance-Klasse lernen junge Erwachsene gemeinsam für die externe Prüfung, mit Lernbegleitung und Hilfe bei Alltagsproblemen.",
            ),
            (
                "Das Zeugnis bekommen, das Ihnen fehlt",
                "Sie sind ohne Zeugnis aus der 9. Klasse gegangen. Jetzt finden Sie keine Lehre. Hier lernen Sie noch einmal Deutsch und Mathe. Am Ende machen Sie eine Prüfung. Dann haben Sie ein Zeugnis.",
            ),
        ),
    ),
    "jugendfeuerwehr": Kind(
        "Freizeit",
        ("Jugendliche",),
        (
            (
                "Jugendfeuerwehr",
                "Knoten, Schläuche kuppeln, Funksprüche: Bei der Jugendfeuerwehr lernen Mädchen und Jungen ab zehn Jahren spielerisch, was die Großen im Einsatz können, und fahren zum Zeltlager und zu Wettkämpfen.",
            ),
            (
                "Jugendfeuerwehr sucht Nachwuchs",
                "Helm auf, Wasser marsch! Unsere Jugendfeuerwehr trifft sich im Gerätehaus, übt mit Strahlrohr und Leiter, lernt Brandschutz und verbringt Wochenenden im Zeltlager. Die Ausrüstung stellt die Wehr.",
            ),
            (
                "Junge Brandschützer:innen gesucht",
                "Im Gerätehaus des Löschzugs lernen Zehn- bis Siebzehnjährige, Schläuche auszurollen, Knoten zu binden und Funkgeräte zu bedienen. Dazu kommen Ausflüge, Zeltlager und die Prüfung zum Leistungsabzeichen.",
            ),
            (
                "Löschen lernen wie die Profis",
                "Du willst wissen, wie man ein Feuer löscht? Hier lernst du es. Du rollst Schläuche aus und spritzt mit Wasser. Du lernst, wie man Menschen rettet. Du bekommst einen Helm und eine Jacke.",
            ),
        ),
    ),
    "pfadfinder": Kind(
        "Freizeit",
        ("Jugendliche",),
        (
            (
                "Pfadfinder",
                "Zelten, Feuer machen, Karte und Kompass lesen: Unser Stamm trifft sich jede Woche in Sippen und Meuten, plant Fahrten und Lager und übernimmt Verantwortung füreinander. Offen für alle, unabhängig von der Religion.",
            ),
            (
                "Pfadfinderstamm sucht Mitglieder",
                "Abenteuer statt Bildschirm: Bei den Pfadfindern bist du Teil einer festen Gruppe, lernst Knoten, Spurenlesen und Lagerbau und fährst im Sommer mit ins große Zeltlager.",
            ),
            (
                "Scouts: Abenteuer in der Natur",
                "Kohte aufbauen, am Lagerfeuer kochen, nachts mit dem Kompass durch den Wald: In unseren Gruppen erleben junge Leute Gemeinschaft und lernen, draußen zurechtzukommen. Einmal im Jahr geht es auf große Fahrt.",
            ),
            (
                "Zelten, Feuer machen, draußen sein",
                "Du bist gern draußen? Wir treffen uns jede Woche in einer festen Gruppe. Wir bauen Zelte auf und machen Feuer. Wir lernen, wie man den Weg im Wald findet. In den Ferien fahren wir zusammen weg.",
            ),
        ),
    ),
    "tagesausfluege": Kind(
        "Nachbarschaft & Begegnung",
        ("Senior:innen",),
        (
            (
                "Tagesausflüge mit dem Bus",
                "Sächsische Schweiz, Spreewald, Weinberge an der Saale: Der Bus holt vor der Haustür ab, Rollatoren fahren mit, und eine Begleiterin kümmert sich um Pausen, Mittagessen und Toilettenstopps.",
            ),
            (
                "Tagesausflug: gemeinsam raus aus der Stadt",
                "Wer kein Auto hat oder nicht mehr allein reisen mag, fährt mit uns zu Schlössern, Gärten und Museen in der Umgebung. Kaffee und Kuchen unterwegs sind inklusive, der Eigenanteil ist gering, der Leipzig-Pass gilt.",
            ),
            (
                "Unterwegs in Sachsen: Fahrten für Daheimgebliebene",
                "Dresdner Zwinger, Moritzburg, Elbsandstein: Die Nachbarschaftsinitiative organisiert Fahrten zu lohnenden Zielen, holt Sie ab und bringt Sie abends zurück. Wer schlecht zu Fuß ist, bekommt Hilfe beim Ein- und Aussteigen.",
            ),
            (
                "Zusammen einen schönen Ort besuchen",
                "Sie kommen selten aus der Wohnung? Wir fahren mit einer Gruppe an schöne Orte, zum Beispiel an einen See oder zu einem Schloss. Wir holen Sie ab. Es gibt Kaffee und Kuchen. Es kostet nur wenig Geld.",
            ),
        ),
    ),
    "naturschutzeinsatz": Kind(
        "Umwelt & Klima",
        (ALL,),
        (
            (
                "Naturschutzeinsatz im Auwald",
                "Wir reißen wucherndes Springkraut aus, schneiden Kopfweiden, bauen Krötenzäune auf und pflegen Feuchtwiesen. Handschuhe, Werkzeug und eine Brotzeit stellt der Umweltverband; mitbringen müssen Sie nur festes Schuhwerk.",
            ),
            (
                "Mitmachen beim Naturschutz: Biotoppflege",
                "Magerrasen mähen, Nistkästen reinigen, Trockenmauern ausbessern: Bei unseren Pflegeeinsätzen packen Freiwillige dort mit an, wo seltene Pflanzen und Tiere Hilfe brauchen. Fachleute erklären, warum jeder Handgriff zählt.",
            ),
            (
                "Anpacken für Hecke, Teich und Feuchtwiese",
                "Kopfweiden schneiden, Amphibien sicher über die Straße bringen, Tümpel entschlammen, Springkraut ausreißen: Die Ortsgruppe des NABU sucht Freiwillige, die draußen körperlich anpacken möchten. Keine Vorkenntnisse nötig.",
            ),
            (
                "Draußen helfen, damit Tiere und Pflanzen leben können",
                "Wir arbeiten im Wald und auf der Wiese. Wir schneiden Büsche. Wir bauen Zäune für Frösche und Kröten. So haben Tiere und Pflanzen mehr Platz. Werkzeug und Handschuhe bekommen Sie von uns.",
            ),
        ),
    ),
    "vogelbeobachtung": Kind(
        "Umwelt & Klima",
        (ALL,),
        (
            (
                "Vogelbeobachtung",
                "Mit Fernglas und Spektiv auf der Suche nach Eisvogel, Pirol und Mittelspecht: Ein Ornithologe erklärt, woran man die Arten an Gefieder und Gesang erkennt. Ferngläser können ausgeliehen werden.",
            ),
            (
                "Vogelkundliche Führung",
                "Wer singt da im Gebüsch? Auf einem gemütlichen Rundgang lernen Sie, Amsel, Zaunkönig und Rotkehlchen an der Stimme zu unterscheiden, und erfahren, wie Sie den Vögeln im eigenen Hof helfen können.",
            ),
            (
                "Ornithologischer Spaziergang",
                "Mit dem Fernglas um den Teich: Ein Mitglied der Fachgruppe Ornithologie zeigt, wie man Meisen, Spechte und Greife an Flugbild und Ruf erkennt, und schreibt mit allen eine Artenliste für die Zählung im Frühjahr.",
            ),
            (
                "Amsel, Meise, Specht: Wer singt da?",
                "Wir gehen langsam durch den Park. Wir hören zu. Wer singt da im Baum? Mit einem Fernglas sehen Sie die Tiere ganz nah. Wir sagen Ihnen die Namen. Ein Fernglas können Sie bei uns leihen.",
            ),
        ),
    ),
    "obsternte": Kind(
        "Umwelt & Klima",
        (ALL,),
        (
            (
                "Obsternte für alle",
                "Äpfel, Birnen und Zwetschgen hängen an alten Bäumen im Stadtgebiet, und niemand pflückt sie. Wir ernten gemeinsam mit Leitern und Pflückstangen, teilen die Ausbeute und bringen den Rest zur Mosterei.",
            ),
            (
                "Obst ernten auf der Streuobstwiese",
                "Die Wiese mit über fünfzig alten Apfel- und Birnensorten braucht viele Hände. Wir sammeln Fallobst, pflücken, sortieren und pressen zum Abschluss frischen Saft, den alle mit nach Hause nehmen.",
            ),
            (
                "Mundraub-Aktion: Stadtbäume abpflücken",
                "Viele Apfel- und Birnbäume an Straßenrändern und in Parks tragen mehr, als jemand isst. Mit Pflückstangen, Kisten und Bollerwagen ziehen wir los, holen die Früchte herunter und machen daraus Saft, Mus und Kuchen.",
            ),
            (
                "Äpfel und Birnen pflücken und teilen",
                "An vielen Bäumen in der Stadt hängen Äpfel und Birnen. Niemand holt sie. Wir pflücken sie zusammen. Jeder darf etwas mit nach Hause nehmen. Aus dem Rest machen wir Saft.",
            ),
        ),
    ),
    "kompostkurs": Kind(
        "Umwelt & Klima",
        (ALL,),
        (
            (
                "Kompostkurs",
                "Was darf auf den Kompost, warum stinkt er, und wie wird daraus in einem Jahr krümelige Erde? Wir bauen einen Thermokomposter auf, setzen Mieten um und zeigen Lösungen für kleine Gärten.",
            ),
            (
                "Kompostieren auf Balkon und Hof",
                "Auch ohne Garten lässt sich aus Kartoffelschalen und Kaffeesatz gute Erde machen: Wir zeigen die Wurmkiste, den Bokashi-Eimer und einen Gemeinschaftskomposter fürs Mietshaus, und jeder darf Regenwürmer mitnehmen.",
            ),
            (
                "Wurmkiste & Bokashi: Küchenabfälle in Humus verwandeln",
                "Bioabfall muss nicht in die Tonne. Wir erklären, wie Regenwürmer, Mikroorganismen und die richtige Mischung aus Grün und Braun nährstoffreiche Erde erzeugen, und bauen mit Ihnen eine Wurmkiste aus Holz.",
            ),
            (
                "Aus Schalen und Resten wird gute Erde",
                "Sie haben Reste von Gemüse und Obst? Die müssen nicht in den Müll. Mit Würmern wird daraus gute Erde für Ihre Blumen. Wir zeigen Ihnen, wie das geht.",
            ),
        ),
    ),
    "schulmaterial_hilfe": Kind(
        "Familie & Kinderschutz",
        ("Familien",),
        (
            (
                "Ausgabe von Schulmaterial",
                "Hefte, Stifte, Zirkel, Turnbeutel: Zum Schuljahresbeginn geben wir Familien, die Bürgergeld, Wohngeld oder Kinderzuschlag bekommen, gespendetes Schulmaterial nach der Liste der Lehrkräfte aus. Bitte den Bescheid mitbringen.",
            ),
            (
                "Schulranzen-Aktion",
                "Für Erstklässlerinnen und Erstklässler aus Familien mit kleinem Einkommen haben wir neue Schulranzen samt Federmappe und Sportbeutel gesammelt. Anmeldung im Familienzentrum; ältere Geschwister erhalten ein Paket mit Heften und Stiften.",
            ),
            (
                "Startpaket für die erste Klasse",
                "Tornister, Federtasche, Buntstifte und Hefte kosten schnell über hundert Euro. Die Kirchgemeinde gibt Kindern aus Familien mit Bürgergeld ein gespendetes Startpaket, damit niemand am ersten Tag ohne Ausstattung dasteht.",
            ),
            (
                "Hefte und Stifte für Ihr Kind, kostenlos",
                "Ihr Kind kommt in die erste Klasse? Oder es braucht neue Hefte und Stifte? Sie haben wenig Geld? Dann bekommen Sie bei uns Sachen für den Unterricht geschenkt. Bringen Sie Ihren Bescheid vom Amt mit.",
            ),
        ),
    ),
}

# Languages of variants that name more than German; all others are German only.
LANGUAGES: dict[tuple[str, int], tuple[str, ...]] = {
    ("traumaberatung", 0): ("Deutsch", "Arabisch", "Dari"),
    ("traumaberatung", 1): ("Deutsch", "Arabisch", "Dari", "Russisch", "Ukrainisch"),
    ("traumaberatung", 2): ("Deutsch", "Arabisch", "Dari", "Tigrinya"),
    ("traumaberatung", 3): ("Deutsch", "Arabisch", "Dari"),
    ("hiv_test", 1): ("Deutsch", "Englisch"),
    ("queere_beratung", 2): ("Deutsch", "Englisch"),
    ("programmieren_kinder", 2): ("Deutsch", "Englisch"),
}

# Kinds that share the start or the end of their names, or their field, but are different things:
# (kind of the first offer, kind of the second, target groups of both or None for the first
# kind's groups).
LOOK_ALIKE_KINDS: list[tuple[str, str, tuple[str, ...] | None]] = [
    ("unterhaltsberatung", "pflegefamilien_beratung", None),
    ("unterhaltsberatung", "schulmaterial_hilfe", ("Familien",)),
    ("patientenberatung", "traumaberatung", ("Geflüchtete",)),
    ("queere_beratung", "hiv_test", None),
    ("wiedereinstieg_beratung", "schulabschluss_nachholen", None),
    ("traumaberatung", "depression_selbsthilfe", None),
    ("herzsport", "taichi", None),
    ("taichi", "entspannungskurs", None),
    ("entspannungskurs", "depression_selbsthilfe", None),
    ("zahnprophylaxe", "schulmaterial_hilfe", None),
    ("depression_selbsthilfe", "alkohol_selbsthilfe", None),
    ("alkohol_selbsthilfe", "krebs_selbsthilfe", None),
    ("krebs_selbsthilfe", "patientenberatung", None),
    ("paddeln", "rudern", ("Jugendliche",)),
    ("paddeln", "angeln", None),
    ("radtouren", "tagesausfluege", ("Senior:innen",)),
    ("buchbinden", "filzen", None),
    ("dj_workshop", "rap_workshop", None),
    ("posaunenchor", "dj_workshop", ("Jugendliche",)),
    ("geschichtswerkstatt", "ahnenforschung", ("Senior:innen",)),
    ("programmieren_kinder", "forscherwerkstatt", None),
    ("jugendfeuerwehr", "pfadfinder", None),
    ("naturschutzeinsatz", "vogelbeobachtung", None),
    ("obsternte", "kompostkurs", None),
    ("naturschutzeinsatz", "obsternte", None),
    ("forscherwerkstatt", "vogelbeobachtung", None),
    ("angeln", "vogelbeobachtung", None),
]

# The same kind with different target groups: (kind, groups of the first offer, groups of the
# second, how they relate, variant of the first, variant of the second). "broad": only a broad
# group ("Migrant:innen", "Nachbarschaft / alle") in common, not parallel; "none": no group in
# common, not parallel; "specific": a specific group in common, one of them also names a broad
# group, parallel. The variants are ones whose text does not name other people.
GROUP_PAIRS: list[tuple[str, tuple[str, ...], tuple[str, ...], str, int, int]] = [
    ("hiv_test", (ALL, "Männer"), (ALL, "Frauen"), "broad", 0, 2),
    ("entspannungskurs", (ALL, "Eltern"), (ALL, "Senior:innen"), "broad", 0, 3),
    ("taichi", (ALL, "Familien"), (ALL, "Senior:innen"), "broad", 1, 3),
    ("paddeln", (ALL, "Kinder"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("radtouren", (ALL, "Familien"), (ALL, "Senior:innen"), "broad", 1, 3),
    ("buchbinden", (ALL, "Kinder"), (ALL, "Senior:innen"), "broad", 0, 3),
    ("filzen", (ALL, "Familien"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("posaunenchor", (ALL, "Jugendliche"), (ALL, "Senior:innen"), "broad", 0, 3),
    ("geschichtswerkstatt", (ALL, "Jugendliche"), (ALL, "Senior:innen"), "broad", 1, 2),
    ("kompostkurs", (ALL, "Familien"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("vogelbeobachtung", (ALL, "Kinder"), (ALL, "Senior:innen"), "broad", 0, 3),
    ("depression_selbsthilfe", (ALL, "Junge Erwachsene"), (ALL, "Senior:innen"), "broad", 1, 3),
    ("traumaberatung", (MIGRANTS, "Frauen"), (MIGRANTS, "Jugendliche"), "broad", 0, 3),
    (
        "schulabschluss_nachholen",
        (MIGRANTS, "Frauen"),
        (MIGRANTS, "Junge Erwachsene"),
        "broad",
        0,
        3,
    ),
    ("patientenberatung", (MIGRANTS, "Senior:innen"), (MIGRANTS, "Eltern"), "broad", 1, 2),
    ("paddeln", ("Kinder",), ("Senior:innen",), "none", 1, 3),
    ("radtouren", ("Familien",), ("Senior:innen",), "none", 0, 2),
    ("entspannungskurs", ("Jugendliche",), ("Senior:innen",), "none", 1, 3),
    ("obsternte", ("Kinder",), ("Senior:innen",), "none", 0, 3),
    ("buchbinden", ("Jugendliche",), ("Senior:innen",), "none", 1, 2),
    ("hiv_test", (ALL, "Männer"), ("Männer",), "specific", 1, 3),
    ("queere_beratung", ("Jugendliche",), (ALL, "Jugendliche"), "specific", 2, 3),
    ("traumaberatung", (MIGRANTS, "Geflüchtete"), ("Geflüchtete",), "specific", 1, 2),
    (
        "schulabschluss_nachholen",
        ("Junge Erwachsene",),
        (ALL, "Junge Erwachsene"),
        "specific",
        1,
        3,
    ),
    ("herzsport", ("Senior:innen",), (ALL, "Senior:innen"), "specific", 0, 2),
    ("taichi", (ALL, "Senior:innen"), ("Senior:innen",), "specific", 0, 2),
    ("krebs_selbsthilfe", ("Frauen",), (ALL, "Frauen"), "specific", 1, 2),
    ("filzen", (ALL, DISABLED), (DISABLED,), "specific", 0, 3),
    ("rudern", ("Mädchen",), (ALL, "Mädchen"), "specific", 2, 3),
    ("tagesausfluege", ("Senior:innen",), (ALL, "Senior:innen"), "specific", 1, 2),
]


NEEDS: list[Need] = [
    Need(
        "Der Vater der Zwillinge zahlt seit der Trennung keinen Cent",
        "Frau D. (31) lebt mit ihren Zwillingen (5) allein, seit sich der Vater vor einem Jahr getrennt hat. Er arbeitet als Monteur, überweist aber nichts und antwortet nicht auf Nachrichten. Mit ihrem Teilzeitlohn als Friseurin kommt sie kaum über den Monat und weiß nicht, was sie von ihm verlangen kann.",
        ("Eltern",),
        "Beratung",
        "unterhaltsberatung",
        ("pflegefamilien_beratung",),
        "Junge Erwachsene",
        2,
    ),
    Need(
        "Das Kinderzimmer steht leer",
        "Herr und Frau B. (54 und 51) haben zwei erwachsene Söhne, die ausgezogen sind. Frau B. hat im Radio gehört, dass viele Kinder aus schwierigen Verhältnissen lange im Heim warten, und das geht ihr nicht mehr aus dem Kopf. Die beiden haben Platz und Zeit und fragen, ob sie so ein Kind bei sich aufnehmen könnten.",
        ("Eltern",),
        "Familie & Kinderschutz",
        "pflegefamilien_beratung",
        ("unterhaltsberatung",),
        "Junge Erwachsene",
        2,
    ),
    Need(
        "Krankenkasse lehnt den Elektrorollstuhl ab",
        "Herr W. (69) ist seit einem Schlaganfall halbseitig gelähmt und schafft es mit dem einfachen Rollstuhl nicht mehr allein zur Hausarztpraxis. Die Krankenkasse hat den Antrag auf einen Elektrorollstuhl abgelehnt; die Frist für einen Widerspruch endet in drei Wochen, und er versteht die Begründung im Bescheid nicht.",
        ("Senior:innen",),
        "Beratung",
        "patientenberatung",
        ("krebs_selbsthilfe",),
        "Jugendliche",
        2,
    ),
    Need(
        "Familienvater verliebt sich in einen Kollegen",
        "Herr F. (44) ist seit fünfzehn Jahren verheiratet und hat zwei Kinder. Seit einigen Monaten merkt er, dass er sich zu einem Arbeitskollegen hingezogen fühlt, und ahnt, dass das schon immer so war. Er kann mit niemandem darüber reden, schläft schlecht und hat Angst, alles zu verlieren.",
        ("Männer",),
        "Beratung",
        "queere_beratung",
        ("hiv_test",),
        "Jugendliche",
        2,
    ),
    Need(
        "Vater schreckt bei jedem Knall hoch",
        "Herr M. (38) ist vor zwei Jahren mit seiner Familie aus Syrien gekommen. Seine Frau erzählt, dass er nachts schreiend aufwacht, an Silvester bei den Böllern unter den Tisch gekrochen ist und tagsüber oft abwesend wirkt. Im Sprachkurs kann er sich kaum konzentrieren; über das, was ihm im Gefängnis angetan wurde, spricht er nicht.",
        ("Geflüchtete",),
        "Gesundheit",
        "traumaberatung",
        ("patientenberatung", "depression_selbsthilfe"),
        "Senior:innen",
        0,
    ),
    Need(
        "Nach acht Jahren Familie will sie zurück ins Büro",
        "Frau H. (39) hat vor der Geburt ihres ersten Kindes als Bürokauffrau gearbeitet und sich danach um drei Kinder und die kranke Schwiegermutter gekümmert. Das Jüngste ist jetzt in der zweiten Klasse. Sie traut sich nicht, sich zu bewerben, weil sie glaubt, mit ihren alten Kenntnissen nehme sie niemand mehr.",
        ("Frauen",),
        "Arbeit & Ausbildung",
        "wiedereinstieg_beratung",
        ("schulabschluss_nachholen",),
        "Männer",
        3,
    ),
    Need(
        "Vierjährige hat dunkle Flecken an den Schneidezähnen",
        "Die Erzieherin hat bemerkt, dass Aylin (4) beim Essen weint und an den oberen Schneidezähnen dunkle Stellen hat. Die Mutter erzählt, dass Aylin abends mit der Saftflasche einschläft und sich nicht die Zähne putzen lässt. Bei einer Zahnärztin war das Kind noch nie.",
        ("Kinder",),
        "Gesundheit",
        "zahnprophylaxe",
        ("schulmaterial_hilfe",),
        "Senior:innen",
        2,
    ),
    Need(
        "Nach den Stents traut er sich nicht mehr die Treppe hoch",
        "Herr Z. (66) hat vor drei Monaten nach einem Infarkt zwei Stents bekommen. Die Reha ist vorbei, und der Kardiologe sagt, er müsse sich regelmäßig bewegen, aber vorerst nur unter ärztlicher Aufsicht. Seitdem sitzt er aus Angst vor einem neuen Anfall fast nur noch im Sessel.",
        ("Senior:innen",),
        "Gesundheit",
        "herzsport",
        ("taichi", "radtouren"),
        "Kinder",
        1,
    ),
    Need(
        "Studentin hat nach einer Partynacht Angst",
        "Lena (22) hatte vor sechs Wochen nach einer Feier Sex ohne Kondom mit einem Mann, den sie kaum kennt. Seit Tagen liest sie nachts im Internet über Symptome und kann sich auf keine Vorlesung mehr konzentrieren. Zu ihrer Hausärztin, die auch ihre Eltern behandelt, möchte sie damit nicht gehen.",
        ("Junge Erwachsene",),
        "Gesundheit",
        "hiv_test",
        ("queere_beratung",),
        "Männer",
        2,
    ),
    Need(
        "Altenpflegerin kommt nach der Schicht nicht mehr herunter",
        "Frau R. (47) arbeitet als Altenpflegerin im Wechseldienst. Nach der Arbeit liegt sie stundenlang wach, ihr Nacken ist steinhart, und beim kleinsten Anlass fährt sie ihre Tochter an. Krank fühlt sie sich nicht; ihre Hausärztin hat ihr geraten, gezielt Übungen zu lernen, mit denen sie abschalten kann.",
        ("Frauen",),
        "Gesundheit",
        "entspannungskurs",
        ("depression_selbsthilfe",),
        "Kinder",
        3,
    ),
    Need(
        "Rentnerin will wieder sicher auf den Beinen stehen",
        "Frau E. (73) ist im Winter auf dem Gehweg ausgerutscht und seither unsicher. Sie möchte etwas Ruhiges für Gleichgewicht und Beweglichkeit machen, ohne Geräte und ohne laute Musik. Ihre Nachbarin hat ihr von Leuten erzählt, die im Park ganz langsame, fließende Bewegungen aus Asien üben, und das würde sie gern ausprobieren.",
        ("Senior:innen",),
        "Sport & Bewegung",
        "taichi",
        ("herzsport",),
        "Jugendliche",
        2,
    ),
    Need(
        "Nach der Tagesklinik allein mit der Leere",
        "Jonas (27) war zehn Wochen in einer psychiatrischen Tagesklinik, weil er monatelang kaum aus dem Bett kam. Jetzt steht er auf der Warteliste für eine ambulante Therapie, die frühestens in einem halben Jahr beginnt. Er sagt, am meisten würde ihm helfen, mit Leuten zu reden, die so etwas selbst durchgemacht haben.",
        ("Junge Erwachsene",),
        "Gesundheit",
        "depression_selbsthilfe",
        ("alkohol_selbsthilfe", "entspannungskurs"),
        "Senior:innen",
        1,
    ),
    Need(
        "Jeden Abend eine Flasche Wein, und es werden mehr",
        "Frau N. (52) erzählt im Gespräch über ihre Schulden beiläufig, dass sie seit dem Tod ihres Mannes jeden Abend mindestens eine Flasche Wein getrunken hat. Nach einem Sturz hat sie im Krankenhaus einen Entzug gemacht und ist seit drei Wochen nüchtern. Sie hat Angst, allein rückfällig zu werden, und sucht Menschen, die das kennen.",
        ("Frauen",),
        "Gesundheit",
        "alkohol_selbsthilfe",
        ("depression_selbsthilfe",),
        "Jugendliche",
        3,
    ),
    Need(
        "Die Chemo ist vorbei, aber gesund fühlt sie sich nicht",
        "Frau J. (58) ist an der Brust operiert worden, hat Chemotherapie und Bestrahlung hinter sich und gilt als geheilt. Trotzdem ist sie ständig erschöpft, hat vor jeder Nachsorgeuntersuchung Angst, und ihre Familie erwartet, dass alles wieder wie früher ist. Sie möchte Frauen kennenlernen, die dasselbe erlebt haben.",
        ("Frauen",),
        "Gesundheit",
        "krebs_selbsthilfe",
        ("patientenberatung", "alkohol_selbsthilfe"),
        "Jugendliche",
        2,
    ),
    Need(
        "Schwimmerin will raus aus der Halle und ins Boot",
        "Mia (15) war jahrelang im Schwimmverein, hat aber keine Lust mehr, in der Halle Bahnen zu zählen. Sie möchte draußen auf dem Wasser trainieren, am liebsten mit anderen im gleichen Rhythmus, und hat bei einer Regatta die langen Boote gesehen, in denen mehrere hintereinander sitzen und rückwärts fahren.",
        ("Jugendliche",),
        "Sport & Bewegung",
        "rudern",
        ("paddeln",),
        "Senior:innen",
        2,
    ),
    Need(
        "Zugezogene Familie möchte die Stadt vom Wasser aus entdecken",
        "Familie T. (Eltern und zwei Kinder von 9 und 12) ist im Frühjahr nach Leipzig gezogen und sieht am Wochenende viele Leute in kleinen Booten durch die Kanäle gleiten. Ein eigenes Boot oder einen teuren Verleih können sie sich nicht leisten, und keiner von ihnen hat so etwas je gemacht.",
        ("Familien",),
        "Freizeit",
        "paddeln",
        ("rudern", "angeln"),
        "Senior:innen",
        2,
    ),
    Need(
        "Neues E-Bike, aber niemand fährt mit",
        "Herr V. (70) hat sich von seinem Ersparten ein E-Bike gekauft, traut sich aber allein nicht aus der Stadt, weil er die Wege nicht kennt und Angst vor einer Panne hat. Seine Frau fährt nicht mit. Er würde gern längere Strecken ins Umland fahren, in Gesellschaft und mit Pausen.",
        ("Senior:innen",),
        "Freizeit",
        "radtouren",
        ("tagesausfluege",),
        "Kinder",
        3,
    ),
    Need(
        "Junge schaut stundenlang den Männern mit den Ruten zu",
        "Kevin (13) schwänzt ab und zu die Schule und sitzt dann am Kanal, wo ältere Männer Fische fangen. Sein verstorbener Opa hat ihn früher mitgenommen. Die Sozialarbeiterin an der Schule sucht etwas, wo er dieses Interesse mit Gleichaltrigen und unter Anleitung ausleben kann und nebenbei lernt, sich an Regeln zu halten.",
        ("Jugendliche",),
        "Freizeit",
        "angeln",
        ("paddeln", "vogelbeobachtung"),
        "Senior:innen",
        0,
    ),
    Need(
        "Mutters Rezeptzettel sollen zusammenhalten",
        "Frau C. (64) hat von ihrer Mutter eine Kiste mit handgeschriebenen Rezepten, Fotos und Postkarten geerbt. Sie möchte daraus für ihre Enkel ein haltbares Erinnerungsstück mit festem Umschlag machen, und zwar mit den eigenen Händen, nicht im Copyshop.",
        ("Senior:innen",),
        "Kultur",
        "buchbinden",
        ("filzen",),
        "Kinder",
        1,
    ),
    Need(
        "Mixt nachts Musik auf dem Handy",
        "Emre (16) verbringt jede freie Minute mit einer App, in der er Songs ineinander übergehen lässt, und träumt davon, einmal auf einer richtigen Party für die Musik zu sorgen. Zu Hause gibt es weder Platz noch Geld für Technik, und seine Mutter sorgt sich, weil er kaum noch vor die Tür geht.",
        ("Jugendliche",),
        "Kultur",
        "dj_workshop",
        ("rap_workshop", "posaunenchor"),
        "Senior:innen",
        2,
    ),
    Need(
        "Schreibt Reime über sein Leben im Block",
        "Dario (14) hat ein Heft voller Texte über Streit zu Hause, seine Freunde und das Leben im Plattenbau und murmelt sie im Unterricht im Takt vor sich hin. Der Klassenlehrer findet das störend, die Schulsozialarbeiterin sieht darin eine Stärke, die gefördert werden sollte.",
        ("Jugendliche",),
        "Kultur",
        "rap_workshop",
        ("dj_workshop", "posaunenchor"),
        "Kinder",
        1,
    ),
    Need(
        "Alter Dreher hat einen Karton Fotos aus seinem Werk",
        "Herr O. (81) hat vierzig Jahre in einem Maschinenbaubetrieb im Viertel gearbeitet, der nach der Wende abgerissen wurde. Er besitzt Fotos von Brigadefeiern, Betriebsausweise und Zeitungsausschnitte und möchte nicht, dass das mit ihm verschwindet. Am liebsten würde er mit anderen zusammentragen und aufschreiben, wie es damals in der Gegend war.",
        ("Senior:innen",),
        "Kultur",
        "geschichtswerkstatt",
        ("ahnenforschung",),
        "Jugendliche",
        2,
    ),
    Need(
        "Woher kam der Großvater?",
        "Frau P. (68) hat nach dem Tod ihrer Mutter eine Familienbibel mit Einträgen in alter Schrift gefunden. Ihr Großvater soll nach dem Krieg aus einem Dorf in Niederschlesien gekommen sein, mehr weiß niemand. Sie möchte herausfinden, woher er stammte und wie seine Eltern hießen, kann die Schrift aber nicht lesen.",
        ("Senior:innen",),
        "Freizeit",
        "ahnenforschung",
        ("geschichtswerkstatt",),
        "Jugendliche",
        2,
    ),
    Need(
        "Zehnjähriger will nur noch Minecraft spielen",
        "Die Eltern von Leon (10) sind verzweifelt: Er sitzt jeden Nachmittag vor Minecraft und will von Sport nichts wissen. Gleichzeitig fällt ihnen auf, dass er sich stundenlang ausdenkt, wie man im Spiel Schaltungen und Fallen baut. Sie wünschen sich, dass er selbst etwas erschafft, statt nur zu spielen.",
        ("Kinder",),
        "Bildung",
        "programmieren_kinder",
        ("forscherwerkstatt",),
        "Senior:innen",
        1,
    ),
    Need(
        "Achtjährige macht die Küche zum Labor",
        "Mira (8) mischt Spülmittel, Essig und Backpulver, friert Wasser in allen möglichen Formen ein und fragt ihre Eltern ständig, warum etwas zischt, schwimmt oder die Farbe wechselt. Die Eltern können ihr die Antworten selten geben und hätten gern, dass jemand sie darin bestärkt.",
        ("Kinder",),
        "Bildung",
        "forscherwerkstatt",
        ("programmieren_kinder", "vogelbeobachtung"),
        "Jugendliche",
        1,
    ),
    Need(
        "Ohne Zeugnis keine Ausbildung zum Erzieher",
        "Marcel (21) hat die Oberschule in der achten Klasse verlassen, seitdem gejobbt und möchte jetzt unbedingt Erzieher werden, seit er im Hort aushilft. Für die Ausbildung fehlt ihm das nötige Zeugnis; einen ersten Anlauf vor drei Jahren hat er abgebrochen, weil er nebenbei Geld verdienen musste.",
        ("Junge Erwachsene",),
        "Bildung",
        "schulabschluss_nachholen",
        ("wiedereinstieg_beratung",),
        "Frauen",
        0,
    ),
    Need(
        "Neunjähriger ist nur im Wald glücklich",
        "Jan (9) ist nach der Trennung seiner Eltern still geworden und hat in der neuen Schule kaum Freunde. Auf blüht er nur im Wald: Er baut Hütten, sammelt Stöcke und will unbedingt einmal im Zelt übernachten. Die Mutter sucht eine feste Gruppe, mit der er regelmäßig draußen unterwegs ist und Kinder in seinem Alter trifft.",
        ("Kinder",),
        "Freizeit",
        "pfadfinder",
        ("jugendfeuerwehr",),
        "Junge Erwachsene",
        2,
    ),
    Need(
        "Seit dem Tod ihres Mannes kommt sie nicht mehr raus",
        "Frau A. (79) ist mit ihrem Mann jedes Jahr an die Ostsee und ins Erzgebirge gefahren. Seit er gestorben ist, war sie nicht weiter als bis zum Supermarkt; ein Auto hat sie nicht, und allein traut sie sich nicht in den Zug. Fragt man sie, was ihr fehlt, sagt sie: mal wieder etwas anderes sehen.",
        ("Senior:innen",),
        "Nachbarschaft & Begegnung",
        "tagesausfluege",
        ("radtouren",),
        "Familien",
        3,
    ),
    Need(
        "Nach dem Abi lieber Schaufel als Schreibtisch",
        "Paul (19) wartet auf seinen Studienplatz in Forstwirtschaft und fühlt sich nutzlos. Er ist bei Klimademos mitgelaufen, möchte jetzt aber draußen körperlich anpacken, etwa Hecken pflanzen oder Tümpel für Amphibien freilegen, und dabei Leute kennenlernen, die sich damit auskennen.",
        ("Junge Erwachsene",),
        "Umwelt & Klima",
        "naturschutzeinsatz",
        ("vogelbeobachtung",),
        "Kinder",
        1,
    ),
    Need(
        "Die Biotonne quillt jede Woche über",
        "Familie G. wohnt im vierten Stock ohne Garten, kocht viel frisch und füllt jede Woche zwei Eimer mit Schalen und Resten. Die Tochter hat in der Schule von Regenwürmern gehört, die daraus Erde machen, und will so etwas unbedingt auf dem Balkon ausprobieren; die Eltern fürchten, dass es in der Wohnung stinkt.",
        ("Familien",),
        "Umwelt & Klima",
        "kompostkurs",
        ("obsternte",),
        "Senior:innen",
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
