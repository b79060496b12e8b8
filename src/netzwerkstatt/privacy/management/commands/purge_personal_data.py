"""`netzwerkstatt purge_personal_data`: delete personal data whose retention period has ended.

Run daily (see docs/deployment.md). Visitors' event registrations and declined join requests
are kept PERSONAL_DATA_RETENTION_DAYS (183 by default) after the event or the decision, login
records 30 days. Running it twice deletes nothing more.
"""

from django.conf import settings
from django.core.management.base import BaseCommand

from netzwerkstatt.privacy.services import purge_personal_data

LABELS = {
    "registrations": "visitors' event registrations",
    "declined_join_requests": "declined join requests",
    "handled_help_offers": "answered or dismissed offers of help",
    "login_records": "login records",
}


class Command(BaseCommand):
    help = (
        "Delete visitors' event registrations and declined join requests older than "
        "PERSONAL_DATA_RETENTION_DAYS, and login records older than 30 days."
    )

    def handle(self, *args, **options):
        counts = purge_personal_data()
        if options["verbosity"] >= 1:
            self.stdout.write(
                f"Retention period: {settings.PERSONAL_DATA_RETENTION_DAYS} days after the "
                "event or decision."
            )
            for key, count in counts.items():
                self.stdout.write(f"{LABELS[key]}: {count} deleted")
