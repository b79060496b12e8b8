"""iCalendar (RFC 5545) feeds: one event, the public calendar, a member's private calendar."""

import datetime

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from netzwerkstatt.accounts.models import User
from netzwerkstatt.core.ical import add_event, calendar_response, new_calendar
from netzwerkstatt.events import selectors
from netzwerkstatt.events.models import Event, EventDate
from netzwerkstatt.meetings.calendar import add_meeting_to_calendar
from netzwerkstatt.networks.models import Network


def _add_date(calendar, occurrence: EventDate) -> None:
    event = occurrence.event
    organisers = [event.organiser.name] + [
        link.organisation.name for link in event.co_organiser_links.all()
    ]
    description = "\n\n".join(
        [event.description, _("Organised by: %(names)s") % {"names": ", ".join(organisers)}]
    )
    add_event(
        calendar,
        # One UID per date, stable across edits: calendar programs update instead of duplicating.
        uid=f"event-{event.pk}-date-{occurrence.pk}@netzwerkstatt",
        start=occurrence.starts_at,
        end=occurrence.ends_at,
        summary=event.title,
        description=description,
        location=event.location_text,
        url=settings.SITE_BASE_URL + event.get_absolute_url(),
        last_modified=event.updated_at,
        categories=[event.network.name],
    )


def event_calendar(event: Event) -> HttpResponse:
    calendar = new_calendar(name=event.title)
    for occurrence in selectors.feed_dates(event=event):
        _add_date(calendar, occurrence)
    return calendar_response(calendar, filename=f"veranstaltung-{event.pk}.ics")


def public_calendar(network: Network | None) -> HttpResponse:
    name = network.name if network else settings.SITE_NAME
    calendar = new_calendar(
        name=_("Events: %(name)s") % {"name": name},
        description=_("Public events of the network's member organisations."),
    )
    for occurrence in selectors.feed_dates(network=network):
        _add_date(calendar, occurrence)
    return calendar_response(calendar, filename="veranstaltungen.ics")


def member_calendar(user: User) -> HttpResponse:
    calendar = new_calendar(
        name=_("My network calendar"),
        description=_("Events and meetings of your networks."),
    )
    for occurrence in selectors.feed_dates(user=user):
        _add_date(calendar, occurrence)
    today = timezone.localdate()
    start, end = today - datetime.timedelta(days=180), today + datetime.timedelta(days=730)
    for meeting in selectors.meetings_between(user, start, end):
        add_meeting_to_calendar(calendar, meeting)
    response = calendar_response(calendar, filename="mein-kalender.ics")
    response["Cache-Control"] = "private, max-age=900"
    return response
