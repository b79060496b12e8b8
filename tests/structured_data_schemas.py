"""JSON Schemas of the structured data our pages publish, written from Google's documentation.

- Event: https://developers.google.com/search/docs/appearance/structured-data/event
  required: name, startDate, location (a Place with an address, or a VirtualLocation with a
  url); recommended: description, endDate, eventAttendanceMode, eventStatus, image, offers,
  organizer (name, url), performer. Dates are ISO 8601; we also require the UTC offset,
  which Google asks for so that times are not misread.
- Organization: https://developers.google.com/search/docs/appearance/structured-data/organization
  has no required property; name, url, address (PostalAddress), sameAs, telephone are
  recommended, and we require the ones every profile has.
- Service has no rich result at Google; the schema checks schema.org's types for the
  properties we use (provider an Organization, hoursAvailable OpeningHoursSpecification).
"""

ISO_WITH_OFFSET = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?[+-]\d{2}:\d{2}$"
SCHEMA_ORG = "https://schema.org"
ABSOLUTE_URL = {"type": "string", "pattern": r"^https?://[^/\s]+(/|$)"}

POSTAL_ADDRESS = {
    "type": "object",
    "required": ["@type", "addressLocality", "addressCountry"],
    "properties": {
        "@type": {"const": "PostalAddress"},
        "streetAddress": {"type": "string", "minLength": 1},
        "postalCode": {"type": "string", "pattern": r"^\d{5}$"},
        "addressLocality": {"type": "string", "minLength": 1},
        "addressCountry": {"type": "string", "pattern": "^[A-Z]{2}$"},
    },
}

ORGANIZATION_REFERENCE = {
    "type": "object",
    "required": ["@type", "name", "url"],
    "properties": {
        "@type": {"const": "Organization"},
        "name": {"type": "string", "minLength": 1},
        "url": ABSOLUTE_URL,
    },
}

PLACE = {
    "type": "object",
    "required": ["@type", "name", "address"],
    "properties": {"@type": {"const": "Place"}, "address": POSTAL_ADDRESS},
}
VIRTUAL_LOCATION = {
    "type": "object",
    "required": ["@type", "url"],
    "properties": {"@type": {"const": "VirtualLocation"}, "url": ABSOLUTE_URL},
}
LOCATION = {"oneOf": [PLACE, VIRTUAL_LOCATION]}


def one_or_many(schema: dict) -> dict:
    return {"oneOf": [schema, {"type": "array", "minItems": 1, "items": schema}]}


EVENT = {
    "type": "object",
    "required": [
        "@context",
        "@type",
        "name",
        "startDate",
        "location",
        # Recommended by Google; every event of ours has them.
        "description",
        "endDate",
        "eventStatus",
        "eventAttendanceMode",
        "organizer",
        "url",
    ],
    "properties": {
        "@context": {"const": SCHEMA_ORG},
        "@type": {"const": "Event"},
        "name": {"type": "string", "minLength": 1},
        "url": ABSOLUTE_URL,
        "description": {"type": "string", "minLength": 1},
        "startDate": {"type": "string", "pattern": ISO_WITH_OFFSET},
        "endDate": {"type": "string", "pattern": ISO_WITH_OFFSET},
        "eventStatus": {
            "enum": [
                f"{SCHEMA_ORG}/{status}"
                for status in (
                    "EventScheduled",
                    "EventCancelled",
                    "EventMovedOnline",
                    "EventPostponed",
                    "EventRescheduled",
                )
            ]
        },
        "eventAttendanceMode": {
            "enum": [
                f"{SCHEMA_ORG}/{mode}EventAttendanceMode" for mode in ("Offline", "Online", "Mixed")
            ]
        },
        "location": one_or_many(LOCATION),
        "organizer": one_or_many(ORGANIZATION_REFERENCE),
        "image": one_or_many(ABSOLUTE_URL),
        "offers": {
            "type": "object",
            "required": ["@type", "url"],
            "properties": {"@type": {"const": "Offer"}, "url": ABSOLUTE_URL},
        },
    },
}

ORGANIZATION = {
    "type": "object",
    "required": ["@context", "@type", "name", "url"],
    "properties": {
        "@context": {"const": SCHEMA_ORG},
        "@type": {"const": "Organization"},
        "name": {"type": "string", "minLength": 1},
        "url": ABSOLUTE_URL,
        "address": POSTAL_ADDRESS,
        "geo": {
            "type": "object",
            "required": ["@type", "latitude", "longitude"],
            "properties": {
                "@type": {"const": "GeoCoordinates"},
                "latitude": {"type": "number", "minimum": -90, "maximum": 90},
                "longitude": {"type": "number", "minimum": -180, "maximum": 180},
            },
        },
        "sameAs": {"type": "array", "items": ABSOLUTE_URL},
        "telephone": {"type": "string", "minLength": 1},
        "memberOf": {"type": "array", "items": ORGANIZATION_REFERENCE},
    },
}

SERVICE = {
    "type": "object",
    "required": ["@context", "@type", "name", "url", "description", "provider"],
    "properties": {
        "@context": {"const": SCHEMA_ORG},
        "@type": {"const": "Service"},
        "name": {"type": "string", "minLength": 1},
        "url": ABSOLUTE_URL,
        "provider": ORGANIZATION_REFERENCE,
        "areaServed": {"type": "object", "properties": {"@type": {"const": "Place"}}},
        "availableLanguage": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["@type", "name"],
                "properties": {"@type": {"const": "Language"}},
            },
        },
        "audience": {
            "type": "object",
            "required": ["@type"],
            "properties": {"@type": {"const": "PeopleAudience"}},
        },
        "hoursAvailable": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["@type", "dayOfWeek", "opens", "closes"],
                "properties": {
                    "@type": {"const": "OpeningHoursSpecification"},
                    "dayOfWeek": {
                        "enum": [
                            f"{SCHEMA_ORG}/{day}"
                            for day in (
                                "Monday",
                                "Tuesday",
                                "Wednesday",
                                "Thursday",
                                "Friday",
                                "Saturday",
                                "Sunday",
                            )
                        ]
                    },
                    "opens": {"type": "string", "pattern": r"^\d{2}:\d{2}$"},
                    "closes": {"type": "string", "pattern": r"^\d{2}:\d{2}$"},
                },
            },
        },
        "offers": {
            "type": "object",
            "required": ["@type", "priceCurrency"],
            "properties": {"@type": {"const": "Offer"}, "price": {"type": "number"}},
        },
    },
}

SCHEMAS = {"Event": EVENT, "Organization": ORGANIZATION, "Service": SERVICE}
