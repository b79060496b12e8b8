"""The engine's reasons in the reader's language.

The engine hands back each reason as a code and the values it names (`engine.Reason`; the codes
are listed in `engine/reasons.py`); findings keep them so in the database (`Reason.as_dict()`).
Here they become sentences of the active language: German "Beide für Kinder", Arabic "كلاهما
لـ Kinder". The values are the records' own words (titles, target groups, keywords), German
content: each stands in `<bdi>`, so that it keeps its direction on a right-to-left page, with
`lang="de"` where the page is in another language, so that screen readers switch voice. Lists
are joined with the language's own comma and "and".

Findings stored before reasons had codes hold German sentences; they are shown as written
until the next refresh replaces them.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Mapping

from django.utils import formats
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext, ngettext, pgettext, pgettext_lazy

from netzwerkstatt.core import lists
from netzwerkstatt.synergy.engine import Reason

# Offers take place every week on these days ("dienstags").
WEEKDAYS_EVERY = (
    pgettext_lazy("every week", "on Mondays"),
    pgettext_lazy("every week", "on Tuesdays"),
    pgettext_lazy("every week", "on Wednesdays"),
    pgettext_lazy("every week", "on Thursdays"),
    pgettext_lazy("every week", "on Fridays"),
    pgettext_lazy("every week", "on Saturdays"),
    pgettext_lazy("every week", "on Sundays"),
)


def _value(text: object) -> SafeString:
    """A record's word in a sentence of the interface (see the module's docstring)."""
    lang = "" if (get_language() or "de").startswith("de") else ' lang="de"'
    return format_html("<bdi{}>{}</bdi>", mark_safe(lang), str(text))


def _quoted(title: object) -> SafeString:
    return _fill(pgettext("quoted title of an offer", "“%(title)s”"), title=_value(title))


def _fill(template: str, **values: object) -> SafeString:
    """`template` (a translated string with %(name)s) with escaped `values`."""
    return mark_safe(template % {key: conditional_escape(v) for key, v in values.items()})


def record_words(values: Iterable[object]) -> SafeString:
    """Words of the records (kinds, keywords, names) as a list of the active language."""
    return lists.listed(_value(value) for value in values)


def quoted_words(values: Iterable[object]) -> SafeString:
    """Words of the records, each quoted, as a list of the active language: „A“, „B“."""
    return lists.listed((_quoted(value) for value in values), last_and=False)


def _clock(minutes: int) -> str:
    if minutes >= 24 * 60:
        return "24:00"
    return formats.time_format(datetime.time(*divmod(minutes, 60)), "TIME_FORMAT")


def _span(span: Iterable[int]) -> str:
    start, end = span
    return f"{_clock(start)}–{_clock(end)}"


def _days(days: Iterable[int]) -> SafeString:
    return lists.listed(str(WEEKDAYS_EVERY[day]) for day in days)


def _slots(slots: Iterable[Iterable[int]]) -> SafeString:
    """ "dienstags und donnerstags 15:00–17:00, freitags 9:30–12:00"."""
    by_span: dict[tuple[int, int], list[int]] = {}
    for day, start, end in slots:
        by_span.setdefault((start, end), []).append(day)
    parts = [
        _fill(
            pgettext("weekly time", "%(days)s %(span)s"),
            days=_days(sorted(set(days))),
            span=_span(span),
        )
        for span, days in sorted(by_span.items(), key=lambda item: (min(item[1]), item[0]))
    ]
    return lists.listed(parts, last_and=False)


def _distance(metres: int) -> str:
    if metres < 1000:
        return pgettext("distance", "%(metres)s m") % {"metres": formats.number_format(metres)}
    kilometres = formats.number_format(metres / 1000, decimal_pos=1)
    return pgettext("distance", "%(kilometres)s km") % {"kilometres": kilometres}


def _same_offer(r: Reason) -> SafeString:
    if r["groups"]:
        return _fill(
            gettext("Both offer %(title)s for %(groups)s"),
            title=_quoted(r["title"]),
            groups=record_words(r["groups"]),
        )
    return _fill(gettext("Both offer %(title)s"), title=_quoted(r["title"]))


def _topics(r: Reason) -> SafeString:
    topics = r["topics"]
    template = ngettext("Same topic: %(topics)s", "Same topics: %(topics)s", len(topics))
    return _fill(template, topics=record_words(topics))


WORDING: dict[str, Callable[[Reason], SafeString]] = {
    "same_offer": _same_offer,
    "similar_offers": lambda r: _fill(
        gettext("Similar offers: %(first)s and %(second)s"),
        first=_quoted(r["first"]),
        second=_quoted(r["second"]),
    ),
    "shared_words": lambda r: _fill(
        gettext("Words both use: %(words)s"), words=record_words(r["words"])
    ),
    "same_groups": lambda r: _fill(
        gettext("Both for %(groups)s"), groups=record_words(r["groups"])
    ),
    "same_times": lambda r: _fill(gettext("Both %(times)s"), times=_slots(r["slots"])),
    "overlapping_times": lambda r: _fill(
        gettext("Times overlap: %(day)s %(first)s and %(second)s"),
        day=WEEKDAYS_EVERY[r["day"]],
        first=_span(r["first"]),
        second=_span(r["second"]),
    ),
    "back_to_back": lambda r: _fill(
        gettext("One right after the other: %(day)s %(earlier)s and %(later)s"),
        day=WEEKDAYS_EVERY[r["day"]],
        earlier=_span(r["earlier"]),
        later=_span(r["later"]),
    ),
    "same_days": lambda r: _fill(
        gettext("Both %(days)s, at different times"), days=_days(r["days"])
    ),
    "other_days": lambda r: _fill(
        gettext("On different days: %(first)s and %(second)s"),
        first=_days(r["first"]),
        second=_days(r["second"]),
    ),
    "same_place": lambda r: _fill(gettext("At the same place")),
    "distance": lambda r: _fill(gettext("%(distance)s apart"), distance=_distance(r["metres"])),
    "same_district": lambda r: _fill(
        gettext("Both in the district %(district)s"), district=_value(r["district"])
    ),
    "no_place": lambda r: _fill(gettext("Neither gives a place")),
    "same_topics": _topics,
    "same_languages": lambda r: _fill(
        gettext("Both also in %(languages)s"), languages=record_words(r["languages"])
    ),
    "offer_fits": lambda r: _fill(
        gettext("The offer %(title)s fits the need: %(words)s"),
        title=_quoted(r["title"]),
        words=record_words(r["words"]),
    ),
    "offer_similar": lambda r: _fill(
        gettext("The offer %(title)s describes something similar"), title=_quoted(r["title"])
    ),
    "profile_fits": lambda r: _fill(
        gettext("The profile of %(name)s fits the need: %(words)s"),
        name=_value(r["name"]),
        words=record_words(r["words"]),
    ),
    "situation": lambda r: _fill(
        gettext("Fits the situation in the need (%(situation)s): %(kind)s"),
        situation=_quoted(r["situation"]),
        kind=_value(r["kind"]),
    ),
    "need_groups": lambda r: _fill(
        gettext("For %(groups)s, like the need"), groups=record_words(r["groups"])
    ),
    "at_need_place": lambda r: _fill(gettext("At the place of the need")),
    "need_distance": lambda r: _fill(
        gettext("%(distance)s from the place of the need"), distance=_distance(r["metres"])
    ),
    "need_district": lambda r: _fill(
        gettext("In the same district: %(district)s"), district=_value(r["district"])
    ),
}


def reason_html(reason: Reason | Mapping | str) -> SafeString:
    """One reason as a sentence of the active language; "" for one this version cannot word
    (a code it does not know, values that do not fit), so a page never fails on a reason."""
    if isinstance(reason, str):
        return conditional_escape(reason)  # stored before reasons had codes
    try:
        if not isinstance(reason, Reason):
            reason = Reason.from_dict(reason)
        wording = WORDING.get(reason.code)
        return wording(reason) if wording else mark_safe("")
    except (KeyError, IndexError, TypeError, ValueError):
        return mark_safe("")


def reasons_html(reasons: Iterable[Reason | Mapping | str]) -> list[SafeString]:
    """The reasons that can be worded, in their order."""
    return [text for text in map(reason_html, reasons or ()) if text]


def reasons_inline(reasons: Iterable[Reason | Mapping | str]) -> SafeString:
    """The reasons in one line, separated as the language separates clauses ("; ")."""
    return mark_safe(pgettext("separator of reasons", "; ").join(reasons_html(reasons)))
