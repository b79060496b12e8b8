"""Error pages in the visitor's language, rendered with the normal layout; robots.txt."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "core/403.html", status=403)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "core/404.html", status=404)


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
    lines = ["User-agent: *", "Allow: /netzwerke/*/treffen/*/zusammenfassung/"]
    lines += [f"Disallow: {path}" for path in ROBOTS_DISALLOW]
    lines += ["", f"Sitemap: {settings.SITE_BASE_URL}{reverse('sitemap')}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
