"""Meetings as iCalendar events (RFC 5545), for the .ics download and the calendar feeds."""

import icalendar
from django.conf import settings
from django.utils.translation import gettext as _

from netzwerkstatt.core.ical import add_event
from netzwerkstatt.meetings.models import Meeting


def add_meeting_to_calendar(
    calendar: icalendar.Calendar, meeting: Meeting, *, public: bool = False
) -> None:
    """Add one meeting with its details, or – for the public network feed – only the date.

    Meeting pages are for members, so a calendar anyone can read (the network feed, whose
    address is not secret) carries no more than a poster would: that the network meets, when,
    and the link to the page. Title, place and online link stay in the calendars only members
    can read (the .ics download behind the login and the private per-person feed).
    """
    url = settings.SITE_BASE_URL + meeting.get_absolute_url()
    if public:
        add_event(
            calendar,
            uid=meeting.ical_uid,
            start=meeting.starts_at,
            end=meeting.ends_at,
            summary=_("Network meeting"),
            description=_("Members find the place, the agenda and the details here: %(url)s")
            % {"url": url},
            url=url,
            cancelled=meeting.is_cancelled,
            sequence=meeting.sequence,
            last_modified=meeting.updated_at,
            categories=[meeting.network.name],
        )
        return
    description = url
    if meeting.online_url:
        description = f"{meeting.online_url}\n\n{url}"
    add_event(
        calendar,
        uid=meeting.ical_uid,
        start=meeting.starts_at,
        end=meeting.ends_at,
        summary=meeting.title,
        description=description,
        location=meeting.location or meeting.online_url,
        url=url,
        cancelled=meeting.is_cancelled,
        sequence=meeting.sequence,
        last_modified=meeting.updated_at,
        categories=[meeting.network.name],
    )
