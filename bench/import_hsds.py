"""The HSDS import at full size: the Open211 Miami export (1,074 organisations, 4,089 services).

Builds a throw-away SQLite database in a temporary folder (or uses DATABASE_URL), imports the
folder twice (the second run finds everything unchanged) and prints wall and CPU time of each.
The data is read from ../shared/data/ at run time and never copied here. Run:

    .venv/bin/python bench/import_hsds.py ../shared/data/open211-miami-hsds

Numbers and the machine are recorded in bench/README.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("NETZWERKSTATT_TESTING", "true")
        os.environ.setdefault("NETZWERKSTATT_VAR_DIR", folder)
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "netzwerkstatt.settings")
        # The synergy refresh after the import is the worker's job, measured in web_synergy.py.
        os.environ.setdefault("TASKS_BACKEND", "database")
        import django
        from django.core.management import call_command

        django.setup()
        call_command("migrate", verbosity=0)
        from netzwerkstatt.imports.services import import_hsds_package
        from netzwerkstatt.networks.models import Network

        network = Network.objects.create(name="Bench", slug="bench")
        for run in ("first", "second"):
            wall, cpu = time.perf_counter(), time.process_time()
            report = import_hsds_package(args.path, network=network)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            print(f"{run} import: {wall:.1f} s wall, {cpu:.1f} s CPU")
            for kind, counts in report.counts.items():
                print(f"  {kind}: {counts}")


if __name__ == "__main__":
    main()
