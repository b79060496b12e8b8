"""Event boxes for other apps' pages: a network's next events, the personal area's events."""

from django import template

from netzwerkstatt.events import selectors

register = template.Library()


@register.inclusion_tag("events/_network_events.html", takes_context=True)
def network_upcoming_events(context, network):
    user = context["request"].user
    return {"network": network, "dates": selectors.upcoming_events(user, network=network)}


@register.inclusion_tag("events/_dashboard_events.html", takes_context=True)
def dashboard_events(context):
    user = context["request"].user
    return {"data": selectors.dashboard_events(user), "networks": context.get("dashboard")}
