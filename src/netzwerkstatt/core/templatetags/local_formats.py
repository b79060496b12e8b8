"""`{{ value|weekday_date }}`, `{{ value|weekday_datetime }}`: dates with their weekday in the
page's language (core.formatting); `{{ names|name_list }}`: names listed in it (core.lists)."""

from django import template

from netzwerkstatt.core import formatting, lists

register = template.Library()


@register.filter
def weekday_date(value):
    return formatting.weekday_date(value) if value else ""


@register.filter
def weekday_datetime(value):
    return formatting.weekday_datetime(value) if value else ""


@register.filter
def name_list(values):
    return lists.names(values or ())
