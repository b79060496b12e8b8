"""A visitor finds offers on the directory's map: markers at once, background tiles only after
two clicks of consent, every marker's offers by mouse and by keyboard.

Tiles come from a stub server on this machine; every request to another host is aborted and
fails the test, so nothing here reaches the internet.
"""

import re
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from netzwerkstatt.offers import maps
from tests.browser.conftest import PHONE_WIDTH, axe_violations, check_page

# The smallest valid PNG: one transparent pixel.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6300010000000500010d0a2db40000000049454e44ae426082"
)
LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]", "::1"}


class TileStub:
    """A tile server on 127.0.0.1 that answers every tile with the same PNG."""

    def __init__(self):
        self.paths: list[str] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                stub.paths.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(PNG)))
                self.end_headers()
                self.wfile.write(PNG)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/{{z}}/{{x}}/{{y}}.png"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def tile_stub(settings):
    stub = TileStub()
    settings.MAP_TILE_URL = stub.url
    settings.MAP_TILE_ATTRIBUTION = "Test tiles"
    yield stub
    stub.close()


@pytest.fixture
def silent_tile_server(settings):
    """A tile server that accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(50)
    settings.MAP_TILE_URL = f"http://127.0.0.1:{listener.getsockname()[1]}/{{z}}/{{x}}/{{y}}.png"
    yield listener
    listener.close()


@pytest.fixture
def offline(page):
    """Abort every request to a host other than this machine, and fail the test if one came."""
    attempted: list[str] = []

    def guard(route):
        url = route.request.url
        if url.startswith(("data:", "blob:")) or urlsplit(url).hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            attempted.append(url)
            route.abort()

    page.context.route("**/*", guard)
    yield page
    assert not attempted, f"Requests to other hosts: {attempted}"


def axe_clean(page):
    """No axe-core violation of any impact (stricter than the journeys' shared check)."""
    check_page(page)
    violations = axe_violations(page)
    found = [f"{v['id']} ({v['impact']}): {v['nodes'][0]['target']}" for v in violations]
    assert not found, f"Accessibility violations on {page.url}: {found}"


def markers(page):
    return page.locator("[data-map-canvas] .leaflet-marker-icon")


def test_map_shows_markers_without_consent_and_lists_offers_at_a_marker(
    offline, live_server, demo, tile_stub
):
    page = offline
    page.goto(live_server.url + "/angebote/")
    map_section = page.get_by_role("region", name="Karte und Entfernung")
    expect(markers(page).first).to_be_visible()
    # No tile was asked for, and the page's policy would not even allow it.
    assert tile_stub.paths == []
    expect(page.locator(".leaflet-tile")).to_have_count(0)
    axe_clean(page)

    # A cluster or a single place: either lists the offers there below the map.
    markers(page).first.click()
    panel = map_section.locator("[data-map-panel]")
    expect(panel).to_be_visible()
    first_offer = panel.get_by_role("link").first
    expect(first_offer).to_have_attribute("href", re.compile(r"^/angebote/\d+/$"))
    axe_clean(page)
    title = first_offer.inner_text()
    first_offer.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)


def test_two_clicks_load_tiles_from_the_configured_server_and_are_remembered(
    offline, live_server, demo, tile_stub
):
    page = offline
    page.goto(live_server.url + "/angebote/")
    expect(markers(page).first).to_be_visible()
    page.get_by_role("button", name=re.compile("Karte mit .* laden")).click()
    details = page.locator("#map-consent-details")
    expect(details).to_contain_text("IP-Adresse")
    assert tile_stub.paths == []
    page.get_by_role("button", name="Zustimmen").click()

    expect(page.locator(".leaflet-tile-loaded").first).to_be_attached()
    assert tile_stub.paths and all(path.endswith(".png") for path in tile_stub.paths)
    # Tiles fade in: axe measures the markers' contrast against what is drawn, so it waits
    # until every tile has loaded and is fully opaque.
    expect(page.locator(".leaflet-tile:not(.leaflet-tile-loaded)")).to_have_count(0)
    page.wait_for_function(
        "() => [...document.querySelectorAll('.leaflet-tile')]"
        ".every(tile => getComputedStyle(tile).opacity === '1')"
    )
    axe_clean(page)

    page.reload()
    expect(page.locator(".leaflet-tile-loaded").first).to_be_attached()
    expect(page.get_by_role("button", name=re.compile("Zustimmung widerrufen"))).to_be_visible()

    page.get_by_role("button", name=re.compile("Zustimmung widerrufen")).click()
    expect(page.get_by_role("button", name=re.compile("Karte mit .* laden"))).to_be_visible()
    expect(markers(page).first).to_be_visible()
    expect(page.locator(".leaflet-tile")).to_have_count(0)


def test_keyboard_reaches_every_marker_and_its_offers(offline, live_server, demo, tile_stub):
    page = offline
    page.goto(live_server.url + "/angebote/")
    expect(markers(page).first).to_be_visible()
    names = [name.strip() for name in markers(page).all_inner_texts()]
    assert all("Angebote:" in name for name in names), names

    page.locator("[data-map-canvas]").focus()
    for _ in range(5):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('leaflet-marker-icon')"):
            break
    focused = page.locator(":focus")
    expect(focused).to_have_attribute("role", "button")
    page.keyboard.press("Enter")
    heading = page.locator("[data-map-panel-heading]")
    expect(heading).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_attribute("href", re.compile(r"^/angebote/\d+/$"))


def test_map_and_list_at_phone_width_pass_axe(offline, live_server, demo, tile_stub):
    page = offline
    page.set_viewport_size({"width": PHONE_WIDTH, "height": 800})
    page.goto(live_server.url + "/angebote/?zielgruppe=kinder")
    expect(markers(page).first).to_be_visible()
    axe_clean(page)
    markers(page).first.click()
    expect(page.locator("[data-map-panel]")).to_be_visible()
    axe_clean(page)


def test_a_tile_server_that_does_not_answer_leaves_the_page_working(
    offline, live_server, demo, silent_tile_server
):
    page = offline
    page.context.add_cookies([{"name": "karte", "value": "kacheln", "url": live_server.url}])
    page.goto(live_server.url + "/angebote/")
    expect(markers(page).first).to_be_visible()
    markers(page).first.click()
    expect(page.locator("[data-map-panel]").get_by_role("link").first).to_be_visible()

    # Filters still narrow the list, and the map follows them.
    before = markers(page).count()
    filters = page.get_by_role("search", name="Angebote suchen und filtern")
    filters.get_by_label("Nur kostenlose Angebote").check()
    filters.get_by_role("button", name="Angebote anzeigen").click()
    expect(page).to_have_url(re.compile("kostenlos=on"))
    expect(page.locator("#results").get_by_role("article").first).to_be_visible()
    expect(markers(page).first).to_be_visible()
    assert markers(page).count() <= before


def test_clicking_the_map_sorts_the_list_by_distance(offline, live_server, demo, tile_stub):
    page = offline
    page.goto(live_server.url + "/angebote/")
    expect(markers(page).first).to_be_visible()
    canvas = page.locator("[data-map-canvas]")
    canvas.click(position={"x": 12, "y": canvas.bounding_box()["height"] - 12})
    page.get_by_role("link", name="Liste nach Entfernung von hier sortieren").click()
    expect(page).to_have_url(re.compile(r"near=\d+\.\d+(,|%2C)\d+\.\d+"))
    expect(page.locator(".offer-distance").first).to_contain_text("km")
    expect(page.get_by_text("nach Entfernung von dem gewählten Punkt sortiert")).to_be_visible()


def test_organisation_page_shows_its_place(offline, live_server, demo, tile_stub):
    page = offline
    page.goto(live_server.url + "/organisationen/wiq/")
    expect(page.get_by_role("heading", name="Auf der Karte")).to_be_visible()
    expect(markers(page)).to_have_count(1)
    assert tile_stub.paths == []
    markers(page).first.press("Enter")
    expect(page.locator("[data-map-panel-heading]")).to_be_focused()
    axe_clean(page)


def test_district_outlines_and_my_location(offline, live_server, demo, tile_stub, settings):
    settings.MAP_DISTRICTS_GEOJSON = str(
        Path(maps.__file__).parent / "map_data" / "schoenefeld-ungefaehr.geojson"
    )
    page = offline
    page.context.grant_permissions(["geolocation"])
    # The WiQ-Stadtteilbüro of the demo.
    page.context.set_geolocation({"latitude": 51.3668, "longitude": 12.4140})
    page.goto(live_server.url + "/angebote/")
    expect(page.locator("[data-map-canvas] .leaflet-overlay-pane path")).to_have_count(2)
    expect(page.locator(".leaflet-control-attribution")).to_contain_text("ungefähr")
    axe_clean(page)

    page.get_by_role("button", name="Meinen Standort verwenden").click()
    # Rounded to three decimals (about 100 m) before it leaves the browser.
    expect(page).to_have_url(re.compile(r"near=51\.367(,|%2C)12\.414$"))
    expect(page.locator(".offer-distance").first).to_contain_text(
        re.compile(r"^\d+,\d km entfernt$")
    )
    distances = [
        float(text.split()[0].replace(",", "."))
        for text in page.locator(".offer-distance").all_inner_texts()
    ]
    assert distances == sorted(distances)
