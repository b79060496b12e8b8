"""The base of every sitemap section, and the sitemap index.

Addresses are built from `settings.SITE_BASE_URL`, like every other absolute link of the site
(see core.seo), not from the host a request happened to use. Django's `sitemap` view serves
each section (split into pages of 50,000 addresses, `?p=2`…); its `index` view would take the
host from the request, so the index is built here from the same base.
"""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import SitemapIndexItem
from django.db.models import Max, QuerySet
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import http_date
from django.views.decorators.http import require_GET


def _base() -> tuple[str, str]:
    parts = urlsplit(settings.SITE_BASE_URL)
    return parts.scheme, parts.netloc


class PublicSitemap(Sitemap):
    """Addresses under SITE_BASE_URL; subclasses list only what anyone may see.

    Every page once per language (`/angebote/`, `/en/angebote/` …), each with its
    `xhtml:link rel="alternate" hreflang` siblings and `x-default` (the German address).
    """

    i18n = True
    alternates = True
    x_default = True

    def get_protocol(self, protocol: str | None = None) -> str:
        return _base()[0]

    def get_domain(self, site=None) -> str:
        return _base()[1]


class QuerySetSitemap(PublicSitemap):
    """Objects of one kind with their `updated_at` as lastmod."""

    date_field = "updated_at"

    def queryset(self) -> QuerySet:
        raise NotImplementedError

    def items(self) -> QuerySet:
        # A fixed order keeps the pages of a long sitemap stable.
        return self.queryset().order_by("pk")

    def lastmod(self, item) -> datetime.datetime:
        return getattr(item, self.date_field)

    def get_latest_lastmod(self) -> datetime.datetime | None:
        # One aggregate instead of Django's default, which loads every item.
        return self.queryset().aggregate(latest=Max(self.date_field))["latest"]


class StaticPagesSitemap(PublicSitemap):
    """Pages that are not about one object: the start page, directories, the calendar."""

    changefreq = "daily"

    def __init__(self, names: list[str]) -> None:
        self.names = names

    def items(self) -> list[str]:
        return self.names

    def location(self, item: str) -> str:
        return reverse(item)


@require_GET
def sitemap_index(request: HttpRequest, sitemaps: dict[str, Sitemap]) -> TemplateResponse:
    entries = []
    latest = None
    for section, sitemap in sitemaps.items():
        url = settings.SITE_BASE_URL + reverse("sitemap_section", kwargs={"section": section})
        lastmod = sitemap.get_latest_lastmod()
        if lastmod is not None:
            latest = lastmod if latest is None else max(latest, lastmod)
        entries.append(SitemapIndexItem(url, lastmod))
        entries += [
            SitemapIndexItem(f"{url}?p={page}", lastmod)
            for page in range(2, sitemap.paginator.num_pages + 1)
        ]
    headers = {"Last-Modified": http_date(latest.timestamp())} if latest else None
    response = TemplateResponse(
        request,
        "sitemap_index.xml",
        {"sitemaps": entries},
        content_type="application/xml",
        headers=headers,
    )
    response.headers["X-Robots-Tag"] = "noindex, noodp, noarchive"
    return response
