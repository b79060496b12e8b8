"""A city's family portal, on a site of its own, shows the network's offers from the HSDS API.

The portal's page runs in Chromium on another origin, so the browser itself enforces CORS:
without `Access-Control-Allow-Origin` the portal could not read the answer.
"""

import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from netzwerkstatt.opendata import selectors

PORTAL_PAGE = """<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Familienportal</title></head>
<body><main><h1>Angebote für Familien</h1><p id="state">lädt</p><ul id="offers"></ul></main>
<script src="/portal.js"></script></body></html>"""

PORTAL_SCRIPT = """
const api = new URL(location.href).searchParams.get("api");
const state = document.getElementById("state");
fetch(api + "/hsds/services?per_page=5&full=true")
  .then((response) => response.json())
  .then((page) => {
    for (const service of page.contents) {
      const item = document.createElement("li");
      const times = service.schedules.map((s) => s.byday + " " + s.opens_at).join(", ");
      item.textContent = service.name + " – " + service.organization.name + " (" + times + ")";
      document.getElementById("offers").append(item);
    }
    state.textContent = page.total_items + " Angebote";
  })
  .catch(() => { state.textContent = "gesperrt"; });
"""


class _PortalHandler(BaseHTTPRequestHandler):
    files = {
        "/portal.html": (PORTAL_PAGE, "text/html; charset=utf-8"),
        "/portal.js": (PORTAL_SCRIPT, "text/javascript"),
        "/closed.html": (
            PORTAL_PAGE.replace("/portal.js", "/closed.js"),
            "text/html; charset=utf-8",
        ),
        "/closed.js": (
            PORTAL_SCRIPT.replace("/hsds/services?per_page=5&full=true", "/angebote/"),
            "text/javascript",
        ),
    }

    def do_GET(self):  # noqa: N802
        # Anything else (the favicon) is answered with nothing rather than a logged 404.
        body, content_type = self.files.get(urlsplit(self.path).path, ("", "text/plain"))
        self.send_response(200 if body else 204)
        self.send_header("Content-Type", content_type)
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args):
        pass


@pytest.fixture
def portal(live_server):
    """The portal's own small web server, on another origin of this machine: a loopback
    address like the live server, so only CORS stands between them."""
    host = "localhost" if urlsplit(live_server.url).hostname == "127.0.0.1" else "127.0.0.1"
    server = ThreadingHTTPServer((host, 0), _PortalHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://{host}:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_portal_on_another_site_lists_the_offers(page, live_server, demo, portal):
    page.goto(f"{portal}/portal.html?api={live_server.url}")
    total = selectors.public_offers().count()
    expect(page.locator("#state")).to_have_text(f"{total} Angebote")
    offers = page.get_by_role("listitem")
    expect(offers).to_have_count(5)
    first = selectors.public_offers().order_by("title", "pk").first()
    expect(offers.first).to_contain_text(first.title)
    expect(offers.first).to_contain_text(first.organisation.name)
    expect(offers.first).to_contain_text(re.compile(r"(MO|TU|WE|TH|FR|SA|SU) \d\d:\d\d"))


def test_pages_that_are_not_open_data_stay_closed_to_other_sites(page, live_server, demo, portal):
    """The control: the same portal cannot read an ordinary page, so the test above can fail."""
    page.goto(f"{portal}/closed.html?api={live_server.url}")
    expect(page.locator("#state")).to_have_text("gesperrt")
    # Chromium reports the blocked read on the console: expected here.
    page.console_errors.clear()
