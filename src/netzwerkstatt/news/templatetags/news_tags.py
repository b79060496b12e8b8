"""Pieces of news shown on other apps' pages: the network start page, the personal area, the
main navigation, and the format help under every text field that takes restricted HTML."""

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from netzwerkstatt import richtext
from netzwerkstatt.networks.models import Network, Organisation
from netzwerkstatt.networks.permissions import (
    coordinated_networks,
    member_networks,
)
from netzwerkstatt.news import selectors

register = template.Library()


def format_examples() -> list[tuple[str, SafeString]]:
    """What someone types and how it looks, rendered by the real pipeline so the help cannot
    drift from what a comment really shows."""
    words = {
        "important": _("important"),
        "emphasised": _("emphasised"),
        "city": _("City of Leipzig"),
        "point_1": _("first point"),
        "point_2": _("second point"),
        "line_1": _("First line"),
        "line_2": _("second line"),
        "paragraph_1": _("First paragraph."),
        "paragraph_2": _("Second paragraph."),
        "quotation": _("A quotation"),
    }
    sources = [
        "<strong>{important}</strong>",
        "<em>{emphasised}</em>",
        '<a href="https://www.leipzig.de">{city}</a>',
        "www.leipzig.de",
        "<ul>\n<li>{point_1}</li>\n<li>{point_2}</li>\n</ul>",
        "{line_1}\n{line_2}",
        "{paragraph_1}\n\n{paragraph_2}",
        "<blockquote>{quotation}</blockquote>",
    ]
    sources = [source.format(**words) for source in sources]
    return [(source, mark_safe(richtext.render_restricted_html(source))) for source in sources]


@register.inclusion_tag("news/_format_help.html")
def format_help() -> dict:
    return {"allowed_tags": richtext.ALLOWED_TAGS_HELP, "examples": format_examples()}


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
