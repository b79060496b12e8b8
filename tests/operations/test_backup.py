"""Backup and restore of the embedded installation, as an administrator runs them: real
processes, real SQLite files, and a comparison of every table and every uploaded file."""

import io
import os
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.skipif(
        bool(os.environ.get("DATABASE_URL")), reason="the embedded (SQLite) installation only"
    ),
    # One worker under pytest-xdist (`--dist loadgroup`) builds the module's installation once.
    pytest.mark.xdist_group("backup"),
]


def run(var: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "netzwerkstatt.settings",
        "NETZWERKSTATT_VAR_DIR": str(var),
        "MEDIA_ROOT": str(var / "media"),
        "SECRET_KEY": "backup-test-key",
        "TASKS_BACKEND": "immediate",
    }
    env.pop("DATABASE_URL", None)
    command = [sys.executable, "-c", "from netzwerkstatt.cli import main; main()", *args]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    if check and result.returncode != 0:
        raise AssertionError(f"{args} failed:\n{result.stdout}\n{result.stderr}")
    return result


def table_rows(database: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(database) as db:
        tables = [
            row[0]
            for row in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            table: sorted(db.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }


def media(var: Path) -> dict[str, bytes]:
    root = var / "media"
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def installation(tmp_path_factory):
    """An installation with the demo network and two uploaded files, and its backup."""
    var = tmp_path_factory.mktemp("original")
    run(var, "migrate", "--no-input", "-v", "0")
    run(var, "load_demo", "-v", "0")
    (var / "media" / "news").mkdir(parents=True)
    (var / "media" / "news" / "sommerfest.webp").write_bytes(b"RIFF\x00\x00WEBPbild")
    (var / "media" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\nlogo")
    backup = var.parent / "sicherung.tar.gz"
    run(var, "backup", str(backup))
    return var, backup


def test_a_backup_restored_into_a_fresh_installation_has_every_row_and_file(installation, tmp_path):
    original, backup = installation
    fresh = tmp_path / "fresh"
    fresh.mkdir()

    output = run(fresh, "restore", str(backup)).stdout

    assert "Restored the database and 2 uploaded files." in output
    restored_rows = table_rows(fresh / "netzwerkstatt.sqlite3")
    original_rows = table_rows(original / "netzwerkstatt.sqlite3")
    assert restored_rows.keys() == original_rows.keys()
    for table, rows in original_rows.items():
        assert restored_rows[table] == rows, table
    assert len(original_rows["networks_organisation"]) >= 9
    assert media(fresh) == media(original)


def test_restore_refuses_an_installation_with_data(installation, tmp_path):
    original, backup = installation
    before = table_rows(original / "netzwerkstatt.sqlite3")

    result = run(original, "restore", str(backup), check=False)

    assert result.returncode != 0
    assert "already holds data" in result.stderr and "Nothing was changed" in result.stderr
    assert table_rows(original / "netzwerkstatt.sqlite3") == before


def test_forced_restore_keeps_the_replaced_files(installation, tmp_path):
    _original, backup = installation
    target = tmp_path / "target"
    target.mkdir()
    run(target, "restore", str(backup))
    (target / "media" / "eigenes.txt").write_text("bleibt erhalten")

    run(target, "restore", "--force", str(backup))

    kept = [p for p in target.iterdir() if p.name.startswith("media.before-restore-")]
    assert len(kept) == 1 and (kept[0] / "eigenes.txt").read_text() == "bleibt erhalten"
    assert "eigenes.txt" not in media(target)


@pytest.mark.parametrize("damage", ["not-a-tar", "no-manifest", "changed-database", "escape"])
def test_a_damaged_backup_changes_nothing(installation, tmp_path, damage):
    _original, backup = installation
    target = tmp_path / "target"
    target.mkdir()
    bad = tmp_path / "kaputt.tar.gz"
    if damage == "not-a-tar":
        bad.write_bytes(b"Das ist keine Sicherung.")
    else:
        with tarfile.open(backup) as source, tarfile.open(bad, "w:gz") as archive:
            for member in source.getmembers():
                data = source.extractfile(member) if member.isfile() else None
                if damage == "no-manifest" and member.name == "manifest.json":
                    continue
                if damage == "changed-database" and member.name == "database.sqlite3":
                    content = bytearray(data.read())
                    content[-10] ^= 0xFF
                    member.size = len(content)
                    data = io.BytesIO(bytes(content))
                archive.addfile(member, data)
            if damage == "escape":
                evil = tarfile.TarInfo("../ausserhalb.txt")
                evil.size = 4
                archive.addfile(evil, io.BytesIO(b"boom"))

    result = run(target, "restore", str(bad), check=False)

    assert result.returncode != 0 and "Nothing was changed" in result.stderr
    assert not (target / "netzwerkstatt.sqlite3").exists()
    assert not (tmp_path / "ausserhalb.txt").exists()
