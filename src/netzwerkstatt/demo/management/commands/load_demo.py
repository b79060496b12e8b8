"""`load_demo`: write the demo network into the database (safe to run again)."""

from django.core.management.base import BaseCommand, CommandError

from netzwerkstatt.demo.loader import DemoDataError, load_demo_network


class Command(BaseCommand):
    help = "Load the demo network SIS Schönefeld; running it again restores the demo state."

    def handle(self, *args, **options):
        try:
            summary = load_demo_network()
        except DemoDataError as error:
            raise CommandError(str(error)) from error
        if options["verbosity"] >= 1:
            self.stdout.write(f"Demo-Netzwerk geladen: {summary}.")
