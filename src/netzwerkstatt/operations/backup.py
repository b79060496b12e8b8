"""Backup and restore of the embedded installation: the SQLite database and uploaded files.

The database is copied with SQLite's online backup API, so a backup can be taken while the
platform serves requests. A backup is one .tar.gz with `database.sqlite3`, the files under
`media/` and `manifest.json` (format, time, applied migrations, the database's checksum).

A restore never overwrites data silently: it refuses an installation that holds data unless
forced, checks the archive completely before touching anything, swaps the database file in one
rename and keeps the uploaded files it replaces beside the new ones. PostgreSQL installations
use pg_dump and pg_restore instead (docs/deployment.md).
"""

import hashlib
import io
import json
import os
import shutil
import sqlite3
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connection, connections
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

FORMAT = 1
DATABASE_MEMBER = "database.sqlite3"
MANIFEST_MEMBER = "manifest.json"
MEDIA_PREFIX = "media/"


class BackupError(Exception):
    """A backup or restore that cannot be done; nothing was changed."""


@dataclass
class BackupResult:
    path: Path
    files: int
    size: int


@dataclass
class RestoreResult:
    files: int
    media_kept_at: Path | None


def _require_sqlite() -> Path:
    if connection.vendor != "sqlite":
        raise BackupError(
            f"This installation uses {connection.vendor}. Back it up with pg_dump and restore it "
            "with pg_restore (see docs/deployment.md)."
        )
    name = str(connection.settings_dict["NAME"])
    if name == ":memory:" or name.startswith("file:"):
        raise BackupError("The database lives in memory only; there is no file to restore.")
    return Path(name)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _media_files() -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    if not root.is_dir():
        return []
    return sorted(path for path in root.rglob("*") if path.is_file() and not path.is_symlink())


def create_backup(target: Path) -> BackupResult:
    """Write a backup archive to `target` (written beside it first, then renamed)."""
    _require_sqlite()
    target = Path(target)
    if target.is_dir():
        target = target / f"netzwerkstatt-{timezone.now():%Y%m%d-%H%M%S}.tar.gz"
    target.parent.mkdir(parents=True, exist_ok=True)
    migrations = sorted(MigrationRecorder(connection).applied_migrations())
    with tempfile.TemporaryDirectory(dir=target.parent) as scratch:
        copy = Path(scratch) / DATABASE_MEMBER
        connection.ensure_connection()
        destination = sqlite3.connect(copy)
        try:
            connection.connection.backup(destination)
        finally:
            destination.close()
        media = _media_files()
        manifest = {
            "format": FORMAT,
            "created_at": timezone.now().isoformat(),
            "database_sha256": _sha256(copy),
            "migrations": [f"{app}.{name}" for app, name in migrations],
            "media_files": len(media),
        }
        partial = target.with_name(target.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            data = json.dumps(manifest, indent=2).encode()
            info = tarfile.TarInfo(MANIFEST_MEMBER)
            info.size = len(data)
            info.mtime = int(timezone.now().timestamp())
            archive.addfile(info, io.BytesIO(data))
            archive.add(copy, arcname=DATABASE_MEMBER)
            root = Path(settings.MEDIA_ROOT)
            for path in media:
                archive.add(path, arcname=MEDIA_PREFIX + path.relative_to(root).as_posix())
        os.replace(partial, target)
    return BackupResult(path=target, files=len(media), size=target.stat().st_size)


def _read_manifest(archive: tarfile.TarFile) -> dict:
    try:
        member = archive.getmember(MANIFEST_MEMBER)
        manifest = json.loads(archive.extractfile(member).read())
    except (KeyError, AttributeError, ValueError) as error:
        raise BackupError(
            "This is not a Netzwerkstatt backup: manifest.json is missing."
        ) from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError("This backup has a format this version cannot read.")
    return manifest


def database_has_data(path: Path) -> bool:
    """Whether the installation's database holds any account or network."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    probe = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in probe.execute("SELECT name FROM sqlite_master")}
        return any(
            table in tables and probe.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone()
            for table in ("accounts_user", "networks_network", "networks_organisation")
        )
    finally:
        probe.close()


def restore_backup(source: Path, *, force: bool = False) -> RestoreResult:
    """Replace the installation's database and uploaded files with those of a backup."""
    database = _require_sqlite()
    if not force and database_has_data(database):
        raise BackupError(
            "This installation already holds data. Restoring would replace it; run the command "
            "again with --force if that is what you want (make a backup of it first)."
        )
    try:
        archive = tarfile.open(source, "r:gz")
    except (OSError, tarfile.TarError) as error:
        raise BackupError(f"The backup cannot be read: {error}") from error
    media_root = Path(settings.MEDIA_ROOT)
    with archive, tempfile.TemporaryDirectory(dir=database.parent) as scratch:
        manifest = _read_manifest(archive)
        unpacked = Path(scratch)
        try:
            # The data filter refuses absolute paths, links out of the folder and devices.
            archive.extractall(unpacked, filter="data")
        except (OSError, tarfile.TarError) as error:
            raise BackupError(f"The backup is damaged: {error}") from error
        copy = unpacked / DATABASE_MEMBER
        if not copy.is_file() or _sha256(copy) != manifest.get("database_sha256"):
            raise BackupError("The backup's database is missing or damaged (checksum differs).")
        check = sqlite3.connect(copy)
        try:
            healthy = check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        except sqlite3.DatabaseError:
            healthy = False
        finally:
            check.close()
        if not healthy:
            raise BackupError("The backup's database fails SQLite's integrity check.")
        new_media = unpacked / MEDIA_PREFIX.rstrip("/")
        files = (
            sum(1 for path in new_media.rglob("*") if path.is_file()) if new_media.exists() else 0
        )

        # Everything is checked; now swap. The database goes in one rename.
        connections.close_all()
        for suffix in ("-wal", "-shm"):
            Path(str(database) + suffix).unlink(missing_ok=True)
        database.parent.mkdir(parents=True, exist_ok=True)
        os.replace(copy, database)
        kept = None
        if media_root.exists() and any(media_root.iterdir()):
            kept = media_root.with_name(
                f"{media_root.name}.before-restore-{timezone.now():%Y%m%d-%H%M%S}"
            )
            media_root.rename(kept)
        if new_media.exists():
            shutil.move(str(new_media), str(media_root))
        else:
            media_root.mkdir(parents=True, exist_ok=True)
    return RestoreResult(files=files, media_kept_at=kept)
