"""Model rows as the API's plain data. Each function reads only what its selector prefetched."""

from typing import Any

from django.conf import settings

from netzwerkstatt.events.models import Event, EventDate
from netzwerkstatt.networks.models import Network, Organisation
from netzwerkstatt.news.models import Post
from netzwerkstatt.offers.models import Need, Offer


def _url(path: str) -> str:
    return settings.SITE_BASE_URL + path


def _term(term: Any) -> dict[str, str] | None:
    return {"slug": term.slug, "name": term.name} if term is not None else None


def _terms(manager: Any) -> list[dict[str, str]]:
    return [{"slug": term.slug, "name": term.name} for term in manager.all()]


def _ref(obj: Network | Organisation) -> dict[str, str]:
    return {"slug": obj.slug, "name": obj.name}


def network(row: Network) -> dict[str, Any]:
    return {
        "slug": row.slug,
        "name": row.name,
        "tagline": row.tagline,
        "description": row.description,
        "district": _term(row.district),
        "founded_year": row.founded_year,
        "url": _url(row.get_absolute_url()),
    }


def organisation(row: Organisation) -> dict[str, Any]:
    return {
        "slug": row.slug,
        "name": row.name,
        "short_name": row.short_name,
        "legal_form": row.legal_form,
        "description": row.description,
        "strengths": row.strengths,
        "target_groups": _terms(row.target_groups),
        "topics": _terms(row.topics),
        "street": row.street,
        "postcode": row.postcode,
        "city": row.city,
        "district": _term(row.district),
        "latitude": row.latitude,
        "longitude": row.longitude,
        "website": row.website,
        "phone": row.phone,
        "networks": [_ref(m.network) for m in row.current_memberships],
        "url": _url(row.get_absolute_url()),
    }


def offer(row: Offer) -> dict[str, Any]:
    return {
        "id": row.pk,
        "organisation": _ref(row.organisation),
        "title": row.title,
        "summary": row.summary,
        "description": row.description,
        "status": row.status,
        "target_groups": _terms(row.target_groups),
        "topics": _terms(row.topics),
        "languages": _terms(row.languages),
        "age_min": row.age_min,
        "age_max": row.age_max,
        "is_free": row.is_free,
        "cost_note": row.cost_note,
        "wheelchair_accessible": row.wheelchair_accessible,
        "accessibility_note": row.accessibility_note,
        "registration_note": row.registration_note,
        "place_name": row.place_name,
        "street": row.street,
        "postcode": row.postcode,
        "city": row.city,
        "district": _term(row.district),
        "latitude": row.latitude,
        "longitude": row.longitude,
        "contact_name": row.contact_name,
        "contact_phone": row.contact_phone,
        "weekly_slots": [
            {
                "weekday": slot.weekday,
                "start_time": slot.start_time.strftime("%H:%M"),
                "end_time": slot.end_time.strftime("%H:%M"),
                "note": slot.note,
            }
            for slot in row.weekly_slots.all()
        ],
        "updated_at": row.updated_at,
        "url": _url(row.get_absolute_url()),
    }


def event(row: Event) -> dict[str, Any]:
    return {
        "id": row.pk,
        "title": row.title,
        "description": row.description,
        "network": _ref(row.network),
        "organiser": _ref(row.organiser),
        "co_organisers": [_ref(link.organisation) for link in row.co_organiser_links.all()],
        "place_name": row.place_name,
        "street": row.street,
        "postcode": row.postcode,
        "city": row.city,
        "online_url": row.online_url,
        "cost": row.cost,
        "accessibility": row.accessibility,
        "capacity": row.capacity,
        "target_groups": _terms(row.target_groups),
        "languages": _terms(row.languages),
        "dates": [{"starts_at": d.starts_at, "ends_at": d.ends_at} for d in row.dates.all()],
        "url": _url(row.get_absolute_url()),
    }


def event_date(row: EventDate) -> dict[str, Any]:
    return {"starts_at": row.starts_at, "ends_at": row.ends_at, "event": event(row.event)}


def post(row: Post) -> dict[str, Any]:
    return {
        "id": row.pk,
        "network": _ref(row.network),
        "title": row.title,
        "teaser": row.teaser,
        "body_html": row.body_html,
        "published_at": row.published_at,
        "url": _url(row.get_absolute_url()),
    }


def need(row: Need, *, shows_raised_by: bool) -> dict[str, Any]:
    """`shows_raised_by`: whether the person may see who raised it (see the web page's rule,
    `offers.permissions.can_see_raised_by`; a naming that waits for confirmation is not shown
    to everyone)."""
    return {
        "id": row.pk,
        "network": _ref(row.network),
        "title": row.title,
        "description": row.description,
        "scope": row.scope,
        "status": row.status,
        "priority": row.priority,
        "target_groups": _terms(row.target_groups),
        "topics": _terms(row.topics),
        "district": _term(row.district),
        "raised_by": _ref(row.raised_by) if row.raised_by_id and shows_raised_by else None,
        "raised_by_confirmed": row.raised_by_confirmed,
        "raised_at": row.raised_at,
        "raised_on": row.raised_on,
        "answering_offers": [o.pk for o in row.answering_offers.all()],
        "url": _url(row.get_absolute_url()),
    }
