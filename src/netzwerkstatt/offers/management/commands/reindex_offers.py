"""Rebuild the offers' full-text index, e.g. after restoring a database from a backup."""

from django.core.management.base import BaseCommand

from netzwerkstatt.offers.services import reindex_all_offers


class Command(BaseCommand):
    help = "Rebuild the full-text search index of all offers."

    def handle(self, *args, **options):
        count = reindex_all_offers()
        if options["verbosity"] >= 1:
            self.stdout.write(f"{count} offer(s) indexed.")
