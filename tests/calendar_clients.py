"""Read iCalendar text as calendar programs do: Mozilla's ical.js (Thunderbird) and icalendar.

ical.js comes from the npm registry, pinned in tests/js/package-lock.json and installed by
`make test` (the Makefile's tests/js/node_modules target) where npm is. Without Node or the
package a test is skipped on a developer's machine and fails under CI=true, so CI cannot pass
without reading the feeds with it.
"""

import json
import os
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest

JS_DIR = Path(__file__).parent / "js"
SCRIPT = JS_DIR / "ics_instants.mjs"


def _unavailable(reason: str) -> None:
    message = f"{reason}: run `make test` (it installs ical.js with npm into tests/js/)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def read_with_icaljs(text: bytes) -> dict:
    """Events as ical.js reads them: {"events": [{"uid", "start", "end"}], "timezones": [...]},
    instants in UTC as "2027-09-17T08:00:00Z"."""
    node = shutil.which("node")
    if node is None:
        _unavailable("Node.js is not installed")
    if not (JS_DIR / "node_modules" / "ical.js").is_dir():
        _unavailable("ical.js is not installed")
    result = subprocess.run(
        [node, str(SCRIPT)], input=text, capture_output=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout)


def _utc(value) -> str:
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert isinstance(value, date), value
    return value.isoformat()


def read_with_icalendar(text: bytes) -> list[dict]:
    """The same shape as ical.js's events, read with Python's icalendar."""
    calendar = icalendar.Calendar.from_ical(text)
    events = []
    for event in calendar.walk("VEVENT"):
        # The feeds write one event per date; a repeating one needs recurring_ical_events here.
        assert "RRULE" not in event, "expand repeating events before comparing them"
        start = event.decoded("dtstart")
        end = event.decoded("dtend") if "dtend" in event else start + timedelta(0)
        events.append({"uid": str(event["uid"]), "start": _utc(start), "end": _utc(end)})
    return events
