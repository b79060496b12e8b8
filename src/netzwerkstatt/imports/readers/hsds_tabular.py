"""HSDS tabular form (CSV files, as in an HSDS 1.x/2.x datapackage such as Open211 Miami).

Files are joined by their ids: services → organizations, services_at_location → locations →
physical_addresses and accessibility_for_disabilities; regular_schedules, languages and
phones by service_id. Files named in datapackage.json but absent are fine. `eligibility.csv`
carries no service_id in known exports, so it cannot be linked and is not read.
"""

import csv
import io
from collections import defaultdict
from pathlib import Path

from django.utils.translation import gettext as _

from netzwerkstatt.imports.records import (
    ImportFailed,
    OfferRecord,
    OrganisationRecord,
    Package,
    Problem,
    Slot,
)
from netzwerkstatt.imports.text import clean, decode, parse_time, weekday

STATUSES = {"active": "active", "inactive": "ended", "defunct": "ended"}
FREE_WORDS = ("free", "no fee", "no charge", "none", "kostenlos")
ACCESSIBLE_WORDS = ("handicap accessible", "wheelchair", "accessible")


def _rows(directory: Path, name: str) -> list[tuple[int, dict[str, str]]]:
    path = directory / name
    if not path.exists():
        return []
    text, _encoding = decode(path.read_bytes())
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        # Line 1 holds the headings, so the first record is row 2 as a spreadsheet shows it.
        return [(number, row) for number, row in enumerate(reader, start=2)]
    except csv.Error as error:
        raise ImportFailed(
            _("%(file)s is not a readable CSV file (%(error)s).") % {"file": name, "error": error}
        ) from None


def _label(name: str, number: int) -> str:
    return _("%(file)s, row %(row)s") % {"file": name, "row": number}


def read_hsds_tabular(directory: Path) -> Package:
    if not (directory / "services.csv").exists():
        raise ImportFailed(_("services.csv is missing in %(dir)s.") % {"dir": directory})
    package = Package()
    seen_orgs: set[str] = set()
    for number, row in _rows(directory, "organizations.csv"):
        source_id, name = clean(row.get("id")), clean(row.get("name"), 200)
        label = _label("organizations.csv", number)
        if not source_id or not name:
            package.problems.append(
                Problem(label, "id", _("The organisation has no id or no name."))
            )
            continue
        if source_id in seen_orgs:
            package.problems.append(
                Problem(
                    label,
                    "id",
                    _("The id %(id)s appears twice; the first was used.") % {"id": source_id},
                )
            )
            continue
        seen_orgs.add(source_id)
        package.organisations.append(
            OrganisationRecord(
                source_id=source_id,
                row=label,
                name=name,
                description=clean(row.get("description"), 5000),
                website=clean(row.get("url"), 200),
            )
        )

    location_of = {}
    for _number, row in _rows(directory, "services_at_location.csv"):
        location_of.setdefault(clean(row.get("service_id")), clean(row.get("location_id")))
    locations = {clean(row.get("id")): row for _number, row in _rows(directory, "locations.csv")}
    addresses = {}
    for _number, row in _rows(directory, "physical_addresses.csv"):
        addresses.setdefault(clean(row.get("location_id")), row)
    accessibility = defaultdict(list)
    for _number, row in _rows(directory, "accessibility_for_disabilities.csv"):
        text = clean(row.get("accessibility"))
        if text:
            accessibility[clean(row.get("location_id"))].append(text)
    phones = {}
    for _number, row in _rows(directory, "phones.csv"):
        if clean(row.get("service_id")):
            phones.setdefault(clean(row.get("service_id")), clean(row.get("number"), 40))
    languages = defaultdict(list)
    for _number, row in _rows(directory, "languages.csv"):
        term = clean(row.get("language"))
        if term and term not in languages[clean(row.get("service_id"))]:
            languages[clean(row.get("service_id"))].append(term)
    schedules = defaultdict(list)
    for number, row in _rows(directory, "regular_schedules.csv"):
        schedules[clean(row.get("service_id"))].append((number, row))

    seen_offers: set[str] = set()
    for number, row in _rows(directory, "services.csv"):
        label = _label("services.csv", number)
        source_id, title = clean(row.get("id")), clean(row.get("name"), 200)
        if not source_id:
            package.problems.append(Problem(label, "id", _("The service has no id.")))
            continue
        if source_id in seen_offers:
            package.problems.append(
                Problem(
                    label,
                    "id",
                    _("The id %(id)s appears twice; the first was used.") % {"id": source_id},
                )
            )
            continue
        seen_offers.add(source_id)
        if not title:
            package.problems.append(Problem(label, "name", _("The service has no name.")))
            continue
        fees = clean(row.get("fees"), 200)
        offer = OfferRecord(
            source_id=source_id,
            row=label,
            organisation_key=clean(row.get("organization_id")),
            languages=languages.get(source_id, []),
        )
        offer.data = {
            "title": title,
            "summary": clean(row.get("alternate_name"), 300),
            "description": clean(row.get("description"), 5000) or title,
            "is_free": not fees or any(word in fees.lower() for word in FREE_WORDS),
            "cost_note": fees,
            "registration_note": clean(row.get("application_process"), 300),
            "status": STATUSES.get(clean(row.get("status")).lower(), "active"),
            "contact_phone": phones.get(source_id, ""),
        }
        location_id = location_of.get(source_id, "")
        location = locations.get(location_id)
        if location is not None:
            offer.data["place_name"] = clean(location.get("name"), 200)
            _coordinates(location, offer, package)
        address = addresses.get(location_id)
        if address is not None:
            street = ", ".join(
                part
                for part in (clean(address.get("address_1")), clean(address.get("address_2")))
                if part
            )
            offer.data["street"] = clean(street, 200)
            offer.data["postcode"] = clean(address.get("postal_code"), 10)
            offer.data["city"] = clean(address.get("city"), 100)
        notes = accessibility.get(location_id, [])
        if notes:
            text = "; ".join(notes)
            offer.data["accessibility_note"] = clean(text, 300)
            offer.data["wheelchair_accessible"] = any(w in text.lower() for w in ACCESSIBLE_WORDS)
        offer.slots = _slots(schedules.get(source_id, []), offer, package)
        package.offers.append(offer)
    return package


def _coordinates(location: dict, offer: OfferRecord, package: Package) -> None:
    latitude, longitude = clean(location.get("latitude")), clean(location.get("longitude"))
    if not latitude or not longitude:
        return
    try:
        lat, lon = float(latitude), float(longitude)
    except ValueError:
        lat, lon = 1000.0, 1000.0
    if -90 <= lat <= 90 and -180 <= lon <= 180:
        offer.data["latitude"], offer.data["longitude"] = lat, lon
    else:
        package.problems.append(
            Problem(offer.row, "latitude", _("Coordinates out of range; left out."), False)
        )


def _slots(rows: list[tuple[int, dict]], offer: OfferRecord, package: Package) -> list[Slot]:
    slots: list[Slot] = []
    unreadable = []
    for number, row in rows:
        day = weekday(row.get("weekday"))
        start, end = parse_time(row.get("opens_at")), parse_time(row.get("closes_at"))
        if day is None or start is None or end is None or start >= end:
            unreadable.append(str(number))
            continue
        slot = Slot(day, start, end)
        if slot not in slots:
            slots.append(slot)
    if unreadable:
        package.problems.append(
            Problem(
                offer.row,
                "regular_schedules",
                _(
                    "Opening times in regular_schedules.csv rows %(rows)s cannot be expressed "
                    "as weekly times; left out."
                )
                % {"rows": ", ".join(unreadable[:5]) + ("…" if len(unreadable) > 5 else "")},
                False,
            )
        )
    return slots
