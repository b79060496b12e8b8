"""The mapping of our rows to HSDS objects, read back with clients nobody here wrote."""

import datetime

import pytest
from dateutil.rrule import rrulestr
from django.test import override_settings
from django.utils import translation

from netzwerkstatt.opendata import hsds
from tests.factories import LanguageFactory, OfferFactory, TargetGroupFactory, WeeklySlotFactory
from tests.opendata.conftest import assert_valid, validator

pytestmark = pytest.mark.django_db

SITE = hsds.Site(base_url="https://netz.example", state_province="Sachsen", country="DE")


def _rrule(schedule: dict) -> str:
    return (
        f"DTSTART:{schedule['dtstart'].replace('-', '')}T"
        f"{schedule['opens_at'].replace(':', '')}\n"
        f"RRULE:FREQ={schedule['freq']};INTERVAL={schedule['interval']};"
        f"WKST={schedule['wkst']};BYDAY={schedule['byday']}"
    )


def test_weekly_times_are_rrules_dateutil_understands():
    offer = OfferFactory()
    WeeklySlotFactory(offer=offer, weekday=3, start_time=datetime.time(9, 30))
    WeeklySlotFactory(offer=offer, weekday=6, start_time=datetime.time(14, 0))
    schedules = hsds.service(offer, SITE)["schedules"]
    assert [s["byday"] for s in schedules] == ["TH", "SU"]
    created = offer.created_at.astimezone(datetime.UTC).date()
    for schedule, weekday, hour in zip(schedules, (3, 6), (9, 14), strict=True):
        dates = list(rrulestr(_rrule(schedule), cache=False)[:3])
        assert [d.weekday() for d in dates] == [weekday] * 3
        assert dates[0].date() >= created
        assert (dates[0].date() - created).days < 7
        assert dates[1] - dates[0] == datetime.timedelta(weeks=1)
        assert dates[0].hour == hour


def test_ages_and_target_groups_become_eligibility():
    offer = OfferFactory(age_min=6, age_max=12, target_groups=[TargetGroupFactory(name="Kinder")])
    with translation.override("de"):
        service = hsds.service(offer, SITE)
    assert service["minimum_age"] == 6
    assert service["maximum_age"] == 12
    assert service["eligibility_description"] == "Für: Kinder. Alter: 6 bis 12 Jahre."
    assert_valid(validator("service.json"), service)


def test_costs_languages_and_accessibility():
    offer = OfferFactory(
        is_free=False,
        cost_note="5 € pro Termin",
        wheelchair_accessible=True,
        accessibility_note="Eingang über den Hof",
        languages=[LanguageFactory(slug="ar", name="Arabisch")],
    )
    service = hsds.service(offer, SITE)
    assert service["fees_description"] == "5 € pro Termin"
    assert [c["option"] for c in service["cost_options"]] == ["5 € pro Termin"]
    assert [(lang["code"], lang["name"]) for lang in service["languages"]] == [("ar", "Arabisch")]
    location = service["service_at_locations"][0]["location"]
    assert location["accessibility"][0]["details"] == "Eingang über den Hof"
    assert location["addresses"][0]["postal_code"] == offer.postcode
    assert_valid(validator("service.json"), service)


def test_an_offer_without_a_place_is_at_its_organisation():
    offer = OfferFactory(street="", postcode="", place_name="")
    offer.organisation.street = "Ossietzkystraße 7"
    offer.organisation.postcode = "04347"
    service = hsds.service(offer, SITE)
    address = service["service_at_locations"][0]["location"]["addresses"][0]
    assert address["address_1"] == "Ossietzkystraße 7"
    offer.organisation.street = ""
    assert hsds.service(offer, SITE)["service_at_locations"] == []


def test_ids_are_stable_and_depend_on_the_installation():
    offer = OfferFactory()
    first = hsds.service_id(offer)
    assert hsds.service_id(offer) == first
    assert hsds.organization_id(offer.organisation) != first
    hsds._namespace.cache_clear()
    try:
        with override_settings(HSDS_ID_NAMESPACE="0b7d3c4e-1111-4222-8333-944455556666"):
            assert hsds.service_id(offer) != first
    finally:
        hsds._namespace.cache_clear()
    assert hsds.service_id(offer) == first
