"""The `netzwerkstatt` command: Django's manage.py plus `demo`.

`netzwerkstatt demo [--no-serve] [--port N]` prepares a local SQLite
installation under var/ (secret key, translations, migrations, static files,
demo network) and serves it on http://127.0.0.1:8000.
"""

import os
import secrets
import sys
from pathlib import Path


def _demo_environment() -> None:
    from netzwerkstatt.settings_paths import var_dir

    var = var_dir()
    var.mkdir(parents=True, exist_ok=True)
    key_file = var / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    os.environ.setdefault("SECRET_KEY", key_file.read_text().strip())
    # The demo runs on plain http on the local machine.
    os.environ.setdefault("SECURE_HTTPS", "false")
    # The demo holds two networks; the start page shows the reference network.
    os.environ.setdefault("DEFAULT_NETWORK_SLUG", "sis-schoenefeld")
    # The map draws the demo district's (approximate, hand-drawn) outlines under the markers.
    os.environ.setdefault(
        "MAP_DISTRICTS_GEOJSON",
        str(
            Path(__file__).resolve().parent
            / "offers"
            / "map_data"
            / "schoenefeld-ungefaehr.geojson"
        ),
    )
    # Links in the demo's e-mails (printed to the console) lead back to the local server.
    os.environ.setdefault("SITE_BASE_URL", "http://127.0.0.1:8000")


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "netzwerkstatt.settings")
    if len(argv) > 1 and argv[1] == "demo":
        _demo_environment()
    from django.core.management import execute_from_command_line

    argv[0] = Path(argv[0]).name or "netzwerkstatt"
    execute_from_command_line(argv)


if __name__ == "__main__":
    main()
