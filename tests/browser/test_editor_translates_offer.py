"""An editor adds a Ukrainian translation of an offer; a visitor reads the offer in Ukrainian,
with the untranslated description in German, marked."""

import re

import pytest
from django.conf import settings as django_settings
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from netzwerkstatt.demo.data import DEMO_PASSWORD
from netzwerkstatt.demo.loader import load_demo_network
from netzwerkstatt.offers.models import Offer
from tests.languages import SEVEN_LANGUAGES

UKRAINIAN_TITLE = "Мовне кафе для жінок"


@pytest.fixture
def demo_in_seven_languages(transactional_db, settings):
    """The demo as `demo` loads it, in a site with all seven languages (the default taxonomy
    and its translations are put back by tests/conftest.py)."""
    settings.LANGUAGES = SEVEN_LANGUAGES
    settings.DEFAULT_NETWORK_SLUG = "sis-schoenefeld"
    return load_demo_network()


def url_in(live_server, language: str, viewname: str, args) -> str:
    """The page's address in a language: with its prefix where the URL patterns have one."""
    with translation.override(language):
        return live_server.url + reverse(viewname, args=args)


def test_editor_translates_offer_and_visitor_reads_it(
    page, browser, live_server, demo_in_seven_languages, checked, log_in
):
    offer = Offer.objects.get(title="Sprachcafé für Frauen")
    log_in(page, "redaktion@frauen.example.org", DEMO_PASSWORD)
    page.goto(live_server.url + offer.get_absolute_url())
    page.get_by_role("link", name="Übersetzungen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Übersetzungen von „Sprachcafé für Frauen“"
    )
    checked(page)
    page.get_by_role("link", name="Auf Ukrainisch übersetzen").click()
    checked(page)
    page.get_by_label("Titel auf Ukrainisch").fill(UKRAINIAN_TITLE)
    page.get_by_label("Kurzbeschreibung auf Ukrainisch").fill(
        "Практикуємо німецьку в невимушеній атмосфері – з доглядом за дітьми."
    )
    page.get_by_role("button", name="Übersetzung speichern").click()
    expect(page.get_by_role("status").first).to_contain_text("gespeichert")
    expect(page.get_by_role("row", name="Ukrainisch")).to_contain_text(
        re.compile(r"2 von \d+ Feldern")
    )

    visitor = browser.new_context(locale="uk-UA")
    visitor.add_cookies(
        [{"name": django_settings.LANGUAGE_COOKIE_NAME, "value": "uk", "url": live_server.url}]
    )
    reader = visitor.new_page()
    reader.goto(url_in(live_server, "uk", "offers:detail", [offer.pk]))
    expect(reader.locator("html")).to_have_attribute("lang", "uk")
    expect(reader.get_by_role("heading", level=1)).to_have_text(UKRAINIAN_TITLE)
    description = reader.locator("article .prose").first
    expect(description).to_have_attribute("lang", "de")
    expect(description).to_contain_text("Deutsch")
    expect(reader.locator(".only-german")).to_be_visible()
    checked(reader)

    reader.goto(url_in(live_server, "uk", "offers:list", None) + "?q=кафе")
    expect(reader.locator("#results").get_by_role("link", name=UKRAINIAN_TITLE)).to_be_visible()
    checked(reader)
    visitor.close()
