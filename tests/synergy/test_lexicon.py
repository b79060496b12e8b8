"""Offer kinds: look-alikes kept apart, synonyms without a shared stem found, broad target
groups not taken for "the same people", and a lexicon file that is bad changes nothing.

The examples here are not among the pairs the lexicon was tuned on (bench/data/).
"""

import pytest

from netzwerkstatt.synergy.engine import (
    LexiconError,
    OfferIndex,
    PairExplanation,
    find_parallel_offers,
    load_lexicon,
    rank_offers_for_need,
    use_lexicon,
    validate_offer,
)
from netzwerkstatt.synergy.engine import lexicon as lexicon_module
from netzwerkstatt.synergy.engine.records import NeedRecord
from netzwerkstatt.synergy.engine.text import TextModel, offer_text
from tests.synergy.offers import NEARBY, SCHOENEFELD, background, offer, pair_ids


def _pair(first: tuple[str, str], second: tuple[str, str], **fields) -> list[tuple[str, str]]:
    offers = background() + [
        offer(id="a", title=first[0], description=first[1], **fields),
        offer(
            id="b", title=second[0], description=second[1], lat=NEARBY[0], lon=NEARBY[1], **fields
        ),
    ]
    return pair_ids(find_parallel_offers(offers))


# -- the three patterns ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            (
                "Gitarrenkurs für Einsteiger",
                "Gitarre spielen lernen in kleiner Runde, Instrumente sind da.",
            ),
            (
                "Trommelkurs für Einsteiger",
                "Trommeln lernen in kleiner Runde, Instrumente sind da.",
            ),
        ),
        (
            ("Wandergruppe", "Wir wandern einmal im Monat in der Umgebung, alle Tempi willkommen."),
            (
                "Fotogruppe",
                "Wir fotografieren einmal im Monat in der Umgebung, alle Kameras willkommen.",
            ),
        ),
        (
            (
                "Obstmarkt am Samstag",
                "Stände mit Äpfeln, Birnen und Pflaumen aus der Nachbarschaft.",
            ),
            (
                "Kunstmarkt am Samstag",
                "Stände mit Bildern, Keramik und Drucken aus der Nachbarschaft.",
            ),
        ),
        (
            ("Schreibwerkstatt", "Gemeinsam Geschichten schreiben, Werkzeug ist der Stift."),
            ("Druckwerkstatt", "Gemeinsam Plakate drucken, Werkzeug ist die Presse."),
        ),
    ],
)
def test_look_alike_kinds_are_kept_apart(first, second):
    assert ("a", "b") not in _pair(first, second, target_groups={"Erwachsene"})


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            ("Wärmestube", "Ein warmer Raum mit Tee im Winter."),
            ("Tagestreff für Wohnungslose", "Tagsüber ein Ort zum Aufwärmen."),
        ),
        (
            ("Zeltlager", "Eine Woche an der Mulde mit Lagerfeuer."),
            ("Ferienlager", "Sommerwoche im Grünen mit Übernachtung."),
        ),
        (
            ("Umsonstladen", "Bringen und mitnehmen, ohne Geld."),
            ("Verschenkmarkt", "Dinge abgeben und finden, gratis."),
        ),
        (
            ("Lauftreff", "Jeden Dienstag eine Runde durch den Park."),
            ("Jogginggruppe", "Gemeinsam eine Runde drehen, jedes Tempo."),
        ),
    ],
)
def test_synonyms_without_a_shared_stem_are_found(first, second):
    assert ("a", "b") in _pair(first, second, target_groups={"Erwachsene"})


def test_sharing_only_a_broad_group_is_not_the_same_people():
    text = ("Nähkurs", "Nähen lernen an der Maschine, Stoffe sind da.")
    apart = _pair(text, text, target_groups=frozenset())  # groups set per offer below
    assert apart is not None
    offers = background() + [
        offer(
            id="a", title=text[0], description=text[1], target_groups={"Frauen", "Migrant:innen"}
        ),
        offer(
            id="b",
            title=text[0],
            description=text[1],
            target_groups={"Jugendliche", "Migrant:innen"},
            lat=NEARBY[0],
            lon=NEARBY[1],
        ),
        offer(
            id="c",
            title=text[0],
            description=text[1],
            target_groups={"Frauen", "Nachbarschaft / alle"},
            lat=NEARBY[0],
            lon=NEARBY[1],
        ),
    ]
    pairs = pair_ids(find_parallel_offers(offers))
    assert ("a", "b") not in pairs  # only "Migrant:innen" in common
    assert ("a", "c") in pairs  # "Frauen" in common


def test_a_further_broad_group_on_one_side_does_not_make_the_same_people():
    """Only broad groups shared, and each side names one the other lacks, even if that one is
    broad itself: apart. One side's groups all among the other's: overlap decides."""
    text = ("Nähkurs", "Nähen lernen an der Maschine, Stoffe sind da.")

    def sewing(offer_id, groups, place=SCHOENEFELD):
        return offer(
            id=offer_id,
            title=text[0],
            description=text[1],
            target_groups=groups,
            lat=place[0],
            lon=place[1],
        )

    offers = background() + [
        sewing("a", {"Migrant:innen", "Nachbarschaft / alle"}),
        sewing("b", {"Migrant:innen", "Senior:innen"}, NEARBY),
        sewing("c", {"Migrant:innen"}, NEARBY),
    ]
    pairs = pair_ids(find_parallel_offers(offers))
    assert ("a", "b") not in pairs
    assert ("a", "c") in pairs and ("b", "c") in pairs


def test_a_need_is_not_met_by_a_look_alike():
    need = NeedRecord(
        id="need",
        title="Trommelkurs gesucht",
        description="Jugendliche möchten trommeln lernen.",
        target_groups={"Jugendliche"},
        lat=SCHOENEFELD[0],
        lon=SCHOENEFELD[1],
    )
    offers = background() + [
        offer(
            id="guitar",
            title="Gitarrenkurs",
            description="Gitarre lernen.",
            target_groups={"Jugendliche"},
        ),
        offer(
            id="drums",
            title="Trommelgruppe",
            description="Wir trommeln zusammen.",
            target_groups={"Jugendliche"},
        ),
    ]
    assert [m.offer_id for m in rank_offers_for_need(need, offers)] == ["drums"]


# -- explanations ------------------------------------------------------------------------


def test_explain_pair_takes_the_score_apart():
    offers = background() + [
        offer(id="a", title="Gitarrenkurs", description="Gitarre spielen lernen."),
        offer(
            id="b",
            title="Trommelkurs",
            description="Trommeln spielen lernen.",
            lat=NEARBY[0],
            lon=NEARBY[1],
        ),
        offer(id="c", title="Wärmestube", description="Tee und Wärme."),
        offer(
            id="d",
            title="Tagestreff für Wohnungslose",
            description="Aufwärmen.",
            lat=NEARBY[0],
            lon=NEARBY[1],
        ),
    ]
    index = OfferIndex(offers)
    apart = index.explain_pair("a", "b")
    assert isinstance(apart, PairExplanation)
    assert apart.parts.look_alike and not apart.reported
    assert apart.title_kind_a.head == apart.title_kind_b.head == "kurs"
    assert apart.score == pytest.approx(index.score_pair("a", "b"))
    together = index.explain_pair("c", "d")
    assert together.reported and together.shared_kinds == ("Wohnungslosenhilfe",)
    assert together.parts.kind == 1.0 and together.parts.text > 0.5


# -- the lexicon file --------------------------------------------------------------------


def _write(tmp_path, text: str, name: str = "extra.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_installation_file_adds_kinds(tmp_path):
    extra = _write(tmp_path, '[kinds]\n"Kiezküche" = ["Stadtteilküche für alle"]\n')
    lexicon = load_lexicon(extra)
    assert lexicon.kinds_of_text("Die Stadtteilküche für alle kocht.") == ["Kiezküche"]
    assert "Flohmarkt" in lexicon.kinds  # the shipped kinds stay


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "defines no kinds"),
        ("[kinds]\n", "defines no kinds"),
        ("[kinds\n", "not valid TOML"),
        ('[kinds]\n"Курс" = ["Русский язык"]\n', "not written in German"),
        ('[kinds]\n"Sprachkurs" = ["دورة لغة"]\n', "not written in German"),
        ('[lexicon]\nlanguage = "en"\n[kinds]\n"Language course" = ["Course"]\n', "German"),
        ('[aliases]\n"Kita" = "Krippe"\n"Krippe" = "Kita"\n', "cycle"),
        ('[aliases]\n"A-Kurs" = "B-Kurs"\n"B-Kurs" = "C-Kurs"\n"C-Kurs" = "A-Kurs"\n', "cycle"),
        ('[kinds]\n"Neuer Markt" = ["Flohmarkt"]\n', "names both"),
        ('[kinds]\n"Leer" = [""]\n', "empty entry"),
        ('[kinds]\n"X" = [' + '"' + "a" * 100 + '"]\n', "longer than"),
        ('[kinds]\n"Kiezküche" = ["Kiezkantine"]\n[unbekannt]\nx = 1\n', "unknown sections"),
    ],
)
def test_a_bad_lexicon_file_is_refused_with_a_clear_error(tmp_path, content, message):
    with pytest.raises(LexiconError, match=message):
        load_lexicon(_write(tmp_path, content))


def test_a_huge_lexicon_is_refused(tmp_path, monkeypatch):
    lines = ["[kinds]"] + [f'"Angebot{n}" = ["Kursart{n}"]' for n in range(30_000)]
    huge = _write(tmp_path, "\n".join(lines))
    with pytest.raises(LexiconError, match="entries, more than"):
        load_lexicon(huge)
    monkeypatch.setattr(lexicon_module, "MAX_FILE_BYTES", 1_000)
    with pytest.raises(LexiconError, match="bytes, more than"):
        load_lexicon(huge)


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(LexiconError, match="cannot be read"):
        load_lexicon(tmp_path / "missing.toml")


def test_a_refused_file_keeps_the_previous_lexicon(tmp_path):
    before = lexicon_module.default_lexicon()
    with pytest.raises(LexiconError):
        use_lexicon(_write(tmp_path, '[aliases]\n"Kita" = "Krippe"\n"Krippe" = "Kita"\n'))
    assert lexicon_module.default_lexicon() is before
    good = use_lexicon(_write(tmp_path, '[kinds]\n"Kiezküche" = ["Stadtteilküche"]\n', "good.toml"))
    try:
        assert lexicon_module.default_lexicon() is good
        assert TextModel().lexicon is good
    finally:
        lexicon_module._default = before


# -- long texts --------------------------------------------------------------------------


def test_texts_of_100000_characters_are_refused_or_read_without_harm():
    long = (
        "Die Fahrradwerkstatt repariert, der Nähkurs näht Kleidung. " * 1_700
    )  # about 100,000 characters
    assert len(long) >= 100_000
    with pytest.raises(ValueError, match="description"):
        validate_offer(offer(description=long))
    # The text side itself copes: kinds are found, a title is read from its start only.
    lexicon = lexicon_module.default_lexicon()
    assert set(lexicon.kinds_of_text(long)) >= {"Fahrradwerkstatt", "Nähkurs"}
    assert lexicon.title_kind("Fahrradwerkstatt " + long).kind == "Fahrradwerkstatt"
    model = TextModel()
    matrix = model.fit_transform([offer_text("Fahrradwerkstatt", long), "Nähkurs"])
    assert matrix.shape[0] == 2


# -- the same vectors in every process -------------------------------------------------------

_VECTORS_SCRIPT = """
import hashlib, sys
from netzwerkstatt.synergy.engine.text import TextModel, offer_text
matrix = TextModel().fit_transform([
    offer_text("Fahrradwerkstatt", "Wir reparieren Räder mit Kindern und Eltern."),
    offer_text("Deutschkurs für Frauen", "Mit Kinderbetreuung, dienstags im Stadtteilladen."),
    "Hausaufgabenhilfe für Grundschüler:innen",
])
digest = hashlib.sha256()
for part in (matrix.indptr, matrix.indices, matrix.data):
    digest.update(part.tobytes())
print(digest.hexdigest())
"""


def test_the_vectors_do_not_depend_on_the_string_hash_seed():
    """Two processes (say a web worker and a background worker) build the same columns."""
    import os
    import subprocess
    import sys

    def vectors_under(seed: str) -> str:
        environment = {**os.environ, "PYTHONHASHSEED": seed}
        return subprocess.run(
            [sys.executable, "-c", _VECTORS_SCRIPT],
            env=environment,
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    assert vectors_under("1") == vectors_under("2") == vectors_under("3")


# -- the web app's setting ----------------------------------------------------------------


def test_the_setting_loads_extra_files_and_ignores_a_bad_one(tmp_path, settings, caplog):
    from django.apps import apps

    before = lexicon_module.default_lexicon()
    config = apps.get_app_config("synergy")
    settings.SYNERGY_LEXICON_FILES = [str(_write(tmp_path, "[kinds\n", "bad.toml"))]
    config.ready()
    assert lexicon_module.default_lexicon() is before
    assert "Synergy lexicon not loaded" in caplog.text
    settings.SYNERGY_LEXICON_FILES = [
        str(_write(tmp_path, '[kinds]\n"Kiezküche" = ["Kiezkantine"]\n'))
    ]
    try:
        config.ready()
        assert "Kiezküche" in lexicon_module.default_lexicon().kinds
    finally:
        lexicon_module._default = before
