"""`load_city [--offers N] [--seed S] [--no-synergy]`: fill an empty database with a test city.

For load measurements (bench/web_load.py) and for trying the platform at city scale; see
demo.city for what is written and docs/deployment.md for how to use it.
"""

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from netzwerkstatt.demo.city import (
    CITY_PASSWORD,
    DEFAULT_OFFERS,
    CityNotEmptyError,
    analyze_database,
    expected_rows,
    load_city,
)
from netzwerkstatt.networks.models import Network
from netzwerkstatt.synergy.services import refresh_network


class Command(BaseCommand):
    help = (
        "Fill an empty database with a test city (Leipzig): networks, organisations, offers, "
        "events, meetings, news and comments; every count scales with --offers."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--offers",
            type=int,
            default=DEFAULT_OFFERS,
            help=f"Number of offers ({DEFAULT_OFFERS}); every other count scales with it.",
        )
        parser.add_argument("--seed", type=int, default=1, help="Seed of the random texts (1).")
        parser.add_argument(
            "--no-synergy",
            action="store_true",
            help="Skip the full synergy refresh of every network after loading.",
        )

    def handle(self, *args, **options):
        if options["offers"] < 1:
            raise CommandError("--offers muss mindestens 1 sein.")
        quiet = options["verbosity"] < 1
        bar = tqdm(
            total=expected_rows(options["offers"]),
            unit="Zeilen",
            disable=quiet,
            file=self.stderr._out,
        )

        def progress(label: str, count: int) -> None:
            bar.set_description(label)
            bar.update(count)

        try:
            summary = load_city(offers=options["offers"], seed=options["seed"], progress=progress)
        except CityNotEmptyError:
            bar.close()
            raise CommandError(
                "Die Datenbank enthält schon Daten (Netzwerke, Organisationen, Zugänge oder "
                "Angebote). Die Test-Stadt wird nur in eine leere Datenbank geladen; es wurde "
                "nichts geschrieben. Legen Sie eine neue Datenbank an und führen Sie vorher "
                "`netzwerkstatt migrate` aus."
            ) from None
        bar.close()
        analyze_database()
        if not options["no_synergy"]:
            networks = list(Network.objects.order_by("name"))
            for network in tqdm(networks, unit="Netzwerk", disable=quiet, file=self.stderr._out):
                refresh_network(network)
        if not quiet:
            self.stdout.write(f"Test-Stadt geladen: {summary}.")
            self.stdout.write(
                f"Anmelden als Koordination: {summary.coordinator_email}, "
                f"Passwort für alle Zugänge: {CITY_PASSWORD}"
            )
