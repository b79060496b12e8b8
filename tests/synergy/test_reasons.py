"""Reasons read as plain German a coordinator understands, and only state what is true."""

from netzwerkstatt.synergy.engine import find_parallel_offers
from netzwerkstatt.synergy.engine.reasons import format_distance, format_slots, time_reason
from tests.synergy.offers import NEARBY, background, offer


def _reasons(first, second) -> tuple[str, ...]:
    findings = find_parallel_offers(background() + [first, second], min_score=0.0)
    (finding,) = [f for f in findings if {f.a, f.b} == {first.id, second.id}]
    return finding.reasons


def test_same_title_same_people_reads_as_one_sentence():
    reasons = _reasons(
        offer(id="a", target_groups={"Kinder im Grundschulalter"}),
        offer(id="b", target_groups={"Kinder im Grundschulalter"}, lat=NEARBY[0], lon=NEARBY[1]),
    )
    assert reasons[0] == "Beide bieten „Hausaufgabenhilfe“ für Kinder im Grundschulalter an"
    assert "Beide dienstags 15–17 Uhr" in reasons
    assert "420 m voneinander entfernt" in reasons
    assert "Gleiches Thema: Bildung" in reasons


def test_paraphrased_titles_name_both_and_the_shared_words():
    reasons = _reasons(
        offer(id="a", title="Hausaufgabenhilfe", description="", target_groups={"Jugendliche"}),
        offer(
            id="b",
            title="Hilfe bei den Hausaufgaben",
            description="",
            target_groups={"Jugendliche"},
        ),
    )
    assert reasons[0] == "Ähnliche Angebote: „Hausaufgabenhilfe“ und „Hilfe bei den Hausaufgaben“"
    assert any(r.startswith("Gemeinsame Stichworte:") and "Hausaufgaben" in r for r in reasons)
    assert "Beide für Jugendliche" in reasons
    assert "Am selben Ort" in reasons


def test_time_reasons():
    tuesday = ((1, "15:00", "17:00"),)
    assert time_reason(tuesday, tuesday) == "Beide dienstags 15–17 Uhr"
    assert time_reason(tuesday, ((1, "16:00", "18:30"),)) == (
        "Zeiten überschneiden sich: dienstags 15–17 Uhr und 16–18:30 Uhr"
    )
    assert time_reason(tuesday, ((1, "17:30", "19:00"),)) == (
        "Direkt nacheinander: dienstags 15–17 Uhr und 17:30–19 Uhr"
    )
    assert time_reason(tuesday, ((1, "09:00", "10:00"),)) == (
        "Beide dienstags, zu unterschiedlichen Zeiten"
    )
    assert time_reason(tuesday, ((3, "15:00", "17:00"),)) == (
        "An unterschiedlichen Tagen: dienstags und donnerstags"
    )
    assert time_reason(tuesday, ()) is None


def test_slots_with_the_same_hours_are_grouped_by_weekday():
    slots = ((3, "15:00", "17:00"), (1, "15:00", "17:00"), (4, "09:30", "12:00"))
    assert format_slots(slots) == "dienstags und donnerstags 15–17 Uhr, freitags 9:30–12 Uhr"


def test_distances_are_rounded_for_people():
    assert format_distance(12) == "Am selben Ort"
    assert format_distance(417) == "420 m voneinander entfernt"
    assert format_distance(1234) == "1,2 km voneinander entfernt"


def test_district_and_languages_are_named_when_shared():
    reasons = _reasons(
        offer(id="a", lat=None, lon=None, languages={"Deutsch", "Arabisch"}),
        offer(id="b", lat=None, lon=None, languages={"Arabisch"}),
    )
    assert "Beide im Stadtteil Schönefeld" in reasons
    assert "Beide auch auf Arabisch" in reasons


def test_titles_that_differ_only_by_an_accent_read_as_the_same_offer():
    reasons = _reasons(
        offer(id="a", title="Nachbarschaftscafé", description="Kaffee: für alle offen."),
        offer(id="b", title="Nachbarschaftscafe", description="Kaffee: für alle offen."),
    )
    assert reasons[0] == "Beide bieten „Nachbarschaftscafé“ für Kinder an"


def test_shared_words_are_quoted_without_trailing_punctuation():
    reasons = _reasons(
        offer(id="a", title="Ferienprogramm", description="Sommerferien: Ausflüge."),
        offer(id="b", title="Ferienspiele", description="In den Sommerferien: Ausflüge."),
    )
    keywords = next(r for r in reasons if r.startswith("Gemeinsame Stichworte:"))
    assert "Sommerferien" in keywords and "Sommerferien:" not in keywords
