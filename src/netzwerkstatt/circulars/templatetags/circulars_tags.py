"""The circulars box of a network's page, for its members only."""

from django import template

from netzwerkstatt.circulars import selectors

register = template.Library()


@register.inclusion_tag("circulars/_network_circulars.html", takes_context=True)
def network_circulars(context, network) -> dict:
    if not (context.get("is_member") or context.get("is_coordinator")):
        return {"hidden": True}
    return {
        "network": network,
        "circulars": selectors.latest_circulars(network),
        "is_coordinator": context.get("is_coordinator"),
    }
