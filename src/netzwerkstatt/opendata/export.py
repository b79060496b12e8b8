"""An HSDS 3.0 data package on disk: the JSON form and the tabular form (CSV + datapackage.json).

Layout of the directory:
  datapackage.json, organizations.csv, services.csv, ... — the tabular form, one CSV per table
      of the specification's datapackage.json (tables we have nothing for hold only the header);
  json/services.json, json/organizations.json, json/service_at_locations.json — arrays as
      service_package.json, organization_package.json and service_at_location_package.json
      define; json/taxonomies.json and json/taxonomy_terms.json — arrays of taxonomy.json and
      taxonomy_term.json objects.
"""

import csv
import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from django.utils import timezone

from netzwerkstatt.opendata import hsds
from netzwerkstatt.opendata.selectors import Package

SPEC_DATAPACKAGE = Path(__file__).parent / "hsds3" / "datapackage.json"
JSON_DIR = "json"


@cache
def spec_datapackage() -> dict[str, Any]:
    return json.loads(SPEC_DATAPACKAGE.read_text(encoding="utf-8"))


@dataclass
class Tables:
    """Rows per table of the tabular form, keyed by the specification's resource names."""

    rows: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)

    def add(self, table: str, row: dict[str, Any], **links: str) -> None:
        flat = {k: v for k, v in {**row, **links}.items() if not isinstance(v, (list, dict))}
        self.rows.setdefault(table, {})[flat["id"]] = flat


def json_form(package: Package, site: hsds.Site) -> dict[str, list[dict[str, Any]]]:
    offers_by_organisation: dict[int, list] = {}
    for offer in package.offers:
        offers_by_organisation.setdefault(offer.organisation_id, []).append(offer)
    return {
        "services": [hsds.service(offer, site) for offer in package.offers],
        "organizations": [
            hsds.organization(
                organisation, site, services=offers_by_organisation.get(organisation.pk, [])
            )
            for organisation in package.organisations
        ],
        "service_at_locations": [
            hsds.service_at_location(offer, site, full=True)
            for offer in package.offers
            if hsds.has_location(offer)
        ],
        "taxonomies": [hsds.taxonomy(tax) for tax in hsds.TAXONOMIES],
        "taxonomy_terms": [hsds.taxonomy_term(tax, term) for tax, term in package.terms],
    }


def _location_rows(tables: Tables, location: dict[str, Any]) -> None:
    tables.add("location", location)
    for address in location.get("addresses", []):
        tables.add("address", address)
    for accessibility in location.get("accessibility", []):
        tables.add("accessibility", accessibility)


def tabular_form(documents: dict[str, list[dict[str, Any]]]) -> Tables:
    """The same objects, one row per object in the table of its kind."""
    tables = Tables()
    for organization in documents["organizations"]:
        tables.add("organization", organization)
        for phone in organization["phones"]:
            tables.add("phone", phone)
        for location in organization["locations"]:
            _location_rows(tables, location)
        for attribute in organization["attributes"]:
            tables.add("attribute", attribute)
    for service in documents["services"]:
        tables.add("service", service)
        for kind in ("schedule", "language", "cost_option", "attribute"):
            plural = "schedules" if kind == "schedule" else f"{kind}s"
            for row in service[plural]:
                tables.add(kind, row)
        for at_location in service["service_at_locations"]:
            tables.add("service_at_location", at_location)
            _location_rows(tables, at_location["location"])
    for tax in documents["taxonomies"]:
        tables.add("taxonomy", tax)
    for term in documents["taxonomy_terms"]:
        tables.add("taxonomy_term", term)
    return tables


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return str(value)


def datapackage(site: hsds.Site, *, title: str, description: str) -> dict[str, Any]:
    spec = spec_datapackage()
    return {
        "name": "hsds-export",
        "title": title,
        "description": description,
        "profile": spec["profile"],
        "version": spec["version"],
        "homepage": site.base_url,
        "created": timezone.now().replace(microsecond=0).isoformat(),
        "resources": [{**resource, "encoding": "utf-8"} for resource in spec["resources"]],
    }


def existing_entries(directory: Path) -> list[str]:
    return sorted(path.name for path in directory.iterdir()) if directory.is_dir() else []


def write_package(
    directory: Path, package: Package, site: hsds.Site, *, title: str, description: str
) -> list[Path]:
    """Write both forms into `directory` (created if missing); returns the files written."""
    documents = json_form(package, site)
    tables = tabular_form(documents)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / JSON_DIR).mkdir(exist_ok=True)
    written = []
    for name, objects in documents.items():
        path = directory / JSON_DIR / f"{name}.json"
        path.write_text(json.dumps(objects, ensure_ascii=False, indent=2), encoding="utf-8")
        written.append(path)
    meta = datapackage(site, title=title, description=description)
    for resource in meta["resources"]:
        fields = [column["name"] for column in resource["schema"]["fields"]]
        path = directory / resource["path"]
        with path.open("w", encoding="utf-8", newline="") as file:
            writer = csv.writer(file)
            writer.writerow(fields)
            for row in tables.rows.get(resource["name"], {}).values():
                writer.writerow([_cell(row.get(column)) for column in fields])
        written.append(path)
    path = directory / "datapackage.json"
    path.write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    written.append(path)
    return written
