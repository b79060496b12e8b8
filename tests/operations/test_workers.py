"""Two background workers against one PostgreSQL database: every task runs, and only once.

django-tasks-db claims a task with SELECT … FOR UPDATE SKIP LOCKED; this test runs two real
`db_worker` processes on a queue of tasks to show that neither loses nor repeats one.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from django.test import override_settings

pytestmark = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="several workers share a queue only on PostgreSQL",
)

TASKS = 200


def _database_url() -> str:
    settings = connection.settings_dict
    user = settings["USER"] or "postgres"
    password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
    host = settings["HOST"] or "127.0.0.1"
    port = settings["PORT"] or "5432"
    return f"postgres://{user}{password}@{host}:{port}/{settings['NAME']}"


@pytest.mark.django_db(transaction=True)
def test_two_workers_run_every_task_exactly_once(tmp_path):
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    from tests.operations.tasks import note_run

    database_tasks = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with override_settings(TASKS=database_tasks):
        for number in range(TASKS):
            note_run.enqueue(str(tmp_path), number)
    assert DBTaskResult.objects.count() == TASKS

    env = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "TASKS_BACKEND": "database",
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "PYTHONPATH": os.pathsep.join([str(Path.cwd()), str(Path.cwd() / "src")]),
    }
    command = [
        sys.executable,
        "-c",
        "from netzwerkstatt.cli import main; main()",
        "db_worker",
        "--batch",
        "--no-startup-delay",
        "--interval",
        "0.01",
    ]
    workers = [
        subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    outputs = [worker.communicate(timeout=300) for worker in workers]
    assert [worker.returncode for worker in workers] == [0, 0], outputs

    runs = {path.stem: path.read_text().split() for path in tmp_path.glob("*.run")}
    assert sorted(int(number) for number in runs) == list(range(TASKS))
    assert all(len(pids) == 1 for pids in runs.values()), "a task ran twice"
    # Both workers took a share of the queue.
    assert len({pid for pids in runs.values() for pid in pids}) == 2
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {
        TaskResultStatus.SUCCESSFUL
    }
