"""A network's term entries on top of the lexicon: synonyms meet, different kinds stay apart,
situations lead needs to the kind their term names, contradictions and bad terms are refused,
and the export loads as a lexicon file.

The words are made up or rare on purpose, so a growing offer_kinds.toml does not know them.
"""

import pytest

from netzwerkstatt.synergy.engine import (
    LexiconConflict,
    LexiconError,
    OfferIndex,
    SituationNamesKind,
    TermRelation,
    UnknownKind,
    default_lexicon,
    entries_as_toml,
    extend_lexicon,
    kind_word,
    load_lexicon,
)
from netzwerkstatt.synergy.engine.lexicon import text_stems
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


# -- situations entered by a network -------------------------------------------------------

# "Briefstapel" and "Kontoauszug tiefrot" are no situations of the shipped lexicon.
SITUATIONS = [
    ("situation", "Briefstapel", "Schuldenberatung"),
    ("same", "Geldcoaching", "Finanzcoaching"),
    ("situation", "Kontoauszug tiefrot", "Finanzcoaching"),
]


def test_a_situation_entry_tells_the_kind_its_term_names():
    base = default_lexicon()
    assert base.situations_told(text_stems("Ein Briefstapel liegt ungeöffnet da")) == []
    extended = extend_lexicon(base, SITUATIONS)
    # "Schuldenberatung" is a name of the kind: the situation goes to the kind itself.
    debt = base.kind_named("Schuldenberatung")
    assert debt == "Schuldnerberatung"
    assert "Briefstapel" in extended.situations[debt]
    assert extended.situations_told(text_stems("Ein Briefstapel liegt ungeöffnet da")) == [
        ("Briefstapel", debt)
    ]
    # A kind the network's own "same" entry made takes situations too.
    coaching = extended.kind_named("Finanzcoaching")
    assert coaching == extended.kind_named("Geldcoaching") is not None
    assert extended.situation_kinds_in(text_stems("Der Kontoauszug ist tiefrot")) == [coaching]
    # The shipped situations stay, and the base lexicon is left as it was.
    assert set(base.situations[debt]) < set(extended.situations[debt])
    assert "Briefstapel" not in base.situations[debt]


def test_a_situation_follows_kinds_that_same_entries_merge():
    base = default_lexicon()
    situation = ("situation", "Brotkorb leer", "Foodsharing")
    for entries in ([("same", "Tafel", "Foodsharing"), situation], [situation]):
        extended = extend_lexicon(base, entries)
        kind = extended.kind_named("Foodsharing")
        assert "Brotkorb leer" in extended.situations[kind]
    # The order of the entries does not matter: the "same" entry may come later.
    later = extend_lexicon(base, [SITUATIONS[2], SITUATIONS[1]])
    assert later.situation_kinds_in(text_stems("Kontoauszug tiefrot")) == [
        later.kind_named("Geldcoaching")
    ]


def test_a_situation_of_a_term_that_names_no_kind_is_refused():
    with pytest.raises(UnknownKind) as caught:
        extend_lexicon(default_lexicon(), [("situation", "Briefstapel", "Finanzcoaching")])
    assert caught.value.term == "Finanzcoaching"
    assert caught.value.number == 1
    # A compound that only ends in a kind's name is not that kind's name.
    with pytest.raises(UnknownKind):
        extend_lexicon(default_lexicon(), [("situation", "Briefstapel", "Quillingflohmarkt")])


@pytest.mark.parametrize(
    "entries",
    [
        [("situation", "Schuldnerberatung", "Schuldnerberatung")],
        [("situation", "Schuldenberatung", "Schuldnerberatung")],
        [
            ("same", "Geldcoaching", "Schuldnerberatung"),
            ("situation", "Geldcoaching", "Schuldnerberatung"),
        ],
    ],
    ids=["the-kind", "a-name", "a-name-by-entry"],
)
def test_a_situation_that_names_its_own_kind_is_refused(entries):
    with pytest.raises(SituationNamesKind) as caught:
        extend_lexicon(default_lexicon(), entries)
    assert caught.value.kind == "Schuldnerberatung"
    assert caught.value.situation == entries[-1][1]


@pytest.mark.parametrize(
    "situation",
    ["", "   ", "Судебный пристав", "محضر", "x" * 81, "und der"],
    ids=["empty", "blank", "cyrillic", "arabic", "too-long", "no-word"],
)
def test_bad_situation_words_are_refused(situation):
    with pytest.raises(LexiconError):
        extend_lexicon(default_lexicon(), [("situation", situation, "Schuldnerberatung")])


def test_export_of_situations_loads_with_the_same_situations(tmp_path):
    entries = [
        *SITUATIONS,
        ("same", "Tafel", "Foodsharing"),
        ("situation", "Brotkorb leer", "Tafel"),
        ("different", "Papiertreff", "Faltnachmittag"),
    ]
    base = default_lexicon()
    text = entries_as_toml(base, entries, header="Entered by the coordinators of X")
    assert "\n[situations]\n" in text
    path = tmp_path / "network.toml"
    path.write_text(text, encoding="utf-8")
    loaded = load_lexicon(path)
    extended = extend_lexicon(base, entries)
    assert {k: set(v) for k, v in loaded.situations.items()} == {
        k: set(v) for k, v in extended.situations.items()
    }
    assert {k: set(v) for k, v in loaded.kinds.items()} == {
        k: set(v) for k, v in extended.kinds.items()
    }
    told = text_stems("Briefstapel und Kontoauszug tiefrot, Brotkorb leer")
    assert loaded.situations_told(told) == extended.situations_told(told)
    assert len(extended.situations_told(told)) == 3
