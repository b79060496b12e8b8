"""`netzwerkstatt mark_bounced ADDRESS…`: record bounce reports that arrived after sending."""

from django.core.management.base import BaseCommand

from netzwerkstatt.circulars.services import mark_bounced


class Command(BaseCommand):
    help = "Mark the circular deliveries to the given addresses as bounced."

    def add_arguments(self, parser) -> None:
        parser.add_argument("addresses", nargs="+")
        parser.add_argument("--reason", default="")

    def handle(self, *args, **options) -> None:
        count = mark_bounced(options["addresses"], reason=options["reason"])
        self.stdout.write(f"{count} deliveries marked as bounced")
