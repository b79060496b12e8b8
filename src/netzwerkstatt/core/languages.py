"""Which languages content can be translated into, and how a translated value is chosen.

German is the language every name and text is written in first; the other languages of
`settings.LANGUAGES` may hold translations. A translation that is missing or empty falls back
to German, value by value.
"""

from django.conf import settings
from django.utils.translation import get_language, get_language_info


def translation_languages() -> list[tuple[str, str]]:
    """(code, name) of every language of LANGUAGES except the default one, in settings order."""
    return [(code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def translation_codes() -> list[str]:
    return [code for code, _ in translation_languages()]


def active_translation_code() -> str | None:
    """The active language if content may be translated into it, else None (German)."""
    code = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return code if code in translation_codes() else None


def is_right_to_left(code: str) -> bool:
    try:
        return bool(get_language_info(code)["bidi"])
    except KeyError:
        return False


def local_name(code: str) -> str:
    """The language's own name for itself ("Українська"), as Django knows it."""
    try:
        return get_language_info(code)["name_local"]
    except KeyError:
        return code
