"""Bad input: a clear ValueError that names record and field, or a partition to skip it."""

import pytest

from netzwerkstatt.synergy.engine import (
    NeedRecord,
    OrganisationRecord,
    find_parallel_offers,
    partition_valid,
    rank_offers_for_need,
)
from netzwerkstatt.synergy.engine.records import MAX_DESCRIPTION_CHARS
from tests.synergy.offers import offer


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"title": ""}, "title is empty"),
        ({"title": None}, "title must be a string"),
        ({"description": "x" * (MAX_DESCRIPTION_CHARS + 1)}, "description has"),
        ({"weekly_slots": ((7, "15:00", "17:00"),)}, r"weekly_slots\[0\] weekday 7"),
        ({"weekly_slots": ((-1, "15:00", "17:00"),)}, "weekday -1"),
        ({"weekly_slots": (("Di", "15:00", "17:00"),)}, "weekday 'Di'"),
        ({"weekly_slots": ((1, "15 Uhr", "17:00"),)}, "start '15 Uhr'"),
        ({"weekly_slots": ((1, "15:00", "25:00"),)}, "end '25:00'"),
        ({"weekly_slots": ((1, "17:00", "15:00"),)}, "ends at 15:00"),
        ({"weekly_slots": ((1, "15:00"),)}, "not a .weekday"),
        ({"lat": 51.3, "lon": None}, "lat/lon"),
        ({"lat": 95.0, "lon": 12.0}, "lat 95.0"),
        ({"target_groups": "Kinder"}, "target_groups must be a set"),
        ({"target_groups": {""}}, "target_groups contains"),
        ({"organisation_id": ""}, "organisation_id"),
        ({"district": " "}, "district"),
    ],
)
def test_bad_offer_raises_value_error_naming_record_and_field(fields, message):
    bad = offer(id="bad-offer", **fields)
    with pytest.raises(ValueError, match=message) as error:
        find_parallel_offers([offer(), bad])
    assert "'bad-offer'" in str(error.value)


def test_empty_description_no_target_groups_and_no_times_are_fine():
    plain = offer(description="", target_groups=set(), weekly_slots=(), topics=set())
    assert find_parallel_offers([plain, offer()]) is not None


def test_duplicate_ids_are_rejected():
    with pytest.raises(ValueError, match="'same'.*not unique"):
        find_parallel_offers([offer(id="same"), offer(id="same")])


def test_bad_need_names_the_need():
    with pytest.raises(ValueError, match="Need 'n1': title is empty"):
        rank_offers_for_need(NeedRecord(id="n1", title=" "), [offer()])


def test_partition_skips_bad_records_and_reports_them():
    good, also_good = offer(id="good"), offer(id="also-good")
    bad = offer(id="bad", weekly_slots=((1, "nachmittags", "17:00"),))
    duplicate = offer(id="good")
    partition = partition_valid(
        [good, bad, also_good, duplicate, OrganisationRecord(id="org", name="")]
    )
    assert partition.valid == [good, also_good]
    assert [p.record_id for p in partition.problems] == ["bad", "good", "org"]
    assert "weekly_slots[0]" in partition.problems[0].message
    # The usable rest goes through without an error.
    find_parallel_offers(partition.valid)
