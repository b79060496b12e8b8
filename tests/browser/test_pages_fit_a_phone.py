"""Public and coordinators' pages at 375 px: nothing scrolls the page sideways and axe-core
finds no violation of any impact; the gap overview also at 1280 px. The filter panels are
counted in Tab stops: a phone user reaches the submit button and the results quickly."""

import pytest
from playwright.sync_api import expect

from netzwerkstatt.demo.data import DEMO_PASSWORD
from netzwerkstatt.events.models import EventDate
from netzwerkstatt.offers.models import Offer
from tests.browser.conftest import axe_violations

PUBLIC_PAGES = [
    "/",
    "/angebote/",
    "/angebote/?zielgruppe=kinder&sprache=ar",
    "/organisationen/",
    "/veranstaltungen/",
    "/veranstaltungen/monat/",
    "/datenschutz/",
    "/leichte-sprache/",
    "/leichte-sprache/angebote-finden/",
    "/leichte-sprache/mitglied-werden/",
    "/leichte-sprache/datenschutz/",
    "/netzwerke/sis-schoenefeld/leichte-sprache/",
    "/netzwerke/sis-schoenefeld/mitglied-werden/",
    "/netzwerke/sis-schoenefeld/neuigkeiten/",
]
COORDINATOR_PAGES = [
    "/konto/",
    "/netzwerke/sis-schoenefeld/",
    "/netzwerke/sis-schoenefeld/fehlstellen/",
    "/netzwerke/sis-schoenefeld/synergien/",
    "/netzwerke/sis-schoenefeld/bedarfe/",
    "/netzwerke/sis-schoenefeld/taetigkeitsbericht/",
    "/netzwerke/sis-schoenefeld/leichte-sprache/",
    "/netzwerke/sis-schoenefeld/leichte-sprache/bearbeiten/",
    "/veranstaltungen/monat/",
]


def fits(page, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 800})
    expect(page.get_by_role("heading", level=1).first).to_be_visible()
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{page.url} scrolls sideways by {overflow}px at {width}px"
    violations = [
        f"{violation['id']} ({violation['impact']}): {violation['help']} – "
        + "; ".join(node["target"][0] for node in violation["nodes"][:3])
        for violation in axe_violations(page)
    ]
    assert not violations, f"Accessibility violations on {page.url}:\n" + "\n".join(violations)


def _month_with_dates() -> str:
    date = EventDate.objects.order_by("starts_at").last()
    return f"/veranstaltungen/monat/{date.starts_at.year}/{date.starts_at.month}/"


def test_public_pages_fit_a_phone(page, live_server, demo):
    page.set_viewport_size({"width": 375, "height": 800})
    offer = Offer.objects.filter(status="active").order_by("pk").first()
    for path in [*PUBLIC_PAGES, _month_with_dates(), offer.get_absolute_url()]:
        page.goto(live_server.url + path)
        fits(page, 375)


@pytest.mark.parametrize("width", [375, 1280])
def test_coordinator_pages_fit(page, live_server, demo, log_in, width):
    page.set_viewport_size({"width": width, "height": 800})
    log_in(page, "koordination@wiq.example.org", DEMO_PASSWORD)
    paths = COORDINATOR_PAGES if width == 375 else ["/netzwerke/sis-schoenefeld/fehlstellen/"]
    for path in paths:
        page.goto(live_server.url + path)
        fits(page, width)


def test_month_is_a_list_of_days_on_a_phone(page, live_server, demo):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(live_server.url + _month_with_dates())
    expect(page.get_by_role("table")).to_be_hidden()
    expect(page.locator(".month-agenda h2").first).to_be_visible()
    page.set_viewport_size({"width": 1280, "height": 800})
    expect(page.get_by_role("table")).to_be_visible()
    expect(page.locator(".month-agenda")).to_be_hidden()


def _tab_stops(page, limit: int = 200) -> list[str]:
    """What each Tab press focuses, from the top of the page to the first result."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        stop = page.evaluate(
            """(() => {
                const el = document.activeElement;
                if (el.closest("#results") && el.tagName === "A") return "first result";
                if (el.id === "skip-to-results") return "skip link";
                if (el.type === "submit") return "submit: " + el.textContent.trim();
                return el.tagName;
            })()"""
        )
        stops.append(stop)
        if stop == "first result":
            return stops
    raise AssertionError(f"No result reached by Tab: {stops}")


@pytest.mark.parametrize(
    ("path", "button"),
    [("/angebote/", "Angebote anzeigen"), ("/veranstaltungen/", "Veranstaltungen anzeigen")],
)
def test_filter_panel_tab_stops_on_a_phone(page, live_server, demo, path, button):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(live_server.url + path)
    stops = _tab_stops(page)
    to_skip_link = stops.index("skip link") + 1
    to_submit = stops.index(f"submit: {button}") + 1
    to_first_result = len(stops)
    print(
        f"{path} at 375 px: Tab stop {to_skip_link} is the skip link, {to_submit} the submit "
        f"button, {to_first_result} the first result"
    )
    assert to_submit <= 20
    assert to_skip_link < to_submit
