"""The official HSDS 3.0 schemas (tests/data/hsds3-schema/) and the demo data to check."""

import gzip
import json
from functools import cache
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from netzwerkstatt.demo.loader import load_demo_network
from tests.factories import (
    LanguageFactory,
    MembershipFactory,
    OfferFactory,
    OrganisationFactory,
    TargetGroupFactory,
    TopicFactory,
    WeeklySlotFactory,
)

SCHEMA_DIR = Path(__file__).parent.parent / "data" / "hsds3-schema"
# The `$ref`s of the specification's own files name their neighbours ("metadata.json"),
# relative to where the specification publishes them.
BASE_URI = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"


def _load(name: str) -> dict:
    path = SCHEMA_DIR / name
    if path.exists():
        return json.loads(path.read_text())
    with gzip.open(SCHEMA_DIR / f"{name}.gz", "rt", encoding="utf-8") as file:
        return json.load(file)


@cache
def registry() -> Registry:
    names = {
        "taxonomy.json": "",
        "taxonomy_term.json": "",
        "metadata.json": "",
        "service.json": "compiled/",
        "service_list.json": "compiled/",
        "organization.json": "compiled/",
        "organization_list.json": "compiled/",
        "service_at_location.json": "compiled/",
        "service_at_location_list.json": "compiled/",
        "service_package.json": "compiled/",
        "organization_package.json": "compiled/",
        "service_at_location_package.json": "compiled/",
    }
    resources = [
        (BASE_URI + folder + name, Resource.from_contents(_load(name), DRAFT202012))
        for name, folder in names.items()
    ]
    return Registry().with_resources(resources)


@cache
def openapi() -> dict:
    return _load("openapi.json")


def validator(name: str) -> Draft202012Validator:
    """A validator for one schema of the specification; formats (uuid, uri...) are checked."""
    folder = "" if name.startswith(("taxonomy", "metadata")) else "compiled/"
    return Draft202012Validator(
        {"$ref": BASE_URI + folder + name},
        registry=registry(),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def page_validator(item_schema: str) -> Draft202012Validator:
    """The page envelope of the OpenAPI description (`Page`) with its items' schema."""
    page = dict(openapi()["components"]["schemas"]["Page"])
    folder = "" if item_schema.startswith("taxonomy") else "compiled/"
    schema = {
        **page,
        "required": [
            "total_items", "total_pages", "page_number", "size",
            "first_page", "last_page", "empty", "contents",
        ],
        "properties": {
            **page["properties"],
            "contents": {"type": "array", "items": {"$ref": BASE_URI + folder + item_schema}},
        },
    }  # fmt: skip
    return Draft202012Validator(
        schema, registry=registry(), format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def assert_valid(validator: Draft202012Validator, instance) -> None:
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:10]
    )


def add_public_offers(count: int) -> None:
    """`count` offers of as many member organisations, each with every relation filled."""
    for _ in range(count):
        organisation = OrganisationFactory(street="Gorkistraße 1", postcode="04347")
        organisation.target_groups.set([TargetGroupFactory()])
        organisation.topics.set([TopicFactory()])
        MembershipFactory(organisation=organisation)
        offer = OfferFactory(organisation=organisation, languages=[LanguageFactory()])
        offer.target_groups.add(TargetGroupFactory())
        offer.topics.add(TopicFactory())
        WeeklySlotFactory(offer=offer)
        WeeklySlotFactory(offer=offer, weekday=3)


@pytest.fixture
def demo(db):
    return load_demo_network()
