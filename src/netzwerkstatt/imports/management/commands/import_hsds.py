"""`netzwerkstatt import_hsds PATH --network SLUG [--dry-run]`: HSDS into a network."""

import time

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from netzwerkstatt.accounts.models import User
from netzwerkstatt.imports.records import ImportFailed
from netzwerkstatt.imports.services import import_hsds_package
from netzwerkstatt.networks.models import Network


class Command(BaseCommand):
    help = (
        "Import organisations and services from HSDS 3.0 JSON (a file or a folder of files) "
        "or an HSDS tabular folder (services.csv, organizations.csv …) into a network. "
        "A second run updates by source id; --dry-run only reports."
    )

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--network", required=True, help="slug of the network")
        parser.add_argument(
            "--source", default="", help="name of the source (default: hsds:<file or folder name>)"
        )
        parser.add_argument("--by", default="", help="e-mail address of the person importing")
        parser.add_argument("--dry-run", action="store_true", help="report, write nothing")
        parser.add_argument("--problems", type=int, default=50, help="how many problems to list")

    def handle(self, *args, **options):
        network = Network.objects.filter(slug=options["network"]).first()
        if network is None:
            raise CommandError(f"No network with the slug {options['network']!r}.")
        by = None
        if options["by"]:
            by = User.objects.filter(email__iexact=options["by"]).first()
            if by is None:
                raise CommandError(f"No account with the e-mail address {options['by']!r}.")
        started = time.monotonic()
        try:
            report = import_hsds_package(
                options["path"],
                network=network,
                source=options["source"],
                by=by,
                dry_run=options["dry_run"],
            )
        except ImportFailed as problem:
            raise CommandError(str(problem)) from None
        except ValidationError as problem:
            # Nothing was written: the import is one transaction.
            raise CommandError(" ".join(problem.messages)) from None
        seconds = time.monotonic() - started
        write = self.stdout.write
        write(
            f"{'Dry run, nothing written' if report.dry_run else 'Imported'}: {report.source} "
            f"into {network.slug} in {seconds:.1f} s"
        )
        for kind, counts in report.counts.items():
            write(
                f"  {kind}: " + ", ".join(f"{action} {count}" for action, count in counts.items())
            )
        skipped = [p for p in report.problems if p.skipped]
        notes = [p for p in report.problems if not p.skipped]
        write(f"  problems: {len(skipped)} rows skipped, {len(notes)} parts left out")
        for problem in report.problems[: options["problems"]]:
            marker = "skipped" if problem.skipped else "note"
            write(f"    {problem.row} [{problem.field or '-'}] {marker}: {problem.message}")
        if len(report.problems) > options["problems"]:
            write(f"    … and {len(report.problems) - options['problems']} more")
        if report.unknown_terms:
            write("  unknown terms (not imported, not created):")
            for (kind, term), count in report.unknown_terms.most_common(30):
                write(f"    {kind}: {term} ({count}×)")
