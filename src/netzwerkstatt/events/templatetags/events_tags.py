"""Event boxes for other apps' pages, and the German way of writing an event's times.

`when` writes a date range as "Fr., 17. September 2027, 10:00–16:00 Uhr" (one day) or
"Fr., 17. September 2027, 10:00 Uhr – Sa., 18. September 2027, 16:00 Uhr" (several days);
`clock` writes one time as "10:00 Uhr". The patterns are translatable, so English pages read
"Fri, September 17, 2027, 10:00–16:00".
"""

import datetime

from django import template
from django.utils import timezone
from django.utils.formats import time_format
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import pgettext

from netzwerkstatt.core.formatting import weekday_date
from netzwerkstatt.events import selectors
from netzwerkstatt.news.selectors import pending_update_confirmations
from netzwerkstatt.offers.selectors import pending_raised_by_confirmations

register = template.Library()


def _local(value: datetime.datetime) -> datetime.datetime:
    return timezone.localtime(value) if timezone.is_aware(value) else value


def day_text(value: datetime.datetime | datetime.date) -> str:
    """The day, e.g. Fr., 17. September 2027 (the language's WEEKDAY_DATE_FORMAT)."""
    return weekday_date(value)


def clock_text(value: datetime.datetime) -> str:
    """One time, e.g. 10:00 Uhr."""
    return pgettext("event time", "%(time)s") % {"time": time_format(_local(value), "TIME_FORMAT")}


def when_text(starts_at: datetime.datetime, ends_at: datetime.datetime) -> str:
    """The time range as plain text, for e-mails and calendars."""
    return _when(starts_at, ends_at, html=False)


def _when(starts_at: datetime.datetime, ends_at: datetime.datetime, *, html: bool) -> str:
    start, end = _local(starts_at), _local(ends_at)

    def stamp(value: datetime.datetime, text: str) -> str:
        if not html:
            return text
        return format_html('<time datetime="{}">{}</time>', value.isoformat(), text)

    if start.date() == end.date():
        pattern = pgettext("event time range on one day", "%(day)s, %(start)s–%(end)s")
        parts = {
            "day": conditional_escape(day_text(start)),
            "start": stamp(start, time_format(start, "TIME_FORMAT")),
            "end": stamp(end, time_format(end, "TIME_FORMAT")),
        }
    else:
        pattern = pgettext(
            "event time range over several days", "%(start_day)s, %(start)s – %(end_day)s, %(end)s"
        )
        parts = {
            "start_day": conditional_escape(day_text(start)),
            "start": stamp(start, clock_text(start)),
            "end_day": conditional_escape(day_text(end)),
            "end": stamp(end, clock_text(end)),
        }
    return pattern % parts


@register.simple_tag
def when(starts_at: datetime.datetime, ends_at: datetime.datetime) -> SafeString:
    # The pattern comes from our own catalogue; every inserted part is escaped above.
    return mark_safe(_when(starts_at, ends_at, html=True))  # noqa: S308


@register.filter
def clock(value: datetime.datetime) -> str:
    return clock_text(value)


@register.filter
def day(value: datetime.datetime | datetime.date) -> str:
    return day_text(_local(value) if isinstance(value, datetime.datetime) else value)


@register.inclusion_tag("events/_network_events.html", takes_context=True)
def network_upcoming_events(context, network):
    user = context["request"].user
    return {"network": network, "dates": selectors.upcoming_events(user, network=network)}


@register.inclusion_tag("events/_dashboard_events.html", takes_context=True)
def dashboard_events(context):
    user = context["request"].user
    return {"data": selectors.dashboard_events(user), "networks": context.get("dashboard")}


@register.inclusion_tag("events/_name_confirmations.html", takes_context=True)
def name_confirmations(context):
    """ "My area": what others published in the name of the user's organisations (events,
    co-organisers, needs, updates), to confirm or decline. Four queries, nothing if empty."""
    request = context["request"]
    user = request.user
    events = selectors.pending_event_confirmations(user)
    needs = pending_raised_by_confirmations(user)
    updates = pending_update_confirmations(user)
    return {
        "events": events.events,
        "co_organiser_links": events.co_organiser_links,
        "needs": needs,
        "updates": updates,
        "count": len(events) + len(needs) + len(updates),
        "next": request.get_full_path(),
    }
