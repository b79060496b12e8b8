"""The engine's reasons worded in the reader's language: German as the reference, the others
from their catalogues, the records' own words isolated for right-to-left pages."""

import re

import pytest
from django.template import Context, Template
from django.utils import translation
from django.utils.html import strip_tags

from netzwerkstatt.synergy.engine import Reason, reasons
from netzwerkstatt.synergy.reason_text import (
    WORDING,
    quoted_words,
    reason_html,
    reasons_html,
    reasons_inline,
)

TUESDAY_AFTERNOON = (1, 15 * 60, 17 * 60)

GERMAN = [
    (
        Reason.of("same_offer", title="Hausaufgabenhilfe", groups=("Kinder", "Familien")),
        "Beide bieten „Hausaufgabenhilfe“ für Kinder und Familien an",
    ),
    (Reason.of("same_offer", title="Sprachcafé", groups=()), "Beide bieten „Sprachcafé“ an"),
    (
        Reason.of("similar_offers", first="Sprachcafé", second="Sprachtreff"),
        "Ähnliche Angebote: „Sprachcafé“ und „Sprachtreff“",
    ),
    (
        Reason.of("shared_words", words=("Hausaufgaben", "Schule", "Mathe")),
        "Gemeinsame Stichworte: Hausaufgaben, Schule und Mathe",
    ),
    (Reason.of("same_groups", groups=("Jugendliche",)), "Beide für Jugendliche"),
    (
        Reason.of("same_times", slots=(TUESDAY_AFTERNOON, (3, 900, 1020), (4, 570, 720))),
        "Beide dienstags und donnerstags 15:00–17:00, freitags 09:30–12:00",
    ),
    (
        Reason.of("overlapping_times", day=1, first=(900, 1020), second=(960, 1110)),
        "Zeiten überschneiden sich: dienstags 15:00–17:00 und 16:00–18:30",
    ),
    (
        Reason.of("back_to_back", day=1, earlier=(900, 1020), later=(1050, 1140)),
        "Direkt nacheinander: dienstags 15:00–17:00 und 17:30–19:00",
    ),
    (Reason.of("same_days", days=(1,)), "Beide dienstags, zu unterschiedlichen Zeiten"),
    (
        Reason.of("other_days", first=(1, 2), second=(4,)),
        "An unterschiedlichen Tagen: dienstags und mittwochs und freitags",
    ),
    (Reason.of("same_place"), "Am selben Ort"),
    (Reason.of("distance", metres=420), "420 m voneinander entfernt"),
    (Reason.of("distance", metres=1200), "1,2 km voneinander entfernt"),
    (Reason.of("same_district", district="Schönefeld"), "Beide im Stadtteil Schönefeld"),
    (Reason.of("no_place"), "Bei beiden ist kein Ort angegeben"),
    (Reason.of("same_topics", topics=("Bildung",)), "Gleiches Thema: Bildung"),
    (Reason.of("same_topics", topics=("Bildung", "Sport")), "Gleiche Themen: Bildung und Sport"),
    (Reason.of("same_languages", languages=("Arabisch",)), "Beide auch auf Arabisch"),
    (
        Reason.of("offer_fits", title="Hausaufgabenhilfe", words=("Hausaufgaben",)),
        "Das Angebot „Hausaufgabenhilfe“ passt zum Bedarf: Hausaufgaben",
    ),
    (
        Reason.of("offer_similar", title="Kiezkantine"),
        "Das Angebot „Kiezkantine“ beschreibt Ähnliches",
    ),
    (
        Reason.of("profile_fits", name="Schulclub", words=("Lernförderung",)),
        "Das Profil von Schulclub passt zum Bedarf: Lernförderung",
    ),
    (
        Reason.of("situation", situation="Mahnung", kind="Schuldnerberatung"),
        "Zur Lage im Bedarf („Mahnung“) passt: Schuldnerberatung",
    ),
    (Reason.of("need_groups", groups=("Kinder",)), "Für Kinder, wie der Bedarf"),
    (Reason.of("at_need_place"), "Am Ort des Bedarfs"),
    (Reason.of("need_distance", metres=2500), "2,5 km vom Ort des Bedarfs entfernt"),
    (Reason.of("need_district", district="Schönefeld"), "Im selben Stadtteil: Schönefeld"),
]


def test_every_code_the_engine_documents_has_a_wording():
    documented = set(re.findall(r"``([a-z_]+)``", reasons.__doc__))
    assert documented == set(WORDING)
    assert {reason.code for reason, _ in GERMAN} == set(WORDING)


@pytest.mark.parametrize(("reason", "german"), GERMAN, ids=[r.code for r, _ in GERMAN])
def test_german_wording(reason, german):
    with translation.override("de"):
        html = reason_html(reason)
        assert strip_tags(html) == german
        # Stored findings hold the reason as JSON: the same sentence.
        assert reason_html(reason.as_dict()) == html


@pytest.mark.parametrize("language", ["ar", "fa", "ru", "tr", "uk", "en"])
def test_every_language_words_every_reason_in_its_own_words(language):
    with translation.override("de"):
        german = [strip_tags(reason_html(reason)) for reason, _ in GERMAN]
    with translation.override(language):
        worded = [strip_tags(reason_html(reason)) for reason, _ in GERMAN]
    # Not one sentence is left in German (the values in it are the records' own words).
    assert all(text and text != de for text, de in zip(worded, german, strict=True))


def test_record_words_keep_their_direction_and_language_on_an_arabic_page():
    reason = Reason.of("same_groups", groups=("Kinder", "Familien", "Senior:innen"))
    with translation.override("ar"):
        html = reason_html(reason)
    assert html.count('<bdi lang="de">') == 3
    # The Arabic comma and "and", not the Latin ones.
    assert "، " in html and ", " not in html
    assert 'و<bdi lang="de">Senior:innen</bdi>' in html
    with translation.override("de"):
        assert "lang=" not in reason_html(reason)


def test_record_words_are_escaped():
    reason = Reason.of("similar_offers", first="<script>alert(1)</script>", second="A & B")
    with translation.override("de"):
        html = reason_html(reason)
    assert "<script>" not in html and "&lt;script&gt;" in html and "A &amp; B" in html


def test_what_cannot_be_worded_is_left_out_and_old_sentences_are_shown_as_written():
    stored = [
        "Beide für Kinder",  # stored before reasons had codes
        {"code": "from_a_later_version", "x": 1},
        {"code": "distance"},  # its value is missing
        {"no": "code"},
        {"code": "same_place"},
    ]
    with translation.override("de"):
        assert [strip_tags(text) for text in reasons_html(stored)] == [
            "Beide für Kinder",
            "Am selben Ort",
        ]
    assert reasons_html(None) == []


def test_reasons_in_one_line_use_the_languages_separator():
    pair = [Reason.of("same_place"), Reason.of("no_place")]
    with translation.override("de"):
        line = strip_tags(reasons_inline(pair))
    assert line == "Am selben Ort; Bei beiden ist kein Ort angegeben"
    with translation.override("ar"):
        assert "؛ " in reasons_inline(pair)


def test_quoted_words_in_the_pages_language():
    with translation.override("de"):
        assert strip_tags(quoted_words(["Ruhe", "Silvester"])) == "„Ruhe“, „Silvester“"
    with translation.override("ar"):
        assert strip_tags(quoted_words(["Ruhe", "Silvester"])) == "«Ruhe»، «Silvester»"


def test_template_filters():
    template = Template(
        "{% load synergy_tags %}{% for r in reasons|reasons %}<li>{{ r }}</li>{% endfor %}"
        "|{{ reasons|reasons_inline }}"
    )
    with translation.override("de"):
        html = template.render(Context({"reasons": [Reason.of("distance", metres=80)]}))
    assert html == "<li>80 m voneinander entfernt</li>|80 m voneinander entfernt"
