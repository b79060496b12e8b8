"""`netzwerkstatt refresh_citywide_synergies`: recompute the city-wide parallel offers."""

from django.core.management.base import BaseCommand

from netzwerkstatt.synergy import citywide


class Command(BaseCommand):
    help = "Recompute parallel offers across all networks that share with the city-wide view."

    def handle(self, *args, **options):
        outcome = citywide.refresh()
        if options["verbosity"] >= 1:
            self.stdout.write(
                f"{outcome.networks} networks sharing, {outcome.offers_checked} offers checked, "
                f"{outcome.findings} parallel pairs"
            )
