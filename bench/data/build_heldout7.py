"""Build ``heldout7_pairs.jsonl``: the seventh held-out part of the synergy engine's labelled set.

Its place and time helpers and the pair scaffolding now live in ``heldout_common.py``,
shared by the builders.

The seventh unseen set, written in December 2026, after the sixth held-out part
(``heldout6_pairs.jsonl``) had been evaluated once and so became spent. It was written by someone
who did not tune the engine and did not open the engine (nothing under ``src/``), its lexicon
(``offer_kinds.toml``) or its kind list (``offer_kinds.py``), nor the tuning files
(``build_eval_set.py``, ``pattern_pairs.py``), ``eval_quality.py``, ``bench/README.md``,
``docs/`` or any ``.jsonl`` file other than the one named below; no engine code and no evaluation
was run, and no figure of any engine was looked at while writing it. ``build_heldout6.py`` was
opened in full, to take the record format, the case scheme and counts, and the place and time
helpers (district coordinates, weekly slots, walking offsets, seed handling, command line); the
first three lines of ``heldout6_pairs.jsonl`` were looked at only to match the output format. Of
``build_heldout.py`` to ``build_heldout5.py`` only the module docstrings were read, to learn which
kinds were already used (parts 1 and 2 name only a few of theirs there; those and the obvious
kinds part 2 leaves out were avoided). None of the offer texts, needs or kinds of parts 1 to 6
were reused.

It must not be used for tuning. Evaluate it once, after the last change to the engine and its
lexicon in a round, report the figures and change nothing because of them:

    .venv/bin/python bench/eval_quality.py --heldout bench/data/heldout7_pairs.jsonl

36 kinds of neighbourhood and social work, none of them a kind of the earlier parts:
Energieberatung (Stromspar-Check), Anerkennungsberatung (Berufsabschlüsse aus dem Ausland),
Asylverfahrensberatung, Elterngeldberatung, Schutz vor Betrug für Ältere, Pflegekurs für
Angehörige, Erste Hilfe am Kind, Sturzprävention, Rückenschule, Selbsthilfegruppe Essstörungen,
Rheuma-Selbsthilfe, Stilltreff, Babymassage, Nordic Walking, Lauftreff, Selbstverteidigung für
Frauen, Breakdance, Kinderzirkus, Schach, Kartenspielrunde, Kalligrafie, Mosaik, Comic-Workshop,
Ferienbetreuung, Kochkurs für Kinder, E-Sport-Treff, Gruppe für Trennungskinder, Telefonkette,
Sprachmittlung, Balkonkraftwerk, Müllsammelaktion, Einkochkurs, Brotbacken, Makerspace,
Erwerbslosentreff and Vätertreff. Each is written four ways, as organisations title and describe
it: two that keep the kind's word stem ("Vätertreff" / "Väter-Kind-Gruppe") and two that name it
with other words, loanwords, the words of a parish, a club, a self-organisation or a youth
office, about half of them in plain language ("Papa-Zeit am Samstag", "Stadtranderholung",
"WenDo", "FabLab", "Stockgehen im Park", "Clean-up", "Jeden Tag ruft jemand bei Ihnen an").

Look-alike groups share a compound head or a field: ...beratung (Energie, Anerkennung,
Asylverfahren, Elterngeld), migration (Anerkennung, Asylverfahren, Sprachmittlung), ...treff
(Still, Väter, Lauf, Erwerbslose, E-Sport), babies and young families (Stilltreff, Babymassage,
Vätertreff, Elterngeld, Erste Hilfe am Kind, Trennungskinder), ...kurs for care and emergencies
(Pflegekurs, Erste Hilfe am Kind, Babymassage), food (Kochkurs für Kinder, Einkochkurs,
Brotbacken), gentle movement for health (Sturzprävention, Rückenschule, Rheuma, Nordic Walking),
running and walking (Lauftreff, Nordic Walking, Selbstverteidigung für Frauen), ...selbsthilfe
(Essstörungen, Rheuma), energy and green (Energieberatung, Balkonkraftwerk, Müllsammelaktion),
seniors at home (Schutz vor Betrug, Telefonkette), games at the table and on the screen (Schach,
Kartenspielrunde, E-Sport), digital making (E-Sport, Makerspace), drawing and lettering
(Kalligrafie, Mosaik, Comic), moving for the young (Breakdance, Kinderzirkus, Ferienbetreuung) and
work (Anerkennung, Erwerbslosentreff).

Offer pairs (``"type": "offers"``) are parallel (label 1) when both are the same kind of thing,
for the same people, in the same area, at overlapping times. 168 offer pairs, ``case`` after the
prefix ``held-out 7 ``:

* parallel (70): ``synonym without shared stem`` 36 (every kind once), ``paraphrase`` 24,
  ``specific group shared`` 10 (a specific group in common, one offer also names a broad one);
* not parallel (98): ``look-alike kinds`` 54 (27 pairs of different kinds with the same compound
  head or a similar field, two wordings each, same place, people and time: "Stilltreff" /
  "Vätertreff", "Energieberatung" / "Balkonkraftwerk", "Einkochkurs" / "Brotbacken",
  "Anerkennungsberatung" / "Asylverfahrensberatung", "Schach" / "Kartenspielrunde"), ``broad
  group only`` 15 (the same kind for people who share only "Migrant:innen" or "Nachbarschaft /
  alle"), ``other people`` 5, ``far apart`` 12 (several kilometres), ``other time`` 12. Apart
  from what a case changes, both offers agree.

Need pairs (``"type": "need"``) hold a need as a social worker notes it and one offer: 30 needs,
159 need pairs: ``meets the need`` 90 (three offers of the kind that meets it, label 1),
``look-alike kinds (need)`` 39 (one or two offers of a look-alike kind, label 0) and
``other target group`` 30 (the right kind for other people, label 0).

    python bench/data/build_heldout7.py
"""

from __future__ import annotations

from pathlib import Path

from heldout_common import ALL, MIGRANTS, Kind, Need, build_pairs, run_builder

# ruff: noqa: E501  (one offer text per line reads better than wrapped strings)

OUTPUT = Path(__file__).resolve().parent / "heldout7_pairs.jsonl"
SEED = 20261208
CASE_PREFIX = "held-out 7 "
ID_PREFIX = "t"

KINDS: dict[str, Kind] = {
    "energieberatung": Kind(
        "Beratung",
        (ALL,),
        (
            (
                "Energieberatung",
                "Die Jahresabrechnung bringt eine hohe Nachzahlung, der Abschlag soll steigen? Ein Energieberater der Klimaschutzagentur schaut sich mit Ihnen Abrechnungen und Zählerstände an, erklärt, welche Geräte im Haushalt am meisten verbrauchen, und zeigt, wie Sie richtig heizen und lüften, ohne dass Schimmel entsteht.",
            ),
            (
                "Kostenlose Energieberatung",
                "Geschulte Energiesparhelfer:innen kommen zu Ihnen nach Hause, messen den Verbrauch von Kühlschrank, Boiler und Fernseher und bringen kostenlos LED-Lampen, abschaltbare Steckerleisten und Sparduschköpfe mit. Für Menschen mit Bürgergeld, Wohngeld, Kinderzuschlag oder kleiner Rente.",
            ),
            (
                "Stromspar-Check: weniger zahlen für Licht und Heizung",
                "Zwei geschulte Helfer:innen kommen in Ihre Wohnung, lesen die Zähler ab, prüfen Kühlschrank, Durchlauferhitzer und Geräte im Standby und bauen gratis sparsame Lampen, Zeitschaltsteckdosen und Wasserspar-Aufsätze ein. So sinken Abschlag und Nachzahlung spürbar.",
            ),
            (
                "Ihre Rechnung für Strom und Heizung ist zu hoch?",
                "Sie müssen viel Geld für Strom oder Heizung nachzahlen? Wir kommen zu Ihnen nach Hause. Wir schauen, welche Geräte viel Strom brauchen. Sie bekommen neue Lampen geschenkt, die weniger verbrauchen. So sparen Sie jeden Monat Geld.",
            ),
        ),
    ),
    "anerkennungsberatung": Kind(
        "Arbeit & Ausbildung",
        (MIGRANTS,),
        (
            (
                "Anerkennungsberatung",
                "Sie sind in Ihrem Herkunftsland Krankenpflegerin, Ingenieur oder Lehrerin und möchten hier in Ihrem Beruf arbeiten? Wir klären, welche Stelle für die Anerkennung zuständig ist, welche Unterlagen übersetzt und beglaubigt werden müssen und ob der Anerkennungszuschuss die Gebühren übernimmt.",
            ),
            (
                "Beratung zur Anerkennung von Berufsabschlüssen aus dem Ausland",
                "Ob Meisterbrief aus Polen, Hochschuldiplom aus Syrien oder Gesellenbrief aus der Ukraine: Die Beraterin prüft mit Ihnen, ob Ihr Abschluss als gleichwertig anerkannt werden kann, was für eine volle Gleichwertigkeit noch fehlt und welche Anpassungsqualifizierung in Frage kommt.",
            ),
            (
                "Ihr Diplom aus der Heimat zählt auch hier",
                "Viele Zugewanderte putzen Büros oder fahren Pakete aus, obwohl sie Ärztin, Elektriker oder Erzieherin gelernt haben. Das IQ-Netzwerk prüft mit Ihnen, ob Ihre Qualifikation als gleichwertig gilt, welche Papiere übersetzt und beglaubigt werden müssen und wie Sie fehlende Teile in einer Nachqualifizierung ergänzen.",
            ),
            (
                "Sie haben in Ihrem Land eine Ausbildung gemacht?",
                "Sie waren in Ihrem Land zum Beispiel Krankenschwester oder Mechaniker. Sie wollen hier in dieser Arbeit weitermachen. Dafür brauchen Sie ein Papier vom Amt. Wir sagen Ihnen, wie Sie es bekommen. Wir helfen Ihnen bei den Anträgen.",
            ),
        ),
    ),
    "asylverfahrensberatung": Kind(
        "Beratung",
        ("Geflüchtete",),
        (
            (
                "Asylverfahrensberatung",
                "Unabhängige Beratung vor und nach der Anhörung beim Bundesamt für Migration und Flüchtlinge: Wir erklären den Ablauf des Asylverfahrens, bereiten Sie auf die Fragen in der Anhörung vor und prüfen mit Ihnen den Bescheid. Bei einer Ablehnung vermitteln wir an Anwältinnen und Anwälte.",
            ),
            (
                "Beratung im Asylverfahren",
                "Sie haben einen Asylantrag gestellt und warten auf die Anhörung, oder der Bescheid ist gekommen und Sie verstehen ihn nicht? Der Flüchtlingsrat erklärt Fristen, Dublin-Verfahren und Rechtsmittel, mit Sprachmittler:innen und kostenlos.",
            ),
            (
                "Vorbereitung auf die Anhörung beim BAMF",
                "Was passiert im Interview beim Bundesamt, welche Fragen werden gestellt, warum kommt es auf Einzelheiten und Daten an? Ehrenamtliche Jurist:innen der Refugee Law Clinic üben mit Ihnen, Ihre Fluchtgeschichte vollständig zu erzählen, und prüfen nach der Entscheidung, ob sich eine Klage lohnt.",
            ),
            (
                "Sie haben bald ein Gespräch beim Bundesamt?",
                "Beim Bundesamt müssen Sie erzählen, warum Sie geflohen sind. Wir sagen Ihnen vorher, was dort passiert. Sie haben einen Brief vom Bundesamt bekommen und verstehen ihn nicht? Wir lesen ihn mit Ihnen. Eine Übersetzerin hilft.",
            ),
        ),
    ),
    "elterngeldberatung": Kind(
        "Beratung",
        ("Eltern",),
        (
            (
                "Elterngeldberatung",
                "Basiselterngeld, ElterngeldPlus, Partnerschaftsbonus: Wir rechnen mit Ihnen durch, welche Aufteilung der Monate sich für Ihre Familie lohnt, füllen den Antrag gemeinsam aus und erklären, was bei Teilzeit, Minijob oder Selbstständigkeit gilt.",
            ),
            (
                "Sprechstunde Elterngeld und Elternzeit",
                "Wann muss die Elternzeit beim Arbeitgeber angemeldet sein, wie viel Elterngeld gibt es bei schwankendem Einkommen, und was ändert sich, wenn das zweite Kind kommt? Eine Mitarbeiterin des Familienzentrums beantwortet Ihre Fragen und hilft beim Ausfüllen der Formulare.",
            ),
            (
                "Babyjahr planen: Lohnersatz nach der Geburt",
                "Wer nach der Geburt zu Hause bleibt, bekommt vom Staat einen Teil des Lohns ersetzt, bis zu vierzehn Monate lang, wenn sich Mutter und Vater die Monate teilen. Das Familienbüro der Stadt rechnet mit Ihnen die beste Aufteilung aus, erklärt, was gilt, wenn Sie stundenweise wieder arbeiten, und hilft mit dem Formular der Landesbehörde.",
            ),
            (
                "Sie bekommen ein Baby? Dann zahlt der Staat mit",
                "Nach der Geburt bleiben Sie zu Hause bei Ihrem Baby. Dann bekommen Sie keinen Lohn. Der Staat zahlt Ihnen dafür jeden Monat einen Betrag. Dafür müssen Sie ein Formular ausfüllen. Wir helfen Ihnen dabei.",
            ),
        ),
    ),
    "betrugsschutz": Kind(
        "Beratung",
        ("Senior:innen",),
        (
            (
                "Betrugsprävention für Senior:innen",
                "Eine Präventionsberaterin der Polizei erklärt die häufigsten Maschen: falsche Handwerker an der Tür, Gewinnversprechen, gefälschte Mails der Bank und Anrufe angeblicher Verwandter. Sie lernen, misstrauisch zu bleiben, ohne unhöflich zu werden, und wen Sie im Zweifel anrufen.",
            ),
            (
                "Vorsicht, Betrüger! Tipps für ältere Menschen",
                "Immer öfter rufen Fremde an und geben sich als Enkel, Polizistin oder Bankangestellter aus. Im Seniorenbüro zeigen ehrenamtliche Seniorensicherheitsberater:innen, woran Sie Betrüger erkennen, und wie Sie Ihr Erspartes und Ihre Daten schützen.",
            ),
            (
                "Enkeltrick und Schockanruf: So fallen Sie nicht herein",
                "„Oma, ich hatte einen Unfall und brauche sofort Geld“: Mit solchen Anrufen erbeuten Kriminelle jedes Jahr Millionen. Ein Kriminalhauptkommissar im Ruhestand spielt typische Gespräche vor, erklärt die Tricks falscher Polizisten und Handwerker und übt mit Ihnen, einfach aufzulegen.",
            ),
            (
                "Ein Fremder am Telefon will Ihr Geld?",
                "Jemand ruft an. Er sagt: Ich bin Ihr Enkel. Ich brauche schnell Geld. Oder er sagt: Ich bin von der Polizei. Das ist oft gelogen. Wir zeigen Ihnen, wie Sie solche Anrufe erkennen. Und was Sie dann tun können.",
            ),
        ),
    ),
    "pflegekurs_angehoerige": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Pflegekurs für Angehörige",
                "Wenn Mutter oder Partner plötzlich pflegebedürftig werden, fehlen oft die Handgriffe. An drei Abenden zeigt eine Pflegefachkraft, wie Sie beim Aufstehen helfen, ohne sich den Rücken zu ruinieren, wie Sie im Bett lagern und waschen und welche Hilfsmittel die Pflegekasse bezahlt.",
            ),
            (
                "Häusliche Pflege lernen: Kurs für pflegende Familien",
                "Der Kurs ist für Sie kostenlos, die Pflegekasse übernimmt die Kosten. Wir üben Lagern, Mobilisieren und Körperpflege an einem Pflegebett, sprechen über Demenz, Essen und Trinken im Alter und über die eigene Erschöpfung.",
            ),
            (
                "Zu Hause versorgen: Handgriffe für Töchter, Söhne und Partner",
                "Die Mutter kommt aus dem Krankenhaus und kann nicht mehr allein aufstehen? An drei Abenden zeigt eine Krankenschwester, wie man jemanden im Bett umlagert, wäscht und in den Rollstuhl setzt, ohne sich selbst zu verheben, und welche Hilfsmittel die Kasse bezahlt.",
            ),
            (
                "Ihr Vater oder Ihre Mutter braucht zu Hause Hilfe?",
                "Ihr Vater oder Ihre Mutter kann nicht mehr allein aufstehen oder sich waschen? Wir zeigen Ihnen, wie Sie helfen. Und wie Sie dabei Ihren eigenen Rücken schonen. Das üben wir an einem richtigen Bett. Es kostet nichts.",
            ),
        ),
    ),
    "erste_hilfe_kind": Kind(
        "Gesundheit",
        ("Eltern",),
        (
            (
                "Erste Hilfe am Kind",
                "Verschluckte Murmel, Fieberkrampf, Sturz vom Wickeltisch: Ein Rettungssanitäter zeigt Eltern, Großeltern und Tageseltern an Übungspuppen in Baby- und Kindergröße, was im Notfall zu tun ist, von der Herzdruckmassage bis zur stabilen Seitenlage.",
            ),
            (
                "Erste-Hilfe-Kurs für Eltern",
                "Acht Unterrichtseinheiten zu Notruf, Verbrennungen, Vergiftungen und Atemnot bei Kindern; am Ende erhalten Sie eine Bescheinigung. Kinderbetreuung ist im Nebenraum organisiert.",
            ),
            (
                "Notfalltraining für Mütter und Väter",
                "Was tun, wenn die Kleine blau anläuft, der Sohn Reiniger getrunken hat oder die Tochter nach einem Sturz nicht mehr ansprechbar ist? Notfallsanitäter üben mit Ihnen an lebensgroßen Puppen die Wiederbelebung von Säuglingen, das Freimachen der Atemwege und den richtigen Anruf bei der 112.",
            ),
            (
                "Ihr Kleines hat sich verschluckt. Was tun?",
                "Ihr Sohn bekommt keine Luft? Ihre Tochter ist hingefallen und wacht nicht auf? Dann müssen Sie schnell handeln. Wir zeigen Ihnen, was Sie tun müssen. Sie üben an einer Puppe. Und Sie lernen, wann Sie die 112 anrufen.",
            ),
        ),
    ),
    "sturzpraevention": Kind(
        "Sport & Bewegung",
        ("Senior:innen",),
        (
            (
                "Sturzprävention für Senior:innen",
                "Jeder dritte Mensch über 65 stürzt mindestens einmal im Jahr. In zwölf Stunden trainieren wir mit Übungen aus dem Otago-Programm Beinkraft, Gleichgewicht und sicheres Gehen, üben das Aufstehen vom Boden und gehen gemeinsam die Stolperfallen in Ihrer Wohnung durch.",
            ),
            (
                "Sturzprophylaxe",
                "Wer einmal gestürzt ist, hat oft Angst vor dem nächsten Mal. Eine Physiotherapeutin stärkt mit Ihnen Beine und Rumpf, trainiert das Gleichgewicht und zeigt, wie Sie nach einem Sturz wieder hochkommen. Dazu gibt es Tipps zu Schuhen, Teppichen und Licht in der Nacht.",
            ),
            (
                "Trittfest bleiben: Gleichgewichtstraining für Ältere",
                "Wer unsicher auf den Beinen ist, geht weniger, wird schwächer und fällt dann erst recht. Eine Physiotherapeutin übt mit Ihnen Stehen auf einem Bein, Gehen auf einer Linie und das Aufstehen aus dem Liegen, mit Stuhl zum Festhalten und Übungen für zu Hause.",
            ),
            (
                "Sie haben Angst hinzufallen?",
                "Sie fühlen sich beim Laufen unsicher? Hier machen Sie leichte Übungen für Ihre Beine. Sie halten sich an einem Stuhl fest. So werden Sie stärker. Und Sie fallen nicht so leicht hin.",
            ),
        ),
    ),
    "rueckenschule": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Rückenschule",
                "Heben, Tragen, Sitzen am Schreibtisch: Eine Physiotherapeutin erklärt, wie die Wirbelsäule aufgebaut ist, und übt mit Ihnen rückenfreundliche Haltungen, die Kräftigung der Bauch- und Rumpfmuskeln und Dehnungen. Von den Krankenkassen als Präventionskurs bezuschusst.",
            ),
            (
                "Rückenfit: Kurs für einen gesunden Rücken",
                "Zehn Abende mit Übungen für Kraft, Beweglichkeit und Haltung, dazu Tipps für den Alltag am Arbeitsplatz und im Haushalt. Geeignet für alle, die öfter Rückenschmerzen haben, aber keine akute Verletzung.",
            ),
            (
                "Wirbelsäulengymnastik",
                "Verspannte Schultern, ein steifer Nacken, Ziehen im Kreuz nach langem Sitzen: Mit Mobilisation, Kräftigung der Rumpfmuskulatur und Entspannung beugen wir Bandscheibenproblemen vor und üben, wie man Einkaufstaschen und Wasserkästen richtig hebt. Die Kasse erstattet einen Teil der Gebühr.",
            ),
            (
                "Ihr Kreuz tut weh?",
                "Sie haben oft Schmerzen im Kreuz oder im Nacken? Hier machen Sie einfache Übungen auf einer Matte. Sie lernen, wie Sie schwere Sachen richtig heben. Dann tut es weniger weh.",
            ),
        ),
    ),
    "essstoerung_selbsthilfe": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Selbsthilfegruppe Essstörungen",
                "Magersucht, Bulimie oder Essattacken: Wir sind Frauen und Männer, die selbst betroffen sind oder waren. Einmal in der Woche sprechen wir ohne Fachleute über Rückfälle, Kontrolle, Scham und kleine Fortschritte. Kein Wiegen, keine Ratschläge von oben.",
            ),
            (
                "Gesprächsgruppe für Menschen mit Essstörung",
                "Wer mit dem Essen kämpft, fühlt sich oft allein mit Scham und Heimlichkeit. In unserer offenen Runde erzählen Betroffene, was ihnen nach Klinik oder Therapie geholfen hat, und halten gemeinsam durch, wenn es schwer wird. Anmeldung nicht nötig.",
            ),
            (
                "Magersucht und Bulimie: Betroffene treffen Betroffene",
                "Kalorien zählen, heimliche Fressanfälle, Angst vor dem Spiegel: Wer das kennt, findet hier Leute, die es am eigenen Leib erlebt haben. Wir reden offen über Rückfälle und über das, was beim Gesundwerden geholfen hat, in geschützter Runde und ohne Therapeut:in.",
            ),
            (
                "Sie denken den ganzen Tag an Kalorien?",
                "Sie haben große Angst, dick zu werden? Oder Sie können nach einer Mahlzeit nicht aufhören und fühlen sich danach schlecht? Hier sitzen Leute, denen es auch so geht. Sie reden miteinander. Alles bleibt unter uns.",
            ),
        ),
    ),
    "rheuma_selbsthilfe": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Rheuma-Selbsthilfegruppe",
                "Rheumatoide Arthritis, Morbus Bechterew, Fibromyalgie: In unserer Gruppe tauschen sich Betroffene über Medikamente, gute Ärztinnen, Hilfsmittel für den Haushalt und den Umgang mit Schmerzschüben aus. Einmal im Monat kommt eine Referentin zu Ernährung, Recht oder Bewegung.",
            ),
            (
                "Leben mit Rheuma: Treffen für Betroffene",
                "Die Diagnose Rheuma verändert vieles: Arbeit, Haushalt, Freizeit. Bei unseren Treffen sprechen wir über Basistherapie und Kortison, Anträge auf Schwerbehinderung und Funktionstraining und darüber, wie man trotz Schüben Freude behält.",
            ),
            (
                "Wenn die Gelenke entzündet sind: Austausch am Nachmittag",
                "Morgens steife Finger, geschwollene Knie, eine Erschöpfung, die niemand sieht: Menschen mit Arthritis, Bechterew oder Fibromyalgie erzählen sich, was ihnen hilft, von Greifhilfen bis zu Wärmeanwendungen, und machen sich gegenseitig Mut.",
            ),
            (
                "Ihre Gelenke tun oft weh und sind dick?",
                "Ihre Finger oder Knie sind dick und tun weh. Der Arzt sagt: Das ist eine Entzündung, die bleibt. Hier lernen Sie andere mit der gleichen Krankheit kennen. Sie erzählen sich, was hilft. Und Sie machen sich Mut.",
            ),
        ),
    ),
    "stilltreff": Kind(
        "Familie & Kinderschutz",
        ("Eltern",),
        (
            (
                "Stilltreff",
                "Wunde Brustwarzen, ein Baby, das ständig trinken will, Sorgen um die Milchmenge: Eine Stillberaterin und andere Mütter hören zu, geben Tipps zum Anlegen und zur Beikost, und Ihr Baby darf dabei auf der Decke liegen.",
            ),
            (
                "Stillgruppe mit Hebamme",
                "Jeden Donnerstag beantwortet eine Hebamme Fragen rund ums Stillen, vom Milchstau bis zum Abstillen. Danach bleibt Zeit für Kaffee und Austausch mit anderen Müttern; Schwangere sind ebenfalls willkommen.",
            ),
            (
                "Muttermilch-Café: Anlegen, Abpumpen, Zufüttern",
                "Mütter von Säuglingen kommen bei Kaffee zusammen und erzählen vom Anlegen, von Milchstau, nächtlichen Mahlzeiten und dem Abpumpen für die Rückkehr in den Job. Eine Laktationsberaterin beantwortet Fragen, die Kleinen liegen dabei auf Decken.",
            ),
            (
                "Sie geben Ihrem Baby die Brust?",
                "Ihr Baby trinkt an Ihrer Brust. Manchmal tut das weh? Oder Sie haben Sorgen, dass es nicht satt wird? Hier sprechen Sie mit anderen Müttern. Eine Fachfrau gibt Ihnen Tipps. Ihr Baby kann dabei sein.",
            ),
        ),
    ),
    "babymassage": Kind(
        "Familie & Kinderschutz",
        ("Eltern",),
        (
            (
                "Babymassage-Kurs",
                "In fünf Terminen lernen Mütter und Väter mit Babys zwischen sechs Wochen und sechs Monaten eine sanfte Massage mit warmem Öl. Sie hilft bei Blähungen und Unruhe und stärkt die Bindung. Bitte ein großes Handtuch mitbringen.",
            ),
            (
                "Babymassage für Mütter und Väter",
                "Bauch, Beine, Rücken, Gesicht: Eine Kursleiterin zeigt Schritt für Schritt die Griffe, Sie massieren Ihr Baby auf einer warmen Decke. Zwischendurch ist Zeit für Fragen zu Schlaf, Schreien und Entwicklung.",
            ),
            (
                "Sanfte Berührung: Streicheln und Ölen für Säuglinge",
                "Mit warmen Händen und etwas Mandelöl über Bauch, Beine und Rücken streichen: Eine Kinderkrankenschwester zeigt Griffe aus der indischen Tradition, die bei Bauchweh und Schreiphasen beruhigen. Eine Stunde, in der nur Sie und Ihr Kleines zählen.",
            ),
            (
                "Ihr Neugeborenes mit den Händen beruhigen",
                "Ihr Kleines hat Bauchweh? Oder es weint viel? Wir zeigen Ihnen, wie Sie es sanft mit Öl streicheln. Das beruhigt. Und Sie und Ihr Kind sind sich ganz nah.",
            ),
        ),
    ),
    "nordic_walking": Kind(
        "Sport & Bewegung",
        ("Senior:innen",),
        (
            (
                "Nordic Walking",
                "Zweimal die Woche drehen wir unsere Runde durch den Palmengarten: eine Stunde mit Stöcken, zum Schluss Dehnen. Die Übungsleiterin zeigt Neuen die richtige Technik, Leihstöcke sind vorhanden.",
            ),
            (
                "Nordic-Walking-Treff",
                "Ob Anfängerin oder alter Hase: Wir starten am Vereinsheim, wärmen uns auf und sind eine gute Stunde im Auwald unterwegs, jede Gruppe in ihrem Tempo. Wer die Technik noch nicht kennt, bekommt eine Einweisung.",
            ),
            (
                "Stockgehen im Park",
                "Zügig gehen, die Arme schwingen, die Stöcke setzen: Das schont die Knie, trainiert den ganzen Körper und geht auch mit ein paar Kilo mehr. Der Sportverein lädt zum gemeinsamen Gehen um den Teich ein; Stöcke können ausgeliehen werden.",
            ),
            (
                "Schnell gehen mit zwei Stöcken",
                "Sie gehen zügig durch den Park. In jeder Hand haben Sie einen Stock. Das ist gut für Herz und Knie. Wir gehen zusammen. Stöcke können Sie bei uns leihen.",
            ),
        ),
    ),
    "lauftreff": Kind(
        "Sport & Bewegung",
        (ALL,),
        (
            (
                "Lauftreff",
                "Jeden Dienstag um 18 Uhr starten wir an der Brücke am Kanal: Anfänger:innen laufen fünf Kilometer im Plaudertempo, Geübte zehn, und niemand bleibt allein zurück.",
            ),
            (
                "Laufgruppe für Einsteiger:innen",
                "Sie möchten mit dem Laufen anfangen oder nach einer Pause wieder einsteigen? In unserer Gruppe wechseln wir anfangs Gehen und Laufen ab und steigern uns von Woche zu Woche. Eine Übungsleiterin gibt Tipps zu Schuhen und Atmung.",
            ),
            (
                "Joggen am Kanal: vom Sofa zu fünf Kilometern",
                "In zehn Wochen vom Sofa zu fünf Kilometern am Stück: Wir beginnen mit einer Minute Trab und zwei Minuten Gehen und steigern uns langsam. Ein Trainer vom Sportverein achtet auf Tempo und Technik.",
            ),
            (
                "Zusammen joggen, ganz langsam",
                "Sie möchten joggen, aber allein fällt es schwer? Wir joggen zusammen am Kanal entlang. Ganz langsam, mit Pausen zum Gehen. Sie brauchen nur Sportschuhe.",
            ),
        ),
    ),
    "selbstverteidigung_frauen": Kind(
        "Sport & Bewegung",
        ("Frauen",),
        (
            (
                "Selbstverteidigung für Frauen",
                "Wie wehre ich einen Griff ans Handgelenk ab, wie befreie ich mich aus einer Umklammerung? Eine Trainerin zeigt einfache, wirksame Techniken, die ohne viel Kraft funktionieren, und übt mit Ihnen, laut und deutlich Grenzen zu setzen.",
            ),
            (
                "Selbstverteidigungskurs",
                "Sechs Abende mit einer Kampfsportlehrerin: Wir üben, brenzlige Situationen früh zu erkennen, Abstand zu halten, uns aus Griffen zu lösen und im Notfall wirksam zuzuschlagen. Keine sportlichen Vorkenntnisse nötig.",
            ),
            (
                "WenDo: Sich wehren, Grenzen setzen",
                "Die feministische Methode WenDo verbindet Körpertechniken mit Stimme und Haltung: Wir üben, Belästigung im Bus laut zurückzuweisen, uns aus Griffen zu befreien und im Notfall mit Handballen und Knie zu kontern. Ab 14 Jahren, ohne sportliche Vorkenntnisse.",
            ),
            (
                "Sich wehren, wenn jemand Sie angreift",
                "Ein Mann hält Sie fest? Sie haben Angst auf dem Heimweg? Hier lernen Sie, sich zu wehren. Sie üben, laut Nein zu sagen. Und Sie lernen einfache Griffe, mit denen Sie sich befreien.",
            ),
        ),
    ),
    "breakdance": Kind(
        "Kultur",
        ("Jugendliche",),
        (
            (
                "Breakdance-Workshop",
                "Ein Tänzer aus einer Leipziger Crew zeigt euch Toprocks, Footwork und die ersten Freezes. Am Ende jedes Termins gibt es einen kleinen Cypher, in dem jede und jeder zeigen kann, was sie gelernt hat.",
            ),
            (
                "Breakdance für Anfänger:innen",
                "Kein Vorwissen nötig: Wir fangen mit Schritten im Stehen an, lernen dann die Bewegungen am Boden und die ersten Drehungen. Die Halle hat einen weichen Boden, bequeme Kleidung und Turnschuhe reichen.",
            ),
            (
                "B-Boying & B-Girling: Powermoves lernen",
                "Headspins, Windmills, Footwork am Boden: In der Halle des Jugendhauses trainiert ihr mit B-Girls und B-Boys aus der Szene, lernt, wie man sicher auf Händen und Schultern landet, und battlet euch am Ende im Cypher.",
            ),
            (
                "Tanzen auf dem Boden zu Hip-Hop",
                "Du drehst dich auf dem Boden, auf den Händen oder sogar auf dem Kopf. Dazu läuft laute Hip-Hop-Musik. Wir zeigen dir die ersten Bewegungen. Du brauchst nur Turnschuhe.",
            ),
        ),
    ),
    "kinderzirkus": Kind(
        "Freizeit",
        ("Kinder",),
        (
            (
                "Kinderzirkus",
                "Jonglieren mit Tüchern und Bällen, Balancieren auf der Laufkugel, Akrobatik in der Pyramide: Im Kinderzirkus probieren Kinder ab sechs aus, was ihnen liegt, und zeigen es vor den Sommerferien in der großen Vorstellung im Zelt.",
            ),
            (
                "Zirkusschule für Kinder",
                "Einrad, Diabolo, Trapez und Clownerie: Jede Woche trainieren Kinder in kleinen Gruppen mit ausgebildeten Zirkuspädagog:innen. Vorkenntnisse braucht niemand, nur Lust auf Bewegung und Applaus.",
            ),
            (
                "Manege frei! Akrobatik, Jonglage und Clownerie",
                "Auf Stelzen laufen, Teller drehen, auf dem Einrad fahren, als Clown das Publikum zum Lachen bringen: Mädchen und Jungen von sechs bis zwölf üben unter Anleitung einer Artistin und zeigen ihr Können zum Schluss in einer Vorstellung mit Kostümen und Scheinwerfern.",
            ),
            (
                "Jonglieren, balancieren, Clown sein",
                "Du wirfst Bälle in die Luft und fängst sie wieder. Du läufst auf einem Seil oder fährst Einrad. Oder du bist ein lustiger Clown. Am Ende zeigst du allen, was du kannst.",
            ),
        ),
    ),
    "schach": Kind(
        "Freizeit",
        (ALL,),
        (
            (
                "Schachclub",
                "Ob Sie gerade die Züge gelernt haben oder Vereinsspieler sind: An den Brettern im Stadtteilzentrum wird jede Woche gespielt, analysiert und geplaudert. Neue bekommen Hilfe bei Eröffnungen und Endspielen, Uhren und Bretter sind da.",
            ),
            (
                "Schachnachmittag",
                "Eine offene Runde für alle, die gern Schach spielen: Blitzpartien, kleine Turniere und Rätsel für Einsteiger, dazu Kaffee. Vorkenntnisse sind nicht nötig, die Regeln erklären wir gern.",
            ),
            (
                "Das königliche Spiel: Springer, Läufer, Dame",
                "Auf 64 Feldern gegeneinander denken: Anfänger und alte Hasen sitzen sich zu ruhigen Partien gegenüber, üben Eröffnungen und spielen zum Monatsende ein kleines Blitzturnier. Bretter und Uhren sind vorhanden.",
            ),
            (
                "Ein Spiel mit König und Dame auf dem Brett",
                "Zwei Menschen sitzen sich gegenüber. Auf dem Brett stehen schwarze und weiße Figuren. Wer fängt zuerst den König? Wir erklären Ihnen die Regeln. Dann spielen wir zusammen.",
            ),
        ),
    ),
    "kartenspielrunde": Kind(
        "Freizeit",
        ("Senior:innen",),
        (
            (
                "Kartenspielrunde",
                "Skat, Rommé, Doppelkopf: Jeden Donnerstag sitzen wir an vier Tischen im Nachbarschaftscafé, mischen, reizen und schreiben auf. Wer ein Spiel nicht kennt, lernt es schnell; es geht um Spaß, nicht um Geld.",
            ),
            (
                "Kartenspiele am Nachmittag",
                "Bei Kaffee und Kuchen wird gemischt und ausgeteilt: Mau-Mau für Einsteiger, Rommé und Canasta für Geübte. Neue Mitspielerinnen und Mitspieler sind herzlich willkommen, allein kommen ist ausdrücklich erwünscht.",
            ),
            (
                "Skat und Rommé im Nachbarschaftscafé",
                "Reizen, stechen, Trümpfe ziehen: Jeden Donnerstag wird an vier Tischen gemischt, ausgeteilt und aufgeschrieben. Wer Doppelkopf oder Canasta nicht kennt, dem bringen es die Stammgäste bei; gezockt wird nur um Kekse.",
            ),
            (
                "Skat: Wir suchen noch jemanden am Tisch",
                "Sie können Skat oder Rommé? Oder Sie möchten es lernen? Jede Woche sitzen wir zusammen an einem Tisch. Wir trinken Kaffee und haben Spaß. Es geht nicht um Geld.",
            ),
        ),
    ),
    "kalligrafie": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Kalligrafie-Kurs",
                "Mit Bandzugfeder und Tusche schreiben wir die Unziale und die Fraktur, üben den gleichmäßigen Rhythmus der Buchstaben und gestalten am Ende eine Karte oder ein Gedicht zum Aufhängen. Federn, Tusche und Papier sind vorhanden.",
            ),
            (
                "Kalligrafie für Einsteiger:innen",
                "Die Kunst der schönen Schrift braucht vor allem Ruhe: Wir beginnen mit Linien und Bögen, lernen ein erstes Alphabet und setzen es zu Namen und kurzen Sprüchen zusammen. Eine Grafikerin leitet an.",
            ),
            (
                "Handlettering mit Feder und Pinselstift",
                "Verzierte Buchstaben für Glückwunschkarten, Tischkarten oder das eigene Notizbuch: Mit Brush-Pens, Spitzfedern und Tusche üben wir Auf- und Abstriche, Schwünge und ganze Wörter, bis die Zeilen gleichmäßig fließen.",
            ),
            (
                "Schöne Buchstaben mit Feder und Tinte",
                "Sie schreiben mit einer Feder und mit Tinte. Die Buchstaben werden dick und dünn und sehen sehr schön aus. Wir zeigen Ihnen, wie das geht. Sie können zum Beispiel eine Karte für einen Geburtstag gestalten.",
            ),
        ),
    ),
    "mosaik": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Mosaikwerkstatt",
                "Aus Fliesenresten, buntem Glas und Spiegelscherben legen wir Untersetzer, Blumentöpfe und Trittsteine für den Hof. Die Künstlerin zeigt, wie man mit der Zange bricht, klebt und verfugt; Schutzbrillen und Material sind da.",
            ),
            (
                "Mosaik legen",
                "Ob Untersetzer, Spiegelrahmen oder ein Schild für die Wohnungstür: In der offenen Runde schneiden und kleben Sie bunte Glassteine und Fliesen zu eigenen Motiven. Die Kursleiterin hilft beim Entwurf und beim Verfugen.",
            ),
            (
                "Bilder aus Scherben: Fliesenkunst für den Hof",
                "Kaputte Teller, Fliesenreste und farbiges Glas bekommen ein zweites Leben: Mit Zange, Kleber und Fugenmasse gestalten wir Trittsteine, Hausnummern und eine bunte Wand im Innenhof, nach Entwürfen, die alle gemeinsam zeichnen.",
            ),
            (
                "Bunte Steinchen zu einem Bild kleben",
                "Sie kleben viele kleine bunte Stücke aus Glas oder Stein nebeneinander. So entsteht ein Bild, zum Beispiel auf einem Blumentopf. Wir zeigen Ihnen, wie das geht. Alles, was Sie brauchen, ist da.",
            ),
        ),
    ),
    "comic_workshop": Kind(
        "Kultur",
        ("Jugendliche",),
        (
            (
                "Comic-Workshop",
                "Vom ersten Strichmännchen zur eigenen Geschichte: Ein Zeichner zeigt euch, wie man Figuren entwirft, Panels aufteilt, Sprechblasen setzt und mit Schraffur Spannung erzeugt. Am Ende entsteht ein gemeinsames Heft, das wir drucken.",
            ),
            (
                "Comic-AG",
                "Jede Woche arbeitet ihr an euren eigenen Comics: Heldinnen erfinden, Seiten planen, tuschen und kolorieren. Wer mag, stellt seine Seiten beim Stadtteilfest aus. Papier, Fineliner und Leuchttisch sind da.",
            ),
            (
                "Manga-Kurs: eigene Figuren und Geschichten",
                "Große Augen, Speedlines, dramatische Perspektiven: Eine Illustratorin zeigt euch den japanischen Stil, vom Gesicht über Posen bis zur fertigen Seite mit Sprechblasen. Bringt eure Skizzenbücher mit, Stifte und Papier gibt es hier.",
            ),
            (
                "Eine Geschichte in Bildern malen",
                "Du malst gern? Hier erfindest du eine Figur. Dann malst du, was sie erlebt, Bild für Bild. Die Figuren sprechen in Sprechblasen. Am Ende hast du dein eigenes Heft.",
            ),
        ),
    ),
    "ferienbetreuung": Kind(
        "Familie & Kinderschutz",
        ("Kinder",),
        (
            (
                "Ferienbetreuung",
                "Drei Wochen lang, montags bis freitags von 8 bis 16 Uhr: Schulkinder von sechs bis zwölf basteln, spielen, gehen ins Freibad und in den Zoo. Mittagessen ist inklusive, mit Leipzig-Pass zum ermäßigten Preis.",
            ),
            (
                "Ferienspiele",
                "Wenn Hort und Schule schließen, öffnet das Stadtteilzentrum: jeden Werktag ganztags Programm mit Werkstatt, Sport, Ausflügen und einem warmen Mittagessen. Anmeldung wochenweise, Geschwister bekommen Rabatt.",
            ),
            (
                "Stadtranderholung im Auwald",
                "Wenn der Unterricht pausiert und Mama und Papa arbeiten müssen: Jeden Werktag holt ein Bus die Mädchen und Jungen am Stadtteilzentrum ab und bringt sie ins Waldgelände, wo gebaut, gebadet, gekocht und getobt wird. Mittagessen und Versicherung inklusive.",
            ),
            (
                "Sie arbeiten, und die Schule ist zu?",
                "Im Sommer hat die Schule sechs Wochen zu. Sie müssen aber arbeiten. Dann kann Ihr Kind zu uns kommen. Jeden Tag von 8 bis 16 Uhr. Es gibt Mittagessen. Wir gehen baden und machen Ausflüge.",
            ),
        ),
    ),
    "kinderkochkurs": Kind(
        "Bildung",
        ("Kinder",),
        (
            (
                "Kochkurs für Kinder",
                "Gemüse schnippeln, Teig kneten, Soße abschmecken: Kinder von acht bis zwölf kochen jede Woche ein einfaches, gesundes Gericht, lernen den sicheren Umgang mit Messer und Herd und essen am Ende gemeinsam am großen Tisch.",
            ),
            (
                "Kinderkochclub",
                "Im Kinderkochclub bereiten junge Köchinnen und Köche Suppen, Aufläufe und Nachtische zu, lesen Rezepte, wiegen ab und lernen, woher Gemüse und Getreide kommen. Jedes Kind bekommt eine Schürze und ein Rezeptheft.",
            ),
            (
                "Kleine Küchenchefs: schnippeln, rühren, probieren",
                "Ob Pizza mit Vollkornboden, Linsensuppe oder Obstsalat: Mädchen und Jungen von acht bis zwölf bereiten unter Anleitung einer Hauswirtschafterin einfache Gerichte zu, lernen, Messer und Herd sicher zu benutzen, und decken zum Schluss den Tisch für alle.",
            ),
            (
                "Du machst dein Essen selbst",
                "Du schneidest Gemüse. Du rührst in einem Topf. Dann isst du mit den anderen, was ihr zusammen gemacht habt. Wir zeigen dir, wie man gesundes Essen macht.",
            ),
        ),
    ),
    "esport_treff": Kind(
        "Freizeit",
        ("Jugendliche",),
        (
            (
                "E-Sport-Treff",
                "FIFA, Rocket League, Mario Kart: An sechs Konsolen und vier Gaming-PCs trainiert ihr als Team, spielt Turniere gegen andere Jugendhäuser und redet mit einer Medienpädagogin darüber, wie viel Bildschirmzeit guttut.",
            ),
            (
                "E-Sport im Jugendhaus",
                "Zweimal die Woche wird das Jugendhaus zur Arena: Ihr trainiert Taktik und Teamplay, analysiert eure Matches und bereitet euch auf die Jugendliga vor. Keine eigene Konsole nötig.",
            ),
            (
                "Gaming-Abend: gemeinsam zocken",
                "Konsolen, Beamer, große Couch: Jeden Freitag zockt ihr zusammen statt allein im Zimmer, tretet bei Mario Kart und Rocket League gegeneinander an und bereitet euch als Team auf das Stadtturnier vor. Ein Medienpädagoge ist dabei und achtet auf Pausen.",
            ),
            (
                "Zusammen Videospiele spielen",
                "Du spielst gern an der Konsole? Hier spielst du mit anderen zusammen. Wir haben große Bildschirme und viele Spiele. Manchmal gibt es kleine Turniere. Es kostet nichts.",
            ),
        ),
    ),
    "trennungskinder_gruppe": Kind(
        "Familie & Kinderschutz",
        ("Kinder",),
        (
            (
                "Gruppe für Trennungskinder",
                "Wenn Eltern sich trennen, fühlen sich Kinder oft schuld, zerrissen oder allein. An acht Nachmittagen malen, spielen und reden Sechs- bis Zwölfjährige mit zwei Sozialpädagoginnen über Gefühle, zwei Zuhause und Wünsche an Mama und Papa.",
            ),
            (
                "Treff für Kinder getrennter Eltern",
                "Hier sind alle Kinder, deren Eltern nicht mehr zusammenleben. Wir spielen, basteln und sprechen darüber, was sich verändert hat, und die Eltern kommen zu zwei Elternabenden dazu. Die Teilnahme ist kostenlos.",
            ),
            (
                "Zwei Zuhause: Nachmittage für Sechs- bis Zwölfjährige nach der Scheidung",
                "Wenn Mama und Papa auseinandergehen, glauben viele Mädchen und Jungen, sie seien schuld. Zwei Sozialpädagoginnen geben ihnen acht Nachmittage lang Raum für Wut, Trauer und Fragen, mit Malen, Puppenspiel und Gesprächen, und laden Mütter und Väter zu zwei Abenden ein.",
            ),
            (
                "Mama und Papa wohnen nicht mehr zusammen",
                "Deine Mama und dein Papa leben nicht mehr zusammen? Das ist schwer. Hier lernst du andere kennen, denen es genauso geht. Wir malen, spielen und reden. Du darfst traurig oder wütend sein.",
            ),
        ),
    ),
    "telefonkette": Kind(
        "Nachbarschaft & Begegnung",
        ("Senior:innen",),
        (
            (
                "Telefonkette für Alleinlebende",
                "Jeden Morgen um neun klingelt das Telefon: Die Mitglieder unserer Telefonkette rufen sich reihum an, fragen nach dem Befinden und schlagen Alarm, wenn sich jemand nicht meldet. Wer mitmacht, ist nie länger als einen Tag ohne Kontakt.",
            ),
            (
                "Telefonpatenschaft",
                "Ehrenamtliche Telefonpatinnen und -paten rufen ältere Menschen regelmäßig an, zu einer vereinbarten Zeit. Man plaudert, erzählt vom Tag und merkt, wenn etwas nicht stimmt. Vermittelt vom Seniorenbüro.",
            ),
            (
                "Guten-Morgen-Anruf: Jemand fragt täglich nach Ihnen",
                "Wer ohne Angehörige in der Nähe wohnt, bekommt jeden Morgen einen Anruf von einer Ehrenamtlichen: ein kurzes Gespräch über das Wetter, die Nacht und den Tag. Geht niemand ran, verständigt sie die vereinbarte Nachbarin.",
            ),
            (
                "Jeden Tag ruft jemand bei Ihnen an",
                "Sie wohnen ohne Familie in Ihrer Wohnung? Wir rufen Sie jeden Morgen an. Wir fragen: Wie geht es Ihnen? Wenn Sie nicht rangehen, schauen wir nach Ihnen.",
            ),
        ),
    ),
    "sprachmittlung": Kind(
        "Beratung",
        (MIGRANTS,),
        (
            (
                "Sprachmittlung",
                "Geschulte Sprachmittler:innen begleiten Sie zu Terminen beim Jobcenter, in der Kita, beim Kinderarzt oder in der Schule und übersetzen mündlich, was gesagt wird, neutral und vertraulich. Bitte eine Woche vorher anfragen; für Sie kostenlos.",
            ),
            (
                "Sprachmittler-Pool: Begleitung zu Terminen",
                "Ob Elterngespräch, Arzttermin oder Wohnungsbesichtigung: Unser Pool vermittelt Ihnen eine Person, die Ihre Sprache und Deutsch spricht und beim Termin dabei ist. Sie schweigt über alles, was sie hört.",
            ),
            (
                "Community-Dolmetscher:innen für Behördengänge",
                "Beim Gespräch in der Schule, bei der Ausländerbehörde oder im Krankenhaus kommt eine Dolmetscherin mit, die Arabisch, Bulgarisch, Dari, Kurdisch oder Türkisch kann und Ihre Kultur kennt. Sie überträgt alles Wort für Wort und erklärt, wenn etwas missverstanden wird.",
            ),
            (
                "Jemand übersetzt für Sie beim Arzt oder auf dem Amt",
                "Sie verstehen beim Arzt oder auf dem Amt nicht alles? Dann kommt jemand mit Ihnen mit. Diese Person übersetzt, was gesagt wird. Sie kann Arabisch, Bulgarisch, Russisch, Türkisch und noch mehr.",
            ),
        ),
    ),
    "balkonkraftwerk": Kind(
        "Umwelt & Klima",
        (ALL,),
        (
            (
                "Balkonkraftwerk-Workshop",
                "Zwei Solarmodule, ein Wechselrichter, ein Stecker: Wir erklären, was ein Balkonkraftwerk bringt, was Vermieter:innen erlauben müssen, wie man es sicher befestigt und beim Netzbetreiber anmeldet. Zum Schluss bauen wir ein Gerät gemeinsam auf.",
            ),
            (
                "Balkonkraftwerke: Infoabend und Sammelbestellung",
                "Welche Module passen an welches Geländer, was kostet das, und wann hat sich die Anlage bezahlt gemacht? Die Bürgerenergie-Initiative beantwortet Ihre Fragen und organisiert eine gemeinsame Bestellung zum günstigen Preis.",
            ),
            (
                "Steckersolar für Mieter:innen",
                "Sonnenstrom aus der Steckdose: Mit zwei Modulen am Geländer oder auf der Terrasse sparen Sie im Jahr bis zu 150 Euro. Die Solar-Initiative im Viertel zeigt, welche Halterung passt, wie Sie mit der Hausverwaltung reden und wie die Anmeldung beim Netzbetreiber klappt.",
            ),
            (
                "Strom von der Sonne für Ihre Wohnung",
                "Sie hängen zwei Platten an Ihr Geländer. Die Sonne scheint darauf. So machen Sie selbst Strom. Den Stecker stecken Sie in die Steckdose. Wir erklären Ihnen, wie das geht und was Ihr Vermieter dazu sagen darf.",
            ),
        ),
    ),
    "muellsammelaktion": Kind(
        "Umwelt & Klima",
        (ALL,),
        (
            (
                "Müllsammelaktion",
                "Einmal im Monat ziehen wir mit Greifzangen, Handschuhen und Säcken durch Grünanlagen und Uferböschungen und sammeln ein, was andere liegen gelassen haben. Die Stadtreinigung holt die vollen Säcke ab; danach gibt es Tee und Kuchen.",
            ),
            (
                "Müll sammeln im Viertel",
                "Flaschen im Gebüsch, Verpackungen am Spielplatz: Jeden ersten Samstag im Monat räumen Nachbar:innen gemeinsam auf. Zangen, Handschuhe und Säcke stellt die Stadt, mitbringen müssen Sie nur eine Stunde Zeit.",
            ),
            (
                "Clean-up: Frühjahrsputz in den Grünanlagen",
                "Kippen, Kronkorken, Plastiktüten: Mit Greifzangen und Beuteln befreien Nachbar:innen Ufer, Spielplätze und Grünstreifen von Abfall. Die Stadtreinigung stellt Handschuhe und holt die Beutel ab; Kinder machen mit ihren Eltern mit.",
            ),
            (
                "Wir räumen den Abfall im Grünen weg",
                "Im Park und am Wasser liegt viel Abfall herum. Zum Beispiel Flaschen und Zigaretten. Wir heben ihn zusammen auf. Sie bekommen Handschuhe und eine Zange. Danach gibt es Tee.",
            ),
        ),
    ),
    "einkochkurs": Kind(
        "Umwelt & Klima",
        (ALL,),
        (
            (
                "Einkochkurs",
                "Marmelade, Apfelmus, eingelegte Gurken: Wir zeigen, wie man Gläser richtig vorbereitet, im Topf oder im Backofen einkocht und wie lange die Vorräte halten. Jede und jeder nimmt zwei Gläser mit nach Hause.",
            ),
            (
                "Einkochen wie früher",
                "Was der Garten im Sommer zu viel bringt, schmeckt im Winter doppelt gut: Eine Hauswirtschaftsmeisterin zeigt, wie Obst, Gemüse und Soßen sicher eingekocht werden, worauf es bei Zucker, Säure und Temperatur ankommt und wie man Gläser keimfrei bekommt.",
            ),
            (
                "Einmachen und Fermentieren: Vorräte aus dem Garten",
                "Wohin mit zehn Kilo Zucchini und dem Fallobst? Wir machen Chutney, Sauerkraut und Pflaumenmus haltbar, erklären Einweckgläser, Gummiringe und Milchsäuregärung und tauschen Rezepte. Bringen Sie gern eigenes Obst und Gemüse mit.",
            ),
            (
                "Obst und Gemüse im Glas haltbar machen",
                "Sie haben viel Obst oder Gemüse? Wir machen daraus Marmelade oder saure Gurken. Das kommt in ein Glas mit Deckel. So hält es viele Monate. Wir zeigen Ihnen, wie das geht.",
            ),
        ),
    ),
    "brotbacken": Kind(
        "Nachbarschaft & Begegnung",
        (ALL,),
        (
            (
                "Brotbackkurs",
                "Vom Ansetzen des Sauerteigs bis zur knusprigen Kruste: Ein Bäckermeister im Ruhestand zeigt, wie man Roggen- und Dinkelbrot knetet, formt und im Holzofen des Gemeinschaftsgartens backt. Jede und jeder nimmt ein Brot mit.",
            ),
            (
                "Gemeinsam Brot backen",
                "Einmal im Monat wird der Ofen im Hof angeheizt: Wir backen Bauernbrot, Brötchen und Fladen, tauschen Sauerteig und Rezepte und essen das erste Brot noch warm mit Butter und Salz.",
            ),
            (
                "Sauerteig, Roggen, Kruste: Laibe aus dem Holzofen",
                "Mehl, Wasser, Salz und Geduld: Am Holzofen im Nachbarschaftsgarten setzen wir Sauerteig an, kneten Roggen- und Dinkelteig, formen Laibe und schieben sie bei 250 Grad ein. Eine erfahrene Ofenmeisterin zeigt die Handgriffe; jede und jeder nimmt einen Laib mit nach Hause.",
            ),
            (
                "Teig kneten, Laib formen, knusprig aus dem Ofen",
                "Sie mischen Mehl, Wasser und Salz. Dann kneten Sie den Teig mit den Händen. Der Teig kommt in einen heißen Ofen aus Lehm. Nach einer Stunde ist er knusprig und fertig. Sie nehmen einen Laib mit nach Hause.",
            ),
        ),
    ),
    "makerspace": Kind(
        "Bildung",
        (ALL,),
        (
            (
                "Makerspace",
                "3D-Drucker, Lasercutter, Lötstationen und Nähmaschine: Im Makerspace des Stadtteilzentrums setzen Sie eigene Ideen um, vom Handyhalter bis zur leuchtenden Deko mit Mikrocontroller. Ehrenamtliche weisen in die Geräte ein.",
            ),
            (
                "Makerspace: Hightech-Werkstatt zum Mitmachen",
                "Jeden Mittwochabend ist der Makerspace für alle da: Entwerfen am Rechner, drucken, fräsen, löten und programmieren. Erfahrene Maker helfen Neuen bei ihrem ersten Projekt.",
            ),
            (
                "FabLab: 3D-Druck, Lasercutter und Lötkolben",
                "Eigene Ideen Wirklichkeit werden lassen: Im digitalen Fabrikationslabor konstruieren Sie am Rechner, drucken Teile aus Kunststoff, schneiden Holz und Acryl mit dem Laser und bringen Schaltungen zum Blinken. Nach einer Geräteeinweisung dürfen Sie allein arbeiten.",
            ),
            (
                "Dinge selbst bauen mit Computer und 3D-Drucker",
                "Sie haben eine Idee für ein Ding? Sie malen es am Computer. Dann macht eine Maschine es aus Plastik. Wir zeigen Ihnen, wie die Maschinen funktionieren. Sie brauchen keine Erfahrung.",
            ),
        ),
    ),
    "erwerbslosentreff": Kind(
        "Arbeit & Ausbildung",
        (ALL,),
        (
            (
                "Erwerbslosentreff",
                "Jeden Mittwoch sitzen Menschen ohne Job bei Kaffee und belegten Brötchen zusammen, tauschen Tipps zu Bescheiden und Maßnahmen aus, lesen gemeinsam Stellenanzeigen und planen kleine Unternehmungen. Eine Sozialarbeiterin ist für Fragen zum Bürgergeld da.",
            ),
            (
                "Treff für Erwerbslose",
                "Wer seine Arbeit verloren hat, verliert oft auch Kontakte und Tagesstruktur. Bei uns treffen sich Erwerbslose jeden Alters, reden über Frust mit Ämtern und über neue Pläne und unternehmen etwas zusammen. Kaffee und Tee sind kostenlos.",
            ),
            (
                "Arbeitslosenfrühstück im Gemeindehaus",
                "Wer seit Monaten keine Stelle findet, sitzt oft allein zu Hause. Bei Brötchen und Kaffee kommen Arbeitslose zusammen, reden über Jobcenter, Maßnahmen und Ämterfrust und machen sich gegenseitig Mut. Manchmal kommt eine Sozialarbeiterin dazu.",
            ),
            (
                "Sie haben keine Arbeit? Kommen Sie zum Frühstück",
                "Sie haben gerade keine Arbeit? Und Sie sind viel allein zu Hause? Jeden Mittwoch frühstücken wir zusammen. Wir reden über Briefe vom Jobcenter und über Stellen. Das Frühstück kostet nichts.",
            ),
        ),
    ),
    "vaetertreff": Kind(
        "Familie & Kinderschutz",
        ("Eltern",),
        (
            (
                "Vätertreff",
                "Einmal im Monat am Samstagvormittag: Väter mit Kindern bis sechs frühstücken zusammen, während die Kleinen in der Spielecke toben. Wir reden über Schlafmangel, Vereinbarkeit und darüber, was für ein Vater man sein will, und unternehmen im Sommer Ausflüge.",
            ),
            (
                "Väter-Kind-Gruppe",
                "Väter und ihre Kinder bis drei Jahre treffen sich zum Spielen, Singen und Toben im Familienzentrum. Während die Kleinen die Bewegungsbaustelle erobern, ist Zeit für Gespräche unter Vätern.",
            ),
            (
                "Papa-Zeit am Samstag",
                "Frühstück für Papas und ihre Kleinen: Während die Knirpse in der Bewegungsbaustelle klettern, tauschen sich Männer über Nächte ohne Schlaf, Arbeit, Trennung und Spielplatzfrust aus. Ein Sozialpädagoge, selbst zweifacher Papa, moderiert.",
            ),
            (
                "Für Papas und ihre Kleinen",
                "Sie sind Papa? Jeden Samstag frühstücken Papas mit ihren Kleinen zusammen. Die Kleinen spielen. Die Papas reden miteinander. Über Windeln, Schlaf und Arbeit.",
            ),
        ),
    ),
}

# Languages of variants that name more than German; all others are German only.
LANGUAGES: dict[tuple[str, int], tuple[str, ...]] = {
    ("asylverfahrensberatung", 0): ("Deutsch", "Arabisch", "Dari", "Paschto"),
    ("asylverfahrensberatung", 1): ("Deutsch", "Arabisch", "Dari", "Farsi", "Tigrinya"),
    ("asylverfahrensberatung", 2): ("Deutsch", "Englisch", "Arabisch", "Dari"),
    ("asylverfahrensberatung", 3): ("Deutsch", "Arabisch", "Dari", "Paschto", "Kurdisch"),
    ("sprachmittlung", 0): (
        "Deutsch",
        "Arabisch",
        "Bulgarisch",
        "Farsi",
        "Rumänisch",
        "Russisch",
        "Türkisch",
    ),
    ("sprachmittlung", 1): (
        "Deutsch",
        "Arabisch",
        "Bulgarisch",
        "Polnisch",
        "Russisch",
        "Ukrainisch",
        "Vietnamesisch",
    ),
    ("sprachmittlung", 2): ("Deutsch", "Arabisch", "Bulgarisch", "Dari", "Kurdisch", "Türkisch"),
    ("sprachmittlung", 3): ("Deutsch", "Arabisch", "Bulgarisch", "Russisch", "Türkisch"),
    ("anerkennungsberatung", 1): ("Deutsch", "Englisch", "Arabisch", "Russisch"),
    ("anerkennungsberatung", 2): ("Deutsch", "Englisch"),
    ("makerspace", 2): ("Deutsch", "Englisch"),
}

# Kinds that share the start or the end of their names, or their field, but are different things:
# (kind of the first offer, kind of the second, target groups of both or None for the first
# kind's groups).
LOOK_ALIKE_KINDS: list[tuple[str, str, tuple[str, ...] | None]] = [
    ("anerkennungsberatung", "asylverfahrensberatung", ("Geflüchtete",)),
    ("anerkennungsberatung", "sprachmittlung", None),
    ("asylverfahrensberatung", "sprachmittlung", ("Geflüchtete",)),
    ("energieberatung", "balkonkraftwerk", None),
    ("elterngeldberatung", "energieberatung", ("Familien",)),
    ("betrugsschutz", "telefonkette", None),
    ("anerkennungsberatung", "erwerbslosentreff", None),
    ("stilltreff", "vaetertreff", None),
    ("lauftreff", "nordic_walking", None),
    ("esport_treff", "makerspace", None),
    ("stilltreff", "babymassage", None),
    ("babymassage", "erste_hilfe_kind", None),
    ("pflegekurs_angehoerige", "erste_hilfe_kind", None),
    ("kinderkochkurs", "einkochkurs", ("Familien",)),
    ("einkochkurs", "brotbacken", None),
    ("sturzpraevention", "rueckenschule", None),
    ("essstoerung_selbsthilfe", "rheuma_selbsthilfe", None),
    ("rheuma_selbsthilfe", "rueckenschule", None),
    ("vaetertreff", "trennungskinder_gruppe", ("Familien",)),
    ("kalligrafie", "comic_workshop", None),
    ("mosaik", "kalligrafie", None),
    ("breakdance", "kinderzirkus", None),
    ("schach", "kartenspielrunde", ("Senior:innen",)),
    ("esport_treff", "schach", None),
    ("muellsammelaktion", "balkonkraftwerk", None),
    ("selbstverteidigung_frauen", "lauftreff", None),
    ("ferienbetreuung", "kinderzirkus", None),
]

# The same kind with different target groups: (kind, groups of the first offer, groups of the
# second, how they relate, variant of the first, variant of the second). "broad": only a broad
# group ("Migrant:innen", "Nachbarschaft / alle") in common, not parallel; "none": no group in
# common, not parallel; "specific": a specific group in common, one of them also names a broad
# group, parallel. The variants are ones whose text does not name other people.
GROUP_PAIRS: list[tuple[str, tuple[str, ...], tuple[str, ...], str, int, int]] = [
    ("lauftreff", (ALL, "Frauen"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("rueckenschule", (ALL, "Eltern"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("schach", (ALL, "Kinder"), (ALL, "Senior:innen"), "broad", 1, 2),
    ("mosaik", (ALL, "Kinder"), (ALL, "Senior:innen"), "broad", 0, 3),
    ("kalligrafie", (ALL, "Jugendliche"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("muellsammelaktion", (ALL, "Familien"), (ALL, "Senior:innen"), "broad", 0, 3),
    ("einkochkurs", (ALL, "Familien"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("brotbacken", (ALL, "Kinder"), (ALL, "Senior:innen"), "broad", 0, 3),
    ("balkonkraftwerk", (ALL, "Familien"), (ALL, "Senior:innen"), "broad", 0, 3),
    ("energieberatung", (ALL, "Familien"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("pflegekurs_angehoerige", (ALL, "Frauen"), (ALL, "Männer"), "broad", 0, 3),
    ("erwerbslosentreff", (ALL, "Junge Erwachsene"), (ALL, "Frauen"), "broad", 0, 3),
    ("anerkennungsberatung", (MIGRANTS, "Frauen"), (MIGRANTS, "Junge Erwachsene"), "broad", 0, 2),
    ("sprachmittlung", (MIGRANTS, "Eltern"), (MIGRANTS, "Senior:innen"), "broad", 0, 3),
    ("asylverfahrensberatung", (MIGRANTS, "Frauen"), (MIGRANTS, "Jugendliche"), "broad", 1, 3),
    ("nordic_walking", ("Frauen",), ("Männer",), "none", 0, 3),
    ("kalligrafie", ("Jugendliche",), ("Senior:innen",), "none", 1, 3),
    ("schach", ("Kinder",), ("Senior:innen",), "none", 0, 3),
    ("lauftreff", ("Jugendliche",), ("Senior:innen",), "none", 1, 3),
    ("mosaik", ("Kinder",), ("Senior:innen",), "none", 0, 2),
    ("stilltreff", ("Eltern",), (ALL, "Eltern"), "specific", 0, 2),
    ("sturzpraevention", ("Senior:innen",), (ALL, "Senior:innen"), "specific", 1, 3),
    ("asylverfahrensberatung", (MIGRANTS, "Geflüchtete"), ("Geflüchtete",), "specific", 1, 2),
    ("selbstverteidigung_frauen", ("Frauen",), (ALL, "Frauen"), "specific", 0, 3),
    ("telefonkette", ("Senior:innen",), (ALL, "Senior:innen"), "specific", 1, 3),
    ("breakdance", (ALL, "Jugendliche"), ("Jugendliche",), "specific", 0, 2),
    ("kinderkochkurs", ("Kinder",), (ALL, "Kinder"), "specific", 1, 2),
    (
        "essstoerung_selbsthilfe",
        ("Junge Erwachsene",),
        (ALL, "Junge Erwachsene"),
        "specific",
        0,
        3,
    ),
    ("rheuma_selbsthilfe", (ALL, "Senior:innen"), ("Senior:innen",), "specific", 1, 2),
    ("makerspace", (ALL, "Jugendliche"), ("Jugendliche",), "specific", 0, 2),
]


NEEDS: list[Need] = [
    Need(
        "Nachzahlung von 940 Euro für Strom",
        "Familie S. (zwei Erwachsene, drei Kinder) hat eine Jahresabrechnung mit 940 Euro Nachzahlung bekommen, und der Abschlag soll um 80 Euro im Monat steigen. Der Kühlschrank ist über zwanzig Jahre alt, im Bad hängt ein Durchlauferhitzer, und nachts bleibt alles auf Standby. Die Eltern wissen nicht, wo der Strom eigentlich hingeht.",
        ("Familien",),
        "Beratung",
        "energieberatung",
        ("balkonkraftwerk",),
        "Senior:innen",
        2,
    ),
    Need(
        "Zahnärztin spült in der Kantine Teller",
        "Frau A. (41) hat in Damaskus zwölf Jahre als Zahnärztin gearbeitet und ist hier seit drei Jahren Küchenhilfe in einer Kantine. Ihr Deutsch ist inzwischen gut (B2). Ihre Zeugnisse und die Approbation hat sie mitgebracht, sie weiß aber nicht, an wen sie sich wenden muss, damit sie wieder in ihrem Fach arbeiten darf, und was das kostet.",
        (MIGRANTS,),
        "Arbeit & Ausbildung",
        "anerkennungsberatung",
        ("sprachmittlung", "erwerbslosentreff"),
        "Jugendliche",
        3,
    ),
    Need(
        "Brief vom Bundesamt",
        "Herr H. (24) kommt aus Afghanistan. Er hat einen Brief vom Bundesamt bekommen. In zwölf Tagen muss er dort erzählen, warum er geflohen ist. Er hat große Angst, etwas Falsches zu sagen. Zwei Freunde von ihm haben eine Ablehnung bekommen.",
        ("Geflüchtete",),
        "Beratung",
        "asylverfahrensberatung",
        ("sprachmittlung",),
        "Frauen",
        0,
    ),
    Need(
        "Erstes Kind im März, beide freiberuflich",
        "Ein Paar, sie Grafikerin, er Tontechniker, beide freiberuflich, erwartet im März das erste Kind. Sie möchten sich das erste Jahr zu Hause teilen und danach beide mit weniger Stunden weiterarbeiten, haben aber keine Ahnung, wie viel Geld ihnen in der Zeit zusteht, wie ihr schwankendes Einkommen berechnet wird und wann sie was beantragen müssen.",
        ("Eltern",),
        "Beratung",
        "elterngeldberatung",
        ("stilltreff",),
        "Senior:innen",
        2,
    ),
    Need(
        "Hätte fast 20.000 Euro übergeben",
        "Frau L. (82) bekam einen Anruf von einer weinenden jungen Frau, die sie für ihre Enkelin hielt: ein Unfall, eine Kaution, das Geld müsse sofort her. Sie war schon auf dem Weg zur Bank, als die Nachbarin sie aufhielt. Seitdem ist sie verunsichert, schämt sich und möchte wissen, wie sie so etwas künftig erkennt.",
        ("Senior:innen",),
        "Beratung",
        "betrugsschutz",
        ("telefonkette",),
        "Jugendliche",
        2,
    ),
    Need(
        "Ehemann nach dem Schlaganfall seiner Frau überfordert",
        "Herr G. (71) kümmert sich seit dem Schlaganfall seiner Frau allein um sie. Er weis nicht, wie er sie vom Bett in den Rollstuhl bekommt, ohne dass beide hinfallen, und beim Waschen schämen sich beide. Der ambulante Dienst kommt nur morgens für eine halbe Stunde.",
        ("Senior:innen",),
        "Gesundheit",
        "pflegekurs_angehoerige",
        ("erste_hilfe_kind",),
        "Kinder",
        1,
    ),
    Need(
        "Baby hat sich an einem Apfelstück verschluckt",
        "Frau T. (23) erzählt, dass ihr Sohn (9 Monate) letzte Woche beim Essen plötzlich keine Luft mehr bekam und blau anlief. Zum Glück kam das Stück von allein wieder heraus. Sie stand nur da und wusste nicht, was sie tun sollte, und traut sich seitdem kaum, ihm feste Nahrung zu geben.",
        ("Eltern",),
        "Gesundheit",
        "erste_hilfe_kind",
        ("babymassage", "pflegekurs_angehoerige"),
        "Senior:innen",
        3,
    ),
    Need(
        "Zweimal in der Küche hingefallen",
        "Herr B. (84) ist in diesem Winter zweimal in seiner Wohnung hingefallen, einmal kam er eine Stunde lang nicht allein hoch. Seitdem bewegt er sich kaum noch, hält sich an den Möbeln fest und geht nur mit Begleitung vor die Tür. Die Hausärztin sagt, seine Beine seien zu schwach und er müsse gezielt üben.",
        ("Senior:innen",),
        "Sport & Bewegung",
        "sturzpraevention",
        ("rueckenschule", "nordic_walking"),
        "Jugendliche",
        3,
    ),
    Need(
        "Kreuzschmerzen vom Kistenschleppen",
        "Herr O. (45), Lagerarbeiter, hat seit Monaten Schmerzen unten im Rücken. Der Orthopäde hat nichts Ernstes gefunden und ihm geraten, die Muskeln zu stärken und richtig heben zu lernen.",
        ("Männer",),
        "Gesundheit",
        "rueckenschule",
        ("rheuma_selbsthilfe",),
        "Kinder",
        2,
    ),
    Need(
        "nach der klinik angst vor dem rückfall",
        "studentin, 22, war 3 monate in der klinik wegen magersucht. jetzt wieder zu hause, isst nach plan, hat aber große angst vor dem prüfungsstress und davor, wieder abzurutschen. will mit leuten reden die das selbst kennen, nicht nur mit ärzten.",
        ("Junge Erwachsene",),
        "Gesundheit",
        "essstoerung_selbsthilfe",
        ("rheuma_selbsthilfe",),
        "Senior:innen",
        2,
    ),
    Need(
        "Schneiderin mit geschwollenen Fingern",
        "Frau W. (56) hat nach Monaten mit geschwollenen, steifen Fingern die Diagnose rheumatoide Arthritis bekommen. Sie hat Angst, bald nicht mehr als Schneiderin arbeiten zu können, und fühlt sich mit ihren Fragen allein gelassen. Sie würde gern mit anderen sprechen, die schon länger damit leben.",
        ("Frauen",),
        "Gesundheit",
        "rheuma_selbsthilfe",
        ("essstoerung_selbsthilfe",),
        "Männer",
        3,
    ),
    Need(
        "Jedes Anlegen tut weh",
        "Frau R. (29) hat vor drei Wochen ihr erstes Kind bekommen. Das Anlegen tut so weh, dass sie jedes Mal weint, und sie glaubt, sie habe zu wenig Milch, weil die Kleine ständig trinken will. Die Hebamme kommt nicht mehr, ihre Mutter rät ihr, einfach die Flasche zu geben; eigentlich möchte sie aber weitermachen.",
        ("Eltern",),
        "Familie & Kinderschutz",
        "stilltreff",
        ("babymassage", "vaetertreff"),
        "Jugendliche",
        2,
    ),
    Need(
        "Dreimonatiger krümmt sich jeden Abend",
        "Familie K. hat einen drei Monate alten Sohn, der abends stundenlang schreit und sich krümmt; die Kinderärztin sagt, es seien Blähungen und das gehe vorbei. Der Vater ist gerade zu Hause und möchte etwas lernen, womit er den Kleinen sanft beruhigen kann, ganz nah und ohne Medikamente.",
        ("Eltern",),
        "Familie & Kinderschutz",
        "babymassage",
        ("stilltreff",),
        "Senior:innen",
        3,
    ),
    Need(
        "Die Stöcke stehen noch verpackt im Flur",
        "Herr P. (67) hat Arthrose im Knie. Der Orthopäde rät ihm zu zügigem Gehen mit Stöcken, weil das die Gelenke entlastet, und seine Kinder haben ihm die Stöcke zu Weihnachten geschenkt. Allein kommt er nicht los, und er weiß nicht, wie man sie richtig einsetzt.",
        ("Senior:innen",),
        "Sport & Bewegung",
        "nordic_walking",
        ("lauftreff",),
        "Kinder",
        2,
    ),
    Need(
        "Will wieder in Form kommen, aber nicht allein",
        "Frau Y. (34) hat vor den Kindern zwei Halbmarathons geschafft und nach zwei Schwangerschaften zehn Kilo mehr. Sie möchte wieder regelmäßig rennen, kommt allein aber nie aus der Tür, und abends im Dunkeln allein am Kanal ist ihr unheimlich.",
        ("Frauen",),
        "Sport & Bewegung",
        "lauftreff",
        ("nordic_walking", "selbstverteidigung_frauen"),
        "Senior:innen",
        2,
    ),
    Need(
        "Seit dem Vorfall in der Straßenbahn fährt sie nur noch mit dem Vater",
        "Sara (17) wurde vor einem Monat abends in der Straßenbahn von einem Mann bedrängt und angefasst; niemand hat ihr geholfen. Seitdem traut sie sich nach Einbruch der Dunkelheit nicht mehr allein raus. Sie sagt, sie will sich nicht mehr so hilflos fühlen und wissen, was sie tun kann, wenn so etwas wieder passiert.",
        ("Mädchen",),
        "Sport & Bewegung",
        "selbstverteidigung_frauen",
        ("lauftreff",),
        "Senior:innen",
        3,
    ),
    Need(
        "Dreht sich auf dem Schulhof auf dem Rücken",
        "Milan (13) guckt jeden abend Videos von Tänzern die sich auf dem Kopf drehen und übt auf dem Schulhof, bis er blaue Flecken hat. Auf Fußball hat er keine Lust mehr.",
        ("Jugendliche",),
        "Kultur",
        "breakdance",
        ("kinderzirkus",),
        "Senior:innen",
        3,
    ),
    Need(
        "Turnt auf jeder Mauer",
        "Ella (8) balanciert auf jedem Bordstein, schlägt im Wohnzimmer Räder und hat sich aus Socken Bälle zum Werfen gebastelt. Im Turnverein hat es ihr nicht gefallen, weil es dort nur um Punkte und Wettkämpfe ging. Die Mutter sucht etwas, wo Ella ihre Kunststücke lernen und auch einmal vor Publikum zeigen kann.",
        ("Kinder",),
        "Freizeit",
        "kinderzirkus",
        ("breakdance",),
        "Jugendliche",
        3,
    ),
    Need(
        "Kein Gegner mehr am Brett",
        "Herr R. (79), früher Vereinsspieler, hat seit dem Tod seines Bruders niemanden mehr, mit dem er Schach spielen kann. Spielt nur noch allein gegen den Computer.",
        ("Senior:innen",),
        "Freizeit",
        "schach",
        ("kartenspielrunde",),
        "Kinder",
        0,
    ),
    Need(
        "Die Freitagsrunde gibt es nicht mehr",
        "Frau Ö. (76) hat dreißig Jahre lang jeden Freitag mit drei Freundinnen Rommé gespielt. Zwei sind gestorben, eine ist ins Heim gezogen. Sie sagt, die Freitage seien jetzt die schlimmsten Tage der Woche. Große Veranstaltungen mag sie nicht, aber mit ein paar Leuten an einem Tisch sitzen, das fehlt ihr.",
        ("Senior:innen",),
        "Freizeit",
        "kartenspielrunde",
        ("schach",),
        "Jugendliche",
        2,
    ),
    Need(
        "Malt Figuren mit riesigen Augen in jedes Heft",
        "Lina (13) füllt jedes Schulheft am Rand mit Figuren im japanischen Stil und hat sich eine ganze Welt mit eigenen Helden ausgedacht. Die Lehrerin ist genervt, die Eltern finden es eigentlich toll und wüssten gern, wo Lina lernen kann, daraus richtige Geschichten in Bildern zu machen.",
        ("Jugendliche",),
        "Kultur",
        "comic_workshop",
        ("kalligrafie",),
        "Senior:innen",
        3,
    ),
    Need(
        "Wer passt im Sommer auf Tim auf?",
        "Frau J. ist allein mit ihrem Sohn Tim (8). Sie arbeitet im Schichtdienst im Pflegeheim. Im Sommer hat der Hort nur drei Wochen auf. Sie hat nur zwei Wochen Urlaub. Großeltern gibt es hier nicht. Tim braucht für die anderen Wochen einen Platz von früh bis nachmittags. Es darf nicht viel kosten.",
        ("Kinder",),
        "Familie & Kinderschutz",
        "ferienbetreuung",
        ("kinderzirkus", "kinderkochkurs"),
        "Jugendliche",
        3,
    ),
    Need(
        "Isst nur Nudeln mit Ketchup",
        "Noah (10) isst fast nur Nudeln, Toast und Chips. Beide Eltern arbeiten bis abends, am Herd steht selten jemand. Der Schulsozialarbeiterin ist aufgefallen, dass Noah bei einem Projekttag begeistert Gemüse geschnitten und sogar probiert hat, als er selbst etwas zubereiten durfte.",
        ("Kinder",),
        "Bildung",
        "kinderkochkurs",
        ("einkochkurs",),
        "Jugendliche",
        3,
    ),
    Need(
        "Zockt nachts allein",
        "Mehmet (15) sitzt jede Nacht bis zwei Uhr an der Konsole und spielt online, hat aber in der neuen Schule keine Freunde. Die Mutter will es ihm nicht verbieten, weil es das Einzige ist, was ihm Spaß macht; sie wünscht sich, dass er es mit Gleichaltrigen tut, zu festen Zeiten und mit jemandem, der ein Auge darauf hat.",
        ("Jugendliche",),
        "Freizeit",
        "esport_treff",
        ("makerspace", "schach"),
        "Senior:innen",
        3,
    ),
    Need(
        "Seit Papa ausgezogen ist, macht sie wieder ins Bett",
        "Emily (7) nässt seit der Trennung ihrer Eltern vor vier Monaten nachts wieder ein, weint vor jedem Wochenende beim Vater und hat die Mutter gefragt, ob Papa wegen ihr gegangen ist. Beide Eltern bemühen sich, wissen aber nicht, wie sie ihr helfen können.",
        ("Kinder",),
        "Familie & Kinderschutz",
        "trennungskinder_gruppe",
        ("vaetertreff",),
        "Jugendliche",
        3,
    ),
    Need(
        "Lag zwei Tage auf dem Flurboden",
        "Herr D. (88) wohnt allein im vierten Stock, die Tochter lebt in München. Letzte Woche ist er gestürzt und wurde erst nach zwei Tagen gefunden, weil dem Postboten der volle Briefkasten auffiel. Einen Notrufknopf lehnt er ab („ich bin doch kein Pflegefall“), aber wenn ihn jeden Morgen jemand kurz fragen würde, wie es ihm geht, wäre er einverstanden.",
        ("Senior:innen",),
        "Nachbarschaft & Begegnung",
        "telefonkette",
        ("betrugsschutz",),
        "Familien",
        2,
    ),
    Need(
        "Gespräch in der Schule, Mutter versteht kaum Deutsch",
        "Frau V. kommt aus Bulgarien und spricht nur wenig Deutsch. Die Schule ihres Sohnes hat sie zu einem Gespräch eingeladen, es geht darum, ob er auf eine Förderschule wechseln soll. Bisher hat immer der Zwölfjährige selbst übersetzt, aber diesmal geht das nicht.",
        (MIGRANTS,),
        "Beratung",
        "sprachmittlung",
        ("anerkennungsberatung", "asylverfahrensberatung"),
        "Senior:innen",
        2,
    ),
    Need(
        "Rentner will die Sonne auf seinem Balkon nutzen",
        "Herr K. (69) wohnt zur Miete im Plattenbau, hat einen großen Balkon nach Süden und im Fernsehen gesehen, dass man dort Solarplatten anbringen und den Strom selbst verbrauchen kann. Er weiß nicht, was er kaufen soll, ob die Genossenschaft das erlauben muss und ob er es selbst anschließen darf.",
        ("Senior:innen",),
        "Umwelt & Klima",
        "balkonkraftwerk",
        ("energieberatung",),
        "Familien",
        3,
    ),
    Need(
        "Seit der Firmenpleite sitzt er nur noch zuhause",
        "Herr N. (58) hat nach dreißig Jahren in einer Druckerei seine Stelle verloren, weil die Firma pleite ist. Er schämt sich, geht kaum noch raus, und seine Frau erzählt, dass er den ganzen Tag vor dem Fernseher sitzt. Er bräuchte Leute in der gleichen Lage, mit denen er reden kann und die ihn mal wieder aus der Wohnung holen.",
        ("Männer",),
        "Arbeit & Ausbildung",
        "erwerbslosentreff",
        ("anerkennungsberatung",),
        "Jugendliche",
        2,
    ),
    Need(
        "Auf dem Spielplatz der einzige Mann",
        "Herr S. (32) ist seit zwei Monaten mit seiner einjährigen Tochter zu Hause, während seine Frau wieder arbeitet. Auf dem Spielplatz und beim Babyschwimmen ist er immer der einzige Mann, die Mütter reden untereinander, und er fühlt sich fehl am Platz. Er würde gern andere Männer kennenlernen, die gerade dasselbe erleben.",
        ("Eltern",),
        "Familie & Kinderschutz",
        "vaetertreff",
        ("stilltreff", "elterngeldberatung"),
        "Senior:innen",
        2,
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
