"""`netzwerkstatt rerender_richtext`: render stored texts again after the format changed."""

from django.core.management.base import BaseCommand

from netzwerkstatt.news import services


class Command(BaseCommand):
    help = "Re-render news posts, updates and comments stored with an older text format version."

    def handle(self, *args, **options):
        counts = services.rerender_richtext()
        if options["verbosity"] >= 1:
            for model, count in counts.items():
                self.stdout.write(f"{model}: {count} re-rendered")
