"""iCalendar (RFC 5545) output shared by meetings and events.

Times are written as local Europe/Berlin times with a TZID and the matching VTIMEZONE, which
calendar programs need to keep 16:00 at 16:00 across the daylight-saving change.

Every text goes out as icalendar's `vText`, which escapes backslashes, commas, semicolons and
line breaks; icalendar folds the lines. Titles are people's input (and old rows may hold what
forms refuse today), so `ical_text` first turns every line break into LF and drops the other
control characters, which RFC 5545 does not allow in a text value.

The VTIMEZONE is written here, not by icalendar's `add_missing_timezones()`: that one lists
every change of the clock as one comma-separated RDATE (which Mozilla's ical.js, the parser of
Thunderbird, misreads) and puts the spring change an hour late. `vtimezone` writes what the
IANA-derived blocks of calendar programs (vzic, used by Thunderbird and Evolution) hold: one
STANDARD and one DAYLIGHT rule repeating every year (RRULE), the date of each change written
in the local time in force before it (RFC 5545 3.6.5). The changes are read from the
installed time zone database (zoneinfo), so no table is typed by hand; a zone whose rule
changed within the years asked for gets one component per rule, each ending (UNTIL) when the
next begins.
"""

import calendar as month_calendar
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone

PRODID = "-//Netzwerkstatt//Netzwerkstatt//DE"

_LINE_BREAK = re.compile(r"\r\n?")
# RFC 5545 CONTROL: C0 except TAB and LF (LF is escaped as \n), and DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def ical_text(value: str) -> icalendar.vText:
    """A TEXT value that any calendar program reads back as the same text."""
    return icalendar.vText(_CONTROL.sub("", _LINE_BREAK.sub("\n", str(value))))


def _local(moment: datetime) -> datetime:
    return moment.astimezone(ZoneInfo(settings.TIME_ZONE))


def new_calendar(*, name: str, description: str = "") -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # Non-standard but widely read names, so a subscribed feed shows up with its title.
    # Unknown to icalendar, so without vText they would go out unescaped.
    calendar.add("x-wr-calname", ical_text(name))
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    if description:
        calendar.add("x-wr-caldesc", ical_text(description))
    return calendar


def add_event(
    calendar: icalendar.Calendar,
    *,
    uid: str,
    start: datetime,
    end: datetime,
    summary: str,
    description: str = "",
    location: str = "",
    url: str = "",
    cancelled: bool = False,
    sequence: int = 0,
    last_modified: datetime | None = None,
    categories: Iterable[str] = (),
) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", timezone.now().astimezone(ZoneInfo("UTC")))
    event.add("dtstart", _local(start))
    event.add("dtend", _local(end))
    event.add("summary", ical_text(summary))
    event.add("sequence", sequence)
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    if description:
        event.add("description", ical_text(description))
    if location:
        event.add("location", ical_text(location))
    if url:
        event.add("url", url)
    if last_modified is not None:
        event.add("last-modified", last_modified.astimezone(ZoneInfo("UTC")))
    categories = [ical_text(category) for category in categories]
    if categories:
        event.add("categories", categories)
    calendar.add_component(event)
    return event


@dataclass(frozen=True)
class _Change:
    """One change of a zone's offset: when (UTC), from which offset to which."""

    at: datetime
    offset_from: timedelta
    offset_to: timedelta
    name: str
    daylight: bool

    @property
    def local_start(self) -> datetime:
        """The change in the local time before it, as RFC 5545 wants DTSTART (02:00 in spring,
        03:00 in autumn for Central Europe)."""
        return (self.at + self.offset_from).replace(tzinfo=None)

    @property
    def rule(self) -> tuple[int, int, int, int, int]:
        """Month, week of the month (-1 for the last), weekday and local time of day."""
        start = self.local_start
        days_in_month = month_calendar.monthrange(start.year, start.month)[1]
        week = -1 if start.day + 7 > days_in_month else (start.day - 1) // 7 + 1
        return (start.month, week, start.weekday(), start.hour, start.minute)


_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _changes(zone: ZoneInfo, first_year: int, last_year: int) -> list[_Change]:
    """Every change of the offset from 1 January of first_year to the end of last_year."""
    moment = datetime(first_year, 1, 1, tzinfo=UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    changes = []
    offset = moment.astimezone(zone).utcoffset()
    step = timedelta(hours=1)
    while moment < end:
        following = moment + step
        following_offset = following.astimezone(zone).utcoffset()
        if following_offset != offset:
            low, high = moment, following  # the change lies after low, at or before high
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if middle.astimezone(zone).utcoffset() == offset:
                    low = middle
                else:
                    high = middle
            local = high.astimezone(zone)
            changes.append(
                _Change(high, offset, following_offset, local.tzname() or "", bool(local.dst()))
            )
            offset = following_offset
        moment = following
    return changes


def _observance(change: _Change) -> icalendar.cal.Component:
    observance = icalendar.TimezoneDaylight() if change.daylight else icalendar.TimezoneStandard()
    observance.add("tzname", change.name)
    observance.add("tzoffsetfrom", change.offset_from)
    observance.add("tzoffsetto", change.offset_to)
    observance.add("dtstart", change.local_start)
    return observance


@functools.lru_cache(maxsize=32)
def vtimezone(tzid: str, first_year: int, last_year: int) -> icalendar.Timezone:
    """The VTIMEZONE of an IANA zone for events from first_year to last_year.

    Changes that repeat every year by the same rule ("last Sunday of March, 02:00") become one
    component with an RRULE; the rule in force at the end of the years asked for repeats
    without end, as the zone's rules do. A zone without changes in those years gets one
    STANDARD component with its offset.
    """
    zone = ZoneInfo(tzid)
    timezone_component = icalendar.Timezone()
    timezone_component.add("tzid", tzid)
    # Calendar programs that know the zone by name (Thunderbird, Evolution) use their own.
    timezone_component.add("x-lic-location", tzid)
    changes = _changes(zone, first_year, last_year)
    if not changes:
        start = datetime(first_year, 1, 1, tzinfo=UTC).astimezone(zone)
        observance = icalendar.TimezoneDaylight() if start.dst() else icalendar.TimezoneStandard()
        observance.add("tzname", start.tzname() or tzid)
        observance.add("tzoffsetfrom", start.utcoffset())
        observance.add("tzoffsetto", start.utcoffset())
        observance.add("dtstart", datetime(first_year, 1, 1))
        timezone_component.add_component(observance)
        return timezone_component
    # Runs of changes of the same kind (same offsets and name) that follow one yearly rule.
    runs: dict[tuple, list[list[_Change]]] = {}
    for change in changes:
        kind = (change.offset_from, change.offset_to, change.name, change.daylight)
        kind_runs = runs.setdefault(kind, [])
        previous = kind_runs[-1][-1] if kind_runs else None
        if (
            previous is not None
            and previous.rule == change.rule
            and previous.local_start.year + 1 == change.local_start.year
        ):
            kind_runs[-1].append(change)
        else:
            kind_runs.append([change])
    for run in sorted(
        (run for kind_runs in runs.values() for run in kind_runs), key=lambda r: r[0].at
    ):
        observance = _observance(run[0])
        if len(run) > 1:
            month, week, weekday, _hour, _minute = run[0].rule
            rrule = {"freq": "YEARLY", "bymonth": month, "byday": f"{week}{_WEEKDAYS[weekday]}"}
            # A rule still in force in the last year asked for repeats without end.
            # UNTIL is UTC (RFC 5545); readers differ in comparing it with the local DTSTART
            # (dateutil, behind icalendar, compares the wall times), so it lies a day after
            # the last change, a year before the one that does not come.
            if run[-1].local_start.year < last_year:
                rrule["until"] = run[-1].at + timedelta(days=1)
            observance.add("rrule", rrule)
        timezone_component.add_component(observance)
    return timezone_component


def _add_timezone(calendar: icalendar.Calendar) -> None:
    """The VTIMEZONE of the installation's zone, first in the calendar, also when it holds no
    event: RFC 5545 wants at least one component, and this one is always correct."""
    years = [timezone.localdate().year]
    for event in calendar.walk("VEVENT"):
        years += [event["dtstart"].dt.year, event["dtend"].dt.year]
    component = vtimezone(settings.TIME_ZONE, min(years) - 1, max(years) + 1)
    calendar.subcomponents.insert(0, component)


def calendar_response(calendar: icalendar.Calendar, *, filename: str) -> HttpResponse:
    _add_timezone(calendar)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
