"""`netzwerkstatt resume_circulars`: send what a broken connection or a lost worker left waiting.

Safe to run as often as you like (a timer every 15 minutes): each delivery is claimed by one
task only, and a circular without waiting deliveries is left alone.
"""

from django.core.management.base import BaseCommand

from netzwerkstatt.circulars.services import resume_circulars


class Command(BaseCommand):
    help = "Enqueue the sending task of every circular with deliveries still waiting."

    def handle(self, *args, **options) -> None:
        count = resume_circulars()
        if options["verbosity"]:
            self.stdout.write(f"{count} circulars resumed")
