"""The broadened lexicon: kinds from the whole field of neighbourhood work, and the linguistic
rules that let it name offers it was not written for.

None of the examples is among the labelled pairs in bench/data/ (tuning or held-out).
"""

import tomllib

import pytest

from netzwerkstatt.synergy.engine import LexiconError, find_parallel_offers, load_lexicon
from netzwerkstatt.synergy.engine.lexicon import (
    DEFAULT_FILE,
    default_lexicon,
    plain_stem,
    text_stems,
)
from netzwerkstatt.synergy.engine.text import GermanAnalyzer
from tests.synergy.offers import NEARBY, background, offer, pair_ids
from tests.synergy.test_lexicon import _pair, _write

KIEZKUECHE = '[kinds]\n"Kiezküche" = ["Kiezkantine"]\n'

# -- the three patterns, on kinds the first lexicon did not have ---------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            ("Bürgerbus", "Ehrenamtliche fahren Ältere zu Arztterminen und zum Einkaufen."),
            ("Fahrdienst", "Wir holen ältere Menschen ab und bringen sie zum Arzt und zurück."),
        ),
        (
            ("Sterbebegleitung", "Ehrenamtliche sind für Schwerkranke und ihre Familien da."),
            ("Ambulanter Hospizdienst", "Wir begleiten Menschen am Lebensende zu Hause."),
        ),
        (
            ("Qigong im Park", "Ruhige Übungen für Atem und Gleichgewicht am Morgen."),
            ("Tai-Chi am Morgen", "Langsame Bewegungsfolgen unter Bäumen, für jedes Alter."),
        ),
        (
            ("Medibüro", "Wir vermitteln ärztliche Behandlung, anonym und kostenlos."),
            (
                "Sprechstunde ohne Krankenversicherung",
                "Ärztinnen behandeln Menschen, die keine Karte der Kasse haben.",
            ),
        ),
    ],
)
def test_new_synonyms_without_a_shared_stem_are_found(first, second):
    assert ("a", "b") in _pair(first, second, target_groups={"Erwachsene"})


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # same compound head, different modifiers (heads added with the new kinds)
        (
            ("Kinderärztin im Viertel", "Sprechstunde ohne Termin, auch auf Arabisch."),
            ("Zahnärztin im Viertel", "Sprechstunde ohne Termin, auch auf Arabisch."),
        ),
        (
            ("Fahrradverleih", "Räder für einen Tag ausleihen, gegen Spende."),
            ("Lastenradverleih", "Räder für einen Tag ausleihen, gegen Spende."),
        ),
        (
            ("Persischkurs", "Lesen, Schreiben und Sprechen in kleinen Gruppen am Abend."),
            ("Arabischkurs", "Lesen, Schreiben und Sprechen in kleinen Gruppen am Abend."),
        ),
        # close kinds of the new lexicon
        (
            ("Qigong", "Ruhige Übungen für Körper und Atem, Matten sind da."),
            ("Yoga", "Ruhige Übungen für Körper und Atem, Matten sind da."),
        ),
        (
            ("Kleingartenverein", "Gemeinsam gärtnern im Grünen, Werkzeug ist da."),
            ("Gemeinschaftsgarten", "Gemeinsam gärtnern im Grünen, Werkzeug ist da."),
        ),
    ],
)
def test_new_look_alike_kinds_are_kept_apart(first, second):
    assert ("a", "b") not in _pair(first, second, target_groups={"Erwachsene"})


def test_new_kinds_and_a_broad_group():
    text = ("Trommelgruppe", "Djembe und Cajón für alle, Instrumente sind da.")
    assert ("a", "b") in _pair(text, text, target_groups={"Jugendliche"})
    # only the broad group in common, the specific groups differ: not the same people
    offers = background() + [
        offer(
            id="a", title=text[0], description=text[1], target_groups={"Frauen", "Migrant:innen"}
        ),
        offer(
            id="b",
            title=text[0],
            description=text[1],
            target_groups={"Senior:innen", "Migrant:innen"},
            lat=NEARBY[0],
            lon=NEARBY[1],
        ),
    ]
    assert ("a", "b") not in pair_ids(find_parallel_offers(offers))


# -- linguistic rules ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("feminine", "masculine"),
    [
        ("zahnärztin", "zahnarzt"),
        ("psychologin", "psychologe"),
        ("therapeutin", "therapeut"),
        ("spezialistin", "spezialist"),
        ("dozentin", "dozent"),
    ],
)
def test_feminine_person_nouns_share_the_stem_of_the_masculine(feminine, masculine):
    assert plain_stem(feminine) == plain_stem(masculine)


@pytest.mark.parametrize("word", ["medizin", "termin", "benzin", "magazin"])
def test_words_ending_in_in_that_are_no_feminine_keep_their_ending(word):
    assert plain_stem(word).endswith("in")


@pytest.mark.parametrize(
    "word", ["schülerinnen", "lehrerin", "zahnärztin", "gewinnen", "beginnen", "besinnen"]
)
def test_lexicon_and_text_model_stem_a_word_alike(word):
    """Both strip feminine endings with one rule, "gewinnen" being no plural of "gew"."""
    assert plain_stem(word) == GermanAnalyzer().normalise_word(word)


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        # hyphenated compounds and English loan words
        ("Second-Hand-Markt im Hof", "Flohmarkt"),
        ("Lastenfahrrad-Verleih", "Lastenradverleih"),
        ("Coding Club für Mädchen", "Programmierkurs"),
        ("Urban Gardening am Kanal", "Gemeinschaftsgarten"),
        # plural and inflection
        ("Kleiderkammern der Gemeinde", "Kleiderkammer"),
        ("Trommelworkshops im Sommer", "Trommelgruppe"),
        # a compound ending in a name of a kind
        ("Sonntagsbrunch", "Frühstückstreff"),
        # a bare head or a generic modifier first, the kind named further on
        ("Workshops: Trommeln für Anfänger", "Trommelgruppe"),
        ("Offene Sprechzeit Schuldnerberatung", "Schuldnerberatung"),
        # a feminine person noun
        ("Hausärztin mit Sprechstunde auf Russisch", "Hausarztpraxis"),
    ],
)
def test_titles_name_their_kind(title, kind):
    found = default_lexicon().title_kind(title)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize(
    "text",
    [
        # "Nähe" and "nähen" share a stem: only compounds and phrases name the sewing course.
        "Eltern ohne Familie in der Nähe",
        # function words do not count: "Café für alle" would be any "Café"
        "Sprach-Café am Dienstag, wir trinken Kaffee in der Küche",
        "Skat spielen und Räder putzen",
        "Wir messen den Blutdruck",
    ],
)
def test_a_common_word_that_stems_like_a_name_names_nothing(text):
    assert default_lexicon().kinds_of_text(text) == []


def test_a_phrase_names_its_kind():
    assert default_lexicon().kinds_of_text("Nähen lernen an der Maschine") == ["Nähkurs"]


def test_no_name_of_several_words_is_a_bare_compound_head():
    # "Offenes Café" or "Küche für alle" would leave one stem, "caf" or "kuch", after the
    # function words: every text with a café or a kitchen would name the kind.
    lexicon = default_lexicon()
    heads = {plain_stem(head) for head in lexicon.heads}
    for kind, names in lexicon.kinds.items():
        for name in names:
            stems = text_stems(name)
            if len(name.split()) > 1 and len(stems) == 1:
                assert stems[0] not in heads, (kind, name)


# -- the file --------------------------------------------------------------------------


def test_the_shipped_file_keeps_its_licence_language_and_form():
    data = tomllib.loads(DEFAULT_FILE.read_text(encoding="utf-8"))
    assert data["lexicon"] == {"language": "de", "licence": "AGPL-3.0-or-later"}
    assert "AGPL-3.0-or-later" in DEFAULT_FILE.read_text(encoding="utf-8").split("[lexicon]")[0]
    assert set(data) == {
        "lexicon",
        "kinds",
        "aliases",
        "heads",
        "close",
        "broad_groups",
        "situations",
    }
    # Every kind has its line of situations (an empty list where none is telling).
    assert list(data["situations"]) == list(data["kinds"])
    for word in data["heads"]["words"] + data["heads"]["generic_modifiers"]:
        assert word == word.casefold() and not set(word) & set("äöüß"), word


def test_the_shipped_lexicon_covers_the_field():
    lexicon = default_lexicon()
    assert len(lexicon.kinds) >= 200
    for kind in (
        "Schuldnerberatung",
        "Erziehungsberatung",
        "Suchtberatung",
        "Rentenberatung",
        "Hort",
        "Hebammensprechstunde",
        "Lastenradverleih",
        "Fahrdienst",
        "Behördenbegleitung",
        "Sprachmittlung",
        "Integrationspatenschaft",
        "Kleiderkammer",
        "Sozialkaufhaus",
    ):
        assert kind in lexicon.kinds
    for first, second in lexicon.close:
        assert first in lexicon.kinds and second in lexicon.kinds


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (KIEZKUECHE + '[close]\npairs = [["Kiezküche", "Gibt es nicht"]]\n', "no kind"),
        (KIEZKUECHE + '[close]\npairs = [["Kiezküche"]]\n', "not a pair"),
        ('[kinds]\n"Kiezküche" = "Kiezkantine"\n[heads]\nwords = [1]\n', "list of words"),
        ('[kinds]\n"Kiezküche" = ["Hebamme"]\n', "names both"),
    ],
)
def test_bad_entries_next_to_the_shipped_lexicon_are_refused(tmp_path, content, message):
    with pytest.raises(LexiconError, match=message):
        load_lexicon(_write(tmp_path, content))
