"""Answers the engine missed: an offer linked to a need that the engine would not suggest, and
what a coordinator could teach it.

The lexicon file here is written for the tests; the examples are not among the pairs the
engine was tuned on (bench/data/).
"""

import dataclasses

from netzwerkstatt.synergy.engine import OfferIndex, load_lexicon
from netzwerkstatt.synergy.engine.lexicon import extend_lexicon
from netzwerkstatt.synergy.engine.reasons import untold_words
from netzwerkstatt.synergy.engine.records import NeedRecord
from netzwerkstatt.synergy.engine.scoring import NEED_MIN_SCORE
from netzwerkstatt.synergy.engine.text import TextModel
from tests.synergy.offers import FAR_AWAY, SCHOENEFELD, background, offer, situation

LEXICON = """
[kinds]
"Kiezkantine" = ["Stadtteilkantine"]

[situations]
"Kiezkantine" = ["Herd kaputt"]
"""

NEED = NeedRecord(
    id="need",
    title="Rentner isst seit dem Wasserschaden nichts Warmes",
    description="Die Küche von Herrn P. ist gesperrt, er lebt von Brot.",
    target_groups={"Senior:innen"},
    lat=SCHOENEFELD[0],
    lon=SCHOENEFELD[1],
)
CANTEEN = dict(
    id="canteen",
    title="Kiezkantine",
    description="Mittags ein günstiges Gericht für wenig Geld, in netter Runde.",
    target_groups={"Senior:innen"},
    topics=set(),
)


def _lexicon(tmp_path, extra=()):
    path = tmp_path / "kinds.toml"
    path.write_text(LEXICON, encoding="utf-8")
    lexicon = load_lexicon(path)
    return extend_lexicon(lexicon, extra) if extra else lexicon


def _index(lexicon, *offers):
    return OfferIndex([*background(), *offers], text_model=TextModel(lexicon=lexicon))


def test_a_missed_answer_names_its_kind_and_the_words_to_teach(tmp_path):
    index = _index(_lexicon(tmp_path), offer(**CANTEEN))
    [missed] = index.missed_answers(NEED, ["canteen"])
    assert missed.offer_id == "canteen" and missed.score < NEED_MIN_SCORE
    assert missed.kinds == ("Kiezkantine",)
    # The title's nouns first, the longest first; words the offer shares are no situation.
    assert missed.words[0] == "Wasserschaden"
    assert "Warmes" in missed.words and "Rentner" not in missed.words[:1]
    assert missed.teachable


def test_teaching_the_suggested_word_makes_the_engine_suggest_the_offer(tmp_path):
    """The hint is worth following: with the word as a situation the offer is suggested."""
    taught = _lexicon(tmp_path, [("situation", "Wasserschaden", "Kiezkantine")])
    index = _index(taught, offer(**CANTEEN))
    assert index.missed_answers(NEED, ["canteen"]) == []
    assert [match.offer_id for match in index.rank_for_need(NEED)] == ["canteen"]
    assert situation("Wasserschaden", "Kiezkantine") in index.rank_for_need(NEED)[0].reasons


def test_a_known_situation_or_a_well_matched_offer_is_no_missed_answer(tmp_path):
    need = dataclasses.replace(NEED, description="Der Herd ist kaputt.")
    index = _index(_lexicon(tmp_path), offer(**CANTEEN))
    assert index.missed_answers(need, ["canteen"]) == []


def test_an_offer_of_no_known_kind_cannot_be_taught_a_situation(tmp_path):
    soup = offer(
        id="soup",
        title="Suppe am Donnerstag",
        description="Wer mag, kommt vorbei und isst mit.",
        target_groups={"Senior:innen"},
    )
    [missed] = _index(_lexicon(tmp_path), soup).missed_answers(NEED, ["soup"])
    assert missed.kinds == () and not missed.teachable


def test_no_entry_helps_where_people_or_place_do_not_fit(tmp_path):
    far = offer(**{**CANTEEN, "id": "far", "lat": FAR_AWAY[0], "lon": FAR_AWAY[1]})
    youth = offer(**{**CANTEEN, "id": "youth", "target_groups": {"Jugendliche"}})
    index = _index(_lexicon(tmp_path), far, youth)
    missed = index.missed_answers(NEED, ["youth", "far"])
    assert [m.offer_id for m in missed] == ["youth", "far"]
    assert all(m.kinds == ("Kiezkantine",) and not m.teachable for m in missed)


def test_unknown_and_repeated_offers_are_left_out(tmp_path):
    index = _index(_lexicon(tmp_path), offer(**CANTEEN))
    assert [m.offer_id for m in index.missed_answers(NEED, ["gone", "canteen", "canteen"])] == [
        "canteen"
    ]
    assert index.missed_answers(NEED, []) == []


def test_untold_words_leave_out_kinds_shared_words_and_known_situations(tmp_path):
    model = TextModel(lexicon=_lexicon(tmp_path))
    model.fit_transform([text for record in background() for text in (record.title,)])
    words = untold_words(
        "Stadtteilkantine gesucht: Herd kaputt",
        "Das Treppenhaus ist gesperrt, die Küche steht leer. Mittags fehlt ein Gericht.",
        "Mittags ein Gericht.",
        model,
        ("Kiezkantine",),
    )
    # "Stadtteilkantine" names a kind, "Herd kaputt" is its known situation, "Gericht" and
    # "Mittags" are in the offer. Nouns first, then the title's words.
    assert words == ("Treppenhaus", "Küche", "gesucht")


def test_ranking_and_missed_answers_at_once_equal_each_apart(tmp_path, monkeypatch):
    """The need page asks for both: one comparison of the need with every offer gives what the
    two methods give, missed answers in the order they were linked, unknown ones left out."""
    taught = _lexicon(tmp_path, [("situation", "Wasserschaden", "Kiezkantine")])
    youth = offer(**{**CANTEEN, "id": "youth", "target_groups": {"Jugendliche"}})
    soup = offer(
        id="soup",
        title="Suppe am Donnerstag",
        description="Wer mag, kommt vorbei und isst mit.",
        target_groups={"Senior:innen"},
    )
    index = _index(taught, offer(**CANTEEN), youth, soup)
    linked = ["soup", "gone", "canteen", "youth", "soup"]
    apart = (index.rank_for_need(NEED, limit=3), index.missed_answers(NEED, linked))
    assert [m.offer_id for m in apart[0]] == ["canteen"]
    assert [m.offer_id for m in apart[1]] == ["soup", "youth"]

    compared = []
    need_cosine = OfferIndex._need_cosine

    def counted(self, need, slots, rows):
        compared.append(len(slots))
        return need_cosine(self, need, slots, rows)

    monkeypatch.setattr(OfferIndex, "_need_cosine", counted)
    assert index.answers_for_need(NEED, linked, limit=3) == apart
    assert compared == [len(index)]
    assert index.answers_for_need(NEED, [], limit=3) == (apart[0], [])
