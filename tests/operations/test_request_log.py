"""The opt-in request log: one JSON line per request with timing and query count, nothing
about the person."""

import json
import logging

import pytest
from django.test import override_settings
from django.test.client import Client
from django.urls import reverse

from tests.factories import NetworkFactory

pytestmark = pytest.mark.django_db


@override_settings(REQUEST_LOG=True)
def test_each_request_is_one_json_line(caplog):
    NetworkFactory(slug="sis")
    client = Client()
    with caplog.at_level(logging.INFO, logger="netzwerkstatt.requests"):
        response = client.get(reverse("networks:detail", args=["sis"]) + "?suche=geheim")
    lines = [r.getMessage() for r in caplog.records if r.name == "netzwerkstatt.requests"]
    assert len(lines) == 1
    entry = json.loads(lines[0])
    assert entry["route"] == "networks:detail" and entry["status"] == 200
    assert entry["path"] == "/netzwerke/sis/" and "geheim" not in lines[0]
    assert entry["queries"] > 0 and entry["ms"] >= 0 and entry["logged_in"] is False
    assert response["X-Request-ID"] == entry["request_id"]


@override_settings(REQUEST_LOG=True)
def test_a_404_is_logged_too(caplog):
    with caplog.at_level(logging.INFO, logger="netzwerkstatt.requests"):
        Client().get("/gibt-es-nicht/")
    (record,) = [r for r in caplog.records if r.name == "netzwerkstatt.requests"]
    entry = json.loads(record.getMessage())
    assert entry["status"] == 404 and entry["route"] == ""


def test_off_by_default(caplog):
    with caplog.at_level(logging.INFO, logger="netzwerkstatt.requests"):
        Client().get(reverse("operations:healthz"))
    assert not [r for r in caplog.records if r.name == "netzwerkstatt.requests"]
