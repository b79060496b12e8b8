"""`netzwerkstatt synergy refresh [--network SLUG]`: recompute the stored findings in full.

`netzwerkstatt synergy labelled-pairs [--network SLUG]`: coordinators' decisions as labelled
pairs, one JSON object per line (the format of bench/data/eval_pairs.jsonl).
"""

import json

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from netzwerkstatt.networks.models import Network
from netzwerkstatt.synergy import evidence, services


class Command(BaseCommand):
    help = "Recompute parallel offers of one network or of all networks."

    def add_arguments(self, parser):
        subcommands = parser.add_subparsers(dest="action", required=True)
        refresh = subcommands.add_parser("refresh", help="Recompute all parallel offers.")
        refresh.add_argument("--network", metavar="SLUG", help="Only this network.")
        pairs = subcommands.add_parser(
            "labelled-pairs", help="Coordinators' decisions as labelled pairs (JSON lines)."
        )
        pairs.add_argument("--network", metavar="SLUG", help="Only this network.")

    def handle(self, *args, **options):
        if options["action"] == "labelled-pairs":
            for pair in evidence.labelled_pairs(options["network"]):
                self.stdout.write(json.dumps(pair, ensure_ascii=False, sort_keys=True))
            return
        networks = Network.objects.order_by("name")
        if options["network"]:
            networks = networks.filter(slug=options["network"])
            if not networks.exists():
                raise CommandError(
                    f"There is no network with the short name {options['network']!r}."
                )
        networks = list(networks)
        quiet = options["verbosity"] < 1
        progress = tqdm(networks, unit="network", disable=quiet, file=self.stderr._out)
        for network in progress:
            progress.set_description(network.slug)
            result = services.refresh_network(network)
            if not quiet:
                progress.write(
                    f"{network.name}: {result.offers_checked} offers checked, "
                    f"{result.findings} parallel pairs, {len(result.problems)} skipped",
                    file=self.stdout._out,
                )
                for problem in result.problems:
                    progress.write(
                        f"  skipped offer {problem['offer']}: {problem['problem']}",
                        file=self.stdout._out,
                    )
