"""Template helpers for the <head>: meta descriptions, absolute addresses, JSON-LD."""

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString

from netzwerkstatt.core import seo

register = template.Library()


@register.filter(is_safe=True)
def describe(html: str) -> SafeString:
    """`{% filter describe %}…{% endfilter %}` or `{{ text|force_escape|describe }}`: the
    rendered HTML as one short line of text, escaped again for an attribute value.

    Escaping here matters: Django does not escape what `{% filter %}` returns.
    """
    return escape(seo.describe(str(html), markup=True))


@register.filter
def absolute(path: str) -> str:
    return seo.absolute_url(str(path)) if path else ""


@register.simple_tag
def json_ld(data: dict | list | None) -> SafeString | str:
    return seo.json_ld(data) if data else ""


@register.filter
def sentence(text: str) -> str:
    """A heading-like line ("Das Netzwerk für …") closed with a full stop before more text."""
    text = str(text).strip()
    return text if not text or text[-1] in ".!?…:" else text + "."
