"""Rendered public pages for visitors without a login, kept in the shared cache.

A page is stored with the tokens of the tables it read (core.content_generation), and each
token changes with every write to its table: the next request after a write, in any process,
renders the pages that read the table afresh and keeps the others. See docs/architecture.md,
"Page cache".

What is cached: GET and HEAD requests for the views in PUBLIC_VIEWS, from a visitor with neither
a session nor a pending message, answered with 200, HTML or JSON, without cookies of their own,
without `Cache-Control: private/no-store/no-cache`. The key is the full address (scheme, host,
path with its language prefix, query string), the htmx headers, whether the map consent was
given, today's date and the release. Pages live `PAGE_CACHE_SECONDS` at most, so that "next
date" lines of weekly offers move on with the clock.

Forms on cached pages carry the visitor's own CSRF token and bot-trap timestamp: while a page is
rendered for the cache both are placeholders (see `csrf_placeholder` and
core.forms.bot_trap_token), which every answer, fresh or from the cache, fills in.
"""

import contextvars
import functools
import hashlib
import json
import logging
import time
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.core.signals import setting_changed
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.middleware.gzip import re_accepts_gzip
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.cache import cc_delim_re, patch_vary_headers
from django.utils.crypto import salted_hmac
from django.utils.text import compress_string

from netzwerkstatt.core import content_generation, seo

logger = logging.getLogger(__name__)

# The pages anyone sees alike: every page search engines may index (core.seo, same for every
# visitor by definition) and these answers, which are public but not indexed. A view is added
# only when its answer to a visitor without a login depends on nothing but the address, the map
# consent cookie and the day.
PUBLIC_VIEWS = seo.INDEXABLE_VIEWS | frozenset(
    {
        "offers:map_data",
        "offers:map_districts",
        "meetings:public_decisions",
    }
)
CACHEABLE_TYPES = ("text/html", "application/json", "application/geo+json")
# Headers a cached page keeps besides its body (the Content-Security-Policy comes from a
# middleware inside this one and depends on the consent cookie, which is part of the key).
KEPT_HEADERS = (
    "Content-Type",
    "Content-Language",
    "Vary",
    "Content-Security-Policy",
    "Content-Security-Policy-Report-Only",
    "X-Frame-Options",
    "Cross-Origin-Opener-Policy",
    "Referrer-Policy",
    "X-Content-Type-Options",
    # Said by the view itself (the districts' GeoJSON may be kept by browsers for an hour);
    # private and no-store answers are never cached (is_cacheable_response).
    "Cache-Control",
)
# Request headers an answer may differ by: the htmx fragments, the language (decided by the
# address prefix, see core.middleware) and compression (done outside this middleware).
KNOWN_VARY = {
    "cookie",
    "accept-encoding",
    "accept-language",
    "hx-request",
    "hx-target",
    "hx-trigger",
    "hx-boosted",
}
# The map's consent to load tiles (offers.maps takes both from here): pages differ only by
# whether it was given, so the key holds that, not whatever value a client sends.
MAP_CONSENT_COOKIE = "karte"
MAP_CONSENT_VALUE = "kacheln"
# After a cache error the page cache rests this many seconds, so that a cache server that does
# not answer costs one timeout now and then, not one per request.
REST_AFTER_ERROR_SECONDS = 5.0

_rendering_for_cache: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "netzwerkstatt_rendering_for_cache", default=False
)
_resting_until = 0.0


def _placeholder(name: str) -> str:
    # The same in every process with the same SECRET_KEY; letters and digits only, so that
    # HTML escaping leaves it alone; not guessable, so that no text typed into a page is one.
    return f"nwst{name}{salted_hmac('netzwerkstatt.page-cache', name).hexdigest()[:24]}"


def rendering_for_cache() -> bool:
    """Whether the page being rendered goes into the cache (then no per-visitor values)."""
    return _rendering_for_cache.get()


def csrf_placeholder() -> str:
    return _placeholder("csrf")


def bot_trap_placeholder() -> str:
    return _placeholder("bottrap")


def csrf_context(request: HttpRequest) -> dict:
    """Context processor, after Django's own: the CSRF token as a placeholder for the cache."""
    if rendering_for_cache():
        return {"csrf_token": csrf_placeholder()}
    return {}


def has_placeholders(content: bytes) -> bool:
    return csrf_placeholder().encode() in content or bot_trap_placeholder().encode() in content


def fill_in(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """Put this visitor's CSRF token and a fresh bot-trap timestamp into the placeholders."""
    if response.streaming:
        return response
    content = response.content
    csrf = csrf_placeholder().encode()
    if csrf in content:
        # get_token also makes CsrfViewMiddleware send the cookie that belongs to the token.
        content = content.replace(csrf, get_token(request).encode())
    trap = bot_trap_placeholder().encode()
    if trap in content:
        from netzwerkstatt.core.forms import bot_trap_token

        content = content.replace(trap, bot_trap_token().encode())
    if content is not response.content:
        response.content = content
    return response


def is_cacheable_request(request: HttpRequest) -> bool:
    if not getattr(settings, "PAGE_CACHE_ENABLED", True):
        return False
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    if CookieStorage.cookie_name in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return False
    if match.view_name not in PUBLIC_VIEWS:
        return False
    # As Django would set it; the request log names the route of answers from the cache too.
    request.resolver_match = match
    return True


def is_cacheable_response(request: HttpRequest, response: HttpResponse) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if not response.get("Content-Type", "").startswith(CACHEABLE_TYPES):
        return False
    cache_control = {
        part.split("=", 1)[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    if cache_control & {"private", "no-store", "no-cache"}:
        return False
    vary = {part.strip().lower() for part in cc_delim_re.split(response.get("Vary", "")) if part}
    if vary - KNOWN_VARY:
        return False
    # Something in the view asked for the visitor's own token (not through the placeholder):
    # it is in the body then.
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    messages = getattr(request, "_messages", None)
    return not (messages is not None and getattr(messages, "added_new", False))


# Settings that differ between servers without changing a page, or hold secrets.
FINGERPRINT_SKIPS = ("SECRET", "PASSWORD", "DATABASES", "CACHES", "CONN_MAX_AGE", "_ROOT", "_DIR")


def settings_fingerprint() -> str:
    """The plain settings values (lazy texts and paths only by their type)."""
    digest = hashlib.sha256()
    for name in sorted(dir(settings)):
        if not name.isupper() or any(skip in name for skip in FINGERPRINT_SKIPS):
            continue
        value = getattr(settings, name)
        try:
            text = json.dumps(value, sort_keys=True, default=lambda v: type(v).__name__)
        except (TypeError, ValueError):  # keys that JSON cannot sort or write
            text = type(value).__name__
        digest.update(f"{name}={text}\n".encode())
    return digest.hexdigest()


def code_fingerprint(package: Path | None = None) -> str:
    """The package's files (code, templates, translations, static files) by content."""
    package = package or Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(package)).encode())
            try:
                digest.update(path.read_bytes())
            except OSError:  # unreadable: its name must do
                pass
    return digest.hexdigest()


@functools.cache
def release_fingerprint() -> str:
    """Code and settings of this process, part of every key.

    A new release or changed settings must not be answered with pages an older process rendered
    (with links to static files of the old release, say), nor the other way round while old and
    new processes run side by side during a deploy. Computed once per process (about 0.1 s).
    """
    # The placeholders follow SECRET_KEY, which the settings' fingerprint leaves out: after a
    # key rotation a page with the old ones would keep them unfilled.
    release = code_fingerprint() + settings_fingerprint() + csrf_placeholder()
    return hashlib.sha256(release.encode()).hexdigest()[:16]


def _settings_changed(**kwargs) -> None:
    # Settings change while the process runs only in tests (override_settings).
    release_fingerprint.cache_clear()


setting_changed.connect(_settings_changed, dispatch_uid="netzwerkstatt.page_cache")


def cache_key(request: HttpRequest) -> str:
    parts = [
        release_fingerprint(),
        request.build_absolute_uri(),
        request.headers.get("HX-Request", ""),
        request.headers.get("HX-Target", ""),
        request.headers.get("HX-Trigger", ""),
        request.headers.get("HX-Boosted", ""),
        "map" if request.COOKIES.get(MAP_CONSENT_COOKIE) == MAP_CONSENT_VALUE else "",
        timezone.localdate().isoformat(),
    ]
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    return f"netzwerkstatt:page:{digest}"


def _cache_usable() -> bool:
    return time.monotonic() >= _resting_until


def forget_errors() -> None:
    """Use the cache again at once (tests, after one made it fail)."""
    global _resting_until
    _resting_until = 0.0


def _cache_failed(action: str) -> None:
    global _resting_until
    _resting_until = time.monotonic() + REST_AFTER_ERROR_SECONDS
    logger.warning("Page cache: %s failed; pages are rendered without it.", action, exc_info=True)


def _lookup(request: HttpRequest) -> tuple[str | None, dict | None]:
    """The key of this page and its stored copy if still current; (None, None) when the cache
    fails."""
    if not _cache_usable():
        return None, None
    key = cache_key(request)
    try:
        entry = cache.get(key)
        if entry is not None and not content_generation.still_current(entry["tokens"]):
            entry = None
        return key, entry
    except Exception:  # noqa: BLE001 – any backend's failure is a miss.
        _cache_failed("reading")
        return None, None


def _start_recording() -> contextvars.Token | None:
    """Follow the tables the page reads; None when the cache cannot tell their tokens now."""
    try:
        return content_generation.record()
    except Exception:  # noqa: BLE001 – any backend's failure: the page is not kept.
        _cache_failed("reading")
        return None


def _store(key: str, response: HttpResponse, tokens: dict[str, str]) -> dict:
    entry = {
        "tokens": tokens,
        "content": response.content,
        "headers": {name: response[name] for name in KEPT_HEADERS if name in response},
        "gzip": _compressed(response.content),
    }
    try:
        cache.set(key, entry, timeout=getattr(settings, "PAGE_CACHE_SECONDS", 300))
    except Exception:  # noqa: BLE001 – any backend's failure: the page is simply not kept.
        _cache_failed("storing")
    return entry


def _compressed(content: bytes) -> bytes | None:
    """The page compressed once for all visitors, when it holds nothing of one visitor.

    GZipMiddleware would compress it again for every answer, which for a large page costs
    several times more than taking it from the cache. A page without secrets needs no padding
    against BREACH; pages with a placeholder are filled in and compressed per answer.
    """
    if len(content) < 200 or has_placeholders(content):
        return None
    compressed = compress_string(content)
    return compressed if len(compressed) < len(content) else None


def _answer(request: HttpRequest, entry: dict) -> HttpResponse:
    """The stored page, compressed when the stored copy and the visitor's browser allow it."""
    accepts_gzip = re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", ""))
    if entry.get("gzip") is not None and accepts_gzip:
        response = HttpResponse(entry["gzip"])
        response["Content-Encoding"] = "gzip"
    else:
        response = HttpResponse(entry["content"])
    for name, value in entry["headers"].items():
        response[name] = value
    if entry.get("gzip") is not None:
        patch_vary_headers(response, ("Accept-Encoding",))
    return response


class PublicPageCacheMiddleware:
    """Answer public pages for visitors without a login from the cache (see module doc).

    It sits after the session, language, CSRF, authentication and message middlewares, whose
    answers (the CSRF cookie above all) every cached page still gets.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not is_cacheable_request(request):
            return self.get_response(request)
        key, entry = _lookup(request)
        if entry is not None:
            response = _answer(request, entry)
            response["X-Page-Cache"] = "hit"
            return (
                response if response.has_header("Content-Encoding") else fill_in(request, response)
            )
        recording = _start_recording() if key is not None else None
        token = _rendering_for_cache.set(True)
        try:
            response = self.get_response(request)
            tokens = content_generation.recorded()
        finally:
            _rendering_for_cache.reset(token)
            if recording is not None:
                content_generation.stop(recording)
        if recording is not None and tokens is not None and request.method == "GET":
            if is_cacheable_response(request, response):
                stored = _store(key, response, tokens)
                if stored["gzip"] is not None:
                    response = _answer(request, stored)
                response["X-Page-Cache"] = "miss"
                if response.has_header("Content-Encoding"):
                    return response
        return fill_in(request, response)
