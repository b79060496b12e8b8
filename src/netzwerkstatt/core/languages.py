"""The interface languages: which one a request speaks, and the same page in another one.

Every page for people has one address per language with the same path under a prefix
(`/angebote/` German, `/en/angebote/`, `/ar/angebote/` …; `i18n_patterns` in urls.py with
`prefix_default_language=False`). The prefix alone decides the language: an address without
one is German for everyone, whatever the browser asks for, so a shared link reads the same
for everyone and a cache may keep one copy of it.

Content (names of terms, texts of offers, events and profiles) is written in German first; the
other languages of `settings.LANGUAGES` may hold translations, and one that is missing or
empty falls back to German, value by value (`core.content_translations`).
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language, get_language_info


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str  # in the language itself ("العربية", "Українська")
    path: str
    bidi: bool


def supported_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def language_of_path(path: str) -> str | None:
    """The language whose prefix starts `path` (`/ar/angebote/` → "ar"), or None."""
    first = path.lstrip("/").split("/", 1)[0]
    if first in supported_languages() and first != settings.LANGUAGE_CODE:
        return first
    return None


def unprefixed(path: str) -> str:
    """`path` without its language prefix: the German address of the same page."""
    language = language_of_path(path)
    if language is None:
        return path
    return path[len(language) + 1 :] or "/"


def path_in_language(path: str, language: str) -> str:
    """The address of the same page in `language` (`/angebote/`, "ar" → `/ar/angebote/`)."""
    path = unprefixed(path)
    if language == settings.LANGUAGE_CODE:
        return path
    return f"/{language}{path}"


def is_right_to_left(language: str) -> bool:
    try:
        return bool(get_language_info(language)["bidi"])
    except KeyError:
        return False


def language_links(path: str) -> list[LanguageLink]:
    """The page at `path` in every language, for the picker and the hreflang alternates."""
    links = []
    for code in supported_languages():
        info = get_language_info(code)
        links.append(
            LanguageLink(
                code=code,
                name=info["name_local"],
                path=path_in_language(path, code),
                bidi=info["bidi"],
            )
        )
    return links


def translation_languages() -> list[tuple[str, str]]:
    """(code, name) of every language of LANGUAGES except the default one, in settings order."""
    return [(code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def translation_codes() -> list[str]:
    return [code for code, _ in translation_languages()]


def active_translation_code() -> str | None:
    """The active language if content may be translated into it, else None (German)."""
    code = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    if code == settings.LANGUAGE_CODE:
        # Most pages are German: asked for every label of a page (hundreds of times), this
        # answers without building the list of languages each time.
        return None
    return code if code in translation_codes() else None


def local_name(code: str) -> str:
    """The language's own name for itself ("Українська"), as Django knows it."""
    try:
        return get_language_info(code)["name_local"]
    except KeyError:
        return code
