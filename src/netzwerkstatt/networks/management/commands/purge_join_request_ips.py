"""`netzwerkstatt purge_join_request_ips`: forget the address hashes of old join requests.

Run daily (see docs/deployment.md); the hashes exist only for the rate limit of the public
join form, which looks back one hour, and are deleted once they are 30 days old.
"""

from django.core.management.base import BaseCommand

from netzwerkstatt.networks import services


class Command(BaseCommand):
    help = "Delete the address hashes of join requests older than 30 days."

    def handle(self, *args, **options):
        count = services.purge_join_request_ips()
        if options["verbosity"] >= 1:
            self.stdout.write(f"{count} join request address hashes deleted")
