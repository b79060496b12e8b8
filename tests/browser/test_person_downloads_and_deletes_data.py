"""Tobias Lernwerk downloads everything the platform stores about him, then deletes his account.

From "Mein Bereich" he opens "Meine Daten", downloads the JSON file, and deletes his account:
the page warns that RAA will have nobody left who can log in, a wrong password is refused, the
right one deletes the account and logs him out. His organisation keeps its offers.
"""

import json
import re

from playwright.sync_api import expect

from netzwerkstatt.accounts.models import User
from netzwerkstatt.demo.data import DEMO_PASSWORD
from netzwerkstatt.networks.models import Organisation
from netzwerkstatt.offers.models import Offer

EMAIL = "redaktion@raa.example.org"


def test_a_person_downloads_and_deletes_their_data(page, live_server, demo, checked, log_in):
    organisation = Organisation.objects.get(staff__user__email=EMAIL)
    offers = Offer.objects.filter(organisation=organisation).count()

    log_in(page, EMAIL, DEMO_PASSWORD)
    page.get_by_role("link", name="Meine Daten: herunterladen oder löschen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Meine Daten")
    expect(page.get_by_role("region", name="Organisationen, für die Sie arbeiten")).to_contain_text(
        organisation.name
    )
    checked(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Meine Daten herunterladen (JSON)").click()
    download = download_info.value
    assert re.fullmatch(r"meine-daten-\d{4}-\d{2}-\d{2}\.json", download.suggested_filename)
    with open(download.path(), encoding="utf-8") as file:
        document = json.load(file)
    assert document["person"] == EMAIL
    [position] = document["data"]["staff_positions"]["staff_positions"]
    assert position["organisation__name"] == organisation.name

    page.get_by_role("link", name="Mein Konto löschen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mein Konto löschen")
    expect(page.locator("main")).to_contain_text(
        "Bei diesen Organisationen kann sich danach niemand mehr anmelden"
    )
    expect(page.locator("main")).to_contain_text(organisation.name)
    checked(page)

    # A wrong password deletes nothing and says why.
    page.get_by_label("Behalten, angezeigt als von einem „ehemaligen Mitglied“ geschrieben").check()
    page.get_by_label("Ihr Passwort").fill("falsch-geraten")
    page.get_by_label("Mir ist klar, dass mein Konto nicht wiederhergestellt werden kann.").check()
    page.get_by_role("button", name="Konto endgültig löschen").click()
    expect(page.locator(".field-error").first).to_contain_text("Das Passwort ist nicht richtig")
    checked(page)
    assert User.objects.filter(email=EMAIL).exists()

    page.get_by_label("Ihr Passwort").fill(DEMO_PASSWORD)
    page.get_by_label("Mir ist klar, dass mein Konto nicht wiederhergestellt werden kann.").check()
    page.get_by_role("button", name="Konto endgültig löschen").click()
    expect(page.get_by_role("status").first).to_contain_text("Ihr Konto und Ihre personenbezogenen")
    expect(page.get_by_role("link", name="Anmelden")).to_be_visible()
    checked(page)

    assert not User.objects.filter(email=EMAIL).exists()
    assert Offer.objects.filter(organisation=organisation).count() == offers

    # The account is gone: logging in again fails.
    page.goto(live_server.url + "/konto/anmelden/")
    page.get_by_label("E-Mail-Adresse").fill(EMAIL)
    page.get_by_label("Passwort").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Anmelden").click()
    expect(page.locator("main")).to_contain_text("passen nicht zusammen")
    checked(page)


def test_a_coordinator_erases_a_visitors_data(page, live_server, demo, checked, log_in):
    """The visitor's side of the same right: the coordination finds and erases by address."""
    from netzwerkstatt.news.models import Comment, Post

    post = Post.objects.filter(network__slug="sis-schoenefeld").order_by("pk").first()
    Comment.objects.create(
        post=post,
        author_name="Sam Besucher",
        author_email="sam@example.com",
        body="Bitte löschen Sie später meine Angaben.",
    )
    page.goto(live_server.url + "/datenschutz/")
    expect(page.get_by_role("heading", name="Anmeldungen zu Veranstaltungen")).to_be_visible()
    checked(page)

    log_in(page, "koordination@wiq.example.org", DEMO_PASSWORD)
    page.goto(live_server.url + "/netzwerke/sis-schoenefeld/antraege/")
    page.get_by_role("link", name="Daten von Besucher:innen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Daten von Besucher:innen in SIS – Synergien in Schönefeld"
    )
    checked(page)
    page.get_by_label("E-Mail-Adresse der Besucherin oder des Besuchers").fill("sam@example.com")
    page.get_by_role("button", name="Daten suchen").click()
    expect(page.locator("main")).to_contain_text("Bitte löschen Sie später meine Angaben.")
    checked(page)

    # The confirmation box is required: without it the browser does not send the form.
    page.get_by_role("button", name="Daten löschen").click()
    assert Comment.objects.filter(author_email="sam@example.com").exists()

    page.get_by_label("Ich habe die Liste geprüft: alles löschen.").check()
    page.get_by_role("button", name="Daten löschen").click()
    expect(page.get_by_role("status").first).to_contain_text("Gelöscht für sam@example.com")
    checked(page)
    assert not Comment.objects.filter(author_email="sam@example.com").exists()
