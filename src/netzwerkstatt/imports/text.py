"""Small text helpers the readers share: decoding, cleaning, times and weekdays."""

import datetime
import re

from django.utils.translation import gettext as _

from netzwerkstatt.imports.records import ImportFailed, Slot

WEEKDAYS = {
    # German and English names and abbreviations, folded to lower case.
    "mo": 0, "mon": 0, "montag": 0, "monday": 0,
    "di": 1, "die": 1, "tue": 1, "tues": 1, "dienstag": 1, "tuesday": 1,
    "mi": 2, "mit": 2, "wed": 2, "mittwoch": 2, "wednesday": 2,
    "do": 3, "don": 3, "thu": 3, "thur": 3, "thurs": 3, "donnerstag": 3, "thursday": 3,
    "fr": 4, "fri": 4, "freitag": 4, "friday": 4,
    "sa": 5, "sat": 5, "samstag": 5, "sonnabend": 5, "saturday": 5,
    "so": 6, "sun": 6, "sonntag": 6, "sunday": 6,
}  # fmt: skip
RRULE_DAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}

_TIME = re.compile(
    r"^\s*(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?\s*([ap]\.?m\.?)?\s*(?:uhr)?\s*$", re.I
)


def decode(raw: bytes) -> tuple[str, str]:
    """Text and the name of its encoding: UTF-8 (with or without BOM), else Windows-1252,
    which is what Excel on German Windows writes as "CSV"; UTF-16 with its byte order mark
    is what Excel writes as "Unicode text"."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return raw.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            pass
    if b"\x00" in raw[:4096]:
        raise ImportFailed(_("The file is not a text file (CSV). Please check the file format."))
    try:
        return raw.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        # The five bytes cp1252 leaves undefined: Latin-1 reads every byte.
        return raw.decode("latin-1"), "ISO-8859-1"


def clean(value: object, max_length: int | None = None) -> str:
    """A value as one tidy string: literal "\\n" sequences become line breaks, outer space
    goes. Too long values are cut at a word boundary."""
    if value is None:
        return ""
    text = str(value).replace("\\r\\n", "\n").replace("\\n", "\n").replace("\r\n", "\n")
    text = text.strip()
    if max_length and len(text) > max_length:
        text = text[: max_length - 1].rsplit(" ", 1)[0].rstrip() + "…"
    return text


def parse_time(value: object) -> datetime.time | None:
    """'9:00am', '17:30', '10:00:00', '9 Uhr', '9.30' → a time; anything else → None."""
    match = _TIME.match(str(value or ""))
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    suffix = (match.group(3) or "").replace(".", "").lower()
    if suffix:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    if hour == 24 and minute == 0:
        return datetime.time(23, 59)
    if hour > 23 or minute > 59:
        return None
    return datetime.time(hour, minute)


def weekday(value: object) -> int | None:
    return WEEKDAYS.get(str(value or "").strip().strip(".").lower())


_DAYS = r"[A-Za-zÄÖÜäöü]{2,10}\.?"
_DAY_SPEC = re.compile(rf"^({_DAYS})(?:\s*[-–]\s*({_DAYS}))?$")
_RANGE = re.compile(
    r"(\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)\s*(?:uhr)?\s*(?:[-–]|bis)\s*"
    r"(\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)\s*(?:uhr)?",
    re.I,
)


def _days(text: str) -> list[int] | None:
    days: list[int] = []
    for part in re.split(r"\s*(?:,|/|\+|&|\bund\b|\band\b)\s*", text.strip()):
        if not part:
            continue
        match = _DAY_SPEC.match(part)
        if not match:
            return None
        first = weekday(match.group(1))
        last = weekday(match.group(2)) if match.group(2) else first
        if first is None or last is None or last < first:
            return None
        days.extend(range(first, last + 1))
    return days or None


def parse_weekly_times(text: str) -> list[Slot] | None:
    """Opening times as people write them ('Mo 15-17 Uhr; Di, Do 10:00–12:00', 'Mo-Fr 9-12,
    Sa 10-12', 'Mo 9-12, 14-16') → weekly slots; None when any part cannot be read as
    weekdays and a time span."""
    slots: list[Slot] = []
    for segment in re.split(r"[;\n]+", text):
        segment = segment.strip().rstrip(".")
        position, days = 0, None
        for match in _RANGE.finditer(segment):
            day_text = segment[position : match.start()].strip(" ,:")
            if day_text:
                days = _days(day_text)
            start, end = parse_time(match.group(1)), parse_time(match.group(2))
            if days is None or start is None or end is None or start >= end:
                return None
            slots.extend(Slot(day, start, end) for day in days)
            position = match.end()
        if segment[position:].strip(" ,"):
            return None
    return slots or None
