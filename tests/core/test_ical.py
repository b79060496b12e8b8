from datetime import datetime
from zoneinfo import ZoneInfo

import icalendar

from netzwerkstatt.core import ical

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
