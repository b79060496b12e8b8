"""The seven languages of the site, for tests that run before or without the routing that
brings them into the settings."""

from django.utils.translation import gettext_lazy as _

# Django's own catalogues name these languages ("Ukrainisch" on German pages).
SEVEN_LANGUAGES = [
    ("de", _("German")),
    ("en", _("English")),
    ("ar", _("Arabic")),
    ("fa", _("Persian")),
    ("uk", _("Ukrainian")),
    ("ru", _("Russian")),
    ("tr", _("Turkish")),
]


def page_in(client, language: str, viewname: str, args=None, **extra):
    """GET a page in a language, whichever way the site tells languages apart: the address
    (a prefix such as /uk/) where the URL patterns have one, else the language cookie."""
    from django.conf import settings
    from django.urls import reverse
    from django.utils import translation

    with translation.override(language):
        url = reverse(viewname, args=args)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return client.get(url, **extra)
