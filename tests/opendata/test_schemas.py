"""The copied HSDS schemas are the specification's, and the validators built on them bite."""

import gzip
import hashlib
import re

from tests.opendata.conftest import SCHEMA_DIR, page_validator, validator


def test_the_copies_are_those_named_in_the_readme():
    listed = re.findall(r"^([0-9a-f]{64})  (\S+)$", (SCHEMA_DIR / "README.md").read_text(), re.M)
    assert len(listed) == 13
    for digest, name in listed:
        path = SCHEMA_DIR / name
        data = (
            path.read_bytes()
            if path.exists()
            else gzip.decompress((SCHEMA_DIR / f"{name}.gz").read_bytes())
        )
        assert hashlib.sha256(data).hexdigest() == digest, name


def test_the_validators_refuse_what_the_specification_refuses():
    service = {
        "id": "ac148810-d857-441c-9679-408f346de14b",
        "name": "Sprachcafé",
        "status": "active",
    }
    assert validator("service.json").is_valid(service)
    assert not validator("service.json").is_valid({**service, "status": "offen"})
    assert not validator("service.json").is_valid({**service, "id": "17"})
    assert not validator("service.json").is_valid(
        {k: v for k, v in service.items() if k != "status"}
    )
    assert not validator("service.json").is_valid({**service, "last_modified": "gestern"})
    assert not validator("service.json").is_valid({**service, "minimum_age": "12"})
    assert not validator("service.json").is_valid(
        {**service, "schedules": [{"id": service["id"], "freq": "DAILY"}]}
    )
    term = {"id": service["id"], "name": "Kinder", "description": "Zielgruppe"}
    assert validator("taxonomy_term.json").is_valid(term)
    # Resolved through the registry: taxonomy_detail is a taxonomy.json object.
    assert not validator("taxonomy_term.json").is_valid({**term, "taxonomy_detail": {"id": "x"}})
    page = {
        "total_items": 1, "total_pages": 1, "page_number": 1, "size": 1,
        "first_page": True, "last_page": True, "empty": False, "contents": [service],
    }  # fmt: skip
    assert page_validator("service_list.json").is_valid(page)
    assert not page_validator("service_list.json").is_valid({**page, "contents": [{"id": "x"}]})
    assert not page_validator("service_list.json").is_valid({**page, "total_items": "1"})
