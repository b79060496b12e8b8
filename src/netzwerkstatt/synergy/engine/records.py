"""Input records of the synergy engine and their validation.

The web app turns its models into these plain, immutable records; the engine never sees a Django
object. Construction only normalises container types (a list of target groups becomes a
frozenset), it does not reject anything, so the app can build every record first and then ask
:func:`validate_offer` & co. which ones are usable. Every engine entry point validates again and
raises :class:`ValueError` naming the record and the field.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

WeeklySlot = tuple[int, str, str]

#: Longest title and description the engine accepts. Real offer texts are a few hundred
#: characters; anything far beyond this is a pasted document or an import error, and would
#: dominate memory and scoring, so it is rejected rather than silently cut.
MAX_TITLE_CHARS = 500
MAX_DESCRIPTION_CHARS = 20_000
MAX_WEEKLY_SLOTS = 50

_TIME_RE = re.compile(r"^(\d{1,2}):(\d{2})$")


def _as_frozenset(value: Any) -> Any:
    # Accept any iterable of strings from callers (lists from a queryset, tuples from JSON) but
    # keep a plain string as it is: frozenset("Kinder") would silently become a set of letters.
    if isinstance(value, frozenset) or isinstance(value, str) or value is None:
        return value
    if isinstance(value, Iterable):
        return frozenset(value)
    return value


def _as_slots(value: Any) -> Any:
    if isinstance(value, tuple) or value is None or isinstance(value, str):
        return value
    if isinstance(value, Iterable):
        return tuple(tuple(slot) if isinstance(slot, list) else slot for slot in value)
    return value


@dataclass(frozen=True, slots=True)
class OfferRecord:
    """One offer of one organisation, as the engine sees it."""

    id: str
    organisation_id: str
    title: str
    description: str = ""
    target_groups: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    weekly_slots: tuple[WeeklySlot, ...] = ()
    lat: float | None = None
    lon: float | None = None
    district: str | None = None

    def __post_init__(self) -> None:
        for name in ("target_groups", "topics", "languages"):
            object.__setattr__(self, name, _as_frozenset(getattr(self, name)))
        object.__setattr__(self, "weekly_slots", _as_slots(self.weekly_slots))


@dataclass(frozen=True, slots=True)
class NeedRecord:
    """A need of a target group or of an organisation, raised in the network."""

    id: str
    title: str
    description: str = ""
    target_groups: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    district: str | None = None
    lat: float | None = None
    lon: float | None = None

    def __post_init__(self) -> None:
        for name in ("target_groups", "topics"):
            object.__setattr__(self, name, _as_frozenset(getattr(self, name)))


@dataclass(frozen=True, slots=True)
class OrganisationRecord:
    """An organisation's profile, used where no single offer answers a need."""

    id: str
    name: str
    strengths: str = ""
    target_groups: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    district: str | None = None
    lat: float | None = None
    lon: float | None = None

    def __post_init__(self) -> None:
        for name in ("target_groups", "topics"):
            object.__setattr__(self, name, _as_frozenset(getattr(self, name)))


def parse_time(value: str) -> int:
    """Minutes after midnight for ``"HH:MM"``; ``"24:00"`` is allowed as an end of day."""
    match = _TIME_RE.match(value) if isinstance(value, str) else None
    if match is None:
        raise ValueError(f"{value!r} is not a time of the form HH:MM")
    hours, minutes = int(match.group(1)), int(match.group(2))
    if minutes > 59 or hours > 24 or (hours == 24 and minutes != 0):
        raise ValueError(f"{value!r} is not a time of day")
    return hours * 60 + minutes


class _Checker:
    """Collects the record's label so every message names record and field the same way."""

    def __init__(self, kind: str, record_id: Any) -> None:
        self.label = f"{kind} {record_id!r}"

    def fail(self, field_name: str, problem: str) -> None:
        raise ValueError(f"{self.label}: {field_name} {problem}")


def _check_id(kind: str, value: Any) -> _Checker:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{kind} {value!r}: id must be a non-empty string")
    return _Checker(kind, value)


def _check_text(check: _Checker, name: str, value: Any, limit: int, *, required: bool) -> None:
    if not isinstance(value, str):
        check.fail(name, f"must be a string, not {type(value).__name__}")
    if required and not value.strip():
        check.fail(name, "is empty")
    if len(value) > limit:
        check.fail(name, f"has {len(value)} characters, more than the limit of {limit}")


def _check_labels(check: _Checker, name: str, value: Any) -> None:
    if not isinstance(value, frozenset):
        check.fail(name, f"must be a set of strings, not {type(value).__name__}")
    for label in value:
        if not isinstance(label, str) or not label.strip():
            check.fail(name, f"contains {label!r}, which is not a non-empty string")


def _check_place(check: _Checker, lat: Any, lon: Any, district: Any) -> None:
    if (lat is None) != (lon is None):
        check.fail("lat/lon", "must be given together or not at all")
    if lat is not None:
        for name, value, bound in (("lat", lat, 90.0), ("lon", lon, 180.0)):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                check.fail(name, f"must be a number, not {type(value).__name__}")
            if not math.isfinite(value) or abs(value) > bound:
                check.fail(name, f"{value!r} is outside -{bound:g}..{bound:g}")
    if district is not None and (not isinstance(district, str) or not district.strip()):
        check.fail("district", f"{district!r} must be a non-empty string or None")


def _check_slots(check: _Checker, slots: Any) -> None:
    if not isinstance(slots, tuple):
        check.fail("weekly_slots", f"must be a tuple, not {type(slots).__name__}")
    if len(slots) > MAX_WEEKLY_SLOTS:
        check.fail("weekly_slots", f"has {len(slots)} entries, more than {MAX_WEEKLY_SLOTS}")
    for position, slot in enumerate(slots):
        name = f"weekly_slots[{position}]"
        if not isinstance(slot, tuple) or len(slot) != 3:
            check.fail(name, f"{slot!r} is not a (weekday, 'HH:MM', 'HH:MM') triple")
        weekday, start, end = slot
        if isinstance(weekday, bool) or not isinstance(weekday, int) or not 0 <= weekday <= 6:
            check.fail(name, f"weekday {weekday!r} is not in 0–6")
        minutes = []
        for part, value in (("start", start), ("end", end)):
            try:
                minutes.append(parse_time(value))
            except ValueError as error:
                check.fail(name, f"{part} {error}")
        if minutes[0] >= minutes[1]:
            # Overnight slots would need a second weekday; the app stores them as two slots.
            check.fail(name, f"ends at {end} before or when it starts at {start}")


def validate_offer(record: OfferRecord) -> None:
    """Raise :class:`ValueError` naming the offer and field if the engine cannot use it."""
    if not isinstance(record, OfferRecord):
        raise ValueError(f"expected an OfferRecord, got {type(record).__name__}")
    check = _check_id("Offer", record.id)
    if not isinstance(record.organisation_id, str) or not record.organisation_id.strip():
        check.fail("organisation_id", "must be a non-empty string")
    _check_text(check, "title", record.title, MAX_TITLE_CHARS, required=True)
    _check_text(check, "description", record.description, MAX_DESCRIPTION_CHARS, required=False)
    for name in ("target_groups", "topics", "languages"):
        _check_labels(check, name, getattr(record, name))
    _check_slots(check, record.weekly_slots)
    _check_place(check, record.lat, record.lon, record.district)


def validate_need(record: NeedRecord) -> None:
    """Raise :class:`ValueError` naming the need and field if the engine cannot use it."""
    if not isinstance(record, NeedRecord):
        raise ValueError(f"expected a NeedRecord, got {type(record).__name__}")
    check = _check_id("Need", record.id)
    _check_text(check, "title", record.title, MAX_TITLE_CHARS, required=True)
    _check_text(check, "description", record.description, MAX_DESCRIPTION_CHARS, required=False)
    for name in ("target_groups", "topics"):
        _check_labels(check, name, getattr(record, name))
    _check_place(check, record.lat, record.lon, record.district)


def validate_organisation(record: OrganisationRecord) -> None:
    """Raise :class:`ValueError` naming the organisation and field if it is unusable."""
    if not isinstance(record, OrganisationRecord):
        raise ValueError(f"expected an OrganisationRecord, got {type(record).__name__}")
    check = _check_id("Organisation", record.id)
    _check_text(check, "name", record.name, MAX_TITLE_CHARS, required=True)
    _check_text(check, "strengths", record.strengths, MAX_DESCRIPTION_CHARS, required=False)
    for name in ("target_groups", "topics"):
        _check_labels(check, name, getattr(record, name))
    _check_place(check, record.lat, record.lon, record.district)


@dataclass(frozen=True, slots=True)
class RecordProblem:
    """One record that was left out, with the reason to show to whoever maintains it."""

    record_id: str
    message: str


@dataclass(slots=True)
class Partition:
    valid: list[Any] = field(default_factory=list)
    problems: list[RecordProblem] = field(default_factory=list)


def partition_valid(records: Iterable[Any]) -> Partition:
    """Split records into usable ones and problems, so a refresh can skip and report bad ones.

    Works for offers, needs and organisations alike. Duplicate ids count as a problem of the
    later record.
    """
    validators = {
        OfferRecord: validate_offer,
        NeedRecord: validate_need,
        OrganisationRecord: validate_organisation,
    }
    result = Partition()
    seen: set[str] = set()
    for record in records:
        validator = validators.get(type(record))
        record_id = str(getattr(record, "id", "?"))
        try:
            if validator is None:
                raise ValueError(f"expected an engine record, got {type(record).__name__}")
            validator(record)
            if record.id in seen:
                raise ValueError(f"{type(record).__name__} {record.id!r}: id is not unique")
        except ValueError as error:
            result.problems.append(RecordProblem(record_id, str(error)))
            continue
        seen.add(record.id)
        result.valid.append(record)
    return result
