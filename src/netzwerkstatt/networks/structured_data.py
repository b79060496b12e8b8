"""schema.org `Organization` of an organisation's public page (JSON-LD).

Reads only what the profile page already loaded (links and memberships are prefetched by
`selectors.organisation_profile`) and only what the page shows publicly: the public phone
number, never a person's name or e-mail address.
"""

from netzwerkstatt.core.seo import absolute_url, describe, drop_empty, geo, postal_address
from netzwerkstatt.networks.models import Organisation

SCHEMA = "https://schema.org"


def organisation_reference(organisation: Organisation) -> dict:
    """The short form other objects (offers, events) name their provider or organiser with."""
    return {
        "@type": "Organization",
        "name": organisation.name,
        "url": absolute_url(organisation.get_absolute_url()),
    }


def organisation_data(organisation: Organisation) -> dict:
    same_as = [organisation.website] if organisation.website else []
    same_as += [link.url for link in organisation.links.all() if link.url not in same_as]
    networks = [
        {
            "@type": "Organization",
            "name": membership.network.name,
            "url": absolute_url(membership.network.get_absolute_url()),
        }
        for membership in getattr(organisation, "current_memberships", [])
    ]
    return drop_empty(
        {
            "@context": SCHEMA,
            "@type": "Organization",
            "@id": absolute_url(organisation.get_absolute_url()) + "#organisation",
            "name": organisation.name,
            "alternateName": organisation.short_name,
            "url": absolute_url(organisation.get_absolute_url()),
            "description": describe(organisation.description, 500),
            "address": postal_address(
                street=organisation.street, postcode=organisation.postcode, city=organisation.city
            ),
            "geo": geo(organisation.latitude, organisation.longitude),
            "telephone": organisation.phone,
            "sameAs": same_as,
            "memberOf": networks,
        }
    )
