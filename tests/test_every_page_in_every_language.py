"""Every public page, in every language, shows no interface text left in English.

The pages are the demo network's public pages as the sitemap lists them (core.seo's
INDEXABLE_VIEWS): the five overview pages and a few of each kind of object. For each language
with a catalogue other than German, the interface texts to look for are the msgids of the
German catalogue with two words or more whose translation in that language differs from the
msgid (a one-word msgid like "Name" may rightly be the same in several languages); a text
that appears unchanged in the page's visible text or labels was left untranslated. English is
left out: its catalogue is the source strings themselves.

A missing catalogue fails with "no catalogue for <language>" (core.catalogues).
"""

import re
from html import unescape
from html.parser import HTMLParser

import pytest
from django.conf import settings

from netzwerkstatt.core.catalogues import MissingCatalogue, catalogue_languages, load_catalogue
from netzwerkstatt.core.languages import path_in_language
from netzwerkstatt.core.sitemaps import StaticPagesSitemap
from netzwerkstatt.demo.loader import load_demo_network
from netzwerkstatt.urls import SITEMAPS

# Of each sitemap section, this many pages (the overview pages all).
PAGES_PER_SECTION = 2
LANGUAGES = [code for code in catalogue_languages() if code != settings.LANGUAGE_CODE]
# Msgids whose text is filled in (placeholders) never appear literally.
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\{|\{%")
LABEL_ATTRIBUTES = ("title", "alt", "aria-label", "placeholder", "content")


class VisibleText(HTMLParser):
    """Text a person reads or hears: element text and labelling attributes, not scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        for name, value in attrs:
            if name in LABEL_ATTRIBUTES and value:
                self.parts.append(value)

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = VisibleText()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def _words(text: str) -> str:
    return " ".join(unescape(text).split())


def untranslated_candidates(language: str) -> tuple[set[str], set[str]]:
    """Texts of two or more words that must not appear on the language's pages.

    For each entry of the German catalogue: its English msgid and its German translation,
    unless the language's own translation reads the same. Django shows the German text where
    a language's catalogue lacks an entry (German is LANGUAGE_CODE, the fallback), and the
    English msgid where no catalogue has it.
    """
    german = load_catalogue(settings.LANGUAGE_CODE)
    other = {(entry.msgctxt, entry.msgid): entry for entry in load_catalogue(language)}
    english, german_texts = set(), set()
    for entry in german:
        if entry.obsolete or entry.msgid_plural or PLACEHOLDER.search(entry.msgid):
            continue
        translated = other.get((entry.msgctxt, entry.msgid))
        own = ""
        if translated is not None and "fuzzy" not in translated.flags:
            own = _words(translated.msgstr)
        for text, found in ((_words(entry.msgid), english), (_words(entry.msgstr), german_texts)):
            if len(text.split()) >= 2 and text != own:
                found.add(text)
    return english, german_texts


def public_pages() -> list[str]:
    """German paths of the public pages to render, from the sitemap's sections."""
    paths = []
    for section in SITEMAPS.values():
        items = list(section.items())
        limit = len(items) if isinstance(section, StaticPagesSitemap) else PAGES_PER_SECTION
        paths += [section.location(item) for item in items[:limit]]
    return paths


def _text_of(client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    return visible_text(response.content.decode())


@pytest.fixture
def demo_pages(db):
    load_demo_network()
    return public_pages()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_public_page_is_translated(client, demo_pages, language):
    try:
        english, german = untranslated_candidates(language)
    except MissingCatalogue as missing:
        pytest.fail(str(missing))
    assert demo_pages
    left = []
    for path in demo_pages:
        localised = path_in_language(path, language)
        text = _text_of(client, localised)
        # German words on the English page (no German interface text there) are content:
        # the organisations' own texts, written in German.
        content = _text_of(client, path_in_language(path, "en"))
        found = [msgid for msgid in english if msgid in text]
        found += [text_de for text_de in german if text_de in text and text_de not in content]
        left += [f"{localised}: {msgid!r}" for msgid in sorted(found)]
    assert not left, f"untranslated in {language}:\n" + "\n".join(left)
