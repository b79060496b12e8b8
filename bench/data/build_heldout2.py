"""Build ``heldout2_pairs.jsonl``: the second held-out part of the synergy engine's labelled set.

Its time and walking helpers and its command line now live in ``heldout_common.py``, shared
by the builders.

The first held-out part (``heldout_pairs.jsonl``) has been evaluated once and now counts as
tuning data. This part is written afresh by someone who never tuned the engine and without
looking at its lexicon, its kind list or the earlier sets: its kinds of offer are ones a
Stadtteil's social organisations run but that are not the obvious ones (no language course,
homework help, food bank, repair café, senior meeting …). Each kind is written three or four
ways, as organisations really title and describe it.

Offer pairs (``"type": "offers"``) are parallel (label 1) when both are the same kind of thing,
for the same people, in the same area, at overlapping times. The three patterns of issue 16 are
tagged in ``case``:

* ``held-out 2 look-alike kinds`` – different kinds with the same compound head or a similar
  name ("Schuldnerberatung" / "Erziehungsberatung", "Boxtraining" / "Bewerbungstraining"),
  same place, people and time: not parallel;
* ``held-out 2 broad group only`` – the same kind for different people who share only a broad
  group ("Migrant:innen", "Nachbarschaft / alle"): not parallel;
* ``held-out 2 synonym without shared stem`` – the same kind named with words that share no
  stem ("Trauercafé" / "Treff für Hinterbliebene"): parallel.

Need pairs (``"type": "need"``) hold a need as a social worker would note it and one offer:
label 1 when the offer meets it.

This file must not be used for tuning. Same record format as ``heldout_pairs.jsonl``.

    python bench/data/build_heldout2.py
"""

from __future__ import annotations

import itertools
import random
from pathlib import Path

from heldout_common import ALL, run_builder, to_hhmm, to_minutes, walk

# ruff: noqa: E501  (one offer text per line reads better than wrapped strings)

OUTPUT = Path(__file__).resolve().parent / "heldout2_pairs.jsonl"
SEED = 20261216

# key: (topic, target groups, [(title, description), ...], synonym variants)
# Variant 0 is the usual name, variant 1 shares a stem with it, the variants listed last
# ("synonym variants") name the same kind with words that share no stem with variant 0's title.
KINDS: dict[str, tuple[str, tuple[str, ...], list[tuple[str, str]], tuple[int, ...]]] = {
    "schuldnerberatung": (
        "Beratung",
        (ALL,),
        [
            (
                "Schuldnerberatung",
                "Kostenlose und vertrauliche Beratung bei Schulden: wir verschaffen einen Überblick über Forderungen, verhandeln mit Gläubigern und prüfen eine Privatinsolvenz.",
            ),
            (
                "Offene Sprechstunde Schulden",
                "Mahnungen, Inkassobriefe, Kontopfändung? Kommen Sie ohne Termin vorbei, wir sortieren mit Ihnen die Schulden und suchen einen Weg heraus.",
            ),
            (
                "Geldsorgen? Wir helfen weiter",
                "Wenn die Rechnungen sich stapeln und das Konto im Minus ist: gemeinsam einen Haushaltsplan machen, Ratenzahlungen vereinbaren, Pfändungsschutzkonto einrichten.",
            ),
            (
                "Insolvenzhilfe & Haushaltsbudget",
                "Anerkannte Stelle für Verbraucherinsolvenz. Wir begleiten Sie von der ersten Sichtung der Forderungen bis zum Antrag auf Restschuldbefreiung.",
            ),
        ],
        (2, 3),
    ),
    "erziehungsberatung": (
        "Familie & Kinderschutz",
        ("Eltern",),
        [
            (
                "Erziehungsberatung",
                "Beratung für Mütter, Väter und Bezugspersonen bei Fragen zur Erziehung, bei Konflikten in der Familie, Trotzphasen, Pubertät oder nach einer Trennung.",
            ),
            (
                "Offene Beratungszeit der Erziehungs- und Familienberatungsstelle",
                "Ohne Anmeldung: Psycholog:innen und Sozialpädagog:innen hören zu, wenn es mit den Kindern schwierig wird, und suchen mit Ihnen nach Lösungen.",
            ),
            (
                "Wenn's zuhause kracht – Elternsprechstunde",
                "Ständig Streit mit dem Kind, Geschwister, die sich nicht vertragen, Schulverweigerung? Sprechen Sie mit uns, vertraulich und kostenfrei.",
            ),
            (
                "Elterncoaching: wenn Kinder an Grenzen bringen",
                "Unsicher, wie Sie Grenzen setzen sollen? Ihr Kind schläft nicht, wird wütend oder zieht sich zurück? Fachleute der Familienhilfe beraten Sie in Ruhe.",
            ),
        ],
        (2, 3),
    ),
    "trauercafe": (
        "Nachbarschaft & Begegnung",
        (ALL,),
        [
            (
                "Trauercafé",
                "Ein geschützter Ort für Menschen, die einen nahestehenden Menschen verloren haben. Bei Kaffee und Kuchen erzählen, zuhören oder einfach da sein. Begleitet von ausgebildeten Trauerbegleiterinnen.",
            ),
            (
                "Offene Trauergruppe",
                "Einmal in der Woche treffen sich Trauernde zum Gespräch. Niemand muss reden, alle dürfen weinen und lachen. Ohne Anmeldung.",
            ),
            (
                "Treff für Hinterbliebene",
                "Nach dem Tod des Partners, der Mutter oder eines Kindes ist nichts mehr wie vorher. Hier begegnen Sie anderen, denen es ähnlich geht.",
            ),
            (
                "Lichtblick – Gesprächsrunde nach einem Verlust",
                "Ein Todesfall in der Familie oder im Freundeskreis? Im Lichtblick sprechen wir über Abschied, Erinnerung und wie das Leben weitergeht. Hospizverein im Stadtteil.",
            ),
        ],
        (2, 3),
    ),
    "bewerbungstraining": (
        "Arbeit & Ausbildung",
        ("Junge Erwachsene",),
        [
            (
                "Bewerbungstraining",
                "Lebenslauf schreiben, Anschreiben formulieren, Vorstellungsgespräch üben: in kleinen Gruppen machen wir Ihre Bewerbungsunterlagen fertig.",
            ),
            (
                "Bewerbungswerkstatt für junge Leute",
                "Bring deinen Laptop oder deine Zeugnisse mit: wir gestalten zusammen deine Bewerbungsmappe und schicken die ersten Bewerbungen ab.",
            ),
            (
                "Job-Coaching: fit fürs Vorstellungsgespräch",
                "Was zieh ich an, was sag ich, wenn nach meinen Schwächen gefragt wird? Im Coaching proben wir Gespräche mit Arbeitgebern und feilen an deinem CV.",
            ),
            (
                "Lebenslauf-Check und Interview-Übung",
                "Einzeltermine mit einer Personalerin: Unterlagen durchsehen, Stellenanzeigen verstehen, Gesprächssituationen im Rollenspiel ausprobieren.",
            ),
        ],
        (2, 3),
    ),
    "boxtraining": (
        "Sport & Bewegung",
        ("Jugendliche",),
        [
            (
                "Boxtraining für Jugendliche",
                "Zweimal die Woche Boxen im Jugendhaus: Technik, Kondition, Sparring mit Schutzausrüstung. Fairness und Respekt stehen an erster Stelle. Handschuhe werden gestellt.",
            ),
            (
                "Box-AG im Kiez",
                "Kostenloses Boxen für Jungs und Mädchen ab 12: Sandsack, Pratzen, Seilspringen. Trainiert von einem lizenzierten Trainer.",
            ),
            (
                "Faustkampf und Fitness für Teens",
                "Auspowern statt Stress: Schlagtechnik am Sack, Beinarbeit, Ausdauer. Wer mag, kann später bei Turnieren mitmachen.",
            ),
            (
                "Kampfsport-Treff: Sparring & Technik",
                "Für Jugendliche, die sich im Ring ausprobieren wollen. Boxhandschuhe und Bandagen sind da, Sportsachen bitte mitbringen.",
            ),
        ],
        (2, 3),
    ),
    "stadtteilgarten": (
        "Umwelt & Klima",
        (ALL,),
        [
            (
                "Stadtteilgarten",
                "Auf der Brache hinter der Schule bauen wir gemeinsam Gemüse, Kräuter und Blumen an. Jede:r kann mitmachen, Gartenwissen ist nicht nötig. Gießdienst und Ernte teilen wir.",
            ),
            (
                "Gemeinschaftsgarten: Mitgärtnern erwünscht",
                "Hochbeete, Kompost, Saatgut tauschen: im Gemeinschaftsgarten pflanzen Nachbar:innen zusammen und ernten zusammen. Geräte sind vorhanden.",
            ),
            (
                "Urban Gardening im Hinterhof",
                "Grüne Oase statt Parkplatz: wir säen, jäten und ernten Tomaten, Zucchini und Bohnen mitten im Viertel. Kommt einfach zur Beetzeit vorbei.",
            ),
            (
                "Beete für alle – Gemüse anbauen mitten im Viertel",
                "Menschen aus vielen Ländern ziehen hier Gemüse aus ihrer Heimat. Eine Parzelle teilen, voneinander lernen, beim Erntefest zusammen essen.",
            ),
        ],
        (3,),
    ),
    "lastenradverleih": (
        "Umwelt & Klima",
        (ALL,),
        [
            (
                "Lastenradverleih",
                "Unser Lastenrad kann kostenlos für einen halben oder ganzen Tag ausgeliehen werden: für den Großeinkauf, den Umzug von Kisten oder den Ausflug mit Kindern. Buchung vor Ort.",
            ),
            (
                "Freies Lastenrad zum Ausleihen",
                "Ein Transportrad mit Kinderbank steht im Stadtteilladen bereit. Ausweis zeigen, Schlüssel holen, losfahren – gegen Spende.",
            ),
            (
                "Cargobike-Sharing im Quartier",
                "Zwei E-Cargobikes für die Nachbarschaft: Getränkekisten, Sperrmüll oder Pflanzen transportieren ohne Auto. Ausgabe und Rückgabe zu den Öffnungszeiten.",
            ),
            (
                "E-Cargo-Trike kostenlos buchen",
                "Statt Auto: unser Dreirad mit großer Ladebox. Eine kurze Einweisung, dann gehört es Ihnen für den Nachmittag.",
            ),
        ],
        (2, 3),
    ),
    "hebammensprechstunde": (
        "Gesundheit",
        ("Familien", "Frauen"),
        [
            (
                "Hebammensprechstunde",
                "Eine Hebamme beantwortet Fragen rund um Schwangerschaft, Geburt, Wochenbett und Stillen. Auch für Frauen ohne eigene Hebamme oder ohne Krankenversicherung.",
            ),
            (
                "Offene Hebammenberatung im Familienzentrum",
                "Ohne Termin: Gewicht des Babys kontrollieren, Stillprobleme besprechen, Tipps für die ersten Wochen. Dolmetscherin nach Absprache.",
            ),
            (
                "Rund um Geburt und Wochenbett – Infotreff für werdende Mütter",
                "Schwanger und viele Fragen? Wie läuft die Vorsorge, wo entbinde ich, was brauche ich fürs Neugeborene? Eine erfahrene Geburtshelferin nimmt sich Zeit.",
            ),
            (
                "Baby unterwegs? Begleitung für Schwangere und junge Mütter",
                "Begleitung in der Schwangerschaft und nach der Geburt: Stillen, Nabelpflege, Schlaf des Säuglings. Kostenlos im Stadtteilzentrum.",
            ),
        ],
        (2, 3),
    ),
    "pflegestammtisch": (
        "Beratung",
        (ALL, "Senior:innen"),
        [
            (
                "Pflegestammtisch",
                "Austausch für alle, die Eltern, Partner oder Kinder zu Hause pflegen: Erfahrungen teilen, Tipps zu Pflegegrad und Entlastungsleistungen, einfach mal durchatmen.",
            ),
            (
                "Stammtisch für pflegende Angehörige",
                "Sie kümmern sich zuhause um einen kranken oder alten Menschen? Einmal im Monat sprechen wir über Pflegekasse, Verhinderungspflege und die eigene Erschöpfung.",
            ),
            (
                "Gesprächskreis: Wer kümmert sich um die Kümmernden?",
                "Ehefrauen, Söhne, Töchter, die jemanden versorgen, treffen sich zum Reden. Eine Fachkraft der Beratungsstelle ist dabei und beantwortet Fragen zu Anträgen.",
            ),
            (
                "Auszeit-Runde für alle, die zuhause jemanden versorgen",
                "Zwei Stunden für Sie: Kaffee, Gespräch, Erfahrungen von anderen, die jemanden versorgen. Betreuung der Erkrankten kann organisiert werden.",
            ),
        ],
        (2, 3),
    ),
    "kochkurs": (
        "Ernährung",
        ("Familien",),
        [
            (
                "Kochkurs: gesund und günstig",
                "In fünf Terminen lernen Sie, aus saisonalem Gemüse einfache, preiswerte Gerichte zu kochen. Mit Rezeptheft und Einkaufstipps. Anmeldung erforderlich.",
            ),
            (
                "Kochkurs für Familien mit kleinem Budget",
                "Eine Ökotrophologin zeigt Schritt für Schritt Rezepte unter 2 Euro pro Portion: Linseneintopf, Ofengemüse, Pfannkuchen. Kursgebühr übernimmt der Verein.",
            ),
            (
                "Ernährungsworkshop: Frisch zubereiten statt Fertigessen",
                "Workshopreihe mit Theorie und Praxis: Nährstoffe, Zuckerfallen, Vorratshaltung. Jedes Mal bereiten wir ein Menü zu und nehmen die Rezepte mit nach Hause.",
            ),
            (
                "Lernküche – preiswert zubereiten mit Anleitung",
                "Angeleitete Kursreihe für Eltern: Schneidetechniken, Grundrezepte, Essen für Kinder planen. Mit Teilnahmebescheinigung.",
            ),
        ],
        (2, 3),
    ),
    "suchtberatung": (
        "Gesundheit",
        (ALL,),
        [
            (
                "Suchtberatung",
                "Vertrauliche Beratung bei Problemen mit Alkohol, Medikamenten, Cannabis oder Glücksspiel, für Betroffene und für Angehörige. Anonym und kostenlos.",
            ),
            (
                "Offene Suchtsprechstunde",
                "Ohne Termin: Sie trinken mehr, als Ihnen guttut, oder kommen vom Kiffen nicht los? Wir sprechen über Wege heraus, Entgiftung und Therapieplätze.",
            ),
            (
                "Alkohol, Drogen, Glücksspiel – Hilfe bei Abhängigkeit",
                "Wenn der Konsum das Leben bestimmt: Fachkräfte der Drogenhilfe hören zu, ohne zu verurteilen, und vermitteln in Entzug, Therapie oder Selbsthilfe.",
            ),
            (
                "Clean werden: Erstgespräch bei der Drogenhilfe",
                "Ein erstes Gespräch über Ihren Konsum, Ihre Ziele und mögliche nächste Schritte. Auch Eltern und Partner:innen von Konsumierenden sind willkommen.",
            ),
        ],
        (2, 3),
    ),
    "asylverfahrensberatung": (
        "Beratung",
        ("Geflüchtete",),
        [
            (
                "Asylverfahrensberatung",
                "Unabhängige Beratung zum Asylverfahren: Vorbereitung auf die Anhörung beim BAMF, Bescheide verstehen, Fristen für Klagen. Mit Dolmetscher:innen.",
            ),
            (
                "Beratung im Asylverfahren",
                "Sie haben einen Brief vom Bundesamt bekommen oder Ihre Anhörung steht bevor? Wir erklären das Verfahren und Ihre Rechte, kostenlos und vertraulich.",
            ),
            (
                "Refugee Law Clinic – Sprechstunde zu Aufenthalt und Duldung",
                "Jurastudierende und Anwältinnen helfen bei Ablehnung, Duldung, Dublin-Verfahren und Familiennachzug. Auf Deutsch, Englisch, Arabisch und Farsi.",
            ),
            (
                "Rechtshilfe für Schutzsuchende",
                "Ablehnungsbescheid bekommen? Angst vor Abschiebung? Wir prüfen Ihre Papiere, erklären die Frist und vermitteln eine Anwältin für die Klage.",
            ),
        ],
        (2, 3),
    ),
    "anerkennungsberatung": (
        "Arbeit & Ausbildung",
        ("Migrant:innen",),
        [
            (
                "Anerkennungsberatung",
                "Sie haben im Ausland einen Beruf gelernt oder studiert? Wir beraten zur Anerkennung Ihres Abschlusses in Deutschland: welche Stelle zuständig ist und welche Unterlagen nötig sind.",
            ),
            (
                "Beratung zur Anerkennung ausländischer Berufsabschlüsse",
                "Ingenieurin, Pflegekraft, Lehrer aus dem Ausland: wir prüfen mit Ihnen, ob und wie Ihr Abschluss gleichgestellt werden kann, und helfen beim Antrag.",
            ),
            (
                "Mein Diplom von zuhause – gilt es hier?",
                "Zeugnisbewertung, Gleichwertigkeitsprüfung, Anpassungslehrgang: wir erklären den Weg in den erlernten Beruf und welche Kosten das Jobcenter übernehmen kann.",
            ),
            (
                "Zeugnisse aus der Heimat gleichstellen lassen",
                "Informationen zur Gleichwertigkeit von Schul-, Berufs- und Hochschulabschlüssen aus dem Herkunftsland. Übersetzung und Beglaubigung erklären wir auch.",
            ),
        ],
        (2, 3),
    ),
    "energiesparberatung": (
        "Umwelt & Klima",
        (ALL,),
        [
            (
                "Energiesparberatung",
                "Wir kommen zu Ihnen nach Hause, messen den Verbrauch Ihrer Geräte und zeigen, wie Sie Heiz- und Stromkosten senken. Kostenlose Soforthilfen wie LED-Lampen und schaltbare Steckerleisten.",
            ),
            (
                "Energieberatung für Haushalte mit wenig Geld",
                "Hohe Abschläge, Angst vor der Jahresabrechnung? Unsere Energieberater:innen finden Stromfresser und erklären richtiges Heizen und Lüften.",
            ),
            (
                "Stromspar-Check",
                "Geschulte Stromsparhelfer:innen prüfen Kühlschrank, Boiler und Beleuchtung und bringen Sparartikel mit. Für Haushalte mit Bürgergeld, Wohngeld oder kleiner Rente.",
            ),
            (
                "Heizkosten runter: Hausbesuch mit Messgerät",
                "Eine Fachkraft schaut sich Thermostate, Fenster und Lüftungsgewohnheiten an und rechnet aus, wo Sie im Winter Kosten sparen können.",
            ),
        ],
        (3,),
    ),
    "demenzcafe": (
        "Gesundheit",
        ("Senior:innen",),
        [
            (
                "Demenzcafé",
                "Ein Nachmittag für Menschen mit Demenz und ihre Angehörigen: Kaffee, Singen, Erinnerungsspiele, leichte Bewegung. Ehrenamtliche betreuen, die Angehörigen haben Zeit zum Austausch.",
            ),
            (
                "Café für Menschen mit Demenz",
                "Gemütliche Runde für Gäste mit beginnender oder fortgeschrittener Demenz. Geschulte Helfer:innen begleiten, pflegende Familienmitglieder können dabei sein oder durchatmen.",
            ),
            (
                "Vergissmeinnicht – Betreuungsnachmittag bei Vergesslichkeit",
                "Für ältere Menschen, die vieles vergessen, und ihre Familien: alte Lieder singen, Fotos anschauen, Kuchen essen. Fachlich begleitet vom Pflegedienst.",
            ),
            (
                "Betreute Nachmittagsrunde für Ältere mit Gedächtnisverlust",
                "Alzheimer oder andere Formen des Gedächtnisverlusts: hier wird niemand korrigiert. Zwei Stunden Gemeinschaft, die Angehörigen bekommen eine Pause.",
            ),
        ],
        (2, 3),
    ),
    "erzaehlcafe": (
        "Kultur",
        ("Senior:innen",),
        [
            (
                "Erzählcafé",
                "Ältere Nachbar:innen erzählen aus ihrem Leben: wie es früher im Viertel war, die Arbeit im Werk, Kindheit nach dem Krieg. Jüngere hören zu und fragen nach.",
            ),
            (
                "Erzählnachmittag: Geschichten von früher",
                "Bei Kaffee und Kuchen teilen Alteingesessene ihre Erinnerungen an das alte Volkmarsdorf. Fotos und Fundstücke können gern mitgebracht werden.",
            ),
            (
                "Zeitzeugen-Runde im Stadtteil",
                "Menschen, die hier seit Jahrzehnten leben, berichten vom Alltag in der DDR, von der Wende und vom Wandel der Straßen. Die Gespräche werden auf Wunsch aufgezeichnet.",
            ),
            (
                "Weißt du noch? – Erinnerungen aus dem Kiez teilen",
                "Lebensgeschichten weitergeben: einmal im Monat erinnern wir uns gemeinsam an Orte, Läden und Feste, die es nicht mehr gibt.",
            ),
        ],
        (2, 3),
    ),
    "sturzpraevention": (
        "Sport & Bewegung",
        ("Senior:innen",),
        [
            (
                "Sturzprävention",
                "Übungen für Kraft und Gleichgewicht, damit Sie sicher auf den Beinen bleiben. Für Ältere, auch mit Rollator. Angeleitet von einer Physiotherapeutin.",
            ),
            (
                "Sturzprophylaxe-Gruppe im Seniorenzentrum",
                "Einfache Übungen im Stehen und Sitzen, die Stürzen vorbeugen: Standfestigkeit, Muskelkraft, Reaktion. Von der Krankenkasse gefördert.",
            ),
            (
                "Gleichgewichtstraining 70+",
                "Wer ins Wanken gerät, stürzt leichter. Wir trainieren Balance, Gang und Kraft in den Beinen, in kleiner Gruppe und im eigenen Tempo.",
            ),
            (
                "Sicher auf den Beinen – Balance und Kraft im Alter",
                "Bewegungskurs für Menschen ab 65, die Angst vor dem Hinfallen haben oder schon einmal gefallen sind. Mit Übungen für zu Hause.",
            ),
        ],
        (2, 3),
    ),
    "werkzeugverleih": (
        "Nachbarschaft & Begegnung",
        (ALL,),
        [
            (
                "Werkzeugverleih",
                "Bohrmaschine, Leiter, Stichsäge oder Tapeziertisch: bei uns können Sie Werkzeug für ein paar Tage kostenlos ausleihen, statt es selbst zu kaufen.",
            ),
            (
                "Werkzeug ausleihen im Nachbarschaftsladen",
                "Über 150 Geräte vom Akkuschrauber bis zum Hochdruckreiniger. Mitgliedskarte vor Ort, Ausleihe für eine Woche.",
            ),
            (
                "Bibliothek der Dinge",
                "Dinge, die man selten braucht, teilen wir: Schlagbohrer, Fliesenschneider, Raclette, Zelt. Einfach vorbeikommen, eintragen, mitnehmen.",
            ),
            (
                "Teilen statt kaufen: Bohrmaschine, Leiter & Co.",
                "Unser Regal mit Heimwerkergeräten steht allen Nachbar:innen offen. Ein Pfand genügt, die Rückgabe ist nach ein paar Tagen.",
            ),
        ],
        (2, 3),
    ),
    "rueckbildungskurs": (
        "Gesundheit",
        ("Frauen",),
        [
            (
                "Rückbildungskurs",
                "Acht Termine für Mütter sechs Wochen bis sechs Monate nach der Geburt: Beckenboden stärken, Bauchmuskeln sanft aufbauen, Haltung verbessern. Babys dürfen mit. Die Krankenkasse zahlt.",
            ),
            (
                "Rückbildungsgymnastik mit Baby",
                "Nach der Geburt wieder zu Kräften kommen: angeleitet von einer Hebamme, in kleiner Gruppe, Säuglinge liegen dabei auf der Decke.",
            ),
            (
                "Beckenbodentraining nach der Geburt",
                "Übungen gegen Inkontinenz und Rückenschmerzen nach der Entbindung. Kursreihe für Wöchnerinnen, von den Kassen übernommen.",
            ),
            (
                "Fit nach der Schwangerschaft – Mama-Workout",
                "Den Körper nach der Entbindung behutsam stärken: Bauch, Rücken, Beckenboden. Mit Kinderwagen-Parkplatz im Raum.",
            ),
        ],
        (2, 3),
    ),
    "babymassage": (
        "Familie & Kinderschutz",
        ("Eltern",),
        [
            (
                "Babymassage-Kurs",
                "Eltern lernen in fünf Treffen, ihr Baby sanft zu massieren: beruhigt bei Bauchweh, fördert Schlaf und Bindung. Für Säuglinge von vier Wochen bis sechs Monaten.",
            ),
            (
                "Babymassage für Mütter und Väter",
                "Mit warmem Öl und ruhiger Musik: wir zeigen Griffe für Bauch, Rücken und Füßchen und tauschen uns über den Alltag mit dem Neugeborenen aus.",
            ),
            (
                "Sanfte Berührung – Eltern-Säugling-Gruppe",
                "Massagegriffe nach Leboyer für die Allerkleinsten. Hilft gegen Koliken und Unruhe und schenkt Eltern und Kind entspannte Momente.",
            ),
            (
                "Streicheleinheiten fürs Neugeborene",
                "Eine Kinderkrankenschwester zeigt, wie man sein Baby zur Ruhe bringt: sanftes Streichen, Halten, Bauchmassage im Uhrzeigersinn.",
            ),
        ],
        (2, 3),
    ),
    "kochtreff": (
        "Nachbarschaft & Begegnung",
        (ALL,),
        [
            (
                "Kochtreff",
                "Jeden Mittwoch kochen Nachbar:innen zusammen und essen danach an einem großen Tisch. Wer mag, bringt ein Rezept aus seiner Heimat mit. Zutaten zahlen wir aus der Spendenkasse.",
            ),
            (
                "Gemeinsam kochen, gemeinsam essen",
                "Schnippeln, rühren, probieren und dann zusammen am Tisch sitzen: unser offener Abend für alle, die nicht allein essen möchten.",
            ),
            (
                "Offene Küche im Stadtteilladen",
                "Die Küche ist offen: wer kommt, kocht mit. Heute syrisch, nächste Woche sächsisch. Essen gegen Spende, Gespräche gratis.",
            ),
            (
                "Mitmach-Dinner für Nachbar:innen",
                "Zusammen ein Drei-Gänge-Menü zubereiten und an einer langen Tafel genießen. Keine Anmeldung, keine Vorkenntnisse.",
            ),
        ],
        (2, 3),
    ),
    "digitalsprechstunde": (
        "Bildung",
        ("Senior:innen",),
        [
            (
                "Digitalsprechstunde für Ältere",
                "Fragen zu Smartphone, Tablet oder Laptop? Junge Ehrenamtliche helfen Senior:innen geduldig: WhatsApp einrichten, Fotos verschicken, Arzttermine online buchen.",
            ),
            (
                "Digital-Hilfe 60+",
                "Einzelhilfe am eigenen Gerät: Apps installieren, Videoanrufe mit den Enkeln, sicher im Internet. Ohne Fachchinesisch.",
            ),
            (
                "Handy-Café für Senior:innen",
                "Bringen Sie Ihr Handy mit! Bei Kaffee erklären Schüler:innen, wie Nachrichten, Kamera und Online-Banking funktionieren.",
            ),
            (
                "Smartphone-Kurs für Einsteiger im Ruhestand",
                "Schritt für Schritt vom Einschalten bis zum Videotelefonat. Kleine Gruppe, große Schrift, viel Zeit für Fragen.",
            ),
        ],
        (2, 3),
    ),
    "selbstbehauptung_maedchen": (
        "Sport & Bewegung",
        ("Mädchen",),
        [
            (
                "Selbstbehauptungskurs für Mädchen",
                "Nein sagen, Grenzen zeigen, sich wehren: Mädchen von 10 bis 14 lernen in Rollenspielen und einfachen Techniken, selbstbewusst aufzutreten.",
            ),
            (
                "Selbstverteidigung und Selbstbehauptung für Mädchen",
                "Ein Wochenendkurs nur für Mädchen: laut werden, Körpersprache, Befreiungsgriffe. Geleitet von zwei Trainerinnen.",
            ),
            (
                "WenDo – stark, mutig, laut",
                "WenDo heißt Weg der Frauen: Mädchen üben, sich in unangenehmen Situationen zu behaupten und sich notfalls körperlich zu wehren.",
            ),
            (
                "Starke Girls – Wehr dich!",
                "Wie reagiere ich, wenn mich jemand bedrängt? Selbstschutz-Techniken, Stimme einsetzen und Mut-Übungen für Girls zwischen 11 und 15.",
            ),
        ],
        (2, 3),
    ),
    "vaetertreff": (
        "Familie & Kinderschutz",
        ("Eltern", "Männer"),
        [
            (
                "Vätertreff",
                "Papas mit ihren Kindern: samstags im Familienzentrum spielen, basteln, frühstücken. Die Väter kommen ins Gespräch über Elternzeit, Arbeit und Erziehung.",
            ),
            (
                "Treffpunkt für Väter und ihre Kinder",
                "Ein Vormittag nur für Väter mit Kindern bis sechs Jahre. Toben in der Turnhalle, danach Kaffee und Austausch unter Männern.",
            ),
            (
                "Papa-Zeit am Samstag",
                "Raus aus dem Alltag, rein ins Spiel: Ausflüge, Werkeln und Grillen für Papas und ihren Nachwuchs. Auch getrennt lebende Väter sind herzlich willkommen.",
            ),
            (
                "Dads' Club im Familienzentrum",
                "Für Männer mit Kindern: gemeinsam etwas unternehmen und über das Vatersein reden. Jeden zweiten Samstag.",
            ),
        ],
        (2, 3),
    ),
    "frauenschwimmen": (
        "Sport & Bewegung",
        ("Frauen",),
        [
            (
                "Schwimmkurs für Frauen",
                "Schwimmen lernen in geschützter Atmosphäre: nur Frauen, weibliche Schwimmlehrerin, Sichtschutz an den Fenstern. Für Anfängerinnen jeden Alters, Burkini erlaubt.",
            ),
            (
                "Frauenschwimmen für Anfängerinnen",
                "Im Lehrschwimmbecken ohne Männer: vom ersten Kopf-unter-Wasser bis zur ersten Bahn. Eintritt übernimmt der Verein.",
            ),
            (
                "Ladies only im Hallenbad",
                "Zwei Stunden Hallenbad exklusiv für Frauen, mit Trainerin für alle, die es noch nicht können oder sich unsicher fühlen.",
            ),
            (
                "Keine Angst vorm Wasser – Wassergewöhnung für Mütter und Omas",
                "Nie gelernt? Kein Problem. Eine Trainerin begleitet Sie im flachen Becken, bis Sie sich über Wasser halten können. Nur für Frauen.",
            ),
        ],
        (2, 3),
    ),
    "hiphop_tanz": (
        "Kultur",
        ("Jugendliche",),
        [
            (
                "Hip-Hop-Tanzkurs für Jugendliche",
                "Breaking, Popping, Choreos: tanzen zu aktueller Musik mit einer Trainerin aus der lokalen Szene. Auftritte beim Stadtteilfest.",
            ),
            (
                "Hip-Hop Dance Crew",
                "Du willst tanzen lernen und mit deiner Crew auf die Bühne? Wir trainieren Grooves und Choreografien, jeden Donnerstag im Jugendclub.",
            ),
            (
                "Breaking-Training: Powermoves & Freezes",
                "Toprock, Footwork, Windmill: Bboys und Bgirls ab 12 trainieren mit erfahrenen Tänzer:innen. Battles und Jams inklusive.",
            ),
            (
                "Urban Moves – Choreos für Teens",
                "Streetdance, Krump und Hip-Hop für Jugendliche ab 13. Keine Vorkenntnisse, nur Lust auf Musik und Bewegung.",
            ),
        ],
        (2, 3),
    ),
    "jugendtheater": (
        "Kultur",
        ("Jugendliche",),
        [
            (
                "Jugendtheatergruppe",
                "Jeden Dienstag proben Jugendliche ab 13 ein eigenes Stück: Improvisation, Szenen schreiben, Licht und Ton. Am Ende des Schuljahres ist Premiere.",
            ),
            (
                "Theater-AG für Jugendliche",
                "Rollen ausprobieren, Texte lernen, vor Publikum stehen: unsere AG bringt jedes Jahr ein selbst entwickeltes Stück auf die Bühne.",
            ),
            (
                "Bühne frei! Schauspiel für Teens",
                "Du wolltest schon immer mal jemand anderes sein? Mit einer Schauspielerin entwickeln wir Szenen aus eurem Alltag und spielen sie vor Publikum.",
            ),
            (
                "Impro-Ensemble ab 13",
                "Spontan sein, Figuren erfinden, gemeinsam Geschichten auf die Bühne bringen. Ein Ensemble für junge Leute, die gern spielen.",
            ),
        ],
        (2, 3),
    ),
    "stadtteilchor": (
        "Kultur",
        (ALL,),
        [
            (
                "Stadtteilchor",
                "Singen macht glücklich: wir proben Lieder aus aller Welt, Pop und Volkslieder, mehrstimmig und ohne Notenkenntnisse. Jede Stimme ist willkommen, kein Vorsingen.",
            ),
            (
                "Nachbarschaftschor für alle Stimmen",
                "Ein Chor für alle im Viertel: wöchentliche Probe, zweimal im Jahr ein Konzert. Noten lesen müssen Sie nicht.",
            ),
            (
                "Offenes Singen im Quartier",
                "Einfach mitsingen: Texte werden an die Wand projiziert, eine Pianistin begleitet. Von Schlagern bis zu Liedern aus der Ukraine und Syrien.",
            ),
            (
                "Mitsing-Abend",
                "Gemeinsam Lieder anstimmen, ohne Probe und ohne Anspruch. Eine Chorleiterin gibt den Ton an, alle anderen singen, wie sie können.",
            ),
        ],
        (2, 3),
    ),
    "spieleabend": (
        "Freizeit",
        (ALL,),
        [
            (
                "Spieleabend",
                "Jeden Freitag Brettspiele, Kartenspiele und Würfel im Nachbarschaftscafé. Über 200 Spiele zur Auswahl, wir erklären die Regeln.",
            ),
            (
                "Offener Spieletreff",
                "Ob Klassiker oder neues Strategiespiel: an unseren Tischen findet sich immer eine Runde. Snacks gegen Spende.",
            ),
            (
                "Board Game Night",
                "Catan, Codenames, Carcassonne: gemütlicher Abend mit Gesellschaftsspielen, auf Deutsch und Englisch erklärt.",
            ),
            (
                "Würfeln, Karten, Mensch ärgere dich nicht – Runde für alle",
                "Wer Lust hat, kommt vorbei und setzt sich dazu. Ob Skat, Uno oder Mühle, wir haben alles da.",
            ),
        ],
        (2, 3),
    ),
    "kinderzirkus": (
        "Freizeit",
        ("Kinder",),
        [
            (
                "Kinderzirkus",
                "Jonglieren, Einrad fahren, Akrobatik und Clownerie: Kinder von 6 bis 12 trainieren mit Zirkuspädagog:innen für die große Vorstellung im Sommer.",
            ),
            (
                "Zirkusprojekt für Kinder",
                "Einmal in der Manege stehen: in unserem Zirkuszelt üben Kinder Trapez, Diabolo und Pyramiden. Kostüme nähen wir gemeinsam.",
            ),
            (
                "Manege frei! Artistik ab 6",
                "Balancieren auf der Kugel, Tellerdrehen, Seiltanz: wöchentliches Training für Grundschulkinder mit Auftritt zum Abschluss.",
            ),
            (
                "Jonglage- und Akrobatikgruppe für Kids",
                "Bälle, Keulen und Menschenpyramiden: Kids zwischen 7 und 11 lernen Tricks und trauen sich am Ende auf die Bühne.",
            ),
        ],
        (2, 3),
    ),
    "lauftreff": (
        "Sport & Bewegung",
        (ALL,),
        [
            (
                "Lauftreff",
                "Gemeinsam joggen im Park: jeden Dienstag fünf Kilometer in gemütlichem Tempo, niemand wird zurückgelassen. Treffpunkt am Parkeingang, Anfänger:innen willkommen.",
            ),
            (
                "Offener Lauftreff für Einsteiger:innen",
                "Vom ersten Kilometer bis zum Stadtlauf: wir laufen in Gruppen nach Tempo, mit Dehnen danach.",
            ),
            (
                "Running Crew",
                "Wir sind eine bunte Crew, die zweimal pro Woche ihre Runden dreht. Kein Verein, kein Beitrag, einfach Turnschuhe an und mit.",
            ),
            (
                "Gemeinsam joggen im Park",
                "Feierabendrunde rund um den Teich. Wir sammeln uns an der Bank am Eingang und drehen zwei Runden.",
            ),
        ],
        (2, 3),
    ),
    "erste_hilfe_kurs": (
        "Gesundheit",
        (ALL,),
        [
            (
                "Erste-Hilfe-Kurs",
                "Neun Unterrichtseinheiten: stabile Seitenlage, Herzdruckmassage, Wundversorgung, Notruf. Gilt auch für den Führerschein. Teilnahmebescheinigung inklusive.",
            ),
            (
                "Erste Hilfe – Grundkurs",
                "An einem Samstag lernen Sie, was im Notfall zu tun ist: Bewusstlose lagern, Blutungen stillen, Wiederbelebung an der Puppe.",
            ),
            (
                "Notfalltraining: Leben retten lernen",
                "Was tun, wenn jemand umkippt? Ein Rettungssanitäter übt mit Ihnen Reanimation, Defibrillator und Verbände. Bescheinigung für Führerschein und Übungsleiter:innen.",
            ),
            (
                "Reanimation und Verbände für Laien",
                "Keine Angst, etwas falsch zu machen: praktische Übungen für Unfälle zu Hause, auf der Straße und im Verein.",
            ),
        ],
        (2, 3),
    ),
    "queerer_jugendtreff": (
        "Freizeit",
        ("Jugendliche",),
        [
            (
                "Queerer Jugendtreff",
                "Ein sicherer Ort für lesbische, schwule, bi, trans*, inter und queere Jugendliche von 14 bis 21: quatschen, Filme schauen, Ausflüge planen. Begleitet von geschulten Teamer:innen.",
            ),
            (
                "Queerer Treff für junge Leute",
                "Einfach du sein: ein Abend pro Woche für junge queere Menschen und alle, die sich noch nicht sicher sind. Mit Beratung zu Coming-out.",
            ),
            (
                "LGBTIQ*-Gruppe ab 14",
                "Austausch, Spieleabende und Aktionen zum CSD für junge LGBTIQ* Menschen. Niemand muss sich outen, um dabei zu sein.",
            ),
            (
                "Regenbogen-Abend für Teens",
                "Ein geschützter Raum für Jugendliche, die nicht hetero oder nicht cis sind: reden, lachen, Gleichgesinnte treffen.",
            ),
        ],
        (2, 3),
    ),
    "besuchsdienst": (
        "Nachbarschaft & Begegnung",
        ("Senior:innen",),
        [
            (
                "Besuchsdienst für ältere Menschen",
                "Ehrenamtliche besuchen einsame Senior:innen zu Hause: vorlesen, spazieren gehen, gemeinsam Kaffee trinken. Einmal pro Woche, verlässlich und kostenlos.",
            ),
            (
                "Ehrenamtlicher Besuchsdienst",
                "Sie kommen nicht mehr gut aus der Wohnung und vermissen Gesellschaft? Eine feste Person besucht Sie regelmäßig für ein bis zwei Stunden.",
            ),
            (
                "Zeit schenken gegen Einsamkeit",
                "Wir vermitteln Nachbar:innen, die Alleinstehenden im Alter regelmäßig Gesellschaft leisten: Gespräche, Spiele, kleine Spaziergänge.",
            ),
            (
                "Plauderpartner:innen für Alleinlebende",
                "Jemand, der zuhört und vorbeikommt: unsere Freiwilligen kommen wöchentlich zu Menschen, die kaum noch rausgehen.",
            ),
        ],
        (2, 3),
    ),
    "kiezputz": (
        "Umwelt & Klima",
        (ALL,),
        [
            (
                "Kiezputz",
                "Einmal im Monat sammeln wir gemeinsam Müll in Parks, auf Spielplätzen und am Flussufer. Handschuhe, Greifzangen und Säcke stellt die Stadtreinigung.",
            ),
            (
                "Großer Kiezputz am Samstag",
                "Anwohner:innen, Schulen und Vereine räumen zusammen ihr Viertel auf. Danach gibt es Suppe für alle Helfenden.",
            ),
            (
                "Clean-up im Viertel",
                "Zigarettenkippen, Flaschen, Sperrmüll: in zwei Stunden machen wir Straßen und Grünflächen wieder sauber. Material ist da.",
            ),
            (
                "Müllsammeln mit Nachbar:innen",
                "Wir ziehen mit Zangen und Säcken los und befreien Hinterhöfe und Spielplätze vom Abfall. Kinder dürfen mithelfen.",
            ),
        ],
        (2, 3),
    ),
    "antragshilfe": (
        "Beratung",
        (ALL,),
        [
            (
                "Antragshilfe",
                "Hilfe beim Ausfüllen von Anträgen: Bürgergeld, Wohngeld, Kinderzuschlag, Rentenantrag. Bringen Sie Ihre Briefe mit, wir gehen sie gemeinsam durch.",
            ),
            (
                "Hilfe bei Anträgen und Formularen",
                "Das Jobcenter will Unterlagen, die Familienkasse schickt einen Fragebogen? Wir helfen Ihnen, die Formulare richtig auszufüllen und Fristen einzuhalten.",
            ),
            (
                "Papierkram-Sprechstunde",
                "Amtsdeutsch verstehen, Bescheide prüfen, Widerspruch aufsetzen: ohne Termin, mit Kopierer und Scanner vor Ort.",
            ),
            (
                "Behördenlotsen: Briefe vom Amt verstehen",
                "Ehrenamtliche Lots:innen erklären Schreiben von Jobcenter, Ausländerbehörde und Krankenkasse und begleiten bei Bedarf zum Termin.",
            ),
        ],
        (2, 3),
    ),
}

# The same kind for other people. (kind, groups of the first offer, groups of the second, how
# they relate): "broad" – only a broad group in common, "none" – no group in common, "specific"
# – a specific group in common (parallel).
GROUP_PAIRS: list[tuple[str, tuple[str, ...], tuple[str, ...], str]] = [
    (
        "schuldnerberatung",
        ("Migrant:innen", "Senior:innen"),
        ("Migrant:innen", "Junge Erwachsene"),
        "broad",
    ),
    ("trauercafe", (ALL, "Kinder"), (ALL, "Senior:innen"), "broad"),
    ("bewerbungstraining", ("Migrant:innen", "Frauen"), ("Migrant:innen", "Jugendliche"), "broad"),
    ("stadtteilgarten", (ALL, "Kinder"), (ALL, "Menschen mit Behinderung"), "broad"),
    ("suchtberatung", (ALL, "Jugendliche"), (ALL, "Senior:innen"), "broad"),
    (
        "anerkennungsberatung",
        ("Migrant:innen", "Fachkräfte"),
        ("Migrant:innen", "Jugendliche"),
        "broad",
    ),
    ("lauftreff", (ALL, "Frauen"), (ALL, "Menschen mit Behinderung"), "broad"),
    ("spieleabend", (ALL, "Familien"), (ALL, "Junge Erwachsene"), "broad"),
    ("kochtreff", ("Migrant:innen", "Senior:innen"), ("Migrant:innen", "Kinder"), "broad"),
    ("antragshilfe", ("Migrant:innen", "Senior:innen"), ("Migrant:innen", "Familien"), "broad"),
    ("energiesparberatung", (ALL, "Senior:innen"), (ALL, "Junge Erwachsene"), "broad"),
    ("erste_hilfe_kurs", (ALL, "Eltern"), (ALL, "Jugendliche"), "broad"),
    ("stadtteilchor", (ALL, "Kinder"), (ALL, "Senior:innen"), "broad"),
    (
        "asylverfahrensberatung",
        ("Geflüchtete", "Migrant:innen", "Frauen"),
        ("Migrant:innen", "Fachkräfte"),
        "broad",
    ),
    ("trauercafe", ("Kinder",), ("Senior:innen",), "none"),
    ("erste_hilfe_kurs", ("Eltern",), ("Jugendliche",), "none"),
    ("besuchsdienst", ("Senior:innen",), ("Menschen mit Behinderung",), "none"),
    ("spieleabend", ("Jugendliche",), ("Senior:innen",), "none"),
    ("schuldnerberatung", (ALL, "Familien"), (ALL, "Familien", "Eltern"), "specific"),
    ("trauercafe", ("Senior:innen",), (ALL, "Senior:innen"), "specific"),
    ("bewerbungstraining", ("Geflüchtete", "Junge Erwachsene"), ("Junge Erwachsene",), "specific"),
    ("kochkurs", ("Familien", "Eltern"), ("Eltern",), "specific"),
    (
        "digitalsprechstunde",
        ("Senior:innen",),
        ("Senior:innen", "Menschen mit Behinderung"),
        "specific",
    ),
    ("boxtraining", ("Mädchen",), ("Jugendliche", "Mädchen"), "specific"),
    ("jugendtheater", ("Jugendliche", "Geflüchtete"), ("Jugendliche",), "specific"),
    ("frauenschwimmen", ("Frauen", "Migrant:innen"), ("Frauen",), "specific"),
    ("kinderzirkus", ("Kinder", "Menschen mit Behinderung"), ("Kinder",), "specific"),
]

# Different kinds whose names look alike: the same compound head ("-beratung", "-café",
# "-training", "-verleih", "-sprechstunde", "-kurs", "-treff"), the same first part
# ("Stadtteil-", "Jugend-") or neighbouring words.
LOOK_ALIKES: list[tuple[str, str]] = [
    ("schuldnerberatung", "erziehungsberatung"),
    ("schuldnerberatung", "suchtberatung"),
    ("suchtberatung", "erziehungsberatung"),
    ("asylverfahrensberatung", "anerkennungsberatung"),
    ("energiesparberatung", "schuldnerberatung"),
    ("trauercafe", "demenzcafe"),
    ("trauercafe", "erzaehlcafe"),
    ("erzaehlcafe", "digitalsprechstunde"),
    ("bewerbungstraining", "boxtraining"),
    ("boxtraining", "sturzpraevention"),
    ("hiphop_tanz", "boxtraining"),
    ("rueckbildungskurs", "sturzpraevention"),
    ("lastenradverleih", "werkzeugverleih"),
    ("hebammensprechstunde", "digitalsprechstunde"),
    ("antragshilfe", "digitalsprechstunde"),
    ("hebammensprechstunde", "rueckbildungskurs"),
    ("rueckbildungskurs", "babymassage"),
    ("kochkurs", "kochtreff"),
    ("kochkurs", "erste_hilfe_kurs"),
    ("vaetertreff", "lauftreff"),
    ("queerer_jugendtreff", "jugendtheater"),
    ("queerer_jugendtreff", "lauftreff"),
    ("stadtteilchor", "stadtteilgarten"),
    ("spieleabend", "stadtteilchor"),
    ("pflegestammtisch", "trauercafe"),
    ("kiezputz", "stadtteilgarten"),
]

# Needs as a social worker notes them:
# (title, description, groups, topic, kinds that meet it, look-alike kinds that do not, other people)
NEEDS: list[tuple[str, str, tuple[str, ...], str, tuple[str, ...], tuple[str, ...], str]] = [
    (
        "Familie kommt mit dem Geld nicht mehr klar",
        "Alleinerziehende Mutter, drei Kinder, Briefe vom Inkasso und vom Stromanbieter, Konto gepfändet. Braucht jemanden, der die Forderungen mit ihr durchgeht.",
        (ALL,),
        "Beratung",
        ("schuldnerberatung",),
        ("erziehungsberatung", "suchtberatung"),
        "Jugendliche",
    ),
    (
        "Witwer seit einem halben Jahr, zieht sich zurück",
        "Herr K. hat im Frühjahr seine Frau verloren, isst kaum, geht nicht mehr raus. Bräuchte Menschen, mit denen er über den Tod seiner Frau reden kann.",
        (ALL,),
        "Nachbarschaft & Begegnung",
        ("trauercafe",),
        ("demenzcafe", "pflegestammtisch"),
        "Kinder",
    ),
    (
        "Jugendliche brauchen Ort zum Auspowern",
        "Gruppe von 14- bis 16-Jährigen hängt abends am Spielplatz, viel Frust, manchmal Rangeleien. Suchen etwas Sportliches mit klaren Regeln, am liebsten Kampfsport.",
        ("Jugendliche",),
        "Sport & Bewegung",
        ("boxtraining",),
        ("bewerbungstraining", "sturzpraevention"),
        "Senior:innen",
    ),
    (
        "Junge Mutter ohne Nachsorgehebamme",
        "Frau A., Baby drei Wochen alt, stillt unter Schmerzen, hat keine Hebamme gefunden und weiß nicht, ob das Kind genug zunimmt.",
        ("Frauen",),
        "Gesundheit",
        ("hebammensprechstunde",),
        ("digitalsprechstunde", "erziehungsberatung"),
        "Senior:innen",
    ),
    (
        "Eltern überfordert mit Wutanfällen des Sohnes",
        "Sohn (6) schlägt und schreit, sobald etwas nicht klappt, Eltern streiten sich deswegen selbst. Sie möchten mit einer Fachperson besprechen, wie sie reagieren sollen.",
        ("Eltern",),
        "Familie & Kinderschutz",
        ("erziehungsberatung",),
        ("schuldnerberatung", "suchtberatung"),
        "Senior:innen",
    ),
    (
        "Junger Mann bekommt auf Bewerbungen keine Antwort",
        "M., 19, hat 30 Bewerbungen für eine Ausbildung verschickt, keine Einladung. Unterlagen sehen unordentlich aus, Angst vor Gesprächen.",
        ("Junge Erwachsene",),
        "Arbeit & Ausbildung",
        ("bewerbungstraining",),
        ("boxtraining", "hiphop_tanz"),
        "Senior:innen",
    ),
    (
        "Tochter pflegt demenzkranke Mutter und ist am Ende",
        "Frau S. versorgt seit zwei Jahren ihre Mutter zu Hause, schläft schlecht, hat niemanden zum Reden. Sucht Austausch mit anderen in derselben Lage.",
        (ALL,),
        "Beratung",
        ("pflegestammtisch",),
        ("trauercafe",),
        "Jugendliche",
    ),
    (
        "Familie möchte Gemüse anbauen, hat keinen Garten",
        "Familie aus dem Plattenbau, Kinder wollen sehen, wie Tomaten wachsen. Suchen ein Stück Beet in der Nähe, wo sie mitmachen können.",
        (ALL,),
        "Umwelt & Klima",
        ("stadtteilgarten",),
        ("stadtteilchor", "kiezputz"),
        "Senior:innen",
    ),
    (
        "Umzug innerhalb des Viertels ohne Auto",
        "Frau B. zieht zwei Straßen weiter, hat kein Auto und kein Geld für ein Umzugsunternehmen. Müsste etwa 20 Kisten und einen kleinen Schrank transportieren.",
        (ALL,),
        "Nachbarschaft & Begegnung",
        ("lastenradverleih",),
        ("werkzeugverleih",),
        "Kinder",
    ),
    (
        "Älterer Herr will mit den Enkeln per Video telefonieren",
        "Herr P., 78, hat ein neues Handy geschenkt bekommen, kann aber weder Nachrichten schreiben noch Videoanrufe machen. Enkel wohnen in München.",
        ("Senior:innen",),
        "Bildung",
        ("digitalsprechstunde",),
        ("antragshilfe", "erzaehlcafe"),
        "Jugendliche",
    ),
    (
        "Ingenieur aus dem Iran arbeitet als Lagerhelfer",
        "Herr R. hat in Teheran Maschinenbau studiert, sein Abschluss ist hier nicht anerkannt. Er weiß nicht, wo er die Gleichwertigkeit prüfen lassen kann.",
        ("Migrant:innen",),
        "Arbeit & Ausbildung",
        ("anerkennungsberatung",),
        ("asylverfahrensberatung",),
        "Kinder",
    ),
    (
        "Geflüchtete Familie hat Ablehnungsbescheid bekommen",
        "Familie aus Afghanistan, Bescheid vom BAMF vor einer Woche, Klagefrist läuft. Verstehen das Schreiben nicht und haben keinen Anwalt.",
        ("Geflüchtete",),
        "Beratung",
        ("asylverfahrensberatung",),
        ("anerkennungsberatung", "antragshilfe"),
        "Senior:innen",
    ),
    (
        "Rentnerin erschrocken über Nachzahlung für Heizung und Strom",
        "Frau D. muss 600 Euro nachzahlen. Die Summe ist geregelt, sie möchte aber wissen, wie sie Strom und Heizung spart, damit es nicht wieder passiert.",
        ("Senior:innen",),
        "Umwelt & Klima",
        ("energiesparberatung",),
        ("schuldnerberatung",),
        "Jugendliche",
    ),
    (
        "Rückenschmerzen und Beckenboden nach der Geburt",
        "Frau T., Baby acht Wochen alt, hat seit der Entbindung Rückenschmerzen und Probleme mit dem Beckenboden. Möchte unter Anleitung wieder trainieren.",
        ("Frauen",),
        "Gesundheit",
        ("rueckbildungskurs",),
        ("babymassage", "sturzpraevention"),
        "Senior:innen",
    ),
    (
        "Baby weint viel, Eltern wissen nicht, was sie selbst tun können",
        "Säugling (2 Monate) hat oft Bauchweh und ist abends kaum zu beruhigen. Eltern möchten lernen, was ihm guttut, und andere Eltern kennenlernen.",
        ("Eltern",),
        "Familie & Kinderschutz",
        ("babymassage",),
        ("rueckbildungskurs",),
        "Senior:innen",
    ),
    (
        "Alleinerziehender Vater sucht Kontakt zu anderen Vätern",
        "Herr N. zieht seine Tochter (4) allein groß, kennt nur Mütter aus der Kita. Würde gern andere Papas treffen und mit der Kleinen etwas unternehmen.",
        ("Eltern", "Männer"),
        "Familie & Kinderschutz",
        ("vaetertreff",),
        ("lauftreff", "kochtreff"),
        "Frauen",
    ),
    (
        "Zugezogene Nachbarin möchte Leute kennenlernen, kocht gern",
        "Frau L. ist neu im Viertel, kann gut kochen und braucht keinen Kurs. Sie möchte mit anderen zusammen kochen und essen, um Anschluss zu finden.",
        (ALL,),
        "Nachbarschaft & Begegnung",
        ("kochtreff",),
        ("kochkurs",),
        "Kinder",
    ),
    (
        "Mädchen wird gemobbt und soll lernen, sich zu wehren",
        "J., 12, wird auf dem Schulweg bedrängt und traut sich nicht, laut zu werden. Mutter wünscht sich einen Kurs nur für Mädchen, in dem sie Nein sagen und sich verteidigen lernt.",
        ("Mädchen",),
        "Sport & Bewegung",
        ("selbstbehauptung_maedchen",),
        (),
        "Männer",
    ),
    (
        "Frau möchte schwimmen lernen, aber nur unter Frauen",
        "Frau H. aus Afghanistan hat nie schwimmen gelernt und möchte es gern, geht aber nicht in ein Bad, in dem Männer sind.",
        ("Frauen",),
        "Sport & Bewegung",
        ("frauenschwimmen",),
        ("rueckbildungskurs",),
        "Kinder",
    ),
    (
        "Jugendliche wollen tanzen und auftreten",
        "Drei Mädchen und zwei Jungen aus der 8. Klasse üben Choreos aus Videos auf dem Schulhof und suchen jemanden, der mit ihnen trainiert.",
        ("Jugendliche",),
        "Kultur",
        ("hiphop_tanz",),
        ("jugendtheater", "boxtraining"),
        "Senior:innen",
    ),
    (
        "Trans Jugendlicher sucht Gleichgesinnte",
        "L., 16, hat sich in der Klasse als trans geoutet und fühlt sich allein. Sucht einen Ort, an dem er andere queere Jugendliche trifft.",
        ("Jugendliche",),
        "Freizeit",
        ("queerer_jugendtreff",),
        ("jugendtheater",),
        "Senior:innen",
    ),
    (
        "Alleinlebende Seniorin kommt kaum noch aus der Wohnung",
        "Frau W., 84, geht seit dem Winter kaum noch raus, Kinder wohnen weit weg. Sie wünscht sich, dass ab und zu jemand zum Reden vorbeikommt.",
        ("Senior:innen",),
        "Nachbarschaft & Begegnung",
        ("besuchsdienst",),
        ("erzaehlcafe", "demenzcafe"),
        "Jugendliche",
    ),
    (
        "Seniorin ist zweimal gestürzt",
        "Frau F., 76, ist in diesem Jahr zweimal gefallen, seitdem unsicher beim Gehen. Hausarzt rät zu Übungen für Kraft und Gleichgewicht in einer Gruppe.",
        ("Senior:innen",),
        "Gesundheit",
        ("sturzpraevention",),
        ("lauftreff", "boxtraining"),
        "Kinder",
    ),
    (
        "Weiterbewilligungsantrag vom Jobcenter nicht verstanden",
        "Herr O. hat einen Stapel Formulare vom Jobcenter bekommen und Angst, etwas falsch auszufüllen. Die Frist endet in zwei Wochen.",
        (ALL,),
        "Beratung",
        ("antragshilfe",),
        ("digitalsprechstunde", "schuldnerberatung"),
        "Kinder",
    ),
    (
        "Partner trinkt zu viel",
        "Frau E. berichtet, ihr Mann trinke jeden Abend, verliere deswegen fast die Arbeit. Sie möchte wissen, wie sie ihn zu Hilfe bewegen kann und was es für Angebote gibt.",
        (ALL,),
        "Gesundheit",
        ("suchtberatung",),
        ("schuldnerberatung", "erziehungsberatung"),
        "Kinder",
    ),
    (
        "Kinder aus der Unterkunft wollen jonglieren und Akrobatik",
        "Die Kinder aus der Gemeinschaftsunterkunft haben beim Sommerfest Artisten gesehen und wollen das selbst lernen: Jonglieren, Einrad, Pyramiden.",
        ("Kinder",),
        "Freizeit",
        ("kinderzirkus",),
        ("spieleabend",),
        "Senior:innen",
    ),
    (
        "Anwohner:innen ärgern sich über Müll im Park",
        "Im Park an der Ecke liegen Scherben und Kippen. Ein paar Nachbar:innen würden gern selbst aufräumen, wenn jemand Zangen und Säcke organisiert.",
        (ALL,),
        "Umwelt & Klima",
        ("kiezputz",),
        ("stadtteilgarten",),
        "Kinder",
    ),
    (
        "Nachbar möchte gern zusammen mit anderen singen",
        "Herr V. hat früher im Betriebschor gesungen und vermisst das. Kann keine Noten lesen, möchte einfach einmal die Woche mit anderen singen.",
        (ALL,),
        "Kultur",
        ("stadtteilchor",),
        ("spieleabend", "erzaehlcafe"),
        "Kinder",
    ),
    (
        "Übungsleiterin braucht Erste-Hilfe-Nachweis",
        "Frau Z. will im Sportverein Kinder trainieren und muss dafür einen aktuellen Nachweis über Erste Hilfe vorlegen.",
        (ALL,),
        "Gesundheit",
        ("erste_hilfe_kurs",),
        ("kochkurs",),
        "Kinder",
    ),
    (
        "Wohnung renovieren, aber kein Werkzeug",
        "Familie K. muss beim Auszug die Wohnung streichen und Dübellöcher schließen, besitzt aber weder Bohrmaschine noch Leiter.",
        (ALL,),
        "Nachbarschaft & Begegnung",
        ("werkzeugverleih",),
        ("lastenradverleih",),
        "Senior:innen",
    ),
]


# Districts of Leipzig's north-east (near each other) and far ones (several kilometres away).
NEAR = {
    "Volkmarsdorf": (51.3470, 12.4090),
    "Neustadt-Neuschönefeld": (51.3475, 12.3990),
    "Schönefeld-Ost": (51.3600, 12.4250),
    "Anger-Crottendorf": (51.3380, 12.4130),
    "Mockau-Süd": (51.3710, 12.4150),
}
FAR = {
    "Grünau-Mitte": (51.3190, 12.2780),
    "Lößnig": (51.3000, 12.3900),
    "Wahren": (51.3790, 12.3300),
}
# Weekday (0 = Monday), start, end.
SLOTS = [
    (0, "09:30", "11:30"),
    (0, "16:00", "18:00"),
    (1, "10:00", "12:00"),
    (1, "17:00", "19:00"),
    (2, "14:00", "16:00"),
    (2, "18:00", "20:00"),
    (3, "15:00", "17:30"),
    (4, "10:00", "12:30"),
]


class Offers:
    """Offer records with numbered ids, places and times drawn from one seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.count = 0

    def make(self, kind: str, variant: int, **fields: object) -> dict:
        self.count += 1
        topic, groups, variants, _ = KINDS[kind]
        title, description = variants[variant]
        district = self.rng.choice(sorted(NEAR))
        lat, lon = walk(NEAR[district], self.rng.uniform(0, 600), self.rng)
        record = {
            "id": f"q{self.count:04d}",
            "organisation_id": f"qorg{self.count:04d}",
            "title": title,
            "description": description,
            "target_groups": list(groups),
            "topics": [topic] if self.rng.random() < 0.75 else [],
            "languages": ["Deutsch"],
            "weekly_slots": [list(self.rng.choice(SLOTS))],
            "lat": lat,
            "lon": lon,
            "district": district,
            "kind": kind,
        }
        record.update(fields)
        return record

    def overlapping(self, first: dict) -> list[list]:
        """Same weekday, shifted by up to an hour: the times still overlap."""
        day, start, end = first["weekly_slots"][0]
        shift = self.rng.choice([-60, -30, 0, 0, 30, 60])
        return [[day, to_hhmm(to_minutes(start) + shift), to_hhmm(to_minutes(end) + shift)]]

    def beside(self, first: dict, metres: float) -> dict:
        """A short walk from ``first``, same district, overlapping times."""
        lat, lon = walk((first["lat"], first["lon"]), metres, self.rng)
        return {
            "lat": lat,
            "lon": lon,
            "district": first["district"],
            "weekly_slots": self.overlapping(first),
        }

    def far(self) -> dict:
        district = self.rng.choice(sorted(FAR))
        lat, lon = walk(FAR[district], self.rng.uniform(0, 500), self.rng)
        return {"lat": lat, "lon": lon, "district": district}


def for_whom(groups: list[str]) -> str:
    """The sentence an organisation adds to say for whom an offer is."""
    named = [g.replace("Junge ", "junge ") for g in groups if g != ALL]
    if ALL in groups:
        named.append("alle Interessierten" if named else "alle")
    if len(named) > 1:
        return f"Für {', '.join(named[:-1])} und {named[-1]}."
    return f"Für {named[0]}."


def need_row(case: str, label: int, need: dict, offer: dict) -> dict:
    return {"type": "need", "case": case, "label": label, "need": need, "offer": offer}


def build(seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    offers = Offers(rng)
    rows: list[dict] = []

    def pair(case: str, label: int, first: dict, second: dict) -> None:
        rows.append({"type": "offers", "case": case, "label": label, "a": first, "b": second})

    # The same kind in other words, nearby at overlapping times: parallel. Every kind once
    # with a synonym that shares no stem, two thirds of them once more with a paraphrase.
    for kind in sorted(KINDS):
        variants, synonyms = KINDS[kind][2], KINDS[kind][3]
        base = rng.choice([x for x in range(len(variants)) if x not in synonyms])
        first = offers.make(kind, base)
        second = offers.make(
            kind, rng.choice(synonyms), **offers.beside(first, rng.uniform(0, 700))
        )
        pair("held-out 2 synonym without shared stem", 1, first, second)
    for kind in rng.sample(sorted(KINDS), 24):
        first = offers.make(kind, 0)
        second = offers.make(kind, 1, **offers.beside(first, rng.uniform(0, 700)))
        pair("held-out 2 paraphrase", 1, first, second)

    # Look-alike kinds with the same place, people and time: not parallel.
    for kind_a, kind_b in LOOK_ALIKES:
        variants_a = range(len(KINDS[kind_a][2]))
        variants_b = range(len(KINDS[kind_b][2]))
        for x, y in rng.sample(list(itertools.product(variants_a, variants_b)), 2):
            first = offers.make(kind_a, x)
            second = offers.make(
                kind_b,
                y,
                target_groups=first["target_groups"],
                **offers.beside(first, rng.uniform(0, 300)),
            )
            pair("held-out 2 look-alike kinds", 0, first, second)

    # The same kind for other people; the description says for whom, as organisations write it.
    cases = {
        "broad": ("held-out 2 broad group only", 0),
        "none": ("held-out 2 other people", 0),
        "specific": ("held-out 2 specific group shared", 1),
    }
    for kind, groups_a, groups_b, relation in GROUP_PAIRS:
        x, y = rng.sample(range(len(KINDS[kind][2])), 2)
        first = offers.make(kind, x, target_groups=list(groups_a))
        second = offers.make(
            kind, y, target_groups=list(groups_b), **offers.beside(first, rng.uniform(0, 500))
        )
        for offer in (first, second):
            offer["description"] += " " + for_whom(offer["target_groups"])
        pair(*cases[relation], first, second)

    # The same kind far apart, or at times that do not meet: not parallel.
    for kind in rng.sample(sorted(KINDS), 12):
        x, y = rng.sample(range(len(KINDS[kind][2])), 2)
        first = offers.make(kind, x)
        place = offers.far()
        place["weekly_slots"] = offers.overlapping(first)
        pair("held-out 2 far apart", 0, first, offers.make(kind, y, **place))
    for number, kind in enumerate(rng.sample(sorted(KINDS), 12)):
        x, y = rng.sample(range(len(KINDS[kind][2])), 2)
        first = offers.make(kind, x, weekly_slots=[[number % 5, "09:00", "11:00"]])
        place = offers.beside(first, rng.uniform(0, 400))
        if number % 2:  # same day, in the evening
            place["weekly_slots"] = [[number % 5, "17:30", "19:30"]]
        else:  # another day
            place["weekly_slots"] = [[(number + 2) % 5, "09:00", "11:00"]]
        pair("held-out 2 other time", 0, first, offers.make(kind, y, **place))

    # Needs: met by their kind, not by a kind that looks related, not by the kind for other people.
    for number, (title, description, groups, topic, meets, related, other) in enumerate(NEEDS, 1):
        district = rng.choice(sorted(NEAR))
        lat, lon = walk(NEAR[district], rng.uniform(0, 400), rng)
        need = {
            "id": f"qn{number:03d}",
            "title": title,
            "description": description,
            "target_groups": list(groups),
            "topics": [topic],
            "district": district,
            "lat": lat,
            "lon": lon,
        }

        def nearby(kind: str, variant: int | None, groups: list[str], need: dict = need) -> dict:
            if variant is None:
                variant = rng.randrange(len(KINDS[kind][2]))
            o_lat, o_lon = walk((need["lat"], need["lon"]), rng.uniform(0, 800), rng)
            return offers.make(
                kind,
                variant,
                lat=o_lat,
                lon=o_lon,
                district=need["district"],
                target_groups=groups,
            )

        for kind in meets:
            for variant in rng.sample(range(len(KINDS[kind][2])), 3):
                offer = nearby(kind, variant, list(groups))
                rows.append(need_row("held-out 2 meets the need", 1, need, offer))
        for kind in related:
            offer = nearby(kind, None, list(groups))
            rows.append(need_row("held-out 2 look-alike kinds (need)", 0, need, offer))
        offer = nearby(meets[0], None, [other])
        offer["description"] += " " + for_whom([other])
        rows.append(need_row("held-out 2 other target group", 0, need, offer))
    return rows


def main() -> None:
    run_builder(build, OUTPUT, SEED, __doc__)


if __name__ == "__main__":
    main()
