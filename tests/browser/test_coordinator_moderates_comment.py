"""A visitor comments on the network's first news post; the coordinator approves the comment."""

import re

import pytest
from playwright.sync_api import expect

from netzwerkstatt.demo.data import DEMO_PASSWORD
from netzwerkstatt.news.models import Comment, Post, Update

DAA_COMMENT = (
    "Liebes Akteursnetzwerk,\n"
    "die Deutsche Angestellten-Akademie (DAA) unterstützt mit zwei Projekten (AVE und "
    "kommPAkT.LE) migrantische Männer und Frauen auf ihrem Weg in Ausbildung und Arbeit. "
    "Wir sind sehr an einer Teilnahme am Akteursnetzwerk interessiert.\n"
    "Viele Grüße!\nMeike Johnsen"
)


@pytest.fixture
def quick_forms(settings):
    """The live server shares these settings: a test types faster than the spam check allows."""
    settings.PUBLIC_FORM_MIN_SECONDS = 0


def test_coordinator_approves_a_visitors_comment(
    page, live_server, demo, quick_forms, checked, log_in
):
    page.goto(live_server.url + "/")
    page.get_by_role("navigation", name="Hauptnavigation").get_by_role(
        "link", name="Neuigkeiten"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Neuigkeiten von SIS – Synergien in Schönefeld"
    )
    checked(page)

    page.get_by_role("link", name="Das Akteursnetzwerk „SIS - Synergien in Schönefeld“").click()
    expect(page.get_by_text("Veröffentlicht am 12. Juni 2024")).to_be_visible()
    expect(page.get_by_role("heading", name="Ziele des Netzwerks")).to_be_visible()
    expect(page.get_by_text("Eingeschränktes HTML")).to_be_visible()
    page.get_by_text("Beispiele: was Sie schreiben und wie es aussieht").click()
    examples = page.get_by_role("table", name="Beispiele für das Textformat")
    expect(examples.get_by_role("cell", name="wichtig", exact=True)).to_be_visible()
    checked(page)

    page.get_by_label("Ihr Name").fill("Meike Johnsen")
    page.get_by_label("E-Mail-Adresse").fill("meike.johnsen@daa.example.com")
    page.get_by_role("textbox", name="Kommentar").fill(DAA_COMMENT)
    page.get_by_role("button", name="Kommentar senden").click()
    expect(page.get_by_role("status").first).to_contain_text(
        "Er erscheint, sobald die Koordination ihn freigegeben hat."
    )
    comments = page.locator("#comments")
    expect(comments).not_to_contain_text("Meike Johnsen")
    checked(page)

    log_in(page, "koordination@wiq.example.org", DEMO_PASSWORD)
    page.get_by_role("link", name=re.compile(r"^1 Kommentar wartet auf Freigabe")).click()
    row = page.get_by_role("listitem").filter(has_text="Meike Johnsen (nicht überprüft)")
    expect(row).to_contain_text("meike.johnsen@daa.example.com")
    expect(row).to_contain_text("Deutsche Angestellten-Akademie")
    checked(page)

    row.get_by_role("button", name=re.compile(r"^Freigeben\b.*Meike Johnsen")).click()
    # htmx swapped the row in place and it announces the result itself.
    expect(row.get_by_role("status")).to_have_text("Kommentar freigegeben.")
    expect(row).to_contain_text("Moderiert von Jana Beispiel")
    checked(page)

    row.get_by_role("link", name="Zum Beitrag").click()
    comment = page.locator("#comments article").filter(has_text="Meike Johnsen")
    expect(comment.get_by_role("heading")).to_have_text("Meike Johnsen (nicht überprüft)")
    expect(comment).to_contain_text("Deutsche Angestellten-Akademie")
    expect(comment.get_by_role("link", name=re.compile("^Permalink"))).to_have_attribute(
        "href", re.compile(r"#comment-\d+$")
    )
    expect(page.get_by_text("meike.johnsen@daa.example.com")).to_have_count(0)
    checked(page)


def test_news_pages_for_coordinators_are_accessible(page, live_server, demo, checked, log_in):
    post = Post.objects.filter(status="draft").get()
    update = Update.objects.filter(visibility="members").first()
    comment = Comment.objects.first()
    log_in(page, "koordination@wiq.example.org", DEMO_PASSWORD)
    for path in [
        "/netzwerke/sis-schoenefeld/neuigkeiten/",
        post.get_absolute_url(),
        "/netzwerke/sis-schoenefeld/neuigkeiten/neu/",
        f"/netzwerke/sis-schoenefeld/neuigkeiten/{post.pk}/bearbeiten/",
        "/netzwerke/sis-schoenefeld/updates/",
        update.get_absolute_url(),
        "/organisationen/wiq/updates/neu/",
        "/netzwerke/sis-schoenefeld/kommentare/?status=published",
        f"/netzwerke/sis-schoenefeld/kommentare/{comment.pk}/bearbeiten/",
        "/netzwerke/sis-schoenefeld/kommentare/einstellungen/",
    ]:
        page.goto(live_server.url + path)
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        checked(page)
