"""Reasons only state what is true, most telling first (their wording: test_reason_text)."""

from netzwerkstatt.synergy.engine import Reason, find_parallel_offers
from netzwerkstatt.synergy.engine.reasons import rounded_metres, time_reason
from tests.synergy.offers import NEARBY, background, offer


def _reasons(first, second) -> tuple[Reason, ...]:
    findings = find_parallel_offers(background() + [first, second], min_score=0.0)
    (finding,) = [f for f in findings if {f.a, f.b} == {first.id, second.id}]
    return finding.reasons


def test_same_title_same_people_reads_as_one_reason():
    reasons = _reasons(
        offer(id="a", target_groups={"Kinder im Grundschulalter"}),
        offer(id="b", target_groups={"Kinder im Grundschulalter"}, lat=NEARBY[0], lon=NEARBY[1]),
    )
    assert reasons == (
        Reason.of("same_offer", title="Hausaufgabenhilfe", groups=("Kinder im Grundschulalter",)),
        Reason.of("same_times", slots=((1, 15 * 60, 17 * 60),)),
        Reason.of("distance", metres=420),
        Reason.of("same_topics", topics=("Bildung",)),
    )


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
    assert reasons[0] == Reason.of(
        "similar_offers", first="Hausaufgabenhilfe", second="Hilfe bei den Hausaufgaben"
    )
    words = next(r for r in reasons if r.code == "shared_words")["words"]
    assert any("Hausaufgaben" in word for word in words)
    assert Reason.of("same_groups", groups=("Jugendliche",)) in reasons
    assert Reason.of("same_place") in reasons


def test_time_reasons():
    tuesday = ((1, "15:00", "17:00"),)
    assert time_reason(tuesday, tuesday) == Reason.of("same_times", slots=((1, 900, 1020),))
    assert time_reason(tuesday, ((1, "16:00", "18:30"),)) == Reason.of(
        "overlapping_times", day=1, first=(900, 1020), second=(960, 1110)
    )
    assert time_reason(tuesday, ((1, "17:30", "19:00"),)) == Reason.of(
        "back_to_back", day=1, earlier=(900, 1020), later=(1050, 1140)
    )
    assert time_reason(tuesday, ((1, "09:00", "10:00"),)) == Reason.of("same_days", days=(1,))
    assert time_reason(tuesday, ((3, "15:00", "17:00"),)) == Reason.of(
        "other_days", first=(1,), second=(3,)
    )
    assert time_reason(tuesday, ()) is None


def test_distances_are_rounded_for_people():
    assert rounded_metres(417) == 420
    assert rounded_metres(1234) == 1200
    reasons = _reasons(offer(id="a"), offer(id="b", lat=NEARBY[0], lon=NEARBY[1]))
    assert Reason.of("distance", metres=420) in reasons


def test_district_and_languages_are_named_when_shared():
    reasons = _reasons(
        offer(id="a", lat=None, lon=None, languages={"Deutsch", "Arabisch"}),
        offer(id="b", lat=None, lon=None, languages={"Arabisch"}),
    )
    assert Reason.of("same_district", district="Schönefeld") in reasons
    assert Reason.of("same_languages", languages=("Arabisch",)) in reasons


def test_titles_that_differ_only_by_an_accent_read_as_the_same_offer():
    reasons = _reasons(
        offer(id="a", title="Nachbarschaftscafé", description="Kaffee: für alle offen."),
        offer(id="b", title="Nachbarschaftscafe", description="Kaffee: für alle offen."),
    )
    assert reasons[0] == Reason.of("same_offer", title="Nachbarschaftscafé", groups=("Kinder",))


def test_shared_words_are_quoted_without_trailing_punctuation():
    reasons = _reasons(
        offer(id="a", title="Ferienprogramm", description="Sommerferien: Ausflüge."),
        offer(id="b", title="Ferienspiele", description="In den Sommerferien: Ausflüge."),
    )
    words = next(r for r in reasons if r.code == "shared_words")["words"]
    assert "Sommerferien" in words and "Sommerferien:" not in words


def test_shared_words_keep_their_accents():
    reasons = _reasons(
        offer(id="a", title="Elterncafé", description="Elterncafé an der Schule."),
        offer(id="b", title="Treff für Eltern", description="Das Elterncafé im Stadtteil."),
    )
    words = next(r for r in reasons if r.code == "shared_words")["words"]
    assert "Elterncafé" in words


def test_a_reason_survives_the_database_as_json():
    reason = Reason.of("same_times", slots=((1, 900, 1020), (3, 900, 1020)))
    assert reason.as_dict() == {"code": "same_times", "slots": [[1, 900, 1020], [3, 900, 1020]]}
    assert Reason.from_dict(reason.as_dict()) == reason
    assert hash(Reason.from_dict(reason.as_dict())) == hash(reason)
