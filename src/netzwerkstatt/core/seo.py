"""What search engines and link previews read: descriptions, canonical links, robots rules.

Absolute addresses come from one place, `settings.SITE_BASE_URL` (the public origin of the
installation, also used in e-mails and calendar feeds), never from the request's Host
header, so a page reached under another name still names the public address.
"""

import html
import json
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest
from django.utils.html import strip_tags
from django.utils.safestring import SafeString, mark_safe

from netzwerkstatt.core.languages import language_links, unprefixed

DESCRIPTION_LENGTH = 160

# Pages meant to be found by search engines. Every other page (Mein Bereich, forms, pages
# behind a login, addresses with a token) is marked `noindex`: a page added later stays out of
# search results until it is named here.
INDEXABLE_VIEWS = frozenset(
    {
        "networks:home",
        "networks:detail",
        "networks:organisation_list",
        "networks:organisation",
        "networks:privacy",
        "networks:easy_read",
        "networks:easy_read_offers",
        "networks:easy_read_join",
        "networks:easy_read_privacy",
        "networks:easy_read_network",
        "offers:list",
        "offers:detail",
        "offers:public_need_list",
        "offers:public_need_detail",
        "events:calendar",
        "events:month",
        "events:detail",
        "news:archive",
        "news:post",
        "news:updates",
        "news:update",
        "meetings:summary",
    }
)

# Query parameters that only say where a visitor came from; they never make another page.
TRACKING_PARAMETERS = frozenset({"fbclid", "gclid", "mc_cid", "mc_eid", "msclkid", "ref"})
PAGE_PARAMETER = "seite"
# A list page with this many filters (a text search counts as one) is not indexed: such
# combinations are countless, thin and change daily.
NOINDEX_FROM_FILTERS = 2


def absolute_url(path: str) -> str:
    """The public address of a path of this site (`/angebote/3/` → `https://…/angebote/3/`)."""
    if path.startswith(("http://", "https://")):
        return path
    return settings.SITE_BASE_URL + path


def describe(text: str, limit: int = DESCRIPTION_LENGTH, *, markup: bool = False) -> str:
    """Plain text for a description: one line, cut at a word boundary.

    `markup=True` reads `text` as HTML (a rendered template block, a rendered comment text):
    tags are stripped and entities decoded. Plain text fields are taken as they are, so
    "Kinder <10 Jahre" keeps its words.
    """
    if markup:
        text = html.unescape(strip_tags(text or ""))
    plain = " ".join((text or "").split())
    if len(plain) <= limit:
        return plain
    cut = plain[: limit - 1]
    boundary = cut.rfind(" ")
    if boundary > limit // 2:
        cut = cut[:boundary]
    return cut.rstrip(" ,;:.–-") + "…"


def _is_tracking(name: str) -> bool:
    return name.startswith("utm_") or name in TRACKING_PARAMETERS


def _filters(request: HttpRequest) -> list[tuple[str, str]]:
    """The query parameters that change what a page lists, empty form fields left out."""
    return [
        (name, value)
        for name, values in request.GET.lists()
        if name != PAGE_PARAMETER and not _is_tracking(name)
        for value in values
        if value.strip()
    ]


def _page_number(request: HttpRequest) -> int:
    try:
        return max(int(request.GET.get(PAGE_PARAMETER, "1")), 1)
    except ValueError:
        return 1


def page_robots(request: HttpRequest) -> dict[str, Any]:
    """The canonical address of the page and whether search engines may index it.

    - Pages not in INDEXABLE_VIEWS: noindex.
    - A list page without filters is its own canonical; page 2 and later keep `?page=N`
      (Google: each page of a paginated series is canonical to itself, not to page 1).
    - A list with one filter (for example a target group) is a view of the same items in the
      unfiltered list: its canonical is the unfiltered list, whose items are all in the
      sitemap (Google's guidance on faceted navigation).
    - A list with several filters or a text search is noindex and names no canonical:
      Google advises against mixing the two signals, which could carry the noindex over to
      the page named as canonical.
    Each language's address is canonical for itself (`/en/angebote/` is not a copy of
    `/angebote/`); `alternates` names the same page in every language for `hreflang`.
    """
    match = getattr(request, "resolver_match", None)
    view_name = match.view_name if match else ""
    alternates = language_alternates(request.path)
    if view_name not in INDEXABLE_VIEWS:
        return {"noindex": True, "canonical": "", "alternates": alternates}
    filters = _filters(request)
    if len(filters) >= NOINDEX_FROM_FILTERS or any(name == "q" for name, _ in filters):
        return {"noindex": True, "canonical": "", "alternates": alternates}
    query = ""
    page = _page_number(request)
    if not filters and page > 1:
        query = "?" + urlencode({PAGE_PARAMETER: page})
    return {
        "noindex": False,
        "canonical": absolute_url(request.path) + query,
        "alternates": language_alternates(request.path, query),
    }


def language_alternates(path: str, query: str = "") -> list[tuple[str, str]]:
    """(hreflang, address) of the page in every language, and `x-default`: the German one,
    which is also what a visitor gets without a language prefix."""
    alternates = [(link.code, absolute_url(link.path) + query) for link in language_links(path)]
    alternates.append(("x-default", absolute_url(unprefixed(path)) + query))
    return alternates


# What json_script escapes: text like "</script>" in a description cannot end the data block,
# and "<!--" cannot start a comment that swallows the rest of the page.
_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(data: dict | list) -> SafeString:
    """A `<script type="application/ld+json">` block; a data block, never executed, so the
    Content-Security-Policy (script-src 'self') leaves it alone."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308


def postal_address(*, street: str, postcode: str, city: str) -> dict | None:
    """schema.org PostalAddress of a German address, or None without one."""
    if not (street or postcode or city):
        return None
    address = {"@type": "PostalAddress", "addressCountry": "DE"}
    for key, value in (
        ("streetAddress", street),
        ("postalCode", postcode),
        ("addressLocality", city),
    ):
        if value:
            address[key] = value
    return address


def geo(latitude: float | None, longitude: float | None) -> dict | None:
    if latitude is None or longitude is None:
        return None
    return {"@type": "GeoCoordinates", "latitude": latitude, "longitude": longitude}


def drop_empty(data: dict) -> dict:
    """Leave out properties without a value: an empty string is worse than none for parsers."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}
