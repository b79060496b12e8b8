"""The translation catalogues: one per interface language, except English.

The source strings are English, so English needs no catalogue (Django shows the msgid);
every other language in settings.LANGUAGES has `locale/<language>/LC_MESSAGES/django.po`,
complete (no untranslated or fuzzy entry). CI checks this with `checktranslations`.
"""

from pathlib import Path

import polib
from django.conf import settings

SOURCE_LANGUAGE = "en"
CATALOGUE_DIR = Path(settings.LOCALE_PATHS[0]) if settings.LOCALE_PATHS else Path()


def catalogue_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES if code != SOURCE_LANGUAGE]


def catalogue_path(language: str) -> Path:
    return CATALOGUE_DIR / language / "LC_MESSAGES" / "django.po"


class MissingCatalogue(Exception):
    def __init__(self, language: str) -> None:
        super().__init__(f"no catalogue for {language}: {catalogue_path(language)}")
        self.language = language


def load_catalogue(language: str) -> polib.POFile:
    path = catalogue_path(language)
    if not path.exists():
        raise MissingCatalogue(language)
    return polib.pofile(str(path))


def catalogue_problems(language: str) -> list[str]:
    """What keeps the language's catalogue from being complete, one line each."""
    try:
        catalogue = load_catalogue(language)
    except MissingCatalogue as error:
        return [str(error)]
    problems = [f"{language}: untranslated: {e.msgid}" for e in catalogue.untranslated_entries()]
    problems += [f"{language}: fuzzy: {e.msgid}" for e in catalogue.fuzzy_entries()]
    return problems
