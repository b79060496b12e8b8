"""Error pages in the visitor's language, rendered with the normal layout; robots.txt."""

import re

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import Resolver404, resolve, reverse
from django.utils import translation
from django.views.decorators.http import require_GET


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "core/403.html", status=403)


# What the first segment of a mistyped or unknown language prefix looks like (`xx`, `pt-br`).
LANGUAGE_SEGMENT = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?")


def german_page(path: str) -> str:
    """The German address of `path` without its first segment, if that looks like a language
    prefix (`/xx/angebote/`, `/de/angebote/`) and the rest is a page; else ""."""
    first, _slash, rest = path.lstrip("/").partition("/")
    if not LANGUAGE_SEGMENT.fullmatch(first):
        return ""
    candidate = "/" + rest
    with translation.override(settings.LANGUAGE_CODE):
        try:
            resolve(candidate)
        except Resolver404:
            return ""
    return candidate


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    context = {"german_page": german_page(request.path_info)}
    return render(request, "core/404.html", context, status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    # No context processors that touch the database: it may be what failed.
    return render(request, "core/500.html", status=500)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "core/400.html", status=400)


# Pages for people, not for search engines: the personal area, the admin, addresses that carry
# a secret (invitations, password reset, private calendars, cancelling a registration) and the
# members' areas of a network. The pages themselves say `noindex` too (core.seo).
ROBOTS_DISALLOW = [
    "/konto/",
    "/admin/",
    "/sprache/",
    "/mitarbeit/",
    "/veranstaltungen/feed/",
    "/veranstaltungen/abmelden/",
    "/veranstaltungen/abonnieren/",
    "/netzwerke/*/treffen/",
    "/netzwerke/*/bedarfe/",
    "/netzwerke/*/synergien/",
    "/netzwerke/*/fehlstellen",
    "/netzwerke/*/mitgliedschaften/",
    "/netzwerke/*/antraege/",
    "/netzwerke/*/kommentare/",
    "/netzwerke/*/protokoll/",
    "/netzwerke/*/datenschutz/",
    "/organisationen/*/bearbeiten/",
    "/organisationen/*/mitarbeiterinnen/",
    "/organisationen/*/protokoll/",
    "/bedarfe/",
]


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    # Google follows the longest matching rule, simpler parsers the first: the one exception
    # (a meeting's public summary) comes first, and everything not named is allowed anyway.
    # Every rule also for the same pages under each language prefix (`/en/konto/` …).
    prefixes = [""] + [
        f"/{code}" for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
    ]
    lines = ["User-agent: *"]
    lines += [f"Allow: {prefix}/netzwerke/*/treffen/*/zusammenfassung/" for prefix in prefixes]
    lines += [
        f"Disallow: {prefix}{path}"
        for prefix in prefixes
        for path in ROBOTS_DISALLOW
        if not (prefix and path == "/sprache/")
    ]
    lines += ["", f"Sitemap: {settings.SITE_BASE_URL}{reverse('sitemap')}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
