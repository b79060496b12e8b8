"""Pages of a whole city's data, timed in one process: median milliseconds and SQL queries.

Where `web_load.py` measures throughput under gunicorn, this script asks "why is a page slow":
it requests each page through Django's test client against a database that `netzwerkstatt
load_city` filled, N times, and prints per page the median time, the number of SQL queries and
(with `--queries`) the slowest queries of the last request. A bare reference – 30 rows from
the ORM through a cached template, like `bench/bare/` – runs in the same process in turns with
each page's requests, so a page is also given as a multiple of it (the machine is shared; the
ratio survives its load better than milliseconds do).

    DATABASE_URL=sqlite:////path/city.sqlite3 SECRET_KEY=x \
        .venv/bin/python bench/page_profile.py [--rounds 7] [--only Synergien] [--queries 5]

Nothing is written; logged-in pages are requested as the first staff member of the first
coordinator of the district network SIS Schönefeld (as in `web_load.py`). Public pages go
through the same client without a session; no page cache is involved unless the settings
configure one.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "netzwerkstatt.settings")
os.environ.setdefault("SECURE_HTTPS", "false")
os.environ.setdefault("AXES_ENABLED", "false")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

# Without `collectstatic` the manifest storage refuses every {% static %}; the pages'
# static files play no part in what is measured here.
settings.STORAGES = {
    **settings.STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

from django.db import connection  # noqa: E402
from django.template import Context, Engine  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from netzwerkstatt.meetings.models import Meeting  # noqa: E402
from netzwerkstatt.networks.models import (  # noqa: E402
    Membership,
    MembershipRole,
    Network,
    Organisation,
)
from netzwerkstatt.offers.models import Offer  # noqa: E402
from netzwerkstatt.opendata.hsds import hsds_id  # noqa: E402

BARE_TEMPLATE = Engine(
    loaders=[("django.template.loaders.locmem.Loader", {"bare": ""})]
).from_string(
    "<html><body><ul>{% for o in rows %}<li>{{ o.name }} – {{ o.slug }}</li>{% endfor %}"
    "</ul></body></html>"
)


# With --profile: how to sort and which functions to list (a regular expression of paths).
PROFILE_SORT = os.environ.get("PROFILE_SORT", "cumulative")
PROFILE_FILTER = os.environ.get("PROFILE_FILTER", "src/netzwerkstatt")


def bare() -> None:
    """The reference: what every Django page does at least (30 ORM rows, one template)."""
    rows = list(Organisation.objects.order_by("pk")[:30])
    BARE_TEMPLATE.render(Context({"rows": rows}))


def pages() -> tuple[list[tuple[str, str]], list[tuple[str, str]], object]:
    network = Network.objects.get(slug="sis-schoenefeld")
    coordinator = (
        Membership.objects.filter(network=network, role=MembershipRole.COORDINATOR)
        .order_by("pk")
        .first()
        .organisation
    )
    user = coordinator.staff.order_by("pk").first().user
    organisation = Organisation.objects.filter(memberships__network=network).order_by("pk").first()
    offer = Offer.objects.filter(organisation=coordinator, status="active").order_by("pk").first()
    meeting = (
        Meeting.objects.filter(network=network, minutes_published_at__isnull=False)
        .order_by("-starts_at")
        .first()
    )
    slug = network.slug
    today = timezone.localdate()
    deep = max(1, min(300, Offer.objects.count() // 20 // 2))
    public = [
        ("Start page", "/"),
        ("Network page", network.get_absolute_url()),
        ("Member directory", "/organisationen/"),
        ("Organisation page", organisation.get_absolute_url()),
        ("Offers directory", "/angebote/"),
        ("Offers, search", "/angebote/?q=Hausaufgaben"),
        ("Offers, filters", "/angebote/?zielgruppe=kinder&thema=lernen&tag=1"),
        (f"Offers, page {deep}", f"/angebote/?seite={deep}"),
        ("Offer page", offer.get_absolute_url()),
        ("HSDS service", f"/hsds/services/{hsds_id('service', offer.pk)}"),
        ("Calendar list", "/veranstaltungen/"),
        ("Calendar month", f"/veranstaltungen/monat/{today.year}/{today.month}/"),
        ("News list", f"/netzwerke/{slug}/neuigkeiten/"),
    ]
    member = [
        ("Mein Bereich", "/konto/"),
        ("Synergien", f"/netzwerke/{slug}/synergien/"),
        ("Fehlstellen", f"/netzwerke/{slug}/fehlstellen/"),
        ("Meeting with agenda", meeting.get_absolute_url()),
        ("Moderation queue", f"/netzwerke/{slug}/kommentare/"),
    ]
    return public, member, user


def timed(call, rounds: int) -> tuple[float, float, int, object, list[dict]]:
    """Median ms of `call` and of the bare reference, measured in turns (same load)."""
    times, bare_times = [], []
    result = None
    captured: list[dict] = []
    for _ in range(rounds):
        for _ in range(3):
            start = time.perf_counter()
            bare()
            bare_times.append((time.perf_counter() - start) * 1000)
        with CaptureQueriesContext(connection) as context:
            start = time.perf_counter()
            result = call()
            times.append((time.perf_counter() - start) * 1000)
        captured = context.captured_queries
    return statistics.median(times), statistics.median(bare_times), len(captured), result, captured


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--only", help="measure only pages whose label contains this text")
    parser.add_argument(
        "--queries", type=int, default=0, help="print the N slowest queries of each page"
    )
    parser.add_argument(
        "--profile", type=int, default=0, help="print the N costliest functions (cProfile)"
    )
    args = parser.parse_args()

    public, member, user = pages()
    anonymous = Client(HTTP_HOST="127.0.0.1")
    logged_in = Client(HTTP_HOST="127.0.0.1")
    logged_in.force_login(user)
    # Warm up: URL resolvers, template loaders, translations, per-process caches.
    anonymous.get("/")
    logged_in.get("/konto/")
    bare_ms = timed(bare, max(args.rounds, 20))[0]

    print(f"{connection.vendor}, {args.rounds} rounds per page; bare reference {bare_ms:.1f} ms")
    print(f"{'page':<28} {'HTTP':>4} {'median ms':>10} {'× bare':>8} {'queries':>8}")
    for group, client in (("public", anonymous), ("logged in", logged_in)):
        print(f"-- {group}")
        for label, path in public if group == "public" else member:
            if args.only and args.only.lower() not in label.lower():
                continue
            client.get(path)  # warm this page's own caches
            median, bare_ms, queries, response, captured = timed(
                lambda c=client, p=path: c.get(p), args.rounds
            )
            print(
                f"{label:<28} {response.status_code:>4} {median:>10.1f} "
                f"{median / bare_ms:>8.1f} {queries:>8}"
            )
            if args.profile:
                profiler = cProfile.Profile()
                profiler.runcall(client.get, path)
                stats = pstats.Stats(profiler).sort_stats(PROFILE_SORT)
                stats.print_stats(PROFILE_FILTER, args.profile)
            if args.queries:
                slowest = sorted(captured, key=lambda q: -float(q["time"]))[: args.queries]
                for query in slowest:
                    print(f"      {float(query['time']) * 1000:7.1f} ms  {query['sql'][:300]}")


if __name__ == "__main__":
    main()
