"""Dates in the page's language, beyond the seven format names Django's `date` filter knows.

Each language's formats live in `core/formats/<language>/formats.py` (FORMAT_MODULE_PATH);
templates use Django's names (`date:"DATE_FORMAT"`, `time:"TIME_FORMAT"`) or the filters of
`local_formats` for dates with their weekday, never a hard-coded pattern such as "j. F Y".
"""

import datetime

from django.utils import dateformat, timezone
from django.utils.formats import get_format_modules

# When a language has no module of its own (the default, German).
FALLBACK_FORMATS = {
    "WEEKDAY_DATE_FORMAT": "D., j. F Y",
    "WEEKDAY_DATETIME_FORMAT": "l, j. F Y, H:i",
}


def local_format(name: str) -> str:
    """The active language's format called `name` (`WEEKDAY_DATE_FORMAT`)."""
    for module in get_format_modules():
        value = getattr(module, name, None)
        if value:
            return value
    return FALLBACK_FORMATS[name]


def _local(value: datetime.datetime | datetime.date) -> datetime.datetime | datetime.date:
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def weekday_date(value: datetime.datetime | datetime.date) -> str:
    """The day with its weekday: "Do., 17. Dezember 2026", "Thu, December 17, 2026"."""
    return dateformat.format(_local(value), local_format("WEEKDAY_DATE_FORMAT"))


def weekday_datetime(value: datetime.datetime) -> str:
    """Day, weekday and time: "Donnerstag, 17. Dezember 2026, 16:00"."""
    return dateformat.format(_local(value), local_format("WEEKDAY_DATETIME_FORMAT"))
