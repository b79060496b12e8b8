"""Request-wide rules: the interface language, and the charset forms are sent in."""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation

from netzwerkstatt.core.languages import language_of_path
from netzwerkstatt.core.views import bad_request


class PathLanguageMiddleware:
    """Activate the language named by the address's prefix, German without one.

    Django's LocaleMiddleware would fall back to the language cookie and the browser's
    Accept-Language header for addresses without a prefix (the API, the admin, feeds …).
    Here the address alone decides: `/angebote/` is German for everyone, so a shared link reads
    the same for everyone and caches keep one copy without `Vary: Accept-Language`; another
    language comes from the visitor's choice of a prefixed address in the language picker.
    It runs before URL resolution, which reads the active language to match the prefix.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        language = language_of_path(request.path_info) or settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        translation.deactivate()
        return response


# Charsets a form may be sent in. Browsers send forms of our UTF-8 pages in UTF-8; a request
# naming another charset comes from a script, and some (UTF-7, "unicode_escape") decode to
# lone surrogates that neither the database nor the page could encode.
ACCEPTED_FORM_CHARSETS = {"utf-8", "utf8"}


class FormCharsetMiddleware:
    """Refuse a request body declared in another charset than UTF-8, before anything reads it."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        charset = request.content_params.get("charset")
        if charset is not None and charset.strip().lower() not in ACCEPTED_FORM_CHARSETS:
            return bad_request(request, None)
        return self.get_response(request)
