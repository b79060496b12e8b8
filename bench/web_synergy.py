"""The synergy engine inside the web app: full refresh, one edit, one need page, one list page.

Builds a throw-away database (SQLite file in a temporary folder, or DATABASE_URL) with one
network holding N synthetic offers from bench/synthetic.py, then measures what a coordinator
and the background worker wait for. Run:

    .venv/bin/python bench/web_synergy.py --sizes 1000 10000
    .venv/bin/python bench/web_synergy.py --sizes 1000 10000 --no-meaning

With the sentence encoder (SYNERGY_MEANING, the default) the first full refresh also encodes
every text; the second shows the nightly refresh, when the vectors are stored already, and
each edit encodes its new text.

Numbers and the machine are recorded in bench/README.md; query counts are pinned in tests.
"""

from __future__ import annotations

import argparse
import datetime
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def setup_django(folder: str) -> None:
    os.environ.setdefault("NETZWERKSTATT_TESTING", "true")
    os.environ.setdefault("NETZWERKSTATT_VAR_DIR", folder)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "netzwerkstatt.settings")
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")
    os.environ.setdefault("SECURE_HTTPS", "false")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def populate(size: int):
    from django.db import transaction
    from synthetic import generate

    from netzwerkstatt.core.models import Language, TargetGroup, Topic
    from netzwerkstatt.networks.models import Membership, Network, Organisation
    from netzwerkstatt.offers.models import Need, Offer, WeeklySlot

    corpus = generate(size, seed=7)
    with transaction.atomic():
        network = Network.objects.create(slug=f"bench-{size}", name=f"Benchmark {size}")
        terms: dict[tuple[type, str], object] = {}

        def term(model, name):
            key = (model, name)
            if key not in terms:
                slug = f"bench-{size}-{model.__name__.lower()}-{len(terms)}"
                terms[key] = model.objects.create(slug=slug, name=name)
            return terms[key]

        organisations = {}
        for record in corpus.offers:
            if record.organisation_id not in organisations:
                organisations[record.organisation_id] = Organisation(
                    slug=f"bench-{size}-{len(organisations)}", name=record.organisation_id
                )
        Organisation.objects.bulk_create(organisations.values(), batch_size=1000)
        Membership.objects.bulk_create(
            [Membership(network=network, organisation=o) for o in organisations.values()],
            batch_size=1000,
        )
        offers = Offer.objects.bulk_create(
            [
                Offer(
                    organisation=organisations[r.organisation_id],
                    title=r.title[:200],
                    description=r.description,
                    latitude=r.lat,
                    longitude=r.lon,
                )
                for r in corpus.offers
            ],
            batch_size=1000,
        )
        relations = {"target_groups": TargetGroup, "topics": Topic, "languages": Language}
        for field, model in relations.items():
            through = getattr(Offer, field).through
            column = f"{model.__name__.lower()}_id"
            if model is TargetGroup:
                column = "targetgroup_id"
            rows = [
                through(offer_id=offer.pk, **{column: term(model, name).pk})
                for offer, record in zip(offers, corpus.offers, strict=True)
                for name in getattr(record, field)
            ]
            through.objects.bulk_create(rows, batch_size=2000)
        WeeklySlot.objects.bulk_create(
            [
                WeeklySlot(
                    offer=offer,
                    weekday=day,
                    start_time=datetime.time.fromisoformat(start.zfill(5)),
                    end_time=datetime.time.fromisoformat(end.zfill(5)),
                )
                for offer, record in zip(offers, corpus.offers, strict=True)
                for day, start, end in record.weekly_slots
                if end != "24:00"
            ],
            batch_size=2000,
        )
        sample = corpus.offers[0]
        need = Need.objects.create(
            network=network, title=sample.title, description=sample.description
        )
        need.target_groups.set([term(TargetGroup, name) for name in sample.target_groups])
    return network, offers, need


def timed(function, *args):
    start = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - start, result


def run(size: int) -> dict:
    from django.test import Client

    from netzwerkstatt.offers.models import Offer
    from netzwerkstatt.synergy import index_cache, selectors, services

    build_s, (network, offers, need) = timed(populate, size)
    full_s, result = timed(services.refresh_network, network)
    again_s, _ = timed(services.refresh_network, network)
    rng = random.Random(7)
    cold_s, _ = timed(services.refresh_offer, offers[0].pk)  # builds the cached index
    edits = []
    for offer in rng.sample(offers, 20):
        Offer.objects.filter(pk=offer.pk).update(
            description=offer.description + " Neu: auch in den Ferien.",
            updated_at=datetime.datetime.now(datetime.UTC),
        )
        edits.append(timed(services.refresh_offer, offer.pk)[0])
    need_s, suggestions = timed(selectors.suggestions_for_need, need)
    index_cache.forget()

    from netzwerkstatt.accounts.models import User

    admin = User.objects.create_superuser(email=f"bench{size}@example.org", password="x")
    client = Client()
    client.force_login(admin, backend="django.contrib.auth.backends.ModelBackend")
    page_s, response = timed(client.get, f"/netzwerke/{network.slug}/synergien/")
    gaps_s, _ = timed(client.get, f"/netzwerke/{network.slug}/fehlstellen/")
    return {
        "size": size,
        "populate_s": build_s,
        "findings": result.findings,
        "full_refresh_s": full_s,
        "second_refresh_s": again_s,
        "first_edit_s": cold_s,
        "edit_median_ms": statistics.median(edits) * 1000,
        "edit_max_ms": max(edits) * 1000,
        "need_page_rank_ms": need_s * 1000,
        "findings_page_s": page_s,
        "findings_page_status": response.status_code,
        "gap_page_s": gaps_s,
        "suggested_offers": len(suggestions.offers),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument(
        "--no-meaning", action="store_true", help="without the sentence encoder (words only)"
    )
    args = parser.parse_args()
    os.environ["SYNERGY_MEANING"] = "off" if args.no_meaning else "on"
    with tempfile.TemporaryDirectory() as folder:
        setup_django(folder)
        print(
            "| offers | encoder | findings | full refresh | again | first edit (builds index) |"
            " edit, median / max | need suggestions | Synergien page | Fehlstellen page |"
        )
        print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        for size in args.sizes:
            r = run(size)
            print(
                f"| {r['size']:,} | {'off' if args.no_meaning else 'on'} | {r['findings']:,} |"
                f" {r['full_refresh_s']:.1f} s | {r['second_refresh_s']:.1f} s |"
                f" {r['first_edit_s']:.1f} s |"
                f" {r['edit_median_ms']:.0f} / {r['edit_max_ms']:.0f} ms |"
                f" {r['need_page_rank_ms']:.0f} ms | {r['findings_page_s']:.2f} s"
                f" (HTTP {r['findings_page_status']}) |"
                f" {r['gap_page_s']:.2f} s |",
                flush=True,
            )


if __name__ == "__main__":
    main()
