"""schema.org `Event` of an event's public page (JSON-LD), as Google's event search reads it.

One Event per date: Google asks for a separate Event for each date of an event held on
several days. Reads only what `selectors.event_detail` already loaded (dates, organiser,
confirmed co-organisers), so the page runs no query for it.
"""

from django.utils import timezone

from netzwerkstatt.core.seo import absolute_url, describe, drop_empty, postal_address
from netzwerkstatt.events.models import Event
from netzwerkstatt.networks.structured_data import SCHEMA, organisation_reference


def _attendance_mode(event: Event) -> str:
    on_site = bool(event.street or event.place_name)
    if on_site and event.online_url:
        return f"{SCHEMA}/MixedEventAttendanceMode"
    if event.online_url:
        return f"{SCHEMA}/OnlineEventAttendanceMode"
    return f"{SCHEMA}/OfflineEventAttendanceMode"


def _location(event: Event) -> list[dict] | dict:
    places = []
    if event.street or event.place_name or not event.online_url:
        places.append(
            drop_empty(
                {
                    "@type": "Place",
                    "name": event.place_name or event.city,
                    "address": postal_address(
                        street=event.street, postcode=event.postcode, city=event.city
                    ),
                }
            )
        )
    if event.online_url:
        places.append({"@type": "VirtualLocation", "url": event.online_url})
    return places[0] if len(places) == 1 else places


def _organisers(event: Event) -> list[dict] | dict:
    organisers = [organisation_reference(event.organiser)]
    organisers += [
        organisation_reference(link.organisation)
        for link in event.co_organiser_links.all()
        if link.confirmed_at is not None
    ]
    return organisers[0] if len(organisers) == 1 else organisers


def event_data(event: Event, *, cancelled: bool = False, sold_out: bool = False) -> list[dict]:
    url = absolute_url(event.get_absolute_url())
    common = {
        "@type": "Event",
        "name": event.title,
        "url": url,
        "description": describe(event.description, 500),
        "eventStatus": f"{SCHEMA}/{'EventCancelled' if cancelled else 'EventScheduled'}",
        "eventAttendanceMode": _attendance_mode(event),
        "location": _location(event),
        "organizer": _organisers(event),
        "inLanguage": [language.slug for language in event.languages.all()],
    }
    if event.cost:
        common["offers"] = {
            "@type": "Offer",
            "url": url,
            "description": event.cost,
            "availability": f"{SCHEMA}/{'SoldOut' if sold_out else 'InStock'}",
        }
    return [
        drop_empty(
            {
                "@context": SCHEMA,
                **common,
                "@id": f"{url}#termin-{date.pk}",
                "startDate": timezone.localtime(date.starts_at).isoformat(),
                "endDate": timezone.localtime(date.ends_at).isoformat(),
            }
        )
        for date in event.dates.all()
    ]
