"""Pages no journey walks: axe-core and phone width, for a visitor and a coordinator."""

import pytest
from playwright.sync_api import expect

from netzwerkstatt.demo.data import DEMO_PASSWORD
from netzwerkstatt.offers.models import Need, Offer

PUBLIC_PAGES = [
    "/organisationen/",
    "/organisationen/?zielgruppe=jugendliche&netzwerk=sis-schoenefeld",
    "/organisationen/malteser/",
    "/netzwerke/netzwerk-leipzig-nordost/",
    "/angebote/?q=Beratung&sprache=ar",
    "/konto/anmelden/",
    "/konto/passwort-vergessen/",
]
COORDINATOR_PAGES = [
    "/konto/",
    # Coordinators edit their own organisation; a member with staff keeps its profile.
    "/organisationen/wiq/bearbeiten/",
    "/organisationen/wiq/mitarbeiterinnen/",
    "/organisationen/wiq/protokoll/",
    "/netzwerke/sis-schoenefeld/mitgliedschaften/",
    "/netzwerke/sis-schoenefeld/protokoll/",
    "/netzwerke/sis-schoenefeld/bedarfe/",
    "/netzwerke/sis-schoenefeld/synergien/?status=intended",
    "/netzwerke/sis-schoenefeld/fehlstellen/?stadtteil=schoenefeld-ost",
]


def test_public_pages(page, live_server, demo, checked):
    offer = Offer.objects.filter(status="active").order_by("pk").first()
    for path in [*PUBLIC_PAGES, offer.get_absolute_url()]:
        page.goto(live_server.url + path)
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        checked(page)
    response = page.goto(live_server.url + "/gibt-es-nicht/")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Seite nicht gefunden")
    checked(page)
    page.console_errors.clear()  # the browser logs the page's own 404


def test_pages_in_english(page, live_server, demo, checked):
    page.goto(live_server.url + "/angebote/")
    page.locator(".language-picker summary").click()
    page.get_by_role("link", name="English").click()
    expect(page).to_have_url(live_server.url + "/en/angebote/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Offers in the neighbourhood")
    checked(page)
    # The page's links keep the language.
    page.get_by_role("link", name="Organisations", exact=True).click()
    expect(page).to_have_url(live_server.url + "/en/organisationen/")
    page.goto(live_server.url + "/en/")
    expect(page.get_by_role("heading", name="Goals of the network")).to_be_visible()
    checked(page)


@pytest.mark.parametrize("width", [1280, 375])
def test_coordinator_pages(page, live_server, demo, checked, log_in, width):
    page.set_viewport_size({"width": width, "height": 900})
    log_in(page, "koordination@wiq.example.org", DEMO_PASSWORD)
    need = Need.objects.filter(network__slug="sis-schoenefeld").order_by("pk").first()
    paused = Offer.objects.filter(status="paused").order_by("pk").first()
    for path in [*COORDINATOR_PAGES, need.get_absolute_url(), paused.get_absolute_url()]:
        page.goto(live_server.url + path)
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        checked(page)


# Right to left (Arabic) and Cyrillic (Ukrainian); the journeys in these languages call the
# same `visit` helper.
LANGUAGE_PAGES = ["/", "/angebote/", "/organisationen/", "/veranstaltungen/", "/datenschutz/"]


@pytest.mark.parametrize("language", ["ar", "uk"])
@pytest.mark.parametrize("width", [1280, 375])
def test_pages_in_arabic_and_ukrainian(page, demo, visit, language, width):
    page.set_viewport_size({"width": width, "height": 900})
    offer = Offer.objects.filter(status="active").order_by("pk").first()
    for path in [*LANGUAGE_PAGES, offer.get_absolute_url()]:
        visit(page, path, language)
        expect(page.get_by_role("heading", level=1)).to_be_visible()
