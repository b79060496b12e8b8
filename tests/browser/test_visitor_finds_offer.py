"""A visitor finds a free German- or Arabic-language offer for young people on a Tuesday."""

import re

from playwright.sync_api import expect


def test_visitor_filters_the_directory_and_opens_an_offer(page, live_server, demo, checked):
    page.goto(live_server.url + "/")
    checked(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("SIS – Synergien in Schönefeld")
    expect(page.get_by_role("heading", name="Ziele des Netzwerks")).to_be_visible()

    page.get_by_role("link", name=re.compile(r"Angebote? finden")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Angebote im Stadtteil")
    checked(page)

    filters = page.get_by_role("search", name="Angebote suchen und filtern")
    filters.get_by_role("group", name="Zielgruppe").get_by_label("Jugendliche", exact=True).check()
    languages = filters.get_by_role("group", name="Sprache")
    languages.get_by_label("Deutsch", exact=True).check()
    languages.get_by_label("Arabisch", exact=True).check()
    filters.get_by_role("group", name="Wochentag").get_by_label("Dienstag").check()
    filters.get_by_label("Nur kostenlose Angebote").check()
    # Each group counts the filters set in it.
    expect(filters.locator("summary", has_text="Sprache")).to_contain_text("(2 ausgewählt)")
    filters.get_by_role("button", name="Angebote anzeigen").click()

    # The filtered list has its own address, so it can be bookmarked and shared.
    expect(page).to_have_url(
        re.compile(r"zielgruppe=jugendliche.*tag=1|tag=1.*zielgruppe=jugendliche")
    )
    results = page.locator("#results")
    expect(results.get_by_role("status")).to_contain_text("gefunden")
    cards = results.get_by_role("article")
    expect(cards.first).to_be_visible()
    checked(page)

    first_title = cards.first.get_by_role("heading").inner_text()
    cards.first.get_by_role("link").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(first_title)
    facts = page.locator("dl.facts")
    expect(facts).to_contain_text("Dienstag")
    expect(facts).to_contain_text("kostenlos")
    expect(facts).to_contain_text("Jugendliche")
    expect(facts).to_contain_text(re.compile("Deutsch|Arabisch"))
    checked(page)


def test_search_without_javascript_still_works(browser, live_server, demo, checked):
    context = browser.new_context(java_script_enabled=False, locale="de-DE")
    page = context.new_page()
    page.goto(live_server.url + "/angebote/")
    page.get_by_role("searchbox", name="Suche").fill("Hausaufgaben")
    page.get_by_role("button", name="Angebote anzeigen").click()
    expect(page).to_have_url(re.compile(r"q=Hausaufgaben"))
    expect(page.locator("#results").get_by_role("article").first).to_be_visible()
    context.close()


def test_visitor_on_a_phone_opens_one_filter_group(page, live_server, demo, checked):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(live_server.url + "/angebote/")
    filters = page.get_by_role("search", name="Angebote suchen und filtern")
    # Closed on a phone: the checkboxes do not stand between the visitor and the results.
    expect(filters.get_by_label("Jugendliche", exact=True)).to_be_hidden()
    filters.locator("summary", has_text="Zielgruppe").click()
    filters.get_by_role("group", name="Zielgruppe").get_by_label("Jugendliche", exact=True).check()
    filters.get_by_role("button", name="Angebote anzeigen").click()
    expect(page).to_have_url(re.compile("zielgruppe=jugendliche"))
    # After a reload the group with a filter set is open, the others stay closed.
    page.reload()
    expect(filters.get_by_label("Jugendliche", exact=True)).to_be_checked()
    expect(filters.get_by_label("Arabisch", exact=True)).to_be_hidden()
    page.get_by_role("link", name=re.compile(r"Zu den Ergebnissen \(\d+\)")).click()
    expect(page.locator("#results")).to_be_focused()
    checked(page)
