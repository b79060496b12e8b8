"""Build ``heldout9_pairs.jsonl``: the ninth held-out part of the synergy engine's labelled set.

Its place and time helpers and the pair scaffolding now live in ``heldout_common.py``,
shared by the builders.

The ninth unseen set, written in December 2026 for the next round, after the eighth held-out part
(``heldout8_pairs.jsonl``) has been evaluated once and so becomes spent. It was written by someone
who did not tune the engine and did not open the engine (nothing under ``src/``), its lexicon
(``offer_kinds.toml``) or its kind list (``bench/data/offer_kinds.py``), nor any other builder
(``build_eval_set.py``, ``pattern_pairs.py``, ``build_heldout.py`` to ``build_heldout7.py``),
``eval_quality.py``, ``bench/README.md``, ``docs/`` or any ``.jsonl`` file other than the one
named below; no engine code and no evaluation was run, and no figure of any engine was looked at
while writing it. ``build_heldout8.py`` was opened in full, to take the record format (with the
per-offer ``kind`` field), the case scheme and counts, and the place and time helpers (district
coordinates, weekly slots, walking offsets, seed handling, command line); the first three lines of
``heldout8_pairs.jsonl`` were looked at only to match the output format. The kinds were checked,
one by one, against a list of all 291 kind keys used by parts 1 to 8 and the tuning files; none of
them is among those, and none is one of them under another name. All offer texts and needs were
written new for this part. Ids start with ``v`` (offers ``v0001``, organisations ``vorg0001``,
needs ``vn001``), so they collide with no earlier part.

It must not be used for tuning. Evaluate it once, after the last change to the engine and its
lexicon in a round, report the figures and change nothing because of them:

    .venv/bin/python bench/eval_quality.py --heldout bench/data/heldout9_pairs.jsonl

36 kinds of neighbourhood and social work, none of them a kind of the earlier parts:
Selbsthilfegruppe Stottern, Stimmenhörer-Gruppe, Messie-Selbsthilfegruppe, Gesprächskreis
Wechseljahre, Absehkurs (Lippenlesen) für Menschen mit Hörverlust, Mental Health First Aid (Erste
Hilfe bei psychischen Krisen), Ultimate Frisbee, Discgolf, Bogenschießen, Lungensport,
Kneipp-Gruppe, Kerzenziehen, Seifensieden, Papierschöpfen, Schmiedekurs, Schmuckwerkstatt,
Bürgerradio, Stadtteilzeitung, Heimwegtelefon, Einbruchschutz-Beratung, Besuchshunde,
Therapeutisches Reiten, Zwillingseltern-Treff, Beikostkurs, ADHS-Elterngruppe, LRS-Förderung,
Interreligiöser Dialog, Offenes Iftar, Laptop-Spende für Schüler:innen, Beratung zu
gemeinschaftlichem Wohnen, Wohnungstausch, Mitfahrbank, Astronomieabend, Fledermausexkursion, Law
Clinic (studentische Rechtsberatung) and Brieffreundschaften zwischen Jung und Alt.

Where an earlier kind lies close, the new one is a different thing, not the same under another
name: the groups on stuttering, hearing voices and hoarding are peer groups on one condition each,
not the groups on depression or anxiety (``depression_selbsthilfe``, ``angst_selbsthilfe``) nor a
crisis line (``krisentelefon``); Mental Health First Aid teaches lay people to help someone else in
a mental crisis, it is neither first aid for the body (``erste_hilfe``, ``erste_hilfe_kurs``) nor a
group for those affected; the Absehkurs teaches reading spoken German from the lips, not sign
language (``gebaerdensprache``); the Wechseljahre group is for women around fifty, not the cycle
workshop for girls (``zyklusworkshop_maedchen``) nor a women's café (``frauentreff``); Lungensport
is not heart sport (``herzsport``), and Kneipp's water treading is not water gymnastics
(``wassergymnastik``); Papierschöpfen makes paper, it does not bind books (``buchbinden``), and
candles, soap, forging and jewellery are neither upcycling nor a wood workshop (``upcycling``,
``holzwerkstatt``); Discgolf is not boule (``boule``); the Bürgerradio broadcasts, it is not a
media or DJ workshop (``medienwerkstatt``, ``dj_workshop``), and the Stadtteilzeitung is a paper
for the district, not a writing circle (``schreibwerkstatt``); the Heimwegtelefon keeps someone
company on the way home at night, it is neither a crisis line nor a neighbours' calling chain
(``telefonkette``); Einbruchschutz is about doors and windows, not about fraud (``betrugsschutz``)
nor coding bicycles (``fahrradcodierung``); the Mitfahrbank is a bench for lifts from neighbours,
neither a transport service (``fahrdienst``) nor a bench for chatting (``plauderbank``); visiting
dogs are not a visiting service of people (``besuchsdienst``) nor dog training (``hundeschule``),
and therapeutic riding is not a children's farm (``kinderbauernhof``); the Zwillingseltern-Treff is
not a toddler group (``krabbelgruppe``), the Beikostkurs is neither the breastfeeding group
(``stilltreff``) nor nutrition advice in general (``ernaehrungsberatung``), the ADHS group of
parents is neither child guidance (``erziehungsberatung``) nor a parenting course
(``elternkurs``), and LRS-Förderung is neither reading aloud with children (``lesepaten``) nor
literacy for adults (``alphabetisierung``) nor homework help (``hausaufgaben``); the Offene
Iftar is a shared meal at sunset in Ramadan, not a lunch table (``mittagstisch``) nor a
neighbourhood café (``nachbarschaftscafe``); giving away laptops is neither a computer course nor
a repair café (``computerkurs``, ``reparaturcafe``); advice on living together in a house project
is not advice on adapting a flat (``wohnberatung``) nor Wohnen für Hilfe
(``wohnen_fuer_hilfe``), and swapping flats is not help to find one (``wohnungssuche``) nor
moving help (``umzugshilfe``); the Law Clinic takes any civil matter, it is not the tenancy, labour
or benefits advice (``mietrechtsberatung``, ``arbeitsrechtsberatung``, ``sozialberatung``); the
star evening and the bat walk are neither bird watching nor a herb walk (``vogelbeobachtung``,
``kraeuterwanderung``); letters between children and old people are not visits nor calls
(``besuchsdienst``, ``telefonkette``).

Each kind is written four ways, as organisations title and describe it: two that keep the kind's
word stem ("Kerzenziehen" / "Kerzen ziehen in der Werkstatt") and two that name it with other
words, loanwords, the words of a parish, a club, a self-organisation or a youth office, about half
of them (the fourth wording of every kind) in plain language ("Redefluss-Runde", "Hearing Voices",
"Menopause-Café", "Erste Hilfe für die Seele", "Zappelphilipp zu Hause", "Legasthenie-Training",
"Fastenbrechen unter freiem Himmel", "Hey, Alter!", "Vierbeiner auf Visite", "Ihre Räume sind zu
groß oder zu klein?").

Look-alike groups share a compound head or a field: ...selbsthilfe and ...gruppe on the mind and
on speaking (Stottern, Stimmenhören, Messie, Mental Health First Aid, Absehkurs), the disc and the
target (Ultimate Frisbee, Discgolf, Bogenschießen: Frisbeescheibe, Zielscheibe), health sport for
the old (Lungensport, Kneipp) and hot flushes (Kneipp, Wechseljahre), ...ziehen, ...sieden,
...schöpfen: making things for gifts (Kerzen, Seife, Papier), ...schmied (Schmiedekurs,
Schmuckwerkstatt with its Goldschmiedin), media of the district (Bürgerradio, Stadtteilzeitung,
Papier), safety and the way home (Heimwegtelefon, Einbruchschutz, Mitfahrbank, Law Clinic),
animals for people in care (Besuchshunde, Therapeutisches Reiten) and visits by letter
(Brieffreundschaft), ...eltern with babies and school children (Zwillingseltern, Beikost,
ADHS-Elterngruppe, LRS-Förderung, Laptop-Spende), faith (Interreligiöser Dialog, Iftar),
Wohn... (gemeinschaftliches Wohnen, Wohnungstausch) and nights outdoors (Astronomieabend,
Fledermausexkursion).

Offer pairs (``"type": "offers"``) are parallel (label 1) when both are the same kind of thing,
for the same people, in the same area, at overlapping times. 168 offer pairs, ``case`` after the
prefix ``held-out 9 ``:

* parallel (70): ``synonym without shared stem`` 36 (every kind once), ``paraphrase`` 24,
  ``specific group shared`` 10 (a specific group in common, one offer also names a broad one);
* not parallel (98): ``look-alike kinds`` 54 (27 pairs of different kinds with the same compound
  head or a similar field, two wordings each, same place, people and time: "Ultimate Frisbee" /
  "Discgolf", "Schmiedekurs" / "Schmuckwerkstatt", "Kerzenziehen" / "Seifensieden",
  "Stimmenhörer-Gruppe" / "Mental Health First Aid", "Heimwegtelefon" / "Mitfahrbank"),
  ``broad group only`` 15 (the same kind for people who share only "Migrant:innen" or
  "Nachbarschaft / alle"), ``other people`` 5, ``far apart`` 12 (several kilometres), ``other
  time`` 12. Apart from what a case changes, both offers agree.

Need pairs (``"type": "need"``) hold a need as a social worker notes it and one offer: 30 needs,
told as the situation in everyday words and mostly without naming the kind of offer (some short,
some long, a few with typos or in plain language), 159 need pairs: ``meets the need`` 90 (three
offers of the kind that meets it, label 1), ``look-alike kinds (need)`` 39 (one or two offers of a
look-alike kind, a near miss, label 0) and ``other target group`` 30 (the right kind for other
people, label 0).

    python bench/data/build_heldout9.py
"""

from __future__ import annotations

from pathlib import Path

from heldout_common import ALL, DISABLED, MIGRANTS, Kind, Need, build_pairs, run_builder

# ruff: noqa: E501  (one offer text per line reads better than wrapped strings)

OUTPUT = Path(__file__).resolve().parent / "heldout9_pairs.jsonl"
SEED = 20261221
CASE_PREFIX = "held-out 9 "
ID_PREFIX = "v"

KINDS: dict[str, Kind] = {
    "stotter_selbsthilfe": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Selbsthilfegruppe Stottern",
                "Wir sind Menschen, die stottern, und treffen uns einmal im Monat im Nachbarschaftszentrum. Wir erzählen von Vorstellungsgesprächen, Telefonaten und Blockaden an der Supermarktkasse, üben im geschützten Rahmen das Sprechen vor der Gruppe und tauschen Erfahrungen mit Therapien aus. Niemand muss reden, wer nicht will, und jede:r darf so lange brauchen, wie sie oder er braucht.",
            ),
            (
                "Stotterer-Selbsthilfe",
                "Die Stotterer-Selbsthilfe gehört zur Bundesvereinigung Stottern & Selbsthilfe. Bei uns wird niemand unterbrochen, und keiner beendet Ihre Sätze für Sie. Wir machen Telefontraining, gehen zusammen in die Stadt, um Fremde nach dem Weg zu fragen, und reden darüber, was das Stottern im Alltag mit einem macht.",
            ),
            (
                "Redefluss-Runde: wenn Wörter hängen bleiben",
                "Manche Laute wollen einfach nicht raus, eine Silbe wiederholt sich, oder es kommt minutenlang gar nichts: Wer mit einer Redeflussstörung lebt, kennt das Ausweichen auf andere Wörter und die Angst vor dem Telefon. In unserer Runde sprechen Betroffene ohne Therapeut:in miteinander, üben das Vorstellen vor anderen und fragen gemeinsam Passanten nach dem Weg. Jede Pause ist erlaubt.",
            ),
            (
                "Sie bleiben beim Sprechen oft hängen?",
                "Beim Sprechen kommt ein Wort nicht raus? Oder Sie sagen den ersten Laut immer wieder: B-b-b-Brot? Dann kommen Sie zu uns. Hier geht es allen so. Niemand lacht. Sie haben so viel Zeit, wie Sie brauchen.",
            ),
        ),
    ),
    "stimmenhoerer_gruppe": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Stimmenhörer-Gruppe",
                "Sie hören Stimmen, die andere nicht hören? Das geht mehr Menschen so, als man denkt: Manche erleben sie als Quälgeister, andere als Begleiter. In unserer Gruppe nach dem Ansatz des Netzwerks Stimmenhören tauschen sich Betroffene aus, ohne dass jemand eine Diagnose verlangt: Was sagen die Stimmen, wann werden sie lauter, was hilft im Umgang mit ihnen? Zwei Genesungsbegleiter:innen mit eigener Erfahrung moderieren.",
            ),
            (
                "Gesprächsgruppe für Stimmenhörende",
                "Einmal in der Woche treffen sich Stimmenhörende im Selbsthilfekontaktzentrum. Wir sprechen offen über Stimmen, Visionen und andere ungewöhnliche Wahrnehmungen, ohne dass jemand sie wegreden will, und sammeln, was im Alltag hilft: Kopfhörer, Notizbuch, feste Zeiten, in denen man sich den Stimmen zuwendet.",
            ),
            (
                "Hearing Voices: Austausch über Wahrnehmungen, die nur man selbst hat",
                "Da ist jemand im Kopf, der kommentiert, beschimpft oder tröstet, und niemand sonst nimmt ihn wahr. Im Hearing-Voices-Kreis erzählen Menschen mit solchen Erfahrungen einander, was sie erleben und wie sie damit leben, mit oder ohne Psychiatrie-Erfahrung. Zwei Peer-Begleiterinnen, die das selbst kennen, moderieren; Zwang zu Diagnosen oder Medikamenten gibt es nicht.",
            ),
            (
                "Jemand redet in Ihrem Kopf?",
                "In Ihrem Kopf redet jemand mit Ihnen? Aber da ist niemand? Das kennen viele Menschen. Bei uns treffen Sie Leute, denen es auch so geht. Niemand sagt: Sie sind verrückt. Wir reden darüber, was im Alltag hilft.",
            ),
        ),
    ),
    "messie_selbsthilfe": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Selbsthilfegruppe für Messies",
                "Die Wohnung ist so voll, dass kein Besuch mehr kommen kann, Zeitungen, Tüten und Kartons stapeln sich, und Wegwerfen fühlt sich an wie ein Verlust? In unserer Messie-Selbsthilfegruppe reden Betroffene ohne Scham über das Horten und das Nicht-loslassen-Können, setzen sich kleine Aufräumziele und berichten beim nächsten Treffen, was geklappt hat.",
            ),
            (
                "Messie-Treff",
                "Beim Messie-Treff sitzen Menschen, die mit dem Chaos zu Hause kämpfen. Wir wissen, wie schwer jede Entscheidung über eine Kleinigkeit fällt und wie groß die Angst vor dem Vermieter ist. Wir verurteilen niemanden, geben uns Tipps und nehmen uns, wenn jemand das möchte, zu zweit eine Ecke der Wohnung vor.",
            ),
            (
                "Zu viele Dinge: Austausch für Menschen, die nichts wegwerfen können",
                "Stapel auf dem Sofa, zugestellte Flure, ein Zimmer, das seit Jahren niemand betreten hat: Wer zwanghaft sammelt und aufbewahrt, schämt sich oft so sehr, dass niemand mehr in die Wohnung darf. Betroffene erzählen sich hier ehrlich, wie das Horten angefangen hat, nehmen sich kleine Schritte fürs Ausmisten vor und freuen sich gemeinsam über jeden frei gewordenen Quadratmeter. Ohne Fachleute, ohne Druck.",
            ),
            (
                "Ihre Wohnung ist zu voll?",
                "In Ihrer Wohnung ist sehr viel Zeug. Sie können nichts wegwerfen. Besuch kommt nicht mehr. Sie schämen sich. Hier sind Menschen, denen es genauso geht. Wir reden darüber. Und wir helfen uns gegenseitig beim Aufräumen.",
            ),
        ),
    ),
    "wechseljahre_gruppe": Kind(
        "Gesundheit",
        ("Frauen",),
        (
            (
                "Gesprächskreis Wechseljahre",
                "Hitzewallungen in der Besprechung, schlaflose Nächte, Stimmungen, die man an sich nicht kennt: Im Gesprächskreis Wechseljahre tauschen sich Frauen zwischen 45 und 60 aus, alle zwei Wochen mit einer Frauenärztin oder Hebamme als Gast. Es geht um Hormone, aber auch darum, wie man im Job und in der Familie darüber redet.",
            ),
            (
                "Wechseljahre: offene Runde für Frauen",
                "Ein Abend im Monat nur für Frauen in den Wechseljahren: Wir reden über Schweißausbrüche, Gelenkschmerzen, Lust und das Gefühl, plötzlich unsichtbar zu werden, und teilen, was hilft, vom Salbeitee bis zur Hormontherapie. Ohne Anmeldung, mit Tee und Keksen.",
            ),
            (
                "Menopause-Café: Hitze, Schlaf und Launen",
                "Um die fünfzig verändert sich bei vielen Frauen einiges: Schweißausbrüche, Herzklopfen in der Nacht, Gereiztheit, eine Periode, die kommt und geht. Im Menopause-Café im Frauenzentrum erzählen Frauen einander davon, ohne sich zu schämen, und einmal im Monat beantwortet eine Gynäkologin Fragen zu Hormonen und Alternativen.",
            ),
            (
                "Ihnen ist oft plötzlich heiß, und Sie schlafen schlecht?",
                "Sie sind um die 50? Ihnen wird plötzlich heiß? Sie schlafen schlecht? Ihre Periode kommt mal, mal nicht? Das ist normal in diesem Alter. Hier reden Frauen darüber. Manchmal kommt auch eine Ärztin dazu.",
            ),
        ),
    ),
    "absehkurs": Kind(
        "Bildung",
        (DISABLED,),
        (
            (
                "Absehkurs",
                "Wenn das Hörgerät allein nicht reicht: Im Absehkurs lernen Sie, Mundbilder zu erkennen, Mimik und Gestik mitzulesen und Lücken aus dem Zusammenhang zu erschließen. Die Absehlehrerin des Schwerhörigenvereins übt in kleinen Gruppen an Alltagssituationen, vom Arztgespräch bis zur Familienfeier.",
            ),
            (
                "Absehtraining für Menschen mit Hörverlust",
                "Wer schlechter hört, schaut unbewusst schon auf den Mund. Im Absehtraining wird daraus eine Technik: zehn Abende mit Übungen zu Lauten, die man sieht, und zu solchen, die man erraten muss, mit Tipps für Gespräche im Lärm und mit Masken. Hörgeräte und CI dürfen natürlich drinbleiben.",
            ),
            (
                "Lippenlesen lernen: Gespräche verstehen, wenn die Ohren nachlassen",
                "Wer schlecht versteht, schaut automatisch auf den Mund des Gegenübers. Das lässt sich üben: Eine Logopädin zeigt in kleiner Runde, welche Laute man an Lippen und Zunge erkennt, wie Mimik und Zusammenhang die Lücken füllen und wie man andere bittet, einem beim Sprechen das Gesicht zuzuwenden. Zehn Termine; das Gerät im Ohr bleibt, wo es ist.",
            ),
            (
                "Sie verstehen andere Menschen schlecht? Schauen Sie auf den Mund.",
                "Ihre Ohren sind schlecht geworden? Sie verstehen die anderen nicht gut? Sie können lernen, am Mund zu sehen, was jemand sagt. Wir üben das mit Ihnen in einer kleinen Runde. Langsam und mit viel Geduld.",
            ),
        ),
    ),
    "mental_health_first_aid": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Mental Health First Aid",
                "Ein Kollege zieht sich zurück, eine Freundin redet davon, nicht mehr leben zu wollen, ein Nachbar wirkt seit Wochen verwirrt: In zwölf Stunden lernen Laien nach dem internationalen MHFA-Programm, Anzeichen psychischer Krisen zu erkennen, ein Gespräch zu beginnen, nach Suizidgedanken zu fragen und an professionelle Hilfe weiterzuleiten. Mit Zertifikat.",
            ),
            (
                "MHFA-Kurs für Laien",
                "Der MHFA-Kurs macht Laien zu Ersthelferinnen und Ersthelfern bei psychischen Problemen: Depression, Angst, Psychosen, Sucht und akute Krisen. Vier Abende mit einer zertifizierten Instruktorin, viele Rollenspiele und ein Handbuch zum Nachschlagen.",
            ),
            (
                "Erste Hilfe für die Seele: was tun, wenn jemand psychisch in Not ist",
                "Bei einem Herzinfarkt weiß fast jede und jeder, was zu tun ist. Aber wenn die Kollegin nur noch weint oder der Sohn von Selbstmord spricht? An vier Abenden üben Menschen ohne Vorwissen, Warnzeichen von Depression, Panik oder Psychose zu erkennen, das Gespräch zu suchen, offen nach Suizidgedanken zu fragen und Betroffene zu Beratungsstellen und Ärzt:innen zu begleiten.",
            ),
            (
                "Jemand, den Sie kennen, ist sehr traurig oder verwirrt?",
                "Ihre Freundin weint nur noch? Ihr Kollege sagt: Ich will nicht mehr leben? Sie wollen helfen. Aber Sie wissen nicht wie. Bei uns lernen Sie: Wie spreche ich die Person an? Wo gibt es Hilfe? Sie müssen nichts vorher wissen.",
            ),
        ),
    ),
    "ultimate_frisbee": Kind(
        "Sport & Bewegung",
        (ALL,),
        (
            (
                "Ultimate Frisbee",
                "Ultimate ist ein schneller Mannschaftssport mit der Frisbeescheibe: zwei Teams mit je sieben Leuten, ein Punkt zählt, wenn die Scheibe in der Endzone gefangen wird. Schiedsrichter gibt es keine, Fairness regeln die Spielenden selbst, der „Spirit of the Game“. Training dienstags auf dem Rasenplatz, gemischte Teams, Scheiben sind da.",
            ),
            (
                "Ultimate-Training für Einsteiger:innen",
                "Werfen, fangen, freilaufen: Unser Ultimate-Team sucht Verstärkung, egal ob du schon mal eine Scheibe in der Hand hattest oder nicht. Wir spielen mixed, ohne Körperkontakt und ohne Schiri, und fahren im Sommer zu Hobbyturnieren.",
            ),
            (
                "Scheibe fangen in der Endzone: Teamsport ohne Schiri",
                "Sieben gegen sieben auf einer Wiese, eine fliegende Plastikscheibe, die man sich zupasst, bis sie jemand hinter der Linie fängt. Wer die Scheibe hat, darf nicht laufen; Körperkontakt ist tabu, und Fouls klären die Spielenden untereinander. Die Hochschulsportgruppe spielt gemischt und freut sich über Neue aus dem Viertel.",
            ),
            (
                "Eine Scheibe werfen und fangen, im Team",
                "Wir werfen eine flache Scheibe aus Plastik. Ihr Team fängt sie. Wer sie hinter der Linie fängt, bekommt einen Punkt. Niemand rempelt. Kommen Sie einfach auf die Wiese. Die Scheibe haben wir.",
            ),
        ),
    ),
    "discgolf": Kind(
        "Sport & Bewegung",
        (ALL,),
        (
            (
                "Discgolf",
                "Statt eines Balls wirft man Scheiben, statt ins Loch in einen Fangkorb aus Ketten: Auf dem Discgolf-Parcours im Park gibt es neun Bahnen. Der Verein zeigt jeden Samstag Neuen, wie man Driver, Midrange und Putter wirft, und leiht die Scheiben aus. Wer die Bahnen mit den wenigsten Würfen schafft, gewinnt.",
            ),
            (
                "Discgolf im Park: Schnupperrunde",
                "Einmal um den Parcours mit neun Körben: Wir erklären die Regeln, zeigen die Wurftechnik und spielen eine entspannte Runde zusammen. Geeignet für jedes Alter, kein Vereinsbeitrag, Leihscheiben gegen Pfand.",
            ),
            (
                "Frisbee in den Korb: neun Bahnen zwischen den Bäumen",
                "Von der Abwurfmatte aus versucht man, die Scheibe mit möglichst wenigen Würfen in einen Metallkorb mit Kettenvorhang zu bringen, neun Bahnen lang, quer durch die Grünanlage am Kanal. Der Verein leiht Scheiben, erklärt Wurfarten und Zählweise und lädt jeden Samstag alle zum Mitspielen ein.",
            ),
            (
                "Eine Scheibe in einen Korb werfen",
                "Sie werfen eine flache Scheibe. Sie soll in einen Korb aus Metall fliegen. Wer wenig Würfe braucht, gewinnt. Das spielen wir draußen zwischen den Bäumen. Sie gehen dabei gemütlich von Korb zu Korb. Jeder kann mitmachen.",
            ),
        ),
    ),
    "bogenschiessen": Kind(
        "Sport & Bewegung",
        (ALL,),
        (
            (
                "Bogenschießen",
                "Ruhe, Atmung, Konzentration: Beim Bogenschießen im Schützenverein lernen Einsteigerinnen und Einsteiger unter Aufsicht einer Trainerin, den Recurvebogen zu spannen, sicher zu zielen und die Pfeile auf 18 Meter in die Auflage zu bringen. Bögen und Armschutz werden gestellt, mitmachen kann man ab 10 Jahren.",
            ),
            (
                "Schnupperkurs Bogensport",
                "Der Bogensportverein öffnet seine Halle: drei Abende Schnuppertraining mit Leihbogen, Sicherheitsregeln, Standhaltung und Zielen. Bogenschießen geht auch im Rollstuhl, stärkt den Rücken und ist in den Wettkampfklassen inklusiv.",
            ),
            (
                "Pfeil, Sehne, Zielscheibe: Konzentration auf 18 Meter",
                "Einatmen, die Sehne bis ans Kinn ziehen, ausatmen, loslassen: Mit Leihgeräten aus Holz und Fiberglas lernen Sie im Verein, sicher zu stehen, ruhig zu zielen und die Pfeile auf die Zielscheibe zu bringen. Eine lizenzierte Trainerin achtet auf die Sicherheitsregeln; Armschutz und Fingerschutz liegen bereit.",
            ),
            (
                "Mit Pfeilen ein Ziel treffen",
                "Sie halten ein Gerät aus Holz. Sie ziehen an der Schnur und lassen los. Der Pfeil fliegt auf eine bunte Scheibe. Das macht ruhig. Eine Trainerin passt auf, dass nichts passiert. Alles können Sie bei uns leihen.",
            ),
        ),
    ),
    "lungensport": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Lungensportgruppe",
                "Für Menschen mit COPD, Asthma oder nach einer Lungenentzündung, die nicht richtig ausheilen will: In der ärztlich verordneten Lungensportgruppe trainieren Sie unter Anleitung einer Übungsleiterin Ausdauer und Kraft und lernen Atemtechniken wie die Lippenbremse und atemerleichternde Stellungen. Ein Rezept genügt, die Kasse übernimmt die Kosten.",
            ),
            (
                "Lungensport im Verein",
                "Die Reha-Sportgemeinschaft bietet zwei Lungensport-Gruppen an. Wer wegen einer chronischen Atemwegserkrankung schnell außer Atem kommt, trainiert hier in ruhigem Tempo, mit Pausen und Pulsoxymeter am Finger. Anmeldung mit Verordnung vom Arzt.",
            ),
            (
                "Atemwegs-Reha in der Gruppe: wieder Luft für Treppe und Einkauf",
                "Wer mit chronischer Bronchitis, COPD oder Asthma lebt, vermeidet oft jede Anstrengung, und genau das macht die Luftnot schlimmer. Eine Physiotherapeutin übt mit Ihnen Lippenbremse, Kutschersitz und leichtes Kraft- und Ausdauertraining, mit Pausen und Messung der Sauerstoffsättigung. Die Krankenkasse zahlt mit Verordnung.",
            ),
            (
                "Sie bekommen schlecht Luft? Wir bewegen uns langsam zusammen.",
                "Sie sind schnell außer Atem? Schon auf der Treppe? Bei uns bewegen Sie sich langsam. Wir machen Pausen. Sie lernen, besser zu atmen. Ihr Arzt schreibt Ihnen ein Rezept. Dann kostet es nichts.",
            ),
        ),
    ),
    "kneipp_gruppe": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Kneipp-Gruppe",
                "Im Kneipp-Verein pflegen wir die Lehre von Sebastian Kneipp: Wassertreten im Becken, Arm- und Knieguss, Tautreten auf der Wiese, Kräutertee und Bewegung. Die Gruppe trifft sich jeden Dienstag am Kneippbecken und danach im Vereinsraum. Gut für Kreislauf, Venen und Abwehrkräfte.",
            ),
            (
                "Kneippen im Park",
                "Hosenbeine hoch und im Storchengang durchs kalte Wasser: Eine Kneipp-Gesundheitstrainerin zeigt am Becken im Park, wie Wassertreten, Armbad und Knieguss richtig gehen und was sie gegen müde Beine und schlechten Schlaf bringen.",
            ),
            (
                "Storchengang im kalten Becken: Wasseranwendungen nach alter Lehre",
                "Mit hochgekrempelten Hosen im Storchenschritt durch knietiefes kaltes Wasser, danach ein Guss übers Knie und warme Socken: Die Wasseranwendungen des Wörishofener Pfarrers bringen Kreislauf und Venen in Schwung und helfen bei Hitzewallungen und Schlafproblemen. Eine Gesundheitstrainerin zeigt, wie es geht; danach gibt es Kräutertee.",
            ),
            (
                "Mit nackten Füßen durch kaltes Wasser laufen",
                "Sie ziehen Schuhe und Socken aus. Dann laufen Sie langsam durch kaltes Wasser. Das ist gut für Ihre Beine und Ihr Herz. Danach wird Ihnen schön warm. Wir machen das jeden Dienstag zusammen. Danach trinken wir Tee.",
            ),
        ),
    ),
    "kerzenziehen": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Kerzenziehen",
                "In der Adventszeit stehen im Hof des Kinder- und Jugendhauses die Töpfe mit flüssigem Bienenwachs und Paraffin in allen Farben. Groß und Klein tauchen den Docht immer wieder ein, bis eine dicke Kerze entsteht, und verzieren sie zum Schluss. Abgerechnet wird nach Gewicht.",
            ),
            (
                "Kerzen ziehen in der Werkstatt",
                "Docht eintauchen, abkühlen lassen, wieder eintauchen: Schicht um Schicht wachsen Ihre Kerzen. Wir haben Wachsreste gesammelt und eingeschmolzen, Sie bringen Geduld mit. Pro Kerze rechnen Sie mit einer Stunde.",
            ),
            (
                "Docht ins warme Wachs tauchen: Lichter für den Advent",
                "Ein Baumwollfaden, ein Topf mit geschmolzenem Bienenwachs, und dann heißt es: eintauchen, abtropfen, abkühlen, wieder eintauchen, dreißig-, vierzigmal. So entsteht Schicht für Schicht ein Licht für den Adventskranz. Der Nachbarschaftsverein hat Wachsreste gesammelt und nach Farben eingeschmolzen; bezahlt wird nach Gewicht.",
            ),
            (
                "Ein Licht für den Advent machen",
                "Ein Faden kommt in heißes Wachs. Dann raus, dann wieder rein. Immer wieder. So wird das Wachs um den Faden dick. Am Ende haben Sie ein Licht zum Anzünden. Kinder können mitmachen.",
            ),
        ),
    ),
    "seifensieden": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Seifensieden",
                "Aus Olivenöl, Kokosfett, Lauge und Duftölen sieden wir im Nachbarschaftsladen feste Seifen für Hände, Haare und Geschirr. Eine Chemielehrerin im Ruhestand erklärt, warum Schutzbrille und Handschuhe Pflicht sind und wie man ohne Palmöl und Mikroplastik auskommt. Die Seifen reifen danach vier Wochen.",
            ),
            (
                "Naturseife selbst sieden",
                "Wir zeigen, wie man aus Pflanzenölen und Natronlauge eine milde Naturseife siedet, sie mit Lavendel, Ringelblume oder Kaffeesatz verfeinert und in Formen gießt. Jede und jeder nimmt drei Stücke mit nach Hause.",
            ),
            (
                "Feste Duschstücke aus Öl und Lauge rühren",
                "Olivenöl, Kokosfett, Lauge, ein paar Tropfen Lavendel: Unter Anleitung einer pensionierten Chemielehrerin rühren Sie feste Stücke für Dusche, Haare und Abwasch, ganz ohne Mikroplastik und Plastikflasche. Schutzbrille und Handschuhe werden gestellt, nach vier Wochen Reifezeit schäumt das Ergebnis.",
            ),
            (
                "Wir rühren etwas zum Händewaschen",
                "Wir mischen Öl mit anderen Zutaten. Daraus wird ein festes Stück zum Händewaschen. Es riecht gut, zum Beispiel nach Blumen. Sie bekommen eine Brille und Handschuhe. Denn eine Zutat ist scharf.",
            ),
        ),
    ),
    "papierschoepfen": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Papierschöpfen",
                "Aus alten Zeitungen, Eierkartons und Blütenblättern wird neues Papier: Wir weichen Altpapier ein, mixen einen Brei und schöpfen mit Sieb und Rahmen Bögen, die wir pressen und trocknen. Daraus entstehen Karten, Lesezeichen und Geschenkpapier. Für Familien und alle, die gern matschen.",
            ),
            (
                "Papier selbst schöpfen",
                "Im Museumskeller zeigt eine Papiermacherin das alte Handwerk: Fasern einweichen, mit dem Schöpfsieb aus der Bütte heben, gautschen, pressen. Sie gehen mit eigenen Bögen nach Hause, auf Wunsch mit Wasserzeichen.",
            ),
            (
                "Bütte, Sieb und Presse: aus alten Zeitungen neue Bögen",
                "Zeitungen und Eierkartons werden eingeweicht und zu einem grauen Brei gemixt, dann hebt man mit einem Holzrahmen mit Sieb eine dünne Faserschicht aus der Bütte, legt sie auf Filz und presst das Wasser heraus. Getrocknet wird daraus Briefbogen, Karte oder Lesezeichen, gern mit eingelegten Blüten. Die Umweltbibliothek lädt Familien und Schulklassen ein.",
            ),
            (
                "Aus alten Zeitungen machen wir neue Karten",
                "Wir machen alte Zeitungen nass. Dann wird daraus ein Brei. Mit einem Sieb holen wir den Brei aus dem Wasser. Er wird gepresst und getrocknet. Dann haben Sie eine neue Karte zum Schreiben.",
            ),
        ),
    ),
    "schmiedekurs": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Schmiedekurs",
                "An der Esse im Hof der Werkstatt lernen Sie, Stahl auf Temperatur zu bringen und ihn am Amboss zu strecken, zu spitzen und zu biegen. Am ersten Tag entsteht ein Haken, am zweiten ein Feuerhaken oder Flaschenöffner. Schutzkleidung wird gestellt, feste Schuhe bitte mitbringen.",
            ),
            (
                "Schmieden für Anfänger:innen",
                "Hammer, Feuer, glühendes Eisen: Ein Kunstschmied öffnet einmal im Monat seine Schmiede für Neugierige. Wir schmieden Nägel, Haken und kleine Messer, lernen Feuerführung und sicheres Arbeiten.",
            ),
            (
                "Glühendes Eisen am Amboss: Haken, Nägel und Flaschenöffner",
                "Das Feuer in der Esse faucht, der Stahl glüht orange, und dann wird gehämmert: Ein Metallbauer zeigt, wie man Eisen streckt, spitzt, verdreht und biegt, bis ein Wandhaken oder Flaschenöffner fertig ist. Lederschürze, Handschuhe und Gehörschutz liegen bereit; wer mag, nimmt am Ende ein kleines Messer mit.",
            ),
            (
                "Heißes Eisen mit dem Hammer formen",
                "Wir machen Eisen im Feuer heiß. Es wird rot. Dann schlagen Sie mit einem Hammer darauf. So wird daraus ein Haken für die Wand. Es ist laut und heiß. Sie bekommen eine Schürze und Handschuhe.",
            ),
        ),
    ),
    "schmuckwerkstatt": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Schmuckwerkstatt",
                "Ringe aus Silberdraht, Ohrringe aus Perlen und Fundstücken, Anhänger aus alten Löffeln: In der offenen Schmuckwerkstatt zeigt eine Goldschmiedin, wie man sägt, feilt, lötet und poliert. Material gibt es zum Selbstkostenpreis, eigene Erbstücke zum Umarbeiten sind willkommen.",
            ),
            (
                "Schmuck selbst gestalten",
                "Einmal im Monat wird der Gemeinschaftsraum zum Atelier: Wir fädeln Ketten, biegen Draht zu Ohrhängern und hämmern Ringe aus Silberblech. Für Anfängerinnen wie für Geübte, Werkzeug ist da.",
            ),
            (
                "Ringe, Ketten, Ohrhänger: Silber sägen, feilen und löten",
                "Eine Goldschmiedin teilt ihren Werktisch: Sie sägen ein Motiv aus Silberblech, feilen, löten eine Öse an und polieren, bis der Anhänger glänzt. Wer lieber mit Perlen und Draht arbeitet, fädelt Ketten und biegt Ohrhänger. Alte Erbstücke lassen sich umarbeiten; Material zum Einkaufspreis.",
            ),
            (
                "Machen Sie sich einen Ring oder eine Kette",
                "Sie möchten einen eigenen Ring? Oder eine schöne Kette? Bei uns machen Sie ihn mit Ihren eigenen Händen. Wir haben Silber, Perlen und Werkzeug. Eine Fachfrau hilft Ihnen.",
            ),
        ),
    ),
    "buergerradio": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Bürgerradio",
                "Beim Bürgerradio kann jede und jeder eine eigene Sendung machen: über Musik aus der Heimat, den Kleingartenverein oder die Baustelle im Viertel. Wir zeigen, wie Mikrofon, Mischpult und Schnittprogramm funktionieren, und geben euch einen festen Sendeplatz auf UKW und im Stream.",
            ),
            (
                "Radio zum Mitmachen",
                "Freies Radio heißt: Die Sendungen machen Menschen aus der Stadt, keine Profis. Im Studio unter dem Dach lernt ihr, Interviews zu führen, Beiträge zu schneiden und live zu moderieren. Es gibt Redaktionen auf Deutsch, Arabisch, Spanisch und Ukrainisch; neue Ideen sind willkommen.",
            ),
            (
                "Auf Sendung: eigene Beiträge für UKW und Stream",
                "Moderieren, Interviews im Viertel aufnehmen, Beiträge schneiden, Musik auswählen: Beim nichtkommerziellen Lokalsender machen Laien das Programm. Wer eine Idee für eine Stunde über Nachbarschaft, Musik aus der Heimat oder Politik im Stadtteil hat, bekommt eine Einführung in Mikrofon, Mischpult und Schnitt und einen festen Sendeplatz.",
            ),
            (
                "Ihre Stimme im Lokalsender",
                "Sie möchten, dass viele Menschen Sie hören? Bei uns sprechen Sie ins Mikrofon. Das kann man dann überall in der Stadt hören. Sie erzählen über Musik, Ihr Viertel oder Ihre Heimat. Wir zeigen Ihnen, wie das geht.",
            ),
        ),
    ),
    "stadtteilzeitung": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Stadtteilzeitung",
                "Die Stadtteilzeitung erscheint viermal im Jahr mit 8.000 Exemplaren und wird komplett ehrenamtlich gemacht. Wir suchen Menschen, die über Vereine, Geschäfte, Baustellen und Nachbar*innen schreiben, fotografieren, Korrektur lesen oder beim Verteilen helfen. Redaktionssitzung ist jeden zweiten Montag.",
            ),
            (
                "Mitschreiben bei der Stadtteilzeitung",
                "Ob Porträt des Bäckers, Bericht vom Straßenfest oder Kommentar zur neuen Straßenbahnlinie: In unserer offenen Redaktion entstehen Texte und Fotos für das Blatt im Viertel. Eine Journalistin gibt Tipps zum Schreiben und zum Interview, Vorkenntnisse braucht niemand.",
            ),
            (
                "Das Blatt fürs Viertel: Reporter:innen aus der Nachbarschaft gesucht",
                "Viermal im Jahr liegt unser Heft in Bäckereien, Arztpraxen und Briefkästen. Was darin steht, berichten Menschen von nebenan: über den neuen Kiosk, den Streit um den Parkplatz, die älteste Bewohnerin der Straße. Wir kommen alle zwei Wochen zusammen, planen die nächste Ausgabe, verfassen Artikel, fotografieren und lesen gegenseitig Korrektur.",
            ),
            (
                "Sie erzählen gern, was im Viertel los ist?",
                "Wir machen ein Heft über unser Viertel. Darin stehen Geschichten über die Menschen hier. Sie können auch etwas dafür machen: einen Text oder ein Foto. Oder Sie bringen das Heft in die Briefkästen. Wir helfen Ihnen dabei.",
            ),
        ),
    ),
    "heimwegtelefon": Kind(
        "Nachbarschaft & Begegnung",
        (ALL,),
        (
            (
                "Heimwegtelefon",
                "Nachts allein von der Haltestelle nach Hause, und die Straße ist leer? Beim Heimwegtelefon begleitet Sie eine ehrenamtliche Person am Telefon, bis Sie sicher an Ihrer Haustür sind. Sie nennen Ihren Standort und Ihr Ziel; wenn etwas passiert, schickt sie die Polizei dorthin. Freitags und samstags bis in die Morgenstunden erreichbar.",
            ),
            (
                "Heimweg-Telefon: Begleitung am Handy",
                "Das Heimweg-Telefon ist für alle da, die sich auf dem Nachhauseweg unwohl fühlen, ob nach der Spätschicht, dem Club oder dem Kino. Unsere Telefonist:innen bleiben am Apparat, plaudern mit Ihnen und wissen immer, wo Sie gerade sind.",
            ),
            (
                "Nachts nicht allein nach Hause: jemand bleibt dran, bis die Tür zu ist",
                "Sie rufen an, bevor Sie aus der Bahn steigen, sagen, wohin Sie gehen, und eine Freiwillige bleibt in der Leitung, plaudert mit Ihnen und verfolgt Ihre Strecke mit. Kommen Sie nicht an oder rufen Sie um Hilfe, alarmiert sie die Polizei an Ihren Standort. Die Hotline ist am Wochenende die ganze Nacht besetzt.",
            ),
            (
                "Sie haben nachts draußen Angst?",
                "Sie gehen nachts allein nach Hause? Und Sie haben Angst? Dann rufen Sie uns an. Wir reden mit Ihnen, bis Sie zu Hause sind. Wenn etwas passiert, rufen wir die Polizei.",
            ),
        ),
    ),
    "einbruchschutz_beratung": Kind(
        "Beratung",
        (ALL,),
        (
            (
                "Einbruchschutz-Beratung",
                "Die Polizeiliche Beratungsstelle zeigt im Stadtteilbüro, wie Einbrecher vorgehen und was wirklich hilft: Pilzkopfverriegelung, abschließbare Fenstergriffe, Querriegel an der Wohnungstür und das richtige Verhalten im Urlaub. Auf Wunsch kommt ein Berater kostenlos zu Ihnen nach Hause und prüft Türen und Fenster.",
            ),
            (
                "Beratung zum Schutz vor Einbruch",
                "Nach der Einbruchserie in der Siedlung lädt die Polizei zu einem Infoabend ein: Wie sichert man Kellertüren und Balkone, lohnt sich eine Alarmanlage, und welche Zuschüsse gibt es für Mieter:innen? Danach vereinbaren Sie einen Termin für den Besuch bei Ihnen zu Hause.",
            ),
            (
                "Sichere Türen und Fenster: die Polizei schaut sich Ihre Wohnung an",
                "Diebe brauchen für ein normales Fenster keine zwanzig Sekunden. Ein Experte der Kriminalpolizei erklärt, welche Riegel, Schlösser und Fenstergriffe sie aufhalten, was Mieter:innen ohne Erlaubnis des Vermieters nachrüsten dürfen und wie man im Urlaub keine Einladung an die Tür hängt. Auf Wunsch kommt er kostenlos zu Ihnen und prüft jede Tür.",
            ),
            (
                "Niemand soll in Ihre Wohnung kommen",
                "Sie haben Angst, dass Diebe in Ihre Wohnung kommen? Die Polizei kommt zu Ihnen. Sie schaut Ihre Tür und Ihre Fenster an. Sie sagt Ihnen, was Sie besser machen können. Das kostet nichts.",
            ),
        ),
    ),
    "besuchshund": Kind(
        "Nachbarschaft & Begegnung",
        ("Senior:innen",),
        (
            (
                "Besuchshunde kommen zu Ihnen",
                "Ehrenamtliche Teams aus Mensch und geprüftem Besuchshund kommen einmal in der Woche in Pflegeheime, Tagespflegen und Wohngruppen und zu Menschen nach Hause. Streicheln, Leckerli geben, ein Stück spazieren gehen: Der Hund öffnet Türen, auch bei Menschen mit Demenz, die sonst kaum noch reagieren.",
            ),
            (
                "Besuchshundedienst",
                "Unser Besuchshundedienst vermittelt ausgebildete Hund-Mensch-Teams an Menschen, die allein leben oder in einer Einrichtung wohnen und ihr früheres Haustier vermissen. Die Hunde sind wesensgetestet, geimpft und versichert; ein Besuch dauert etwa eine Stunde.",
            ),
            (
                "Vierbeiner auf Visite: tiergestützte Stunden in Heimen und Wohngruppen",
                "Wenn die Labrador-Dame Frida in den Aufenthaltsraum trottet, fangen Bewohnerinnen an zu erzählen, die seit Wochen geschwiegen haben. Ehrenamtliche kommen mit ihren geprüften Tieren wöchentlich in Heime, Tagespflegen und zu Menschen nach Hause: zum Streicheln, Bürsten, Leckerli verteilen und für eine kleine Runde an der Leine.",
            ),
            (
                "Ein freundliches Tier kommt zum Streicheln",
                "Sie hatten früher ein Tier und vermissen es? Eine Frau oder ein Mann kommt mit einem lieben, ruhigen Vierbeiner zu Ihnen. Sie können ihn streicheln und füttern. Sie können zusammen ein Stück gehen. Das kostet nichts.",
            ),
        ),
    ),
    "therapeutisches_reiten": Kind(
        "Gesundheit",
        (DISABLED,),
        (
            (
                "Therapeutisches Reiten",
                "Auf dem ruhigen Haflinger lernen Menschen mit körperlicher oder geistiger Behinderung, ihr Gleichgewicht zu halten, Vertrauen zu fassen und sich etwas zuzutrauen. Eine Reittherapeutin führt das Pferd, die Bewegung des Pferderückens lockert die Muskeln und richtet auf. Viele Kassen beteiligen sich bei einer Verordnung für Hippotherapie.",
            ),
            (
                "Reittherapie auf dem Hof",
                "Der Reittherapie-Hof am Stadtrand bietet Einzelstunden bei Autismus, ADHS, Down-Syndrom oder Zerebralparese: Pferde putzen, führen, auf dem Rücken liegen und sitzen. Vieles, was im Alltag schwerfällt, klappt auf dem Pferd plötzlich.",
            ),
            (
                "Auf dem Pferderücken Gleichgewicht finden: Stunden mit Haflinger Luna",
                "Das gleichmäßige Schaukeln im Schritt lockert verspannte Muskeln, das warme Tier gibt Halt und Vertrauen: Auf dem Pony-Gelände am Auwald begleitet eine Heilpädagogin Mädchen und Jungen mit Behinderung beim Putzen, Führen und Sitzen auf dem Pferd, bei Bedarf mit Haltegurt. Die Stunden lassen sich über die Eingliederungshilfe abrechnen.",
            ),
            (
                "Auf einem Pferd sitzen und Mut bekommen",
                "Ihr Kind hat eine Behinderung? Bei uns sitzt es auf einem ruhigen Pferd. Jemand führt das Pferd langsam. Das Pferd bewegt sich sanft. Das ist gut für den Körper. Und Ihr Kind fühlt sich stark.",
            ),
        ),
    ),
    "zwillingseltern_treff": Kind(
        "Familie & Kinderschutz",
        ("Eltern",),
        (
            (
                "Zwillingseltern-Treff",
                "Doppelt stillen, doppelt wickeln, halb so viel Schlaf: Beim Zwillingseltern-Treff im Familienzentrum kommen Mütter und Väter von Zwillingen und Drillingen zusammen. Wir tauschen Tipps zum Tandemstillen, zu Geschwisterwagen und zur Haushaltshilfe auf Rezept aus, die Kleinen krabbeln dazwischen.",
            ),
            (
                "Treffen für Zwillingseltern",
                "Einmal im Monat frühstücken Zwillingseltern mit ihren Babys und Kleinkindern zusammen. Eine Hebamme mit eigenen Zwillingen ist dabei und beantwortet Fragen; gebrauchte Doppelkinderwagen und Kleidung im Doppelpack wechseln hier oft den Besitzer.",
            ),
            (
                "Mehrlingsfrühstück: wenn zwei oder drei Babys auf einmal kommen",
                "Zwei Babys gleichzeitig satt bekommen, mit dem breiten Kinderwagen in die Straßenbahn, Schlafentzug mal zwei: Mütter und Väter von Mehrlingen wissen, wovon sie reden. Bei Kaffee und Brötchen tauschen sie Erfahrungen, gebrauchte Doppelwagen und Adressen für Haushaltshilfen aus; die Kinder spielen nebenbei.",
            ),
            (
                "Sie haben zwei Babys auf einmal bekommen?",
                "Sie haben zwei Babys bekommen, am selben Tag? Dann ist alles doppelt: das Füttern, das Wickeln, das Weinen. Hier kommen Mamas und Papas zusammen, bei denen es genauso ist. Wir frühstücken und reden. Die Kinder sind dabei.",
            ),
        ),
    ),
    "beikostkurs": Kind(
        "Familie & Kinderschutz",
        ("Eltern",),
        (
            (
                "Beikostkurs",
                "Ab wann Brei, welcher zuerst, und was ist mit Baby-led Weaning? Eine Ernährungsfachkraft erklärt an einem Vormittag, wie Sie Ihr Baby zwischen dem fünften und siebten Monat an feste Kost gewöhnen, kocht mit Ihnen Gemüse-Kartoffel-Fleisch-Brei vor und zeigt, wie man ihn einfriert. Babys dürfen mitkommen.",
            ),
            (
                "Beikost-Einführung für Eltern",
                "Das Familienzentrum lädt zur Beikost-Runde ein: Wir besprechen Reifezeichen, Allergien, Trinken aus dem Becher und wie man Brei und Fingerfood ohne Zucker und Salz zubereitet. Mit Kostproben für die Kleinen.",
            ),
            (
                "Vom Stillen zum ersten Löffel: Brei und Fingerfood fürs Baby",
                "Ihr Baby greift nach Ihrem Brot und schmatzt mit? Eine Kinderkrankenschwester zeigt, woran Sie erkennen, dass es bereit für feste Nahrung ist, welche Breie und weichen Gemüsesticks sich eignen, wie viel es essen darf und was es noch nicht bekommen sollte. Gekocht wird gemeinsam, Rezepte gibt es zum Mitnehmen.",
            ),
            (
                "Ihr Baby soll jetzt essen lernen?",
                "Ihr Baby ist bald ein halbes Jahr alt? Dann kann es langsam Brei essen. Wir zeigen Ihnen: Welcher Brei ist gut? Wie koche ich ihn? Wie viel soll mein Baby essen? Wir kochen zusammen.",
            ),
        ),
    ),
    "adhs_elterngruppe": Kind(
        "Familie & Kinderschutz",
        ("Eltern",),
        (
            (
                "ADHS-Elterngruppe",
                "Hausaufgaben, die in Tränen enden, Anrufe aus der Schule, Blicke im Supermarkt: Eltern von Kindern mit ADHS kennen das. In unserer Selbsthilfegruppe reden Mütter und Väter offen über Medikamente, Elterntraining, Nachteilsausgleich in der Schule und darüber, wie man selbst nicht ausbrennt.",
            ),
            (
                "Elternkreis ADHS",
                "Der Elternkreis ADHS trifft sich monatlich im Selbsthilfezentrum. Neben dem Austausch laden wir Fachleute ein, etwa eine Kinder- und Jugendpsychiaterin oder einen Schulpsychologen, und sammeln Erfahrungen mit Ergotherapie, Neurofeedback und Ämtern.",
            ),
            (
                "Zappelphilipp zu Hause: Austausch für Mütter und Väter",
                "Wenn das Kind nicht still sitzen kann, alles vergisst und jeden Tag Ärger mit der Lehrerin hat, fühlt man sich schnell allein und schuldig. Hier erzählen Mamas und Papas von Kindern mit Aufmerksamkeitsstörung und Hyperaktivität einander, was bei Hausaufgaben, Wutanfällen und Medikamenten hilft und wie man selbst bei Kräften bleibt. Ohne Fachleute, auf Augenhöhe.",
            ),
            (
                "Ihr Kind kann nie still sitzen?",
                "Ihr Kind ist sehr unruhig? Es kann nicht still sitzen? Es vergisst viel? In der Schule gibt es oft Ärger? Das kennen andere Mamas und Papas auch. Wir reden zusammen. Und wir sagen uns, was uns hilft.",
            ),
        ),
    ),
    "lrs_foerderung": Kind(
        "Bildung",
        ("Kinder",),
        (
            (
                "LRS-Förderung",
                "Buchstabendreher, viele Fehler im Diktat, stockendes Vorlesen: Bei einer Lese-Rechtschreib-Schwäche hilft regelmäßiges, gezieltes Üben. Eine Legasthenietherapeutin arbeitet in Kleingruppen mit Kindern der 2. bis 6. Klasse, mit Silbenmethode, Lernspielen und viel Lob. Bei einer Diagnose übernimmt oft das Jugendamt die Kosten.",
            ),
            (
                "Förderkurs bei Lese-Rechtschreib-Schwäche",
                "Zweimal pro Woche nach dem Unterricht: Im Förderkurs üben Kinder mit LRS in kleinen Gruppen Laute, Silben und Rechtschreibregeln, jedes in seinem Tempo. Die Eltern bekommen Übungsideen für zu Hause und Unterstützung beim Antrag auf Nachteilsausgleich.",
            ),
            (
                "Legasthenie-Training: Buchstaben, Silben, Diktate ohne Angst",
                "Wenn ein Kind trotz Üben aus „Hund“ „Hnud“ macht und vor jedem Diktat Bauchweh hat, steckt oft eine Legasthenie dahinter. Eine Lerntherapeutin übt in kleinen Gruppen mit Silbenbögen, Lautgebärden und Spielen, bis Wörter wieder Spaß machen, und hilft der Familie beim Antrag beim Jugendamt.",
            ),
            (
                "Ihr Kind macht im Diktat sehr viele Fehler?",
                "Ihr Kind verwechselt Buchstaben? Im Diktat hat es viele Fehler? Es übt viel, aber es wird nicht besser? Dann kommen Sie zu uns. Wir üben mit Ihrem Kind. In einer kleinen Gruppe, mit Spielen.",
            ),
        ),
    ),
    "interreligioeser_dialog": Kind(
        "Nachbarschaft & Begegnung",
        (ALL,),
        (
            (
                "Interreligiöser Dialog",
                "Christinnen, Muslime, Juden, Buddhistinnen und Menschen ohne Religion an einem Tisch: Einmal im Monat sprechen wir über ein Thema, etwa Fasten, Tod oder Gastfreundschaft, und erzählen, was unser Glaube dazu sagt. Abwechselnd sind wir in Kirche, Moschee und Synagoge zu Gast.",
            ),
            (
                "Dialog der Religionen",
                "Der Dialog der Religionen lädt alle, die glauben oder zweifeln, zum Gespräch ein: Gemeinsam lesen wir kurze Texte aus Bibel, Koran und Tora und besuchen einmal im Jahr die Gotteshäuser der anderen. Fragen sind ausdrücklich erwünscht.",
            ),
            (
                "Kirche, Moschee, Synagoge: Gespräche über den Glauben der Nachbarn",
                "Warum fasten Muslime im Ramadan, was feiern Juden an Sukkot, und was glauben eigentlich die Leute aus der Kirchengemeinde nebenan? Gläubige verschiedener Gemeinden und Neugierige ohne Bekenntnis sprechen monatlich über Themen wie Gebet, Tod oder Gastfreundschaft, abwechselnd in Kirche, Moschee und Synagoge.",
            ),
            (
                "Christen, Muslime und Juden reden miteinander",
                "Sie sind Christ, Muslima oder Jude? Oder Sie glauben nicht an Gott? Bei uns reden Menschen mit verschiedenem Glauben miteinander. Wir erzählen, was uns wichtig ist. Wir hören einander zu. Alle sind willkommen.",
            ),
        ),
    ),
    "offenes_iftar": Kind(
        "Nachbarschaft & Begegnung",
        (ALL,),
        (
            (
                "Offenes Iftar",
                "Im Ramadan laden der Moscheeverein und das Stadtteilzentrum zum offenen Iftar auf den Platz ein: Nach Sonnenuntergang wird gemeinsam das Fasten gebrochen, mit Datteln, Linsensuppe und Gerichten, die die Nachbar:innen mitbringen. Alle sind eingeladen, ob sie fasten oder nicht.",
            ),
            (
                "Iftar für die Nachbarschaft",
                "Lange Tafeln im Hof, Lichterketten und Essen aus Syrien, der Türkei und Afghanistan: Beim Nachbarschafts-Iftar essen Muslime und Nichtmuslime zusammen, sobald die Sonne untergegangen ist. Wer mag, bringt etwas mit, es gibt aber für alle genug.",
            ),
            (
                "Fastenbrechen unter freiem Himmel: Datteln, Suppe und lange Tafeln",
                "Wenn im Ramadan die Sonne untergeht, wird auf dem Platz vor der Moschee gedeckt: erst Wasser und Datteln, dann Linsensuppe, Reis und Gerichte, die Familien aus dem Viertel mitbringen. Muslimische Gemeinde und Kulturverein laden alle ein, mitzuessen, zu fragen und sich kennenzulernen, ob sie fasten oder nicht.",
            ),
            (
                "Am Abend zusammen essen im Ramadan",
                "Im Ramadan essen Muslime den ganzen Tag nichts. Am Abend essen sie dann. Wir essen am Abend zusammen auf dem Platz. Sie sind eingeladen, auch wenn Sie kein Muslim sind. Das Essen kostet nichts.",
            ),
        ),
    ),
    "laptop_spende": Kind(
        "Bildung",
        ("Kinder", "Jugendliche"),
        (
            (
                "Laptops für Schüler:innen",
                "Gespendete Firmen- und Privatrechner werden bei uns gelöscht, aufgerüstet und mit freier Software bespielt. Schülerinnen und Schüler aus Familien mit wenig Geld, die zu Hause kein eigenes Gerät haben, bekommen einen Laptop geschenkt. Bitte Leipzig-Pass oder Bescheid mitbringen.",
            ),
            (
                "Laptop-Spende",
                "Bei der Laptop-Spende bekommen Kinder und Jugendliche, die für Unterricht und Hausaufgaben einen Computer brauchen, ein aufbereitetes Gerät geschenkt. Ehrenamtliche löschen gespendete Altgeräte, tauschen Akkus und spielen Lernprogramme auf. Ausgabe jeden Donnerstag.",
            ),
            (
                "Hey, Alter! Aufbereitete Rechner gratis für Kinder ohne eigenes Gerät",
                "Ausrangierte Notebooks aus Büros und Haushalten werden von Freiwilligen gelöscht, mit neuem Akku und freier Software versehen und an Kinder und Jugendliche verschenkt, die ihre Hausaufgaben bisher auf dem Handy der Mutter machen. Wer Bürgergeld, Wohngeld oder Kinderzuschlag bezieht, bekommt ein Gerät; Ausgabe donnerstags im Jugendhaus.",
            ),
            (
                "Ein Computer für Ihr Kind, kostenlos",
                "Ihr Kind braucht einen Computer für die Hausaufgaben? Sie haben kein Geld dafür? Bei uns bekommt Ihr Kind einen Computer geschenkt. Er ist gebraucht, aber er funktioniert gut. Bringen Sie den Brief vom Amt mit.",
            ),
        ),
    ),
    "gemeinschaftliches_wohnen": Kind(
        "Beratung",
        (ALL,),
        (
            (
                "Beratung zu gemeinschaftlichem Wohnen",
                "Sie möchten im Alter nicht allein leben, suchen mit Freund:innen ein Haus oder wollen eine Genossenschaft gründen? Das Netzwerk berät Gruppen und Einzelne zu Rechtsformen, Finanzierung, Grundstücken und Erbbaurecht, vermittelt Mitstreiter:innen und begleitet Gruppen bis zum Einzug.",
            ),
            (
                "Wohnprojekte-Beratung",
                "Einmal im Monat gibt es die offene Sprechstunde für Menschen, die ein Wohnprojekt gründen oder bei einem einsteigen möchten: Welche Projekte suchen gerade Mitbewohner:innen, wie funktioniert das Mietshäuser Syndikat, was kostet der Einstieg in eine Genossenschaft?",
            ),
            (
                "Mehrere Generationen unter einem Dach: Unterstützung für Hausgruppen",
                "Zu fünft ein altes Haus kaufen und sanieren, eine Genossenschaft gründen oder im Alter mit Freundinnen zusammenziehen: Das Netzwerk hilft Gruppen, die zusammen leben wollen, bei Rechtsform, Kredit und Erbbaurecht, bringt Suchende mit bestehenden Hausgruppen zusammen und moderiert, wenn es in der Gruppe knirscht.",
            ),
            (
                "Sie wollen mit anderen zusammen in einem Haus leben?",
                "Sie wollen nicht allein leben? Sie wollen mit Freunden oder anderen Menschen ein Haus haben? Wir erklären Ihnen, wie das geht. Zum Beispiel: Wo bekommen Sie Geld für das Haus? Wir helfen Ihrer Gruppe.",
            ),
        ),
    ),
    "wohnungstausch": Kind(
        "Beratung",
        (ALL,),
        (
            (
                "Wohnungstauschbörse",
                "Zu groß, zu teuer, zu viele Treppen? Über die Wohnungstauschbörse der städtischen Wohnungsgesellschaft und der Genossenschaften finden Mieter:innen jemanden, der ihre Wohnung gern übernimmt, und ziehen im Gegenzug in dessen Wohnung. Beide behalten ihre bisherige Quadratmetermiete. Die Beraterin hilft beim Inserat und beim Antrag.",
            ),
            (
                "Wohnungstausch-Beratung",
                "Familie sucht mehr Platz, Rentner sucht weniger: Beim Wohnungstausch ziehen beide Parteien um und behalten ihre alten Mietkonditionen. In der Sprechstunde prüfen wir, ob Ihr Vermieter mitmacht, suchen passende Angebote und klären Fristen und Kaution.",
            ),
            (
                "Vier Zimmer gegen zwei: Mietende finden ihr Gegenstück",
                "Die Rentnerin im vierten Stock hat drei Zimmer zu viel, die Familie im Erdgeschoss zwei zu wenig. Wenn beide einfach die Schlüssel wechseln, zahlen beide weiter ihre alte Quadratmetermiete. Die Genossenschaften im Viertel bringen solche Paare zusammen, prüfen mit den Vermietern die Bedingungen und helfen beim gleichzeitigen Umzug.",
            ),
            (
                "Ihre Räume sind zu groß oder zu klein?",
                "Sie haben zu viele Zimmer? Oder Sie haben zu wenig Platz? Vielleicht gibt es jemanden, bei dem es andersherum ist. Dann ziehen Sie bei ihm ein. Und er zieht bei Ihnen ein. Die Miete bleibt wie vorher. Wir helfen Ihnen dabei.",
            ),
        ),
    ),
    "mitfahrbank": Kind(
        "Nachbarschaft & Begegnung",
        (ALL,),
        (
            (
                "Mitfahrbank",
                "Wer auf der Mitfahrbank Platz nimmt, klappt das Schild mit dem Ziel aus, etwa „Markt“, „Ärztehaus“ oder „Friedhof“, und wartet, bis ein Auto aus dem Ort anhält und mitnimmt. Die Bürgerinitiative hat drei Bänke an Stellen aufgestellt, wo abends und am Wochenende kaum ein Bus fährt. Mitfahren ist kostenlos.",
            ),
            (
                "Mitfahrbänke im Ortsteil",
                "Neu im Ortsteil: vier Mitfahrbänke mit Klappschildern. Autofahrer:innen, die dort jemanden sitzen sehen, halten an und nehmen ihn mit, wenn das Ziel passt. Wir suchen noch Fahrerinnen und Fahrer, die sich mit einem Aufkleber am Auto zu erkennen geben.",
            ),
            (
                "Sitzen, Schild aufklappen, mitgenommen werden",
                "Wo der Bus nur noch stündlich kommt, hilft ein Sitzplatz mit Klappschild: Sie setzen sich, zeigen Ihr Ziel an, etwa Ärztehaus oder Einkaufszentrum, und wer aus der Gegend mit dem Auto vorbeikommt und in die Richtung muss, hält an und nimmt Sie ein Stück mit. Die Initiative hat vier solche Plätze eingerichtet; ein Aufkleber an der Windschutzscheibe zeigt, wer am Steuer mitmacht.",
            ),
            (
                "Setzen Sie sich hin. Ein Auto nimmt Sie mit.",
                "Sie wollen zum Arzt, aber der Bus kommt nicht? Setzen Sie sich auf den Sitz mit dem Schild. Zeigen Sie auf dem Schild, wohin Sie wollen. Ein Nachbar mit Auto hält an und nimmt Sie mit. Das kostet nichts.",
            ),
        ),
    ),
    "astronomie_abend": Kind(
        "Freizeit",
        (ALL,),
        (
            (
                "Astronomieabend",
                "Wenn der Himmel klar ist, öffnet die Volkssternwarte ihre Kuppel: Mit dem großen Linsenteleskop schauen wir auf Mondkrater, die Ringe des Saturn und ferne Sternhaufen. Vorher erklärt ein Mitglied des Astronomievereins, was gerade am Himmel zu sehen ist. Bei Wolken gibt es einen Vortrag.",
            ),
            (
                "Astronomie für Einsteiger:innen",
                "Wie finde ich den Polarstern, was ist ein Lichtjahr, und welches Fernglas reicht für den Anfang? In vier Treffen lernen Sie, mit der drehbaren Sternkarte umzugehen, und beobachten mit den Teleskopen des Vereins Planeten und Sternbilder.",
            ),
            (
                "Saturnringe und Mondkrater: durchs Teleskop der Volkssternwarte",
                "Sobald es dunkel und wolkenlos ist, öffnet sich die Kuppel auf dem Dach der Schule: Durch das große Fernrohr sehen Besucherinnen und Besucher die Krater des Mondes, die Ringe des Saturn und Nebel in Tausenden Lichtjahren Entfernung. Ehrenamtliche des Vereins erklären die Sternbilder; bei Wolken gibt es einen Vortrag im Planetarium.",
            ),
            (
                "Mond und Sterne durch ein großes Fernrohr ansehen",
                "Wenn es dunkel ist, zeigen wir Ihnen den Himmel. Durch ein großes Rohr sehen Sie den Mond ganz nah. Und andere Planeten. Wir erklären, was Sie sehen. Kinder können mitkommen.",
            ),
        ),
    ),
    "fledermausexkursion": Kind(
        "Umwelt & Klima",
        (ALL,),
        (
            (
                "Fledermausexkursion",
                "In der Dämmerung ziehen wir mit Ultraschall-Detektoren an den Teich im Auwald: Die Geräte machen die Rufe der Fledermäuse hörbar, und wir lernen, Zwergfledermaus, Wasserfledermaus und Abendsegler auseinanderzuhalten. Der Naturschutzbund erklärt, wo die Tiere im Winter schlafen und wie man ihnen im Garten hilft.",
            ),
            (
                "Fledermausnacht mit dem Naturschutzbund",
                "Zur Fledermausnacht laden wir Familien und alle Neugierigen ein: Nach einem kurzen Vortrag, bei dem ein verletztes Pflegetier aus der Auffangstation zu sehen ist, gehen wir mit Detektoren los und lauschen den Jagdrufen über dem Kanal.",
            ),
            (
                "Flattertiere in der Dämmerung: mit dem Detektor am Teich",
                "Wenn die Sonne untergeht, jagen über dem Teich die kleinen Flattertiere nach Mücken. Mit Ultraschall-Detektoren machen wir ihre Rufe hörbar und lernen, die Arten am Klang zu unterscheiden. Eine Biologin erzählt, wo die Tiere den Winter verbringen und warum alte Bäume und Dachböden für sie so wichtig sind.",
            ),
            (
                "Kleine Tiere, die im Dunkeln fliegen, beobachten",
                "Wenn es dunkel wird, fliegen kleine Tiere über das Wasser. Sie haben Flügel aus Haut. Mit einem Gerät hören wir ihre Rufe. Wir gehen zusammen an den Teich. Bringen Sie eine Taschenlampe mit.",
            ),
        ),
    ),
    "law_clinic": Kind(
        "Beratung",
        (ALL,),
        (
            (
                "Law Clinic",
                "In der Law Clinic beraten Jurastudierende unter Aufsicht von Volljurist:innen Menschen, die sich keinen Anwalt leisten können: bei Ärger mit dem Vermieter, mit Inkassobriefen, Verträgen oder dem Arbeitgeber. Die Beratung ist kostenlos, ersetzt aber keine Vertretung vor Gericht.",
            ),
            (
                "Studentische Law Clinic",
                "Einmal pro Woche öffnet die studentische Rechtsberatung im Stadtteilladen. Angehende Jurist:innen hören sich Ihr Problem an, recherchieren und geben innerhalb von zwei Wochen eine schriftliche Einschätzung, geprüft von einer Anwältin. Auch auf Englisch und Arabisch.",
            ),
            (
                "Kostenlose Rechtsberatung durch angehende Jurist:innen",
                "Der Vermieter behält die Kaution, das Inkassobüro droht, der Chef zahlt die Überstunden nicht? Jura-Fortgeschrittene von der Uni prüfen Ihren Fall unter Aufsicht einer Rechtsanwältin und erklären Ihnen, welche Rechte Sie haben und was Sie als Nächstes tun können. Für alle, die sich keinen Anwalt leisten können.",
            ),
            (
                "Sie haben Ärger und brauchen Rat, aber ein Anwalt ist zu teuer?",
                "Sie haben Ärger mit dem Vermieter? Oder mit dem Chef? Ein Anwalt kostet viel Geld. Bei uns helfen junge Menschen, die an der Uni Recht lernen. Eine Anwältin schaut mit. Das kostet nichts.",
            ),
        ),
    ),
    "brieffreundschaft": Kind(
        "Nachbarschaft & Begegnung",
        ("Senior:innen", "Kinder"),
        (
            (
                "Brieffreundschaften zwischen Jung und Alt",
                "Grundschulkinder aus dem Viertel und Bewohnerinnen und Bewohner des Seniorenheims schreiben sich alle zwei Wochen Briefe: über Haustiere, Lieblingsessen, die Schule früher und heute. Die Lehrerin bringt die Post ins Heim, und einmal im Halbjahr lernen sich die Brieffreunde beim Kuchenessen persönlich kennen.",
            ),
            (
                "Briefpatenschaft für Menschen im Heim",
                "Viele Menschen im Pflegeheim bekommen nie Post. Als Briefpatin oder Briefpate schreiben Sie einem älteren Menschen einmal im Monat einen handgeschriebenen Brief, eine Karte zum Geburtstag oder ein Foto vom Frühling. Wer kann, schreibt zurück, sonst antwortet eine Pflegekraft mit ein paar Zeilen.",
            ),
            (
                "Post mit Herz: Kinder schreiben Menschen im Pflegeheim",
                "Handgeschriebene Karten, gemalte Bilder, Fragen wie „Was haben Sie als Kind gespielt?“: Kinder der dritten Klassen schreiben regelmäßig Menschen im Pflegeheim nebenan, die sonst kaum Post bekommen, und bekommen Antworten in geschwungener Schreibschrift. Einmal im Jahr gibt es ein Treffen mit Kuchen.",
            ),
            (
                "Sie bekommen nie Post? Ein Kind schreibt Ihnen.",
                "Sie wohnen im Heim und bekommen keine Post? Ein Kind aus der Nachbarschaft schreibt Ihnen. Es malt auch Bilder für Sie. Sie können zurückschreiben. Oder jemand hilft Ihnen dabei.",
            ),
        ),
    ),
}

# Languages of variants that name more than German; all others are German only.
LANGUAGES: dict[tuple[str, int], tuple[str, ...]] = {
    ("law_clinic", 1): ("Deutsch", "Englisch", "Arabisch"),
    ("buergerradio", 1): ("Deutsch", "Arabisch", "Spanisch", "Ukrainisch"),
    ("offenes_iftar", 1): ("Deutsch", "Arabisch", "Türkisch", "Dari"),
    ("offenes_iftar", 2): ("Deutsch", "Arabisch"),
    ("interreligioeser_dialog", 0): ("Deutsch", "Englisch"),
    ("laptop_spende", 2): ("Deutsch", "Arabisch", "Ukrainisch"),
    ("ultimate_frisbee", 1): ("Deutsch", "Englisch"),
    ("stimmenhoerer_gruppe", 2): ("Deutsch", "Englisch"),
}

# Kinds that share the start or the end of their names, or their field, but are different things:
# (kind of the first offer, kind of the second, target groups of both or None for the first
# kind's groups).
LOOK_ALIKE_KINDS: list[tuple[str, str, tuple[str, ...] | None]] = [
    ("stotter_selbsthilfe", "stimmenhoerer_gruppe", None),
    ("stimmenhoerer_gruppe", "mental_health_first_aid", None),
    ("messie_selbsthilfe", "stimmenhoerer_gruppe", None),
    ("stotter_selbsthilfe", "messie_selbsthilfe", None),
    ("wechseljahre_gruppe", "kneipp_gruppe", None),
    ("stotter_selbsthilfe", "absehkurs", None),
    ("ultimate_frisbee", "discgolf", None),
    ("discgolf", "bogenschiessen", None),
    ("bogenschiessen", "ultimate_frisbee", ("Jugendliche",)),
    ("lungensport", "kneipp_gruppe", ("Senior:innen",)),
    ("kerzenziehen", "seifensieden", None),
    ("papierschoepfen", "kerzenziehen", ("Familien",)),
    ("schmiedekurs", "schmuckwerkstatt", None),
    ("stadtteilzeitung", "papierschoepfen", None),
    ("buergerradio", "stadtteilzeitung", None),
    ("heimwegtelefon", "einbruchschutz_beratung", None),
    ("mitfahrbank", "heimwegtelefon", None),
    ("besuchshund", "therapeutisches_reiten", (DISABLED,)),
    ("brieffreundschaft", "besuchshund", ("Senior:innen",)),
    ("zwillingseltern_treff", "adhs_elterngruppe", None),
    ("beikostkurs", "zwillingseltern_treff", None),
    ("lrs_foerderung", "laptop_spende", ("Kinder",)),
    ("adhs_elterngruppe", "lrs_foerderung", None),
    ("interreligioeser_dialog", "offenes_iftar", None),
    ("gemeinschaftliches_wohnen", "wohnungstausch", None),
    ("astronomie_abend", "fledermausexkursion", None),
    ("law_clinic", "einbruchschutz_beratung", None),
]

# The same kind with different target groups: (kind, groups of the first offer, groups of the
# second, how they relate, variant of the first, variant of the second). "broad": only a broad
# group ("Migrant:innen", "Nachbarschaft / alle") in common, not parallel; "none": no group in
# common, not parallel; "specific": a specific group in common, one of them also names a broad
# group, parallel. The variants are ones whose text does not name other people.
GROUP_PAIRS: list[tuple[str, tuple[str, ...], tuple[str, ...], str, int, int]] = [
    ("stotter_selbsthilfe", (ALL, "Jugendliche"), (ALL, "Senior:innen"), "broad", 1, 2),
    ("messie_selbsthilfe", (ALL, "Frauen"), (ALL, "Männer"), "broad", 0, 2),
    ("ultimate_frisbee", (ALL, "Familien"), (ALL, "Junge Erwachsene"), "broad", 0, 3),
    ("discgolf", (ALL, "Kinder"), (ALL, "Senior:innen"), "broad", 1, 2),
    ("bogenschiessen", (ALL, "Jugendliche"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("kerzenziehen", (ALL, "Kinder"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("seifensieden", (ALL, "Familien"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("schmiedekurs", (ALL, "Frauen"), (ALL, "Jugendliche"), "broad", 0, 2),
    ("stadtteilzeitung", (ALL, "Senior:innen"), (ALL, "Jugendliche"), "broad", 0, 2),
    ("heimwegtelefon", (ALL, "Frauen"), (ALL, "Junge Erwachsene"), "broad", 0, 2),
    ("einbruchschutz_beratung", (ALL, "Senior:innen"), (ALL, "Familien"), "broad", 0, 2),
    ("astronomie_abend", (ALL, "Kinder"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("fledermausexkursion", (ALL, "Familien"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("interreligioeser_dialog", (ALL, "Jugendliche"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("law_clinic", (MIGRANTS, "Frauen"), (MIGRANTS, "Junge Erwachsene"), "broad", 0, 2),
    ("bogenschiessen", ("Kinder",), ("Senior:innen",), "none", 1, 3),
    ("kneipp_gruppe", ("Familien",), ("Senior:innen",), "none", 0, 3),
    ("papierschoepfen", ("Kinder",), ("Senior:innen",), "none", 1, 3),
    ("schmuckwerkstatt", ("Jugendliche",), ("Senior:innen",), "none", 1, 2),
    ("stadtteilzeitung", ("Jugendliche",), ("Senior:innen",), "none", 1, 3),
    ("wechseljahre_gruppe", ("Frauen",), (ALL, "Frauen"), "specific", 0, 2),
    ("besuchshund", ("Senior:innen",), (ALL, "Senior:innen"), "specific", 1, 2),
    ("therapeutisches_reiten", (DISABLED,), (ALL, DISABLED), "specific", 0, 2),
    ("zwillingseltern_treff", ("Eltern",), (ALL, "Eltern"), "specific", 0, 2),
    ("beikostkurs", ("Eltern",), (ALL, "Eltern"), "specific", 1, 3),
    ("adhs_elterngruppe", ("Eltern",), (ALL, "Eltern"), "specific", 1, 2),
    ("lrs_foerderung", ("Kinder",), (ALL, "Kinder"), "specific", 0, 2),
    ("lungensport", ("Senior:innen",), (ALL, "Senior:innen"), "specific", 1, 3),
    ("absehkurs", (DISABLED,), (ALL, DISABLED), "specific", 0, 2),
    ("brieffreundschaft", ("Senior:innen",), (ALL, "Senior:innen"), "specific", 1, 3),
]


NEEDS: list[Need] = [
    Need(
        "Bestellt beim Bäcker nur, was er herausbekommt",
        "Herr J. (29), Lagerist, bleibt seit der Kindheit an Wörtern hängen, die mit K, T oder P anfangen. Beim Bäcker bestellt er nicht, was er will, sondern was er herausbekommt, ans Telefon geht er gar nicht mehr, und die Beförderung zum Schichtleiter hat er abgelehnt, weil er dann morgens die Ansagen machen müsste. Als Kind war er bei der Logopädie, das ist lange her. Er hat noch nie jemanden getroffen, dem es genauso geht, und würde das gern.",
        ("Junge Erwachsene",),
        "Gesundheit",
        "stotter_selbsthilfe",
        ("stimmenhoerer_gruppe", "absehkurs"),
        "Kinder",
        3,
    ),
    Need(
        "Jemand im Kopf kommentiert alles",
        "Frau L. (34) erlebt seit ihrem zwanzigsten Lebensjahr, dass mehrere Personen über sie reden, die außer ihr niemand wahrnimmt, meistens abwertend, manchmal auch freundlich. Die Tabletten machen es leiser, aber sie schläft zwölf Stunden am Tag und hat zwanzig Kilo zugenommen. Bei der Psychiaterin hat sie zehn Minuten im Quartal. Sie möchte endlich mit Menschen reden, die das selbst kennen und nicht gleich erschrecken, und erfahren, wie andere damit leben.",
        ("Frauen",),
        "Gesundheit",
        "stimmenhoerer_gruppe",
        ("mental_health_first_aid", "messie_selbsthilfe"),
        "Jugendliche",
        1,
    ),
    Need(
        "Niemand darf mehr in die Wohnung",
        "Herr H. (58) hat einen Brief der Hausverwaltung bekommen: Nachbarn haben sich über Geruch beschwert, und die Firma, die die Rauchmelder prüfen soll, kommt nicht bis zu den Zimmerdecken. Die Zweiraumwohnung ist bis auf schmale Gänge voll mit Zeitungen, Kartons, kaputten Geräten und Dingen, die er „noch brauchen kann“. Seine Tochter war seit sechs Jahren nicht mehr da. Eine Firma, die alles wegwirft, will er auf keinen Fall, aber er sagt auch: „So geht es nicht weiter, allein schaffe ich das nicht.“ Er schämt sich sehr und würde gern hören, wie andere, denen es so ging, da herausgekommen sind.",
        ("Männer",),
        "Gesundheit",
        "messie_selbsthilfe",
        ("wohnungstausch",),
        "Frauen",
        2,
    ),
    Need(
        "Schweißgebadet in der Frühschicht",
        "Frau D. (51) arbeitet als Pflegehelferin im Frühdienst. Seit einem Jahr wacht sie nachts mehrmals klatschnass auf, bei der Arbeit wird ihr plötzlich so heiß, dass sie auf den Flur gehen muss, und sie fährt Kolleginnen und Kinder an, wie sie es von sich nicht kennt. Ihre Ärztin meinte nur, das gehöre in dem Alter dazu. Mit ihrem Mann kann sie darüber nicht reden, die Kolleginnen sind alle jünger. Sie würde gern mit anderen Frauen sprechen, denen es gerade genauso geht.",
        ("Frauen",),
        "Gesundheit",
        "wechseljahre_gruppe",
        ("kneipp_gruppe",),
        "Junge Erwachsene",
        1,
    ),
    Need(
        "Versteht bei Familienfeiern kein Wort mehr",
        "Herr R. (74) trägt seit zwei Jahren auf beiden Seiten Hörgeräte. Zu Hause vor dem Fernseher geht es, aber beim Geburtstag der Enkelin, im Wartezimmer oder beim Skat versteht er fast nichts und sitzt nur noch stumm dabei. Der HNO-Arzt sagt, technisch sei nicht mehr drin. Seine Frau hat beobachtet, dass er den Leuten ständig auf den Mund starrt und dann mehr mitbekommt. Er fragt, ob man das üben kann.",
        ("Senior:innen",),
        "Bildung",
        "absehkurs",
        ("stotter_selbsthilfe",),
        "Kinder",
        2,
    ),
    Need(
        "Wusste nicht, was er der Kollegin sagen soll",
        "Herr B. (44) ist Schichtleiter in einem Logistiklager. Eine Kollegin hat ihm in der Raucherpause gesagt, manchmal wolle sie morgens einfach nicht mehr aufwachen. Er hat einen Witz gemacht und das Thema gewechselt und bereut das seitdem. Der Betriebsrat möchte, dass er und zwei andere lernen, solche Warnzeichen ernst zu nehmen, Kolleg:innen richtig anzusprechen und zu wissen, wohin man sie schicken kann. Psychologe wird er dadurch nicht, das ist ihm klar.",
        ("Männer",),
        "Gesundheit",
        "mental_health_first_aid",
        ("stimmenhoerer_gruppe",),
        "Jugendliche",
        3,
    ),
    Need(
        "Vom Arzt kommt sie abends nicht mehr heim",
        "Frau Z. (81) wohnt am Rand des Ortsteils, wo der Bus nach 18 Uhr nur noch stündlich und sonntags gar nicht fährt. Mit dem Stock läuft sie noch ganz gut, aber nicht die drei Kilometer zur Hausärztin und zurück. Einen Pflegegrad hat sie nicht, also auch keinen Fahrdienst, und ein Taxi ist zu teuer. Die Nachbarn will sie nicht jedes Mal anrufen. „Früher im Dorf hat man sich an die Straße gestellt, und irgendeiner aus dem Ort hat einen mitgenommen“, sagt sie.",
        ("Senior:innen",),
        "Nachbarschaft & Begegnung",
        "mitfahrbank",
        ("heimwegtelefon",),
        "Jugendliche",
        0,
    ),
    Need(
        "Die Kegelbahn hat zugemacht",
        "Herr V. (63), seit Kurzem in Rente, hat dreißig Jahre lang jeden Donnerstag gekegelt, bis die Bahn im Gasthof geschlossen wurde. Seitdem sitzt er viel zu Hause. Joggen geht wegen der Knie nicht, und bloß spazieren gehen findet er langweilig, ihm fehlen das Zielen, das Zählen und ein bisschen Wettkampf. Im Park hat er neulich Leute gesehen, die etwas zwischen den Bäumen hindurch geworfen haben und dabei gemütlich von Station zu Station gegangen sind. Er fragt, ob man da einfach mitmachen kann.",
        ("Senior:innen",),
        "Sport & Bewegung",
        "discgolf",
        ("bogenschiessen", "ultimate_frisbee"),
        "Kinder",
        2,
    ),
    Need(
        "Ein Sport, bei dem der Rollstuhl egal ist",
        "Jana (16) sitzt seit einem Unfall vor zwei Jahren im Rollstuhl. Früher war sie in der Leichtathletik und vermisst den Wettkampf, Rollstuhlbasketball ist ihr zu wild. In der Reha durfte sie einmal mit Pfeilen auf eine Scheibe schießen und sagt, so ruhig und konzentriert habe sie sich seit dem Unfall nicht mehr gefühlt. Sie möchte in einen Verein, in dem sie regelmäßig trainieren und irgendwann auch gegen Fußgänger:innen antreten kann.",
        ("Jugendliche",),
        "Sport & Bewegung",
        "bogenschiessen",
        ("discgolf", "therapeutisches_reiten"),
        "Senior:innen",
        2,
    ),
    Need(
        "Nach drei Stufen außer Atem",
        "Frau W. (68) hat seit fünf Jahren COPD. Mit dem Rauchen hat sie vor zehn Jahren aufgehört, aber die Luft wird trotzdem knapper. Aus Angst vor der Atemnot bewegt sie sich kaum noch und geht nur noch mit dem Rollator zum Briefkasten, und genau das mache es schlimmer, sagt der Lungenarzt. Er hat ihr eine Verordnung für Bewegung unter Anleitung in einer Gruppe mitgegeben, aber sie weiß nicht, wo es so etwas gibt.",
        ("Senior:innen",),
        "Gesundheit",
        "lungensport",
        ("kneipp_gruppe",),
        "Kinder",
        1,
    ),
    Need(
        "kalte füße, schwere beine, schläft schlecht",
        "frau S. (66) hat krampfadern, abends geschwollene beine und immer kalte füße, schläft schlecht. hausarzt meint kaltes wasser und wechselgüsse wären gut für die venen, aber allein in der wanne macht sie das nicht, „da friert man nur“. vor jahren war sie zur kur im allgäu, da sind sie jeden morgen zusammen durchs kalte becken gestakt und sie hat geschlafen wie ein stein. sowas in der nähe mit anderen zusammen wäre schön, noch mehr tabletten will sie nicht.",
        ("Senior:innen",),
        "Gesundheit",
        "kneipp_gruppe",
        ("lungensport",),
        "Familien",
        3,
    ),
    Need(
        "Weihnachtsgeschenke ohne Geld",
        "Frau C. ist alleinerziehend mit drei Kindern (5, 8 und 11) und bezieht Bürgergeld. Für Geschenke für die Oma und die Erzieherinnen ist kein Geld da. Die Große erzählt seit letztem Jahr von der Adventsfeier in der Schule, wo man einen Faden immer wieder in warmes Bienenwachs getaucht hat, bis etwas zum Anzünden daraus wurde, und fragt, ob man das irgendwo noch einmal machen kann, diesmal mit den Kleinen. Viel kosten darf es nicht.",
        ("Familien",),
        "Kultur",
        "kerzenziehen",
        ("seifensieden", "papierschoepfen"),
        "Senior:innen",
        2,
    ),
    Need(
        "Verträgt kein Duschgel und will keinen Plastikmüll",
        "Tom (24) hat seit der Kindheit Neurodermitis und reagiert auf fast jedes Duschgel. Er will wissen, was er sich auf die Haut schmiert, und hat keine Lust mehr auf die vielen Plastikflaschen. Im Internet hat er Rezepte mit Olivenöl und Lauge gefunden, traut sich an die Lauge aber allein nicht heran. Er fragt, ob ihm jemand zeigt, wie man feste Stücke für Haut und Haare herstellt, und würde das gern mit anderen zusammen ausprobieren.",
        ("Junge Erwachsene",),
        "Kultur",
        "seifensieden",
        ("kerzenziehen",),
        "Senior:innen",
        3,
    ),
    Need(
        "Kaution, Inkasso, letzter Lohn: kein Geld für einen Anwalt",
        "Olena (31) ist vor zwei Jahren aus Charkiw gekommen und arbeitet in einer Großküche. Der frühere Vermieter rückt die Kaution von 1.200 Euro seit einem Jahr nicht heraus, ein Inkassobüro verlangt 340 Euro für einen Fitnessvertrag, den sie längst gekündigt hat, und der alte Arbeitgeber hat den letzten Monatslohn nicht gezahlt. Sie hat alle Briefe in einem Ordner, versteht aber nicht, was ihr zusteht. Für einen Anwalt reicht das Geld nicht, und für jede Sache zu einer anderen Stelle zu laufen, schafft sie neben der Arbeit nicht.",
        (MIGRANTS,),
        "Beratung",
        "law_clinic",
        ("einbruchschutz_beratung",),
        "Senior:innen",
        1,
    ),
    Need(
        "Redet nur noch von dem Messer-Video",
        "Mike (19) hat die Tischlerlehre nach einem Streit abgebrochen und hängt seit Monaten zu Hause herum. Sein Betreuer aus der Jugendhilfe sagt, Mike blühe nur bei körperlicher Arbeit auf. Seit er im Netz ein Video gesehen hat, in dem jemand aus einem glühenden Stück Stahl mit dem Hammer ein Messer macht, redet er von nichts anderem. Der Betreuer sucht etwas, wo Mike das unter Anleitung selbst machen kann, gern mit älteren Leuten, an denen er sich orientieren kann.",
        ("Junge Erwachsene",),
        "Kultur",
        "schmiedekurs",
        ("schmuckwerkstatt",),
        "Kinder",
        0,
    ),
    Need(
        "Den Ring der Mutter umarbeiten",
        "Frau K. (47) hat nach dem Tod ihrer Mutter deren goldenen Ehering und eine dünne Silberkette geerbt. Tragen mag sie beides so nicht, wegwerfen oder verkaufen kommt nicht infrage. Beim Juwelier soll das Umarbeiten zu einem Anhänger 280 Euro kosten. Sie hat gelesen, dass man so etwas unter Anleitung selbst machen kann, und würde das gern, auch weil sie seit dem Tod der Mutter kaum unter Leute kommt.",
        ("Frauen",),
        "Kultur",
        "schmuckwerkstatt",
        ("schmiedekurs",),
        "Jugendliche",
        1,
    ),
    Need(
        "Vermisst das Moderieren",
        "Carlos (38) kommt aus Kolumbien und hat in Cali jahrelang nachts eine Musiksendung moderiert. In Leipzig arbeitet er im Lager und vermisst es sehr, über Cumbia und Salsa zu erzählen und Platten aufzulegen, denen Leute in der ganzen Stadt zuhören. Er würde gern einmal in der Woche eine Stunde auf Spanisch und Deutsch machen, weiß aber nicht, ob man als Laie irgendwo ans Mikrofon darf.",
        (MIGRANTS,),
        "Kultur",
        "buergerradio",
        ("stadtteilzeitung",),
        "Jugendliche",
        2,
    ),
    Need(
        "Porträts über die Leute in der Straße",
        "Frau P. (70) war Deutschlehrerin. Seit der Pensionierung verfasst sie kleine Porträts über Menschen aus ihrer Straße: den Schuster, der seit 1978 im selben Laden sitzt, die Bäckerin, die Kinder aus der Kita gegenüber. Bisher liest das nur ihr Mann. Sie möchte, dass die Texte gedruckt im Viertel erscheinen und die Nachbarn sie lesen, und hätte gern wieder feste Abgabetermine und Leute, mit denen sie Themen plant.",
        ("Senior:innen",),
        "Kultur",
        "stadtteilzeitung",
        ("buergerradio", "brieffreundschaft"),
        "Jugendliche",
        3,
    ),
    Need(
        "Die letzten zehn Minuten nach der Spätschicht",
        "Sevda (26) ist Pflegefachfrau, ihre Spätschicht endet um halb elf. Von der Haltestelle sind es zehn Minuten zu Fuß durch eine dunkle Straße am Park entlang. Im Herbst ist ihr ein Mann bis zur Haustür gefolgt, seitdem hat sie jedes Mal Herzklopfen. Ein Taxi kann sie sich nicht jeden Abend leisten, ihre Freundin schläft um die Zeit schon, und umziehen will sie nicht. Sie sagt: „Wenn wenigstens jemand wüsste, wo ich gerade bin.“",
        ("Frauen",),
        "Nachbarschaft & Begegnung",
        "heimwegtelefon",
        ("mitfahrbank", "einbruchschutz_beratung"),
        "Jugendliche",
        3,
    ),
    Need(
        "Jemand ist über den Balkon eingestiegen",
        "Bei Frau T. (79), Erdgeschoss, ist im Oktober jemand über die Balkontür eingestiegen, während sie beim Arzt war. Gestohlen wurden Schmuck und etwas Bargeld, aber schlimmer ist, dass sie seitdem nur noch bei Licht schläft und nachts jedes Geräusch hört. Ihr Sohn will „irgendwas Ordentliches“ an Tür und Fenster anbringen, weiß aber nicht, was wirklich hilft und was der Vermieter erlauben muss.",
        ("Senior:innen",),
        "Beratung",
        "einbruchschutz_beratung",
        ("heimwegtelefon",),
        "Familien",
        1,
    ),
    Need(
        "Lacht nur, wenn ein Dackel vorbeikommt",
        "Herr G. (86) lebt mit fortgeschrittener Demenz im Pflegeheim, spricht kaum noch und sitzt meist mit geschlossenen Augen im Aufenthaltsraum. Er hatte vierzig Jahre lang Dackel. Als neulich eine Besucherin ihren Hund mitbrachte, hat er die Augen aufgemacht, gelacht, das Tier gestreichelt und von „Waldi“ erzählt. Das Heim hat keine eigenen Tiere, die Tochter wohnt in München. Die Pflegekräfte fragen, ob so etwas regelmäßig möglich wäre.",
        ("Senior:innen",),
        "Nachbarschaft & Begegnung",
        "besuchshund",
        ("brieffreundschaft", "therapeutisches_reiten"),
        "Kinder",
        1,
    ),
    Need(
        "Nur auf dem Pony war er ruhig",
        "Paul (7) ist Autist, spricht wenige Wörter und hat oft heftige Wutanfälle. Auf einem Hoffest durfte er auf einem Pony sitzen, und zum ersten Mal seit Langem war er eine Viertelstunde ganz ruhig und hat gelächelt. Seine Ergotherapeutin meint, die Bewegung auf dem Pferd könne ihm beim Gleichgewicht und bei der Körperspannung helfen, und rät zu regelmäßigen Stunden mit einer Fachkraft. Die Eltern wissen nicht, wo es das gibt und wer es bezahlt.",
        (DISABLED,),
        "Gesundheit",
        "therapeutisches_reiten",
        ("besuchshund",),
        "Senior:innen",
        0,
    ),
    Need(
        "Zwei Babys, ein Kinderwagen, kaum Schlaf",
        "Frau U. (29) hat vor drei Monaten Zwillinge bekommen. Ihr Mann arbeitet Schicht, Familie hat sie in der Stadt keine. In der Krabbelgruppe fühlt sie sich fehl am Platz: Die anderen Mütter haben ein Kind und Zeit für Kaffee, sie jongliert zwei Babys und einen Doppelwagen, der nicht durch die Tür passt. Sie wünscht sich Kontakt zu Müttern und Vätern, die dasselbe erleben und wissen, wie man zwei gleichzeitig stillt und trotzdem mal schläft.",
        ("Eltern",),
        "Familie & Kinderschutz",
        "zwillingseltern_treff",
        ("beikostkurs",),
        "Männer",
        1,
    ),
    Need(
        "Oma sagt Zwieback in die Flasche",
        "Junge Mutter (23), Sohn sechs Monate, bisher nur gestillt. Die Kinderärztin hat gesagt, jetzt könne es mit dem Essen losgehen. Die Schwiegermutter rät zu Zwieback in der Flasche und Zucker im Tee, eine Freundin schwört auf Gemüsesticks ganz ohne Brei, und der Kleine spuckt die gekauften Möhrchen aus dem Glas wieder aus. Die Mutter ist völlig verunsichert und wüsste gern von einer Fachperson, womit und wie man anfängt und wie man das selbst kocht.",
        ("Eltern",),
        "Familie & Kinderschutz",
        "beikostkurs",
        ("zwillingseltern_treff",),
        "Senior:innen",
        1,
    ),
    Need(
        "Die Schule ruft jede Woche an",
        "Frau O. ist alleinerziehend, ihr Sohn (9) hat seit einem halben Jahr die Diagnose ADHS. Jede Woche ruft die Schule an, die Hausaufgaben enden in Geschrei, und die Nachbarn gucken komisch. Ob er Tabletten nehmen soll, darüber streitet sie mit dem Vater. Eine Therapeutin hat der Junge schon. Was ihr fehlt, sind andere Mütter und Väter, die das kennen, die ihr erzählen, was bei ihnen geholfen hat, und vor denen sie sich nicht rechtfertigen muss.",
        ("Eltern",),
        "Familie & Kinderschutz",
        "adhs_elterngruppe",
        ("lrs_foerderung",),
        "Männer",
        1,
    ),
    Need(
        "In der vierten Klasse, liest wie in der ersten",
        "Ali (10) ist in der vierten Klasse, erzählt gern und rechnet gut, aber im Diktat hat er jedes Mal über dreißig Fehler, verwechselt b und d und liest stockend Silbe für Silbe. Konzentrieren kann er sich, sagt die Klassenlehrerin, sie vermutet eine Teilleistungsstörung, und die Schulpsychologin hat einen Test gemacht. Die Eltern sprechen zu Hause Arabisch und wissen nicht, wie sie ihm helfen sollen; die Hausaufgabenhilfe im Hort reicht offenbar nicht. Im Sommer steht die Bildungsempfehlung an.",
        ("Kinder",),
        "Bildung",
        "lrs_foerderung",
        ("laptop_spende", "adhs_elterngruppe"),
        "Jugendliche",
        3,
    ),
    Need(
        "Will wissen, was die neuen Nachbarn glauben",
        "Herr F. (67) ist Kirchvorsteher in der evangelischen Gemeinde. Seit in seiner Straße eine Moschee gebaut wird, hört er beim Bäcker viel Gerede und merkt, dass er selbst kaum etwas über den Islam weiß. Zu einem Fest zu gehen reicht ihm nicht: Er möchte regelmäßig mit Muslimen, Juden und anderen über Glaubensfragen ins Gespräch kommen, über Beten, Fasten und den Tod, und auch erzählen, was ihm sein eigener Glaube bedeutet.",
        ("Senior:innen",),
        "Nachbarschaft & Begegnung",
        "interreligioeser_dialog",
        ("offenes_iftar",),
        "Jugendliche",
        1,
    ),
    Need(
        "Erster Ramadan ohne die Familie",
        "Frau A. (40) ist mit ihren zwei Töchtern vor einem Jahr aus Syrien nachgezogen, ihr Mann arbeitet auf Montage. Im Ramadan sitzen die drei abends allein am Tisch; in Aleppo war das Essen nach Sonnenuntergang jeden Abend voll mit Verwandten und Nachbarn. Sie würde gern mit Leuten aus dem Haus und der Straße zusammen essen, wenn die Sonne untergeht, auch mit Deutschen, und ihnen dabei zeigen, was der Monat für sie bedeutet. Sie kocht gern und viel.",
        ("Familien",),
        "Nachbarschaft & Begegnung",
        "offenes_iftar",
        ("interreligioeser_dialog",),
        "Senior:innen",
        3,
    ),
    Need(
        "Drei Freundinnen wollen zusammen alt werden",
        "Drei Frauen zwischen 61 und 66, seit dem Studium befreundet, zwei verwitwet, eine geschieden, wollen nicht jede für sich allein alt werden. Sie überlegen, zusammen ein Haus zu kaufen oder mit anderen eine Genossenschaft zu gründen, mit einer eigenen Wohnung für jede und einem Raum für alle. Sie haben keine Ahnung, welche Rechtsform passt, wie man an einen Kredit oder ein Grundstück kommt und wo man noch Mitstreiter:innen findet.",
        ("Senior:innen",),
        "Beratung",
        "gemeinschaftliches_wohnen",
        ("wohnungstausch",),
        "Familien",
        1,
    ),
    Need(
        "Vier Zimmer, dritter Stock, kein Aufzug",
        "Herr und Frau M. (78 und 80) wohnen seit 1975 in einer Vierraumwohnung der Genossenschaft im dritten Stock ohne Aufzug. Die Treppen schafft Frau M. nach der Hüft-OP kaum noch, und die Kinderzimmer stehen seit Jahrzehnten leer. Eine kleinere Wohnung weiter unten wäre ideal, aber jede neu vermietete Wohnung kostet pro Quadratmeter fast doppelt so viel wie ihre alte, und mehr Miete können sie nicht zahlen. Aus dem Viertel wegziehen wollen sie nicht.",
        ("Senior:innen",),
        "Beratung",
        "wohnungstausch",
        ("gemeinschaftliches_wohnen",),
        "Junge Erwachsene",
        3,
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
