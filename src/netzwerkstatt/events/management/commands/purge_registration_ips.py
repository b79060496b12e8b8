"""`netzwerkstatt purge_registration_ips`: forget visitors' address hashes after 30 days.

Run daily (see docs/deployment.md); the hashes exist only for the rate limit of the last hour.
"""

from django.core.management.base import BaseCommand

from netzwerkstatt.events import services


class Command(BaseCommand):
    help = "Delete the address hashes of event registrations older than 30 days."

    def handle(self, *args, **options):
        count = services.purge_registration_ips()
        if options["verbosity"] >= 1:
            self.stdout.write(f"{count} registration address hashes deleted")
