"""Recurrence rules for meeting series (RFC 5545 RRULE via python-dateutil).

Rules are expanded in local wall time and only then given the time zone, so a meeting at
16:00 stays at 16:00 when Germany switches between summer and winter time.
"""

import datetime
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from dateutil import rrule

WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
MAX_OCCURRENCES = 500


class Frequency:
    WEEKLY = "weekly"
    MONTHLY_NTH_WEEKDAY = "monthly_nth_weekday"


def build_rrule(
    *,
    frequency: str,
    weekday: int,
    interval: int = 1,
    nth: int = 1,
    until: datetime.date | None = None,
    count: int | None = None,
) -> str:
    """An RRULE string from the friendly choices of the series form.

    `weekday` is 0 for Monday; `nth` is 1–4, or -1 for the last such weekday of a month.
    """
    parts: list[str]
    if frequency == Frequency.WEEKLY:
        parts = ["FREQ=WEEKLY", f"INTERVAL={interval}", f"BYDAY={WEEKDAY_CODES[weekday]}"]
    elif frequency == Frequency.MONTHLY_NTH_WEEKDAY:
        parts = ["FREQ=MONTHLY", f"INTERVAL={interval}", f"BYDAY={nth}{WEEKDAY_CODES[weekday]}"]
    else:
        raise ValueError(f"unknown frequency {frequency!r}")
    if until is not None:
        # UNTIL with a local date-time: the rule ends after the last meeting on that day.
        parts.append(f"UNTIL={until:%Y%m%d}T235959")
    elif count is not None:
        parts.append(f"COUNT={count}")
    return ";".join(parts)


def parse_rule(rule: str, *, dtstart: datetime.datetime) -> rrule.rrule:
    """The dateutil rule for an RRULE string; ValueError if the text is not a valid RRULE."""
    text = rule.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    if not text or "\n" in text:
        raise ValueError("empty or multi-line rule")
    parsed = rrule.rrulestr(text, dtstart=dtstart)
    if not isinstance(parsed, rrule.rrule):
        raise ValueError("not a single rule")
    return parsed


def local_occurrences(
    rule: str,
    *,
    start_date: datetime.date,
    start_time: datetime.time,
    exdates: Iterable[datetime.date] = (),
    until: datetime.date | None = None,
    limit: int = MAX_OCCURRENCES,
) -> list[datetime.datetime]:
    """Naive local start times the rule produces, without the excluded dates.

    At most `limit` dates, none after `until` (a horizon); ValueError for an invalid rule.
    """
    dtstart = datetime.datetime.combine(start_date, start_time)
    parsed = parse_rule(rule, dtstart=dtstart)
    excluded = set(exdates)
    found: list[datetime.datetime] = []
    for moment in parsed:
        if until is not None and moment.date() > until:
            break
        if moment.date() in excluded:
            continue
        found.append(moment)
        if len(found) >= limit:
            break
    return found


def aware(moment: datetime.datetime, tz_name: str) -> datetime.datetime:
    """A naive local wall time in the given zone (the earlier one when the clock goes back)."""
    zone = ZoneInfo(tz_name)
    result = moment.replace(tzinfo=zone, fold=0)
    # A time that does not exist (the hour skipped in spring) moves forward by the gap.
    roundtrip = result.astimezone(datetime.UTC).astimezone(zone)
    if roundtrip.replace(tzinfo=None) != moment:
        return roundtrip
    return result
