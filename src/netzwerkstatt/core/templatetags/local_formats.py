"""`{{ value|weekday_date }}`, `{{ value|weekday_datetime }}`: dates with their weekday in the
page's language (core.formatting)."""

from django import template

from netzwerkstatt.core import formatting

register = template.Library()


@register.filter
def weekday_date(value):
    return formatting.weekday_date(value) if value else ""


@register.filter
def weekday_datetime(value):
    return formatting.weekday_datetime(value) if value else ""
