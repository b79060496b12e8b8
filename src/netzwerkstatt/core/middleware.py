"""Request-wide rules: the interface language, and the charset forms are sent in."""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation

from netzwerkstatt.core.views import bad_request


class ChosenLanguageMiddleware:
    """Activate the language from the language cookie, else the default (German).

    Django's LocaleMiddleware would follow the browser's Accept-Language header. The networks
    work in German and their pages must read the same for everyone, so a different language
    comes only from the visitor's explicit choice in the header's language switch.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        # Read per request: tests (and the live server of browser tests) change LANGUAGES.
        supported = {code for code, _name in settings.LANGUAGES}
        language = chosen if chosen in supported else settings.LANGUAGE_CODE
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
