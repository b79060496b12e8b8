"""Situations: a need that tells of a situation ("the third reminder this month") meets the
offers of the kind that helps in it, though it never names that kind. An offer is read for
situations only where it names no kind (written in plain language: "Herd kaputt? Bei uns gibt
es mittags warm"); then it meets the offers that name the kind, and two offers that each name
a kind are not made one kind by a situation both mention.

The lexicon files here are written for the tests; the examples are not among the pairs the
lexicon was tuned on (bench/data/).
"""

import pytest

from netzwerkstatt.synergy.engine import (
    LexiconError,
    OfferIndex,
    OrganisationIndex,
    load_lexicon,
    rank_organisations_for_need,
)
from netzwerkstatt.synergy.engine.lexicon import extend_lexicon, text_stems
from netzwerkstatt.synergy.engine.records import NeedRecord, OrganisationRecord
from netzwerkstatt.synergy.engine.text import TextModel
from tests.synergy.offers import NEARBY, SCHOENEFELD, background, offer, situation

EXTRA = """
[kinds]
"Tauschladen" = ["Kiezkiste", "Nimm-und-Gib-Regal"]
"Kiezkantine" = ["Stadtteilkantine"]

[situations]
"Tauschladen" = ["Kinderkleidung zu klein", "ausgemistet", "Umzug"]
"Kiezkantine" = ["isst kaum warm", "Herd kaputt", "ausgemistet"]
"""


def _lexicon(tmp_path, text: str = EXTRA):
    path = tmp_path / "extra.toml"
    path.write_text(text, encoding="utf-8")
    return load_lexicon(path)


def _need(title: str, description: str) -> NeedRecord:
    return NeedRecord(
        id="need",
        title=title,
        description=description,
        target_groups={"Familien"},
        lat=SCHOENEFELD[0],
        lon=SCHOENEFELD[1],
    )


def _index(lexicon, *offers):
    return OfferIndex([*background(), *offers], text_model=TextModel(lexicon=lexicon))


SHOP = dict(
    id="shop",
    title="Kiezkiste",
    description="Bring, was du nicht mehr brauchst, nimm, was dir fehlt. Dienstags geöffnet.",
    target_groups={"Familien"},
)


def test_a_need_telling_of_a_situation_meets_the_kind_that_helps(tmp_path):
    need = _need(
        "Kinderkleidung zu klein",
        "Familie S. hat zwei Kinder, die schnell wachsen; das Geld für neue Sachen fehlt.",
    )
    with_situations = _index(_lexicon(tmp_path), offer(**SHOP))
    without = _index(_lexicon(tmp_path, EXTRA.split("[situations]")[0]), offer(**SHOP))
    [match] = with_situations.rank_for_need(need)
    assert match.offer_id == "shop"
    # The reason names the situation, so a coordinator sees why a "Kiezkiste" fits.
    assert situation("Kinderkleidung zu klein", "Tauschladen") in match.reasons
    assert with_situations.need_scores(need, ["shop"])[0] > without.need_scores(need, ["shop"])[0]


def test_a_situation_may_call_for_several_kinds(tmp_path):
    lexicon = _lexicon(tmp_path)
    assert lexicon.situation_kinds_in(text_stems("Wir haben ausgemistet")) == [
        "Tauschladen",
        "Kiezkantine",
    ]
    # A phrase matches its words in order; a one-word situation also ends a compound.
    assert "Kiezkantine" in lexicon.situation_kinds_in(text_stems("Der Herd ist kaputt"))
    assert "Kiezkantine" not in lexicon.situation_kinds_in(text_stems("kaputt ist der Herd"))
    assert "Tauschladen" in lexicon.situation_kinds_in(text_stems("Nach dem Wohnungsumzug"))


def test_offers_that_name_a_kind_are_not_read_for_situations(tmp_path):
    """Two offers that both mention a situation are not one kind because of it."""
    lexicon = _lexicon(tmp_path)
    first = offer(
        id="a",
        title="Nähwerkstatt",
        description="Kinderkleidung zu klein? Wir nähen sie gemeinsam um.",
    )
    second = offer(
        id="b",
        title="Reparaturtreff",
        description="Kinderkleidung zu klein oder kaputt? Wir flicken und ändern.",
        lat=NEARBY[0],
        lon=NEARBY[1],
    )
    index = _index(lexicon, first, second)
    assert index.text_model.kinds_of("Kinderkleidung zu klein") == []
    with_situations = index.score_pair("a", "b")
    without = _index(_lexicon(tmp_path, EXTRA.split("[situations]")[0]), first, second)
    assert with_situations == without.score_pair("a", "b")


CANTEEN = dict(
    id="canteen",
    title="Kiezkantine",
    description="Ein warmes Mittagessen für wenig Geld.",
    target_groups={"Familien"},
    lat=NEARBY[0],
    lon=NEARBY[1],
)
#: The same offer in plain language: it names no kind, it tells whom it is for.
PLAIN_CANTEEN = dict(
    id="plain",
    title="Herd kaputt?",
    description="Kommen Sie vorbei: bei uns steht täglich ein voller Teller bereit.",
    target_groups={"Familien"},
)


def test_an_offer_in_plain_language_meets_the_offers_of_the_kind_it_tells_of(tmp_path):
    with_situations = _index(_lexicon(tmp_path), offer(**CANTEEN), offer(**PLAIN_CANTEEN))
    without = _index(
        _lexicon(tmp_path, EXTRA.split("[situations]")[0]),
        offer(**CANTEEN),
        offer(**PLAIN_CANTEEN),
    )
    assert with_situations.text_model.kinds_of("Herd kaputt? Bei uns gibt es Teller") == []
    score = with_situations.score_pair("canteen", "plain")
    assert score >= with_situations.min_score > without.score_pair("canteen", "plain")
    assert [(p.a, p.b) for p in with_situations.all_parallels()] in (
        [("canteen", "plain")],
        [("plain", "canteen")],
    )
    # "Warum?" says which situation stood in for the kind's name.
    explanation = with_situations.explain_pair("canteen", "plain")
    assert explanation.situations_told == (("Herd kaputt", "Kiezkantine"),)
    assert explanation.shared_kinds == ()


def test_an_offer_edited_into_plain_language_is_read_for_its_situations(tmp_path):
    index = _index(
        _lexicon(tmp_path), offer(**CANTEEN), offer(**{**PLAIN_CANTEEN, "title": "Mittags"})
    )
    assert index.score_pair("canteen", "plain") < index.min_score
    index.upsert(offer(**PLAIN_CANTEEN))
    assert index.score_pair("canteen", "plain") >= index.min_score
    assert len(index.all_parallels()) == 1


def test_a_need_situation_counts_offers_that_name_the_kind_not_those_telling_of_it(tmp_path):
    """A need telling of "Herd kaputt" and an offer telling of it too share a situation, not a
    kind: the situation's floor is for offers that name the kind that helps."""
    need = _need("Herd kaputt", "Frau M. kann seit Wochen nicht mehr kochen.")
    index = _index(_lexicon(tmp_path), offer(**CANTEEN), offer(**PLAIN_CANTEEN))
    model = index.text_model
    rows = model.transform(
        [
            "Kiezkantine\nKiezkantine\nWarmes Mittagessen",
            "Herd kaputt?\nHerd kaputt?\nMittags einen vollen Teller",
        ]
    )
    assert list(model.situation_cosine(f"{need.title}. {need.description}", rows)) == [
        pytest.approx(0.15),
        0.0,
    ]


def test_situations_follow_aliases_and_merges(tmp_path):
    lexicon = _lexicon(
        tmp_path,
        EXTRA + '\n[aliases]\n"Kiezkantine" = "Mittagstisch"\n',
    )
    assert "Kiezkantine" not in lexicon.situations
    assert "Herd kaputt" in lexicon.situations["Mittagstisch"]
    merged = extend_lexicon(lexicon, [("same", "Kiezkiste", "Kleiderkammer")], source="t")
    owner = next(kind for kind, names in merged.kinds.items() if "Kiezkiste" in names)
    assert "ausgemistet" in merged.situations[owner]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[situations]\n"Kein Angebot" = ["Mahnung"]\n', "which is no kind"),
        ('[situations]\n"Flohmarkt" = ["خزانة ممتلئة"]\n', "not written in German"),
        ('[situations]\n"Flohmarkt" = [""]\n', "empty entry"),
        ('[situations]\n"Flohmarkt" = ["der die das"]\n', "no word that counts"),
        ('[situations]\n"Flohmarkt" = 3\n', "expected a list of words"),
        ('situations = ["Mahnung"]\n', "must be a table"),
        ('[situations]\n"Flohmarkt" = [' + '"' + "a" * 100 + '"]\n', "longer than"),
    ],
)
def test_a_bad_situation_is_refused_with_a_clear_error(tmp_path, content, message):
    with pytest.raises(LexiconError, match=message):
        _lexicon(tmp_path, content)


def test_a_file_of_situations_alone_extends_the_shipped_kinds(tmp_path):
    lexicon = _lexicon(tmp_path, '[situations]\n"Flohmarkt" = ["Dachboden voll"]\n')
    assert lexicon.situation_kinds_in(text_stems("Der Dachboden voll bis oben")) == ["Flohmarkt"]


# -- the shipped lexicon -------------------------------------------------------------------


def test_the_shipped_situations_lead_from_a_case_note_to_the_kind():
    need = _need(
        "Gerichtsvollzieher war schon zweimal da",
        "Herr K. öffnet seine Post nicht mehr, das Konto ist gepfändet.",
    )
    debt = offer(
        id="debt",
        title="Schuldnerberatung",
        description="Wir sortieren mit Ihnen die Forderungen und verhandeln mit den Gläubigern.",
        target_groups={"Familien"},
    )
    tenants = offer(
        id="tenants",
        title="Mieterberatung",
        description="Beratung zu Mietvertrag, Nebenkosten und Kündigung.",
        target_groups={"Familien"},
    )
    index = OfferIndex([*background(), debt, tenants])
    matches = index.rank_for_need(need)
    assert [m.offer_id for m in matches] == ["debt"]
    assert any(
        r.code == "situation" and r["kind"] == "Schuldnerberatung" for r in matches[0].reasons
    )


def _debt_counselling() -> OrganisationRecord:
    return OrganisationRecord(
        id="dw",
        name="Diakonie am Ort",
        strengths="Schuldnerberatung, Budgetberatung",
        target_groups={"Familien"},
        lat=NEARBY[0],
        lon=NEARBY[1],
    )


def test_an_organisation_profile_is_ranked_by_the_situations_too():
    need = _need("Mahnung über Mahnung", "Die Familie kann die Raten nicht mehr zahlen.")
    organisations = [
        _debt_counselling(),
        OrganisationRecord(
            id="sport",
            name="Sportverein Schönefeld",
            strengths="Fußball, Turnen und Tischtennis",
            target_groups={"Familien"},
            lat=NEARBY[0],
            lon=NEARBY[1],
        ),
    ]
    [match] = rank_organisations_for_need(need, organisations)
    assert match.organisation_id == "dw"
    assert situation("Mahnung", "Schuldnerberatung") in match.reasons


def test_an_organisation_index_reads_the_situations_of_the_lexicon_it_is_given():
    """A network's situation entries reach the organisation ranking (index_cache passes the
    network's lexicon); without them the profile is not suggested for that reason."""
    need = _need("Briefstapel auf dem Küchentisch", "Die Familie traut sich nicht, sie zu öffnen.")
    organisations = [_debt_counselling()]
    reason = situation("Briefstapel", "Schuldnerberatung")
    without = OrganisationIndex(organisations).rank_for_need(need)
    assert all(reason not in match.reasons for match in without)
    lexicon = extend_lexicon(
        load_lexicon(), [("situation", "Briefstapel", "Schuldnerberatung")], source="t"
    )
    [match] = OrganisationIndex(organisations, lexicon=lexicon).rank_for_need(need)
    assert reason in match.reasons
