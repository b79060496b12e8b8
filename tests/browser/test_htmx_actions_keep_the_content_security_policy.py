"""htmx actions run without a breach of the Content-Security-Policy.

The browser reports each breach as a `securitypolicyviolation` event in the page; the script
below records them, so a breach fails the test even where the console does not show it as an
error; the `page` fixture fails on every console error as well. Actions: answering a meeting
(RSVP) and deciding on a synergy finding. Without `includeIndicatorStyles: false` in the page's
`htmx-config`, htmx inserts a <style> element on every page, which the policy blocks.
"""

import re

from playwright.sync_api import expect

from netzwerkstatt.demo.data import DEMO_PASSWORD
from netzwerkstatt.meetings.models import Meeting

RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
});
"""


def _violations(page) -> list[str]:
    return page.evaluate("window.cspViolations")


def test_rsvp_and_synergy_decision_keep_the_policy(page, live_server, demo, log_in):
    messages = []
    page.on("console", lambda message: messages.append(f"{message.type}: {message.text}"))
    page.add_init_script(RECORD_VIOLATIONS)
    log_in(page, "koordination@wiq.example.org", DEMO_PASSWORD)

    meeting = Meeting.objects.filter(is_cancelled=False).order_by("starts_at").last()
    page.goto(live_server.url + meeting.get_absolute_url())
    page.get_by_label("ja, ich komme").check()
    page.get_by_role("button", name="Rückmeldung speichern").click()
    expect(page.locator("#zusage").get_by_role("status")).to_have_text(
        "Ihre Rückmeldung wurde gespeichert."
    )
    assert _violations(page) == [], messages

    page.goto(live_server.url + "/netzwerke/sis-schoenefeld/synergien/")
    finding = page.get_by_role("article").first
    finding.get_by_role("button", name=re.compile("^Für das nächste Treffen")).click()
    expect(finding.get_by_role("status")).to_have_text("Gespeichert.")
    assert _violations(page) == [], messages
