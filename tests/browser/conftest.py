"""Browser journeys: Playwright drives a real Chromium against Django's live server.

Chromium comes from the system (Debian's `chromium` package), not from Playwright's
download, which cannot run here. Each visited page is checked with axe-core and at phone
width; the Content-Security-Policy stays on, so a blocked inline script fails the test.
"""

import importlib
import os
import re
import shutil
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.apps import apps as django_apps
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from netzwerkstatt.core.languages import path_in_language
from netzwerkstatt.demo.loader import load_demo_network

# Playwright's sync API runs an event loop in the test thread; the ORM calls in fixtures
# are still synchronous and safe there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

PHONE_WIDTH = 375
# Every journey page must pass axe-core without a violation of any impact.
BLOCKING_IMPACTS = {"minor", "moderate", "serious", "critical"}
CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]


def find_chromium() -> str | None:
    """CHROMIUM_PATH, a system Chromium, or None to use Playwright's own browser if installed."""
    configured = os.environ.get("CHROMIUM_PATH")
    if configured:
        return configured
    for candidate in CHROMIUM_CANDIDATES:
        if Path(candidate).exists():
            return candidate
    return shutil.which("chromium")


def playwright_has_own_chromium() -> bool:
    cache = Path(os.environ.get("PLAYWRIGHT_BROWSERS_PATH", Path.home() / ".cache/ms-playwright"))
    return any(cache.glob("chromium*"))


def pytest_collection_modifyitems(config, items):
    browser_dir = Path(__file__).parent
    chromium = find_chromium()
    missing = chromium is None and not playwright_has_own_chromium()
    for item in items:
        if browser_dir not in Path(item.fspath).parents:
            continue
        item.add_marker(pytest.mark.browser)
        if missing and os.environ.get("CI") != "true":
            item.add_marker(
                pytest.mark.skip(
                    reason="No Chromium found: install Debian's 'chromium' package "
                    "(apt-get install chromium) or set CHROMIUM_PATH."
                )
            )


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    chromium = find_chromium()
    args = {
        **browser_type_launch_args,
        # Flags for a sandboxed machine without a network: no background connections.
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }
    if chromium:
        args["executable_path"] = chromium
    return args


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "de-DE", "timezone_id": "Europe/Berlin"}


@pytest.fixture
def demo(transactional_db, settings):
    """The demo network, as `netzwerkstatt demo` loads and shows it.

    The live server needs committed rows, so the database is flushed after each browser test,
    migration data included; the default taxonomy is put back with the migration's own code.
    """
    taxonomy = importlib.import_module("netzwerkstatt.core.migrations.0002_default_taxonomy")
    taxonomy.create_default_taxonomy(django_apps, None)
    settings.DEFAULT_NETWORK_SLUG = "sis-schoenefeld"
    return load_demo_network()


@pytest.fixture
def page(page):
    """A page that fails the test on any browser console error (CSP violations included).

    A test that opens a missing page on purpose clears `page.console_errors` after it: the
    browser logs the 404 of the document itself as an error.
    """
    page.console_errors = []
    page.on(
        "console",
        lambda message: (
            page.console_errors.append(message.text) if message.type == "error" else None
        ),
    )
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    page.set_default_timeout(10_000)
    yield page
    assert not page.console_errors, f"Browser console errors: {page.console_errors}"


_axe = Axe()

# What the browser says when axe starts on a document a click is just replacing.
_NAVIGATION_RACE = ("reading 'documentElement'", "Execution context was destroyed")


def _once_loaded(page, read):
    """`read(page)` once the navigation a click started has finished.

    A journey checks a page right after the click that opens it; the check may start on
    the document being left, which then disappears under it. That is a race of the test,
    not a finding, so the check waits for the new page and reads again.
    """
    for attempt in range(3):
        page.wait_for_load_state()
        try:
            return read(page)
        except PlaywrightError as error:
            if attempt == 2 or not any(sign in str(error) for sign in _NAVIGATION_RACE):
                raise
            page.wait_for_timeout(100)
    raise AssertionError("unreachable")


def axe_violations(page) -> list[dict]:
    """axe-core's violations on the page."""
    return _once_loaded(page, lambda page: _axe.run(page).response["violations"])


def check_page(page) -> None:
    """axe-core finds no violation of any impact, and nothing scrolls sideways at 375 px."""
    violations = axe_violations(page)
    blocking = [
        f"{violation['id']} ({violation['impact']}): {violation['help']} – "
        + "; ".join(node["target"][0] for node in violation["nodes"][:3])
        for violation in violations
        if violation["impact"] in BLOCKING_IMPACTS
    ]
    assert not blocking, f"Accessibility violations on {page.url}:\n" + "\n".join(blocking)
    size = page.viewport_size
    page.set_viewport_size({"width": PHONE_WIDTH, "height": 800})
    overflow = _once_loaded(
        page,
        lambda page: page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        ),
    )
    page.set_viewport_size(size)
    assert overflow <= 0, f"{page.url} scrolls sideways by {overflow}px at {PHONE_WIDTH}px width"


@pytest.fixture
def checked():
    return check_page


@pytest.fixture
def log_in(live_server):
    def _log_in(page, email: str, password: str) -> None:
        page.goto(live_server.url + "/konto/anmelden/")
        check_page(page)
        page.get_by_label("E-Mail-Adresse").fill(email)
        page.get_by_label("Passwort").fill(password)
        page.get_by_role("button", name="Anmelden").click()
        page.get_by_role("heading", name="Hallo", exact=False).wait_for()

    return _log_in


@pytest.fixture
def choose_password_from(live_server):
    """Follow the invitation link of an e-mail, choose a password and land logged in."""

    def _choose(page, message, password: str) -> None:
        path = re.search(r"https?://[^/\s]+(/konto/einladung/\S+)", message.body).group(1)
        page.goto(live_server.url + path)
        expect(page.get_by_role("heading", level=1)).to_have_text(
            "Willkommen – wählen Sie Ihr Passwort"
        )
        check_page(page)
        page.get_by_label("Neues Passwort").first.fill(password)
        page.get_by_label("Neues Passwort bestätigen").fill(password)
        page.get_by_role("button", name="Passwort speichern und anmelden").click()
        expect(page.get_by_role("status").first).to_contain_text("Willkommen")

    return _choose


@pytest.fixture
def visit(live_server):
    """`visit(page, path, language)`: open the German `path` in `language` ("ar" → `/ar/…`),
    check that the page says its language and direction, and run the page checks."""

    def _visit(page, path: str, language: str = "de", *, check: bool = True):
        response = page.goto(live_server.url + path_in_language(path, language))
        html = page.locator("html")
        expect(html).to_have_attribute("lang", language)
        expect(html).to_have_attribute("dir", "rtl" if language in ("ar", "fa") else "ltr")
        if check:
            check_page(page)
        return response

    return _visit
