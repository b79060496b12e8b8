"""iCalendar (RFC 5545) output shared by meetings and events.

Times are written as local Europe/Berlin times with a TZID and the matching VTIMEZONE, which
calendar programs need to keep 16:00 at 16:00 across the daylight-saving change.
"""

from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone

PRODID = "-//Netzwerkstatt//Netzwerkstatt//DE"


def _local(moment: datetime) -> datetime:
    return moment.astimezone(ZoneInfo(settings.TIME_ZONE))


def new_calendar(*, name: str, description: str = "") -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # Non-standard but widely read names, so a subscribed feed shows up with its title.
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    if description:
        calendar.add("x-wr-caldesc", description)
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
    event.add("summary", summary)
    event.add("sequence", sequence)
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    if description:
        event.add("description", description)
    if location:
        event.add("location", location)
    if url:
        event.add("url", url)
    if last_modified is not None:
        event.add("last-modified", last_modified.astimezone(ZoneInfo("UTC")))
    categories = list(categories)
    if categories:
        event.add("categories", categories)
    calendar.add_component(event)
    return event


def calendar_response(calendar: icalendar.Calendar, *, filename: str) -> HttpResponse:
    calendar.add_missing_timezones()
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
