"""iCalendar (RFC 5545) output shared by meetings and events.

Times are written as local Europe/Berlin times with a TZID and the matching VTIMEZONE, which
calendar programs need to keep 16:00 at 16:00 across the daylight-saving change.

Every text goes out as icalendar's `vText`, which escapes backslashes, commas, semicolons and
line breaks; icalendar folds the lines. Titles are people's input (and old rows may hold what
forms refuse today), so `ical_text` first turns every line break into LF and drops the other
control characters, which RFC 5545 does not allow in a text value.
"""

import re
from collections.abc import Iterable
from datetime import datetime
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


def calendar_response(calendar: icalendar.Calendar, *, filename: str) -> HttpResponse:
    calendar.add_missing_timezones()
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
