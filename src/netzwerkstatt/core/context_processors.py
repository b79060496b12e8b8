from django.conf import settings
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from netzwerkstatt.core.seo import page_robots


def site(request: HttpRequest) -> dict:
    return {
        "site_name": settings.SITE_NAME,
        # Canonical address and noindex of the page, for base.html's <head>.
        "seo": SimpleLazyObject(lambda: page_robots(request)),
    }
