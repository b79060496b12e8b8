from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language

from netzwerkstatt.accounts.two_factor_views import admin_login
from netzwerkstatt.api.api import api

urlpatterns = [
    path("", include("netzwerkstatt.networks.urls")),
    path("", include("netzwerkstatt.offers.urls")),
    path("", include("netzwerkstatt.synergy.urls")),
    path("", include("netzwerkstatt.news.urls")),
    path("", include("netzwerkstatt.meetings.urls")),
    path("", include("netzwerkstatt.events.urls")),
    path("", include("netzwerkstatt.privacy.urls")),
    path("konto/", include("netzwerkstatt.accounts.urls")),
    path("konto/zugangsschluessel/", include("netzwerkstatt.api.urls")),
    path("api/", api.urls),
    path("sprache/", set_language, name="set_language"),
    # Before the admin's own login, which would skip the second step of two-factor login.
    path("admin/login/", admin_login),
    path("admin/", admin.site.urls),
]

handler403 = "netzwerkstatt.core.views.permission_denied"
handler404 = "netzwerkstatt.core.views.page_not_found"
handler500 = "netzwerkstatt.core.views.server_error"
handler400 = "netzwerkstatt.core.views.bad_request"

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
