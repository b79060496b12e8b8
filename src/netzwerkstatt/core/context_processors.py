from django.conf import settings
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from netzwerkstatt.core.languages import language_links
from netzwerkstatt.core.seo import page_robots


def site(request: HttpRequest) -> dict:
    return {
        "site_name": settings.SITE_NAME,
        # Canonical address, noindex and hreflang alternates of the page, for base.html's <head>.
        "seo": SimpleLazyObject(lambda: page_robots(request)),
        # The same page in every language, for the language picker (query string kept).
        "language_links": SimpleLazyObject(lambda: language_links(request.get_full_path())),
    }
