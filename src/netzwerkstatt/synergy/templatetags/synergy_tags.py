"""Template helpers of the synergy pages."""

import re

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from netzwerkstatt.synergy import reason_text

register = template.Library()


@register.filter
def reasons(values) -> list[SafeString]:
    """`{% for reason in finding.reasons|reasons %}`: the engine's reasons worded in the
    page's language (synergy.reason_text)."""
    return reason_text.reasons_html(values)


@register.filter
def reasons_inline(values) -> SafeString:
    """The reasons in one line: "A; B"."""
    return reason_text.reasons_inline(values)


@register.filter
def word_list(values) -> SafeString:
    """Words of the records as a list of the page's language: "A, B und C", "A، B وC"."""
    return reason_text.record_words(values or ())


@register.filter
def quoted_words(values) -> SafeString:
    """Words of the records, each quoted, as a list of the page's language: „A“, „B“."""
    return reason_text.quoted_words(values or ())


@register.filter
def highlight(text: str, words) -> SafeString:
    """`text`, escaped, with every occurrence of `words` (and compounds starting or ending with
    them) marked, case-insensitively: the words two offers share, seen in place."""
    text = str(text or "")
    words = sorted({w for w in (words or ()) if w and len(w) >= 3}, key=len, reverse=True)
    if not words:
        return escape(text)
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(escape(text[last : match.start()]))
        out.append(f"<mark>{escape(match.group(0))}</mark>")
        last = match.end()
    out.append(escape(text[last:]))
    return mark_safe("".join(out))


@register.simple_tag
def kind_words(first_title: str, second_title: str, network=None) -> tuple[str, str] | None:
    """What two titles say their offers are, to prefill a term entry (None when unclear).

    With the network's lexicon (its entries included), read once per page and kept on the
    network object, so a page of findings costs one query for it.
    """
    from netzwerkstatt.synergy import index_cache
    from netzwerkstatt.synergy.terms import kind_words as words

    lexicon = None
    if network is not None:
        lexicon = getattr(network, "_synergy_lexicon", None)
        if lexicon is None:
            lexicon = index_cache.network_lexicon(network).lexicon
            network._synergy_lexicon = lexicon
    return words(first_title or "", second_title or "", lexicon)


@register.simple_tag
def term_entry_form(words: tuple[str, str] | None):
    """The term entry form under "Warum?", prefilled with what the two titles name.

    "different" is chosen beforehand, as a dismissed finding's card offers it: `kind_words`
    suggests only two words the network's lexicon does not already count as one kind.
    """
    from netzwerkstatt.synergy.forms import TermEntryForm
    from netzwerkstatt.synergy.models import TermRelation

    initial = {"relation": TermRelation.DIFFERENT}
    if words:
        initial.update(term_a=words[0], term_b=words[1])
    return TermEntryForm(initial=initial, situations=False)
