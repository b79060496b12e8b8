"""Gates: text alone is not a synergy. Same organisation, other people, far apart: no pair."""

from netzwerkstatt.synergy.engine import find_parallel_offers
from tests.synergy.offers import FAR_AWAY, NEARBY, background, offer, pair_ids


def _paired(first, second) -> bool:
    return (first.id, second.id) in pair_ids(find_parallel_offers(background() + [first, second]))


def test_identical_offers_of_two_organisations_pair():
    assert _paired(offer(id="a"), offer(id="b"))


def test_offers_of_the_same_organisation_never_pair():
    assert not _paired(offer(id="a", organisation_id="same"), offer(id="b", organisation_id="same"))


def test_offers_for_different_target_groups_do_not_pair():
    assert not _paired(
        offer(id="a", target_groups={"Kinder"}), offer(id="b", target_groups={"Senior:innen"})
    )


def test_target_groups_compare_without_case_and_spacing():
    assert _paired(
        offer(id="a", target_groups={"Kinder"}), offer(id="b", target_groups={" kinder "})
    )


def test_offer_without_target_groups_may_still_pair():
    assert _paired(offer(id="a", target_groups=set()), offer(id="b"))


def test_offers_far_apart_do_not_pair():
    assert not _paired(offer(id="a"), offer(id="b", lat=FAR_AWAY[0], lon=FAR_AWAY[1]))


def test_offers_a_short_walk_apart_pair():
    assert _paired(offer(id="a"), offer(id="b", lat=NEARBY[0], lon=NEARBY[1]))


def test_offers_without_coordinates_pair_by_district_only_when_it_is_the_same():
    same = offer(id="a", lat=None, lon=None), offer(id="b", lat=None, lon=None)
    assert _paired(*same)
    other = offer(id="c", lat=None, lon=None), offer(id="d", lat=None, lon=None, district="Mockau")
    assert not _paired(*other)


def test_offer_with_coordinates_pairs_with_a_district_only_offer_of_its_district():
    assert _paired(offer(id="a"), offer(id="b", lat=None, lon=None))


def test_offer_with_a_place_does_not_pair_with_one_without_any_place():
    assert not _paired(offer(id="a"), offer(id="b", lat=None, lon=None, district=None))


def test_times_that_do_not_compete_lower_the_score():
    base = background() + [offer(id="a")]
    same_time = find_parallel_offers(base + [offer(id="b")], min_score=0.0)
    other_day = find_parallel_offers(
        base + [offer(id="b", weekly_slots=((4, "09:00", "10:00"),))], min_score=0.0
    )
    score = {(f.a, f.b): f.score for f in same_time}[("a", "b")]
    lower = {(f.a, f.b): f.score for f in other_day}[("a", "b")]
    assert lower < score
