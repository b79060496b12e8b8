"""Build ``heldout4_pairs.jsonl``: the fourth held-out part of the synergy engine's labelled set.

Its place and time helpers and the pair scaffolding now live in ``heldout_common.py``,
shared by the builders.

The fourth unseen set, written after the third held-out part (``heldout3_pairs.jsonl``) had
been evaluated once and so became spent. It was written by someone who did not tune the engine
and did not open the engine, its lexicon or its kind list, nor the tuning files and earlier
pair files (``offer_kinds.py``, ``pattern_pairs.py``, ``build_eval_set.py``,
``build_heldout.py``, ``build_heldout2.py`` and the ``.jsonl`` files). Only the record format,
the case scheme and the place and time helpers (district coordinates, weekly slots, walking
offsets) were taken from ``build_heldout3.py`` and ``eval_quality.py``; its offer texts and
kinds were not reused. No figure of any engine was looked at while writing it.

It must not be used for tuning. Evaluate it once, after the last change to the engine and its
lexicon in a round, report the figures and change nothing because of them:

    .venv/bin/python bench/eval_quality.py --heldout bench/data/heldout4_pairs.jsonl

36 kinds of neighbourhood and social work, none of them a kind of the earlier parts: Paarberatung,
Verbraucherberatung, Ernährungsberatung, Teilhabeberatung (EUTB), Gründungsberatung für
Zugewanderte, Arbeitsrechtsberatung, medizinische Sprechstunde ohne Krankenversicherung,
ambulanter Hospizdienst, Schulwegbegleitung, begleiteter Umgang, Alleinerziehendentreff,
inklusiver Freizeittreff, Stricktreff, Selbsthilfegruppe Diabetes, Alphabetisierung für
Erwachsene, Gebärdensprachkurs, Babysitterkurs, Geburtsvorbereitung, Töpferkurs, Musikgarten,
Spielzeugverleih, Geschirrverleih, Saatgutbörse, Ehrenamtsbörse, Bürgerbeteiligung,
Nachbarschaftsmediation, Streitschlichter-Ausbildung, Parkour, Klettern, Tischtennis, Basketball,
Imkerei, Baumpatenschaft, Stadtteilführung, Filmabend, Lesekreis. Each is written four ways, as
organisations title and describe it: two that keep the kind's word stem ("Saatgutbörse" /
"Saatgut-Tauschbörse") and two that name it with other words, loanwords, the words of a parish,
a self-organisation or a youth office, nearly half of them in plain language ("Ludothek",
"Freerunning", "Mit den Händen reden").

Look-alike groups share a compound head or a field: ...beratung, ...begleitung, ...treff,
...kurs, ...verleih, ...börse, ...werkstatt, ...sprechstunde, Stadtteil..., street and hall sports.

Offer pairs (``"type": "offers"``) are parallel (label 1) when both are the same kind of thing,
for the same people, in the same area, at overlapping times. 168 offer pairs, ``case`` after the
prefix ``held-out 4 ``:

* parallel (70): ``synonym without shared stem`` 36 (every kind once), ``paraphrase`` 24,
  ``specific group shared`` 10 (a specific group in common, one offer also names a broad one);
* not parallel (98): ``look-alike kinds`` 54 (27 pairs of different kinds with the same compound
  head or a similar name, two wordings each, same place, people and time: "Spielzeugverleih" /
  "Geschirrverleih", "Hospizbegleitung" / "Umgangsbegleitung", "Saatgutbörse" /
  "Ehrenamtsbörse", "Parkour" / "Klettern"), ``broad group only`` 15 (the same kind for people
  who share only "Migrant:innen" or "Nachbarschaft / alle"), ``other people`` 5, ``far apart``
  12 (several kilometres), ``other time`` 12. Apart from what a case changes, both offers agree.

Need pairs (``"type": "need"``) hold a need as a social worker notes it and one offer: 30 needs,
159 need pairs: ``meets the need`` 90 (three offers of the kind that meets it, label 1),
``look-alike kinds (need)`` 39 (one or two offers of a look-alike kind, label 0) and
``other target group`` 30 (the right kind for other people, label 0).

    python bench/data/build_heldout4.py
"""

from __future__ import annotations

from pathlib import Path

from heldout_common import ALL, DISABLED, MIGRANTS, Kind, Need, build_pairs, run_builder

# ruff: noqa: E501  (one offer text per line reads better than wrapped strings)

OUTPUT = Path(__file__).resolve().parent / "heldout4_pairs.jsonl"
SEED = 20270301
CASE_PREFIX = "held-out 4 "
ID_PREFIX = "q"

KINDS: dict[str, Kind] = {
    "paarberatung": Kind(
        "Beratung",
        (ALL,),
        (
            (
                "Paarberatung",
                "Sie streiten sich immer häufiger, reden aneinander vorbei oder denken über eine Trennung nach? In der Paarberatung finden Sie mit einer Beraterin wieder ins Gespräch. Vertraulich, die Kosten richten sich nach dem Einkommen.",
            ),
            (
                "Beratung für Paare",
                "Paare, verheiratet oder nicht, können hier in Ruhe über Konflikte, Eifersucht, Kränkungen und gemeinsame Zukunftspläne sprechen. Eine Paartherapeutin begleitet die Gespräche, auf Wunsch auch auf Englisch.",
            ),
            (
                "Wenn es in der Beziehung kriselt",
                "Die Diakonie bietet Menschen in fester Beziehung Gespräche mit einer erfahrenen Therapeutin an: wieder zuhören lernen, Streit fair austragen, Entscheidungen gemeinsam treffen. Unabhängig von Konfession, Trauschein und Geschlecht.",
            ),
            (
                "Wir streiten nur noch – Hilfe für Verliebte und Verheiratete",
                "Sie streiten oft mit Ihrem Partner oder Ihrer Partnerin? Sie wollen aber zusammen bleiben? Dann kommen Sie zu zweit zu uns. Wir reden mit Ihnen beiden. Wir hören gut zu. Das kostet nichts.",
            ),
        ),
    ),
    "verbraucherberatung": Kind(
        "Beratung",
        (ALL,),
        (
            (
                "Verbraucherberatung vor Ort",
                "Ärger mit dem Handyvertrag, einer Abo-Falle oder dem Energieanbieter? Die Verbraucherberatung prüft Verträge und Rechnungen und hilft beim Widerruf. Kleiner Eigenbeitrag, mit Leipzig-Pass kostenlos.",
            ),
            (
                "Sprechstunde der Verbraucherzentrale",
                "Die Verbraucherzentrale berät im Stadtteil zu untergeschobenen Verträgen, Inkasso-Schreiben, Reklamationen und Ihren Rechten beim Online-Kauf. Bitte bringen Sie alle Unterlagen mit.",
            ),
            (
                "Abzocke, Abofalle, Kleingedrucktes – Hilfe bei Ärger mit Firmen",
                "Ein Vertrag am Telefon aufgeschwatzt, eine Rechnung für etwas, das Sie nie bestellt haben, ein Mahnbrief vom Inkassobüro? Wir prüfen Ihre Papiere, schreiben den Widerspruch und sagen Ihnen, ob Sie zahlen müssen.",
            ),
            (
                "Ich habe einen Vertrag, den ich nicht will",
                "Jemand hat Sie angerufen. Jetzt kommt jeden Monat eine Rechnung. Das wollten Sie nicht? Bringen Sie den Brief mit. Wir schauen ihn an. Wir sagen Ihnen, was Sie machen können.",
            ),
        ),
    ),
    "ernaehrungsberatung": Kind(
        "Ernährung",
        (ALL,),
        (
            (
                "Ernährungsberatung",
                "Eine Ökotrophologin berät zu gesunder Ernährung im Alltag: bei Übergewicht, hohem Blutdruck, Unverträglichkeiten oder wenn das Geld knapp ist. Einzelgespräche, teilweise von der Krankenkasse bezahlt.",
            ),
            (
                "Ernährungssprechstunde",
                "Was esse ich bei Diabetes, Gicht oder Reizdarm? Unsere Diätassistentin beantwortet Ihre Fragen zur Ernährung, schaut sich Ihren Speiseplan an und gibt Tipps, die in den Alltag passen.",
            ),
            (
                "Was kommt auf den Teller? Essen, das satt und fit macht",
                "Eine Fachfrau für Diätetik geht mit Ihnen Ihren Speiseplan durch: weniger Zucker, mehr Gemüse, günstig einkaufen und trotzdem lecker kochen. Einzeltermine und kleine Runden, kostenfrei.",
            ),
            (
                "Gesund essen – einfach erklärt",
                "Was ist gesund? Was macht dick? Eine Expertin erklärt es Ihnen. Sie bekommen Tipps für den Einkauf. Sie können alle Fragen stellen. Es kostet nichts.",
            ),
        ),
    ),
    "teilhabeberatung": Kind(
        "Beratung",
        (DISABLED,),
        (
            (
                "Ergänzende unabhängige Teilhabeberatung (EUTB)",
                "Beratung für Menschen mit Behinderung und ihre Angehörigen: Persönliches Budget, Assistenz, Eingliederungshilfe, Schwerbehindertenausweis. Unsere Berater:innen leben selbst mit einer Behinderung.",
            ),
            (
                "Teilhabeberatung von Betroffenen für Betroffene",
                "Wir helfen beim Antrag auf Assistenz, Hilfsmittel oder einen Platz in einer Werkstatt und erklären, welche Leistungen Ihnen zustehen. Barrierefreie Räume, Gebärdensprachdolmetschung auf Anfrage.",
            ),
            (
                "Ich habe eine Behinderung. Welche Hilfe bekomme ich?",
                "Sie brauchen Hilfe im Alltag? Sie wollen arbeiten oder allein wohnen? Wir erklären Ihnen, welche Hilfe es gibt. Und wie Sie die Hilfe bekommen. Wir sprechen langsam und einfach.",
            ),
            (
                "Peer Counseling: selbstbestimmt leben mit Handicap",
                "Bei uns sprechen Sie mit Menschen, die selbst im Rollstuhl sitzen, blind oder gehörlos sind. Wir kennen die Ämter und Anträge und unterstützen Sie dabei, Ihre Ansprüche auf Assistenz und Hilfsmittel durchzusetzen.",
            ),
        ),
    ),
    "gruendungsberatung": Kind(
        "Arbeit & Ausbildung",
        (MIGRANTS,),
        (
            (
                "Gründungsberatung",
                "Sie möchten sich selbstständig machen, zum Beispiel mit einem Kiosk, einem Friseursalon oder als Übersetzerin? Wir beraten zu Businessplan, Gewerbeanmeldung, Steuern und Fördermitteln, auch wenn Ihr Abschluss aus dem Ausland stammt.",
            ),
            (
                "Existenzgründung mit Zuwanderungsgeschichte",
                "Vom ersten Einfall bis zur Eröffnung: Gründerinnen und Gründer mit Migrationsgeschichte erhalten Beratung zu Rechtsform, Finanzierung, Aufenthaltsrecht und Buchhaltung. Auf Deutsch, Arabisch und Türkisch.",
            ),
            (
                "Vom Traum zum eigenen Laden: Start-up-Coaching",
                "Sie wollen einen Laden, ein Café oder einen Handwerksbetrieb eröffnen? Unsere Coaches erklären Schritt für Schritt Businessplan, Gewerbeschein, Finanzamt und Kredite. Kostenfrei und vertraulich.",
            ),
            (
                "Selbstständig werden in Deutschland",
                "Der Verein afrikanischer Unternehmer:innen unterstützt Landsleute und alle anderen, die sich mit einer eigenen Firma etwas aufbauen wollen: Gewerbe anmelden, Steuernummer, Versicherungen, Kontakte zu Banken.",
            ),
        ),
    ),
    "arbeitsrechtsberatung": Kind(
        "Arbeit & Ausbildung",
        (MIGRANTS,),
        (
            (
                "Arbeitsrechtsberatung – mehrsprachig",
                "Lohn nicht bezahlt, Kündigung ohne Grund, keine Lohnabrechnung? Wir beraten Beschäftigte aus der EU und aus Drittstaaten zu ihren Rechten am Arbeitsplatz, auf Polnisch, Rumänisch, Bulgarisch und Deutsch.",
            ),
            (
                "Beratung zum Arbeitsrecht",
                "Kostenlose Rechtsauskunft bei Problemen mit dem Arbeitgeber: Arbeitsvertrag, Überstunden, Mindestlohn, Urlaub, Krankheit. Unterlagen wie Vertrag und Lohnzettel bitte mitbringen.",
            ),
            (
                "Faire Jobs: wenn der Lohn fehlt",
                "Zu wenig Geld, unbezahlte Überstunden, kein Vertrag oder plötzlich vor die Tür gesetzt? Wir kennen Ihre Ansprüche gegenüber der Firma und helfen Ihnen, das Geld einzufordern, auch wenn Sie noch wenig Deutsch sprechen.",
            ),
            (
                "Ihr Chef zahlt nicht? Wir helfen",
                "Sie haben viele Stunden in einer Firma gemacht. Aber Sie bekommen kein Geld? Oder zu wenig Geld? Oder Sie sollen plötzlich gehen? Kommen Sie zu uns. Wir sagen Ihnen, was Sie tun können. Wir sprechen auch Rumänisch und Polnisch.",
            ),
        ),
    ),
    "medizin_ohne_versicherung": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Medizinische Sprechstunde für Menschen ohne Krankenversicherung",
                "Sie sind nicht versichert oder Ihr Versicherungsschutz ist unklar? Ehrenamtliche Ärztinnen und Ärzte untersuchen und behandeln Sie anonym und kostenlos, vermitteln an Fachpraxen und suchen mit Ihnen einen Weg zurück in die Versicherung.",
            ),
            (
                "Medizinische Hilfe ohne Krankenversicherung",
                "Anonyme Behandlung bei Krankheit, Verletzungen oder Schmerzen, auch ohne Papiere. Unser Team aus Medizin und Sozialarbeit klärt außerdem, ob Ihnen eine Krankenkasse zusteht.",
            ),
            (
                "Zum Arzt, auch ohne Karte",
                "Keine Gesundheitskarte, kein Aufenthaltstitel, keine Kasse? Bei uns werden Sie trotzdem untersucht: anonym, kostenfrei, mit Sprachmittlung. Dazu gibt es ein Netz von Praxen, die mitmachen.",
            ),
            (
                "Schmerzen, aber keine Gesundheitskarte? Kommen Sie zu uns",
                "Es tut Ihnen etwas weh? Sie haben keine Karte für die Praxis? Kommen Sie trotzdem. Eine Ärztin schaut Sie an. Wir fragen nicht nach Papieren. Es kostet nichts.",
            ),
        ),
    ),
    "hospizdienst": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Ambulanter Hospizdienst",
                "Ehrenamtliche Hospizbegleiter:innen sind für schwerkranke und sterbende Menschen und ihre Angehörigen da, zu Hause, im Pflegeheim oder im Krankenhaus. Sie hören zu, lesen vor, sitzen am Bett und entlasten die Familie.",
            ),
            (
                "Hospizbegleitung zu Hause",
                "Wenn ein Mensch nicht mehr lange zu leben hat, begleiten wir ihn und seine Familie in dieser Zeit: mit Gesprächen, Zeit und Ruhe und mit Hinweisen zu Schmerzlinderung und Patientenverfügung. Kostenlos, unabhängig von der Religion.",
            ),
            (
                "Da sein, wenn ein Leben zu Ende geht",
                "Geschulte Ehrenamtliche unserer Pfarrei besuchen Schwerstkranke, Sterbende und ihre Angehörigen, halten Wache, beten auf Wunsch und geben Halt in der letzten Zeit. Ausgebildet in Palliative Care.",
            ),
            (
                "Jemand aus Ihrer Familie wird bald sterben?",
                "Das ist eine schwere Zeit. Sie müssen nicht allein sein. Wir kommen zu Ihnen. Wir bleiben bei dem kranken Menschen. Wir hören Ihnen zu. Das kostet kein Geld.",
            ),
        ),
    ),
    "schulwegbegleitung": Kind(
        "Familie & Kinderschutz",
        ("Kinder",),
        (
            (
                "Schulwegbegleitung für Erstklässler",
                "Ehrenamtliche begleiten Kinder der ersten und zweiten Klasse auf ihrem Weg zur Grundschule und zurück, bis sie die gefährlichen Kreuzungen allein schaffen. Treffpunkt an festen Punkten im Viertel.",
            ),
            (
                "Begleiteter Schulweg",
                "Gemeinsam sicher zur Schule: Eltern und Nachbar:innen bringen jeden Morgen eine Gruppe Kinder zu Fuß zur Schule und holen sie mittags wieder ab. Wer mitgeht, bekommt Warnweste und Plan.",
            ),
            (
                "Laufbus: gemeinsam zu Fuß zum Unterricht",
                "Wie ein Bus, nur ohne Motor: die Kinder steigen an festen Haltestellen zu und gehen in der Gruppe mit zwei Erwachsenen los. Sicher über die Straße, bewegt und wach in die erste Stunde.",
            ),
            (
                "Nicht allein über die große Straße",
                "Ihr Kind ist neu in Klasse 1? Der Weg ist weit? Ein Erwachsener geht mit den Kindern mit. Jeden Morgen. Die Kinder lernen dabei, wo es sicher ist.",
            ),
        ),
    ),
    "begleiteter_umgang": Kind(
        "Familie & Kinderschutz",
        ("Familien",),
        (
            (
                "Begleiteter Umgang",
                "Wenn ein Kind nach der Trennung seinen Vater oder seine Mutter nur unter Aufsicht sehen darf, finden die Treffen bei uns statt: in einem geschützten Spielzimmer, mit einer Fachkraft, auf Anordnung des Familiengerichts oder des Jugendamts.",
            ),
            (
                "Umgangsbegleitung nach Trennung",
                "Fachkräfte begleiten die Treffen zwischen Kind und getrennt lebendem Elternteil, vermitteln zwischen den Eltern und helfen, dass Kontakte später wieder ohne Begleitung gelingen.",
            ),
            (
                "Betreute Besuchskontakte zwischen Kind und Elternteil",
                "Manchmal dürfen Mütter oder Väter ihr Kind nur sehen, wenn jemand vom Fach dabei ist. Unsere Sozialpädagoginnen gestalten diese Besuche im Familienzentrum so, dass das Kind sich sicher fühlt.",
            ),
            (
                "Papa oder Mama sehen – mit Aufsicht",
                "Ihr Kind lebt bei Ihnen. Der andere Elternteil darf es nur mit Aufsicht sehen. Das Gericht hat das so gesagt. Bei uns ist ein Raum zum Spielen. Eine Fachfrau ist dabei.",
            ),
        ),
    ),
    "alleinerziehendentreff": Kind(
        "Familie & Kinderschutz",
        ("Eltern",),
        (
            (
                "Alleinerziehendentreff",
                "Einmal die Woche treffen sich Mütter und Väter, die ihre Kinder allein großziehen: Kaffee, Austausch, Tipps zu Unterhalt und Betreuung. Die Kinder werden nebenan betreut.",
            ),
            (
                "Treff für Alleinerziehende",
                "Alleinerziehend und oft am Limit? Hier können Sie durchatmen, andere in der gleichen Lage kennenlernen und sich gegenseitig unterstützen, etwa beim Abholen aus der Kita. Kinderbetreuung inklusive.",
            ),
            (
                "Solo-Eltern-Runde",
                "Ohne Partner:in den Familienalltag stemmen? In unserer Runde ist Platz für Gespräche, Frühstück und gegenseitige Hilfe. Wer mag, bringt die Kinder mit, eine Fachkraft spielt mit ihnen.",
            ),
            (
                "Sie kümmern sich ohne Partner um Ihre Kinder?",
                "Dann kommen Sie zu uns. Hier sind andere Eltern in der gleichen Lage. Wir trinken Kaffee und reden. Ihre Kinder können mitkommen und spielen.",
            ),
        ),
    ),
    "inklusiver_freizeittreff": Kind(
        "Freizeit",
        (DISABLED,),
        (
            (
                "Inklusiver Freizeittreff",
                "Ein Abend in der Woche für Erwachsene mit und ohne Behinderung: Spiele, Musik, Ausflüge in die Stadt, gemeinsam kochen. Assistenz ist da, der Raum ist rollstuhlgerecht.",
            ),
            (
                "Freizeittreff für Menschen mit und ohne Behinderung",
                "Unser inklusiver Treff lädt zum Bowling, Grillen und Quatschen ein. Wer Unterstützung braucht, bekommt sie von unseren Freizeitassistent:innen. Fahrdienst auf Anfrage.",
            ),
            (
                "Gemeinsam was erleben – Club für alle",
                "Sie möchten am Wochenende raus? Sie wollen neue Leute kennenlernen? Bei uns gibt es Spiele, Musik und Ausflüge. Mit dem Rollstuhl kommen Sie gut rein. Betreuer helfen mit.",
            ),
            (
                "Offener Club der Lebenshilfe: Bowling, Disco und Ausflüge",
                "Ob mit Lernschwierigkeiten, mit Rollstuhl oder ohne Einschränkung: jede Woche ist Clubabend mit Disco, Karaoke und gemeinsamen Unternehmungen. Begleitung durch pädagogische Fachkräfte.",
            ),
        ),
    ),
    "stricktreff": Kind(
        "Freizeit",
        (ALL,),
        (
            (
                "Stricktreff",
                "Stricken, häkeln, plaudern: wer Wolle und Nadeln hat, bringt sie mit, wer nicht, bekommt welche von uns. Neulinge lernen die Grundmaschen, Erfahrene geben Muster weiter.",
            ),
            (
                "Strick- und Häkelrunde",
                "Gemütliche Runde bei Tee und Keksen: gemeinsam stricken wir Socken, Mützen und Decken, auch für die Wärmestube. Hilfe bei verlorenen Maschen inklusive.",
            ),
            (
                "Wolle, Maschen, Muster: Handarbeitscafé",
                "Bei Kaffee entstehen Pullover, Schals und Socken. Wer etwas nicht kann, fragt einfach die Sitznachbarin. Garn und Nadeln liegen bereit.",
            ),
            (
                "Handarbeit mit Wolle – gemeinsam statt allein",
                "Nachbar:innen aus der Ukraine, aus Russland und aus Leipzig sitzen zusammen beim Nadelklappern: Socken, Mützen, Babydecken für die Geburtsstation. Wir sprechen Deutsch und Russisch, Neue sind willkommen.",
            ),
        ),
    ),
    "diabetes_selbsthilfe": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Selbsthilfegruppe Diabetes",
                "Menschen mit Diabetes Typ 1 und Typ 2 und ihre Angehörigen tauschen sich aus: Alltag mit Insulin, Messgeräte, Umgang mit Unterzuckerung, Tipps fürs Arztgespräch. Einmal im Monat kommt eine Diabetesberaterin dazu.",
            ),
            (
                "Diabetes-Selbsthilfe",
                "Betroffene helfen Betroffenen: in der Gruppe reden wir offen über die Krankheit, Ängste, Folgeschäden und gute Tage. Neue sind jederzeit willkommen, auch kurz nach der Diagnose.",
            ),
            (
                "Gesprächskreis Zucker",
                "Im Kreis von anderen mit derselben Stoffwechselkrankheit erzählen Sie, was hilft und was schwerfällt: Spritzen, Messen, Essen, Sport. Vertraulich, ohne Anmeldung.",
            ),
            (
                "Sie haben Zucker? Reden Sie mit anderen darüber",
                "Der Arzt sagt: Sie haben zu viel Zucker im Blut. Das ist neu für Sie? Bei uns treffen sich Leute mit der gleichen Krankheit. Wir erzählen und helfen uns. Sie sind nicht allein.",
            ),
        ),
    ),
    "alphabetisierung": Kind(
        "Bildung",
        (ALL,),
        (
            (
                "Alphabetisierungskurs für Erwachsene",
                "Sie sind in Deutschland zur Schule gegangen, aber Lesen und Schreiben fallen Ihnen schwer? In kleinen Gruppen üben Sie mit einer geduldigen Kursleiterin, diskret und in Ihrem Tempo.",
            ),
            (
                "Alphabetisierung und Grundbildung",
                "Lesen, Schreiben und Rechnen für den Alltag: Briefe vom Amt verstehen, Formulare ausfüllen, einen Einkaufszettel schreiben. Kostenlos, anonym, ohne Prüfung.",
            ),
            (
                "Lesen und Schreiben lernen – in Ruhe und ohne Scham",
                "Buchstaben machen Ihnen Mühe? Sie lassen sich Briefe vorlesen? Das geht vielen so. Bei uns lernen Sie es Schritt für Schritt. Niemand erfährt davon.",
            ),
            (
                "Zweite Chance: Texte verstehen, Formulare selbst ausfüllen",
                "Für alle, die die Schule ohne sichere Schriftsprache verlassen haben: ein Lernangebot der Volkshochschule in kleinen Gruppen, mit Lern-App fürs Handy und einer festen Lernbegleiterin.",
            ),
        ),
    ),
    "gebaerdensprache": Kind(
        "Bildung",
        (ALL,),
        (
            (
                "Gebärdensprachkurs für Anfänger:innen",
                "An zehn Terminen lernen Sie die ersten Gebärden der Deutschen Gebärdensprache: sich vorstellen, Zahlen, Familie, Alltag. Der Kurs wird von einer gehörlosen Dozentin geleitet.",
            ),
            (
                "Gebärdensprache – Grundkurs",
                "Für Angehörige, Nachbarn, Fachkräfte und alle Neugierigen: Grundkurs DGS mit vielen Übungen zu Mimik, Handform und Fingeralphabet.",
            ),
            (
                "Mit den Händen reden – für Hörende",
                "Eine gehörlose Lehrerin zeigt Hörenden, wie man sich mit Handzeichen, Mimik und Fingeralphabet verständigt. Zehn Termine, keine Vorkenntnisse nötig.",
            ),
            (
                "Handzeichen lernen, um mit gehörlosen Menschen zu reden",
                "Manche Menschen hören nichts. Sie reden mit den Händen. Das können Sie auch lernen. Wir üben zusammen. Es macht Spaß.",
            ),
        ),
    ),
    "babysitterkurs": Kind(
        "Bildung",
        ("Jugendliche",),
        (
            (
                "Babysitterkurs",
                "An drei Nachmittagen lernen Jugendliche ab 14, wie man Babys und Kleinkinder sicher betreut: Wickeln, Füttern, Spiele, Erste Hilfe am Kind. Mit Zertifikat für unsere Babysitterkartei.",
            ),
            (
                "Babysitter-Führerschein",
                "Du willst auf Kinder aufpassen und dir etwas dazuverdienen? Im Babysitter-Führerschein lernst du alles Wichtige, vom Fläschchen bis zum Notruf. Am Ende gibt es ein Zertifikat.",
            ),
            (
                "Fit fürs Kinderhüten",
                "Wie wickelt man, was tun bei Fieber, wie bringt man ein Kleinkind ins Bett? Eine Kinderkrankenschwester zeigt es an drei Terminen. Danach kommen Sie auf unsere Liste für Familien, die jemanden zum Aufpassen suchen.",
            ),
            (
                "Auf kleine Kinder aufpassen lernen",
                "Du bist 14 oder älter? Du möchtest auf Kinder aufpassen und Geld verdienen? Wir zeigen dir, was wichtig ist. Zum Beispiel: Windeln wechseln. Und was du tust, wenn ein Kind sich weh tut.",
            ),
        ),
    ),
    "geburtsvorbereitung": Kind(
        "Gesundheit",
        ("Eltern",),
        (
            (
                "Geburtsvorbereitungskurs",
                "Unsere Hebamme bereitet werdende Eltern auf die Geburt vor: Atmung, Wehen, Gebärhaltungen, Kreißsaal und die ersten Tage mit dem Baby. Sechs Abende, die Kosten übernimmt die Krankenkasse.",
            ),
            (
                "Geburtsvorbereitung für Paare",
                "Gemeinsam auf die Geburt vorbereiten: Entspannung, Atemtechniken, Massage bei Wehen und was Partner:innen im Kreißsaal tun können. Kursleitung durch eine erfahrene Hebamme.",
            ),
            (
                "Bald kommt Ihr Baby. Was passiert im Krankenhaus?",
                "Sie bekommen bald ein Baby? Sie haben Fragen? Eine Hebamme erklärt Ihnen alles. Wie atmen Sie, wenn es weh tut? Was passiert im Krankenhaus? Sie können jemanden mitbringen. Die Krankenkasse bezahlt.",
            ),
            (
                "Entbindung in Deutschland: Infoabende für Schwangere",
                "Was passiert im Kreißsaal, welche Papiere braucht das Krankenhaus, wie läuft das Wochenbett? Eine Hebamme und eine Sprachmittlerin beantworten Fragen rund um die Entbindung, auf Arabisch, Dari und Tigrinya.",
            ),
        ),
    ),
    "toepfern": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Töpferkurs",
                "An der Drehscheibe und mit der Hand entstehen Schalen, Becher und kleine Figuren aus Ton. Glasur und Brand übernehmen wir, das Material ist im Preis enthalten.",
            ),
            (
                "Offene Töpferwerkstatt",
                "In der Töpferwerkstatt formt, dreht und glasiert jede und jeder eigene Stücke, eine Keramikerin hilft weiter. Ton gibt es vor Ort gegen einen kleinen Beitrag.",
            ),
            (
                "Keramik-Atelier: Schalen und Becher selbst gemacht",
                "Mit den Händen im Ton: eine Keramikerin zeigt Aufbautechniken, das Drehen an der Scheibe und das Glasieren. Ihre Stücke werden im Ofen gebrannt und sind danach spülmaschinenfest.",
            ),
            (
                "Wir machen Tassen und Schüsseln aus Ton",
                "Ton ist weiche Erde. Daraus machen wir Tassen, Teller und Figuren. Sie brauchen nichts mitzubringen. Sie machen sich vielleicht schmutzig. Das ist nicht schlimm.",
            ),
        ),
    ),
    "musikgarten": Kind(
        "Kultur",
        ("Kinder",),
        (
            (
                "Musikgarten für Kleinkinder",
                "Singen, Tanzen, Rasseln und Trommeln für Kinder zwischen zwei und fünf Jahren mit einer Begleitperson. Im Musikgarten entdecken die Kinder Rhythmus und Klänge spielerisch.",
            ),
            (
                "Musikalische Früherziehung",
                "Kinder zwischen zwei und fünf lernen spielerisch Rhythmus, Lieder und erste Instrumente wie Glockenspiel und Xylophon kennen. In Zusammenarbeit mit der Musikschule.",
            ),
            (
                "Singen, Klatschen, Trommeln mit den Jüngsten",
                "Lieder, Fingerspiele, Rasseln und Klanghölzer: Zwei- bis Fünfjährige erleben mit einer Begleitperson Rhythmus und Töne, ganz ohne Noten.",
            ),
            (
                "Kinder-Singkreis im Gemeindehaus",
                "Wir singen. Wir klatschen. Wir spielen auf Trommeln und Rasseln. Die Kinder sind 2 bis 5 Jahre alt. Mama, Papa oder Oma kommen mit. Im Gemeindehaus der Kirche.",
            ),
        ),
    ),
    "spielzeugverleih": Kind(
        "Familie & Kinderschutz",
        ("Familien",),
        (
            (
                "Spielzeugverleih",
                "Puppen, Bausteine, Brettspiele, Laufräder: Familien leihen bei uns Spielzeug für zwei Wochen aus, kostenlos mit Ausweis. So kommt Abwechslung ins Kinderzimmer, ohne dass alles gekauft werden muss.",
            ),
            (
                "Spielzeugbibliothek",
                "Unsere Spielzeugbibliothek hat über 500 Spiele und Spielsachen für Kinder von 0 bis 12 Jahren. Einfach aussuchen, mitnehmen, nach zwei Wochen zurückbringen oder tauschen.",
            ),
            (
                "Ludothek im Familienzentrum",
                "Bauklötze, Puzzles, Kaufladen und Bobbycar zum Mitnehmen: Eltern holen sich, was ihr Kind gerade braucht, und bringen es nach zwei Wochen zurück. Ohne Gebühr.",
            ),
            (
                "Puppen, Autos, Puzzles: mitnehmen und zurückbringen",
                "Ihr Kind möchte etwas Neues? Bei uns gibt es viele Sachen für Kinder. Sie nehmen etwas mit nach Hause. Nach 2 Wochen bringen Sie es zurück. Das kostet nichts.",
            ),
        ),
    ),
    "geschirrverleih": Kind(
        "Umwelt & Klima",
        (ALL,),
        (
            (
                "Geschirrverleih für Feste",
                "Teller, Tassen, Besteck und Gläser für bis zu 150 Personen: Vereine, Hausgemeinschaften und Familien leihen bei uns Mehrweggeschirr für Straßen- und Hoffeste, gegen ein kleines Pfand.",
            ),
            (
                "Geschirrmobil",
                "Unser Geschirrmobil bringt Porzellan, Besteck und eine Spülmaschine zu Ihrem Nachbarschaftsfest. So entsteht kein Müll durch Einwegplastik.",
            ),
            (
                "Teller, Tassen, Besteck für Ihre Feier – Pfand statt Plastik",
                "Sie planen eine Feier im Hof oder auf der Straße? Holen Sie sich Porzellan und Besteck für viele Gäste bei uns ab und bringen Sie es gespült zurück. Gut fürs Klima, kostet nur Pfand.",
            ),
            (
                "Porzellan für viele Gäste – ohne Müll",
                "Sie machen eine Party mit vielen Leuten? Sie brauchen viele Teller und Tassen? Die können Sie bei uns holen. Danach bringen Sie alles sauber zurück. Dann gibt es keinen Müll.",
            ),
        ),
    ),
    "saatgutboerse": Kind(
        "Umwelt & Klima",
        (ALL,),
        (
            (
                "Saatgutbörse",
                "Hobbygärtner:innen tauschen samenfeste Sorten von Tomaten, Bohnen, Kräutern und Blumen. Wer nichts mitbringt, nimmt trotzdem etwas mit. Dazu gibt es Tipps zur Aussaat und zum Samen-Ernten.",
            ),
            (
                "Saatgut-Tauschbörse",
                "Alte und seltene Gemüsesorten erhalten: bringen Sie Ihr selbst gewonnenes Saatgut mit und tauschen Sie es gegen neue Sorten für Balkon, Kleingarten und Gemeinschaftsbeet.",
            ),
            (
                "Samenbibliothek: Körner ausleihen, ernten, zurückgeben",
                "In unserer Samenbibliothek holen Sie sich Tütchen mit Tomaten-, Bohnen- und Blumensamen. Nach der Ernte geben Sie einen Teil der neuen Samen zurück, so wächst die Vielfalt.",
            ),
            (
                "Samen für Ihren Garten – kostenlos",
                "Sie haben einen Garten oder einen Balkon? Sie wollen Tomaten oder Blumen pflanzen? Bei uns bekommen Sie Samen. Sie haben selbst Samen übrig? Bringen Sie sie mit.",
            ),
        ),
    ),
    "ehrenamtsvermittlung": Kind(
        "Nachbarschaft & Begegnung",
        (ALL,),
        (
            (
                "Ehrenamtsbörse",
                "Sie möchten sich engagieren, wissen aber nicht wo? Die Ehrenamtsbörse stellt Ihnen passende Einsätze vor: Vorlesen in der Kita, Besuche im Pflegeheim, Hausaufgabenhilfe, Umweltaktionen.",
            ),
            (
                "Vermittlung von Ehrenämtern",
                "Wir beraten Menschen, die ehrenamtlich helfen möchten, und vermitteln sie an Vereine und Einrichtungen im Stadtteil, passend zu Zeit, Interessen und Erfahrung.",
            ),
            (
                "Freiwilligenagentur: Engagement finden, das zu Ihnen passt",
                "Ob zwei Stunden im Monat oder jede Woche: wir bringen Freiwillige mit Projekten zusammen, die Unterstützung suchen, und stehen Ihnen beim Start zur Seite.",
            ),
            (
                "Sie wollen helfen? Wir finden die passende Aufgabe",
                "Sie haben Zeit? Sie möchten etwas Gutes tun? Viele Vereine suchen Hilfe. Wir erzählen Ihnen, was es gibt. Dann suchen Sie sich etwas aus.",
            ),
        ),
    ),
    "buergerbeteiligung": Kind(
        "Nachbarschaft & Begegnung",
        (ALL,),
        (
            (
                "Bürgerbeteiligung im Stadtteil",
                "Die Stadt plant den Umbau des Parks und der Hauptstraße. Im Stadtteilforum stellen Planer:innen die Entwürfe vor, Anwohnende bringen Wünsche und Kritik ein, und die Ergebnisse gehen an den Stadtrat.",
            ),
            (
                "Beteiligungswerkstatt",
                "In der Beteiligungswerkstatt entwickeln Anwohner:innen gemeinsam Ideen für Spielplatz, Grünflächen und Verkehr und stimmen ab, welche Vorschläge der Stadtbezirksbeirat bekommt.",
            ),
            (
                "Mitreden, mitplanen: Ihre Ideen für das Quartier",
                "Wie soll der Platz vor der Schule künftig aussehen? Wo fehlen Bänke, Bäume, Radwege? Bringen Sie Ihre Vorschläge mit. Wir sammeln, diskutieren und geben alles gebündelt an die Verwaltung weiter.",
            ),
            (
                "Ihre Meinung zählt: Wie soll der Park aussehen?",
                "Der Park wird neu gemacht. Was wünschen Sie sich? Mehr Bänke? Mehr Licht? Kommen Sie vorbei und sagen Sie es uns. Wir geben Ihre Ideen an die Politik weiter.",
            ),
        ),
    ),
    "nachbarschaftsmediation": Kind(
        "Beratung",
        (ALL,),
        (
            (
                "Nachbarschaftsmediation",
                "Streit mit den Nachbarn über Lärm, Gerüche, Müll oder Kinder im Hof? Ausgebildete Mediator:innen bringen beide Seiten an einen Tisch und helfen, eine Lösung zu finden, mit der alle leben können.",
            ),
            (
                "Mediation bei Nachbarschaftsstreit",
                "Vertraulich und neutral: unsere Mediatorinnen und Mediatoren vermitteln bei Konflikten im Haus, bevor es vor Gericht geht. Kostenlos für alle Mieter:innen im Viertel.",
            ),
            (
                "Schlichtung bei Zoff im Haus",
                "Der Bass von oben dröhnt, im Treppenhaus stehen Fahrräder, man grüßt sich nicht mehr? Zwei geschulte Ehrenamtliche hören beiden Parteien zu und suchen mit ihnen einen Kompromiss.",
            ),
            (
                "Ärger mit den Leuten nebenan? Wir reden zusammen",
                "Es ist zu laut? Es gibt Ärger im Haus? Wir laden beide Seiten ein. Jeder darf erzählen. Wir suchen zusammen eine Lösung. Das kostet nichts.",
            ),
        ),
    ),
    "streitschlichter": Kind(
        "Bildung",
        ("Jugendliche",),
        (
            (
                "Streitschlichter-Ausbildung",
                "Schülerinnen und Schüler der Klassen 5 bis 8 lernen, Konflikte unter Mitschüler:innen zu schlichten: zuhören, nachfragen, gemeinsam Lösungen finden. Danach sind sie auf dem Pausenhof als Streitschlichter im Einsatz.",
            ),
            (
                "Streitschlichter-AG",
                "In der Streitschlichter-AG üben Jugendliche, wie man faire Gespräche leitet, wenn sich andere in die Haare kriegen, und erhalten am Ende ein Zertifikat.",
            ),
            (
                "Peer-Mediation: Jugendliche lösen Konflikte selbst",
                "Junge Leute werden darin trainiert, bei Zoff auf dem Schulhof zu vermitteln: beide Seiten anhören, Gefühle benennen, eine Einigung aufschreiben. Ein Projekt der Schulsozialarbeit.",
            ),
            (
                "Wenn andere sich zoffen: helfen, dass sie sich vertragen",
                "Zwei aus deiner Klasse sind sauer aufeinander? Du kannst lernen, ihnen zu helfen. Du hörst beiden zu. Ihr findet zusammen eine Lösung. Das lernst du bei uns.",
            ),
        ),
    ),
    "parkour": Kind(
        "Sport & Bewegung",
        ("Jugendliche",),
        (
            (
                "Parkour-Training",
                "Springen, klettern, balancieren: im Parkour-Training lernen Jugendliche, Hindernisse in der Stadt flüssig und sicher zu überwinden. Mit erfahrenen Trainern, Einsteiger:innen willkommen.",
            ),
            (
                "Parkour für Jugendliche",
                "Wir trainieren in der Halle und draußen auf dem Platz: Präzisionssprünge, Rollen, Mauerläufe. Es geht um Technik und Mut, nicht um Wettkampf.",
            ),
            (
                "Freerunning im Kiez",
                "Mauern, Geländer und Treppen sind unser Spielplatz: mit Sprüngen, Rollen und Wall-Runs bewegst du dich kreativ durch die Stadt. Sicherheit geht vor, wer neu ist, startet in der Halle.",
            ),
            (
                "Über Mauern springen – aber sicher",
                "Du springst gern? Du balancierst gern auf Mauern? Bei uns lernst du, wie das sicher geht. Wir üben draußen und in der Halle. Du brauchst nur Turnschuhe.",
            ),
        ),
    ),
    "klettern": Kind(
        "Sport & Bewegung",
        ("Jugendliche",),
        (
            (
                "Klettergruppe",
                "Einmal pro Woche geht es an die Kletterwand: sichern, Knoten, Routen lesen. Die Ausrüstung wird gestellt, Vorkenntnisse braucht niemand.",
            ),
            (
                "Klettern und Bouldern",
                "In der Boulderhalle klettern wir ohne Seil in Absprunghöhe, an der Wand in der Turnhalle mit Seil und Sicherung. Ein Übungsleiter mit Trainerschein ist immer dabei.",
            ),
            (
                "Hoch hinaus – an der Wand mit Seil und Gurt",
                "Griff für Griff nach oben: mit Gurt, Seil und Helm erleben Sie, wie viel Mut in Ihnen steckt. Zwei Übungsleiter sichern, die Ausrüstung ist kostenlos.",
            ),
            (
                "An einer hohen Wand nach oben steigen",
                "An der Wand sind bunte Griffe. Daran ziehen Sie sich nach oben. Sie tragen einen Gurt. Ein Seil hält Sie fest. Sie können nicht fallen.",
            ),
        ),
    ),
    "tischtennis": Kind(
        "Sport & Bewegung",
        (ALL,),
        (
            (
                "Tischtennis für alle",
                "Zwei Platten, Schläger und Bälle stehen bereit: Neulinge und Geübte spielen zusammen, Doppel und Rundlauf. Keine Vereinsmitgliedschaft nötig.",
            ),
            (
                "Offener Tischtennisabend",
                "Ob Schmetterball oder gemütliches Hin und Her: an vier Tischen wird gespielt, ein Übungsleiter gibt auf Wunsch Tipps zu Aufschlag und Rückhand.",
            ),
            (
                "Ping-Pong an der Platte",
                "Schnappen Sie sich einen Schläger: wir spielen Rundlauf, Einzel und Doppel, ganz ohne Ranglisten. Bälle und Schläger leihen wir Ihnen.",
            ),
            (
                "Kleiner Ball, Schläger, Platte – spielen Sie mit!",
                "Sie spielen gern mit Ball und Schläger? Kommen Sie zu uns. Jeder kann mitmachen. Sie brauchen nur Turnschuhe. Schläger haben wir.",
            ),
        ),
    ),
    "basketball": Kind(
        "Sport & Bewegung",
        ("Jugendliche",),
        (
            (
                "Basketball-Training",
                "Dribbeln, Passen, Werfen: jede Woche Basketball in der Schulturnhalle, mit Trainer und am Ende einem Spiel. Für alle Könnensstufen.",
            ),
            (
                "Offener Basketball",
                "Körbe werfen, drei gegen drei, ohne Anmeldung: wir stellen Bälle und Leibchen, ihr bringt gute Laune mit.",
            ),
            (
                "Streetball am Käfig",
                "Drei gegen drei auf dem Freiplatz: ein Sozialarbeiter der mobilen Jugendarbeit bringt Bälle mit, organisiert kleine Turniere und hat immer Zeit zum Reden.",
            ),
            (
                "Ball in den Korb werfen – jede Woche auf dem Hof",
                "Du spielst gern mit dem Ball? Wir werfen Körbe. Wir spielen in Teams. Du kannst einfach kommen. Du musst nichts bezahlen.",
            ),
        ),
    ),
    "imkerei": Kind(
        "Umwelt & Klima",
        (ALL,),
        (
            (
                "Imkerei zum Mitmachen",
                "Auf dem Dach des Stadtteilzentrums stehen vier Bienenvölker. Wer mag, lernt mit unserem Imker, Waben zu kontrollieren, Honig zu schleudern und die Bienen durch den Winter zu bringen.",
            ),
            (
                "Imker-AG",
                "In der Imker-AG betreuen wir gemeinsam die Bienenstöcke im Gemeinschaftsgarten. Schutzanzug und Werkzeug sind da, der Honig wird geteilt.",
            ),
            (
                "Bienen halten in der Stadt",
                "Wie lebt ein Bienenvolk, wie kommt der Honig ins Glas? Gemeinsam schauen wir in die Kästen, bauen Rähmchen und ernten im Sommer.",
            ),
            (
                "Honig selbst machen mit unseren Bienen",
                "Wir haben Bienen. Sie machen Honig. Sie können mithelfen. Sie bekommen einen Schutzanzug. Dann passiert Ihnen nichts. Am Ende bekommen Sie ein Glas Honig.",
            ),
        ),
    ),
    "baumpaten": Kind(
        "Umwelt & Klima",
        (ALL,),
        (
            (
                "Baumpatenschaft",
                "Junge Straßenbäume leiden unter der Sommerhitze. Als Baumpatin oder Baumpate gießen Sie einen Baum vor Ihrer Haustür regelmäßig und lockern die Baumscheibe. Wir stellen Gießsäcke und Tipps.",
            ),
            (
                "Baumpaten gesucht",
                "Übernehmen Sie die Patenschaft für einen Baum in Ihrer Straße: im Sommer zweimal pro Woche gießen, Müll aus der Baumscheibe sammeln, Schäden melden.",
            ),
            (
                "Gießkannen-Held:innen für unsere Straße",
                "Wenn es wochenlang nicht regnet, vertrocknen die jungen Linden und Ahorne. Schnapp dir eine Kanne, such dir ein Exemplar vor deiner Tür aus und trag es in unsere Karte ein.",
            ),
            (
                "Helfen Sie mit beim Gießen!",
                "Im Sommer ist es sehr heiß. Die jungen Linden an der Straße haben Durst. Bitte geben Sie ihnen Wasser. Eine Kanne bekommen Sie von uns.",
            ),
        ),
    ),
    "stadtteilfuehrung": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Stadtteilführung",
                "Eine Stadtführerin zeigt Ihnen in zwei Stunden alte Fabriken, Kanäle, Wandbilder und versteckte Höfe des Viertels und erzählt Geschichten aus 150 Jahren.",
            ),
            (
                "Historischer Stadtteilrundgang",
                "Auf dem Rundgang erfahren Sie, wie das Viertel vom Arbeiterquartier zum Szenekiez wurde, wo einst Straßenbahndepot und Brauerei standen und wer hier lebte.",
            ),
            (
                "Kiezspaziergang: Geschichte(n) vor der Haustür",
                "Zu Fuß durchs Viertel: ehemalige Fabriken, besetzte Häuser der Neunziger, neue Gärten. Nachbarinnen und Nachbarn erzählen, was sie hier erlebt haben.",
            ),
            (
                "Wir gehen zusammen durch das Viertel",
                "Sie sind neu hier? Sie wollen Ihr Viertel kennenlernen? Wir gehen zusammen spazieren. Wir zeigen Ihnen schöne und alte Orte. Wir erzählen, was hier früher war.",
            ),
        ),
    ),
    "filmabend": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Filmabend",
                "Jede Woche zeigen wir auf großer Leinwand einen Film, danach wird bei Getränken gemeinsam diskutiert. Eintritt frei, Spenden willkommen.",
            ),
            (
                "Filmabend mit Gespräch",
                "Wir schauen jede Woche einen ausgewählten Film, vom Klassiker bis zur Dokumentation, und sprechen danach darüber. Popcorn gibt es gratis.",
            ),
            (
                "Nachbarschaftskino",
                "Leinwand, Beamer, Popcorn: im Saal im Hinterhof läuft jede Woche ein Streifen, ausgesucht vom Publikum. Kostenlos, mit deutschen Untertiteln.",
            ),
            (
                "Kino im Kiez – kostenlos",
                "Wir machen Kino. Das Bild ist auf einer großen Leinwand. Es gibt Popcorn. Sie müssen nichts bezahlen. Danach können wir über die Geschichte reden.",
            ),
        ),
    ),
    "lesekreis": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Lesekreis",
                "Wir lesen jeden Monat ein Buch und sprechen bei Tee darüber: Romane, Krimis, mal ein Sachbuch. Jede und jeder darf Vorschläge machen.",
            ),
            (
                "Offener Lesekreis",
                "Gemeinsam lesen, gemeinsam reden: wir besprechen Romane und Erzählungen, diesmal von Autorinnen aus Osteuropa. Neue Mitglieder sind herzlich willkommen.",
            ),
            (
                "Buchclub: Romane gemeinsam besprechen",
                "Ein Buch, viele Meinungen: alle vier Wochen wählen wir einen Titel aus, jede:r schmökert zu Hause, dann tauschen wir uns bei Kaffee aus. Bücher können ausgeliehen werden.",
            ),
            (
                "Wir reden über Bücher",
                "Sie mögen Bücher? Wir suchen zusammen ein Buch aus. Dann treffen wir uns und reden darüber. Was hat Ihnen gefallen? Was nicht? Es gibt Kaffee und Kuchen.",
            ),
        ),
    ),
}

# Languages of variants that name more than German; all others are German only.
LANGUAGES: dict[tuple[str, int], tuple[str, ...]] = {
    ("paarberatung", 1): ("Deutsch", "Englisch"),
    ("teilhabeberatung", 1): ("Deutsch", "Deutsche Gebärdensprache"),
    ("gruendungsberatung", 1): ("Deutsch", "Arabisch", "Türkisch"),
    ("arbeitsrechtsberatung", 0): ("Deutsch", "Polnisch", "Rumänisch", "Bulgarisch"),
    ("arbeitsrechtsberatung", 3): ("Deutsch", "Rumänisch", "Polnisch"),
    ("medizin_ohne_versicherung", 2): ("Deutsch", "Englisch", "Arabisch"),
    ("stricktreff", 3): ("Deutsch", "Russisch"),
    ("gebaerdensprache", 0): ("Deutsch", "Deutsche Gebärdensprache"),
    ("geburtsvorbereitung", 3): ("Deutsch", "Arabisch", "Dari", "Tigrinya"),
}

# Kinds that share the start or the end of their names, or their field, but are different things:
# (kind of the first offer, kind of the second, target groups of both or None for the first
# kind's groups).
LOOK_ALIKE_KINDS: list[tuple[str, str, tuple[str, ...] | None]] = [
    ("paarberatung", "begleiteter_umgang", ("Eltern",)),
    ("verbraucherberatung", "arbeitsrechtsberatung", None),
    ("gruendungsberatung", "arbeitsrechtsberatung", None),
    ("ernaehrungsberatung", "diabetes_selbsthilfe", None),
    ("teilhabeberatung", "inklusiver_freizeittreff", None),
    ("medizin_ohne_versicherung", "ernaehrungsberatung", None),
    ("hospizdienst", "begleiteter_umgang", ("Familien",)),
    ("schulwegbegleitung", "begleiteter_umgang", None),
    ("alleinerziehendentreff", "paarberatung", None),
    ("stricktreff", "inklusiver_freizeittreff", (DISABLED,)),
    ("stricktreff", "toepfern", None),
    ("alphabetisierung", "gebaerdensprache", None),
    ("alphabetisierung", "lesekreis", None),
    ("babysitterkurs", "geburtsvorbereitung", None),
    ("babysitterkurs", "streitschlichter", None),
    ("musikgarten", "spielzeugverleih", None),
    ("toepfern", "buergerbeteiligung", None),
    ("buergerbeteiligung", "nachbarschaftsmediation", None),
    ("nachbarschaftsmediation", "streitschlichter", ("Jugendliche",)),
    ("spielzeugverleih", "geschirrverleih", None),
    ("saatgutboerse", "ehrenamtsvermittlung", None),
    ("geschirrverleih", "saatgutboerse", None),
    ("parkour", "klettern", None),
    ("tischtennis", "basketball", ("Jugendliche",)),
    ("imkerei", "baumpaten", None),
    ("stadtteilfuehrung", "buergerbeteiligung", None),
    ("filmabend", "lesekreis", None),
]

# The same kind with different target groups: (kind, groups of the first offer, groups of the
# second, how they relate, variant of the first, variant of the second). "broad": only a broad
# group ("Migrant:innen", "Nachbarschaft / alle") in common, not parallel; "none": no group in
# common, not parallel; "specific": a specific group in common, one of them also names a broad
# group, parallel. The variants are ones whose text does not name other people.
GROUP_PAIRS: list[tuple[str, tuple[str, ...], tuple[str, ...], str, int, int]] = [
    ("verbraucherberatung", (ALL, "Senior:innen"), (ALL, "Junge Erwachsene"), "broad", 0, 2),
    ("arbeitsrechtsberatung", (MIGRANTS, "Frauen"), (MIGRANTS, "Junge Erwachsene"), "broad", 1, 2),
    ("gruendungsberatung", (MIGRANTS, "Frauen"), (MIGRANTS, "Männer"), "broad", 0, 2),
    ("medizin_ohne_versicherung", (MIGRANTS, "Kinder"), (MIGRANTS, "Frauen"), "broad", 0, 2),
    ("ernaehrungsberatung", (ALL, "Kinder"), (ALL, "Senior:innen"), "broad", 3, 2),
    ("diabetes_selbsthilfe", (ALL, "Jugendliche"), (ALL, "Senior:innen"), "broad", 1, 2),
    ("stricktreff", (ALL, "Senior:innen"), (ALL, "Jugendliche"), "broad", 0, 2),
    ("toepfern", (ALL, "Kinder"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("lesekreis", (ALL, "Jugendliche"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("filmabend", (ALL, "Kinder"), (ALL, "Senior:innen"), "broad", 1, 2),
    ("tischtennis", (ALL, "Senior:innen"), (ALL, "Kinder"), "broad", 0, 2),
    ("stadtteilfuehrung", (ALL, "Familien"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("alphabetisierung", (ALL, "Senior:innen"), (ALL, "Junge Erwachsene"), "broad", 1, 2),
    ("ehrenamtsvermittlung", (ALL, "Senior:innen"), (ALL, "Jugendliche"), "broad", 1, 2),
    ("hospizdienst", (ALL, "Kinder"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("ernaehrungsberatung", ("Kinder",), ("Senior:innen",), "none", 3, 0),
    ("tischtennis", ("Senior:innen",), ("Jugendliche",), "none", 1, 3),
    ("toepfern", ("Kinder",), ("Senior:innen",), "none", 1, 3),
    ("diabetes_selbsthilfe", ("Jugendliche",), ("Senior:innen",), "none", 0, 3),
    ("klettern", ("Mädchen",), ("Männer",), "none", 0, 2),
    ("verbraucherberatung", (ALL, "Senior:innen"), ("Senior:innen",), "specific", 1, 3),
    ("arbeitsrechtsberatung", (MIGRANTS, "Geflüchtete"), ("Geflüchtete",), "specific", 1, 2),
    ("gruendungsberatung", ("Frauen",), (MIGRANTS, "Frauen"), "specific", 2, 1),
    ("alleinerziehendentreff", ("Eltern", MIGRANTS), ("Eltern",), "specific", 1, 2),
    ("medizin_ohne_versicherung", ("Geflüchtete",), (MIGRANTS, "Geflüchtete"), "specific", 1, 3),
    ("toepfern", (ALL, DISABLED), (DISABLED,), "specific", 0, 3),
    ("klettern", ("Mädchen",), (ALL, "Mädchen"), "specific", 2, 3),
    ("lesekreis", ("Senior:innen",), (ALL, "Senior:innen"), "specific", 1, 3),
    ("stricktreff", ("Frauen",), (MIGRANTS, "Frauen"), "specific", 2, 3),
    ("ehrenamtsvermittlung", (ALL, "Junge Erwachsene"), ("Junge Erwachsene",), "specific", 0, 3),
]


NEEDS: list[Need] = [
    Need(
        "Eltern streiten seit dem zweiten Kind nur noch",
        "Herr und Frau M. haben seit der Geburt ihres zweiten Kindes kaum noch ein gutes Wort füreinander, fast jeder Abend endet im Streit. Beide sagen, sie wollen sich eigentlich nicht trennen, wissen aber nicht mehr, wie sie miteinander reden sollen.",
        ("Familien",),
        "Beratung",
        "paarberatung",
        ("begleiteter_umgang", "alleinerziehendentreff"),
        "Senior:innen",
        2,
    ),
    Need(
        "Rentner zahlt für Zeitschriften, die er nie wollte",
        "Herr D. (79) bekommt seit einem Anruf jeden Monat Rechnungen für ein Zeitschriften-Abo und einen Stromanbieterwechsel, den er nicht wollte. Jetzt droht ein Inkassobüro, und er traut sich nicht, dort anzurufen.",
        ("Senior:innen",),
        "Beratung",
        "verbraucherberatung",
        ("arbeitsrechtsberatung",),
        "Jugendliche",
        3,
    ),
    Need(
        "Sohn hat stark zugenommen, Kinderarzt besorgt",
        "Familie B. isst viel Fertiggerichte und trinkt süße Limo, der neunjährige Sohn ist deutlich zu schwer. Der Kinderarzt sagt, die ganze Familie müsse anders kochen und einkaufen; die Mutter weiß nicht, wie das mit wenig Geld gehen soll.",
        ("Familien",),
        "Ernährung",
        "ernaehrungsberatung",
        ("diabetes_selbsthilfe", "medizin_ohne_versicherung"),
        "Senior:innen",
        2,
    ),
    Need(
        "Fast blinde Frau weiß nicht, was ihr zusteht",
        "Frau P. (41) sieht kaum noch etwas und hat gerade ihre Stelle verloren. Sie fragt, ob ihr eine Assistenz oder Hilfsmittel bezahlt werden und bei welchem Amt sie was beantragen muss; die Formulare kann sie selbst nicht lesen.",
        (DISABLED,),
        "Beratung",
        "teilhabeberatung",
        ("inklusiver_freizeittreff",),
        "Jugendliche",
        3,
    ),
    Need(
        "Koch aus Syrien will einen eigenen Imbiss",
        "Herr A. lebt seit vier Jahren in Leipzig, hat in einer Restaurantküche gearbeitet und möchte einen kleinen Imbiss aufmachen. Er weiß nicht, welche Genehmigungen er braucht, wie er an einen Kredit kommt und was er beim Finanzamt anmelden muss.",
        (MIGRANTS,),
        "Arbeit & Ausbildung",
        "gruendungsberatung",
        ("arbeitsrechtsberatung",),
        "Frauen",
        2,
    ),
    Need(
        "Reinigungskraft bekommt seit zwei Monaten nichts überwiesen",
        "Frau S. aus Rumänien putzt für eine Firma Büros in der Innenstadt. Seit zwei Monaten ist kein Geld gekommen, einen schriftlichen Vertrag hat sie nie gesehen, und der Objektleiter droht, sie könne gehen, wenn sie sich beschwert.",
        (MIGRANTS,),
        "Arbeit & Ausbildung",
        "arbeitsrechtsberatung",
        ("gruendungsberatung", "verbraucherberatung"),
        "Jugendliche",
        1,
    ),
    Need(
        "Verletzte Hand, aber keine Kasse",
        "Herr T. aus Bulgarien hat sich auf der Baustelle an der Hand verletzt, die Wunde ist geschwollen und eitert. Er ist nirgends versichert und traut sich deshalb nicht in eine Praxis, aus Angst vor der Rechnung.",
        (MIGRANTS,),
        "Gesundheit",
        "medizin_ohne_versicherung",
        ("ernaehrungsberatung",),
        "Kinder",
        2,
    ),
    Need(
        "Ehemann will daheim sterben, Frau am Ende ihrer Kraft",
        "Herr W. (81) hat Lungenkrebs im Endstadium, die Ärzte geben ihm noch wenige Wochen. Er möchte in der eigenen Wohnung bleiben. Seine Frau pflegt ihn Tag und Nacht, ist erschöpft und wünscht sich jemanden, der einfach da ist und diese Zeit mit ihnen durchsteht.",
        ("Senior:innen",),
        "Gesundheit",
        "hospizdienst",
        ("begleiteter_umgang",),
        "Kinder",
        3,
    ),
    Need(
        "Mutter mit zwei Kindern kennt niemanden im Viertel",
        "Frau N. ist nach der Trennung mit ihren Kindern (3 und 6) hierher gezogen. Sie schafft Arbeit, Kita und Haushalt ohne Unterstützung und hat niemanden zum Reden. Sie würde gern andere kennenlernen, denen es genauso geht.",
        ("Eltern",),
        "Familie & Kinderschutz",
        "alleinerziehendentreff",
        ("paarberatung",),
        "Männer",
        3,
    ),
    Need(
        "Mann mit geistiger Behinderung ist abends immer allein",
        "Herr B. (34) hat eine geistige Behinderung, arbeitet in einer Werkstatt und wohnt bei seinen Eltern. Abends und am Wochenende sitzt er vor dem Fernseher. Er möchte ausgehen, Musik hören und Freunde finden, braucht dabei aber etwas Unterstützung.",
        (DISABLED,),
        "Freizeit",
        "inklusiver_freizeittreff",
        ("teilhabeberatung",),
        "Kinder",
        2,
    ),
    Need(
        "Ältere Dame nach dem Umzug einsam, die Wolle liegt in der Schublade",
        "Frau G. (78) ist zu ihrer Tochter ins Viertel gezogen und kennt hier niemanden. Früher hat sie für die ganze Familie Pullover und Socken gemacht. Sie hätte gern wieder Gesellschaft bei dieser Beschäftigung.",
        ("Senior:innen",),
        "Nachbarschaft & Begegnung",
        "stricktreff",
        ("toepfern",),
        "Jugendliche",
        0,
    ),
    Need(
        "Muss jetzt Insulin spritzen und fühlt sich allein damit",
        "Herr K. (63) muss seit drei Monaten Insulin spritzen, weil sein Blutzucker zu hoch ist. Er ist unsicher, hat Angst vor Folgeschäden und sagt, mit den Ärzten könne er nicht richtig reden. Er würde gern von anderen hören, wie sie damit leben.",
        ("Senior:innen",),
        "Gesundheit",
        "diabetes_selbsthilfe",
        ("ernaehrungsberatung",),
        "Kinder",
        1,
    ),
    Need(
        "Junger Mann versteckt, dass er Briefe nicht entziffern kann",
        "Herr L. (23) hat die Förderschule abgeschlossen, kann aber Briefe und Formulare kaum entziffern und lässt sich alles von seiner Mutter vorlesen. Er will den Führerschein machen und schämt sich, weil er die Theoriefragen nicht versteht.",
        ("Junge Erwachsene",),
        "Bildung",
        "alphabetisierung",
        ("lesekreis", "gebaerdensprache"),
        "Senior:innen",
        1,
    ),
    Need(
        "Tochter ist taub, Eltern können sich kaum mit ihr verständigen",
        "Die vierjährige Tochter von Familie E. ist von Geburt an taub. Die Ärztin rät, dass Mutter und Vater jetzt lernen, sich mit ihr über Zeichen mit den Händen zu verständigen, damit sie sich mitteilen kann. Die Eltern wissen nicht, wo sie das lernen können.",
        ("Eltern",),
        "Bildung",
        "gebaerdensprache",
        ("alphabetisierung",),
        "Jugendliche",
        3,
    ),
    Need(
        "15-Jährige möchte auf die Kinder der Nachbarn aufpassen",
        "Mia (15) würde gern ihr Taschengeld aufbessern und auf die kleinen Kinder aus dem Haus aufpassen. Die Nachbarn sind einverstanden, möchten aber sicher sein, dass sie weiß, was bei Fieber oder einem Sturz zu tun ist und wie man ein Baby wickelt.",
        ("Jugendliche",),
        "Bildung",
        "babysitterkurs",
        ("geburtsvorbereitung", "streitschlichter"),
        "Senior:innen",
        2,
    ),
    Need(
        "Erstes Kind, große Angst vor dem Kreißsaal",
        "Frau O. ist im siebten Monat schwanger mit ihrem ersten Kind und erst seit einem Jahr aus Eritrea hier. Sie hat große Angst vor dem Tag im Krankenhaus, weiß nicht, was dort passiert und wie sie mit den Schmerzen umgehen soll.",
        ("Frauen",),
        "Gesundheit",
        "geburtsvorbereitung",
        ("babysitterkurs",),
        "Männer",
        0,
    ),
    Need(
        "Nach dem Burnout etwas mit den Händen machen",
        "Frau H. (52) ist nach einem Burnout wieder zu Hause. Die Ergotherapeutin hat ihr geraten, regelmäßig etwas Kreatives mit den Händen zu machen; in der Klinik hat ihr das Formen von Ton besonders gutgetan. Sie sucht so etwas in der Nähe.",
        ("Frauen",),
        "Kultur",
        "toepfern",
        ("stricktreff",),
        "Kinder",
        2,
    ),
    Need(
        "Frisch in Rente und fühlt sich nutzlos",
        "Herr V. (66) war Lagerleiter und ist seit März im Ruhestand. Er langweilt sich, sagt, er wolle sich noch nützlich machen, weiß aber nicht, wo man ihn brauchen könnte und was zu ihm passt.",
        ("Senior:innen",),
        "Nachbarschaft & Begegnung",
        "ehrenamtsvermittlung",
        ("saatgutboerse",),
        "Jugendliche",
        2,
    ),
    Need(
        "Anwohnerin will beim Umbau des Parks mitreden",
        "Frau Y. (70) hat gehört, dass der Park vor ihrem Haus umgebaut und die alten Bänke entfernt werden sollen. Sie ärgert sich, dass niemand die Leute fragt, die hier wohnen, und möchte wissen, wo sie ihre Vorschläge loswerden kann.",
        ("Senior:innen",),
        "Nachbarschaft & Begegnung",
        "buergerbeteiligung",
        ("nachbarschaftsmediation", "stadtteilfuehrung"),
        "Kinder",
        2,
    ),
    Need(
        "Dauerkonflikt mit der Wohnung darunter",
        "Familie F. wohnt im dritten Stock; die Mieterin darunter beschwert sich ständig über Kinderlärm, klopft an die Decke und hat schon zweimal die Polizei gerufen. Die Eltern sind verzweifelt und wollen eine Lösung, ohne dass es vor Gericht geht.",
        ("Familien",),
        "Beratung",
        "nachbarschaftsmediation",
        ("buergerbeteiligung", "streitschlichter"),
        "Jugendliche",
        3,
    ),
    Need(
        "Junge springt über Mauern, Mutter macht sich Sorgen",
        "Jonas (14) turnt mit seinen Freunden auf Garagendächern herum und springt von Mauer zu Mauer, letzte Woche hat er sich den Knöchel verstaucht. Die Mutter will es ihm nicht verbieten, wünscht sich aber, dass er das unter Anleitung und sicher lernt.",
        ("Jugendliche",),
        "Sport & Bewegung",
        "parkour",
        ("klettern",),
        "Kinder",
        3,
    ),
    Need(
        "Schüchternes Mädchen soll mehr Selbstvertrauen bekommen",
        "Lena (13) ist sehr zurückhaltend und traut sich wenig zu. Im Urlaub ist sie zum ersten Mal mit Seil und Gurt an einer künstlichen Wand hochgestiegen und war danach wie ausgewechselt. Die Eltern suchen so etwas regelmäßig in der Nähe.",
        ("Mädchen",),
        "Sport & Bewegung",
        "klettern",
        ("parkour",),
        "Männer",
        3,
    ),
    Need(
        "Früherer Vereinsspieler sucht Mitspieler",
        "Herr F. (72) hat 30 Jahre im Verein an der Platte gestanden; seit sich der Verein aufgelöst hat, fehlt ihm das. Er ist noch fit und möchte wieder regelmäßig mit Schläger und kleinem Ball spielen, aber ohne Ligabetrieb.",
        ("Senior:innen",),
        "Sport & Bewegung",
        "tischtennis",
        ("basketball",),
        "Kinder",
        2,
    ),
    Need(
        "Jugendliche wollen Körbe werfen, der Schulhof ist abends zu",
        "Ahmed (16) und seine Freunde hängen abends an der Haltestelle herum. Sie wünschen sich einen Ort, an dem sie Körbe werfen und in Teams gegeneinander spielen können, der Schulhof wird aber um 18 Uhr abgeschlossen.",
        ("Jugendliche",),
        "Sport & Bewegung",
        "basketball",
        ("tischtennis", "parkour"),
        "Mädchen",
        1,
    ),
    Need(
        "Rentner möchte wieder mit Bienen arbeiten",
        "Herr U. (70) hat als Junge bei seinem Onkel Bienenstöcke betreut. Er hat viel Zeit, ist gern draußen und möchte wieder mit Bienenvölkern arbeiten und Honig ernten, kann sich aber keine eigene Ausrüstung leisten.",
        ("Senior:innen",),
        "Umwelt & Klima",
        "imkerei",
        ("baumpaten",),
        "Kinder",
        2,
    ),
    Need(
        "Familie sieht die jungen Linden vor dem Haus vertrocknen",
        "Familie J. ärgert sich, dass die frisch gepflanzten Linden vor ihrem Haus im Sommer braun werden. Die Kinder (7 und 10) möchten helfen, dass sie überleben, und die Eltern fragen, ob man das einfach so darf und wer Wasser und Kannen stellt.",
        ("Familien",),
        "Umwelt & Klima",
        "baumpaten",
        ("imkerei",),
        "Senior:innen",
        2,
    ),
    Need(
        "Ehepaar vermisst das Kino",
        "Herr und Frau C. (beide über 80) waren früher jede Woche im Kino, das nächste ist jetzt zu weit weg und zu teuer. Sie sitzen abends viel allein und würden gern wieder mit anderen zusammen vor einer großen Leinwand sitzen und danach darüber reden.",
        ("Senior:innen",),
        "Kultur",
        "filmabend",
        ("lesekreis",),
        "Kinder",
        3,
    ),
    Need(
        "Bücherwurm sucht Austausch über Romane",
        "Frau I. (69) verschlingt zwei bis drei Romane im Monat. Seit ihr Mann gestorben ist, hat sie niemanden mehr, mit dem sie darüber sprechen kann, und sie würde gern andere kennenlernen, denen Bücher genauso viel bedeuten.",
        ("Senior:innen",),
        "Kultur",
        "lesekreis",
        ("filmabend", "alphabetisierung"),
        "Jugendliche",
        3,
    ),
    Need(
        "Kleingärtner sucht alte Gemüsesorten",
        "Herr X. (67) hat einen Kleingarten übernommen und möchte alte Tomaten- und Bohnensorten anbauen, wie er sie von seiner Großmutter kennt. Im Baumarkt findet er nur Hybridsorten, und teure Spezialversender kann er sich nicht leisten.",
        ("Senior:innen",),
        "Umwelt & Klima",
        "saatgutboerse",
        ("imkerei",),
        "Kinder",
        3,
    ),
    Need(
        "Neu zugezogene Familie möchte ihre Umgebung kennenlernen",
        "Familie R. ist aus Indien nach Leipzig gezogen, der Vater arbeitet bei einem Autozulieferer. Die Familie möchte die Gegend, in der sie jetzt wohnt, und ihre Geschichte kennenlernen und wissen, welche Orte sich lohnen.",
        ("Familien",),
        "Kultur",
        "stadtteilfuehrung",
        ("buergerbeteiligung",),
        "Senior:innen",
        1,
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
