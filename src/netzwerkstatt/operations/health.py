"""What a load balancer or a monitor asks: can this process answer, and how well?

The database is essential: without it the process answers 503 and the load balancer takes it
out. A cache that is down only makes pages slower, so the process stays in ("degraded"). The age
of the oldest task waiting in the database queue shows a stopped `db_worker`.
"""

import time
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.utils import timezone

OK = "ok"
DEGRADED = "degraded"
FAILING = "failing"


@dataclass
class Health:
    status: str = OK
    checks: dict[str, dict[str, Any]] = field(default_factory=dict)

    def add(self, name: str, *, ok: bool, essential: bool, **details: Any) -> None:
        self.checks[name] = {"status": OK if ok else FAILING, **details}
        if not ok:
            self.status = FAILING if essential else max(self.status, DEGRADED, key=_severity)

    def as_dict(self) -> dict[str, Any]:
        return {"status": self.status, "checks": self.checks}


def _severity(status: str) -> int:
    return {OK: 0, DEGRADED: 1, FAILING: 2}[status]


def _elapsed_ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


def check_database(health: Health) -> None:
    started = time.perf_counter()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        health.add("database", ok=False, essential=True, error=type(error).__name__)
    else:
        health.add("database", ok=True, essential=True, ms=_elapsed_ms(started))


def check_cache(health: Health) -> None:
    started = time.perf_counter()
    key = "netzwerkstatt:healthz"
    try:
        cache.set(key, "1", timeout=10)
        ok = cache.get(key) == "1"
    except Exception as error:  # noqa: BLE001 – any cache backend's failure is "cache down".
        health.add("cache", ok=False, essential=False, error=type(error).__name__)
    else:
        health.add("cache", ok=ok, essential=False, ms=_elapsed_ms(started))


def check_task_queue(health: Health) -> None:
    """The oldest task that is due and still waits; only with the database task backend."""
    if getattr(settings, "TASKS_BACKEND", "immediate") != "database":
        health.checks["tasks"] = {"status": OK, "backend": "immediate"}
        return
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    try:
        oldest = (
            DBTaskResult.objects.filter(status=TaskResultStatus.READY)
            .order_by("enqueued_at")
            .values_list("enqueued_at", flat=True)
            .first()
        )
    except DatabaseError as error:
        health.add("tasks", ok=False, essential=False, error=type(error).__name__)
        return
    age = 0 if oldest is None else int((timezone.now() - oldest).total_seconds())
    limit = settings.HEALTH_TASK_AGE_LIMIT_SECONDS
    health.add("tasks", ok=age <= limit, essential=False, oldest_waiting_seconds=age)


def current_health() -> Health:
    health = Health()
    check_database(health)
    check_cache(health)
    if health.checks["database"]["status"] == OK:
        check_task_queue(health)
    return health
