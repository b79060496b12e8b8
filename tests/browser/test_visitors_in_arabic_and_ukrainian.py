"""Visitors who read Arabic (on a phone) and Ukrainian (on a desktop) find an offer and register.

The Arabic visitor looks for something near an address on the map, reads the offer in Arabic
(the member wrote a translation) and registers for an event; the Ukrainian visitor filters the
directory, reads an offer in Ukrainian and registers too. Every page is checked with axe-core
for violations of any impact, in its own language and direction; no request leaves this machine
(the map's tiles come from a local stub after consent).
"""

import re

from playwright.sync_api import expect

from netzwerkstatt.core.languages import path_in_language
from tests.browser.test_visitor_finds_offer_on_map import (  # noqa: F401 (fixtures)
    axe_clean,
    markers,
    offline,
    tile_stub,
)

PHONE = {"width": 375, "height": 800}
DESKTOP = {"width": 1280, "height": 900}


def open_in(page, live_server, path: str, language: str) -> None:
    page.goto(live_server.url + path_in_language(path, language))
    html = page.locator("html")
    expect(html).to_have_attribute("lang", language)
    expect(html).to_have_attribute("dir", "rtl" if language in ("ar", "fa") else "ltr")
    axe_clean(page)


def register_for_first_event(page, live_server, language: str, name: str) -> None:
    open_in(page, live_server, "/veranstaltungen/", language)
    page.locator("#main").get_by_role("article").first.get_by_role("link").first.click()
    expect(page.locator("html")).to_have_attribute("lang", language)
    axe_clean(page)
    page.locator("#id_name").fill(name)
    page.locator("#id_email").fill("familie@example.org")
    page.locator("#id_people").fill("2")
    page.locator("#registration-heading ~ form button[type=submit]").click()
    expect(page.get_by_role("status").first).to_be_visible()
    expect(page.locator("#id_name")).to_have_count(0)
    expect(page.locator("html")).to_have_attribute("lang", language)
    axe_clean(page)


def test_arabic_visitor_on_a_phone_finds_an_offer_near_an_address_and_registers(
    offline,  # noqa: F811
    live_server,
    demo,
    tile_stub,  # noqa: F811
    settings,
):
    settings.PUBLIC_FORM_MIN_SECONDS = 0
    page = offline
    page.set_viewport_size(PHONE)
    open_in(page, live_server, "/angebote/", "ar")
    expect(page.get_by_role("heading", level=1)).not_to_have_text("Angebote")
    expect(markers(page).first).to_be_visible()

    # Near an address: a street the installation knows; the list is sorted by distance.
    page.locator("[name=ort]").fill("Gorkistraße")
    page.locator("form.near-form button[type=submit]").click()
    expect(page).to_have_url(
        re.compile(r"^" + re.escape(live_server.url) + r"/ar/angebote/\?.*ort=")
    )
    expect(page.locator(".offer-distance").first).to_be_visible()
    axe_clean(page)
    assert tile_stub.paths == []

    # The homework help has an Arabic translation by its organisation.
    page.get_by_role("link", name="المساعدة في الواجبات المدرسية").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("المساعدة في الواجبات المدرسية")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    axe_clean(page)

    register_for_first_event(page, live_server, "ar", "عائلة حداد")


def test_ukrainian_visitor_on_a_desktop_filters_reads_and_registers(
    offline,  # noqa: F811
    live_server,
    demo,
    tile_stub,  # noqa: F811
    settings,
):
    settings.PUBLIC_FORM_MIN_SECONDS = 0
    page = offline
    page.set_viewport_size(DESKTOP)
    open_in(page, live_server, "/angebote/", "uk")
    # Offers for children, in the visitor's language of the filter.
    page.locator("input[name=zielgruppe][value=kinder]").check()
    page.locator("#id_q").press("Enter")
    expect(page).to_have_url(re.compile(r"/uk/angebote/\?.*zielgruppe=kinder"))
    axe_clean(page)

    page.get_by_role("link", name="Допомога з домашніми завданнями").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Допомога з домашніми завданнями")
    # The description was not translated: it is marked as German for screen readers.
    expect(page.locator("#main [lang=de]").first).to_be_visible()
    axe_clean(page)

    register_for_first_event(page, live_server, "uk", "Родина Коваленко")
