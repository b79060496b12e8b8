"""Pieces of news shown on other apps' pages: the network start page, the personal area, the
main navigation, and the format help under every text field that takes restricted HTML."""

from django import template
from django.conf import settings
from django.urls import reverse

from netzwerkstatt import richtext
from netzwerkstatt.networks.models import Network, Organisation
from netzwerkstatt.networks.permissions import (
    coordinated_networks,
    member_networks,
)
from netzwerkstatt.news import selectors

register = template.Library()


@register.inclusion_tag("news/_format_help.html")
def format_help() -> dict:
    return {"allowed_tags": richtext.ALLOWED_TAGS_HELP}


@register.inclusion_tag("news/_latest_news.html")
def latest_news(network: Network) -> dict:
    return {"network": network, "posts": selectors.latest_posts(network)}


@register.inclusion_tag("news/_dashboard.html", takes_context=True)
def news_dashboard(context) -> dict:
    """Waiting comments for coordinators; updates feed and "write an update" for members."""
    user = context["user"]
    return {
        "coordinated": selectors.pending_comment_counts(coordinated_networks(user)),
        "networks": list(member_networks(user).order_by("name")),
        "organisations": list(Organisation.objects.filter(staff__user=user).order_by("name")),
    }


@register.simple_tag
def news_nav_url() -> str:
    """The news archive of the default network, or "" when none is configured."""
    if not settings.DEFAULT_NETWORK_SLUG:
        return ""
    return reverse("news:archive", args=[settings.DEFAULT_NETWORK_SLUG])
