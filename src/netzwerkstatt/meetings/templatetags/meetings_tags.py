"""Meeting boxes for the personal area and the network page."""

from django import template

from netzwerkstatt.meetings import selectors
from netzwerkstatt.networks.permissions import member_networks

register = template.Library()


@register.inclusion_tag("meetings/_dashboard.html", takes_context=True)
def next_meetings(context) -> dict:
    """The user's next meetings in all their networks and the count of their open tasks."""
    user = context["request"].user
    return {
        "meetings": selectors.upcoming_meetings(member_networks(user)),
        "open_tasks": selectors.open_task_count(user),
    }


@register.inclusion_tag("meetings/_network_meetings.html", takes_context=True)
def network_meetings(context, network) -> dict:
    """The network's next meetings, for its members only."""
    if not (context.get("is_member") or context.get("is_coordinator")):
        return {"hidden": True}
    return {"network": network, "meetings": selectors.upcoming_meetings(network)}


@register.filter
def md_indent(text: str) -> str:
    """Continue a multi-line text inside a Markdown list item instead of ending the item."""
    lines = [line.rstrip() for line in str(text).replace("\r\n", "\n").split("\n")]
    return "\n  ".join(lines)


@register.inclusion_tag("meetings/_public_decisions.html")
def public_decisions(network) -> dict:
    """The latest decisions the network made public, for its page."""
    return {"network": network, "decisions": selectors.latest_public_decisions(network)}
