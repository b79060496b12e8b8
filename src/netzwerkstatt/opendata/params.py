"""Query parameters of the HSDS API, read strictly: a bad value is an error, never a guess."""

import datetime
import uuid

from django.http import QueryDict
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 200
MAX_SEARCH_LENGTH = 200


class BadParameter(Exception):
    """A query parameter the API cannot read; answered with 400 and `code`."""

    def __init__(self, parameter: str, message: str, code: str = "invalid_parameter") -> None:
        super().__init__(message)
        self.parameter = parameter
        self.message = message
        self.code = code


def _positive_int(query: QueryDict, name: str, default: int) -> int:
    raw = query.get(name, "").strip()
    if not raw:
        return default
    if not raw.isascii() or not raw.isdigit() or int(raw) < 1:
        raise BadParameter(
            name, _("%(name)s must be a whole number of 1 or more.") % {"name": name}
        )
    return int(raw)


def paging(query: QueryDict) -> tuple[int, int]:
    """`page` and `per_page`; a larger page than we serve is cut down rather than refused."""
    page = _positive_int(query, "page", 1)
    per_page = min(_positive_int(query, "per_page", DEFAULT_PER_PAGE), MAX_PER_PAGE)
    # Beyond this no page can hold anything; it also keeps the offset within SQL's range.
    if page > 10_000_000:
        raise BadParameter("page", _("page is too large."))
    return page, per_page


def boolean(query: QueryDict, name: str) -> bool:
    raw = query.get(name, "").strip().lower()
    if raw in ("", "false", "0", "no"):
        return False
    if raw in ("true", "1", "yes"):
        return True
    raise BadParameter(name, _("%(name)s must be true or false.") % {"name": name})


def text(query: QueryDict, name: str) -> str:
    value = query.get(name, "").strip()
    # PostgreSQL cannot hold a NUL character in a string: refuse it here, not with a 500.
    if "\x00" in value:
        raise BadParameter(
            name, _("%(name)s contains a character that is not allowed.") % {"name": name}
        )
    if len(value) > MAX_SEARCH_LENGTH:
        raise BadParameter(
            name, _("%(name)s is too long (at most 200 characters).") % {"name": name}
        )
    return value


def an_id(query: QueryDict, name: str) -> uuid.UUID | None:
    raw = query.get(name, "").strip()
    if not raw:
        return None
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise BadParameter(name, _("%(name)s must be a UUID.") % {"name": name}) from None


def moment(query: QueryDict, name: str) -> datetime.datetime | None:
    """An ISO 8601 date or date-time; without a zone it is the installation's local time."""
    raw = query.get(name, "").strip()
    if not raw:
        return None
    try:
        value = parse_datetime(raw)
        if value is None:
            day = parse_date(raw)
            value = datetime.datetime.combine(day, datetime.time()) if day else None
    except ValueError:
        value = None
    if value is None:
        raise BadParameter(
            name,
            _("%(name)s must be a date or date and time such as 2026-01-31T12:00:00Z.")
            % {"name": name},
        )
    try:
        if timezone.is_naive(value):
            value = timezone.make_aware(value)
        # The database compares in UTC: a moment at the edge of the calendar must fit there.
        value.astimezone(datetime.UTC)
    except (OverflowError, ValueError):
        raise BadParameter(name, _("%(name)s is out of range.") % {"name": name}) from None
    return value


def response_format(query: QueryDict) -> None:
    """Only JSON is served; ndjson (an optional form in the HSDS API) is not."""
    raw = query.get("format", "").strip().lower()
    if raw not in ("", "json"):
        raise BadParameter(
            "format", _("Only the format json is available."), code="unsupported_format"
        )


def unsupported(query: QueryDict, name: str) -> None:
    if query.get(name, "").strip():
        raise BadParameter(
            name,
            _("%(name)s is not supported by this service.") % {"name": name},
            code="unsupported_parameter",
        )
