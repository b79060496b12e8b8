"""schema.org `Service` of an offer's public page (JSON-LD).

Reads only what `selectors.offer_detail` already loaded (organisation, district, target
groups, languages, weekly times), so the page runs no query for it.
"""

from netzwerkstatt.core.seo import absolute_url, describe, drop_empty, geo, postal_address
from netzwerkstatt.networks.structured_data import SCHEMA, organisation_reference
from netzwerkstatt.offers.models import Offer

# schema.org's days, in the order of offers.models.Weekday (Monday = 0).
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _hours(offer: Offer) -> list[dict]:
    return [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": f"{SCHEMA}/{DAYS[slot.weekday]}",
            "opens": slot.start_time.strftime("%H:%M"),
            "closes": slot.end_time.strftime("%H:%M"),
        }
        for slot in offer.weekly_slots.all()
    ]


def _audience(offer: Offer) -> dict | None:
    groups = ", ".join(term.label for term in offer.target_groups.all())
    audience = drop_empty(
        {
            "@type": "PeopleAudience",
            "audienceType": groups,
            "suggestedMinAge": offer.age_min,
            "suggestedMaxAge": offer.age_max,
        }
    )
    return audience if len(audience) > 1 else None


def _area(offer: Offer) -> dict | None:
    address = postal_address(street=offer.street, postcode=offer.postcode, city=offer.city)
    name = offer.place_name or (offer.district.label if offer.district else "") or offer.city
    if not (name or address):
        return None
    return drop_empty(
        {
            "@type": "Place",
            "name": name,
            "address": address,
            "geo": geo(offer.latitude, offer.longitude),
        }
    )


def _price(offer: Offer) -> dict | None:
    if offer.is_free:
        return {"@type": "Offer", "price": 0, "priceCurrency": "EUR"}
    if offer.cost_note:
        return {"@type": "Offer", "description": offer.cost_note, "priceCurrency": "EUR"}
    return None


def service_data(offer: Offer) -> dict:
    url = absolute_url(offer.get_absolute_url())
    return drop_empty(
        {
            "@context": SCHEMA,
            "@type": "Service",
            "@id": url + "#offer",
            "name": offer.title,
            "url": url,
            "description": describe(offer.summary or offer.description, 500),
            "provider": organisation_reference(offer.organisation),
            "areaServed": _area(offer),
            "availableLanguage": [
                {"@type": "Language", "name": language.label, "alternateName": language.slug}
                for language in offer.languages.all()
            ],
            "audience": _audience(offer),
            "hoursAvailable": _hours(offer),
            "offers": _price(offer),
        }
    )
