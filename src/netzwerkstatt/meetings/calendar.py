"""Meetings as iCalendar events (RFC 5545), for the .ics download and the network feed."""

import icalendar
from django.conf import settings

from netzwerkstatt.core.ical import add_event
from netzwerkstatt.meetings.models import Meeting


def add_meeting_to_calendar(
    calendar: icalendar.Calendar, meeting: Meeting, *, with_online_url: bool = True
) -> None:
    """Add one meeting; the online link only where members alone read the calendar."""
    url = settings.SITE_BASE_URL + meeting.get_absolute_url()
    description = url
    if with_online_url and meeting.online_url:
        description = f"{meeting.online_url}\n\n{url}"
    location = meeting.location
    if not location and with_online_url and meeting.online_url:
        location = meeting.online_url
    add_event(
        calendar,
        uid=meeting.ical_uid,
        start=meeting.starts_at,
        end=meeting.ends_at,
        summary=meeting.title,
        description=description,
        location=location,
        url=url,
        cancelled=meeting.is_cancelled,
        sequence=meeting.sequence,
        last_modified=meeting.updated_at,
        categories=[meeting.network.name],
    )
