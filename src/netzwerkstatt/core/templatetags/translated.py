"""Show organisations' content in the visitor's language, German where it is not translated.

{% translated offer "title" as title %}<h1{{ title|fallback_lang }}>{{ title }}</h1>
{% if offer|falls_back:"title,summary" %}{% include "core/_only_german.html" %}{% endif %}
"""

from django import template
from django.utils.safestring import SafeString, mark_safe

from netzwerkstatt.core.models import TranslatableContent, TranslatedValue

register = template.Library()


@register.simple_tag
def translated(obj: TranslatableContent, field: str) -> TranslatedValue:
    return obj.translated(field)


@register.filter
def falls_back(obj: TranslatableContent, fields: str) -> bool:
    """Whether any of the comma-separated fields is shown in German instead."""
    return obj.falls_back([name.strip() for name in fields.split(",") if name.strip()])


@register.filter
def fallback_lang(value: object) -> SafeString:
    """` lang="de" dir="ltr"` on the element of a German text standing in for a translation:
    screen readers switch voice, and the text keeps its direction on right-to-left pages."""
    if getattr(value, "is_fallback", False):
        return mark_safe(' lang="de" dir="ltr"')
    return mark_safe("")
