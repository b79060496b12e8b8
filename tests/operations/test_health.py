"""/healthz answers load balancers: 503 without a database, "degraded" without a cache."""

import datetime

import pytest
from django.db import DatabaseError
from django.urls import reverse
from django.utils import timezone

from netzwerkstatt.operations import health

pytestmark = pytest.mark.django_db


def test_all_is_well(client):
    response = client.get(reverse("operations:healthz"))
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert {name: check["status"] for name, check in body["checks"].items()} == {
        "database": "ok",
        "cache": "ok",
        "tasks": "ok",
    }
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    # No session, no cookie: a monitor polling every few seconds leaves nothing behind.
    assert not response.cookies


class BrokenCache:
    def set(self, *args, **kwargs):
        raise ConnectionError("cache server does not answer")

    def get(self, *args, **kwargs):
        raise ConnectionError("cache server does not answer")


def test_a_cache_that_is_down_degrades_but_keeps_the_process_in(client, monkeypatch):
    monkeypatch.setattr(health, "cache", BrokenCache())
    response = client.get(reverse("operations:healthz"))
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["cache"] == {"status": "failing", "error": "ConnectionError"}


def test_without_a_database_the_process_is_taken_out(client, monkeypatch):
    def no_database(result):
        result.add("database", ok=False, essential=True, error=DatabaseError.__name__)

    monkeypatch.setattr(health, "check_database", no_database)
    response = client.get(reverse("operations:healthz"))
    assert response.status_code == 503
    assert response.json()["status"] == "failing"


def test_a_stopped_worker_shows_as_an_old_waiting_task(client, settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS_BACKEND = "database"
    settings.HEALTH_TASK_AGE_LIMIT_SECONDS = 600
    DBTaskResult.objects.create(
        task_path="netzwerkstatt.synergy.tasks.refresh_network_task",
        args_kwargs={"args": [1], "kwargs": {}},
        queue_name="default",
        backend_name="default",
        run_after=timezone.now(),
    )
    DBTaskResult.objects.update(enqueued_at=timezone.now() - datetime.timedelta(hours=2))

    body = client.get(reverse("operations:healthz")).json()

    assert body["status"] == "degraded"
    assert body["checks"]["tasks"]["status"] == "failing"
    assert body["checks"]["tasks"]["oldest_waiting_seconds"] >= 7200


def test_only_reading_is_allowed(client):
    assert client.post(reverse("operations:healthz")).status_code == 405
