"""`netzwerkstatt send_digests`: the weekly digest, run once a week by a timer (cron, systemd).

Safe to run more often: each person gets at most one digest per calendar week.
"""

from django.core.management.base import BaseCommand

from netzwerkstatt.circulars.services import send_weekly_digests


class Command(BaseCommand):
    help = "Send the weekly digest to everyone who chose it (at most once per calendar week)."

    def handle(self, *args, **options) -> None:
        sent = send_weekly_digests()
        if options["verbosity"]:
            self.stdout.write(f"{sent} digests sent")
