"""`netzwerkstatt purge_address_hashes`: forget senders' address hashes after 30 days.

Run daily (see docs/deployment.md); the hashes exist only for rate limits of the last hour.
"""

from django.core.management.base import BaseCommand

from netzwerkstatt.core.address_hashes import purge_address_hashes


class Command(BaseCommand):
    help = (
        "Delete the address hashes of comments, join requests and registrations older than 30 days."
    )

    def handle(self, *args, **options):
        for label, count in purge_address_hashes().items():
            if options["verbosity"] >= 1:
                self.stdout.write(f"{label}: {count} address hashes deleted")
