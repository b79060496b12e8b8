"""Across processes: a write in one app server process shows on the next page of another.

Two worker processes (tests/core/page_cache_worker.py) share one SQLite file and one cache, as
two app servers share the database and Redis, or the demo's processes the files under var/cache.
Worker A renders the pages a visitor sees; worker B writes as the services do.

Redis at 127.0.0.1:6379 (database 1) is used when it answers; without it the Redis case is
skipped, except under CI=true, where it fails. Each test's workers write under their own key
prefix: the tests run in parallel, and one emptying the database would empty it under another.
"""

import json
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = "redis://127.0.0.1:6379/1"


class Worker:
    def __init__(self, database: Path, cache_url: str, var_dir: Path, key_prefix: str = "") -> None:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.settings",
            "DATABASE_URL": f"sqlite:///{database}",
            "TEST_CACHE_URL": cache_url,
            "TEST_CACHE_KEY_PREFIX": key_prefix,
            "TEST_PAGE_CACHE": "on",
            "NETZWERKSTATT_VAR_DIR": str(var_dir),
            "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.core.page_cache_worker"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def __call__(self, do: str, **arguments) -> dict:
        self.process.stdin.write(json.dumps({"do": do, **arguments}) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        assert line, f"the worker stopped (exit code {self.process.poll()})"
        answer = json.loads(line)
        assert answer.pop("ok"), answer["error"]
        return answer

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def migrated_database(tmp_path_factory) -> Path:
    """One migrated SQLite file, copied for each cache below (migrating takes the longest)."""
    folder = tmp_path_factory.mktemp("page-cache-db")
    database = folder / "template.sqlite3"
    worker = Worker(database, "locmem://", folder)
    try:
        worker("migrate")
    finally:
        worker.close()
    return database


def redis_client():
    redis = pytest.importorskip("redis")
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.exceptions.ConnectionError:
        if os.environ.get("CI") == "true":
            pytest.fail("Redis does not answer at 127.0.0.1:6379 (.ci/run starts it).")
        pytest.skip("Redis does not answer at 127.0.0.1:6379.")
    return client


@pytest.fixture(params=["files", "redis"])
def workers(request, migrated_database, tmp_path):
    database = tmp_path / "netzwerkstatt.sqlite3"
    shutil.copy(migrated_database, database)
    key_prefix = f"test-{uuid.uuid4().hex}"
    client = None
    if request.param == "redis":
        client = redis_client()
        cache_url = REDIS_URL
    else:
        cache_url = f"file://{tmp_path / 'cache'}"
    started = [Worker(database, cache_url, tmp_path, key_prefix) for _ in range(2)]
    yield started
    for worker in started:
        worker.close()
    if client is not None:
        for key in client.scan_iter(match=f"{key_prefix}:*"):
            client.delete(key)


def page(worker: Worker, url: str) -> dict:
    answer = worker("get", url=url)
    assert answer["status"] == 200
    return answer


def test_a_write_in_one_process_shows_on_the_next_page_of_another(workers):
    reader, writer = workers
    world = writer("setup")
    urls = world["urls"]
    for url in urls.values():
        assert page(reader, url)["cache"] == "miss"
        assert page(reader, url)["cache"] == "hit"
    # The other process is answered with the same page (same code and settings, same key).
    assert page(writer, urls["offers"])["cache"] == "hit"
    assert "Tolle Idee, wir kommen!" not in page(reader, urls["post"])["text"]

    writer("edit_offer", pk=world["offer"], title="Yoga am Abend")
    for name in ("offers", "offer"):
        text = page(reader, urls[name])["text"]
        assert "Yoga am Abend" in text
        assert "Yoga am Morgen" not in text

    writer("add_membership", network="sis", name="Nachbarschaftshilfe Neu")
    assert "Nachbarschaftshilfe Neu" in page(reader, urls["network"])["text"]

    writer("approve_comment", pk=world["comment"])
    assert "Tolle Idee, wir kommen!" in page(reader, urls["post"])["text"]

    writer("rename_topic", pk=world["topic"], name="Urbanes Gärtnern")
    text = page(reader, urls["offer"])["text"]
    assert "Urbanes Gärtnern" in text
    assert "Gärtnern im Hof" not in text

    # A write that is rolled back leaves the pages as they were.
    writer("edit_offer_and_roll_back", pk=world["offer"], title="Zurückgenommen")
    text = page(reader, urls["offer"])["text"]
    assert "Zurückgenommen" not in text
    assert "Yoga am Abend" in text
    assert page(reader, urls["offer"])["cache"] == "hit"


def test_a_page_rendered_before_the_commit_is_not_served_after_it(workers):
    reader, writer = workers
    world = writer("setup")
    url = world["urls"]["offer"]
    page(reader, url)
    writer("begin_offer_edit", pk=world["offer"], title="Yoga am Abend")
    # Rendered (or served) from the data before the commit …
    assert "Yoga am Morgen" in page(reader, url)["text"]
    assert "Yoga am Morgen" in page(reader, url)["text"]
    writer("commit")
    # … and never again after it.
    text = page(reader, url)["text"]
    assert "Yoga am Abend" in text
    assert "Yoga am Morgen" not in text


def test_a_write_renews_only_the_pages_that_read_its_table(workers):
    reader, writer = workers
    world = writer("setup")
    urls = world["urls"]
    for url in urls.values():
        page(reader, url)
    # A meeting shows on the network page (its next meetings), not on the offer pages or posts.
    writer("add_meeting", network="sis", title="Netzwerktreffen Dezember")
    assert page(reader, urls["network"])["cache"] == "miss"
    for name in ("offers", "offer", "post"):
        assert page(reader, urls[name])["cache"] == "hit"
