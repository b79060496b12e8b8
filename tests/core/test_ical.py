from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from netzwerkstatt.core import ical
from tests.calendar_clients import read_with_icalendar, read_with_icaljs

BERLIN = ZoneInfo("Europe/Berlin")


def _parsed(calendar: icalendar.Calendar) -> icalendar.Calendar:
    response = ical.calendar_response(calendar, filename="treffen.ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="treffen.ics"'
    return icalendar.Calendar.from_ical(response.content)


def test_events_keep_local_wall_time_across_daylight_saving():
    calendar = ical.new_calendar(name="Netzwerktreffen")
    # 14:00 UTC is 16:00 in winter (CET) and 15:00 UTC is 16:00 in summer (CEST).
    for uid, start in (
        ("winter@test", datetime(2026, 3, 10, 15, tzinfo=ZoneInfo("UTC"))),
        ("summer@test", datetime(2026, 4, 14, 14, tzinfo=ZoneInfo("UTC"))),
    ):
        ical.add_event(
            calendar,
            uid=uid,
            start=start,
            end=start.replace(hour=start.hour + 2),
            summary="Treffen",
        )

    parsed = _parsed(calendar)

    events = parsed.walk("VEVENT")
    assert [e.decoded("dtstart").hour for e in events] == [16, 16]
    assert all(e["dtstart"].params["TZID"] == "Europe/Berlin" for e in events)
    assert [tz["tzid"] for tz in parsed.walk("VTIMEZONE")] == ["Europe/Berlin"]
    assert parsed["x-wr-calname"] == "Netzwerktreffen"


def test_cancelled_event_and_optional_fields():
    calendar = ical.new_calendar(name="Kalender", description="Alle Termine")
    start = datetime(2026, 12, 8, 16, tzinfo=BERLIN)
    ical.add_event(
        calendar,
        uid="x@test",
        start=start,
        end=start.replace(hour=18),
        summary="Ausgefallen",
        description="Zeile 1\nZeile 2; mit Komma, und Semikolon",
        location="Stadtteilladen, Volbedingstraße 1",
        url="http://localhost:8000/treffen/1/",
        cancelled=True,
        sequence=2,
        categories=["Treffen"],
    )

    event = _parsed(calendar).walk("VEVENT")[0]

    assert event["status"] == "CANCELLED"
    assert event["sequence"] == 2
    assert event["description"] == "Zeile 1\nZeile 2; mit Komma, und Semikolon"
    assert event["location"] == "Stadtteilladen, Volbedingstraße 1"
    assert "dtstamp" in event


def test_vtimezone_repeats_the_central_european_rules_in_local_time():
    zone = ical.vtimezone("Europe/Berlin", 2026, 2028)
    daylight, standard = zone.walk("DAYLIGHT"), zone.walk("STANDARD")
    assert len(daylight) == len(standard) == 1
    # RFC 5545 3.6.5: the onset in the local time before the change.
    assert daylight[0].decoded("dtstart") == datetime(2026, 3, 29, 2)
    assert standard[0].decoded("dtstart") == datetime(2026, 10, 25, 3)
    assert daylight[0]["rrule"].to_ical() == b"FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"
    assert standard[0]["rrule"].to_ical() == b"FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"
    assert daylight[0]["tzoffsetto"].to_ical() == "+0200"
    assert standard[0]["tzoffsetto"].to_ical() == "+0100"
    assert "RDATE" not in daylight[0] and "RDATE" not in standard[0]


@pytest.mark.parametrize(
    "tzid",
    [
        "Europe/Berlin",
        "America/New_York",
        "Australia/Lord_Howe",  # half an hour of summer time, in the southern hemisphere
        "Europe/Istanbul",  # summer time until 2016, then none
        "Asia/Tokyo",  # no summer time
    ],
)
def test_vtimezone_gives_the_offsets_of_the_time_zone_database(tzid):
    """icalendar evaluates the block itself (its own rules, not the zone of that name)."""
    zone = ZoneInfo(tzid)
    block = ical.vtimezone(tzid, 2014, 2020)
    block["tzid"] = "Block"
    block_zone = block.to_tz()
    # From 2015: before the first change in the block (2014) its offset is not defined. Off
    # the full hour, as the changes are not: at the very instant dateutil reads a gap.
    moment = datetime(2015, 1, 1, 0, 17, tzinfo=UTC)
    while moment.year < 2021:
        assert moment.astimezone(block_zone).utcoffset() == moment.astimezone(zone).utcoffset(), (
            moment
        )
        moment += timedelta(hours=5)


def test_a_calendar_without_events_holds_its_time_zone():
    """RFC 5545 wants at least one component in a calendar."""
    parsed = _parsed(ical.new_calendar(name="Leer"))
    assert [c.name for c in parsed.subcomponents] == ["VTIMEZONE"]
    assert read_with_icaljs(parsed.to_ical())["events"] == []


@pytest.mark.parametrize("tzid", ["Europe/Berlin", "America/New_York"])
def test_icaljs_reads_summer_winter_and_changeover_days_as_icalendar(settings, tzid):
    settings.TIME_ZONE = tzid
    zone = ZoneInfo(tzid)
    calendar = ical.new_calendar(name="Jahr")
    start = datetime(2027, 1, 1, 10, tzinfo=zone)
    for day in range(0, 800, 3):
        moment = (start + timedelta(days=day)).replace(tzinfo=zone)
        ical.add_event(
            calendar,
            uid=f"{day}@test",
            start=moment,
            end=moment + timedelta(hours=20),
            summary="Tag",
        )
    response = ical.calendar_response(calendar, filename="jahr.ics")
    assert read_with_icaljs(response.content)["events"] == read_with_icalendar(response.content)
