"""A visitor opens the pages a link preview or a search engine would read and shares them.

The JSON-LD blocks are data, not scripts: the Content-Security-Policy (script-src 'self')
must report nothing for them, and text that tries to close the block stays data.
"""

import json
import re

from playwright.sync_api import expect

from netzwerkstatt.events.models import Event
from netzwerkstatt.news.models import Post
from netzwerkstatt.offers.models import Offer

HOSTILE = 'Kuchen </script><script>document.title="gehackt"</script> & <!-- mehr'

WATCH_CSP = """() => {
  window.cspViolations = [];
  document.addEventListener("securitypolicyviolation", (event) => {
    window.cspViolations.push(event.violatedDirective + " " + event.blockedURI);
  });
}"""


def structured_data(page) -> list:
    """The items of the JSON-LD blocks, from the text the browser found in them."""
    items = []
    for text in page.locator('script[type="application/ld+json"]').all_text_contents():
        data = json.loads(text)
        items += data if isinstance(data, list) else [data]
    return items


def watch_csp(page) -> None:
    page.add_init_script(f"({WATCH_CSP})()")


def test_visitor_opens_event_offer_and_news_pages(page, live_server, demo, checked):
    event = Event.objects.filter(visibility="public").order_by("pk").first()
    event.description = HOSTILE
    event.save()
    offer = Offer.objects.filter(status="active").order_by("pk").first()
    offer.summary = HOSTILE
    offer.save()
    watch_csp(page)

    page.goto(live_server.url + "/veranstaltungen/")
    checked(page)
    page.get_by_role("link", name=event.title).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(event.title)
    checked(page)
    expect(page).not_to_have_title(re.compile("gehackt"))
    [first_date, *_] = structured_data(page)
    assert first_date["@type"] == "Event"
    assert first_date["description"] == HOSTILE
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", first_date["startDate"])
    assert page.locator('meta[property="og:title"]').get_attribute("content") == event.title
    assert page.evaluate("window.cspViolations") == []

    page.goto(live_server.url + offer.get_absolute_url())
    expect(page.get_by_role("heading", level=1)).to_have_text(offer.title)
    checked(page)
    [service] = structured_data(page)
    assert service["@type"] == "Service"
    assert service["description"] == HOSTILE
    description = page.locator('meta[name="description"]').get_attribute("content")
    assert description.startswith("Kuchen </script>")
    assert page.evaluate("window.cspViolations") == []

    page.goto(live_server.url + "/organisationen/malteser/")
    checked(page)
    [organisation] = structured_data(page)
    assert organisation["@type"] == "Organization"

    post = Post.objects.filter(status="published").order_by("-published_at").first()
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Neuigkeiten").first.click()
    checked(page)
    # The archive announces its feeds for feed readers.
    feeds = page.locator('link[rel="alternate"][type="application/atom+xml"]')
    expect(feeds).to_have_count(2)
    page.goto(live_server.url + post.get_absolute_url())
    expect(page.get_by_role("heading", level=1)).to_have_text(post.title)
    checked(page)
    assert page.locator('meta[property="og:type"]').get_attribute("content") == "article"
    canonical = page.locator('link[rel="canonical"]').get_attribute("href")
    assert canonical.endswith(post.get_absolute_url())
    assert page.evaluate("window.cspViolations") == []


def test_the_policy_would_report_an_inline_script(page, live_server, demo):
    """The check above can fail: an inline script is reported, a data block is not."""
    watch_csp(page)
    page.goto(live_server.url + "/organisationen/malteser/")
    page.evaluate(
        """() => {
          const script = document.createElement("script");
          script.textContent = "document.title = 'inline'";
          document.head.appendChild(script);
        }"""
    )
    expect(page).not_to_have_title("inline")
    page.wait_for_function("window.cspViolations.length > 0")
    assert page.evaluate("window.cspViolations")[0].startswith("script-src")
    page.console_errors.clear()  # the browser logs the refused script, as it should
