"""Build ``heldout10_pairs.jsonl``: the tenth held-out part of the synergy engine's labelled set.

Its place and time helpers and the pair scaffolding now live in ``heldout_common.py``,
shared by the builders.

The tenth unseen set, written in December 2026 for the next round, after the ninth held-out part
(``heldout9_pairs.jsonl``) has been evaluated once and so becomes spent. It was written by someone
who did not tune the engine and did not open the engine (nothing under ``src/``), its lexicon
(``offer_kinds.toml``) or its kind list (``bench/data/offer_kinds.py``), nor any other builder
(``build_eval_set.py``, ``pattern_pairs.py``, ``build_heldout.py`` to ``build_heldout8.py``),
``eval_quality.py`` or any other bench script, ``bench/README.md``, ``docs/`` or any ``.jsonl``
file other than the one named below; no engine code and no evaluation was run, and no figure of
any engine was looked at while writing it. ``build_heldout9.py`` was opened in full, to take the
record format (with the per-offer ``kind`` field), the case scheme and counts, and the place and
time helpers (district coordinates, weekly slots, walking offsets, seed handling, command line);
the first three lines of ``heldout9_pairs.jsonl`` were looked at only to match the output format,
and of ``pyproject.toml`` only its ``[tool.ruff]`` section, for the line length.
The kinds were checked, one by one, against a list of all 327 kind keys used by parts 1 to 9 and
the tuning files; none of them is among those, and none is one of them under another name. All
offer texts and needs were written new for this part. Ids start with ``w`` (offers ``w0001``,
organisations ``worg0001``, needs ``wn001``), so they collide with no earlier part.

It must not be used for tuning. Evaluate it once, after the last change to the engine and its
lexicon in a round, report the figures and change nothing because of them:

    .venv/bin/python bench/eval_quality.py --heldout bench/data/heldout10_pairs.jsonl --second-model

36 kinds of neighbourhood and social work, none of them a kind of the earlier parts:
Selbsthilfegruppe Tinnitus, Endometriose-Selbsthilfegruppe, Selbsthilfegruppe Kaufsucht,
Waldbaden, Hitzetelefon, Langstocktraining (Orientierung und Mobilität für blinde Menschen),
Fechten, Slackline, Geocaching, Amateurfunk, Gassigehen mit Tierheimhunden, Babyschwimmen,
Laternenumzug, Debattierclub, Notinsel (Anlaufstellen für Kinder in Geschäften), Klöppeln,
Tiffany-Glaswerkstatt, Lederwerkstatt, Straffälligenhilfe (Beratung nach der Haft),
Ausstiegsberatung Rechtsextremismus, Beratungsstelle für Sexarbeiter:innen, Nisthilfen für
Wildbienen, mobile Saftpresse, Amphibienschutz am Krötenzaun, Kleidertausch, Heiligabend in
Gemeinschaft, Lebendiger Adventskalender, Wunschbaum, Zeitzeug:innen in Schulen,
Nachbarschafts-Carsharing, Essen auf Rädern, Fahrtraining für ältere Autofahrer:innen, Poetry
Slam, Orientalischer Tanz, Hilfsmittelbörse and internationaler Jugendaustausch.

Where an earlier kind lies close, the new one is a different thing, not the same under another
name: the groups on tinnitus, endometriosis and compulsive buying are peer groups on one condition
each, not the groups on other conditions (``depression_selbsthilfe``, ``rheuma_selbsthilfe``,
``krebs_selbsthilfe``); the tinnitus group is not lip-reading for people who hear badly
(``absehkurs``), the endometriosis group is neither the menopause group (``wechseljahre_gruppe``)
nor the cycle workshop for girls (``zyklusworkshop_maedchen``), and compulsive buying is neither
gambling (``gluecksspiel_selbsthilfe``) nor hoarding (``messie_selbsthilfe``) nor debt advice
(``schuldnerberatung``); Waldbaden is slow time without a goal among trees, neither a hiking group
(``wandergruppe``) nor a herb walk (``kraeuterwanderung``) nor a relaxation course indoors or yoga
(``entspannungskurs``, ``yoga_im_park``); the Hitzetelefon calls old people on hot days about
drinking and cool rooms, it is neither a calling chain (``telefonkette``) nor a crisis line
(``krisentelefon``) nor company on the way home (``heimwegtelefon``); the Langstocktraining
teaches walking with the white cane, not Braille (``brailleschrift_kurs``) nor walking with a
rollator (``rollator_training``); fencing is neither judo nor boxing nor self-defence (``judo``,
``boxtraining``, ``selbstverteidigung``); the slackline is neither climbing nor parkour nor circus
(``klettern``, ``parkour``, ``kinderzirkus``); Geocaching is a hunt for hidden boxes by
coordinates, not a guided walk through the district (``stadtteilfuehrung``) nor hiking; Amateurfunk
is talking by radio with other licensed amateurs, not broadcasting a programme (``buergerradio``);
walking dogs of the animal shelter is neither dog training (``hundeschule``) nor visits by dogs
(``besuchshund``) nor food for the pets of the poor (``tierfutterhilfe``); Babyschwimmen gets
babies used to warm water with a parent, it is not a swimming course for children
(``kinderschwimmkurs``) nor gymnastics or massage (``eltern_kind_turnen``, ``babymassage``); the
lantern parade is neither a craft afternoon (``bastelnachmittag``) nor a holiday programme
(``ferienprogramm``); the Debattierclub is competitive debating by fixed rules, not training to
answer slogans (``argumentationstraining``), not a youth parliament (``jugendparlament``) and not
peer mediation (``streitschlichter``); the Notinsel is a net of shops that take in children in
danger, not someone who walks them to school (``schulwegbegleitung``) nor a self-assertion course
(``selbstbehauptung_maedchen``); Klöppeln makes bobbin lace, it is neither knitting nor weaving
nor sewing (``stricktreff``, ``webwerkstatt``, ``naehkurs``); the Tiffany workshop cuts, foils and
solders coloured glass, it does not set tiles in grout (``mosaik``); the leather workshop is
neither sewing nor upcycling nor jewellery (``naehkurs``, ``upcycling``, ``schmuckwerkstatt``); the
Straffälligenhilfe is for people leaving prison, not general social, debt or homeless advice
(``sozialberatung``, ``schuldnerberatung``, ``wohnungslosenhilfe``); the Ausstiegsberatung helps
people out of the extreme right and their families, it is neither an argument training nor civil
courage (``argumentationstraining``, ``zivilcourage_training``) nor advice after discrimination
(``antidiskriminierungsberatung``) nor ``streetwork``; advice for sex workers is neither an HIV
test (``hiv_test``) nor protection from violence (``gewaltschutzberatung``) nor pregnancy advice
(``schwangerschaftsberatung``); nest aids for wild bees are not beekeeping (``imkerei``), not a
conservation work day (``naturschutzeinsatz``) and not the wood workshop (``holzwerkstatt``); the
juice press turns one's own fruit into juice, it is neither picking fruit (``obsternte``) nor
preserving (``einkochkurs``); carrying toads across the road at the fence is neither a
conservation work day nor bird watching or a bat walk (``naturschutzeinsatz``,
``vogelbeobachtung``, ``fledermausexkursion``); the clothes swap is among equals, without money or
a test of need, not the clothing store for the poor (``kleiderkammer``), the book swap
(``buechertausch``), the flea market (``troedelmarkt``) or the time bank (``tauschring``);
Heiligabend in Gemeinschaft is one festive evening, not a lunch table (``mittagstisch``), a
seniors' meeting (``seniorentreff``) or the Iftar (``offenes_iftar``), and the living Advent
calendar opens a different window every evening, it is not a neighbourhood café
(``nachbarschaftscafe``); the Wunschbaum gets the gifts children wished for from donors, it is
neither help with school material (``schulmaterial_hilfe``) nor the food bank (``tafel``) nor the
clothing store; witnesses of history go into school lessons, which is neither the story café
(``erzaehlcafe``) nor the history workshop (``geschichtswerkstatt``) nor cleaning Stolpersteine
(``stolpersteine_putzen``); neighbourhood car sharing lends private cars to drive oneself, it is
neither lifts from a bench (``mitfahrbank``) nor a transport service (``fahrdienst``) nor cargo
bikes (``lastenradverleih``); Essen auf Rädern brings a hot meal to the door every day, which is
neither eating together at a lunch table (``mittagstisch``) nor help with shopping
(``einkaufshilfe``) nor the food bank; the driving lesson for older drivers is neither theory for
the licence (``fuehrerschein_theorie``) nor a cycling course (``radfahrkurs``) nor rollator
practice; the Poetry Slam is a contest of reading one's own texts on stage, not a writing circle
(``schreibwerkstatt``), rap (``rap_workshop``) or theatre (``jugendtheater``); oriental dance is a
solo dance, neither dancing in couples (``tanzkurs_paare``) nor seniors' dance (``seniorentanz``)
nor hip-hop (``hiphop_tanz``); the Hilfsmittelbörse passes on wheelchairs, rollators and shower
stools, it is neither the furniture exchange (``moebelboerse``) nor the rollator check
(``rollator_check``) nor lending drills and ladders (``werkzeugverleih``); the youth exchange
travels to partner groups abroad and hosts them, it is neither a holiday programme nor a day trip
(``ferienprogramm``, ``tagesausfluege``) nor the scouts (``pfadfinder``).

Each kind is written four ways, as organisations title and describe it: two that keep the kind's
word stem ("Fechten" / "Fechttraining für Einsteiger:innen") and two that name it with other
words, loanwords, the words of a parish, a club, a self-organisation or an office, about half of
them (the fourth wording of every kind) in plain language ("Pfeifen im Ohr", "Shinrin Yoku",
"Florett, Maske, Planche", "Wassergewöhnung für Säuglinge", "Swap statt Shopping", "Raqs Sharqi",
"Sie kommen bald aus dem Gefängnis?", "Du hast draußen Angst? Geh in einen Laden mit diesem
Zeichen.", "Kein Geld für Weihnachtsgeschenke für Ihr Kind?").

Look-alike groups share a compound head or a field: ...selbsthilfe on an illness one cannot see
(Tinnitus, Endometriose, Kaufsucht) and shopping and clothes (Kaufsucht, Kleidertausch),
...börse and passing things on (Kleidertausch, Hilfsmittelbörse), old people at home (Hitzetelefon,
Essen auf Rädern), out among trees (Waldbaden, Geocaching), balance and the blade (Slackline,
Fechten), the duel and the contest of words (Fechten, Debattierclub, Poetry Slam, Zeitzeugen),
contact with the world abroad
(Amateurfunk, Jugendaustausch), mobility training (Langstock, Fahrtraining, Carsharing,
Hilfsmittelbörse), animals and volunteering outdoors (Gassigehen, Amphibienschutz, Wildbienen,
Saftpresse), families with small children (Babyschwimmen, Laternenumzug), lights and festivals in
the dark season (Laternenumzug, Adventskalender, Heiligabend, Wunschbaum), children and the shops
of the street (Wunschbaum, Notinsel), ...werkstatt (Klöppeln, Tiffany, Leder), Ausstieg and a new
start (Straffälligenhilfe, Ausstiegsberatung, Sexarbeit) and women's bodies (Orientalischer Tanz,
Endometriose).

Offer pairs (``"type": "offers"``) are parallel (label 1) when both are the same kind of thing,
for the same people, in the same area, at overlapping times. 168 offer pairs, ``case`` after the
prefix ``held-out 10 ``:

* parallel (70): ``synonym without shared stem`` 36 (every kind once), ``paraphrase`` 24,
  ``specific group shared`` 10 (a specific group in common, one offer also names a broad one);
* not parallel (98): ``look-alike kinds`` 54 (27 pairs of different kinds with the same compound
  head or a similar field, two wordings each, same place, people and time: "Fechten" /
  "Debattierclub", "Tiffany-Werkstatt" / "Lederwerkstatt", "Kleidertausch" / "Hilfsmittelbörse",
  "Straffälligenhilfe" / "Ausstiegsberatung", "Wunschbaum" / "Notinsel"), ``broad group only`` 15
  (the same kind for people who share only "Migrant:innen" or "Nachbarschaft / alle"), ``other
  people`` 5, ``far apart`` 12 (several kilometres), ``other time`` 12. Apart from what a case
  changes, both offers agree.

Need pairs (``"type": "need"``) hold a need as a social worker notes it and one offer: 30 needs,
told as the situation in everyday words and without naming the kind of offer (some short, some
long, one in lower case with the haste of a note), 159 need pairs: ``meets the need`` 90 (three
offers of the kind that meets it, label 1), ``look-alike kinds (need)`` 39 (one or two offers of a
look-alike kind, a near miss, label 0) and ``other target group`` 30 (the right kind for other
people, label 0).

    python bench/data/build_heldout10.py
"""

from __future__ import annotations

from pathlib import Path

from heldout_common import ALL, DISABLED, MIGRANTS, Kind, Need, build_pairs, run_builder

# ruff: noqa: E501  (one offer text per line reads better than wrapped strings)

OUTPUT = Path(__file__).resolve().parent / "heldout10_pairs.jsonl"
SEED = 20261230
CASE_PREFIX = "held-out 10 "
ID_PREFIX = "w"

KINDS: dict[str, Kind] = {
    "tinnitus_selbsthilfe": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Selbsthilfegruppe Tinnitus",
                "Es pfeift, rauscht oder summt, Tag und Nacht, und kein Arzt kann es abstellen: In unserer Tinnitus-Selbsthilfegruppe treffen sich Betroffene einmal im Monat im Gesundheitsladen. Wir erzählen, wie wir mit schlaflosen Nächten und der Angst vor der Stille umgehen, tauschen Erfahrungen mit Hörtherapie, Rauschgeräten und Entspannung aus und laden ab und zu eine HNO-Ärztin ein. Die Gruppe gehört zur Deutschen Tinnitus-Liga.",
            ),
            (
                "Tinnitus-Gesprächskreis",
                "Seit dem Hörsturz klingelt es im Ohr? Im Tinnitus-Gesprächskreis sind Sie mit dem Dauerton nicht allein. Wir sprechen offen darüber, was das Geräusch mit Schlaf, Konzentration und Laune macht, und sammeln, was jeder und jedem von uns hilft: Musik zum Einschlafen, Sport, Ablenkung, ein offenes Ohr. Neue können jederzeit ohne Anmeldung dazukommen.",
            ),
            (
                "Pfeifen im Ohr: Austausch unter Betroffenen",
                "Ein hoher Ton, der nie aufhört, ein Rauschen wie vom Wasserfall, ein Summen, das nachts lauter wird: Wer mit Ohrgeräuschen lebt, bekommt oft nur zu hören, man müsse sich eben daran gewöhnen. Bei uns erzählen Menschen mit demselben Problem einander, wie sie schlafen, arbeiten und abschalten, welche Hörtherapie geholfen hat und welche nicht. Ohne Fachleute, monatlich im Gesundheitsladen.",
            ),
            (
                "Es piept oder rauscht immer in Ihrem Ohr?",
                "In Ihrem Ohr piept es. Oder es rauscht. Immer, auch in der Nacht. Das macht müde und traurig. Hier treffen Sie Menschen, bei denen es genauso ist. Wir erzählen uns, was hilft. Sie können einfach kommen.",
            ),
        ),
    ),
    "endometriose_selbsthilfe": Kind(
        "Gesundheit",
        ("Frauen",),
        (
            (
                "Endometriose-Selbsthilfegruppe",
                "Jahrelang hieß es, starke Regelschmerzen seien eben normal. In unserer Endometriose-Selbsthilfegruppe treffen sich Frauen, bei denen endlich die Diagnose gestellt wurde oder die sie vermuten. Wir sprechen über Bauchschmerzen, Operationen, Hormontherapie, Kinderwunsch und darüber, wie man es Chef:innen und Partner:innen erklärt. Jeden zweiten Mittwoch im Frauengesundheitszentrum.",
            ),
            (
                "Endometriose-Stammtisch",
                "Endometriose betrifft etwa jede zehnte Frau, und trotzdem kennt kaum jemand das Wort. Beim Stammtisch der Endometriose-Vereinigung tauschen wir Adressen von spezialisierten Kliniken aus, reden über Schmerzmittel, Ernährung, Wärmflasche und Reha und stärken uns gegenseitig, wenn wieder jemand sagt: Stell dich nicht so an.",
            ),
            (
                "Unterleibsschmerzen, die keiner ernst nimmt: Frauen unter sich",
                "Krämpfe, gegen die keine Wärmflasche hilft, Tage im Monat, an denen an Arbeit nicht zu denken ist, Gewebe wie Gebärmutterschleimhaut, das an Eierstöcken oder Darm wächst, und im Schnitt sieben Jahre bis zur Diagnose: Betroffene erzählen einander ohne Scham, wie sie mit Schmerzen, Bauchspiegelung, Hormonen und unerfülltem Kinderwunsch leben, und geben sich Tipps für das nächste Arztgespräch. Ohne Fachleute, zweimal im Monat.",
            ),
            (
                "Sie haben bei Ihrer Periode sehr starke Schmerzen?",
                "Ihre Tage tun sehr weh? So weh, dass Sie nicht arbeiten können? Vielleicht haben Sie eine Krankheit im Bauch. Viele Frauen haben sie. Hier reden Frauen darüber. Sie sagen sich, was hilft.",
            ),
        ),
    ),
    "kaufsucht_selbsthilfe": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Selbsthilfegruppe Kaufsucht",
                "Die Pakete stapeln sich ungeöffnet im Flur, das Konto ist im Minus, und trotzdem landet nachts wieder etwas im Warenkorb? In der Selbsthilfegruppe Kaufsucht sprechen Menschen, die nicht mehr aufhören können zu shoppen, offen über den Kick beim Bezahlen, die Scham danach und die Schulden. Wir arbeiten nach dem Vorbild der anonymen Gruppen, ohne Therapeut:in, jeden Donnerstagabend.",
            ),
            (
                "Treffpunkt für Kaufsüchtige",
                "Hier treffen sich Kaufsüchtige, die ihr Kaufverhalten in den Griff bekommen wollen. Wir führen gemeinsam Ausgabenbücher, erzählen uns von Rückfällen beim Onlineshopping und Teleshopping und machen einander Mut, die Shopping-Apps zu löschen. Anonym und kostenlos.",
            ),
            (
                "Zu viel bestellt, zu viel ausgegeben: wenn Shopping zum Zwang wird",
                "Der Rausch beim Klick auf „Jetzt bezahlen“, das schlechte Gewissen, wenn der Paketbote klingelt, Kleider mit Etikett im Schrank und ein Dispo, der jeden Monat wächst: Wer zwanghaft shoppt, versteckt oft Tüten und Kontoauszüge vor der Familie. Menschen mit demselben Problem erzählen sich hier ehrlich, was den Drang auslöst und was beim Widerstehen hilft, und freuen sich über jede Woche ohne Bestellung. Anonym, ohne Fachleute.",
            ),
            (
                "Sie müssen immer wieder Sachen bestellen?",
                "Sie bestellen immer wieder Sachen im Internet? Auch wenn Sie sie nicht brauchen? Und dann ist kein Geld mehr da? Hier sind Menschen, denen es genauso geht. Wir reden darüber. Niemand schimpft mit Ihnen.",
            ),
        ),
    ),
    "waldbaden": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Waldbaden",
                "Waldbaden hat nichts mit Wasser zu tun: Wir gehen langsam in den Auwald, lassen Handy und Uhr in der Tasche und nehmen den Wald mit allen Sinnen wahr, riechen am Moos, lauschen dem Specht, lehnen uns an einen Stamm. Die Kursleiterin ist zertifizierte Waldgesundheitstrainerin und leitet Atem- und Achtsamkeitsübungen an. Zweieinhalb Stunden, kaum Strecke, bei jedem Wetter.",
            ),
            (
                "Einführung ins Waldbaden",
                "Die Japaner nennen es Shinrin Yoku, ein Bad in der Waldluft. In kleiner Gruppe schlendern wir ohne Ziel durchs Gehölz, bleiben stehen, wo es uns gefällt, und üben, den Alltag für zwei Stunden loszulassen. Studien zeigen: Puls und Stresshormone sinken. Bequeme Kleidung und ein Sitzkissen mitbringen.",
            ),
            (
                "Shinrin Yoku: mit allen Sinnen unter Buchen und Eichen",
                "Kein Wandern, kein Sport, keine Pflanzenkunde: Zwei Stunden lang schlendern wir im Tempo einer Schnecke durch den Auenforst, atmen die Luft unter den Kronen, tasten Rinde, hören dem Specht zu und sitzen still am Bach. Die aus Japan stammende Methode senkt nachweislich Puls und Stresshormone. Eine Achtsamkeitstrainerin leitet an; das Handy bleibt in der Tasche.",
            ),
            (
                "Sie sind gestresst? Kommen Sie mit unter die Bäume.",
                "Ihr Kopf ist voll? Sie kommen nicht zur Ruhe? Wir gehen ganz langsam zwischen die Bäume. Wir riechen, hören und fühlen. Wir müssen nicht weit gehen. Das tut gut. Nehmen Sie eine Decke mit.",
            ),
        ),
    ),
    "hitzetelefon": Kind(
        "Gesundheit",
        ("Senior:innen",),
        (
            (
                "Hitzetelefon",
                "Bei einer Hitzewarnung des Deutschen Wetterdienstes rufen die Ehrenamtlichen des Hitzetelefons ältere Menschen, die allein leben, jeden Vormittag an: Haben Sie heute schon genug getrunken? Sind die Rollläden unten? Brauchen Sie jemanden, der Wasser bringt? Wer sich nicht meldet, bekommt Besuch. Anmelden können sich Betroffene selbst oder ihre Angehörigen, von Juni bis September.",
            ),
            (
                "Hitzetelefon „Sonnenschirm“",
                "Wenn das Thermometer über 30 Grad steigt, klingelt bei Ihnen das Hitzetelefon: Eine freundliche Stimme erinnert ans Trinken, gibt Tipps, wie die Wohnung kühl bleibt, und fragt, wie es Ihnen geht. Der Dienst ist kostenlos und läuft, solange die Hitzewelle dauert.",
            ),
            (
                "Anruf an heißen Tagen: jemand fragt, ob Sie genug trinken",
                "Im Hochsommer wird es in Dachwohnungen schnell gefährlich, und wer über achtzig ist, spürt den Durst oft kaum noch. Sobald der Wetterdienst vor großer Wärme warnt, melden sich Freiwillige jeden Morgen am Apparat, erinnern an Wasser und kühle Tücher, raten, tagsüber die Vorhänge zuzuziehen, und schicken jemanden vorbei, wenn keiner abnimmt.",
            ),
            (
                "Es ist sehr heiß draußen. Wir rufen Sie an.",
                "Im Sommer ist es oft sehr heiß. Dann rufen wir Sie jeden Morgen an. Wir fragen: Haben Sie genug getrunken? Geht es Ihnen gut? Wenn Sie nicht abheben, kommt jemand zu Ihnen nach Hause.",
            ),
        ),
    ),
    "langstock_training": Kind(
        "Bildung",
        (DISABLED,),
        (
            (
                "Langstocktraining",
                "Im Langstocktraining lernen blinde und stark sehbehinderte Menschen, sich mit dem weißen Stock sicher zu bewegen: Pendeltechnik, Bordsteinkanten ertasten, Leitlinien am Boden folgen, Ampeln und Haltestellen finden. Eine Rehabilitationslehrerin für Orientierung und Mobilität übt mit Ihnen einzeln auf Ihren eigenen Wegen, zum Bäcker, zur Arbeit, zur Straßenbahn. Die Krankenkasse übernimmt die Kosten.",
            ),
            (
                "Training mit dem Langstock",
                "Sie sehen immer weniger und trauen sich kaum noch allein auf die Straße? Der Blinden- und Sehbehindertenverein vermittelt Stunden mit einer Fachkraft, die Ihnen den Umgang mit dem Langstock beibringt, und lädt jeden Monat zu einem Treffen ein, bei dem Sie mit anderen Rolltreppe, Bahnsteig und Zebrastreifen üben.",
            ),
            (
                "O&M-Schulung: allein zum Bäcker, auch wenn die Augen nachlassen",
                "Pendeln, tasten, hören: Eine Rehalehrerin für Orientierung und Mobilität zeigt Menschen mit starkem Sehverlust, wie sie mit dem weißen Taststab Bordsteinkanten, Treppen und die Rillen der Bodenleitsysteme finden, Verkehrsgeräusche deuten und feste Wege zur Arbeit oder zur Haltestelle einüben. Einzeln und draußen, auf Ihren eigenen Strecken; die Kasse zahlt auf Verordnung.",
            ),
            (
                "Sie sehen schlecht und wollen allein unterwegs sein?",
                "Ihre Augen werden schlechter? Sie haben Angst, allein auf die Straße zu gehen? Eine Fachfrau übt mit Ihnen. Mit einem weißen Stab finden Sie den Weg. Zum Beispiel zum Bäcker oder zum Bus. Die Krankenkasse bezahlt das.",
            ),
        ),
    ),
    "fechten": Kind(
        "Sport & Bewegung",
        (ALL,),
        (
            (
                "Fechten",
                "Florett, Degen oder Säbel: In der Fechtabteilung des Sportvereins lernen Neue Grundstellung, Ausfallschritt und die ersten Paraden, erst an der Wand, dann im Gefecht auf der Bahn. Maske, Jacke und Waffen werden gestellt, Turnschuhe reichen. Fechten trainiert Schnelligkeit, Koordination und Konzentration und ist ein Sport für jedes Alter.",
            ),
            (
                "Fechttraining für Einsteiger:innen",
                "Vier Wochen Schnuppertraining in der Fechthalle: Wir zeigen, wie man die Klinge hält, sich auf der Planche vor und zurück bewegt und einen Treffer setzt, und ab der dritten Stunde wird mit elektrischer Trefferanzeige gefochten. Ausrüstung zum Leihen ist vorhanden.",
            ),
            (
                "Florett, Maske, Planche: Duell mit der Klinge",
                "En garde! Mit Maske, weißer Jacke und einem biegsamen Florett stehen sich zwei gegenüber, Ausfallschritt, Parade, Riposte, und ein Lämpchen zeigt den Treffer an. Der olympische Sport aus Frankreich schult Reaktion und Taktik, berührt wird nur mit der Klingenspitze. Der Verein leiht die komplette Ausrüstung und lässt Neue in den ersten Wochen umsonst mitmachen.",
            ),
            (
                "Mit einem dünnen Schwert kämpfen, ganz ohne Verletzung",
                "Zwei Menschen stehen sich gegenüber. Beide haben ein dünnes, biegsames Schwert. Beide tragen eine Maske. Wer den anderen zuerst berührt, bekommt einen Punkt. Das tut nicht weh. Wir leihen Ihnen alles, was Sie brauchen.",
            ),
        ),
    ),
    "slackline": Kind(
        "Sport & Bewegung",
        (ALL,),
        (
            (
                "Slackline im Park",
                "Ein fünf Zentimeter breites Band, zwischen zwei Bäume gespannt, knapp über dem Rasen: Beim Slackline-Treff zeigen wir, wie man aufsteht, mit den Armen ausbalanciert und die ersten Schritte schafft. Wir haben Lines in verschiedenen Längen und Spannungen dabei, Baumschutz inklusive. Jeden Sonntagnachmittag bei trockenem Wetter.",
            ),
            (
                "Slacklinen im Hof",
                "Slacklinen trainiert Gleichgewicht, Körpermitte und Konzentration, und es macht einfach Spaß, wenn nach zehn Versuchen zum ersten Mal drei Schritte klappen. Das Stadtteilzentrum spannt jeden Freitag mehrere Lines zwischen die Kastanien, Fortgeschrittene zeigen Tricks wie Drehungen und den Sitzstart.",
            ),
            (
                "Balancieren auf dem Gurtband zwischen zwei Linden",
                "Ein schmales, federndes Band aus Polyester, knapp kniehoch zwischen zwei Stämme gespannt: Wer darauf einen Fuß vor den anderen setzen will, muss Arme, Rumpf und Blick ins Gleichgewicht bringen. In der Grünanlage am Kanal zeigen erfahrene Balancierer:innen die ersten Schritte und ein paar Tricks; Bänder in verschiedenen Längen und Schutz für die Rinde bringen wir mit.",
            ),
            (
                "Auf einem wackeligen Band gehen",
                "Wir spannen ein Band zwischen zwei Bäume. Es hängt nur knapp über dem Boden. Sie versuchen, darauf zu gehen. Das ist wackelig und lustig. Wir halten Ihre Hand, bis es klappt.",
            ),
        ),
    ),
    "geocaching": Kind(
        "Freizeit",
        (ALL,),
        (
            (
                "Geocaching",
                "Geocaching ist eine moderne Schnitzeljagd: Mit GPS-Gerät oder Handy-App sucht man kleine Dosen, die andere an Bäumen, Mauern oder Brücken versteckt haben, trägt sich ins Logbuch ein und tauscht kleine Gegenstände. Bei unseren Runden durch das Viertel zeigen wir, wie die App funktioniert, was Koordinaten sind und worauf man beim Suchen achten muss.",
            ),
            (
                "Geocaching-Tour für Einsteiger:innen",
                "Drei Stunden, fünf Caches, ein Multi mit Rätseln: Der Heimatverein lädt zu einer Geocaching-Tour am Kanal entlang ein. Wir erklären, wie man Hinweise entschlüsselt, die Dose findet, ohne dass Passanten etwas merken, und selbst einen Cache versteckt. Ein Smartphone pro Gruppe reicht.",
            ),
            (
                "Schatzsuche mit Koordinaten: versteckte Dosen im Viertel finden",
                "Irgendwo an der Brücke, hinter einem losen Stein oder unter einer Bank liegt eine kleine Dose mit Logbuch, und nur die Satellitenposition verrät, wo. Mit Handy-App oder GPS-Empfänger, Rätseln und Spürsinn geht es durch Straßen und Grünanlagen; wer fündig wird, trägt sich ein, tauscht eine Kleinigkeit und legt alles zurück. Der Heimatverein erklärt die App und führt die erste Runde an.",
            ),
            (
                "Eine versteckte Dose suchen, mit dem Handy",
                "Jemand hat eine kleine Dose versteckt. Ihr Handy zeigt Ihnen, wo sie ungefähr ist. Dann suchen Sie. Wer sie findet, schreibt seinen Namen auf einen Zettel in der Dose. Wir zeigen Ihnen, wie das geht. Kommen Sie mit!",
            ),
        ),
    ),
    "amateurfunk": Kind(
        "Freizeit",
        (ALL,),
        (
            (
                "Amateurfunk",
                "Mit einer selbst gespannten Antenne auf dem Dach mit Japan, Brasilien oder der Raumstation ISS sprechen: Der Ortsverband des Amateurfunk-Clubs öffnet jeden Donnerstag seine Funkstation. Wir zeigen, wie ein Funkgerät funktioniert, wie man sich auf Englisch mit Rufzeichen meldet, und bereiten auf die Prüfung für die Amateurfunklizenz bei der Bundesnetzagentur vor.",
            ),
            (
                "Amateurfunk-Club: offener Abend",
                "Funkverbindungen rund um die Welt, Löten, Morsen und Antennenbau: Im Clubheim des Amateurfunk-Ortsverbands dürfen Interessierte unter Aufsicht eines lizenzierten Funkers selbst ins Mikrofon sprechen und Verbindungen ins Logbuch eintragen. Wer dabeibleiben will, kann die Kurse zur Lizenzprüfung besuchen.",
            ),
            (
                "Rufzeichen, Morsetaste, Kurzwelle: Verbindungen in alle Welt",
                "„CQ, CQ, hier ist Delta Lima …“: Über Kurzwelle sprechen die Mitglieder des Ortsverbands mit Menschen in Australien, Kanada oder auf Forschungsstationen in der Antarktis, sie morsen, bauen Antennen und löten Empfänger. Neugierige dürfen an der Station des Vereins unter Aufsicht selbst ins Mikrofon sprechen, und wer mehr will, wird auf die Lizenzprüfung der Bundesnetzagentur vorbereitet.",
            ),
            (
                "Mit Menschen auf der ganzen Welt sprechen, über eine Antenne",
                "Mit einem Gerät und einer Antenne sprechen wir mit Menschen in anderen Ländern. Ganz ohne Internet und ohne Handy. Sie können das bei uns ausprobieren. Wir erklären Ihnen alles.",
            ),
        ),
    ),
    "gassigehen_tierheim": Kind(
        "Freizeit",
        (ALL,),
        (
            (
                "Gassigeher:innen fürs Tierheim",
                "Viele Hunde im Tierheim warten monatelang auf ein neues Zuhause und kommen kaum raus. Als Gassigeher:in holen Sie nach einer Einführung und einem Probespaziergang regelmäßig einen Hund ab und gehen eine Stunde mit ihm durch die Felder. Wir brauchen Menschen, die zuverlässig kommen, am besten jede Woche.",
            ),
            (
                "Ehrenamtlich Gassi gehen",
                "Das Tierheim am Stadtrand sucht Menschen, die mit unseren Hunden spazieren gehen. Jeden Mittwoch und Samstag gibt es eine Gassirunde mit Einführung: Wie lege ich das Geschirr an, wie verhalte ich mich, wenn uns andere Hunde begegnen, welcher Hund passt zu mir? Einen eigenen Hund brauchen Sie nicht, nur Freude an Bewegung.",
            ),
            (
                "Hunde aus der Auffangstation brauchen Auslauf: Spaziergänger:innen gesucht",
                "Bruno, Lotte und Ares warten in ihren Zwingern am Stadtrand auf ein neues Zuhause und kommen viel zu selten raus. Nach einer Einweisung und einem Probespaziergang holen Sie einen festen Hund ab und drehen mit ihm eine Runde durch Felder und Wäldchen, so oft Sie Zeit haben. Sie lernen Leinenführung, Körpersprache und was zu tun ist, wenn andere Hunde kommen. Ein eigener Hund ist nicht nötig.",
            ),
            (
                "Sie mögen Hunde, haben aber keinen?",
                "Sie haben Hunde gern? Aber Sie haben keinen eigenen? Viele Hunde haben kein Zuhause. Sie warten auf neue Besitzer. Sie können mit einem Hund eine Runde laufen. Wir zeigen Ihnen, wie das klappt.",
            ),
        ),
    ),
    "babyschwimmen": Kind(
        "Familie & Kinderschutz",
        ("Eltern",),
        (
            (
                "Babyschwimmen",
                "Im 32 Grad warmen Lehrschwimmbecken erleben Babys ab dem vierten Lebensmonat gemeinsam mit Mama oder Papa das Wasser: schaukeln, gleiten, kurz untertauchen, mit Liedern und Spielen. Eine Kursleiterin mit Ausbildung im Säuglingsschwimmen zeigt sichere Haltegriffe. Schwimmen lernen die Kleinen dabei noch nicht, aber sie fühlen sich im Wasser zu Hause. Zehn Termine, bitte Schwimmwindel mitbringen.",
            ),
            (
                "Babyschwimmkurs",
                "Zehn Wochen mit Ihrem Baby im warmen Becken: Wir planschen, singen und lassen die Kleinen auf der Poolnudel gleiten. Das stärkt Muskeln und Vertrauen, und danach schlafen viele Babys besonders gut. Bitte Schwimmwindel, Kapuzenhandtuch und ein Fläschchen für danach mitbringen.",
            ),
            (
                "Wassergewöhnung für Säuglinge: Planschen im warmen Becken",
                "Bei 32 Grad Wassertemperatur schaukeln Mütter und Väter ihre Kleinen durchs Becken, lassen sie auf dem Bauch gleiten und kurz untertauchen, begleitet von Liedern und Spielen mit Bällen und Gießkannen. Eine Hebamme mit Zusatzausbildung zeigt, wie man Säuglinge ab vier Monaten im Wasser sicher hält. Zehn Wochen, im Lehrbecken der Grundschule.",
            ),
            (
                "Mit Ihrem kleinen Kind ins warme Wasser",
                "Ihr Kind ist noch ganz klein? Es mag das Wasser in der Wanne? Dann kommen Sie mit ihm ins warme Becken. Wir singen und spielen im Wasser. Ihr Kind lernt: Wasser ist schön. Sie halten es dabei immer fest.",
            ),
        ),
    ),
    "laternenumzug": Kind(
        "Nachbarschaft & Begegnung",
        ("Familien",),
        (
            (
                "Laternenumzug zu St. Martin",
                "Am 11. November ziehen wir mit Laternen vom Gemeindehaus durch die Straßen bis zum Martinsfeuer auf dem Kirchplatz. Vorneweg reitet St. Martin auf dem Pferd, der Posaunenchor spielt, und alle singen „Laterne, Laterne“. Danach gibt es Martinshörnchen und Kinderpunsch. Laternen können eine Woche vorher bei uns gebastelt werden.",
            ),
            (
                "Laternenbasteln und Laternenumzug",
                "Erst wird gebastelt, dann geleuchtet: Im Familienzentrum kleben wir nachmittags Laternen aus Käseschachteln und Transparentpapier, und wenn es dunkel ist, geht der Laternenumzug mit Musik durch den Kiez bis zum Spielplatz, wo ein kleines Feuer brennt und Stockbrot wartet.",
            ),
            (
                "Lichterlauf im November: mit Lampions durch den dunklen Kiez",
                "Wenn es im November früh dunkel wird, gehen Groß und Klein mit leuchtenden Lampions aus Transparentpapier singend durch die Straßen des Viertels, begleitet von Bläsern und einem Reiter mit rotem Mantel, der seinen Umhang mit einem Bettler teilt. Am Ende brennt ein Feuer auf dem Kirchplatz, und es gibt Hörnchen und Punsch. Die Lampions kleben wir eine Woche vorher gemeinsam.",
            ),
            (
                "Im Dunkeln mit bunten Lichtern durch die Straßen gehen",
                "Im November ist es früh dunkel. Dann gehen wir zusammen durch die Straßen. Jedes Kind hat ein buntes Licht an einem Stab. Wir singen Lieder. Am Ende gibt es ein Feuer und etwas Warmes zu trinken.",
            ),
        ),
    ),
    "debattierclub": Kind(
        "Bildung",
        ("Jugendliche",),
        (
            (
                "Debattierclub",
                "Soll das Wahlalter auf 14 gesenkt werden? Soll Fleisch teurer werden? Im Debattierclub streiten wir nach festen Regeln: zwei Teams, Pro und Contra, sieben Minuten Redezeit, Zwischenfragen erlaubt, und eine Jury bewertet Sachkenntnis, Ausdruck und Überzeugungskraft. Wir trainieren freies Sprechen, Argumentieren und Zuhören und fahren zu Turnieren.",
            ),
            (
                "Debattieren lernen",
                "Jeden Dienstag wird im Jugendhaus debattiert, im Format der Offenen Parlamentarischen Debatte, mit Regierung, Opposition und freien Redner:innen. Die Themen erfahrt ihr erst fünfzehn Minuten vorher. Wer sich nie traut, im Unterricht etwas zu sagen, ist hier genauso richtig wie alle, die gern das letzte Wort haben.",
            ),
            (
                "Pro und Contra mit Stoppuhr: Streitkultur nach Turnierregeln",
                "Zwei Teams, ein strittiges Thema, eine Viertelstunde Vorbereitung, dann sieben Minuten Redezeit für jede Seite, Zwischenfragen inklusive: Wer hier antritt, muss auch Positionen vertreten, die nicht die eigenen sind. Eine Jury bewertet Argumente, Auftreten und Schlagfertigkeit. Wir üben wöchentlich im Jugendhaus und fahren zu Wettbewerben in ganz Sachsen.",
            ),
            (
                "Du sagst gern deine Meinung und hast gute Gründe?",
                "Du sagst gern, was du denkst? Bei uns streiten wir fair. Eine Seite ist dafür, eine Seite ist dagegen. Jede Person darf ein paar Minuten reden. Dann sagt eine Jury, wer besser überzeugt hat.",
            ),
        ),
    ),
    "notinsel": Kind(
        "Familie & Kinderschutz",
        ("Kinder",),
        (
            (
                "Notinsel",
                "Im Viertel machen über 40 Geschäfte, Apotheken und Praxen bei der Notinsel mit: Wo der Aufkleber mit dem Inselsymbol an der Tür klebt, finden Kinder Hilfe, wenn sie verfolgt, bedroht oder geärgert werden, sich verlaufen haben oder verletzt sind. Das Personal lässt sie rein, tröstet und ruft die Eltern oder die Polizei. Wir schulen die Geschäfte und besuchen die Grundschulen.",
            ),
            (
                "Notinsel-Projekt im Stadtteil",
                "Die Notinsel ist ein Schutzraum auf dem Schulweg: Läden mit dem Notinsel-Logo versprechen, jedem Kind in Not die Tür zu öffnen. Neu ist die Notinsel-App, mit der man den nächsten Laden findet. Geschäfte, die mitmachen wollen, melden sich beim Präventionsrat.",
            ),
            (
                "Sichere Anlaufstellen unterwegs: ein Aufkleber zeigt, wo Kinder Hilfe bekommen",
                "Bäckerei, Apotheke, Kiosk und Friseursalon an der Hauptstraße haben ihn an der Tür: einen Aufkleber, der Kindern sagt, hier darfst du rein, wenn du Hilfe brauchst. Wer verfolgt oder bedroht wird, sich verlaufen hat oder gestürzt ist, wird aufgenommen und getröstet, und das Personal ruft Eltern oder Polizei an. Der Präventionsrat schult die Läden und besucht die Grundschulklassen.",
            ),
            (
                "Du hast draußen Angst? Geh in einen Laden mit diesem Zeichen.",
                "Jemand läuft dir nach? Du hast dich verlaufen? Du hast Angst? Dann geh in einen Laden mit unserem Aufkleber an der Tür. Dort helfen dir die Leute. Sie rufen deine Eltern an.",
            ),
        ),
    ),
    "kloeppeln": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Klöppelkreis",
                "Mit Klöppeln aus Holz, einem Kissen, vielen Nadeln und feinem Leinengarn entstehen bei uns Spitzen wie im Erzgebirge: Deckchen, Lesezeichen, Sterne für den Weihnachtsbaum. Der Klöppelkreis trifft sich jeden Dienstag im Nachbarschaftshaus; wer neu ist, bekommt ein Leihkissen und lernt Leinenschlag und Flechtschlag nach Klöppelbrief.",
            ),
            (
                "Klöppeln lernen",
                "Das alte Handwerk aus dem Erzgebirge lebt: Wir zeigen Ihnen, wie man mit Paaren von Klöppeln Fäden kreuzt und dreht, bis nach dem Musterbrief eine feine Spitze wächst. Ein Kurs über acht Abende, Material kann ausgeliehen werden.",
            ),
            (
                "Spitze aus Leinengarn: Fäden kreuzen und drehen wie im Erzgebirge",
                "Auf einem runden Kissen stecken Nadeln in einem Musterbrief, daran hängen zwanzig, dreißig Paare kleiner Holzspulen mit feinem Garn. Durch Kreuzen und Drehen wächst langsam eine zarte Spitze: ein Deckchen, ein Stern für den Weihnachtsbaum, ein Lesezeichen. Erfahrene Mitglieder des Vereins zeigen Neuen jede Woche die Grundschläge; Kissen und Spulen gibt es zum Ausleihen.",
            ),
            (
                "Mit Garn und kleinen Holzstäben feine Muster machen",
                "Sie haben viele dünne Fäden. An jedem Faden hängt ein kleines Stück Holz. Sie legen die Fäden übereinander. So entsteht ein feines Muster, zum Beispiel eine Decke für den Tisch. Das braucht Ruhe. Wir zeigen Ihnen, wie es geht.",
            ),
        ),
    ),
    "tiffany_glas": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Tiffany-Werkstatt",
                "Farbiges Glas schneiden, die Kanten schleifen, mit Kupferfolie umwickeln und mit Lötzinn zusammenfügen: In der Tiffany-Werkstatt entstehen Fensterbilder, Sonnenfänger, kleine Schalen und mit etwas Übung eine eigene Lampe. Eine Glaskünstlerin leitet an, Schutzbrillen und Werkzeug sind vorhanden, Glas wird nach Verbrauch berechnet.",
            ),
            (
                "Tiffany-Technik für Anfänger:innen",
                "Benannt nach den berühmten Lampen von Louis C. Tiffany: Im Kurs lernen Sie, Glas nach Schablone zu schneiden, zu schleifen, zu foliieren und zu löten. Am Ende des dritten Abends hängt Ihr erster Sonnenfänger im Fenster.",
            ),
            (
                "Buntglas schneiden und löten: Sonnenfänger und Lampenschirme",
                "Eine Glaskünstlerin zeigt, wie man farbige Scheiben nach Schablone ritzt und bricht, die Kanten schleift, jedes Stück mit Kupferband umwickelt und alles mit dem Lötkolben zu einem Fensterbild, einer Schale oder einem Lampenschirm verbindet. Schutzbrille, Schleifmaschine und Lötzinn sind da; die bunten Scheiben werden nach Verbrauch berechnet.",
            ),
            (
                "Ein buntes Bild aus Glas für Ihr Fenster machen",
                "Sie schneiden kleine Stücke aus buntem Glas. Dann machen Sie die Stücke mit heißem Metall zusammen. So wird ein buntes Bild daraus. Das hängen Sie ins Fenster. Die Sonne scheint hindurch. Eine Fachfrau hilft Ihnen.",
            ),
        ),
    ),
    "lederwerkstatt": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Lederwerkstatt",
                "Gürtel, Portemonnaie, Schlüsselanhänger oder eine Hülle fürs Handy: In der offenen Lederwerkstatt lernen Sie, Leder zuzuschneiden, mit Punziereisen zu verzieren, Löcher zu stanzen und mit dem Sattlerstich von Hand zu nähen. Ein Sattlermeister im Ruhestand zeigt die Kniffe, Lederreste gibt es günstig.",
            ),
            (
                "Leder selbst verarbeiten",
                "Einmal im Monat wird im Makerspace mit Leder gearbeitet: Wir schneiden, stanzen, färben und nähen kleine Dinge für den Alltag und reparieren Taschen und Gürtel, die sonst im Müll landen würden. Werkzeug und Reste sind da, größere Lederstücke können gekauft werden.",
            ),
            (
                "Gürtel und Geldbörse von Hand genäht: Sattlerhandwerk zum Mitmachen",
                "Ein Sattlermeister im Ruhestand teilt seinen Arbeitstisch: Sie schneiden Rindshaut nach Schablone zu, schlagen mit Punziereisen Muster hinein, stanzen Löcher, färben die Kanten und nähen mit zwei Nadeln den Sattlerstich. Am Ende haben Sie einen Gürtel, eine Geldbörse oder eine Hülle fürs Handy, die Jahrzehnte hält. Reste aus der Gerberei gibt es günstig.",
            ),
            (
                "Einen Gürtel mit den eigenen Händen machen",
                "Sie möchten einen eigenen Gürtel? Oder eine Geldbörse? Wir schneiden, stanzen und nähen zusammen. Das Material ist dicke Tierhaut. Ein Fachmann zeigt Ihnen jeden Schritt.",
            ),
        ),
    ),
    "straffaelligenhilfe": Kind(
        "Beratung",
        (ALL,),
        (
            (
                "Straffälligenhilfe",
                "Die Entlassung steht bevor, aber es gibt keine Wohnung, kein Konto und keinen Job, und die Schulden sind während der Haft gewachsen? Der Verein für Straffälligenhilfe berät schon Wochen vor dem Entlassungstermin in der JVA und danach in der Anlaufstelle im Stadtteil: bei Anträgen an Jobcenter und Krankenkasse, bei der Suche nach einer Übergangswohnung und beim Kontakt zur Bewährungshilfe.",
            ),
            (
                "Beratung für Haftentlassene",
                "Nach dem Gefängnis neu anfangen ist schwer. Unsere Sozialarbeiter:innen beraten Haftentlassene kostenlos und vertraulich: Wo kann ich wohnen, wie komme ich an Geld, was mache ich mit meinen Schulden, was erwartet die Bewährungshilfe von mir? Offene Sprechstunde dienstags, Termine auch nach Absprache.",
            ),
            (
                "Neustart nach dem Gefängnis: Wohnung, Konto, Arbeit",
                "Wer nach Jahren hinter Gittern vor dem Tor steht, hat oft nur eine Plastiktüte und ein Überbrückungsgeld. Die Sozialarbeiter:innen des Vereins kommen schon vorher in die Justizvollzugsanstalt, kümmern sich um Ausweis, Konto und Krankenversicherung, suchen ein Zimmer im Übergangswohnheim, stellen die Anträge beim Jobcenter und gehen mit zum ersten Termin dort. Vertraulich und kostenlos.",
            ),
            (
                "Sie kommen bald aus dem Gefängnis?",
                "Sie kommen bald aus dem Gefängnis? Sie haben keine Wohnung? Kein Geld? Wir unterstützen Sie. Wir gehen mit Ihnen zu den Ämtern. Wir suchen mit Ihnen ein Zimmer. Das kostet nichts.",
            ),
        ),
    ),
    "ausstiegsberatung_extremismus": Kind(
        "Beratung",
        (ALL,),
        (
            (
                "Ausstiegsberatung Rechtsextremismus",
                "Sie wollen raus aus der rechten Szene, wissen aber nicht, wie? Die Ausstiegsberatung begleitet Sie vertraulich und auf Wunsch anonym: beim Lösen von Kontakten, bei Drohungen früherer Kameraden, bei Umzug, Tattoo-Entfernung und Jobsuche und bei der Auseinandersetzung mit der eigenen Vergangenheit. Auch Eltern, Partner:innen und Lehrkräfte, die sich Sorgen machen, werden beraten.",
            ),
            (
                "Ausstiegs- und Distanzierungsberatung",
                "Ihr Sohn trägt plötzlich Symbole, die Sie nicht kennen, Ihre Schülerin teilt Hassvideos, ein Kollege redet nur noch vom „großen Austausch“? Die Ausstiegs- und Distanzierungsberatung arbeitet mit Menschen, die sich rechtsextremen Gruppen annähern oder schon mittendrin sind, und mit ihrem Umfeld. Vertraulich, kostenlos, ohne Polizei.",
            ),
            (
                "Raus aus der Szene: vertrauliche Begleitung für den Neuanfang",
                "Wer sich von Kameradschaft, Neonazi-Band oder Hass-Chatgruppe lösen will, riskiert Freundschaften, manchmal auch Drohungen. Erfahrene Sozialarbeiter:innen begleiten diesen Weg vertraulich und auf Wunsch anonym: beim Kontaktabbruch, bei Umzug und Jobsuche, beim Überdecken von Tattoos und bei der ehrlichen Auseinandersetzung mit dem, was man getan und geglaubt hat. Auch wer sich um Kinder, Partner oder Schüler sorgt, kann sich melden.",
            ),
            (
                "Sie wollen weg von den Nazis?",
                "Sie sind in einer Gruppe von Nazis? Sie wollen da raus? Oder Ihr Kind ist in so einer Gruppe? Wir sprechen mit Ihnen. Niemand erfährt davon. Wir sagen es nicht der Polizei. Wir überlegen zusammen, wie es weitergeht.",
            ),
        ),
    ),
    "sexarbeit_beratung": Kind(
        "Beratung",
        (ALL,),
        (
            (
                "Beratungsstelle für Sexarbeiter:innen",
                "Ob Sie in einer Wohnung, einem Studio, auf der Straße oder online arbeiten: Wir beraten Sexarbeiter:innen vertraulich zur Anmeldung nach dem Prostituiertenschutzgesetz, zu Krankenversicherung, Steuern, Gesundheit und Gewalt, auf Deutsch, Rumänisch, Bulgarisch und Englisch. Wer aussteigen möchte, bekommt Unterstützung bei der Suche nach Job und Wohnung.",
            ),
            (
                "Sexarbeit: Beratung und Café",
                "Ein Ort zum Ausruhen und Reden: Im Café der Fachberatungsstelle Sexarbeit gibt es Kaffee, eine Dusche, Kondome und Menschen, die zuhören, ohne zu urteilen. Sozialarbeiterinnen beraten zu Versicherung, Steuern, Rechten gegenüber Betreibern und zum Ausstieg, wenn Sie das wollen.",
            ),
            (
                "Unterstützung für Menschen in der Prostitution: Versicherung, Rechte, Ausstieg",
                "Ob im Laufhaus, in der Wohnung, auf dem Straßenstrich oder als Escort: Sozialpädagoginnen mit Sprachmittlerinnen für Rumänisch, Bulgarisch und Ungarisch unterstützen vertraulich bei Anmeldung, Krankenversicherung, Steuern und Ärger mit Betreibern, gehen mit zu Behörden und Ärzt:innen und begleiten alle, die aufhören wollen, bei der Wohnungs- und Jobsuche. Montags gibt es Frühstück und eine Dusche.",
            ),
            (
                "Sie verdienen Ihr Geld mit Prostitution und haben Fragen?",
                "Sie verdienen Ihr Geld mit Prostitution? Sie haben Fragen zur Krankenkasse? Oder zu Steuern? Oder Sie wollen aufhören? Wir sprechen mit Ihnen. Wir sagen niemandem etwas. Wir sprechen auch Rumänisch und Bulgarisch.",
            ),
        ),
    ),
    "wildbienen_nisthilfen": Kind(
        "Umwelt & Klima",
        (ALL,),
        (
            (
                "Nisthilfen für Wildbienen bauen",
                "Über 500 Wildbienenarten gibt es in Deutschland, und viele finden in der Stadt keinen Platz mehr für ihre Brut. Wir bauen gemeinsam Nisthilfen, die wirklich funktionieren: gebohrte Hartholzblöcke, Schilfröhrchen, Lehmwände, und zeigen, warum die bunten Insektenhotels aus dem Baumarkt oft nutzlos sind. Jede und jeder nimmt eine Nisthilfe für Balkon oder Garten mit.",
            ),
            (
                "Wildbienen-Werkstatt",
                "Mauerbiene, Scherenbiene, Löcherbiene: In der Wildbienen-Werkstatt des Naturschutzvereins lernen Sie die kleinen Bestäuberinnen kennen, bohren Niströhren in Buchenholz, füllen Schilf in Dosen und säen heimische Blumen als Futter. Material ist vorhanden.",
            ),
            (
                "Insektenhotel selber zimmern: Brutröhren aus Schilf und Hartholz",
                "Viele der allein lebenden Bestäuberinnen finden zwischen Beton und Glas keine Löcher mehr für ihre Eier. Wir bohren Gänge in abgelagertes Buchenholz, schneiden Schilfhalme sauber ab, füllen Lehm in Kästen und erklären, warum Kiefernzapfen und Holzwolle im Insektenhotel von der Stange niemandem nützen. Dazu gibt es Samen heimischer Blühpflanzen für Balkonkasten und Garten.",
            ),
            (
                "Ein kleines Haus für Insekten machen",
                "Viele kleine Insekten finden keinen Platz für ihre Eier. Wir machen ihnen ein Häuschen aus Holz und Schilf. Das hängen Sie auf Ihren Balkon. Dann können Sie zusehen, wie die Tiere einziehen. Werkzeug haben wir.",
            ),
        ),
    ),
    "saftpresse": Kind(
        "Umwelt & Klima",
        (ALL,),
        (
            (
                "Mobile Saftpresse",
                "Ihre Apfelbäume tragen mehr, als Sie essen können? Die mobile Saftpresse kommt im September an drei Samstagen auf den Marktplatz: Sie bringen mindestens 50 Kilo eigenes Obst, es wird gewaschen, gehäckselt, gepresst und auf 80 Grad erhitzt, und Sie nehmen Ihren eigenen Saft in Fünf-Liter-Beuteln mit nach Hause. Ein Jahr haltbar, bezahlt wird pro Liter.",
            ),
            (
                "Saftpresse im Hof",
                "Im Hof des Umweltzentrums steht von September bis Oktober eine Saftpresse zum Mitmachen: Wer Äpfel, Birnen oder Quitten aus dem Garten oder von der Streuobstwiese hat, presst sie gemeinsam mit uns und füllt den Saft in mitgebrachte Flaschen. Auch kleine Mengen ab zehn Kilo sind willkommen.",
            ),
            (
                "Eigene Äpfel zu Most machen: Früchte bringen, Bag-in-Box mitnehmen",
                "Im Kleingarten verfaulen jedes Jahr Zentner von Fallobst? Im September hält ein Anhänger mit Häcksler, Bandkelter und Erhitzer auf dem Marktplatz. Sie bringen Ihre Äpfel, Birnen oder Quitten, sehen zu, wie daraus naturtrüber Most wird, und nehmen ihn pasteurisiert in Fünf-Liter-Boxen mit, ein Jahr haltbar. Bezahlt wird nach Litern.",
            ),
            (
                "Bringen Sie Ihre Äpfel. Sie bekommen etwas zu trinken daraus.",
                "Sie haben viele Äpfel im Garten? Zu viele zum Essen? Bringen Sie die Äpfel zu uns. Wir machen daraus ein Getränk. Das können Sie mitnehmen. Es bleibt ein Jahr gut.",
            ),
        ),
    ),
    "amphibienschutz": Kind(
        "Umwelt & Klima",
        (ALL,),
        (
            (
                "Amphibienschutz am Krötenzaun",
                "Im März wandern Erdkröten, Grasfrösche und Molche zu ihren Laichgewässern und müssen dabei die Straße am Teich überqueren. Wir stellen einen Amphibienzaun auf, an dem die Tiere in eingegrabene Eimer fallen, und tragen sie morgens und abends sicher über die Straße. Wer mitmacht, bekommt eine Einweisung, eine Warnweste und eine Zählliste.",
            ),
            (
                "Krötenwanderung: Helfer:innen gesucht",
                "Sobald es abends über fünf Grad warm und feucht ist, machen sich Tausende Kröten auf den Weg zum Laichteich. Damit sie nicht überfahren werden, kontrollieren wir sechs Wochen lang die Eimer am Zaun und tragen die Tiere hinüber. Eine Schicht dauert eine Stunde, Taschenlampe und Handschuhe bitte mitbringen.",
            ),
            (
                "Frösche und Molche über die Straße tragen: Eimerdienst im Frühjahr",
                "Wenn die Märznächte mild und regnerisch werden, machen sich Frösche, Unken und Molche auf den Weg zu dem Gewässer, in dem sie geboren wurden, und queren dabei die Uferstraße. Niedrige Folienbarrieren entlang der Fahrbahn fangen sie ab, die Tiere fallen in eingegrabene Eimer, und wir bringen sie in der Dämmerung hinüber, zählen sie und notieren die Arten. Eine Einweisung gibt es am ersten Abend; Warnweste und Handschuhe liegen bereit.",
            ),
            (
                "Kleine Tiere sicher über die Straße bringen",
                "Im Frühling laufen Frösche zu ihrem Teich. Dabei müssen sie über eine Straße. Viele werden von Autos überfahren. Wir sammeln die Frösche in Eimern. Dann tragen wir sie über die Straße. Machen Sie mit!",
            ),
        ),
    ),
    "kleidertausch": Kind(
        "Umwelt & Klima",
        (ALL,),
        (
            (
                "Kleidertauschparty",
                "Bring, was du nicht mehr trägst, nimm, was dir gefällt: Zur Kleidertauschparty im Stadtteilzentrum bringt jede und jeder bis zu zehn gut erhaltene, gewaschene Teile mit, ob Jeans, Kleid oder Winterjacke. Alles hängt nach Größen sortiert auf Stangen, es gibt Umkleiden, Spiegel, Musik und Kaffee. Was übrig bleibt, geht an die Kleiderkammer.",
            ),
            (
                "Kleidertausch im Quartier",
                "Fast Fashion war gestern: Beim Kleidertausch im Quartier wechseln Kleidungsstücke ohne Geld die Besitzerin oder den Besitzer. Bringen Sie Sachen mit, die Ihnen nicht mehr passen oder gefallen, und stöbern Sie in dem, was andere mitgebracht haben. Es wird nicht gezählt, wer was nimmt.",
            ),
            (
                "Swap statt Shopping: Klamotten bringen, Lieblingsstücke mitnehmen",
                "Fünf Pullis mitbringen, mit einer Jacke und zwei Hosen nach Hause gehen, und niemand zahlt einen Cent: Beim Swap im Stadtteilzentrum hängen Jeans, Hemden, Röcke und Mäntel nach Größen sortiert auf Stangen, es gibt Spiegel, eine Kabine zum Anprobieren, Musik und Kaffee. Gut erhalten und gewaschen muss es sein; was übrig bleibt, geht an soziale Projekte. Fair, kostenlos und gut fürs Klima.",
            ),
            (
                "Sie haben Sachen im Schrank, die Sie nicht mehr anziehen?",
                "In Ihrem Schrank sind Sachen, die Sie nicht mehr anziehen? Bringen Sie sie mit. Dann nehmen Sie andere Sachen mit, die Ihnen gefallen. Das kostet kein Geld.",
            ),
        ),
    ),
    "heiligabend_gemeinsam": Kind(
        "Nachbarschaft & Begegnung",
        (ALL,),
        (
            (
                "Heiligabend in Gemeinschaft",
                "Niemand soll Heiligabend allein verbringen müssen: Die Kirchengemeinde und der Nachbarschaftsverein laden alle, die an diesem Abend sonst allein wären, ins geschmückte Gemeindehaus ein. Es gibt Kartoffelsalat mit Würstchen, Stollen, Weihnachtslieder am Klavier, eine kleine Bescherung und Zeit zum Reden. Wer nicht gut laufen kann, wird abgeholt.",
            ),
            (
                "Heiligabend für alle",
                "Am 24. Dezember ab 17 Uhr ist im Stadtteilzentrum der Tisch gedeckt: Zum Heiligabend für alle kommt, wer keine Familie in der Nähe hat oder einfach Lust auf Gesellschaft. Ehrenamtliche kochen, es wird gesungen, und für jede und jeden liegt ein Geschenk unter dem Baum.",
            ),
            (
                "Weihnachten nicht einsam: Festessen und Bescherung am 24. Dezember",
                "Wenn draußen die Fenster leuchten und die Straßen leer werden, ist der 24. Dezember für viele der schwerste Tag im Jahr. Darum decken der Pfarrer und Freiwillige im Saal neben der Kirche eine lange Festtafel: Kartoffelsalat mit Würstchen, Stollen, Lieder am Klavier, eine kleine Bescherung und Menschen, die zuhören. Wer nicht gut zu Fuß ist, wird mit dem Auto geholt; eine Anmeldung hilft, ist aber nicht nötig.",
            ),
            (
                "Sie sind an Weihnachten allein?",
                "Sie sind an Weihnachten allein? Dann kommen Sie zu uns. Wir essen zusammen. Wir singen Lieder. Es gibt auch ein kleines Geschenk für Sie. Das kostet nichts.",
            ),
        ),
    ),
    "lebendiger_adventskalender": Kind(
        "Nachbarschaft & Begegnung",
        (ALL,),
        (
            (
                "Lebendiger Adventskalender",
                "Vom 1. bis zum 23. Dezember öffnet jeden Abend um 18 Uhr eine andere Tür im Viertel: ein Wohnzimmerfenster, ein Laden, die Kita, die Feuerwache. Die Gastgeber:innen schmücken ein Fenster mit der Zahl des Tages, laden zu Punsch und Plätzchen ein, lesen eine Geschichte vor oder singen ein Lied, eine halbe Stunde lang, draußen vor der Tür. Wer einen Tag übernehmen will, trägt sich in die Liste im Stadtteilladen ein.",
            ),
            (
                "Adventskalender im Kiez",
                "Unser Adventskalender ist aus Menschen gemacht: Nachbarinnen und Nachbarn, Vereine und Geschäfte gestalten je einen Abend im Dezember, mit geschmücktem Fenster, heißem Tee und einer kleinen Überraschung. Die Termine und Adressen stehen auf dem Plakat beim Bäcker.",
            ),
            (
                "Jeden Dezembertag ein anderes Fenster: Punsch und Plätzchen vor fremden Haustüren",
                "Vierundzwanzig Türen, vierundzwanzig Gastgeberinnen und Gastgeber: Jeden Tag bis Weihnachten lädt jemand aus dem Viertel um 18 Uhr vor sein geschmücktes Fenster ein, mit der Zahl des Tages, Punsch, Plätzchen und einer Geschichte oder einem Lied. Eine halbe Stunde steht man zusammen draußen in der Kälte und lernt die Leute aus der Nachbarstraße kennen. Wer ein Datum übernehmen möchte, meldet sich im Stadtteilladen.",
            ),
            (
                "Jeden Tag im Dezember öffnet jemand seine Tür",
                "Im Dezember öffnet jeden Tag jemand aus dem Viertel seine Tür. Um 6 Uhr am Abend. Es gibt etwas Warmes zu trinken und Kekse. Wir singen ein Lied oder hören eine Geschichte. Alle können kommen.",
            ),
        ),
    ),
    "wunschbaum": Kind(
        "Familie & Kinderschutz",
        ("Kinder",),
        (
            (
                "Wunschbaum",
                "Im Foyer des Einkaufszentrums steht ab dem ersten Advent ein Weihnachtsbaum voller Wunschzettel: Kinder aus Familien mit wenig Geld haben aufgeschrieben, was sie sich wünschen, bis zu 25 Euro, ein Puzzle, Buntstifte, eine Mütze. Wer einen Zettel pflückt, kauft das Geschenk, verpackt es und gibt es am Infostand ab; der Kinderschutzbund verteilt die Päckchen vor Weihnachten.",
            ),
            (
                "Wunschbaum-Aktion",
                "Erfüllen Sie einen Kinderwunsch: An unserem Wunschbaum in der Stadtbibliothek hängen Sterne mit Wünschen von Kindern aus dem Viertel, deren Eltern sich kaum Geschenke leisten können. Nehmen Sie einen Stern, besorgen Sie das Geschenk und bringen Sie es bis zum 15. Dezember zurück.",
            ),
            (
                "Zettel an der Tanne: Weihnachtsgeschenke für Kinder mit wenig Geld",
                "Am Weihnachtsschmuck im Foyer des Einkaufszentrums hängen diesmal kleine Zettel: Darauf stehen Vorname, Alter und ein Geschenk bis 25 Euro, das sich ein Kind aus einer Familie mit wenig Geld ersehnt, ein Puzzle, eine Mütze, ein Buch. Sie pflücken einen Zettel, besorgen und verpacken das Geschenk und geben es am Infostand ab. Der Kinderschutzbund sorgt dafür, dass jedes Päckchen rechtzeitig ankommt.",
            ),
            (
                "Kein Geld für Weihnachtsgeschenke für Ihr Kind?",
                "Sie haben kein Geld für Geschenke für Ihr Kind? Ihr Kind schreibt auf einen Zettel, was es gern hätte. Wir hängen den Zettel auf. Jemand kauft das Geschenk. Zu Weihnachten bekommt Ihr Kind das Geschenk. Das kostet Sie nichts.",
            ),
        ),
    ),
    "zeitzeugen_projekt": Kind(
        "Bildung",
        ("Senior:innen", "Jugendliche"),
        (
            (
                "Zeitzeug:innen im Klassenzimmer",
                "Wie war der Alltag in der DDR, was geschah im Herbst 1989 auf dem Ring, wie hat sich die Wende angefühlt? Ältere Leipzigerinnen und Leipziger besuchen Schulklassen und Jugendgruppen, erzählen aus ihrem Leben, beantworten Fragen und bringen Fotos, Briefe und Stasi-Akten mit. Wir bereiten die Zeitzeug:innen vor und begleiten jeden Besuch.",
            ),
            (
                "Zeitzeugenbörse",
                "Die Zeitzeugenbörse vermittelt Menschen, die Krieg, Nachkriegszeit, DDR und Friedliche Revolution erlebt haben, an Schulen, Jugendclubs und Gedenkstätten. Wer selbst berichten möchte, ist herzlich willkommen: Wir treffen uns monatlich, üben das Erzählen vor jungen Leuten und vermitteln Einsätze.",
            ),
            (
                "Geschichte aus erster Hand: Ältere berichten Schülerinnen und Schülern von DDR und Wende",
                "Im Lehrbuch stehen Jahreszahlen, doch wie es war, als die Montagsdemonstration am Hauptbahnhof vorbeizog, wie man zwölf Jahre auf ein Telefon wartete oder warum die Oma nie in den Westen durfte, können nur Menschen berichten, die dabei waren. Ältere aus dem Viertel gehen in Geschichtsstunden und Jugendgruppen, beantworten Fragen und zeigen Fotos und Briefe; eine Historikerin bereitet die Besuche mit ihnen vor.",
            ),
            (
                "Sie haben die DDR erlebt? Junge Leute wollen davon hören.",
                "Sie haben früher in der DDR gelebt? Sie waren 1989 bei den Demos? Junge Menschen in der Schule wollen wissen, wie das war. Sie können in die Schule gehen und davon erzählen. Wir begleiten Sie dabei.",
            ),
        ),
    ),
    "carsharing_nachbarschaft": Kind(
        "Nachbarschaft & Begegnung",
        (ALL,),
        (
            (
                "Nachbarschafts-Carsharing",
                "Das Auto steht 23 Stunden am Tag herum? Beim Nachbarschafts-Carsharing teilen sich Leute aus der Straße die Autos, die sowieso da sind: Wer sein Fahrzeug verleiht, bekommt eine Kilometerpauschale, wer eins braucht, bucht es über die App oder per Telefon beim Stadtteilbüro. Versicherung und Schlüsselbox sind geregelt, einmal im Monat gibt es einen Kennenlernabend.",
            ),
            (
                "Privates Carsharing im Kiez",
                "Ein Auto für fünf Haushalte: Beim privaten Carsharing verleihen Halter:innen ihren Wagen an Leute aus der Umgebung, die nur ab und zu einen brauchen, für den Baumarkt, den Ausflug oder den Besuch bei der Oma. Wir bringen Verleihende und Nutzende zusammen, stellen Musterverträge und eine Zusatzversicherung und treffen uns vierteljährlich zum Austausch.",
            ),
            (
                "Ein Wagen, viele Fahrer:innen: Pkw gemeinsam nutzen statt besitzen",
                "Warum soll jeder Haushalt einen Pkw vor der Tür haben, der die meiste Zeit nur herumsteht? Halterinnen und Halter aus der Straße stellen ihren Wagen anderen zur Verfügung, die ihn für den Großeinkauf, den Transport einer Kommode oder den Ausflug an den See buchen. Eine Schlüsselbox, ein Fahrtenbuch, eine Zusatzversicherung und eine Pauschale pro Kilometer regeln alles; einmal im Monat lernen sich alle beim Stammtisch kennen.",
            ),
            (
                "Sie brauchen manchmal einen Wagen, haben aber keinen?",
                "Sie haben keinen eigenen Wagen? Manchmal brauchen Sie aber einen, zum Beispiel für einen großen Einkauf? Jemand aus Ihrer Straße leiht Ihnen seinen. Sie bezahlen nur ein bisschen Geld pro Kilometer. Wir helfen beim ersten Mal.",
            ),
        ),
    ),
    "essen_auf_raedern": Kind(
        "Nachbarschaft & Begegnung",
        ("Senior:innen",),
        (
            (
                "Essen auf Rädern",
                "Jeden Tag ein warmes Mittagessen an der Wohnungstür: Unser Menüservice Essen auf Rädern bringt Menschen, die nicht mehr selbst kochen können, von Montag bis Sonntag frisch gekochte Mahlzeiten nach Hause, auf Wunsch auch Diabetiker-, Schon- oder pürierte Kost. Die Fahrerinnen und Fahrer haben immer ein paar Minuten für ein Gespräch und merken, wenn etwas nicht stimmt.",
            ),
            (
                "Essen-auf-Rädern-Dienst",
                "Nach einer Operation, bei Demenz oder einfach, weil das Kochen zu beschwerlich geworden ist: Der Essen-auf-Rädern-Dienst des Wohlfahrtsverbands liefert täglich zwischen 11 und 13 Uhr ein warmes Menü, Sie wählen aus vier Gerichten pro Woche. Bestellung bis zum Vortag, Kündigung jederzeit. Mit Pflegegrad können die Kosten anteilig übernommen werden.",
            ),
            (
                "Warme Mahlzeit an die Wohnungstür geliefert",
                "Jeden Mittag klingelt es, und ein frisch gekochtes Menü steht auf dem Tisch: Schnitzel mit Kartoffeln, Linsensuppe, Fisch mit Reis, auf Wunsch als Schonkost, püriert oder für Diabetiker. Wem Einkaufen und Kochen zu schwer geworden sind, dem bringen unsere Fahrer:innen die Mahlzeit sieben Tage die Woche ins Haus; sie haben immer einen Moment zum Plaudern und schlagen Alarm, wenn niemand öffnet. Bestellung telefonisch bis zum Vortag.",
            ),
            (
                "Sie können nicht mehr selbst kochen?",
                "Kochen fällt Ihnen schwer? Wir bringen Ihnen jeden Tag eine warme Mahlzeit nach Hause. Sie können wählen, was Sie möchten. Der Fahrer redet kurz mit Ihnen. Sie bezahlen pro Mahlzeit.",
            ),
        ),
    ),
    "fahrtraining_senioren": Kind(
        "Bildung",
        ("Senior:innen",),
        (
            (
                "Fahrtraining 65plus",
                "Neue Verkehrsregeln, mehr Radverkehr, Kreisverkehre mit Ampeln: Die Verkehrswacht bietet älteren Autofahrerinnen und Autofahrern ein freiwilliges Fahrtraining an. Nach einer Auffrischung der Regeln im Schulungsraum fahren Sie mit einer Fahrlehrerin eine Stunde im eigenen Auto durch die Stadt und bekommen eine ehrliche, vertrauliche Rückmeldung. Kein Test, keine Meldung an Behörden.",
            ),
            (
                "Fahrsicherheitstraining auf dem Übungsplatz",
                "Wie sicher sind Sie am Steuer? Die Verkehrswacht lädt zu einem Fahrsicherheitstraining ein: Bremsen auf nasser Fahrbahn, Ausweichen, Rückwärtseinparken und der richtige Sitz. Dazu gibt es einen Seh- und Reaktionstest, dessen Ergebnis nur Sie erfahren. Mit eigenem Auto, die Kosten übernimmt zum Teil der Verkehrsverein.",
            ),
            (
                "Fit am Steuer: eine Stunde im eigenen Pkw, ehrliche Rückmeldung inklusive",
                "Kreisel mit Ampeln, neue Radstreifen, Tempo-30-Zonen: Wer seinen Führerschein vor fünfzig Jahren gemacht hat, fühlt sich im heutigen Stadtverkehr manchmal unwohl. Nach einer kurzen Auffrischung der Verkehrsregeln geht es eine Stunde mit einer Lehrerin der Verkehrswacht im eigenen Wagen durch die Stadt, mit Rückmeldung zu Spurwechsel, Schulterblick und Tempo. Das Ergebnis erfährt nur, wer am Steuer saß; niemand muss um den Schein fürchten.",
            ),
            (
                "Sie haben ein komisches Gefühl im Straßenverkehr?",
                "Sie haben seit vielen Jahren einen Führerschein? Manchmal haben Sie im Verkehr ein komisches Gefühl? Eine Lehrerin setzt sich zu Ihnen in Ihren Wagen. Sie sagt Ihnen, was gut ist und was nicht. Das sagt sie nur Ihnen. Ihren Führerschein behalten Sie.",
            ),
        ),
    ),
    "poetry_slam": Kind(
        "Kultur",
        (ALL,),
        (
            (
                "Poetry Slam",
                "Eigene Texte, fünf Minuten, ein Mikrofon und ein Publikum, das per Applaus die Siegerin oder den Sieger kürt: Beim Poetry Slam im Kulturhaus darf jede und jeder auf die Bühne, mit lustigen Geschichten, politischen Texten oder Liebesgedichten. Requisiten und Musik sind verboten, es zählt nur die Stimme. Vorher gibt es eine Schreib- und Bühnenprobe für alle, die zum ersten Mal antreten.",
            ),
            (
                "Poetry-Slam-Workshop",
                "Wie schreibe ich einen Text, der auf der Bühne wirkt, und wie trage ich ihn vor, ohne dass die Knie zittern? Zwei Slammerinnen aus der Leipziger Szene zeigen an drei Abenden, wie man Rhythmus, Pausen und Stimme einsetzt. Zum Abschluss tretet ihr beim offenen Slam auf.",
            ),
            (
                "Eigene Texte auf der Bühne: Dichterwettstreit mit Applaus-Jury",
                "Fünf Minuten, ein Mikrofon, kein Kostüm und keine Musik, nur die eigenen Worte: Wer mag, trägt selbst geschriebene Gedichte, Geschichten oder Wut-Texte vor, und am Ende entscheidet der Applaus im Saal, wer gewinnt. Vorher feilen wir in der Schreibrunde an Rhythmus, Pausen und Stimme; Lampenfieber ist ausdrücklich erlaubt.",
            ),
            (
                "Sie schreiben Gedichte und wollen sie vortragen?",
                "Sie schreiben gern Texte oder Gedichte? Sie möchten sie anderen Menschen vortragen? Bei uns stehen Sie auf einer Bühne. Sie haben fünf Minuten Zeit. Die Leute im Saal klatschen. Wer den meisten Applaus bekommt, gewinnt.",
            ),
        ),
    ),
    "orientalischer_tanz": Kind(
        "Sport & Bewegung",
        ("Frauen",),
        (
            (
                "Orientalischer Tanz",
                "Hüftkreise, Shimmies, Schleier und Zimbeln: Im Kurs Orientalischer Tanz lernen Frauen jeden Alters und jeder Figur die Grundschritte des ägyptischen Bauchtanzes und kleine Choreografien zu arabischer Musik. Die Bewegungen lockern Rücken und Becken und machen einfach gute Laune. Bequeme Kleidung, ein Tuch für die Hüfte, barfuß oder in Schläppchen.",
            ),
            (
                "Orientalischer Tanz für Einsteiger:innen",
                "Sie wollten schon immer einmal Bauchtanz ausprobieren? Unsere Lehrerin aus Kairo zeigt in zehn Stunden Shimmy, Kamelbewegung und Armwellen und erzählt von der Geschichte des Tanzes zwischen Hochzeitsfeier und Bühne. Vorkenntnisse braucht niemand, Hüfttücher können geliehen werden.",
            ),
            (
                "Raqs Sharqi: Hüftkreise, Schleier und Zimbeln zu arabischer Musik",
                "Die Kunst aus Ägypten lebt von runden, fließenden Bewegungen: Hüftkreise, Shimmies, Armwellen, ein Schleier, der durch den Raum schwebt. Eine Lehrerin aus Kairo übt mit Frauen jeden Alters und jeder Figur Schrittfolgen und kleine Choreografien, lockert dabei Rücken und Becken und erzählt von Hochzeiten und Festen ihrer Heimat. Die Fenster sind abgeklebt, niemand schaut zu.",
            ),
            (
                "Sie bewegen sich gern zu arabischer Musik?",
                "Sie hören gern arabische Musik? Sie möchten dazu Ihre Hüften bewegen? Hier üben Frauen zusammen. Es sind keine Männer im Raum. Es ist egal, wie alt Sie sind. Es ist egal, wie Ihr Körper aussieht.",
            ),
        ),
    ),
    "hilfsmittelboerse": Kind(
        "Gesundheit",
        (ALL,),
        (
            (
                "Hilfsmittelbörse",
                "Rollstuhl, Rollator, Duschhocker, Toilettensitzerhöhung oder Pflegebett: Bei der Hilfsmittelbörse geben Menschen gut erhaltene Hilfsmittel weiter, die sie nicht mehr brauchen, und andere holen sie kostenlos ab, etwa für die Zeit nach einer Operation oder wenn die Kasse nicht zahlt. Ehrenamtliche reinigen und prüfen alles vorher; abgeholt wird dienstags im Pflegestützpunkt.",
            ),
            (
                "Börse für Hilfsmittel aus zweiter Hand",
                "Nach dem Tod der Mutter steht der Rollstuhl im Keller, und ein paar Straßen weiter wartet jemand seit Wochen auf einen: Die Börse für Hilfsmittel aus zweiter Hand bringt beide zusammen. Wir nehmen saubere, funktionierende Geräte an, von der Greifzange bis zum Badewannenlifter, und geben sie gratis oder gegen eine kleine Spende weiter. Ein Orthopädietechniker prüft Bremsen und Schrauben.",
            ),
            (
                "Rollstuhl, Rollator, Duschhocker: Geräte für Pflege und Alltag weitergeben und abholen",
                "Der Duschhocker nach der Hüft-OP, der Gehwagen aus der Reha, das Pflegebett des verstorbenen Vaters: Vieles, was Alltag und Pflege erleichtert, steht nach kurzer Zeit unbenutzt herum, während anderswo jemand darauf wartet, dass die Krankenkasse zahlt. Freiwillige nehmen saubere, funktionierende Geräte an, prüfen Bremsen und Schrauben und geben sie kostenlos weiter. Abgabe und Abholung dienstags im Pflegestützpunkt.",
            ),
            (
                "Sie brauchen einen Rollstuhl, nur für kurze Zeit?",
                "Sie brauchen einen Rollstuhl? Oder einen Stuhl für die Dusche? Andere Menschen brauchen ihren nicht mehr. Sie geben ihn bei uns ab. Sie können ihn bei uns bekommen. Das kostet nichts.",
            ),
        ),
    ),
    "jugendaustausch": Kind(
        "Bildung",
        ("Jugendliche",),
        (
            (
                "Internationaler Jugendaustausch",
                "Zehn Tage mit Jugendlichen aus Krakau, Lyon oder Odessa: Beim internationalen Jugendaustausch des Jugendverbands wohnt ihr zusammen in einem Haus, arbeitet an einem gemeinsamen Projekt, etwa einem Film oder einem Garten, und lernt euch über Sprachgrenzen hinweg kennen. Im nächsten Jahr kommt die Partnergruppe zu uns. Dank Förderung kostet die Fahrt nur 80 Euro.",
            ),
            (
                "Jugendaustausch im Sommer",
                "Du warst noch nie im Ausland, und eine Sprachreise ist zu teuer? Beim Jugendaustausch im Sommer fährt eine Gruppe aus dem Viertel mit zwei Teamer:innen für zwölf Tage nach Polen, Frankreich oder Tschechien, trifft Gleichaltrige und macht mit ihnen zusammen Musik, Theater oder Sport. Kosten: 60 Euro, Zuschüsse sind möglich.",
            ),
            (
                "Zwölf Tage mit Gleichaltrigen aus Krakau und Lyon: Begegnung über Grenzen",
                "Gemeinsam kochen, Fußball spielen, einen Film drehen und merken, dass man sich mit Händen, Füßen und ein paar Brocken Englisch erstaunlich gut versteht: Der Verband fährt mit jungen Leuten aus dem Viertel zu Partnergruppen nach Polen, Frankreich und in die Ukraine, und im Jahr darauf kommen die anderen zu uns. Dank Fördermitteln kostet die Reise nur 70 Euro.",
            ),
            (
                "Du willst andere Länder kennenlernen?",
                "Du willst ins Ausland? Aber Reisen ist zu teuer? Wir fahren zusammen in ein anderes Land. Dort triffst du junge Leute. Ihr macht zusammen Sport, Musik oder Theater. Die Reise kostet nur wenig Geld.",
            ),
        ),
    ),
}

# Languages of variants that name more than German; all others are German only.
LANGUAGES: dict[tuple[str, int], tuple[str, ...]] = {
    ("sexarbeit_beratung", 0): ("Deutsch", "Rumänisch", "Bulgarisch", "Englisch"),
    ("sexarbeit_beratung", 2): ("Deutsch", "Rumänisch", "Bulgarisch", "Ungarisch"),
    ("sexarbeit_beratung", 3): ("Deutsch", "Rumänisch", "Bulgarisch"),
    ("orientalischer_tanz", 2): ("Deutsch", "Arabisch"),
    ("jugendaustausch", 0): ("Deutsch", "Englisch", "Polnisch"),
    ("jugendaustausch", 2): ("Deutsch", "Englisch"),
    ("amateurfunk", 0): ("Deutsch", "Englisch"),
    ("kleidertausch", 2): ("Deutsch", "Englisch"),
}

# Kinds that share the start or the end of their names, or their field, but are different things:
# (kind of the first offer, kind of the second, target groups of both or None for the first
# kind's groups).
LOOK_ALIKE_KINDS: list[tuple[str, str, tuple[str, ...] | None]] = [
    ("tinnitus_selbsthilfe", "endometriose_selbsthilfe", ("Frauen",)),
    ("kaufsucht_selbsthilfe", "tinnitus_selbsthilfe", None),
    ("kaufsucht_selbsthilfe", "kleidertausch", None),
    ("kleidertausch", "hilfsmittelboerse", None),
    ("hitzetelefon", "essen_auf_raedern", None),
    ("waldbaden", "geocaching", None),
    ("slackline", "fechten", None),
    ("fechten", "debattierclub", ("Jugendliche",)),
    ("debattierclub", "poetry_slam", None),
    ("poetry_slam", "zeitzeugen_projekt", ("Jugendliche",)),
    ("amateurfunk", "jugendaustausch", ("Jugendliche",)),
    ("langstock_training", "hilfsmittelboerse", None),
    ("langstock_training", "fahrtraining_senioren", ("Senior:innen",)),
    ("carsharing_nachbarschaft", "fahrtraining_senioren", ("Senior:innen",)),
    ("gassigehen_tierheim", "amphibienschutz", None),
    ("wildbienen_nisthilfen", "amphibienschutz", None),
    ("saftpresse", "wildbienen_nisthilfen", None),
    ("babyschwimmen", "laternenumzug", ("Familien",)),
    ("laternenumzug", "lebendiger_adventskalender", None),
    ("lebendiger_adventskalender", "heiligabend_gemeinsam", None),
    ("wunschbaum", "heiligabend_gemeinsam", ("Familien",)),
    ("wunschbaum", "notinsel", None),
    ("kloeppeln", "lederwerkstatt", None),
    ("tiffany_glas", "lederwerkstatt", None),
    ("straffaelligenhilfe", "ausstiegsberatung_extremismus", None),
    ("sexarbeit_beratung", "ausstiegsberatung_extremismus", None),
    ("orientalischer_tanz", "endometriose_selbsthilfe", None),
]

# The same kind with different target groups: (kind, groups of the first offer, groups of the
# second, how they relate, variant of the first, variant of the second). "broad": only a broad
# group ("Migrant:innen", "Nachbarschaft / alle") in common, not parallel; "none": no group in
# common, not parallel; "specific": a specific group in common, one of them also names a broad
# group, parallel. The variants are ones whose text does not name other people.
GROUP_PAIRS: list[tuple[str, tuple[str, ...], tuple[str, ...], str, int, int]] = [
    ("tinnitus_selbsthilfe", (ALL, "Senior:innen"), (ALL, "Junge Erwachsene"), "broad", 0, 2),
    ("kaufsucht_selbsthilfe", (ALL, "Frauen"), (ALL, "Junge Erwachsene"), "broad", 0, 2),
    ("waldbaden", (ALL, "Senior:innen"), (ALL, "Familien"), "broad", 0, 2),
    ("fechten", (ALL, "Kinder"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("slackline", (ALL, "Kinder"), (ALL, "Junge Erwachsene"), "broad", 0, 2),
    ("geocaching", (ALL, "Familien"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("amateurfunk", (ALL, "Jugendliche"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("gassigehen_tierheim", (ALL, "Jugendliche"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("kloeppeln", (ALL, "Senior:innen"), (ALL, "Jugendliche"), "broad", 0, 2),
    ("tiffany_glas", (ALL, "Frauen"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("lederwerkstatt", (ALL, "Jugendliche"), (ALL, "Männer"), "broad", 0, 2),
    ("wildbienen_nisthilfen", (ALL, "Kinder"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("kleidertausch", (ALL, "Frauen"), (ALL, "Jugendliche"), "broad", 0, 2),
    ("sexarbeit_beratung", (MIGRANTS, "Frauen"), (MIGRANTS, "Junge Erwachsene"), "broad", 1, 2),
    ("saftpresse", (ALL, "Familien"), (ALL, "Senior:innen"), "broad", 0, 2),
    ("fechten", ("Kinder",), ("Senior:innen",), "none", 1, 3),
    ("geocaching", ("Kinder",), ("Senior:innen",), "none", 1, 3),
    ("poetry_slam", ("Jugendliche",), ("Senior:innen",), "none", 0, 2),
    ("amphibienschutz", ("Kinder",), ("Senior:innen",), "none", 1, 3),
    ("slackline", ("Kinder",), ("Senior:innen",), "none", 1, 3),
    ("endometriose_selbsthilfe", ("Frauen",), (ALL, "Frauen"), "specific", 0, 2),
    ("hitzetelefon", ("Senior:innen",), (ALL, "Senior:innen"), "specific", 1, 2),
    ("langstock_training", (DISABLED,), (ALL, DISABLED), "specific", 0, 2),
    ("babyschwimmen", ("Eltern",), (ALL, "Eltern"), "specific", 1, 2),
    ("debattierclub", ("Jugendliche",), (ALL, "Jugendliche"), "specific", 0, 2),
    ("notinsel", ("Kinder",), (ALL, "Kinder"), "specific", 1, 2),
    ("wunschbaum", ("Kinder",), (ALL, "Kinder"), "specific", 0, 2),
    ("essen_auf_raedern", ("Senior:innen",), (ALL, "Senior:innen"), "specific", 0, 2),
    ("fahrtraining_senioren", ("Senior:innen",), (ALL, "Senior:innen"), "specific", 1, 2),
    ("jugendaustausch", ("Jugendliche",), (ALL, "Jugendliche"), "specific", 0, 2),
]


NEEDS: list[Need] = [
    Need(
        "Seit dem Hörsturz pfeift es Tag und Nacht",
        "Herr K. (52), Busfahrer, hatte im Frühjahr einen Hörsturz. Das Gehör ist fast wieder da, aber seitdem hat er links einen hohen Ton im Ohr, der nachts so laut wird, dass er kaum schläft. Er ist krankgeschrieben, gereizt, und seine Frau sagt, er ziehe sich immer mehr zurück. Der HNO-Arzt meinte, damit müsse er leben lernen. Er möchte wissen, wie andere das schaffen, und mit Leuten reden, die das Geräusch selbst kennen.",
        ("Männer",),
        "Gesundheit",
        "tinnitus_selbsthilfe",
        ("waldbaden",),
        "Kinder",
        2,
    ),
    Need(
        "Acht Jahre lang hieß es: Regelschmerzen sind normal",
        "Frau S. (27), Erzieherin, fällt jeden Monat zwei bis drei Tage aus, weil die Schmerzen im Unterleib sie umhauen; Tabletten helfen kaum. Erst nach acht Jahren und drei Frauenärztinnen wurde bei einer Bauchspiegelung die Ursache gefunden. Jetzt soll sie Hormone nehmen, obwohl sie sich ein Kind wünscht, und der Chef fragt spitz nach den vielen Fehltagen. Sie fühlt sich mit all dem allein und würde gern andere Frauen kennenlernen, die dieselbe Krankheit haben.",
        ("Frauen",),
        "Gesundheit",
        "endometriose_selbsthilfe",
        ("orientalischer_tanz",),
        "Jugendliche",
        1,
    ),
    Need(
        "Pakete im Kellerabteil versteckt",
        "Frau B. (45), Bürokauffrau, kam wegen Mietrückständen zu uns. Im Gespräch stellt sich heraus: Sie bestellt fast jeden Abend im Internet, Kleidung, Deko, Kosmetik, vieles packt sie nie aus und versteckt es im Keller vor ihrem Mann. Drei Kreditkarten sind ausgereizt. Sie sagt, der Moment des Bezahlens sei der einzige am Tag, an dem sie sich gut fühle, danach schäme sie sich furchtbar. Die Schulden gehen wir an, aber sie sagt selbst, sie braucht Leute, die das Problem von innen kennen.",
        ("Frauen",),
        "Gesundheit",
        "kaufsucht_selbsthilfe",
        ("kleidertausch",),
        "Jugendliche",
        1,
    ),
    Need(
        "kommt nicht mehr runter",
        "pflegefachkraft, 38, nach burnout seit 3 monaten krankgeschrieben, wiedereingliederung steht an. schläft schlecht, gedankenkarussell, herzrasen. therapie läuft. hat einen kurs mit muskelentspannung probiert, auf matten im gruppenraum, fand es 'zu eng'. ist gern draußen, aber wandern mit kilometern und gipfel ist ihr zu viel. sagt: einfach mal draußen zwischen den bäumen sein und lernen, langsamer zu werden, mit anleitung, nicht allein.",
        ("Frauen",),
        "Gesundheit",
        "waldbaden",
        ("geocaching", "slackline"),
        "Kinder",
        3,
    ),
    Need(
        "Letzten Sommer in der Dachwohnung ausgetrocknet",
        "Herr P. (88) lebt allein in einer Dachgeschosswohnung, die Tochter wohnt in Hamburg. Im August lag er nach drei heißen Tagen verwirrt im Flur und kam mit Flüssigkeitsmangel ins Krankenhaus; er hatte schlicht vergessen zu trinken. Sonst ist er noch recht fit, will keinen Pflegedienst und nicht jeden Tag Besuch, würde aber akzeptieren, dass sich an heißen Tagen jemand kurz bei ihm meldet. Die Tochter fragt, was es für den kommenden Sommer gibt.",
        ("Senior:innen",),
        "Gesundheit",
        "hitzetelefon",
        ("essen_auf_raedern",),
        "Familien",
        3,
    ),
    Need(
        "Traut sich seit dem Sturz nicht mehr allein raus",
        "Frau G. (52) hat Retinitis pigmentosa, sie sieht inzwischen wie durch ein Schlüsselloch. Im Winter ist sie über einen Poller gestürzt, seitdem geht sie nur noch mit ihrem Mann aus dem Haus, auch zur Arbeit bringt er sie. Die Krankenkasse hat ihr schon ein Hilfsmittel bewilligt, es liegt aber unbenutzt im Schrank, weil sie nicht weiß, wie man damit richtig geht, und weil sie sich schämt. Sie möchte wieder allein zur Arbeit und zum Einkaufen kommen.",
        (DISABLED,),
        "Bildung",
        "langstock_training",
        ("hilfsmittelboerse", "fahrtraining_senioren"),
        "Kinder",
        1,
    ),
    Need(
        "Duelliert sich mit Besenstielen",
        "Leon (11) schaut jeden Film mit Schwertkämpfen und duelliert sich zu Hause mit Besenstielen gegen seinen Bruder, bis etwas kaputtgeht. Fußball und Judo hat er ausprobiert und beides nach wenigen Wochen abgebrochen: beim Fußball zu viel Gewusel, beim Judo will er nicht am Boden rangeln. Die Mutter, alleinerziehend und im Bürgergeld, sucht etwas, wo er seine Begeisterung mit Regeln und Disziplin ausleben kann, bezahlbar und mit Ausrüstung zum Leihen.",
        ("Kinder",),
        "Sport & Bewegung",
        "fechten",
        ("slackline",),
        "Senior:innen",
        3,
    ),
    Need(
        "Die Kinder hassen Spaziergänge",
        "Familie N., zwei Jungs (8 und 10), die am Wochenende nur noch am Tablet hängen. Jeder Spaziergang endet in Gemecker. Der Vater ist technikbegeistert, die Mutter möchte, dass die Kinder mehr an die frische Luft kommen und das Viertel kennenlernen. Von Bekannten haben sie gehört, dass man mit dem Handy nach Dingen suchen kann, die andere draußen versteckt haben, wissen aber nicht, wie man anfängt, und würden es gern mal mit anderen zusammen ausprobieren.",
        ("Familien",),
        "Freizeit",
        "geocaching",
        ("waldbaden",),
        "Senior:innen",
        3,
    ),
    Need(
        "Vermisst ihren Hund",
        "Frau R. (34) hatte bis letztes Jahr einen Schäferhundmischling, der mit 14 gestorben ist. In der neuen Wohnung sind Haustiere verboten. Sie arbeitet im Homeoffice, bewegt sich kaum noch und sagt, ihr fehle der Grund, morgens rauszugehen. Sie würde sich gern regelmäßig um einen Hund kümmern, ohne ihn bei sich zu haben, und hat an den Wochenenden viel Zeit.",
        ("Frauen",),
        "Freizeit",
        "gassigehen_tierheim",
        ("amphibienschutz",),
        "Kinder",
        3,
    ),
    Need(
        "Strahlt nur in der Badewanne",
        "Mutter (31), Tochter fünf Monate, in Elternzeit, vor Kurzem aus Dresden hergezogen, kennt hier noch niemanden. Die Kleine weint viel, aber in der Badewanne strahlt sie und strampelt. Die Hebamme meinte, Wasser tue ihr gut, und man müsse damit nicht warten, bis sie groß genug fürs Seepferdchen ist. Die Mutter sucht so etwas in der Nähe, gern vormittags, und hofft, dabei andere Eltern kennenzulernen.",
        ("Eltern",),
        "Familie & Kinderschutz",
        "babyschwimmen",
        ("laternenumzug",),
        "Senior:innen",
        3,
    ),
    Need(
        "Diskutiert jede Lehrerin an die Wand",
        "Amira (16), Gymnasium, 11. Klasse, sehr gute Noten, aber ständig Einträge wegen Diskutierens im Unterricht. Sie liest viel über Politik, hat zu allem eine Meinung und möchte später Jura studieren. Die Vertrauenslehrerin findet, sie bräuchte einen Ort, wo ihr Widerspruchsgeist gefragt ist: wo man nach Regeln gegeneinander argumentiert, auch mal die Gegenseite vertreten muss und dafür bewertet wird. Im Schülerrat ist ihr zu viel Organisation und zu wenig Streit.",
        ("Jugendliche",),
        "Bildung",
        "debattierclub",
        ("poetry_slam", "fechten"),
        "Senior:innen",
        0,
    ),
    Need(
        "Wird auf dem Heimweg von Größeren abgezogen",
        "Jonas (8) geht seit den Herbstferien allein von der Schule nach Hause, etwa eine Viertelstunde. Zweimal haben ihn ältere Jungs an der Unterführung abgefangen und ihm Handy und Geld abgenommen. Er hat jetzt Angst und will nicht mehr allein gehen, die Mutter arbeitet aber bis 16 Uhr. Sie möchte, dass er unterwegs weiß, wo er schnell hineinlaufen kann, wenn wieder etwas ist, und dass die Erwachsenen dort Bescheid wissen.",
        ("Kinder",),
        "Familie & Kinderschutz",
        "notinsel",
        ("wunschbaum",),
        "Jugendliche",
        3,
    ),
    Need(
        "Will etwas mit den Händen machen",
        "Dennis (22), abgebrochene Ausbildung zum Raumausstatter, zurzeit in einer Maßnahme vom Jobcenter. Er ist geschickt, hat sich aus einem alten Sattel mit Hilfe von Videos ein Portemonnaie genäht und ist stolz darauf. Er würde gern mehr lernen, Gürtel, Taschen, vielleicht auch Reparaturen, und dabei mit jemandem arbeiten, der das Handwerk richtig kann. Ein Ort, an den er regelmäßig gehen kann, täte ihm gut.",
        ("Junge Erwachsene",),
        "Kultur",
        "lederwerkstatt",
        ("tiffany_glas",),
        "Kinder",
        3,
    ),
    Need(
        "Entlassung in drei Wochen, nichts geregelt",
        "Herr T. (41) kommt nach vier Jahren und zwei Monaten Ende des Monats aus der JVA. Die alte Wohnung ist gekündigt, das Konto aufgelöst, der Personalausweis abgelaufen, und er hat rund 9.000 Euro Schulden aus Gerichtskosten. Zu seiner Familie hat er keinen Kontakt mehr, und zurück in die alte Clique will er auf keinen Fall. Der Sozialdienst der Anstalt ist überlastet und hat ihn an uns verwiesen; er braucht jemanden, der ihn durch die ersten Wochen draußen begleitet.",
        ("Männer",),
        "Beratung",
        "straffaelligenhilfe",
        ("ausstiegsberatung_extremismus",),
        "Jugendliche",
        1,
    ),
    Need(
        "Der Sohn hört nur noch auf seine neuen Freunde",
        "Frau E. (49) macht sich große Sorgen um ihren Sohn (17). Seit einem Jahr trägt er Kleidung bestimmter Marken, hat sich die Haare abrasiert, teilt im Klassenchat Videos über „Umvolkung“ und war bei einer Sonnenwendfeier mit Leuten, die sie nicht kennt. Zu Hause gibt es nur noch Streit. Sie will den Kontakt zu ihm nicht verlieren, weiß aber nicht, wie sie mit ihm reden soll, ohne ihn noch weiter wegzutreiben, und ob es jemanden gibt, der auch mit ihm selbst spricht.",
        ("Eltern",),
        "Beratung",
        "ausstiegsberatung_extremismus",
        ("straffaelligenhilfe",),
        "Senior:innen",
        2,
    ),
    Need(
        "Arbeitet in einer Wohnung, keine Versicherung",
        "Frau M. (24) kommt aus Bulgarien und arbeitet seit einem Jahr in einer Wohnung, in der mehrere Frauen Freier empfangen. Die Wohnungsinhaberin behält die Hälfte ein. Sie hat keine Krankenversicherung, seit Wochen Schmerzen im Unterleib und weiß nicht, ob sie sich irgendwo anmelden muss. Über eine Freundin kam sie in unsere Sprechstunde; sie spricht etwas Englisch, kaum Deutsch. Ob sie weitermachen oder aufhören will, weiß sie noch nicht, erst einmal will sie verstehen, welche Rechte sie hat.",
        (MIGRANTS,),
        "Beratung",
        "sexarbeit_beratung",
        ("ausstiegsberatung_extremismus", "straffaelligenhilfe"),
        "Männer",
        1,
    ),
    Need(
        "Im Kleingarten zieht niemand ein",
        "Herr A. (71), Rentner, seit Kurzem Pächter eines Kleingartens. Er hat gelesen, dass die Insekten verschwinden, und will etwas dagegen tun: kein Gift, Blumen statt Rasen. Im Baumarkt hat er ein buntes Holzhäuschen mit Zapfen und Holzwolle gekauft, in dem sich seit Monaten nichts tut. Er würde gern lernen, was die kleinen Bestäuber wirklich brauchen, und mit anderen zusammen etwas Passendes herstellen; Werkzeug hat er keins.",
        ("Senior:innen",),
        "Umwelt & Klima",
        "wildbienen_nisthilfen",
        ("saftpresse",),
        "Kinder",
        3,
    ),
    Need(
        "300 Kilo Äpfel, und keiner isst sie",
        "Ehepaar W. (67 und 70) hat einen Garten mit fünf alten Apfelbäumen, die dieses Jahr so viel tragen wie nie. Sie haben Apfelmus eingekocht, verschenkt und Kuchen gebacken, und trotzdem faulen Kisten voller Obst im Schuppen. Wegwerfen tut ihnen in der Seele weh. Der Nachbar hat erzählt, früher habe man das Obst irgendwo abgegeben und in Flaschen wieder mit nach Hause genommen; so etwas suchen sie, ohne großen Aufwand.",
        ("Senior:innen",),
        "Umwelt & Klima",
        "saftpresse",
        ("wildbienen_nisthilfen",),
        "Familien",
        1,
    ),
    Need(
        "Jeden Morgen platte Kröten",
        "Lukas (22), Biologiestudent, wohnt an der Straße zum Teich. Seit ein paar Nächten liegen morgens Dutzende überfahrene Kröten und Frösche auf dem Asphalt, er hat Fotos gemacht und ist entsetzt. Abends hat er Zeit und fragt, ob es eine Gruppe gibt, die da etwas unternimmt, und ob er sich anschließen kann.",
        ("Junge Erwachsene",),
        "Umwelt & Klima",
        "amphibienschutz",
        ("gassigehen_tierheim", "wildbienen_nisthilfen"),
        "Senior:innen",
        3,
    ),
    Need(
        "Schrank voll, nichts zum Anziehen",
        "Nele (19) macht ein FSJ im Kindergarten und bekommt 400 Euro Taschengeld. Ihr Schrank ist voll mit Sachen aus Billigläden, die sie ein-, zweimal getragen hat. Aus Klimagründen will sie nichts Neues mehr kaufen, aber Secondhandläden sind ihr zu teuer, und auf Kleinanzeigen hat sie keine Lust. Am liebsten würde sie ihre Sachen loswerden und dafür andere bekommen, gesellig, mit anderen zusammen.",
        ("Junge Erwachsene",),
        "Umwelt & Klima",
        "kleidertausch",
        ("kaufsucht_selbsthilfe",),
        "Senior:innen",
        1,
    ),
    Need(
        "Erstes Weihnachten ohne seine Frau",
        "Herr D. (76) ist im Frühjahr Witwer geworden. Der Sohn lebt in Kanada, die Tochter feiert bei den Schwiegereltern in Bayern. Herr D. sagt, den 24. Dezember allein in der Wohnung mit ihren Sachen halte er nicht aus. In der Trauergruppe ist er gut aufgehoben, aber für diesen einen Abend hat er nichts. Bemitleidet werden will er nicht, „einfach irgendwo mit am Tisch sitzen und ein Lied singen“.",
        ("Senior:innen",),
        "Nachbarschaft & Begegnung",
        "heiligabend_gemeinsam",
        ("lebendiger_adventskalender", "wunschbaum"),
        "Familien",
        2,
    ),
    Need(
        "Kein Geld für Geschenke",
        "Frau Y. (33), alleinerziehend, drei Kinder (4, 7 und 9), Bürgergeld, seit der Stromnachzahlung im Herbst jeden Monat knapp. Die Große hat einen Brief an den Weihnachtsmann ans Fenster geklebt, sie träumt von einem Malkasten; die Mutter kann ihn nicht bezahlen und weint, als sie davon erzählt. Lebensmittel holt sie schon bei der Tafel. Sie fragt, ob es irgendwo Unterstützung gibt, damit die Kinder an Weihnachten wenigstens eine Kleinigkeit auspacken können.",
        ("Kinder",),
        "Familie & Kinderschutz",
        "wunschbaum",
        ("heiligabend_gemeinsam",),
        "Jugendliche",
        3,
    ),
    Need(
        "War 1989 auf dem Ring dabei",
        "Frau H. (79), früher Lehrerin für Russisch und Geschichte, war im Herbst 1989 bei den Montagsdemonstrationen und hat damals Tagebuch geführt. Ihr Enkel hat erzählt, in der Schule werde die DDR in zwei Stunden abgehandelt. Sie würde gern Schülerinnen und Schülern erzählen, wie es wirklich war, traut sich aber nicht, einfach bei einer Schule anzurufen, und weiß nicht, wie man so einen Besuch vorbereitet.",
        ("Senior:innen",),
        "Bildung",
        "zeitzeugen_projekt",
        ("poetry_slam",),
        "Junge Erwachsene",
        1,
    ),
    Need(
        "Auto verkauft, manchmal fehlt es",
        "Familie O. hat ihr altes Auto verkauft, weil die Reparatur mehr gekostet hätte, als der Wagen wert war. Im Alltag kommen sie mit Rad und Straßenbahn gut zurecht, aber alle paar Wochen brauchen sie doch eins: für den Großeinkauf, die Oma im Pflegeheim auf dem Land, den Sperrmüll. Die großen Anbieter haben hier keine Station. In der Straße stehen mehrere Autos, die sich tagelang nicht bewegen; Herr O. fragt, ob man sich da nicht irgendwie zusammentun kann.",
        ("Familien",),
        "Nachbarschaft & Begegnung",
        "carsharing_nachbarschaft",
        ("fahrtraining_senioren",),
        "Senior:innen",
        2,
    ),
    Need(
        "Isst seit der Hüft-OP nur noch Brot",
        "Herr L. (83), alleinlebend, ist nach einer Hüft-OP seit zwei Wochen aus der Reha zurück. In der Wohnung kommt er mit dem Rollator zurecht, aber er kann nicht lange am Herd stehen und nicht einkaufen. Die Nachbarin bringt ihm Brot und Wurst, etwas Warmes isst er sonst nicht, drei Kilo hat er schon abgenommen. Bis zum Mittagstisch im Seniorentreff schafft er es noch nicht. Er braucht für die nächsten Monate jeden Tag eine warme Mahlzeit, am liebsten ohne viel Organisation.",
        ("Senior:innen",),
        "Nachbarschaft & Begegnung",
        "essen_auf_raedern",
        ("hitzetelefon", "hilfsmittelboerse"),
        "Familien",
        3,
    ),
    Need(
        "Die Tochter will ihr den Schlüssel wegnehmen",
        "Frau J. (77) fährt seit 55 Jahren unfallfrei Auto und braucht es, um ihren Mann im Pflegeheim in der Nachbarstadt zu besuchen. Letzten Monat hat sie beim Ausparken einen Poller gestreift, seitdem drängt die Tochter, sie solle den Führerschein abgeben. Frau J. ist selbst unsicher, ob sie mit den neuen Kreisverkehren und Radwegen noch zurechtkommt, möchte das aber von jemand Neutralem einschätzen lassen, nicht von der Familie.",
        ("Senior:innen",),
        "Bildung",
        "fahrtraining_senioren",
        ("carsharing_nachbarschaft", "langstock_training"),
        DISABLED,
        1,
    ),
    Need(
        "Schreibt Texte ins Handy, liest sie keinem vor",
        "Mo (17), Oberschule, in der Gruppe eher still. Die Kollegin im Jugendclub hat zufällig mitbekommen, dass er seit zwei Jahren Texte in sein Handy tippt, über seinen Vater, über Rassismus in der Straßenbahn, manche witzig, manche wütend. Rappen will er nicht, „ich kann nicht singen und hab keine Beats“. Er hat mal ein Video gesehen, in dem jemand einfach mit einem Mikro vor Publikum einen Text spricht, und sagt, das würde er sich gern trauen.",
        ("Jugendliche",),
        "Kultur",
        "poetry_slam",
        ("debattierclub",),
        "Senior:innen",
        2,
    ),
    Need(
        "Vermisst die Frauenabende auf Hochzeiten",
        "Frau Q. (39) kam vor vier Jahren aus dem Irak, drei Kinder, Deutschkurs B1 abgeschlossen. Sie erzählt, wie sehr ihr die Feste fehlen, auf denen die Frauen unter sich zur Musik die Hüften geschwungen haben; seitdem bewege sie sich kaum noch, der Rücken tue weh, und sie habe 15 Kilo zugenommen. In ein Fitnessstudio mit Männern geht sie nicht. Sie sucht etwas nur für Frauen, mit Musik, wo sie auch deutsche Frauen kennenlernt.",
        ("Frauen",),
        "Sport & Bewegung",
        "orientalischer_tanz",
        ("endometriose_selbsthilfe",),
        "Kinder",
        1,
    ),
    Need(
        "Sechs Wochen Gips, die Kasse zahlt nur Krücken",
        "Frau V. (58) hat sich beim Wandern den Knöchel gebrochen, sechs Wochen Gips, sie darf den Fuß nicht belasten. Die Kasse hat Unterarmstützen bezahlt, einen Rollstuhl für den Weg zum Arzt und zur Geburtstagsfeier der Enkelin lehnt sie ab, und einen Hocker für die Dusche bräuchte sie auch dringend. Für die paar Wochen will sie das alles nicht neu kaufen, die Rente ihres Mannes ist klein, und im Bekanntenkreis hat niemand so etwas.",
        ("Frauen",),
        "Gesundheit",
        "hilfsmittelboerse",
        ("kleidertausch", "langstock_training"),
        "Kinder",
        2,
    ),
    Need(
        "War noch nie weiter weg als Halle",
        "Kevin (15), Oberschule, wohnt mit Mutter und zwei Geschwistern in einer Dreiraumwohnung, Urlaub gab es nie. Im Englischunterricht gab es eine Videokonferenz mit einer Klasse aus Polen, seitdem redet er davon. Für Klassenfahrten ins Ausland hat die Mutter kein Geld. Der Schulsozialarbeiter sucht etwas, wo Kevin für ein, zwei Wochen andere Länder und Gleichaltrige kennenlernen kann, ohne dass es viel kostet.",
        ("Jugendliche",),
        "Bildung",
        "jugendaustausch",
        ("amateurfunk",),
        "Junge Erwachsene",
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
