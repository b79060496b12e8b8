"""`netzwerkstatt restore PATH`: put a backup back into this (embedded SQLite) installation."""

from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from netzwerkstatt.operations.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Restore a backup made with `netzwerkstatt backup`. Refuses an installation that holds "
        "data unless --force is given; stop the platform's processes first."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The backup file (…tar.gz).")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace the data this installation holds.",
        )

    def handle(self, *args, **options):
        try:
            result = restore_backup(Path(options["path"]), force=options["force"])
        except BackupError as error:
            raise CommandError(f"{error} Nothing was changed.") from error
        self.stdout.write(f"Restored the database and {result.files} uploaded files.")
        if result.media_kept_at:
            self.stdout.write(f"The uploaded files it replaced are kept in {result.media_kept_at}.")
        # A backup of an older version gets this version's tables.
        call_command("migrate", interactive=False, verbosity=0)
