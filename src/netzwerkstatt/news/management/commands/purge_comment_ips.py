"""`netzwerkstatt purge_comment_ips`: forget the address hashes of comments older than 30 days.

Run daily (see docs/deployment.md); the hashes exist only for the rate limit of the last hour.
"""

from django.core.management.base import BaseCommand

from netzwerkstatt.news import services


class Command(BaseCommand):
    help = "Delete the address hashes of comments older than 30 days."

    def handle(self, *args, **options):
        count = services.purge_comment_ips()
        if options["verbosity"] >= 1:
            self.stdout.write(f"{count} comment address hashes deleted")
