"""`netzwerkstatt backup PATH`: the SQLite database and uploaded files in one archive."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from netzwerkstatt.operations.backup import BackupError, create_backup


class Command(BaseCommand):
    help = (
        "Back up the embedded SQLite installation (database and uploaded files) into a .tar.gz "
        "file, or into a new file in the given folder. Safe while the platform is running."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="File (…tar.gz) or existing folder to write to.")

    def handle(self, *args, **options):
        try:
            result = create_backup(Path(options["path"]))
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Backup written to {result.path} ({result.size} bytes, {result.files} uploaded files)."
        )
