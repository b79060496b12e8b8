"""HSDS 3.0 JSON (Open Referral): services, organisations and service-at-locations.

Accepts one object, a list of them, or an HSDS list response / package (`contents`); the
kind of each object is told by its keys. The specification's own examples fill every field
with placeholders (`"timezone": 3`, a latitude of 100), so nothing here trusts a type: odd
values are left out with a note, never a crash.
"""

import json
from pathlib import Path
from typing import Any

from django.utils.translation import gettext as _

from netzwerkstatt.imports.records import (
    ImportFailed,
    OfferRecord,
    OrganisationRecord,
    Package,
    Problem,
    Slot,
)
from netzwerkstatt.imports.text import RRULE_DAYS, clean, parse_time

STATUSES = {"active": "active", "inactive": "ended", "defunct": "ended"}
FREE_WORDS = ("free", "no fee", "no charge", "kostenlos", "gratis")


def read_hsds3_json(paths: list[Path]) -> Package:
    package = Package()
    seen_orgs: set[str] = set()
    seen_offers: set[str] = set()
    for path in paths:
        try:
            data = json.loads(path.read_bytes().decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise ImportFailed(
                _("%(file)s is not valid JSON (%(error)s).") % {"file": path.name, "error": error}
            ) from None
        items = data.get("contents", data) if isinstance(data, dict) else data
        items = items if isinstance(items, list) else [items]
        for number, item in enumerate(items, start=1):
            row = f"{path.name} #{number}" if len(items) > 1 else path.name
            if not isinstance(item, dict):
                package.problems.append(Problem(row, "", _("Not an HSDS object.")))
                continue
            _read_item(item, row, package, seen_orgs, seen_offers)
    return package


def _read_item(item: dict, row: str, package: Package, seen_orgs: set, seen_offers: set) -> None:
    if "services" in item and "service" not in item:
        org_id = _add_organisation(item, row, package, seen_orgs)
        for service in _list(item.get("services")):
            _add_service(service, row, package, seen_orgs, seen_offers, org_id=org_id)
    elif isinstance(item.get("service"), dict):
        _add_service(item["service"], row, package, seen_orgs, seen_offers, at_location=item)
    elif "name" in item:
        _add_service(item, row, package, seen_orgs, seen_offers)
    else:
        package.problems.append(Problem(row, "", _("Not an HSDS service or organisation.")))


def _list(value: Any) -> list[dict]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _add_organisation(org: dict, row: str, package: Package, seen: set) -> str:
    source_id = clean(org.get("id"))
    name = clean(org.get("name"), 200)
    if not source_id or not name:
        package.problems.append(
            Problem(row, "organization", _("The organisation has no id or no name."))
        )
        return ""
    if source_id in seen:
        return source_id
    seen.add(source_id)
    phones = _list(org.get("phones"))
    package.organisations.append(
        OrganisationRecord(
            source_id=source_id,
            row=row,
            name=name,
            description=clean(org.get("description"), 5000),
            website=clean(org.get("website") or org.get("url"), 200),
            phone=clean(phones[0].get("number"), 40).strip('"') if phones else "",
        )
    )
    return source_id


def _add_service(
    service: dict,
    row: str,
    package: Package,
    seen_orgs: set,
    seen_offers: set,
    *,
    org_id: str = "",
    at_location: dict | None = None,
) -> None:
    source_id = clean(service.get("id"))
    if not source_id:
        package.problems.append(Problem(row, "id", _("The service has no id.")))
        return
    if source_id in seen_offers:
        package.problems.append(
            Problem(
                row, "id", _("The id %(id)s appears twice; the first was used.") % {"id": source_id}
            )
        )
        return
    seen_offers.add(source_id)
    if isinstance(service.get("organization"), dict):
        org_id = _add_organisation(service["organization"], row, package, seen_orgs)
    org_id = org_id or clean(service.get("organization_id"))
    title = clean(service.get("name"), 200)
    if not title:
        package.problems.append(Problem(row, "name", _("The service has no name.")))
        return
    offer = OfferRecord(source_id=source_id, row=row, organisation_key=org_id)
    description = clean(service.get("description"), 5000) or title
    fees = clean(service.get("fees_description") or service.get("fees"), 200)
    costs = _list(service.get("cost_options"))
    if not fees and costs:
        fees = clean(
            " ".join(
                clean(part)
                for part in (
                    costs[0].get("option"),
                    costs[0].get("amount"),
                    costs[0].get("currency"),
                    costs[0].get("amount_description"),
                )
                if part not in (None, "")
            ),
            200,
        )
    offer.data = {
        "title": title,
        "summary": clean(service.get("alternate_name"), 300),
        "description": description,
        "is_free": not fees or any(word in fees.lower() for word in FREE_WORDS),
        "cost_note": fees,
        "registration_note": clean(service.get("application_process"), 300),
        "status": STATUSES.get(clean(service.get("status")).lower(), "active"),
    }
    _ages(service, offer, package)
    locations = []
    if at_location is not None:
        locations.append(at_location.get("location"))
    for link in _list(service.get("service_at_locations")):
        locations.append(link.get("location"))
    location = next((loc for loc in locations if isinstance(loc, dict)), None)
    if location is not None:
        _place(location, offer, package)
    phones = _list(service.get("phones"))
    if phones:
        offer.data["contact_phone"] = clean(phones[0].get("number"), 40).strip('"')
    for language in _list(service.get("languages")):
        term = clean(language.get("code")) or clean(language.get("name"))
        if term:
            offer.languages.append(term)
    for attribute in _list(service.get("attributes")):
        term = attribute.get("taxonomy_term")
        if isinstance(term, dict) and clean(term.get("name")):
            offer.topics.append(clean(term.get("name")))
    schedules = _list(service.get("schedules"))
    if at_location is not None:
        schedules += _list(at_location.get("schedules"))
    offer.slots = _slots(schedules, offer, package)
    package.offers.append(offer)


def _ages(service: dict, offer: OfferRecord, package: Package) -> None:
    for key, field in (("minimum_age", "age_min"), ("maximum_age", "age_max")):
        value = service.get(key)
        if value in (None, ""):
            continue
        if isinstance(value, int | float) and 0 <= value <= 120:
            offer.data[field] = int(value)
        else:
            package.problems.append(
                Problem(offer.row, key, _("Not an age between 0 and 120; left out."), False)
            )
    if offer.data.get("age_min", 0) > offer.data.get("age_max", 120):
        offer.data.pop("age_min")
        offer.data.pop("age_max")


def _place(location: dict, offer: OfferRecord, package: Package) -> None:
    offer.data["place_name"] = clean(location.get("name"), 200)
    address = next(iter(_list(location.get("addresses"))), None)
    if address is not None:
        street = ", ".join(
            part
            for part in (clean(address.get("address_1")), clean(address.get("address_2")))
            if part
        )
        offer.data["street"] = clean(street, 200)
        offer.data["postcode"] = clean(address.get("postal_code"), 10)
        offer.data["city"] = clean(address.get("city"), 100)
    coordinates = (location.get("latitude"), location.get("longitude"))
    if all(isinstance(value, int | float) for value in coordinates):
        if -90 <= coordinates[0] <= 90 and -180 <= coordinates[1] <= 180:
            offer.data["latitude"], offer.data["longitude"] = map(float, coordinates)
        else:
            package.problems.append(
                Problem(offer.row, "latitude", _("Coordinates out of range; left out."), False)
            )


def _slots(schedules: list[dict], offer: OfferRecord, package: Package) -> list[Slot]:
    slots: list[Slot] = []
    for schedule in schedules:
        freq = clean(schedule.get("freq")).upper()
        days = [
            RRULE_DAYS.get(day.strip().upper()) for day in clean(schedule.get("byday")).split(",")
        ]
        start, end = parse_time(schedule.get("opens_at")), parse_time(schedule.get("closes_at"))
        if freq == "WEEKLY" and days and None not in days and start and end and start < end:
            slots.extend(Slot(day, start, end) for day in days if day is not None)
        else:
            package.problems.append(
                Problem(
                    offer.row,
                    "schedules",
                    _("A schedule cannot be expressed as weekly times; left out."),
                    False,
                )
            )
    return slots
