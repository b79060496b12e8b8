"""Our public rows as HSDS 3.0 objects (Open Referral's Human Services Data Specification).

Pure mapping: every function takes rows whose relations the selectors already fetched and
returns plain dicts shaped as the HSDS 3.0 schemas define. Nothing here queries the database.

Ids: HSDS wants UUIDs; ours are integers. Each id is a UUID 5 of the row's primary key in a
namespace per model, which in turn derives from the installation's namespace
(settings.HSDS_ID_NAMESPACE): the same row keeps its id across exports and API calls, and two
installations do not hand out the same ids.

Personal data stays out: no staff, no e-mail addresses, and not the contact person named on an
offer (name and direct phone) — open data is copied on and cannot be called back. The
organisation's public phone number is published.
"""

import datetime
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from django.conf import settings
from django.utils.translation import gettext as _

from netzwerkstatt.core.models import TargetGroup, TaxonomyTerm, Topic
from netzwerkstatt.networks.models import Organisation
from netzwerkstatt.offers.models import Offer, WeeklySlot

HSDS_VERSION = "3.0"
RRULE_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


@cache
def _namespace(kind: str) -> uuid.UUID:
    installation = uuid.UUID(settings.HSDS_ID_NAMESPACE)
    return uuid.uuid5(installation, kind)


def hsds_id(kind: str, *keys: object) -> str:
    """The stable UUID of our row of `kind` with the given key(s)."""
    return str(uuid.uuid5(_namespace(kind), ":".join(str(key) for key in keys)))


@dataclass(frozen=True)
class Taxonomy:
    """One of our vocabularies, published as an HSDS taxonomy."""

    key: str
    model: type[TaxonomyTerm]
    link_type: str

    @property
    def id(self) -> str:
        return hsds_id("taxonomy", self.key)

    def term_id(self, term: TaxonomyTerm) -> str:
        return hsds_id(f"taxonomy_term:{self.key}", term.pk)

    @property
    def name(self) -> str:
        return {
            "target_groups": _("Netzwerkstatt target groups"),
            "topics": _("Netzwerkstatt topics"),
        }[self.key]

    @property
    def description(self) -> str:
        return {
            "target_groups": _("The groups of people an offer is meant for."),
            "topics": _("What an offer is about."),
        }[self.key]


TARGET_GROUPS = Taxonomy("target_groups", TargetGroup, "target_group")
TOPICS = Taxonomy("topics", Topic, "topic")
TAXONOMIES = [TARGET_GROUPS, TOPICS]


@dataclass(frozen=True)
class Site:
    """Where the installation lives: for links back to its pages and for addresses."""

    base_url: str
    state_province: str
    country: str

    @classmethod
    def from_settings(cls) -> "Site":
        return cls(
            base_url=settings.SITE_BASE_URL,
            state_province=settings.HSDS_STATE_PROVINCE,
            country=settings.HSDS_COUNTRY,
        )

    def url(self, path: str) -> str:
        return self.base_url + path


def _compact(data: dict[str, Any], *, keep: Iterable[str] = ()) -> dict[str, Any]:
    """Leave out what we do not know: HSDS fields are typed, so null or "" would be wrong."""
    keep = set(keep)
    return {k: v for k, v in data.items() if k in keep or v not in (None, "")}


# Taxonomies


def taxonomy(tax: Taxonomy) -> dict[str, Any]:
    return {"id": tax.id, "name": tax.name, "description": tax.description, "version": "1"}


def taxonomy_term(tax: Taxonomy, term: TaxonomyTerm) -> dict[str, Any]:
    return {
        "id": tax.term_id(term),
        # Unique across vocabularies, as the tabular form demands ("familie" is both a target
        # group and a topic).
        "code": f"{tax.link_type}:{term.slug}",
        "name": term.name,
        "description": _("%(taxonomy)s: %(term)s") % {"taxonomy": tax.name, "term": term.name},
        "taxonomy": tax.name,
        "taxonomy_detail": taxonomy(tax),
        "taxonomy_id": tax.id,
        # Our vocabularies are kept in German.
        "language": "de",
    }


def _attributes(link_id: str, link_entity: str, owner: Offer | Organisation) -> list[dict]:
    attributes = []
    for tax, terms in ((TARGET_GROUPS, owner.target_groups.all()), (TOPICS, owner.topics.all())):
        for term in terms:
            term_id = tax.term_id(term)
            attributes.append(
                {
                    "id": hsds_id("attribute", link_entity, link_id, term_id),
                    "link_id": link_id,
                    "link_type": tax.link_type,
                    "link_entity": link_entity,
                    "taxonomy_term_id": term_id,
                    "taxonomy_term": taxonomy_term(tax, term),
                }
            )
    return attributes


# Organisations


def organization_id(organisation: Organisation) -> str:
    return hsds_id("organization", organisation.pk)


def organization_summary(organisation: Organisation, site: Site) -> dict[str, Any]:
    """The one-to-one fields (organization_list.json)."""
    return _compact(
        {
            "id": organization_id(organisation),
            "name": organisation.name,
            "alternate_name": organisation.short_name,
            "description": organisation.description,
            "website": organisation.website,
            "legal_status": organisation.get_legal_form_display(),
            "uri": site.url(organisation.get_absolute_url()),
        },
        keep={"description"},
    )


def _organisation_location(organisation: Organisation, site: Site) -> dict[str, Any] | None:
    if not (organisation.street or organisation.latitude is not None):
        return None
    location_id = hsds_id("organization_location", organisation.pk)
    location = _compact(
        {
            "id": location_id,
            "location_type": "physical",
            "organization_id": organization_id(organisation),
            "name": organisation.name,
            "latitude": organisation.latitude,
            "longitude": organisation.longitude,
        }
    )
    location["addresses"] = _addresses(
        location_id, organisation.street, organisation.postcode, organisation.city,
        organisation.district.name if organisation.district else "", site,
    )  # fmt: skip
    return location


def _organisation_phones(organisation: Organisation) -> list[dict[str, Any]]:
    if not organisation.phone:
        return []
    org_id = organization_id(organisation)
    return [
        {
            "id": hsds_id("organization_phone", organisation.pk),
            "organization_id": org_id,
            "number": organisation.phone,
            "type": "voice",
        }
    ]


def organization(
    organisation: Organisation,
    site: Site,
    *,
    services: list[Offer],
    full_services: bool = False,
) -> dict[str, Any]:
    """The fully nested organisation (organization.json) with its public offers."""
    org_id = organization_id(organisation)
    location = _organisation_location(organisation, site)
    result = organization_summary(organisation, site)
    result.update(
        {
            "funding": [],
            "contacts": [],
            "phones": _organisation_phones(organisation),
            "locations": [location] if location else [],
            "programs": [],
            "organization_identifiers": [],
            "attributes": _attributes(org_id, "organization", organisation),
            "metadata": [],
            "services": [
                service(offer, site, with_organization=False)
                if full_services
                else service_summary(offer, site, with_organization=False)
                for offer in services
            ],
        }
    )
    return result


# Offers


def service_id(offer: Offer) -> str:
    return hsds_id("service", offer.pk)


def _eligibility(offer: Offer) -> str:
    groups = ", ".join(group.name for group in offer.target_groups.all())
    if offer.age_min is not None and offer.age_max is not None:
        ages = _("Ages %(min)s to %(max)s.") % {"min": offer.age_min, "max": offer.age_max}
    elif offer.age_min is not None:
        ages = _("From age %(min)s.") % {"min": offer.age_min}
    elif offer.age_max is not None:
        ages = _("Up to age %(max)s.") % {"max": offer.age_max}
    else:
        ages = ""
    parts = [_("For: %(groups)s.") % {"groups": groups} if groups else "", ages]
    return " ".join(part for part in parts if part)


def _fees(offer: Offer) -> str:
    if offer.is_free:
        return offer.cost_note or _("Free of charge")
    return offer.cost_note or _("There is a charge.")


def service_summary(offer: Offer, site: Site, *, with_organization: bool = True) -> dict[str, Any]:
    """The one-to-one fields of an offer (service_list.json), with its organisation."""
    description = "\n\n".join(part for part in (offer.summary, offer.description) if part)
    result = _compact(
        {
            "id": service_id(offer),
            "organization_id": hsds_id("organization", offer.organisation_id),
            "name": offer.title,
            "description": description,
            "url": site.url(offer.get_absolute_url()),
            # Only active offers are public.
            "status": "active",
            "application_process": offer.registration_note,
            "fees_description": _fees(offer),
            "eligibility_description": _eligibility(offer),
            "minimum_age": offer.age_min,
            "maximum_age": offer.age_max,
            "last_modified": offer.updated_at.isoformat(),
        }
    )
    if with_organization:
        result["organization"] = organization_summary(offer.organisation, site)
    return result


def service_minimal(offer: Offer) -> dict[str, Any]:
    """What `minimal=true` asks for: the id and when the offer last changed."""
    return {"id": service_id(offer), "last_modified": offer.updated_at.isoformat()}


def _first_date_on(weekday: int, start: datetime.date) -> datetime.date:
    return start + datetime.timedelta(days=(weekday - start.weekday()) % 7)


def schedule(offer: Offer, slot: WeeklySlot) -> dict[str, Any]:
    """A weekly time as an RFC 5545 recurrence rule, in the installation's local time."""
    started = offer.created_at.astimezone(datetime.UTC).date()
    times = {"from": f"{slot.start_time:%H:%M}", "until": f"{slot.end_time:%H:%M}"}
    return _compact(
        {
            "id": hsds_id("schedule", slot.pk),
            "service_id": service_id(offer),
            "dtstart": _first_date_on(slot.weekday, started).isoformat(),
            "freq": "WEEKLY",
            "interval": 1,
            "wkst": "MO",
            "byday": RRULE_DAYS[slot.weekday],
            "opens_at": f"{slot.start_time:%H:%M:%S}",
            "closes_at": f"{slot.end_time:%H:%M:%S}",
            "description": _("%(weekday)s, %(from)s–%(until)s (local time, %(zone)s)")
            % {"weekday": slot.get_weekday_display(), "zone": settings.TIME_ZONE, **times},
            "notes": slot.note,
        }
    )


def _languages(offer: Offer) -> list[dict[str, Any]]:
    return [
        {
            "id": hsds_id("language", offer.pk, language.pk),
            "service_id": service_id(offer),
            "name": language.name,
            "code": language.slug,
        }
        for language in offer.languages.all()
    ]


def _cost_options(offer: Offer) -> list[dict[str, Any]]:
    option = {"id": hsds_id("cost_option", offer.pk), "service_id": service_id(offer)}
    if offer.is_free:
        option.update({"option": _("Free of charge"), "amount": 0, "currency": "EUR"})
        if offer.cost_note:
            option["amount_description"] = offer.cost_note
        return [option]
    if offer.cost_note:
        option["option"] = offer.cost_note
        return [option]
    return []


def _addresses(
    location_id: str, street: str, postcode: str, city: str, district: str, site: Site
) -> list[dict[str, Any]]:
    if not street:
        return []
    return [
        _compact(
            {
                "id": hsds_id("address", location_id),
                "location_id": location_id,
                "address_1": street,
                "city": city,
                "region": district,
                "state_province": site.state_province,
                "postal_code": postcode,
                "country": site.country,
                "address_type": "physical",
            },
            keep={"city", "postal_code"},
        )
    ]


def _has_own_place(offer: Offer) -> bool:
    return bool(offer.street or offer.latitude is not None or offer.place_name)


def has_location(offer: Offer) -> bool:
    """Where an offer takes place: its own place, else its organisation's address."""
    organisation = offer.organisation
    return _has_own_place(offer) or bool(organisation.street or organisation.latitude is not None)


def location(offer: Offer, site: Site) -> dict[str, Any]:
    location_id = hsds_id("location", offer.pk)
    source: Offer | Organisation = offer if _has_own_place(offer) else offer.organisation
    district = source.district.name if source.district else ""
    result = _compact(
        {
            "id": location_id,
            "location_type": "physical",
            "organization_id": organization_id(offer.organisation),
            "name": offer.place_name or offer.organisation.name,
            "latitude": source.latitude,
            "longitude": source.longitude,
        }
    )
    result["addresses"] = _addresses(
        location_id, source.street, source.postcode, source.city, district, site
    )
    result["accessibility"] = _accessibility(offer, location_id)
    return result


def _accessibility(offer: Offer, location_id: str) -> list[dict[str, Any]]:
    if not (offer.wheelchair_accessible or offer.accessibility_note):
        return []
    return [
        _compact(
            {
                "id": hsds_id("accessibility", offer.pk),
                "location_id": location_id,
                "description": _("Wheelchair accessible")
                if offer.wheelchair_accessible
                else offer.accessibility_note,
                "details": offer.accessibility_note if offer.wheelchair_accessible else "",
            }
        )
    ]


def service_at_location_id(offer: Offer) -> str:
    return hsds_id("service_at_location", offer.pk)


def service_at_location(
    offer: Offer, site: Site, *, full: bool = False, with_service: bool = True
) -> dict[str, Any]:
    """An offer at its place (service_at_location_list.json; `full`: service_at_location.json)."""
    place = location(offer, site)
    result: dict[str, Any] = {
        "id": service_at_location_id(offer),
        "service_id": service_id(offer),
        "location_id": place["id"],
    }
    if full:
        result.update(
            {
                "contacts": [],
                "phones": [],
                "schedules": [],
                "attributes": [],
                "metadata": [],
            }
        )
    result["location"] = place
    if with_service:
        result["service"] = service(offer, site) if full else service_summary(offer, site)
    return result


def service(offer: Offer, site: Site, *, with_organization: bool = True) -> dict[str, Any]:
    """The fully nested offer (service.json)."""
    sid = service_id(offer)
    result = service_summary(offer, site, with_organization=with_organization)
    result.update(
        {
            "phones": [],
            "schedules": [schedule(offer, slot) for slot in offer.weekly_slots.all()],
            "service_areas": [],
            "service_at_locations": [
                service_at_location(offer, site, full=True, with_service=False)
            ]
            if has_location(offer)
            else [],
            "languages": _languages(offer),
            "funding": [],
            "cost_options": _cost_options(offer),
            "required_documents": [],
            "contacts": [],
            "attributes": _attributes(sid, "service", offer),
            "metadata": [],
        }
    )
    return result
