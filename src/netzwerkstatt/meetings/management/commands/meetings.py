"""`netzwerkstatt meetings send_due` and `netzwerkstatt meetings extend`.

Run `send_due` hourly (cron or a systemd timer, see docs/deployment.md): it queues the due
invitations, day-before reminders and overdue reminders, each exactly once, and the worker
sends them. `extend` plans the meetings of every series for the coming year; run it daily.
"""

from django.core.management.base import BaseCommand

from netzwerkstatt.meetings import services


class Command(BaseCommand):
    help = "Send due meeting e-mail or extend meeting series."

    def add_arguments(self, parser):
        subcommands = parser.add_subparsers(dest="action", required=True)
        subcommands.add_parser(
            "send_due", help="Queue due invitations, reminders and overdue-task reminders."
        )
        subcommands.add_parser("extend", help="Plan the meetings of every series a year ahead.")

    def handle(self, *args, **options):
        if options["action"] == "extend":
            created = services.extend_all_series()
            self.stdout.write(f"{created} meetings planned.")
            return
        counts = services.send_due_mail()
        self.stdout.write(
            f"{counts['invitations']} invitations, {counts['reminders']} reminders, "
            f"{counts['overdue']} overdue reminders queued."
        )
