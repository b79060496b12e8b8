"""Recurrence: RFC 5545 rules expanded in local wall time, across daylight-saving changes."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from netzwerkstatt.meetings import recurrence, services
from netzwerkstatt.meetings.models import Meeting, MeetingSeries
from tests.meetings.factories import BERLIN

SECOND_TUESDAY = "FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU"


def test_build_rrule_from_friendly_choices():
    assert (
        recurrence.build_rrule(frequency="monthly_nth_weekday", weekday=1, nth=2)
        == "FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU"
    )
    assert (
        recurrence.build_rrule(frequency="weekly", weekday=3, interval=2, count=5)
        == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;COUNT=5"
    )
    assert recurrence.build_rrule(
        frequency="monthly_nth_weekday", weekday=4, nth=-1, until=datetime.date(2026, 12, 31)
    ).endswith("BYDAY=-1FR;UNTIL=20261231T235959")


def test_second_tuesday_of_each_month():
    dates = recurrence.local_occurrences(
        SECOND_TUESDAY,
        start_date=datetime.date(2026, 1, 1),
        start_time=datetime.time(16),
        until=datetime.date(2026, 5, 31),
    )
    assert [d.date() for d in dates] == [
        datetime.date(2026, 1, 13),
        datetime.date(2026, 2, 10),
        datetime.date(2026, 3, 10),
        datetime.date(2026, 4, 14),
        datetime.date(2026, 5, 12),
    ]


def test_local_time_stays_across_both_dst_changes():
    """Weekly Mondays around 29 March and 25 October 2026: always 16:00 in Leipzig."""
    for first, last in [
        (datetime.date(2026, 3, 23), datetime.date(2026, 4, 6)),
        (datetime.date(2026, 10, 19), datetime.date(2026, 11, 2)),
    ]:
        dates = recurrence.local_occurrences(
            "FREQ=WEEKLY;BYDAY=MO", start_date=first, start_time=datetime.time(16), until=last
        )
        starts = [recurrence.aware(d, "Europe/Berlin") for d in dates]
        assert [s.astimezone(BERLIN).hour for s in starts] == [16, 16, 16]
        offsets = [s.utcoffset() for s in starts]
        assert offsets[0] != offsets[-1]  # the UTC offset changed, the wall time did not
        # Across a change the two meetings are not exactly 7 × 24 hours apart.
        utc = [s.astimezone(datetime.UTC) for s in starts]
        assert utc[2] - utc[0] != datetime.timedelta(days=14)


def test_nonexistent_local_time_moves_forward():
    moment = recurrence.aware(datetime.datetime(2026, 3, 29, 2, 30), "Europe/Berlin")
    assert moment.astimezone(BERLIN).hour == 3


def test_exdates_are_left_out():
    dates = recurrence.local_occurrences(
        SECOND_TUESDAY,
        start_date=datetime.date(2026, 1, 1),
        start_time=datetime.time(16),
        exdates=[datetime.date(2026, 2, 10)],
        until=datetime.date(2026, 3, 31),
    )
    assert [d.date() for d in dates] == [datetime.date(2026, 1, 13), datetime.date(2026, 3, 10)]


@pytest.mark.parametrize("rule", ["", "FREQ=NEVER", "BYDAY=TU;FREQ=", "RRULE:\nFREQ=DAILY"])
def test_invalid_rules_raise(rule):
    with pytest.raises(ValueError):
        recurrence.local_occurrences(
            rule, start_date=datetime.date(2026, 1, 1), start_time=datetime.time(16)
        )


def _series_data(**overrides):
    return {
        "title": "Netzwerktreffen",
        "rrule": SECOND_TUESDAY,
        "start_date": datetime.date(2026, 3, 1),
        "start_time": datetime.time(16),
        "duration_minutes": 120,
        "places": "Stadtteilbüro\nFrauentreff",
        "online_url": "",
        "invitation_days_ahead": 7,
        **overrides,
    }


def test_series_generates_meetings_in_local_time_with_rotating_places(world, clock):
    series = services.create_series(world.network, data=_series_data(), by=world.coordinator)
    meetings = list(series.meetings.order_by("starts_at"))
    assert len(meetings) == 12  # March 2026 to February 2027: the one-year horizon
    local = [m.starts_at.astimezone(BERLIN) for m in meetings]
    assert {(t.hour, t.minute) for t in local} == {(16, 0)}
    assert [t.date() for t in local[:3]] == [
        datetime.date(2026, 3, 10),
        datetime.date(2026, 4, 14),  # summer time from 29 March
        datetime.date(2026, 5, 12),
    ]
    assert local[0].utcoffset() == datetime.timedelta(hours=1)
    assert local[1].utcoffset() == datetime.timedelta(hours=2)
    assert local[8].utcoffset() == datetime.timedelta(hours=1)  # November: winter time again
    assert [m.location for m in meetings[:3]] == ["Stadtteilbüro", "Frauentreff", "Stadtteilbüro"]
    assert all(m.ends_at - m.starts_at == datetime.timedelta(hours=2) for m in meetings)


def test_extending_a_series_keeps_moved_and_cancelled_meetings(world, clock):
    series = services.create_series(world.network, data=_series_data(), by=world.coordinator)
    first = series.meetings.order_by("starts_at").first()
    moved_to = datetime.datetime(2026, 3, 12, 17, 0, tzinfo=BERLIN)
    services.update_meeting(
        first,
        data={
            "title": first.title,
            "starts_at": moved_to,
            "ends_at": moved_to + datetime.timedelta(hours=2),
            "location": "Kirche",
            "online_url": "",
        },
        by=world.coordinator,
    )
    count = series.meetings.count()
    assert services.extend_series(series) == []
    assert series.meetings.count() == count
    first.refresh_from_db()
    assert first.starts_at == moved_to and first.is_moved


def test_exception_cancels_the_planned_meeting(world, clock, mailoutbox):
    series = services.create_series(world.network, data=_series_data(), by=world.coordinator)
    services.add_series_exception(
        series, date=datetime.date(2026, 4, 14), reason="Osterferien", by=world.coordinator
    )
    april = series.meetings.get(occurrence_date=datetime.date(2026, 4, 14))
    assert april.is_cancelled and april.cancel_reason == "Osterferien"
    assert series.exceptions.count() == 1


def test_exception_on_a_date_without_meeting_is_refused(world, clock):
    series = services.create_series(world.network, data=_series_data(), by=world.coordinator)
    with pytest.raises(ValidationError, match="keine Treffen an diesem Tag"):
        services.add_series_exception(
            series, date=datetime.date(2026, 4, 15), reason="", by=world.coordinator
        )
    assert series.exceptions.count() == 0


@pytest.mark.parametrize(
    "overrides",
    [
        {"rrule": "FREQ=MONTHLY;BYDAY=2TU;UNTIL=20260201T235959"},  # ends before today
        {"rrule": "FREQ=MONTHLY;BYDAY=2TU;COUNT=2", "start_date": datetime.date(2025, 6, 1)},
        {"rrule": "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"},  # no 30 February
    ],
)
def test_rules_without_dates_are_refused(world, clock, overrides):
    with pytest.raises(ValidationError, match="keine Termine"):
        services.create_series(world.network, data=_series_data(**overrides), by=world.coordinator)
    assert not Meeting.objects.exists()


@pytest.mark.parametrize(
    ("start_date", "message"),
    [
        (datetime.date(1, 1, 1), "höchstens ein Jahr in der Vergangenheit"),
        (datetime.date(2025, 2, 28), "höchstens ein Jahr in der Vergangenheit"),
        (datetime.date(2029, 3, 3), "höchstens 3 Jahre im Voraus"),
    ],
)
def test_series_dates_far_away_are_refused(world, clock, start_date, message):
    data = _series_data(start_date=start_date, rrule="FREQ=WEEKLY;BYDAY=TU")
    with pytest.raises(ValidationError, match=message):
        services.create_series(world.network, data=data, by=world.coordinator)
    assert not MeetingSeries.objects.exists() and not Meeting.objects.exists()


def test_series_edit_reaches_future_meetings_only(world, clock):
    series = services.create_series(world.network, data=_series_data(), by=world.coordinator)
    clock.move_to(datetime.datetime(2026, 3, 20, 9, tzinfo=BERLIN))  # after the March meeting
    services.update_series(
        series,
        data={
            "title": "SIS-Treffen",
            "places": "Kirche\nSchule",
            "online_url": "https://treffen.example.org/sis",
            "invitation_days_ahead": 5,
        },
        by=world.coordinator,
    )
    march, april, may = series.meetings.order_by("starts_at")[:3]
    assert (march.title, march.location) == ("Netzwerktreffen", "Stadtteilbüro")
    assert (april.title, april.location, april.sequence) == ("SIS-Treffen", "Schule", 1)
    assert may.location == "Kirche" and may.online_url == "https://treffen.example.org/sis"


def test_extend_command_moves_the_horizon(world, clock):
    from django.core.management import call_command

    series = services.create_series(world.network, data=_series_data(), by=world.coordinator)
    clock.move_to(datetime.datetime(2026, 6, 1, 9, tzinfo=BERLIN))
    call_command("meetings", "extend")
    last = series.meetings.order_by("-starts_at").first()
    assert last.occurrence_date == datetime.date(2027, 5, 11)
    assert series.meetings.count() == 15
