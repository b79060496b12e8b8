"""A network's term entries on top of the lexicon: synonyms meet, different kinds stay apart,
contradictions and bad terms are refused, and the export loads as a lexicon file.

The words are made up or rare on purpose, so a growing offer_kinds.toml does not know them.
"""

import pytest

from netzwerkstatt.synergy.engine import (
    LexiconConflict,
    LexiconError,
    OfferIndex,
    TermRelation,
    default_lexicon,
    entries_as_toml,
    extend_lexicon,
    kind_word,
    load_lexicon,
)
from netzwerkstatt.synergy.engine.text import TextModel
from tests.synergy.offers import NEARBY, background, offer

QUILLING = "Wir rollen Papierstreifen zu Bildern, Material ist da."
FOLDING = "Wir falten und gestalten mit Papier am Nachmittag."


def _explain(lexicon, first: str, second: str, description: str):
    offers = background() + [
        offer(id="a", title=first, description=description),
        offer(id="b", title=second, description=description, lat=NEARBY[0], lon=NEARBY[1]),
    ]
    return OfferIndex(offers, text_model=TextModel(lexicon=lexicon)).explain_pair("a", "b")


def test_a_synonym_makes_look_alike_titles_one_kind():
    base = default_lexicon()
    assert not _explain(base, "Quillingwerkstatt", "Papierrollwerkstatt", QUILLING).reported
    extended = extend_lexicon(base, [("same", "Quillingwerkstatt", "Papierrollwerkstatt")])
    explanation = _explain(extended, "Quillingwerkstatt", "Papierrollwerkstatt", QUILLING)
    assert explanation.reported
    assert not explanation.parts.look_alike
    # The base lexicon is left as it was: other networks keep it.
    assert "Quillingwerkstatt" not in base.kinds
    assert base.describe_title("Papierrollwerkstatt")[0].from_lexicon is False


def test_a_rebuild_keeps_the_networks_terms():
    extended = extend_lexicon(
        default_lexicon(), [("same", "Quillingwerkstatt", "Papierrollwerkstatt")]
    )
    offers = background() + [
        offer(id="a", title="Quillingwerkstatt", description=QUILLING),
        offer(
            id="b",
            title="Papierrollwerkstatt",
            description=QUILLING,
            lat=NEARBY[0],
            lon=NEARBY[1],
        ),
    ]
    index = OfferIndex(offers, text_model=TextModel(lexicon=extended))
    assert index.explain_pair("a", "b").reported
    index.rebuild()
    assert index.text_model.lexicon is extended
    assert index.explain_pair("a", "b").reported
    # A lexicon given to the rebuild replaces it (an installation's changed file).
    index.rebuild(default_lexicon())
    assert not index.explain_pair("a", "b").reported


def test_different_kinds_are_kept_apart():
    base = default_lexicon()
    assert _explain(base, "Papiertreff", "Faltnachmittag", FOLDING).reported
    extended = extend_lexicon(base, [TermRelation("different", "Papiertreff", "Faltnachmittag")])
    explanation = _explain(extended, "Papiertreff", "Faltnachmittag", FOLDING)
    assert not explanation.reported
    assert explanation.parts.look_alike
    assert extended.are_close("Papiertreff", "Faltnachmittag")


def test_synonym_of_two_known_kinds_merges_them_and_drops_their_closeness():
    base = default_lexicon()
    assert base.are_close("Tafel", "Foodsharing")
    extended = extend_lexicon(base, [("same", "Tafel", "Foodsharing")])
    assert len(extended.kinds) == len(base.kinds) - 1
    assert not extended.are_close("Tafel", "Foodsharing")
    assert extended.kinds_of_text("Tafel") == extended.kinds_of_text("Foodsharing")


def test_unknown_term_becomes_a_name_of_a_known_kind():
    extended = extend_lexicon(default_lexicon(), [("same", "Quillingkurs", "Flohmarkt")])
    assert "Quillingkurs" in extended.kinds["Flohmarkt"]


@pytest.mark.parametrize(
    "entries",
    [
        [
            ("same", "Quillingkurs", "Papierrollkurs"),
            ("different", "Papierrollkurs", "Quillingkurs"),
        ],
        [
            ("same", "Quillingkurs", "Papierrollkurs"),
            ("same", "Papierrollkurs", "Streifenrollkurs"),
            ("different", "Streifenrollkurs", "Quillingkurs"),
        ],
    ],
    ids=["contradiction", "cycle"],
)
def test_a_different_entry_that_synonyms_contradict_is_refused(entries):
    with pytest.raises(LexiconConflict) as caught:
        extend_lexicon(default_lexicon(), entries)
    assert not caught.value.in_base
    assert caught.value.chain[0] == entries[-1][1]
    assert caught.value.chain[-1] == entries[-1][2]


def test_splitting_a_kind_of_the_base_lexicon_is_refused():
    base = default_lexicon()
    name = base.kinds["Flohmarkt"][0]
    with pytest.raises(LexiconConflict) as caught:
        extend_lexicon(base, [("different", name, "Flohmarkt")])
    assert caught.value.in_base


@pytest.mark.parametrize(
    "entry",
    [
        ("same", "", "Flohmarkt"),
        ("same", "   ", "Flohmarkt"),
        ("same", "Английский курс", "Englischkurs"),
        ("different", "كورس", "Deutschkurs"),
        ("same", "Flohmarkt", "flohmarkt"),
        ("same", "x" * 81, "Flohmarkt"),
        ("similar", "Quillingkurs", "Flohmarkt"),
        ("same", "und", "Flohmarkt"),
    ],
    ids=["empty", "blank", "cyrillic", "arabic", "identical", "too-long", "relation", "no-word"],
)
def test_bad_entries_are_refused_and_nothing_is_built(entry):
    with pytest.raises(LexiconError):
        extend_lexicon(default_lexicon(), [entry])


def test_no_entries_give_an_equal_lexicon():
    base = default_lexicon()
    extended = extend_lexicon(base, [])
    assert extended.kinds == base.kinds
    assert extended.close == base.close


def test_export_loads_as_a_lexicon_file_and_gives_the_same_lexicon(tmp_path):
    entries = [
        ("same", "Quillingwerkstatt", "Papierrollwerkstatt"),
        ("same", "Tafel", "Foodsharing"),
        ("different", "Papiertreff", "Faltnachmittag"),
        ("different", "Englischkurs", "Deutschkurs"),
    ]
    base = default_lexicon()
    text = entries_as_toml(base, entries, header="Entered by the coordinators of X\nAGPL")
    assert text.startswith("# Entered by the coordinators of X\n# AGPL\n")
    path = tmp_path / "network.toml"
    path.write_text(text, encoding="utf-8")
    loaded = load_lexicon(path)
    extended = extend_lexicon(base, entries)
    assert {k: set(v) for k, v in loaded.kinds.items()} == {
        k: set(v) for k, v in extended.kinds.items()
    }
    assert loaded.close == extended.close


def test_kind_word_names_what_a_title_says():
    lexicon = default_lexicon()
    assert kind_word(lexicon, "Englischkurs am Abend") == "Englischkurs"
    assert kind_word(lexicon, "Quillingwerkstatt für Kinder") == "Quillingwerkstatt"
    assert kind_word(lexicon, "Wir treffen uns") is None
