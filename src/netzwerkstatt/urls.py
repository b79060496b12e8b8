from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from netzwerkstatt.accounts.two_factor_views import admin_login
from netzwerkstatt.accounts.views import choose_language
from netzwerkstatt.api.api import api
from netzwerkstatt.core.sitemaps import StaticPagesSitemap, sitemap_index
from netzwerkstatt.core.views import robots_txt
from netzwerkstatt.events.sitemaps import EventSitemap
from netzwerkstatt.meetings.sitemaps import MeetingSummarySitemap
from netzwerkstatt.networks.sitemaps import NetworkSitemap, OrganisationSitemap
from netzwerkstatt.news.sitemaps import PostSitemap, UpdateSitemap
from netzwerkstatt.offers.sitemaps import OfferSitemap

# Every public page: the sections of /sitemap.xml (see docs/architecture.md, "Discoverability").
SITEMAPS = {
    "seiten": StaticPagesSitemap(
        [
            "networks:home",
            "networks:organisation_list",
            "offers:list",
            "events:calendar",
            "networks:privacy",
            "networks:easy_read",
            "networks:easy_read_offers",
            "networks:easy_read_join",
            "networks:easy_read_privacy",
        ]
    ),
    "netzwerke": NetworkSitemap(),
    "organisationen": OrganisationSitemap(),
    "angebote": OfferSitemap(),
    "veranstaltungen": EventSitemap(),
    "neuigkeiten": PostSitemap(),
    "updates": UpdateSitemap(),
    "treffen": MeetingSummarySitemap(),
}

# Pages for people: one address per language, German without a prefix (`/angebote/`,
# `/en/angebote/`, `/ar/angebote/`; see docs/architecture.md, "Languages").
page_patterns = [
    path("", include("netzwerkstatt.networks.urls")),
    path("", include("netzwerkstatt.offers.urls")),
    path("", include("netzwerkstatt.synergy.urls")),
    path("", include("netzwerkstatt.news.urls")),
    path("", include("netzwerkstatt.meetings.urls")),
    path("", include("netzwerkstatt.events.urls")),
    path("", include("netzwerkstatt.privacy.urls")),
    path("", include("netzwerkstatt.circulars.urls")),
    path("", include("netzwerkstatt.reports.urls")),
    path("", include("netzwerkstatt.imports.urls")),
    path("konto/", include("netzwerkstatt.accounts.urls")),
    path("konto/zugangsschluessel/", include("netzwerkstatt.api.urls")),
]

# Addresses for machines and the administration: one address, no language prefix.
machine_patterns = [
    path("", include("netzwerkstatt.operations.urls")),
    path("hsds/", include("netzwerkstatt.opendata.urls")),
    path("api/", api.urls),
    path("sprache/", choose_language, name="choose_language"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap_index, {"sitemaps": SITEMAPS}, name="sitemap"),
    path(
        "sitemap-<str:section>.xml",
        sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
    # Before the admin's own login, which would skip the second step of two-factor login.
    path("admin/login/", admin_login),
    path("admin/", admin.site.urls),
]

urlpatterns = machine_patterns + i18n_patterns(*page_patterns, prefix_default_language=False)

handler403 = "netzwerkstatt.core.views.permission_denied"
handler404 = "netzwerkstatt.core.views.page_not_found"
handler500 = "netzwerkstatt.core.views.server_error"
handler400 = "netzwerkstatt.core.views.bad_request"

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
