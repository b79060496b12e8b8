"""`netzwerkstatt synergy refresh [--network SLUG]`: recompute the stored findings in full.

`netzwerkstatt synergy labelled-pairs [--network SLUG]`: coordinators' decisions as labelled
pairs, one JSON object per line (the format of bench/data/eval_pairs.jsonl).

`netzwerkstatt synergy export-lexicon [--network SLUG] [-o FILE]`: the networks' active term
entries ("Begriffe") as a lexicon file of the form of offer_kinds.toml, to review and add to
SYNERGY_LEXICON_FILES (then for all networks) or to contribute to the project.

`netzwerkstatt synergy meanings [--prune]`: encode the texts of all offers and needs that
have no sentence-encoder vector yet (after switching SYNERGY_MEANING on, or upgrading), and
with --prune delete the vectors no current text uses any more.
"""

import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from tqdm import tqdm

from netzwerkstatt.networks.models import Network
from netzwerkstatt.synergy import evidence, meanings, services, terms


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
        export = subcommands.add_parser(
            "export-lexicon", help="Term entries of the networks as a lexicon file (TOML)."
        )
        export.add_argument("--network", metavar="SLUG", help="Only this network.")
        export.add_argument("-o", "--output", metavar="FILE", help="Write here, not to stdout.")
        vectors = subcommands.add_parser(
            "meanings", help="Encode the texts of offers and needs that have no vector yet."
        )
        vectors.add_argument(
            "--prune", action="store_true", help="Also delete vectors no current text uses."
        )

    def handle(self, *args, **options):
        if options["action"] == "labelled-pairs":
            for pair in evidence.labelled_pairs(options["network"]):
                self.stdout.write(json.dumps(pair, ensure_ascii=False, sort_keys=True))
            return
        if options["action"] == "export-lexicon":
            self._export_lexicon(options["network"], options["output"])
            return
        if options["action"] == "meanings":
            self._meanings(options["prune"], quiet=options["verbosity"] < 1)
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

    def _meanings(self, prune: bool, *, quiet: bool) -> None:
        if not meanings.enabled():
            raise CommandError("The sentence encoder is switched off (SYNERGY_MEANING).")
        started = timezone.now()
        texts = services.texts_to_encode()
        batches = range(0, len(texts), meanings.ENCODE_BATCH)
        encoded = 0
        for start in tqdm(batches, unit="batch", disable=quiet, file=self.stderr._out):
            encoded += meanings.ensure_texts(texts[start : start + meanings.ENCODE_BATCH])
        self.stdout.write(f"{len(texts)} texts of offers and needs, {encoded} newly encoded.")
        if prune:
            keep = meanings.keys_of(texts)
            removed = meanings.prune(keep, stored_before=started)
            self.stdout.write(f"{removed} vectors no current text uses deleted.")

    def _export_lexicon(self, slug: str | None, output: str | None) -> None:
        network = None
        if slug:
            network = Network.objects.filter(slug=slug).first()
            if network is None:
                raise CommandError(f"There is no network with the short name {slug!r}.")
        try:
            text = terms.export_toml(network)
        except ValidationError as error:
            raise CommandError(
                f"The entries contradict each other or the lexicon: {' '.join(error.messages)}. "
                "Export one network at a time (--network)."
            ) from None
        if output:
            Path(output).write_text(text, encoding="utf-8")
        else:
            self.stdout.write(text, ending="")
