"""Queries per page with content translations stored as JSON on the row.

Loads the offers directory, an offer page and an organisation page in German and in
Ukrainian, with 10 and with 100 translated offers, and prints the number of SQL queries of
each. The storage is chosen by these numbers (docs/architecture.md, "Languages"): the
translations come with the row, so the count must not change with the language or the rows.

    .venv/bin/python bench/translation_queries.py
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from django.urls import reverse  # noqa: E402

LANGUAGES = [
    ("de", "German"),
    ("en", "English"),
    ("ar", "Arabic"),
    ("fa", "Persian"),
    ("uk", "Ukrainian"),
    ("ru", "Russian"),
    ("tr", "Turkish"),
]


def queries(client: Client, url: str, language: str) -> int:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    client.get(url)  # warm up caches
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def main() -> None:
    from django.test.utils import get_runner

    setup_test_environment()
    runner = get_runner(settings)(verbosity=0)
    old = runner.setup_databases()
    try:
        with override_settings(LANGUAGES=LANGUAGES):
            run()
    finally:
        runner.teardown_databases(old)


def run() -> None:
    from netzwerkstatt.offers.services import translate_offer
    from tests.factories import MembershipFactory, NetworkFactory, OfferFactory

    network = NetworkFactory(slug="sis")
    client = Client()
    rows = 0
    print(f"{'offers':>6} {'page':<14} {'de':>4} {'uk':>4}")
    for total in (10, 100):
        while rows < total:
            offer = OfferFactory(title=f"Angebot {rows}", summary="Kurz gesagt")
            MembershipFactory(network=network, organisation=offer.organisation)
            translate_offer(offer, language="uk", values={"title": f"Пропозиція {rows}"}, by=None)
            rows += 1
        for name, url in [
            ("directory", reverse("offers:list")),
            ("offer", offer.get_absolute_url()),
            ("organisation", offer.organisation.get_absolute_url()),
        ]:
            counts = [queries(client, url, code) for code in ("de", "uk")]
            print(f"{total:>6} {name:<14} {counts[0]:>4} {counts[1]:>4}")


if __name__ == "__main__":
    main()
