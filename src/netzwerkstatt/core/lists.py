"""Lists in the page's language: "A, B und C" in German, "A، B وC" in Arabic.

Joining with ", " in a template writes a Latin comma into every language; the separator and
the word before the last item are interface strings like any other.
"""

from collections.abc import Iterable

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import pgettext


def listed(items: Iterable[object], *, last_and: bool = True) -> SafeString:
    """ "A", "A and B", "A, B and C" in the active language; `items` escaped unless safe.
    With ``last_and=False`` every item is joined by the separator alone."""
    items = [conditional_escape(item) for item in items]
    separator = pgettext("list separator", ", ")
    if len(items) <= 1 or not last_and:
        return mark_safe(separator.join(items))
    last_of_several = pgettext("list of several", "%(items)s and %(last)s")
    return mark_safe(last_of_several % {"items": separator.join(items[:-1]), "last": items[-1]})


def names(items: Iterable[object]) -> SafeString:
    """Names (of organisations, people) as a list of the active language, each isolated in
    `<bdi>`: a name written right to left stays whole on a left-to-right page and the other
    way round."""
    return listed(format_html("<bdi>{}</bdi>", item) for item in items)
