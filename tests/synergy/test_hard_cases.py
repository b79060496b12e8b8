"""German text that says the same thing in different words: compounds, inflection, gender
forms and typos must still pair; shared everyday words alone must not."""

import re

import pytest

from netzwerkstatt.synergy.engine import find_parallel_offers
from netzwerkstatt.synergy.engine.text import _SENTENCE_END, GermanAnalyzer, TextModel, offer_text
from tests.synergy.offers import background, offer, pair_ids


def _cosine(first: str, second: str) -> float:
    model = TextModel()
    texts = [offer_text(t, d) for t, d in [(first, ""), (second, "")]]
    corpus = [offer_text(o.title, o.description) for o in background()]
    matrix = model.fit_transform(corpus + texts)
    return float((matrix[-2] @ matrix[-1].T).toarray()[0, 0])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # compounds
        ("Hausaufgabenhilfe", "Hilfe bei den Hausaufgaben"),
        ("Deutschkurs für Frauen", "Kurs: Deutsch für Frauen"),
        ("Fahrradreparatur", "Wir reparieren Fahrräder"),
        # gender forms
        ("Lernhilfe für Schüler:innen", "Lernhilfe für Schülerinnen und Schüler"),
        ("Beratung für SchülerInnen", "Beratung für Schüler*innen"),
        # inflection
        ("Treffpunkt für Familien", "Familientreff: die Familie trifft sich"),
        ("Spielen mit Kindern", "Spielgruppe für ein Kind"),
        # typos
        ("Hausaufgabenhilfe", "Hausaufgabenhlife"),
        ("Nachbarschaftscafe", "Nachbarschaftscafé"),
    ],
)
def test_paraphrases_pair_as_parallel_offers(first, second):
    offers = background() + [offer(id="a", title=first), offer(id="b", title=second)]
    assert ("a", "b") in pair_ids(find_parallel_offers(offers))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            ("Deutschkurs für Frauen", "Deutsch lernen für den Alltag, Niveau A1.", "Sprache"),
            ("Nähkurs für Frauen", "Nähen lernen an der Nähmaschine, Stoffe sind da.", "Kreatives"),
        ),
        (
            ("Sprachcafé", "Deutsch sprechen üben bei Kaffee und Kuchen.", "Sprache"),
            ("Reparaturcafé", "Kaputte Geräte reparieren bei Kaffee und Kuchen.", "Umwelt"),
        ),
        (
            ("Hausaufgabenhilfe", "Hilfe bei den Hausaufgaben für Kinder.", "Bildung"),
            ("Umzugshilfe", "Hilfe beim Umzug für Familien.", "Alltag"),
        ),
    ],
)
def test_shared_everyday_words_do_not_make_offers_parallel(first, second):
    # Same people, same place, same hour: only what they do differs.
    offers = background() + [
        offer(id="a", title=first[0], description=first[1], topics={first[2]}),
        offer(id="b", title=second[0], description=second[1], topics={second[2]}),
    ]
    assert ("a", "b") not in pair_ids(find_parallel_offers(offers))


def test_gender_forms_normalise_to_the_same_stems():
    analyzer = GermanAnalyzer()
    forms = [
        "Schüler:innen",
        "SchülerInnen",
        "Schüler*innen",
        "Schüler_innen",
        "Schülerinnen und Schüler",
        "Schüler/-innen",
        "Schüler",
    ]
    assert {tuple(sorted(set(analyzer.stems(form)))) for form in forms} == {("schul",)}


def test_words_ending_in_innen_that_are_not_feminine_stay_intact():
    analyzer = GermanAnalyzer()
    assert analyzer.stems("drinnen beginnen") != analyzer.stems("drin begin")


def test_paraphrase_scores_above_unrelated_text_with_shared_words():
    assert _cosine("Hausaufgabenhilfe", "Hilfe bei den Hausaufgaben") > _cosine(
        "Hausaufgabenhilfe", "Hilfe beim Umzug"
    )


def test_boilerplate_sentences_many_offers_share_do_not_make_offers_alike():
    boilerplate = "Die Teilnahme ist kostenlos und eine Anmeldung ist nicht nötig."
    # A directory where many offers end with the same sentence.
    crowd = [
        offer(
            id=f"crowd-{number:02d}",
            title=f"Kurs {number}",
            description=f"Thema Nummer {number}. {boilerplate}",
            lat=51.05,
            lon=13.73,
        )
        for number in range(30)
    ]
    first = offer(id="a", title="Yoga", description=f"Sanftes Yoga. {boilerplate}", topics=set())
    second = offer(
        id="b", title="Schach", description=f"Schach spielen. {boilerplate}", topics=set()
    )
    model = TextModel()
    model.fit_transform([offer_text(o.title, o.description) for o in crowd + [first, second]])
    assert "kostenlos" not in model.strip_boilerplate(first.description)
    assert "Sanftes Yoga." in model.strip_boilerplate(first.description)
    assert ("a", "b") not in pair_ids(find_parallel_offers(background() + crowd + [first, second]))


@pytest.mark.parametrize(
    "text",
    [
        "Wir kochen. Alle essen mit!\nDanach: Abwasch?  Ja.",
        "Kein Satzende hier\n\n\nNeue Zeile. \n Nach Punkt und Zeile",
        "Abkürzungen wie z. B. und Nr. 5 …\tTab nach Punkt.\u00a0Geschütztes Leerzeichen",
        "?!.\n. ..  .\n\n",
        "",
    ],
)
def test_sentences_split_where_the_plain_rule_splits_them(text):
    # The rule as first written, a look-behind at every character; _SENTENCE_END is its faster
    # spelling and must cut every text at the same places.
    plain_rule = re.compile(r"(?<=[.!?])\s+|\n+")
    assert _SENTENCE_END.split(text) == plain_rule.split(text)
