"""What an answer from the page cache costs, in one process: milliseconds per cached answer.

A cached answer reads the stored page and the tokens of the tables it was rendered from
(core.content_generation): one `get_many` for the tokens, which the default file cache answers
with one file per table. Requests go through Django's test client against a city that
`netzwerkstatt load_city` filled (web_load.py's var directory), with the settings' cache:

    NETZWERKSTATT_VAR_DIR=var/bench-city .venv/bin/python bench/page_cache_hits.py
    CACHE_URL=redis://127.0.0.1:6379/0 NETZWERKSTATT_VAR_DIR=var/bench-city \
        .venv/bin/python bench/page_cache_hits.py

Run it with `PYTHONPATH=<another checkout>/src` to compare two versions of the code. Nothing is
written but the cache.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

# Appended, so that PYTHONPATH=<another checkout>/src comes first.
sys.path.append(str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "netzwerkstatt.settings")
os.environ.setdefault("SECURE_HTTPS", "false")
os.environ.setdefault("SECRET_KEY", "bench-only-not-secret-" + "x" * 40)
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

# Without `collectstatic` the manifest storage refuses every {% static %}.
settings.STORAGES = {
    **settings.STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

from django.test import Client  # noqa: E402

from netzwerkstatt.core import page_cache  # noqa: E402

PATHS = ["/", "/organisationen/", "/angebote/", "/angebote/?seite=300", "/veranstaltungen/"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=300, help="answers per page and round")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    print(f"code: {Path(page_cache.__file__).parents[2]}; cache: {settings.CACHES['default']}")
    client = Client(HTTP_HOST="127.0.0.1")
    for path in PATHS:
        if client.get(path).status_code != 200:
            raise SystemExit(f"{path} does not answer 200: is the city loaded?")
    times: dict[str, list[float]] = {path: [] for path in PATHS}
    for _ in range(args.rounds):
        for path in PATHS:
            started = time.perf_counter()
            for _ in range(args.requests):
                response = client.get(path)
            times[path].append((time.perf_counter() - started) * 1000 / args.requests)
            if response.headers.get("X-Page-Cache") != "hit":
                raise SystemExit(f"{path} was not answered from the cache")
    for path, values in times.items():
        print(f"{path:28} {statistics.median(values):6.3f} ms per cached answer (median of rounds)")


if __name__ == "__main__":
    main()
