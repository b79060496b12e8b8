"""Build ``heldout8_pairs.jsonl``: the eighth held-out part of the synergy engine's labelled set.

Its place and time helpers and the pair scaffolding now live in ``heldout_common.py``,
shared by the builders.

The eighth unseen set, written in December 2026 for the next round, after the seventh held-out
part (``heldout7_pairs.jsonl``) had been evaluated once and so became spent. It was written by
someone who did not tune the engine and did not open the engine (nothing under ``src/``), its
lexicon (``offer_kinds.toml``) or its kind list (``bench/data/offer_kinds.py``), nor any other
builder (``build_eval_set.py``, ``pattern_pairs.py``, ``build_heldout.py`` to
``build_heldout6.py``), ``eval_quality.py``, ``bench/README.md``, ``docs/`` or any ``.jsonl``
file other than the one named below; no engine code and no evaluation was run, and no figure of
any engine was looked at while writing it. ``build_heldout7.py`` was opened in full, to take the
record format (with the per-offer ``kind`` field), the case scheme and counts, and the place and
time helpers (district coordinates, weekly slots, walking offsets, seed handling, command line);
the first three lines of ``heldout7_pairs.jsonl`` were looked at only to match the output format.
The kinds were checked, one by one, against a list of all 255 kind keys used by parts 1 to 7 and
the tuning file, and against the titles of a further tuning file; none of them is among those,
and none is one of them under another name. None of the offer texts, needs or kinds of parts 1 to
7 were reused. Ids start with ``u`` (offers ``u0001``, organisations ``uorg0001``, needs
``un001``), so they collide with no earlier part.

It must not be used for tuning. Evaluate it once, after the last change to the engine and its
lexicon in a round, report the figures and change nothing because of them:

    .venv/bin/python bench/eval_quality.py --heldout bench/data/heldout8_pairs.jsonl

36 kinds of neighbourhood and social work, none of them a kind of the earlier parts:
Wohngeldberatung, Beratung bei drohender Stromsperre (Energieschulden), Finanzführerschein für
Jugendliche, Selbsthilfegruppe Glücksspielsucht, Gruppe für Kinder aus suchtbelasteten Familien,
Letzte-Hilfe-Kurs, Treff für pflegende Jugendliche (Young Carers), Wohnen für Hilfe, Plauderbank,
Gruppe für Geschwisterkinder (Geschwister kranker oder behinderter Kinder), Brailleschrift für
Späterblindete, Unterstützte Kommunikation, Sexualpädagogik-Workshop, Zyklusworkshop für
Mädchen, Jugendparlament, Jugendleiterschulung (Juleica), Argumentationstraining gegen
Stammtischparolen, Zivilcourage-Training, Stolpersteine putzen, Judo, Cricket, Capoeira,
Linoldruck, Korbflechten, Webwerkstatt, Hundeschule, Tierarztsprechstunde für Menschen mit wenig
Geld, Fahrradcodierung, Rikscha-Ausfahrten, Solidarische Landwirtschaft, Foodcoop, Workshop gegen
Cybermobbing, CryptoParty, Regenbogenfamilien-Treff, Taschengeldbörse and Trageberatung.

Where an earlier kind lies close, the new one is a different thing, not the same under another
name: Stromsperre is the acute cut-off, not debt counselling in general (``schuldnerberatung``)
nor saving energy (``energieberatung``, ``energiesparberatung``); Wohngeld is one benefit, not
help with forms in general (``antragshilfe``) or with housing (``wohnberatung``); a Foodcoop buys
together, it does not rescue food (``foodsharing``); Letzte Hilfe teaches care for the dying, it
is neither first aid nor a hospice service; Zivilcourage is intervening for others, not
self-defence; Linoldruck is not screen printing (``siebdruck``); weaving is not sewing, knitting
or felting; coding a bicycle is not repairing it; a rickshaw ride is neither a transport service
(``fahrdienst``) nor a cycling tour; Judo and Capoeira are neither boxing nor self-defence nor
hip-hop dance; the vet's hour for the poor is not the pet food bank (``tierfutterhilfe``); a
CryptoParty is about privacy, not about using a device (``digitalsprechstunde``); the
Cybermobbing workshop is for the young, not media literacy for parents; the Jugendparlament is an
elected body of the young, not a citizens' consultation; the Regenbogenfamilien-Treff is for
families, not the queer counselling or youth club; the group for children of addicted parents is
neither addiction counselling nor the group for children of separated parents.

Each kind is written four ways, as organisations title and describe it: two that keep the kind's
word stem ("Wohngeldberatung" / "Sprechstunde Wohngeld") and two that name it with other words,
loanwords, the words of a parish, a club, a self-organisation or a youth office, about half of
them (the fourth wording of every kind) in plain language ("Mietzuschuss vom Amt", "Ihre Miete
ist zu hoch für Sie?", "Gamblers Anonymous", "Radeln ohne Alter", "Der sanfte Weg", "Kette und
Schuss", "Digitale Selbstverteidigung", "Babywearing-Café", "Fluffi-Klub", "Juleica").

Look-alike groups share a compound head or a field: ...beratung and money and forms
(Wohngeld, Stromsperre, Trage, Finanzführerschein, Taschengeldbörse, Glücksspiel), ...gruppe for
children in burdened families (Kinder suchtkranker Eltern, Geschwisterkinder, Young Carers),
...training and democracy (Argumentationstraining, Zivilcourage, Stolpersteine, Cybermobbing),
Jugend... (Jugendparlament, Jugendleiterschulung), ...workshop for the young, on the body and on
the screen (Sexualpädagogik, Zyklus, Cybermobbing, CryptoParty), sports clubs (Judo, Capoeira,
Cricket), ...werkstatt for textiles and prints (Korbflechten, Webwerkstatt, Linoldruck), dogs and
pets (Hundeschule, Tierarztsprechstunde), bicycles (Fahrradcodierung, Rikscha), food from the
region (Solawi, Foodcoop), the old and the young, and ...hilfe (Plauderbank, Rikscha, Wohnen für
Hilfe, Taschengeldbörse, Letzte Hilfe), reading and speaking without eyes or voice (Braille,
Unterstützte Kommunikation) and young families (Regenbogenfamilien, Trageberatung, Wohngeld).

Offer pairs (``"type": "offers"``) are parallel (label 1) when both are the same kind of thing,
for the same people, in the same area, at overlapping times. 168 offer pairs, ``case`` after the
prefix ``held-out 8 ``:

* parallel (70): ``synonym without shared stem`` 36 (every kind once), ``paraphrase`` 24,
  ``specific group shared`` 10 (a specific group in common, one offer also names a broad one);
* not parallel (98): ``look-alike kinds`` 54 (27 pairs of different kinds with the same compound
  head or a similar field, two wordings each, same place, people and time: "Wohngeldberatung" /
  "Trageberatung", "Korbflechten" / "Webwerkstatt", "Solawi" / "Foodcoop", "Argumentationstraining"
  / "Zivilcourage-Training", "Letzte Hilfe" / "Wohnen für Hilfe"), ``broad group only`` 15 (the
  same kind for people who share only "Migrant:innen" or "Nachbarschaft / alle"), ``other
  people`` 5, ``far apart`` 12 (several kilometres), ``other time`` 12. Apart from what a case
  changes, both offers agree.

Need pairs (``"type": "need"``) hold a need as a social worker notes it and one offer: 30 needs,
told as the situation in everyday words and mostly without naming the kind of offer (some short,
some long, a few with typos or in plain language), 159 need pairs: ``meets the need`` 90 (three
offers of the kind that meets it, label 1), ``look-alike kinds (need)`` 39 (one or two offers of a
look-alike kind, label 0) and ``other target group`` 30 (the right kind for other people, label
0).

    python bench/data/build_heldout8.py
"""

from __future__ import annotations

from pathlib import Path

from heldout_common import ALL, DISABLED, MIGRANTS, Kind, Need, build_pairs, run_builder

# ruff: noqa: E501  (one offer text per line reads better than wrapped strings)

OUTPUT = Path(__file__).resolve().parent / "heldout8_pairs.jsonl"
SEED = 20261209
CASE_PREFIX = "held-out 8 "
ID_PREFIX = "u"

KINDS: dict[str, Kind] = {
    "wohngeldberatung": Kind(
        "Beratung",
        (ALL,),
        (
            (
                "Wohngeldberatung",
                "Die Miete frisst das halbe Einkommen? Wir prüfen mit Ihnen, ob Ihnen Wohngeld oder ein Lastenzuschuss zusteht, rechnen die Einkommensgrenzen durch und füllen den Antrag für die Wohngeldstelle gemeinsam aus. Bitte Mietvertrag, Lohn- oder Rentenbescheide und Kontoauszüge mitbringen.",
            ),
            (
                "Sprechstunde Wohngeld",
                "Seit der Reform haben viel mehr Haushalte Anspruch auf Wohngeld, auch wenn sie arbeiten. In der Sprechstunde klären wir, ob sich Wohngeld oder Bürgergeld für Sie mehr lohnt, helfen beim Weiterleistungsantrag und legen mit Ihnen Widerspruch ein, wenn der Bescheid nicht stimmt.",
            ),
            (
                "Mietzuschuss vom Amt: Antrag leicht gemacht",
                "Wenn nach Abzug der Miete kaum etwas zum Leben bleibt, gibt der Staat oft etwas dazu, auch wenn Sie arbeiten und keine Stütze vom Jobcenter beziehen. Ehrenamtliche des Sozialverbands rechnen mit Ihnen aus, ob Sie Anspruch auf den Zuschuss haben, füllen das Formular der Stadt aus und prüfen später den Bescheid.",
            ),
            (
                "Ihre Miete ist zu hoch für Sie?",
                "Sie zahlen viel für die Miete? Und am Ende vom Monat ist nichts mehr übrig? Dann bekommen Sie vielleicht Hilfe vom Amt für die Miete. Wir füllen den Antrag mit Ihnen aus. Das kostet nichts.",
            ),
        ),
    ),
    "stromsperre_beratung": Kind(
        "Beratung",
        (ALL,),
        (
            (
                "Beratung bei drohender Stromsperre",
                "Die Sperrandrohung liegt im Briefkasten, in wenigen Tagen kommt der Techniker? Wir rufen mit Ihnen beim Versorger an, handeln eine Ratenzahlung aus, prüfen, ob das Jobcenter oder das Sozialamt ein Darlehen gibt, und klären, ob die Sperre überhaupt zulässig ist.",
            ),
            (
                "Hilfe bei Energieschulden",
                "Offene Rechnungen beim Strom- oder Gasanbieter wachsen schnell, bis die Sperre droht. Die Energieschuldenberatung der Verbraucherzentrale prüft Ihre Abrechnungen, verhandelt mit dem Versorger über Raten und hilft, wenn der Zähler schon abgeklemmt ist, die Versorgung wiederherzustellen.",
            ),
            (
                "Wenn der Versorger abklemmen will: Rückstände bei Licht und Gas klären",
                "Mahnung, Androhung, dann steht der Techniker vor der Tür: Bevor der Zähler abgeklemmt wird, verhandeln wir mit dem Versorger über eine Ratenvereinbarung, prüfen, ob das Jobcenter die Rückstände als Darlehen übernimmt, und begleiten Sie, bis Licht und Heizung wieder sicher laufen.",
            ),
            (
                "Bald ist bei Ihnen das Licht aus?",
                "Sie haben einen Brief bekommen: Wir stellen Ihnen das Licht ab. Denn Sie haben die Rechnung nicht bezahlt. Kommen Sie schnell zu uns. Wir rufen mit Ihnen bei der Firma an. Dann können Sie vielleicht jeden Monat ein bisschen zahlen.",
            ),
        ),
    ),
    "finanzfuehrerschein": Kind(
        "Bildung",
        ("Jugendliche",),
        (
            (
                "Finanzführerschein für Jugendliche",
                "Das erste Konto, der erste Handyvertrag, bald die erste eigene Wohnung: In sechs Terminen lernt ihr, ein Budget aufzustellen, Verträge zu lesen und Kostenfallen bei In-App-Käufen und Ratenkäufen zu erkennen. Wer alle Module schafft, bekommt den Finanzführerschein.",
            ),
            (
                "Kurs zum Finanzführerschein",
                "Wie viel darf die Miete kosten, was ist ein Dispo, warum ist „jetzt kaufen, später zahlen“ so teuer? Eine Schuldnerberaterin führt euch spielerisch durch Kontoauszüge, Handyverträge und Haushaltspläne, am Ende gibt es ein Zertifikat.",
            ),
            (
                "Money-Check: Taschengeld, Konto, Handyvertrag",
                "Mit Planspielen und Apps übt ihr, euer Taschengeld und den ersten Ausbildungslohn einzuteilen, das Kleingedruckte in Verträgen zu lesen und Abofallen, Ratenkäufe und Lootboxen zu durchschauen, bevor Schulden entstehen. Ein Projekt der Verbraucherzentrale für Schulklassen und offene Treffs.",
            ),
            (
                "Dein Geld reicht nie bis zum Monatsende?",
                "Du hast Geld, und nach einer Woche ist es weg? Hier lernst du, wie du dein Geld einteilst. Wir schauen uns Handyverträge an. Und wir zeigen dir, wo Firmen dich reinlegen wollen.",
            ),
        ),
    ),
    "gluecksspiel_selbsthilfe": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Selbsthilfegruppe Glücksspielsucht",
                "Automaten in der Spielhalle, Sportwetten auf dem Handy, Online-Casino in der Nacht: Wir sind Menschen, die selbst gespielt haben und aufhören wollen oder es schon geschafft haben. Einmal in der Woche reden wir offen über Verluste, Lügen gegenüber den Liebsten, Rückfälle und darüber, wie man Sperren einrichtet.",
            ),
            (
                "Glücksspiel-Selbsthilfe",
                "Wer nicht mehr aufhören kann zu spielen, verliert oft nicht nur Geld, sondern auch Vertrauen und Freunde. In unserer Selbsthilfe-Runde erzählen Betroffene, wie sie sich in Spielhallen sperren ließen, ihre Finanzen wieder ordnen und mit dem Drang umgehen. Angehörige haben eine eigene Runde.",
            ),
            (
                "Gamblers Anonymous: Wetten, Automaten, Online-Casino",
                "Der Kick beim Setzen, der Verlust, der nächste Versuch, alles zurückzuholen: In unserem Meeting sitzen Menschen, die vom Wetten und Zocken nicht loskamen. Nach dem Zwölf-Schritte-Programm unterstützen wir uns ohne Fachleute, anonym und kostenlos.",
            ),
            (
                "Sie wetten und können nicht mehr aufhören?",
                "Sie setzen Geld bei Wetten oder am Automaten. Sie wollen aufhören, aber es geht nicht. Sie haben schon viel verloren. Hier kommen Menschen zusammen, denen es genauso geht. Wir reden miteinander. Niemand erfährt Ihren Namen.",
            ),
        ),
    ),
    "kinder_suchtkranker_eltern": Kind(
        "Familie & Kinderschutz",
        ("Kinder",),
        (
            (
                "Gruppe für Kinder aus suchtbelasteten Familien",
                "Wenn Mama oder Papa zu viel trinkt oder Drogen nimmt, tragen Kinder ein schweres Geheimnis. An zehn Nachmittagen spielen, malen und reden Acht- bis Zwölfjährige mit zwei Fachkräften über Sucht, Scham und Gefühle und lernen: Ich bin nicht schuld.",
            ),
            (
                "Suchtkranke Eltern: eine Gruppe für ihre Kinder",
                "Im Kinderprogramm „Trampolin“ erfahren Kinder suchtkranker Eltern, dass sie mit ihren Sorgen nicht allein sind. Spiele, Rollenspiele und Gespräche stärken ihr Selbstwertgefühl; die Eltern werden zu zwei Abenden eingeladen.",
            ),
            (
                "Fluffi-Klub: Nachmittage für Acht- bis Zwölfjährige, deren Mama oder Papa trinkt",
                "Zu Hause wird es laut, wenn Alkohol im Spiel ist, und niemand darf davon erfahren. Zwei Pädagoginnen geben Mädchen und Jungen einen geschützten Ort, an dem sie spielen, toben und über Angst, Wut und Scham sprechen dürfen, und zeigen ihnen: Ihr seid nicht schuld, und ihr seid nicht allein.",
            ),
            (
                "Deine Mama oder dein Papa trinkt zu viel?",
                "Trinkt deine Mama oder dein Papa viel Alkohol? Oder nehmen sie Drogen? Das macht dir Angst. Hier lernst du andere kennen, denen es genauso geht. Wir spielen und reden. Du bist nicht schuld.",
            ),
        ),
    ),
    "letzte_hilfe_kurs": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Letzte-Hilfe-Kurs",
                "Was passiert, wenn ein Mensch stirbt? An einem Nachmittag lernen Sie, was Sterbende brauchen, wie Sie Mundtrockenheit, Unruhe und Atemnot lindern, was Hospizdienst und Palliativteam leisten und wie Sie Abschied nehmen können. Für alle, die einen nahen Menschen begleiten wollen.",
            ),
            (
                "Kurs Letzte Hilfe",
                "So wie Erste Hilfe Leben rettet, hilft Letzte Hilfe beim Sterben zu Hause. Eine Palliativpflegerin und ein Hospizbegleiter erklären in vier Modulen, wie man Sterbende pflegt, Schmerzen erkennt, Mund und Haut versorgt und was nach dem Tod zu tun ist.",
            ),
            (
                "Sterbende zu Hause umsorgen: ein Nachmittag mit dem Hospizverein",
                "Wenn die Mutter oder der Partner bald stirbt, fühlen sich viele ohnmächtig. Ehrenamtliche des Hospizvereins erzählen, wie sich die Zeit vor dem Tod anfühlt, was man gegen Durst, Unruhe und Atemnot tun kann, wie man einfach da ist und was nach dem Tod zu regeln ist.",
            ),
            (
                "Ein Mensch, den Sie lieben, stirbt bald?",
                "Ihr Vater, Ihre Mutter oder Ihr Partner wird bald sterben? Sie möchten bei ihm sein. Aber Sie wissen nicht, was Sie tun sollen. Wir erklären es Ihnen. Zum Beispiel: Was macht man, wenn der Mund trocken ist? Wie kann man einfach da sein?",
            ),
        ),
    ),
    "young_carers": Kind(
        "Familie & Kinderschutz",
        ("Jugendliche",),
        (
            (
                "Treff für pflegende Jugendliche",
                "Du hilfst zu Hause deiner kranken Mutter beim Anziehen, kochst für die Geschwister oder gibst dem Opa seine Tabletten? Beim Treff bist du mit anderen Jugendlichen, die das kennen. Wir unternehmen etwas, reden über Stress, Schule und Sorgen, und eine Sozialpädagogin ist da, wenn es zu viel wird.",
            ),
            (
                "Pflegende Jugendliche: Auszeit und Austausch",
                "Viele Jugendliche pflegen Angehörige, oft unbemerkt von Schule und Freunden. Einmal im Monat gibt es eine Auszeit mit Ausflügen, Kochen und Gesprächen, dazu vertrauliche Beratung, wie sich die Pflege zu Hause besser verteilen lässt.",
            ),
            (
                "Young Carers: Rückhalt für junge Menschen, die zu Hause kranke Angehörige versorgen",
                "Wer mit vierzehn die Mutter mit MS wäscht oder nachts nach dem depressiven Vater schaut, hat kaum Zeit für sich. Das Projekt bringt junge Menschen in derselben Lage zusammen, zum Klettern, Kochen und Reden, und eine Vertrauensperson sorgt dafür, dass die Lehrkräfte Bescheid wissen, wenn es eng wird.",
            ),
            (
                "Du kümmerst dich zu Hause um deine kranke Mama?",
                "Deine Mama oder dein Papa ist krank. Du hilfst viel zu Hause. Du kochst, du putzt, du passt auf. Manchmal ist das zu viel. Hier lernst du andere kennen, denen es auch so geht. Wir machen Ausflüge und reden.",
            ),
        ),
    ),
    "wohnen_fuer_hilfe": Kind(
        "Nachbarschaft & Begegnung",
        ("Senior:innen", "Junge Erwachsene"),
        (
            (
                "Wohnen für Hilfe",
                "Ein freies Zimmer in der großen Wohnung auf der einen Seite, ein Studium und zu wenig Geld für die Miete auf der anderen: Wir bringen Menschen mit Platz und Studierende zusammen. Die Faustregel: ein Quadratmeter Wohnraum gegen eine Stunde Hilfe im Monat, beim Einkaufen, im Garten oder beim gemeinsamen Abendessen. Pflege gehört nicht dazu.",
            ),
            (
                "Wohnpartnerschaft: Wohnen gegen Hilfe",
                "Das Studentenwerk vermittelt Wohnpartnerschaften zwischen Menschen mit einem freien Zimmer und jungen Leuten, die eines suchen. Statt Miete zahlen sie nur die Nebenkosten und helfen dafür im Alltag mit. Wir begleiten beide Seiten vom ersten Kennenlernen bis zum Vertrag.",
            ),
            (
                "Zimmer gegen Zeit: Studierende ziehen bei Älteren ein",
                "Frau M. hat seit dem Tod ihres Mannes drei Zimmer zu viel, Jonas sucht für sein Studium eine bezahlbare Bleibe. Er zahlt nur die Nebenkosten, trägt dafür die Wasserkisten, schippt Schnee und isst zweimal in der Woche mit ihr zu Abend. Das Studierendenwerk bringt solche Paare zusammen und hält Kontakt.",
            ),
            (
                "Sie haben ein Zimmer frei und wünschen sich Gesellschaft?",
                "Sie leben allein, und ein Zimmer steht leer? Ein junger Mensch zieht bei Ihnen ein. Er zahlt keine Miete. Dafür geht er für Sie einkaufen oder trägt schwere Sachen. Und Sie sind abends nicht allein.",
            ),
        ),
    ),
    "plauderbank": Kind(
        "Nachbarschaft & Begegnung",
        (ALL,),
        (
            (
                "Plauderbank",
                "Auf dem Markt steht jetzt eine Plauderbank mit einem Schild: Wer sich hier hinsetzt, hat Lust auf ein Gespräch. Jeden Dienstag und Donnerstag sitzen dort zusätzlich Ehrenamtliche, die zuhören, sich erzählen lassen und von Neuigkeiten aus dem Viertel berichten.",
            ),
            (
                "Einladung zur Plauderbank",
                "Die Stadtteilinitiative hat drei Bänke an Spielplatz, Marktplatz und Haltestelle mit einem gelben Schild versehen: „Plauderbank – hier dürfen Sie mich ansprechen“. Wer Anschluss sucht, setzt sich und wartet; einmal in der Woche ist ein Nachbarschaftslotse vor Ort.",
            ),
            (
                "Quatschecke unter der Linde: setzen, reden, Leute kennenlernen",
                "Unter der großen Linde am Rathausplatz stehen zwei Sitze mit einem Schild: Wer sich hier niederlässt, freut sich, wenn jemand dazukommt. Dienstags und donnerstags sitzen dort außerdem Freiwillige der Kirchengemeinde, die zuhören, erzählen und einen Kaffee ausgeben.",
            ),
            (
                "Setzen Sie sich. Wir reden gern mit Ihnen.",
                "Sie möchten mit jemandem reden? Am Marktplatz steht ein Sitz mit einem Schild. Dort setzen Sie sich hin. Dann weiß jeder: Sie möchten reden. Am Dienstag sitzt dort auch jemand von uns.",
            ),
        ),
    ),
    "geschwisterkinder_gruppe": Kind(
        "Familie & Kinderschutz",
        ("Kinder",),
        (
            (
                "Gruppe für Geschwisterkinder",
                "Wenn der Bruder im Rollstuhl sitzt oder die Schwester schwer krank ist, stehen Geschwister oft im Schatten. An sechs Nachmittagen haben sie die Erwachsenen ganz für sich: Sie basteln, toben, machen Ausflüge und sprechen über Eifersucht, Sorgen und Stolz.",
            ),
            (
                "Geschwistertreff",
                "Für Geschwister von Kindern mit Behinderung oder chronischer Krankheit: Einmal im Monat gibt es einen Samstag nur für sie, mit Spielen, Kochen und Gesprächen mit einer Heilpädagogin. Die Eltern können in der Zeit Kaffee trinken und sich austauschen.",
            ),
            (
                "Ich bin auch noch da! Nachmittage für Brüder und Schwestern kranker oder behinderter Mädchen und Jungen",
                "Wer eine Schwester mit Down-Syndrom oder einen Bruder mit Epilepsie hat, muss oft zurückstecken und hilft früh mit. Eine Heilpädagogin schenkt Sechs- bis Zwölfjährigen Nachmittage, an denen es nur um sie geht: Ausflüge, Spiele und Gespräche über Wut, Angst und Stolz.",
            ),
            (
                "Dein Bruder oder deine Schwester ist krank?",
                "Dein Bruder oder deine Schwester ist krank oder hat eine Behinderung. Alle kümmern sich um sie. Und du? Hier geht es nur um dich. Wir spielen, machen Ausflüge und reden.",
            ),
        ),
    ),
    "brailleschrift_kurs": Kind(
        "Bildung",
        (DISABLED,),
        (
            (
                "Brailleschrift für Späterblindete",
                "Wer im Alter oder nach einer Krankheit erblindet, muss Lesen neu lernen. Eine Rehalehrerin zeigt in kleinen Schritten das Alphabet aus sechs Punkten, übt das Ertasten mit beiden Händen und das Schreiben mit der Punktschriftmaschine, bis Aufzugknöpfe, Medikamentenpackungen und kurze Texte wieder lesbar sind.",
            ),
            (
                "Braille-Kurs",
                "Zehn Abende mit einer Blindenpädagogin: erst Vollschrift, dann Kurzschrift, Übungen für den Tastsinn und zum Beschriften der eigenen Gewürzgläser und Ordner. Lupen, Tastmaterial und Übungshefte werden gestellt.",
            ),
            (
                "Lesen mit den Fingerspitzen: das Sechs-Punkte-Alphabet zum Ertasten",
                "Wenn die Augen nicht mehr mitmachen, übernehmen die Finger: Mit Tastkarten, Prägegerät und viel Geduld lernen Sie Zeichen für Zeichen das Alphabet aus erhabenen Punkten, bis Sie Etiketten, Knöpfe im Aufzug und Beipackzettel wieder selbst lesen. Eine Rehalehrerin des Sehbehindertenverbands leitet an.",
            ),
            (
                "Sie können nicht mehr gut sehen? Lesen Sie mit den Fingern.",
                "Ihre Augen sind schlecht geworden? Sie können nicht mehr lesen? Es gibt Buchstaben aus kleinen Punkten. Die können Sie mit den Fingern fühlen. Wir üben das mit Ihnen. Ganz langsam.",
            ),
        ),
    ),
    "unterstuetzte_kommunikation": Kind(
        "Beratung",
        (DISABLED,),
        (
            (
                "Unterstützte Kommunikation",
                "Wenn Lautsprache nicht oder kaum möglich ist: In unserer Beratungsstelle probieren Betroffene, Angehörige und Assistenzkräfte Gebärden, Bildkarten, Taster und Sprachausgabegeräte aus. Wir finden das passende Hilfsmittel, schulen das Umfeld und begleiten den Antrag bei der Krankenkasse.",
            ),
            (
                "Beratung zur Unterstützten Kommunikation",
                "Eine Fachkraft für UK besucht Sie zu Hause, in der Werkstatt oder in der Wohngruppe, schaut, wie sich die Person heute verständigt, und entwickelt mit allen Beteiligten ein Kommunikationsbuch oder eine Talker-Lösung. Die Beratung ist kostenlos.",
            ),
            (
                "Talker, Bildkarten, Gebärden: sich verständigen ohne Worte",
                "Nach einem Schlaganfall, mit Autismus oder einer Zerebralparese fehlen manchen Menschen die Worte. Eine Logopädin testet mit Ihnen Symboltafeln, Sprachcomputer und Augensteuerung, übt die Bedienung mit den Menschen im Umfeld und stellt mit Ihnen den Antrag bei der Krankenkasse.",
            ),
            (
                "Jemand kann nicht sprechen? Es gibt andere Wege.",
                "Ihr Sohn oder Ihre Mutter kann nicht sprechen? Es gibt Bilder zum Zeigen. Es gibt kleine Computer, die sprechen. Wir zeigen Ihnen, was es gibt. Und wir helfen beim Antrag bei der Krankenkasse.",
            ),
        ),
    ),
    "sexualpaedagogik_workshop": Kind(
        "Gesundheit",
        ("Jugendliche",),
        (
            (
                "Sexualpädagogik-Workshop",
                "Verhütung, das erste Mal, Pornos, Einvernehmen, sexuell übertragbare Infektionen: In getrennten Runden beantworten zwei Sexualpädagog:innen von pro familia alle Fragen, auch die anonymen aus der Fragenbox. Ohne Lehrkräfte im Raum.",
            ),
            (
                "Sexualpädagogik im Jugendhaus",
                "Einmal im Monat ist die Sexualpädagogin im Jugendhaus: Wir reden über Liebe, Körper, Verhütung und sexuelle Vielfalt, üben, Nein zu sagen, und klären Mythen aus dem Internet. Alles bleibt im Raum.",
            ),
            (
                "Liebe, Lust und Verhütung: Fragen, die ihr sonst niemandem stellt",
                "Wie funktioniert die Pille, tut das erste Mal weh, was ist normal an Pornos und was nicht, woran erkenne ich, dass beide wirklich wollen? Zwei Fachleute der Aids-Hilfe beantworten eure Fragen offen und ohne Lehrkräfte, auch anonym über eine Fragenbox.",
            ),
            (
                "Fragen zu Liebe und Körper? Hier darfst du alles fragen.",
                "Du bist verliebt? Du hast Fragen zu deinem Körper oder zum ersten Mal? Oder zu Kondom und Pille? Hier darfst du alles fragen. Niemand lacht. Deine Lehrer sind nicht dabei.",
            ),
        ),
    ),
    "zyklusworkshop_maedchen": Kind(
        "Gesundheit",
        ("Mädchen",),
        (
            (
                "Zyklusworkshop für Mädchen",
                "Was passiert im Körper, wenn die Tage kommen? Mit großen Modellen, Stoffen und Spielen erklärt eine Ärztin Zehn- bis Zwölfjährigen Eisprung, Periode und Hormone, zeigt Binden, Tampons und Menstruationstassen und beantwortet alle Fragen, ohne dass Jungen dabei sind.",
            ),
            (
                "Mädchenworkshop zum Zyklus",
                "Nach dem MFM-Programm: ein Vormittag voller Aha-Momente über den weiblichen Zyklus, die erste Periode und die Veränderungen in der Pubertät. Die Mütter sind zu einer kurzen Runde am Ende eingeladen.",
            ),
            (
                "Die erste Periode: Binden, Tampons und was im Bauch passiert",
                "Mit einem begehbaren Modell, bunten Tüchern und Wollfäden spielen Zehn- bis Zwölfjährige nach, was jeden Monat im Körper passiert. Eine Frauenärztin zeigt Binden, Tampons und Menstruationstassen, erklärt Bauchschmerzen und Stimmungen und beantwortet Fragen, die ihr euch zu Hause nicht zu stellen traut.",
            ),
            (
                "Du bekommst bald deine Tage?",
                "Bald bekommst du deine Tage. Oder du hast sie schon. Dann blutest du jeden Monat ein paar Tage. Das ist normal. Wir erklären dir, was in deinem Bauch passiert. Und wir zeigen dir Binden und Tampons. Jungen sind nicht dabei.",
            ),
        ),
    ),
    "jugendparlament": Kind(
        "Bildung",
        ("Jugendliche",),
        (
            (
                "Jugendparlament",
                "Zwölf gewählte Jugendliche zwischen 12 und 21 vertreten die Interessen junger Menschen im Stadtbezirk, haben Rede- und Antragsrecht im Stadtbezirksbeirat und ein eigenes Budget für Projekte. Gewählt wird alle zwei Jahre, Sitzung ist jeden ersten Mittwoch, Gäste sind willkommen.",
            ),
            (
                "Kinder- und Jugendparlament",
                "Im Kinder- und Jugendparlament entscheiden junge Abgeordnete mit, wo ein neuer Bolzplatz entsteht, was im Jugendclub fehlt und wie der Schulweg sicherer wird. Sie sprechen mit Bürgermeisterin und Verwaltung, stellen Anträge und bringen Themen aus den Schulen ein.",
            ),
            (
                "Junger Stadtrat: mitreden, wenn der Bezirk entscheidet",
                "Ihr seid zwischen 12 und 21 und habt Ideen für euren Stadtteil? Im gewählten Jungen Stadtrat bringt ihr Anträge in den Bezirksbeirat ein, verteilt ein eigenes Budget für Projekte und sagt der Verwaltung, was Schülerinnen und Schülern fehlt, vom Skatepark bis zum Nachtbus.",
            ),
            (
                "Du willst bestimmen, was in deinem Viertel passiert?",
                "Du hast Ideen für dein Viertel? Zum Beispiel einen neuen Platz zum Fußballspielen? Dann kannst du dich wählen lassen. Mit den anderen Gewählten redest du mit der Stadt. Und ihr dürft Geld für eure Ideen ausgeben.",
            ),
        ),
    ),
    "jugendleiterschulung": Kind(
        "Bildung",
        ("Jugendliche", "Junge Erwachsene"),
        (
            (
                "Jugendleiterschulung",
                "Ihr wollt Ferienfreizeiten betreuen, eine Kindergruppe leiten oder im Jugendverband Verantwortung übernehmen? In 40 Stunden lernt ihr Gruppenpädagogik, Aufsichtspflicht, Kinderschutz, Spiele und Erste Hilfe. Danach könnt ihr die Jugendleiter-Card beantragen.",
            ),
            (
                "Schulung für Jugendleiter:innen",
                "Der Stadtjugendring bildet neue Jugendleiter:innen ab 16 aus: zwei Wochenenden mit Methoden für Gruppen, Recht und Aufsicht, Konflikten und Prävention sexualisierter Gewalt. Mit dem Zertifikat bekommt ihr Vergünstigungen und dürft Gruppen eigenverantwortlich führen.",
            ),
            (
                "Juleica-Ausbildung: fit für Zeltlager, Ferienfahrt und Gruppenstunde",
                "Wer ab 16 Zeltlager betreuen oder jede Woche eine Pfadfindergruppe anführen will, braucht Wissen über Aufsichtspflicht, Spiele, Konflikte und den Schutz vor Übergriffen. An zwei Wochenenden im Verbandshaus bekommt ihr das Handwerkszeug und am Ende die Card.",
            ),
            (
                "Du willst auf andere aufpassen, im Zeltlager oder im Verein?",
                "Du bist mindestens 16? Du willst im Sommer im Zeltlager mit Kindern spielen und auf sie aufpassen? Dafür brauchst du einen Ausweis. Bei uns lernst du alles dafür. Zum Beispiel: Was tun bei Streit? Was tun, wenn sich jemand verletzt?",
            ),
        ),
    ),
    "argumentationstraining": Kind(
        "Bildung",
        (ALL,),
        (
            (
                "Argumentationstraining gegen Stammtischparolen",
                "Beim Familienfest, in der Kantine oder in der Straßenbahn fallen rassistische oder menschenfeindliche Sprüche, und man weiß nicht, was man sagen soll? Im Training üben wir in Rollenspielen, ruhig zu bleiben, nachzufragen, Grenzen zu ziehen und die stillen Zuhörer:innen zu erreichen.",
            ),
            (
                "Argumentieren gegen Stammtischparolen: ein Training",
                "Die Landeszentrale für politische Bildung lädt zu einem Tagestraining ein: typische Parolen zu Migration, Klima und Gender, Strategien zum Widersprechen und viel Übung in kleinen Gruppen. Vorwissen ist nicht nötig.",
            ),
            (
                "Kontra geben: Was sage ich, wenn Onkel Horst über Ausländer hetzt?",
                "Am Küchentisch, im Sportverein oder im Chat der Nachbarschaft fällt ein rassistischer Satz, und alle schweigen. In Rollenspielen üben wir, sachlich zu widersprechen, Fragen zu stellen statt zu belehren, Haltung zu zeigen und auch einmal das Gespräch zu beenden. Ein Angebot des Netzwerks für Demokratie und Courage.",
            ),
            (
                "Jemand sagt etwas Böses über Ausländer. Was sagen Sie?",
                "Jemand sagt beim Essen oder im Bus: Die Ausländer sind an allem schuld. Sie finden das falsch. Aber Sie wissen nicht, was Sie sagen sollen. Bei uns üben Sie, ruhig zu antworten. Das üben wir zusammen.",
            ),
        ),
    ),
    "zivilcourage_training": Kind(
        "Bildung",
        (ALL,),
        (
            (
                "Zivilcourage-Training",
                "Jemand wird in der Straßenbahn angepöbelt, und alle schauen weg? Wir üben in Rollenspielen, wie man eingreift, ohne sich selbst in Gefahr zu bringen: andere gezielt ansprechen, Betroffenen zur Seite stehen, den Notruf wählen und gute Zeug:innen sein.",
            ),
            (
                "Workshop Zivilcourage",
                "In drei Stunden lernen Sie mit einem Trainer der Polizei und einer Mitarbeiterin der Opferberatung, Situationen richtig einzuschätzen, Hilfe zu organisieren und sich einzumischen, wenn jemand bedroht wird. Mit Übungen an einer nachgebauten Haltestelle.",
            ),
            (
                "Nicht wegschauen: eingreifen, wenn jemand bedrängt wird",
                "Ein Mann beleidigt eine Frau mit Kopftuch, ein Junge wird von drei anderen umringt: Wer hilft, braucht einen Plan. Wir spielen solche Szenen nach und üben, Umstehende direkt anzusprechen, sich neben die bedrängte Person zu stellen, laut zu werden und 110 zu rufen, ohne den Helden zu spielen.",
            ),
            (
                "Jemand wird im Bus beschimpft. Sie wollen helfen?",
                "Im Bus schreit ein Mann eine Frau an. Alle schauen weg. Sie möchten helfen, aber Sie haben Angst. Bei uns üben Sie: Was kann ich tun? Wen spreche ich an? Wann rufe ich die Polizei?",
            ),
        ),
    ),
    "stolpersteine_putzen": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Stolpersteine putzen",
                "Vor vielen Häusern im Viertel liegen Stolpersteine für Menschen, die in der NS-Zeit verfolgt, deportiert und ermordet wurden. Rund um den 9. November putzen wir sie gemeinsam, lesen die Namen und Lebensgeschichten vor und legen Blumen und Kerzen ab.",
            ),
            (
                "Stolperstein-Putzaktion",
                "Die Initiative lädt jedes Jahr zur Putzaktion ein: Mit Schwamm, Zitronensaft und Metallpolitur bringen wir die Stolpersteine in unserer Straße wieder zum Glänzen und erinnern an die Jüdinnen und Juden, Sinti und Roma und politisch Verfolgten, die hier gewohnt haben.",
            ),
            (
                "Messingtafeln im Pflaster: Erinnern an die verschleppten Nachbarn",
                "Vor dem Haus Nummer 12 erinnern kleine Messingtafeln an ein Ehepaar, das 1942 nach Theresienstadt verschleppt wurde. Am Jahrestag der Pogromnacht polieren wir die Tafeln mit Politur und Tuch, lesen vor, was wir über die Menschen wissen, und zünden Kerzen an. Die Geschichtswerkstatt erzählt vorher von ihren Recherchen.",
            ),
            (
                "Wir machen die kleinen goldenen Platten im Boden sauber",
                "Im Boden vor manchen Häusern sind kleine goldene Platten. Darauf stehen Namen. Diese Menschen haben früher hier gewohnt. Die Nazis haben sie getötet. Wir machen die Platten sauber und denken an diese Menschen.",
            ),
        ),
    ),
    "judo": Kind(
        "Sport & Bewegung",
        (ALL,),
        (
            (
                "Judo",
                "Fallen lernen, ohne sich wehzutun, werfen, halten, fair kämpfen: Im Judo-Training des Sportvereins üben Anfängerinnen und Anfänger auf weichen Matten die ersten Würfe und Haltegriffe. Ein Judoanzug kann anfangs geliehen werden, Gürtelprüfungen gibt es zweimal im Jahr.",
            ),
            (
                "Judo-Training für Einsteiger:innen",
                "Judo stärkt Gleichgewicht, Kraft und Selbstvertrauen. Unsere lizenzierten Trainer zeigen Fallschule, Standtechniken und Bodenarbeit; Respekt vor dem Partner steht an erster Stelle. Vorkenntnisse braucht niemand.",
            ),
            (
                "Der sanfte Weg: Werfen, Fallen und Haltegriffe auf der Matte",
                "Im Dojo des Polizeisportvereins lernen Sie zuerst, sicher zu fallen, dann die ersten Würfe und Haltegriffe aus der japanischen Kampfkunst. Verbeugung, Respekt und Rücksicht gehören dazu, Gürtelprüfungen sind freiwillig. Den weißen Anzug leihen wir Ihnen für den Anfang.",
            ),
            (
                "Kämpfen mit Respekt auf einer weichen Matte",
                "Sie lernen zuerst, richtig hinzufallen. Dann lernen Sie, jemanden zu werfen und festzuhalten. Das ist ein Sport aus Japan. Niemand wird verletzt. Die Matte ist weich.",
            ),
        ),
    ),
    "cricket": Kind(
        "Sport & Bewegung",
        (ALL,),
        (
            (
                "Cricket-Training",
                "Bowlen, schlagen, fangen: Der Cricket Club trainiert jeden Samstag auf der Wiese am Sportpark. Viele Spieler kommen aus Afghanistan, Pakistan und Indien, Neue aus allen Ländern lernen die Regeln schnell. Schläger, Bälle und Schutzausrüstung stellt der Verein.",
            ),
            (
                "Cricket für alle",
                "Der Sport, den in Südasien jedes Kind kennt, hat jetzt auch hier eine Mannschaft: Wir spielen Softball-Cricket für Neue und Hartball in der Liga. Wer Lust hat, kommt einfach mit Turnschuhen vorbei; Übersetzung auf Dari und Urdu ist möglich.",
            ),
            (
                "Schlagholz und Wicket: der Ballsport aus Südasien auf der Festwiese",
                "Ein Werfer, ein Schlagmann, zwei Stabtore: Jeden Samstag wird auf der großen Wiese geschlagen, gelaufen und gefangen, mit Leuten aus Afghanistan, Pakistan, Indien und Leipzig. Wer die Regeln nicht kennt, lernt sie beim Zuschauen und Mitmachen; Schläger und Schutzpolster stellt das Team.",
            ),
            (
                "Ein Spiel mit Ball und flachem Schläger auf der Wiese",
                "Einer wirft den Ball. Ein anderer schlägt ihn mit einem flachen Holz weit weg. Dann rennt er hin und her. Dieses Spiel ist in Afghanistan und Pakistan sehr beliebt. Jeden Samstag spielen wir auf der Wiese. Kommen Sie einfach vorbei.",
            ),
        ),
    ),
    "capoeira": Kind(
        "Sport & Bewegung",
        (ALL,),
        (
            (
                "Capoeira",
                "Die brasilianische Kampfkunst verbindet Tritte, Ausweichbewegungen und Akrobatik mit Musik: Im Kreis, der Roda, spielen zwei miteinander, die anderen singen und spielen Berimbau und Pandeiro. Neue lernen vom ersten Tag an die Ginga, den Grundschritt.",
            ),
            (
                "Capoeira-Kurs",
                "Zwei Abende pro Woche mit Mestre Dudu: Bewegung, Rhythmus und Gemeinschaft. Wir trainieren Kicks, Radschläge und Ausweichbewegungen, lernen die Lieder auf Portugiesisch und spielen am Ende jeder Stunde in der Roda. Keine Vorkenntnisse nötig.",
            ),
            (
                "Kampftanz aus Brasilien: Ginga, Roda und Berimbau",
                "Halb Tanz, halb Kampf, von versklavten Afrikanern in Brasilien erfunden: Im Kreis bewegen sich zwei umeinander, treten, weichen aus, schlagen Räder, während die anderen klatschen, singen und den Musikbogen spielen. Die Gruppe Axé trainiert im Stadtteilzentrum; eine bequeme Hose reicht.",
            ),
            (
                "Tanzen und kämpfen zu Musik aus Brasilien",
                "Zwei Menschen bewegen sich im Kreis. Sie treten und springen, aber sie treffen sich nicht. Die anderen klatschen und singen dazu. Das kommt aus Brasilien. Sie können einfach mitmachen.",
            ),
        ),
    ),
    "linoldruck": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Linoldruck-Werkstatt",
                "Vom Entwurf auf Papier zur fertigen Grafik: Wir übertragen Motive auf Linolplatten, schneiden sie mit Hohleisen aus, walzen Farbe auf und drucken mit der Handpresse Karten, Poster und Stoffbeutel. Werkzeug, Farbe und Papier sind da.",
            ),
            (
                "Linolschnitt und Hochdruck",
                "In der offenen Druckwerkstatt zeigt ein Grafiker, wie man spiegelverkehrt zeichnet, sicher mit dem Schnittmesser arbeitet und mehrfarbige Linolschnitte in Schichten druckt. Eigene Ideen sind willkommen, für den Anfang gibt es Vorlagen.",
            ),
            (
                "Hohleisen, Walze, Handpresse: eigene Grafiken auf Papier und Stoff",
                "Sie ritzen ein Motiv mit dem Hohleisen in eine weiche Platte, rollen Farbe darüber und pressen Papier darauf: Schon haben Sie Postkarten, Plakate oder Taschen mit Ihrem Motiv. Im Atelier des Kunstvereins ist Material für alle da.",
            ),
            (
                "Ein Bild in eine Platte ritzen und viele Karten davon machen",
                "Sie malen ein Bild auf eine weiche Platte. Dann kratzen Sie mit einem Messer Linien hinein. Dann kommt Farbe darauf. Dann legen Sie Papier darauf und reiben. So bekommen Sie Ihr Bild viele Male. Das ist wie ein großer Stempel.",
            ),
        ),
    ),
    "korbflechten": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Korbflechten",
                "Aus Weidenruten, die wir im Auwald schneiden, flechten wir Brotkörbe, Rankhilfen und Einkaufskörbe. Eine Korbmacherin zeigt Boden, Staken und Zuschlagen; nach drei Abenden nimmt jede und jeder einen eigenen Korb mit.",
            ),
            (
                "Korbflechtkurs",
                "Ein Wochenende lang lernen Sie das alte Handwerk des Korbflechtens: Weide einweichen, sortieren, Boden legen und hochflechten. Keine Vorkenntnisse nötig, Material wird gestellt; zum Schluss nimmt jede und jeder einen Korb mit.",
            ),
            (
                "Weidenwerkstatt: Gefäße und Rankgitter aus Ruten",
                "Frische Ruten aus dem Auwald werden eingeweicht, gebogen und um Staken gewunden, bis ein Brotbehälter, eine Blumenampel oder ein Rankgitter für den Garten entsteht. Eine Handwerkerin aus dem Spreewald zeigt jeden Handgriff; Ruten und Werkzeug sind da.",
            ),
            (
                "Aus dünnen Zweigen etwas zum Tragen machen",
                "Sie nehmen lange, dünne Zweige von der Weide. Die Zweige werden nass und weich. Dann legen Sie sie über- und untereinander. So entsteht zum Beispiel eine Schale für Brot. Wir zeigen Ihnen jeden Schritt.",
            ),
        ),
    ),
    "webwerkstatt": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Webwerkstatt",
                "An sechs Tisch- und zwei Bodenwebstühlen entstehen Schals, Tischläufer und Flickenteppiche aus alten T-Shirts. Eine Weberin zeigt, wie man die Kette aufzieht, Muster einträgt und sauber abschließt. Offen für Neue und Geübte.",
            ),
            (
                "Weben am Webstuhl",
                "Im Nachbarschaftszentrum steht ein großer Webstuhl, dazu kleine Rahmen zum Üben. Wir weben gemeinsam bunte Teppiche aus Stoffresten, tauschen Garne und helfen uns gegenseitig beim Einrichten der Fäden.",
            ),
            (
                "Kette und Schuss: Schals und Teppiche aus Garn und Stoffresten",
                "Längsfäden spannen, den Schuss mit dem Schiffchen hindurchführen, anschlagen: Am Holzrahmen und an großen Holzgestellen mit Pedalen entstehen Tischläufer, Schals und Flickenteppiche aus ausgedienten T-Shirts. Eine Textilkünstlerin zeigt Muster wie Köper und Fischgrat.",
            ),
            (
                "Aus Fäden einen Teppich oder Schal machen",
                "Viele Fäden sind gespannt. Sie ziehen einen anderen Faden hin und her, darüber und darunter. Reihe für Reihe wird daraus ein Stoff. So machen Sie einen Schal oder einen kleinen Teppich. Alles, was Sie brauchen, ist da.",
            ),
        ),
    ),
    "hundeschule": Kind(
        "Freizeit",
        (ALL,),
        (
            (
                "Hundeschule",
                "Ziehen an der Leine, Anspringen, Bellen im Treppenhaus: In kleinen Gruppen üben wir mit Ihnen und Ihrem Hund die Grundkommandos, den Rückruf und das ruhige Begegnen mit anderen Hunden. Am Ende können Sie den Sachkundenachweis für den Hundeführerschein ablegen.",
            ),
            (
                "Hundetraining für Anfänger",
                "Ob Welpe aus dem Tierheim oder erwachsener Hund aus dem Auslandstierschutz: Unsere Trainerin zeigt, wie Sie mit Belohnung statt Strafe arbeiten, wie Ihr Hund das Alleinbleiben lernt und warum Auslastung wichtig ist. Mit Leipzig-Pass erstattet die Stadt einen Teil der Gebühr.",
            ),
            (
                "Vierbeiner-Erziehung: Sitz, Platz und entspannt an der Leine",
                "Ihr Welpe zerbeißt die Schuhe, der Rüde aus dem Tierheim zieht an der Leine und bellt jeden Radfahrer an? Auf dem Übungsplatz des Tierschutzvereins lernen Halterinnen und Halter mit ihren Tieren Sitz, Bleib und Rückruf, Begegnungen ohne Stress und die Prüfung für den Sachkundenachweis.",
            ),
            (
                "Ihr Tier hört nicht auf Sie?",
                "Sie haben ein junges Tier zu Hause, und es bellt viel? Es zieht an der Leine? Wir üben mit Ihnen und Ihrem Tier. Es lernt: Sitz! Platz! Komm! Dann gehen Sie entspannt spazieren.",
            ),
        ),
    ),
    "tiersprechstunde": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Tierarztsprechstunde für Menschen mit wenig Geld",
                "Einmal im Monat behandeln ehrenamtliche Tierärztinnen im Stadtteilzentrum Hunde, Katzen und Kleintiere von Menschen mit Bürgergeld, Grundsicherung oder ohne Wohnung: Impfungen, Entwurmung, Wundversorgung und Kastration gegen eine kleine Spende. Bitte Bescheid oder Leipzig-Pass mitbringen.",
            ),
            (
                "Tierärztliche Sprechstunde für Bedürftige",
                "Wenn das Geld knapp ist, soll kein Tier leiden: In unserer Sprechstunde untersuchen Tierärzt:innen Ihr Tier kostenlos, geben Medikamente aus und vermitteln bei Operationen Zuschüsse aus dem Tierhilfefonds.",
            ),
            (
                "Veterinärin im Mobil: impfen, entwurmen, behandeln für fast nichts",
                "Der Praxisbus der Stiftung hält jeden zweiten Donnerstag am Stadtteilzentrum. Wer Leistungen vom Jobcenter oder vom Sozialamt bekommt, lässt dort Hund, Katze oder Kaninchen untersuchen, impfen und entwurmen und bekommt Medikamente und Futterproben gratis.",
            ),
            (
                "Ihre Katze ist krank, aber die Praxis ist zu teuer?",
                "Ihr Hund oder Ihre Katze ist krank. Aber Sie können die Praxis nicht bezahlen? Bei uns kostet es fast nichts. Eine Fachfrau untersucht Ihren Liebling. Sie bekommen auch Medizin. Bringen Sie den Brief vom Jobcenter mit.",
            ),
        ),
    ),
    "fahrradcodierung": Kind(
        "Nachbarschaft & Begegnung",
        (ALL,),
        (
            (
                "Fahrradcodierung",
                "Die Polizei graviert Ihnen kostenlos einen Code in den Rahmen, aus dem Straße, Hausnummer und Initialen hervorgehen. Gestohlene Räder können so ihren Besitzern zugeordnet werden, und Diebe lassen codierte Räder eher stehen. Bitte Kaufbeleg und Ausweis mitbringen.",
            ),
            (
                "Fahrräder codieren lassen",
                "Wer sein Fahrrad codieren lässt, bekommt es nach einem Diebstahl leichter zurück. Der ADFC codiert am Samstag vor dem Stadtteilzentrum Fahrräder, E-Bikes und Lastenräder; die Gravur dauert zehn Minuten und kostet fünf Euro.",
            ),
            (
                "Eingravierte Eigentümernummer: Schutz für Ihren Drahtesel",
                "Ein Beamter der Polizei fräst eine Nummer aus Straße, Hausnummer und Initialen in den Rahmen Ihres Bikes oder Pedelecs und klebt einen Aufkleber daneben. Langfinger lassen so markierte Drahtesel lieber stehen, und die Polizei kann gefundene Bikes sofort zuordnen. Kaufbeleg und Ausweis mitbringen.",
            ),
            (
                "Ihr Bike bekommt eine Nummer gegen Diebe",
                "Jemand will Ihr Bike stehlen? Wir machen eine Nummer in den Rahmen. Die Nummer geht nicht mehr weg. Dann weiß die Polizei: Das gehört Ihnen. Bringen Sie Ihren Ausweis mit.",
            ),
        ),
    ),
    "rikscha_ausfahrt": Kind(
        "Nachbarschaft & Begegnung",
        ("Senior:innen",),
        (
            (
                "Rikscha-Ausfahrten",
                "Ehrenamtliche Pilot:innen holen Bewohnerinnen und Bewohner des Pflegeheims und ältere Nachbarn zu Hause ab und fahren sie in der E-Rikscha an den See, zum Markt oder an ihre alte Schule. Zwei Fahrgäste haben Platz, eine Decke liegt bereit.",
            ),
            (
                "Mit der Rikscha durchs Viertel",
                "Die Rikscha des Bürgervereins bringt Menschen, die nicht mehr weit laufen können, wieder hinaus ins Viertel: zum Eiscafé, in den Park, zum Friedhof. Anmeldung beim Nachbarschaftsbüro, die Fahrt ist kostenlos.",
            ),
            (
                "Radeln ohne Alter: Wind in den Haaren, auch mit 90",
                "Vorne zwei gepolsterte Sitze, hinten eine Freiwillige, die in die Pedale tritt: So kommen Menschen, die kaum noch vor die Tür gehen, wieder in den Park, an den Kanal oder zum Eiscafé. Sie erzählen, die Pilotin hört zu, und manchmal singt man zusammen.",
            ),
            (
                "Sie können nicht mehr weit laufen? Wir radeln mit Ihnen an den See.",
                "Sie sitzen bequem vorne. Hinten tritt jemand in die Pedale. So kommen Sie in den Park oder an den See. Eine warme Decke ist dabei. Es kostet nichts.",
            ),
        ),
    ),
    "solawi": Kind(
        "Umwelt & Klima",
        (ALL,),
        (
            (
                "Solidarische Landwirtschaft",
                "Wir tragen gemeinsam die Kosten eines Gemüsebetriebs am Stadtrand und teilen dafür die Ernte: Jede Woche holen die Mitglieder ihren Anteil an Kartoffeln, Salat, Möhren und Kürbis im Depot ab. Wer wenig hat, zahlt in der Bieterrunde weniger, wer mehr hat, mehr.",
            ),
            (
                "Solawi-Gemeinschaft",
                "In unserer Solawi finanzieren rund 200 Haushalte einen Bio-Hof und bekommen dafür wöchentlich frisches Gemüse. Die Mitgliedschaft gilt für ein Jahr, Mithilfe auf dem Acker ist freiwillig, abgeholt wird im Depot im Hinterhof.",
            ),
            (
                "Ernteteiler gesucht: Ihr Anteil am Gemüsehof vor der Stadt",
                "Statt im Supermarkt zu kaufen, finanzieren Sie mit anderen Haushalten einen Bio-Gärtner vor der Stadt. Er baut an, Sie bekommen jede Woche eine Kiste mit dem, was gerade wächst, und helfen, wenn Sie mögen, beim Ernten. Der Beitrag richtet sich danach, was Sie zahlen können.",
            ),
            (
                "Jede Woche frisches Gemüse vom Bauern",
                "Ein Bauer pflanzt Gemüse für uns. Wir zahlen ihm jeden Monat etwas. Dafür bekommen wir jede Woche Gemüse. Wer wenig hat, zahlt weniger. Sie holen Ihr Gemüse in der Nähe ab.",
            ),
        ),
    ),
    "foodcoop": Kind(
        "Umwelt & Klima",
        (ALL,),
        (
            (
                "Foodcoop",
                "Wir bestellen Bio-Lebensmittel direkt beim Großhandel und bei Höfen aus der Region, teilen Säcke mit Mehl, Linsen und Haferflocken auf und geben sie zum Einkaufspreis an die Mitglieder weiter. Jede und jeder übernimmt ab und zu einen Ladendienst.",
            ),
            (
                "Food-Coop im Viertel",
                "Die Food-Coop im Keller des Hausprojekts hat zweimal die Woche geöffnet: Nudeln, Öl, Kaffee und Gemüse ohne Zwischenhandel und ohne Gewinn, dafür mit gemeinsam geteilter Arbeit. Neue Mitglieder zahlen eine kleine Einlage.",
            ),
            (
                "Einkaufsgemeinschaft: Bio-Lebensmittel zum Großhandelspreis",
                "Zusammen bestellen ist günstiger: Wir kaufen Haferflocken, Linsen, Öl und Kaffee in großen Säcken und Kanistern beim Bio-Großhändler, teilen sie im Ladenraum auf und geben sie ohne Aufschlag weiter. Dafür packt jede und jeder einmal im Monat mit an.",
            ),
            (
                "Zusammen einkaufen und Geld sparen",
                "Wir kaufen Reis, Nudeln und Öl in großen Mengen. Das ist billiger. Dann teilen wir alles auf. Sie zahlen nur, was es gekostet hat. Einmal im Monat helfen Sie im Laden mit.",
            ),
        ),
    ),
    "cybermobbing_workshop": Kind(
        "Bildung",
        ("Jugendliche",),
        (
            (
                "Workshop gegen Cybermobbing",
                "Peinliche Fotos im Klassenchat, Fake-Profile, Hasskommentare unter Videos: In zwei Doppelstunden spielen wir Fälle durch, klären, was strafbar ist, wie man Beweise sichert und meldet und was Zuschauende tun können. Mit Medienscouts aus der Oberstufe.",
            ),
            (
                "Cybermobbing-Prävention",
                "Die Präventionsfachkraft des Jugendamts kommt in Gruppen und Klassen: Wie entsteht Cybermobbing, wie fühlt es sich an, und welche Regeln geben wir uns im Gruppenchat? Dazu gibt es einen Elternabend.",
            ),
            (
                "Hass im Klassenchat: Was tun, wenn jemand im Netz fertiggemacht wird?",
                "Ein Video wird geteilt, darunter hundert gemeine Kommentare, und die Betroffene traut sich nicht mehr in die Schule. Mit Medienpädagog:innen spielt ihr solche Fälle nach, lernt, Screenshots als Beweis zu sichern und Accounts zu melden, und wie ihr als Mitlesende nicht schweigt.",
            ),
            (
                "Jemand macht dich im Handy fertig?",
                "Andere schreiben gemeine Sachen über dich im Chat? Sie schicken peinliche Fotos von dir herum? Das ist nicht okay. Hier lernst du, was du tun kannst. Und wie du anderen hilfst, denen das passiert.",
            ),
        ),
    ),
    "cryptoparty": Kind(
        "Bildung",
        (ALL,),
        (
            (
                "CryptoParty",
                "Bei der CryptoParty in der Stadtbibliothek zeigen Ehrenamtliche, wie Sie einen Passwortmanager einrichten, die Zwei-Faktor-Anmeldung aktivieren, sichere Messenger nutzen und Ihr Handy gegen Tracking und Spähsoftware absichern. Bringen Sie Ihr Gerät mit.",
            ),
            (
                "Cryptoparty: Verschlüsseln für alle",
                "Eine Cryptoparty ist ein offenes Treffen, bei dem technikerfahrene Menschen anderen kostenlos zeigen, wie sie E-Mails verschlüsseln, anonym surfen und ihre Daten schützen. Keine Vorkenntnisse nötig, keine Frage ist zu einfach.",
            ),
            (
                "Digitale Selbstverteidigung: Passwörter, Messenger und Schutz vor Spähsoftware",
                "Wer liest mit, wenn Sie chatten? Welche App verrät Ihren Standort? Im Chaos-Treff helfen Ihnen Freiwillige, starke Passwörter anzulegen, die Zwei-Faktor-Anmeldung einzuschalten, Tracker zu blockieren und Ihr Handy auf heimlich installierte Überwachungsapps zu prüfen.",
            ),
            (
                "Ihr Handy und Ihre Daten sicher machen",
                "Fremde sollen Ihre Nachrichten nicht lesen? Niemand soll wissen, wo Sie gerade sind? Wir zeigen Ihnen, wie Sie Ihr Handy sicher machen. Zum Beispiel mit einem guten Passwort. Bringen Sie Ihr Handy mit.",
            ),
        ),
    ),
    "regenbogenfamilien_treff": Kind(
        "Familie & Kinderschutz",
        ("Familien",),
        (
            (
                "Regenbogenfamilien-Treff",
                "Zwei Mütter, zwei Väter, ein trans Elternteil oder eine Co-Elternschaft: Einmal im Monat frühstücken queere Eltern mit ihren Kindern im Familienzentrum. Die Kleinen spielen mit anderen, die auch zwei Mamas haben, die Großen reden über Kita, Stiefkindadoption und blöde Fragen.",
            ),
            (
                "Treffen für Regenbogenfamilien",
                "Der Treff bringt lesbische, schwule, bi, trans und inter Eltern und ihre Kinder zusammen: Picknick im Park, Bastelnachmittage, Austausch über rechtliche Fragen und Kinderwunsch. Auch werdende Regenbogenfamilien sind willkommen.",
            ),
            (
                "Zwei Mamas, zwei Papas: Sonntagsfrühstück für queere Eltern und ihre Kinder",
                "Im Queer-Zentrum kommen lesbische Mütter, schwule Väter, trans und nicht-binäre Eltern mit ihren Kindern zusammen, essen, spielen und tauschen sich aus: über Stiefkindadoption, Gespräche in der Kita und wie man Fragen auf dem Spielplatz beantwortet.",
            ),
            (
                "Ihr Kind hat zwei Mamas oder zwei Papas?",
                "Ihr Kind hat zwei Mamas? Oder zwei Papas? Hier lernen Sie andere kennen, bei denen es genauso ist. Wir frühstücken zusammen. Die Kinder spielen miteinander.",
            ),
        ),
    ),
    "taschengeldboerse": Kind(
        "Arbeit & Ausbildung",
        ("Jugendliche",),
        (
            (
                "Taschengeldbörse",
                "Rasen mähen, Einkäufe tragen, den Computer einrichten oder mit dem Hund Gassi gehen: Die Taschengeldbörse vermittelt Jugendliche ab 14 an Menschen in der Nachbarschaft, die kleine Hilfen brauchen. Pro Stunde gibt es fünf bis sieben Euro, versichert über den Träger.",
            ),
            (
                "Taschengeld-Jobbörse",
                "Du bist zwischen 14 und 17 und willst dir etwas dazuverdienen? Über die Taschengeld-Jobbörse findest du kleine Aufträge bei Nachbar:innen: Laub fegen, Blumen gießen, beim Umzug helfen. Wir besprechen jeden Einsatz vorher mit dir.",
            ),
            (
                "Kleine Aufträge für Schüler:innen: Rasen mähen, Einkauf tragen, Handy erklären",
                "Schüler:innen ab 14 helfen gegen einen kleinen Stundenlohn bei Nachbarinnen und Nachbarn, die das selbst nicht mehr schaffen: Laub rechen, Getränkekisten tragen, das Smartphone einrichten. Das Nachbarschaftsbüro bringt beide Seiten zusammen und sorgt für die Versicherung.",
            ),
            (
                "Du willst dir etwas dazuverdienen?",
                "Du bist 14 oder älter? Du hilfst Leuten in deiner Straße, zum Beispiel beim Einkaufen oder im Garten. Dafür bekommst du ein paar Euro. Wir finden die Leute für dich.",
            ),
        ),
    ),
    "trageberatung": Kind(
        "Familie & Kinderschutz",
        ("Eltern",),
        (
            (
                "Trageberatung",
                "Welche Trage passt zu Ihrem Baby und zu Ihrem Rücken, wie bindet man ein Tragetuch richtig, und ist das Kleine in der Anhock-Spreiz-Haltung gut gestützt? Eine ausgebildete Trageberaterin zeigt verschiedene Bindeweisen und Tragehilfen, die Sie auch ausleihen können.",
            ),
            (
                "Tragetuch-Kurs",
                "Im Kurs üben Sie mit Puppe und eigenem Baby die Wickelkreuztrage, den Rucksack und den Hüftsitz, lernen, worauf es bei Hüfte und Atmung des Babys ankommt, und probieren Tücher aus unserer Leihbibliothek aus.",
            ),
            (
                "Babywearing-Café: Sling, Wickelkreuz und Halfbuckle ausprobieren",
                "Ihr Kleines will nur auf den Arm, und Sie haben keine Hand frei? Bei Kaffee zeigt eine zertifizierte Babywearing-Coachin, wie Sie Ihr Baby in Sling oder Halfbuckle sicher und rückenschonend am Körper halten, mit gespreizten Beinchen und freien Atemwegen. Leihsysteme zum Ausprobieren sind da.",
            ),
            (
                "Ihr Baby will immer auf den Arm?",
                "Ihr Baby weint, wenn Sie es hinlegen? Mit einem langen Stoff können Sie Ihr Baby vor Ihrem Bauch halten. Dann haben Sie die Hände frei. Wir zeigen Ihnen, wie das sicher geht. Sie können es bei uns ausprobieren.",
            ),
        ),
    ),
}

# Languages of variants that name more than German; all others are German only.
LANGUAGES: dict[tuple[str, int], tuple[str, ...]] = {
    ("cricket", 1): ("Deutsch", "Englisch", "Dari", "Urdu"),
    ("cricket", 2): ("Deutsch", "Englisch", "Dari", "Paschto", "Urdu"),
    ("capoeira", 1): ("Deutsch", "Portugiesisch"),
    ("wohngeldberatung", 1): ("Deutsch", "Arabisch", "Russisch", "Türkisch"),
    ("stromsperre_beratung", 3): ("Deutsch", "Arabisch", "Bulgarisch", "Rumänisch"),
    ("cryptoparty", 1): ("Deutsch", "Englisch"),
    ("regenbogenfamilien_treff", 2): ("Deutsch", "Englisch"),
    ("wohnen_fuer_hilfe", 1): ("Deutsch", "Englisch"),
}

# Kinds that share the start or the end of their names, or their field, but are different things:
# (kind of the first offer, kind of the second, target groups of both or None for the first
# kind's groups).
LOOK_ALIKE_KINDS: list[tuple[str, str, tuple[str, ...] | None]] = [
    ("wohngeldberatung", "stromsperre_beratung", None),
    ("trageberatung", "wohngeldberatung", None),
    ("finanzfuehrerschein", "taschengeldboerse", None),
    ("gluecksspiel_selbsthilfe", "finanzfuehrerschein", ("Junge Erwachsene",)),
    ("stromsperre_beratung", "gluecksspiel_selbsthilfe", None),
    ("kinder_suchtkranker_eltern", "geschwisterkinder_gruppe", None),
    ("young_carers", "kinder_suchtkranker_eltern", ("Kinder", "Jugendliche")),
    ("geschwisterkinder_gruppe", "young_carers", ("Kinder", "Jugendliche")),
    ("argumentationstraining", "zivilcourage_training", None),
    ("stolpersteine_putzen", "argumentationstraining", None),
    ("zivilcourage_training", "cybermobbing_workshop", ("Jugendliche",)),
    ("jugendparlament", "jugendleiterschulung", None),
    ("sexualpaedagogik_workshop", "zyklusworkshop_maedchen", ("Mädchen",)),
    ("cybermobbing_workshop", "sexualpaedagogik_workshop", None),
    ("judo", "capoeira", None),
    ("cricket", "judo", ("Jugendliche",)),
    ("korbflechten", "webwerkstatt", None),
    ("linoldruck", "webwerkstatt", None),
    ("hundeschule", "tiersprechstunde", None),
    ("fahrradcodierung", "rikscha_ausfahrt", ("Senior:innen",)),
    ("solawi", "foodcoop", None),
    ("cryptoparty", "cybermobbing_workshop", ("Jugendliche",)),
    ("plauderbank", "rikscha_ausfahrt", ("Senior:innen",)),
    ("wohnen_fuer_hilfe", "taschengeldboerse", ("Senior:innen",)),
    ("brailleschrift_kurs", "unterstuetzte_kommunikation", None),
    ("letzte_hilfe_kurs", "wohnen_fuer_hilfe", None),
    ("regenbogenfamilien_treff", "trageberatung", ("Eltern",)),
]

# The same kind with different target groups: (kind, groups of the first offer, groups of the
# second, how they relate, variant of the first, variant of the second). "broad": only a broad
# group ("Migrant:innen", "Nachbarschaft / alle") in common, not parallel; "none": no group in
# common, not parallel; "specific": a specific group in common, one of them also names a broad
# group, parallel. The variants are ones whose text does not name other people.
GROUP_PAIRS: list[tuple[str, tuple[str, ...], tuple[str, ...], str, int, int]] = [
    ("stromsperre_beratung", (ALL, "Familien"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("foodcoop", (ALL, "Junge Erwachsene"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("gluecksspiel_selbsthilfe", (ALL, "Männer"), (ALL, "Frauen"), "broad", 0, 2),
    ("letzte_hilfe_kurs", (ALL, "Jugendliche"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("argumentationstraining", (ALL, "Jugendliche"), (ALL, "Senior:innen"), "broad", 0, 3),
    ("stolpersteine_putzen", (ALL, "Jugendliche"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("linoldruck", (ALL, "Kinder"), (ALL, "Senior:innen"), "broad", 0, 3),
    ("korbflechten", (ALL, "Familien"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("webwerkstatt", (ALL, "Kinder"), (ALL, "Senior:innen"), "broad", 1, 3),
    ("hundeschule", (ALL, "Familien"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("fahrradcodierung", (ALL, "Jugendliche"), (ALL, "Senior:innen"), "broad", 0, 3),
    ("solawi", (ALL, "Familien"), (ALL, "Junge Erwachsene"), "broad", 0, 2),
    ("cryptoparty", (ALL, "Frauen"), (ALL, "Senior:innen"), "broad", 0, 3),
    ("cricket", (MIGRANTS, "Jugendliche"), (MIGRANTS, "Frauen"), "broad", 0, 3),
    ("wohngeldberatung", (MIGRANTS, "Familien"), (MIGRANTS, "Senior:innen"), "broad", 0, 2),
    ("judo", ("Kinder",), ("Senior:innen",), "none", 0, 3),
    ("hundeschule", ("Familien",), ("Senior:innen",), "none", 1, 3),
    ("linoldruck", ("Jugendliche",), ("Senior:innen",), "none", 1, 2),
    ("korbflechten", ("Kinder",), ("Senior:innen",), "none", 1, 3),
    ("argumentationstraining", ("Jugendliche",), ("Senior:innen",), "none", 1, 2),
    ("trageberatung", ("Eltern",), (ALL, "Eltern"), "specific", 0, 2),
    ("young_carers", ("Jugendliche",), (ALL, "Jugendliche"), "specific", 1, 3),
    ("plauderbank", ("Senior:innen",), (ALL, "Senior:innen"), "specific", 0, 3),
    ("geschwisterkinder_gruppe", ("Kinder",), (ALL, "Kinder"), "specific", 0, 2),
    ("jugendparlament", (ALL, "Jugendliche"), ("Jugendliche",), "specific", 1, 2),
    ("zyklusworkshop_maedchen", ("Mädchen",), (ALL, "Mädchen"), "specific", 0, 3),
    ("brailleschrift_kurs", (DISABLED,), (ALL, DISABLED), "specific", 1, 2),
    ("regenbogenfamilien_treff", ("Familien",), (ALL, "Familien"), "specific", 0, 3),
    ("rikscha_ausfahrt", (ALL, "Senior:innen"), ("Senior:innen",), "specific", 1, 2),
    ("capoeira", (ALL, "Jugendliche"), ("Jugendliche",), "specific", 0, 2),
]


NEEDS: list[Need] = [
    Need(
        "Rente reicht nach der Mieterhöhung nicht mehr",
        "Frau E. (72) bekommt 1.080 Euro Rente. Seit der Mieterhöhung im Januar zahlt sie 640 Euro warm für die Zweiraumwohnung, in der sie seit vierzig Jahren lebt. Am Monatsende isst sie bei der Nachbarin mit. Zum Amt will sie nicht, sie habe ihr Leben lang gearbeitet und wolle keine Almosen. Dass ihr vielleicht etwas zusteht, ohne dass sie ausziehen muss, weiß sie nicht.",
        ("Senior:innen",),
        "Beratung",
        "wohngeldberatung",
        ("stromsperre_beratung",),
        "Familien",
        3,
    ),
    Need(
        "Brief vom Anbieter: bis Freitag zahlen, sonst wird abgestellt",
        "Familie M., zwei Kinder (1 und 4). Der Stromanbieter hat geschrieben: Wenn bis Freitag nicht 780 Euro überwiesen sind, kommt ein Techniker und stellt ab. Der Vater war seit dem Sommer krank, das Krankengeld kam zwei Monate zu spät, seitdem sind die Abschläge offen. Die Mutter macht das Fläschchen mit dem Wasserkocher und weiß nicht, was sie tun soll.",
        ("Familien",),
        "Beratung",
        "stromsperre_beratung",
        ("wohngeldberatung",),
        "Senior:innen",
        2,
    ),
    Need(
        "Mahnungen mit sechzehn",
        "Leon (16) hat zwei Handyverträge abgeschlossen, über eine App Sneaker auf Raten bestellt und ein Streaming-Abo nicht gekündigt. Jetzt liegen Mahnungen über 430 Euro auf dem Tisch. Ab September bekommt er Ausbildungsvergütung und findet, das sei „ja dann genug“. Die Mutter möchte, dass er versteht, wie man mit dem, was reinkommt, über den Monat kommt, bevor es richtig teuer wird.",
        ("Jugendliche",),
        "Bildung",
        "finanzfuehrerschein",
        ("taschengeldboerse", "gluecksspiel_selbsthilfe"),
        "Senior:innen",
        2,
    ),
    Need(
        "wettet jeden abend am handy",
        "Herr T. (34) wettet seit zwei jahren auf fußball, erst 5 euro, inzwischen jeden abend mehrere hundert. schulden bei freunden und zwei kredite, zusammen ca 12.000 euro. seine frau weis von nichts. er sagt selbst er kommt nicht davon los, hat die app schon dreimal gelöscht und wieder installiert. möchte mit leuten reden die das kennen.",
        ("Männer",),
        "Gesundheit",
        "gluecksspiel_selbsthilfe",
        ("stromsperre_beratung",),
        "Jugendliche",
        3,
    ),
    Need(
        "Mama ist immer so müde",
        "Mia (9) kommt oft ohne Frühstück in den Hort und schläft bei den Hausaufgaben ein. Beim Abholen hat die Mutter schon mehrmals deutlich nach Alkohol gerochen. Mia sagt, Mama sei eben müde, und sie selbst mache abends die Nudeln für ihren kleinen Bruder. Über zu Hause spricht sie sonst nicht und wirkt viel älter als die anderen. Die Mutter hat auf Drängen des Jugendamts eine Entgiftung begonnen; für Mia selbst gibt es noch nichts.",
        ("Kinder",),
        "Familie & Kinderschutz",
        "kinder_suchtkranker_eltern",
        ("geschwisterkinder_gruppe", "young_carers"),
        "Jugendliche",
        2,
    ),
    Need(
        "Vater soll zu Hause sterben dürfen",
        "Frau K. (52) holt ihren Vater (81, Lungenkrebs im Endstadium) nächste Woche aus dem Krankenhaus zu sich; er möchte dort nicht sterben. Das Palliativteam kommt täglich, aber sie hat Angst vor den Nächten: Was, wenn er keine Luft bekommt, nicht mehr trinken will, unruhig wird? Sie wüsste gern vorher, was auf sie zukommt und wie sie einfach für ihn da sein kann.",
        ("Frauen",),
        "Gesundheit",
        "letzte_hilfe_kurs",
        ("wohnen_fuer_hilfe",),
        "Kinder",
        1,
    ),
    Need(
        "23 Fehltage, weil die Mutter Schübe hat",
        "Aylin (14) lebt mit ihrer Mutter, die Multiple Sklerose hat, und ihrem kleinen Bruder. Wenn die Mutter einen Schub hat, hilft Aylin ihr beim Waschen und Anziehen, kocht und bringt den Bruder in die Kita. In diesem Halbjahr hatte sie 23 Fehltage. Freundinnen sieht sie kaum noch, und in der Schule sagt sie nichts, weil sie Angst hat, dass das Jugendamt die Familie auseinanderreißt.",
        ("Jugendliche",),
        "Familie & Kinderschutz",
        "young_carers",
        ("geschwisterkinder_gruppe",),
        "Senior:innen",
        2,
    ),
    Need(
        "Vier Zimmer, nachts allein, ins Heim will sie nicht",
        "Frau B. (83) lebt seit dem Tod ihres Mannes allein in der großen Altbauwohnung im dritten Stock, zwei Zimmer stehen leer. Sie ist geistig fit, schafft aber die Getränkekisten und den Winterdienst nicht mehr und hat nachts Angst, wenn es im Treppenhaus knackt. Ins Heim will sie auf keinen Fall. Sie hätte gern wieder jemanden im Haus, sagt sie, keine Pflegekraft, einfach Leben.",
        ("Senior:innen",),
        "Nachbarschaft & Begegnung",
        "wohnen_fuer_hilfe",
        ("taschengeldboerse",),
        "Familien",
        3,
    ),
    Need(
        "Redet tagelang mit niemandem",
        "Herr F. (80), verwitwet, sagt, er spreche manchmal drei Tage lang mit keinem Menschen. Er geht jeden Morgen zum Bäcker und setzt sich danach noch eine Weile auf den Markt, „vielleicht quatscht mich ja einer an“.",
        ("Senior:innen",),
        "Nachbarschaft & Begegnung",
        "plauderbank",
        ("rikscha_ausfahrt",),
        "Jugendliche",
        2,
    ),
    Need(
        "Der große Bruder, um den sich keiner kümmert",
        "Jonas (8) hat eine fünfjährige Schwester mit schwerer Epilepsie und Entwicklungsverzögerung. Die Eltern sind ständig in Kliniken und Therapien, Jonas wird bei Nachbarn und Großeltern untergebracht und ist seit Monaten auffällig: Er schlägt in der Schule um sich und hat der Lehrerin gesagt, er wünsche sich, auch krank zu sein. Die Eltern merken, dass er zu kurz kommt, schaffen es aber nicht allein.",
        ("Kinder",),
        "Familie & Kinderschutz",
        "geschwisterkinder_gruppe",
        ("young_carers",),
        "Jugendliche",
        3,
    ),
    Need(
        "Kann die eigene Post nicht mehr lesen",
        "Herr A. (67) hat eine fortgeschrittene Makuladegeneration, Lupe und Vergrößerung helfen kaum noch. Er war Buchhalter und hat immer viel gelesen. Jetzt erkennt er weder Post noch Beipackzettel noch die Knöpfe im Aufzug und muss für alles seine Tochter anrufen. Hörbücher hat er, aber er möchte selbst wieder etwas entziffern können, und sei es nur die Aufschrift auf seinen Gewürzdosen.",
        ("Senior:innen",),
        "Bildung",
        "brailleschrift_kurs",
        ("unterstuetzte_kommunikation",),
        "Kinder",
        2,
    ),
    Need(
        "Tom versteht alles, kann aber nicht sprechen",
        "Tom (12) hat eine Zerebralparese und kann nicht sprechen. Er versteht alles, lacht über Witze und zeigt mit den Augen, was er will. In der neuen Schule zeigt er auf Ja- und Nein-Karten, mehr geht nicht, und er wird immer wütender. Die Eltern haben gehört, dass es Geräte gibt, mit denen Kinder wie Tom reden können, wissen aber nicht, wo man so etwas ausprobiert und wer es bezahlt.",
        (DISABLED,),
        "Beratung",
        "unterstuetzte_kommunikation",
        ("brailleschrift_kurs",),
        "Senior:innen",
        1,
    ),
    Need(
        "Wilde Gerüchte in der Jugendgruppe",
        "In der Jugendgruppe (13 bis 15 Jahre) kursieren seltsame Vorstellungen: Ein Junge glaubt, beim ersten Mal könne man nicht schwanger werden, zwei Mädchen haben sich Videos weitergeschickt, die sie verstört haben, und über ein Pärchen wird gelästert. Die Betreuerin fühlt sich selbst unsicher und wünscht sich Fachleute, die mit der Gruppe offen über Liebe, Körper und Grenzen reden.",
        ("Jugendliche",),
        "Gesundheit",
        "sexualpaedagogik_workshop",
        ("zyklusworkshop_maedchen", "cybermobbing_workshop"),
        "Senior:innen",
        3,
    ),
    Need(
        "Dachte, sie sei schwer krank",
        "Emma (11) hat im Sportunterricht zum ersten Mal geblutet und gedacht, sie sei schwer krank. Sie lebt allein mit ihrem Vater. Der sagt, er wisse nicht, wie er das ansprechen soll, und habe Angst, etwas falsch zu machen. Emma traut sich nicht, ihn nach Binden zu fragen.",
        ("Mädchen",),
        "Gesundheit",
        "zyklusworkshop_maedchen",
        ("sexualpaedagogik_workshop",),
        "Frauen",
        2,
    ),
    Need(
        "200 Unterschriften für den Bolzplatz",
        "Die Jugendlichen aus dem Jugendclub haben erfahren, dass ihr Bolzplatz einem Parkplatz weichen soll. Sie haben 200 Unterschriften gesammelt und sind richtig sauer, wissen aber nicht, wem sie die geben sollen und wie sie bei der Stadt überhaupt mitreden können, ohne dass man sie als „die Kids“ abtut.",
        ("Jugendliche",),
        "Bildung",
        "jugendparlament",
        ("jugendleiterschulung",),
        "Kinder",
        3,
    ),
    Need(
        "Bleibt beim Familienkaffee stumm",
        "Frau S. (45) erzählt, dass ihr Schwager bei jedem Familienkaffee über Geflüchtete herzieht, von „Sozialschmarotzern“ redet und alle anderen nicken. Sie findet das unerträglich, wird rot, sagt nichts und ärgert sich hinterher stundenlang, weil ihr dann die richtigen Antworten einfallen. Streit mit der ganzen Familie will sie aber auch nicht.",
        ("Frauen",),
        "Bildung",
        "argumentationstraining",
        ("zivilcourage_training", "stolpersteine_putzen"),
        "Jugendliche",
        3,
    ),
    Need(
        "Hat in der Straßenbahn weggeschaut",
        "Herr W. (63) hat vorige Woche erlebt, wie in der Straßenbahn eine junge Frau mit Kopftuch von zwei Männern beschimpft und angespuckt wurde. Er saß zwei Reihen dahinter und hat nichts getan, wie alle anderen auch. Seitdem schläft er schlecht und schämt sich. Er möchte wissen, was er nächstes Mal tun kann, ohne sich selbst in Gefahr zu bringen.",
        ("Senior:innen",),
        "Bildung",
        "zivilcourage_training",
        ("argumentationstraining",),
        "Jugendliche",
        0,
    ),
    Need(
        "Rauft ständig",
        "Ben (7) ist kräftig und wild, schubst und rangelt in jeder Pause, die Lehrerin hat schon zweimal angerufen. Böse ist er nicht, sagt die Mutter, er müsse einfach raufen. Sie sucht einen Sport, bei dem er mit anderen ringen darf, aber nach festen Regeln, mit Respekt und ohne dass jemand verletzt wird.",
        ("Kinder",),
        "Sport & Bewegung",
        "judo",
        ("capoeira",),
        "Senior:innen",
        2,
    ),
    Need(
        "Spielen im Hof mit Brett und Tennisball",
        "In der Wohngruppe leben drei junge Männer aus Afghanistan (17 bis 19). Abends spielen sie im Hof mit einem Brett und einem Tennisball das Spiel, das sie von zu Hause kennen. Die Nachbarn beschweren sich über den Lärm und fürchten um ihre Scheiben. Die Jungs sagen, zu Hause hätten sie in einem richtigen Team gespielt, und das fehle ihnen am meisten.",
        ("Geflüchtete",),
        "Sport & Bewegung",
        "cricket",
        ("judo",),
        "Kinder",
        1,
    ),
    Need(
        "Dreißig Jahre in der Tuchfabrik, jetzt nur noch Fernsehen",
        "Frau G. (76) hat dreißig Jahre lang in der Tuchfabrik an den Maschinen gestanden. Seit ihr Mann tot ist, sitzt sie viel vor dem Fernseher. Stricken langweilt sie, sagt sie, aber wenn sie von den Stoffen erzählt, die sie früher gemacht hat, von Mustern, Fäden und Garnen, leuchten ihre Augen. Sie würde gern wieder etwas mit den Händen machen, unter Leuten.",
        ("Senior:innen",),
        "Kultur",
        "webwerkstatt",
        ("korbflechten", "linoldruck"),
        "Kinder",
        2,
    ),
    Need(
        "Der Hund aus Rumänien zieht und bellt",
        "Familie D. hat vor drei Monaten einen Hund aus dem Auslandstierschutz aufgenommen. Er zieht so stark an der Leine, dass die Kinder ihn nicht mehr ausführen können, bellt jeden im Treppenhaus an und hat einen Nachbarsjungen angesprungen. Der Vermieter droht mit einer Abmahnung. Abgeben wollen sie ihn auf keinen Fall, wissen aber nicht, wie man so einen Hund erzieht.",
        ("Familien",),
        "Freizeit",
        "hundeschule",
        ("tiersprechstunde",),
        "Senior:innen",
        2,
    ),
    Need(
        "Die Katze frisst nicht mehr",
        "Herr Z. ist 70 Jahre alt. Er hat eine Katze. Die Katze frisst seit drei Tagen nicht mehr. Beim Tierarzt kostet die Untersuchung 90 Euro. Herr Z. bekommt Grundsicherung. So viel Geld hat er nicht. Er hat geweint. Die Katze ist alles, was er noch hat.",
        ("Senior:innen",),
        "Gesundheit",
        "tiersprechstunde",
        ("hundeschule",),
        "Familien",
        1,
    ),
    Need(
        "Zum dritten Mal ein Rad aus dem Hof weg",
        "Familie P. ist in diesem Jahr schon das dritte Fahrrad aus dem Hinterhof gestohlen worden, zuletzt das neue Rad der Tochter. Bei der Anzeige hat die Polizei gesagt, man finde oft Räder, könne sie aber keinem Besitzer zuordnen. Ein besseres Schloss haben sie schon gekauft. Sie fragen, was sie sonst noch tun können.",
        ("Familien",),
        "Nachbarschaft & Begegnung",
        "fahrradcodierung",
        ("rikscha_ausfahrt",),
        "Senior:innen",
        1,
    ),
    Need(
        "Seit über einem Jahr nicht mehr draußen gewesen",
        "Frau O. (91) lebt im Pflegeheim und sitzt im Rollstuhl. Außer zu Arztterminen im Krankentransport war sie seit über einem Jahr nicht mehr draußen. Sie erzählt immer wieder vom Kanal, an dem sie aufgewachsen ist, und vom Eiscafé an der Brücke. Die Pflegekräfte haben keine Zeit für Spaziergänge, Angehörige gibt es in der Stadt keine mehr.",
        ("Senior:innen",),
        "Nachbarschaft & Begegnung",
        "rikscha_ausfahrt",
        ("plauderbank", "fahrradcodierung"),
        "Kinder",
        3,
    ),
    Need(
        "Gemüse aus der Gegend, aber bezahlbar",
        "Familie R. (drei Kinder) möchte gesünder und mit Gemüse aus der Gegend kochen, Bio aus dem Laden können sie sich aber nicht leisten. Der Vater hat früher auf einem Hof gearbeitet und würde am Wochenende gern wieder auf einem Feld mit anpacken. Die Kinder sollen sehen, wo Möhren und Kartoffeln herkommen.",
        ("Familien",),
        "Umwelt & Klima",
        "solawi",
        ("foodcoop",),
        "Senior:innen",
        1,
    ),
    Need(
        "Bearbeitetes Foto im Klassenchat",
        "In der 7b der Oberschule wurde ein bearbeitetes Foto einer Schülerin in den Klassenchat gestellt, darunter Dutzende gemeine Kommentare. Das Mädchen kommt seit einer Woche nicht mehr zur Schule. Die meisten in der Klasse haben nur mitgelesen oder ein Lach-Emoji geschickt. Die Schulsozialarbeiterin möchte mit der ganzen Klasse daran arbeiten, nicht nur mit denen, die es angefangen haben.",
        ("Jugendliche",),
        "Bildung",
        "cybermobbing_workshop",
        ("cryptoparty", "zivilcourage_training"),
        "Senior:innen",
        3,
    ),
    Need(
        "Er weiß immer, wo sie ist",
        "Frau N. (38) hat sich vor zwei Monaten von ihrem gewalttätigen Partner getrennt und lebt mit den Kindern in einer neuen Wohnung. Trotzdem weiß er oft, wo sie gerade ist, und zitiert aus ihren Nachrichten an die Schwester. Sie vermutet, dass er an ihrem Handy etwas eingerichtet hat, als sie noch zusammen waren, traut sich aber nicht, es im Handyladen jemandem zu zeigen.",
        ("Frauen",),
        "Bildung",
        "cryptoparty",
        ("cybermobbing_workshop",),
        "Senior:innen",
        1,
    ),
    Need(
        "Warum hab ich keinen Papa?",
        "Zwei Frauen, verheiratet, haben einen Sohn (4). In der Kita wurde er gefragt, warum er keinen Papa hat, und andere Kinder lachen ihn aus. Die Mütter kennen im ganzen Stadtteil niemanden, bei dem es so ist wie bei ihnen, und wünschen sich, dass er Kinder trifft, für die zwei Mamas ganz normal sind.",
        ("Familien",),
        "Familie & Kinderschutz",
        "regenbogenfamilien_treff",
        ("trageberatung",),
        "Jugendliche",
        1,
    ),
    Need(
        "Will sich das Moped selbst verdienen",
        "Kevin (15) möchte den Mopedführerschein machen, die Mutter bekommt Bürgergeld und kann das nicht bezahlen. Er ist zuverlässig, geschickt und trägt im Haus schon den älteren Nachbarn die Einkäufe hoch. Er fragt, ob es etwas Erlaubtes gibt, wo er in seinem Alter ein paar Euro in der Woche verdienen kann.",
        ("Jugendliche",),
        "Arbeit & Ausbildung",
        "taschengeldboerse",
        ("finanzfuehrerschein", "wohnen_fuer_hilfe"),
        "Senior:innen",
        2,
    ),
    Need(
        "baby will nur auf den arm",
        "junge mutter, baby 6 wochen, schreit sobald sie es hinlegt. sie kann nix mehr im haushalt machen, rücken tut weh vom ständigen halten. hat von der schwägerin so ein langes tuch geschenkt bekommen aber weis nicht wie man das bindet und hat angst das baby fällt raus.",
        ("Eltern",),
        "Familie & Kinderschutz",
        "trageberatung",
        ("regenbogenfamilien_treff", "wohngeldberatung"),
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
