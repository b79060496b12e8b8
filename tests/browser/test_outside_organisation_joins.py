"""The DAA asks to join, as on the seed page: its comment becomes a member with an offer.

A visitor writes the DAA's comment under the network's first news post (its exact text from
the seed page, plus a script tag); the comment waits for moderation; the coordinator approves
it, turns it into a join request and accepts it; the invitation e-mail's one-time link lets the
DAA choose a password and add an offer, which the public offers directory then shows.
"""

import re

from playwright.sync_api import expect

from netzwerkstatt.demo.data import DEMO_PASSWORD

# The comment of 17 July 2024 under the network's page, word for word.
DAA_COMMENT = (
    "Liebes Akteursnetzwerk,\n"
    "die Deutsche Angestellten-Akademie (DAA) unterstützt mit zwei Projekten (AVE und "
    "kommPAkT.LE) migrantische Männer und Frauen auf ihrem Weg in Ausbildung und Arbeit. Wir "
    "bieten entsprechende Beratung für die Zielgruppe an und vernetzen uns sowohl mit "
    "potentiellen Arbeitgebern, als auch mit Organisationen und Netzwerke, um unsere Arbeit "
    "sichtbar zu machen und wertvolle Informationen für unsere Teilnehmenden zu bekommen. Wir "
    "sind teils bereits in Schönefeld aktiv, freuen uns aber über eine intensivere Vernetzung "
    "im Sozialraum. Wir sind sehr an einer Teilnahme am Akteursnetzwerk interessiert und freuen "
    "uns über eine Einladung, gerne per Mail an meike.johnsen@daa.de\n"
    "Viele Grüße!\n"
    "Meike Johnsen"
)
SCRIPT = "<script>document.title = 'gehackt'</script>"
PASSWORD = "Ausbildung-und-Arbeit-2024"


def test_the_daa_comment_becomes_a_member_with_an_offer(
    page, live_server, demo, checked, log_in, settings, mailoutbox, choose_password_from
):
    # The spam checks' minimum fill time would only slow the journey down.
    settings.PUBLIC_FORM_MIN_SECONDS = 0

    # A visitor writes the DAA's comment under the seed post.
    page.goto(live_server.url + "/netzwerke/sis-schoenefeld/neuigkeiten/")
    checked(page)
    page.get_by_role(
        "link", name="Das Akteursnetzwerk „SIS - Synergien in Schönefeld“"
    ).first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("SIS - Synergien in Schönefeld")
    checked(page)
    post_url = page.url
    page.get_by_label("Ihr Name").fill("Meike Johnsen")
    page.get_by_label("E-Mail-Adresse").fill("meike.johnsen@daa.de")
    page.get_by_role("textbox", name="Kommentar").fill(DAA_COMMENT + "\n" + SCRIPT)
    page.get_by_role("button", name="Kommentar senden").click()
    expect(page.get_by_role("status").first).to_contain_text(
        "sobald die Koordination ihn freigegeben hat"
    )
    expect(page.locator("#comments")).not_to_contain_text("Deutsche Angestellten-Akademie")
    checked(page)

    # The coordinator approves it in the moderation queue.
    log_in(page, "koordination@wiq.example.org", DEMO_PASSWORD)
    checked(page)
    page.get_by_role("link", name=re.compile("1 Kommentar wartet auf Freigabe")).click()
    checked(page)
    row = page.locator(".moderation-row").filter(has_text="Meike Johnsen")
    row.get_by_role("button", name=re.compile("^Freigeben")).click()
    expect(page.get_by_text("Kommentar freigegeben.")).to_be_visible()

    # Published: marked unverified, the address a mailto link, the script gone.
    page.goto(post_url)
    comment = page.locator("#comments article").filter(has_text="Meike Johnsen")
    expect(comment.get_by_role("heading")).to_have_text("Meike Johnsen (nicht überprüft)")
    expect(comment.locator('a[href="mailto:meike.johnsen@daa.de"]')).to_have_text(
        "meike.johnsen@daa.de"
    )
    expect(comment).to_contain_text("Viele Grüße!")
    expect(comment.locator("script")).to_have_count(0)
    expect(comment).not_to_contain_text("document.title")
    assert page.title() != "gehackt"
    checked(page)

    # One click makes it a join request; the coordinator names the organisation and accepts.
    comment.get_by_role("button", name=re.compile("Als Mitgliedsantrag übernehmen")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mitgliedsantrag von Meike Johnsen")
    expect(page.locator(".prose").first).to_contain_text("kommPAkT.LE")
    checked(page)
    # Signed with a person's name, the message names the DAA, whose profile exists already.
    page.get_by_role("radio", name="Deutsche Angestellten-Akademie (DAA)").check()
    page.get_by_role("button", name="Annehmen und Einladung senden").click()
    expect(page.get_by_role("status").first).to_contain_text("ist jetzt Mitglied")
    expect(page.get_by_role("heading", name="Verlauf")).to_be_visible()
    expect(page.locator("main")).to_contain_text("Einladung gesendet")
    checked(page)

    # The invitation's one-time link: choose a password, land on the profile form.
    [invitation] = [m for m in mailoutbox if m.to == ["meike.johnsen@daa.de"]]
    assert "Deutsche Angestellten-Akademie (DAA) ist jetzt Mitglied" in invitation.body
    page.get_by_role("button", name="Abmelden").click()
    choose_password_from(page, invitation, PASSWORD)
    expect(page).to_have_url(re.compile("/bearbeiten/$"))
    checked(page)

    # The link works only once.
    path = re.search(r"/konto/einladung/\S+", invitation.body).group(0)
    page.goto(live_server.url + path)
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Dieser Einladungslink kann nicht verwendet werden"
    )
    checked(page)

    # The new member adds an offer from the personal area.
    page.goto(live_server.url + "/konto/")
    checked(page)
    page.get_by_role("link", name="Angebot hinzufügen").first.click()
    checked(page)
    page.get_by_label("Titel").fill("Sprechstunde Anerkennung von Abschlüssen")
    page.get_by_label("Kurzbeschreibung").fill("Beratung auf dem Weg in Ausbildung und Arbeit.")
    page.get_by_role("textbox", name="Beschreibung", exact=True).fill(
        "Im Projekt kommPAkT.LE beraten wir migrantische Männer und Frauen zu Bewerbung, "
        "Ausbildung und Arbeit."
    )
    page.get_by_role("group", name="Zielgruppen").get_by_label("Migrant:innen").check()
    page.get_by_role("group", name="Sprachen").get_by_label("Deutsch", exact=True).check()
    page.get_by_role("button", name="Angebot speichern").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Sprechstunde Anerkennung von Abschlüssen"
    )
    checked(page)

    # Anyone finds it in the offers directory.
    page.get_by_role("button", name="Abmelden").click()
    page.get_by_role("navigation", name="Hauptnavigation").get_by_role(
        "link", name="Angebote"
    ).click()
    page.get_by_role("searchbox", name="Suche").fill("Sprechstunde Anerkennung")
    page.get_by_role("button", name="Angebote anzeigen").click()
    result = (
        page.locator("#results")
        .get_by_role("article")
        .filter(has_text="Sprechstunde Anerkennung von Abschlüssen")
    )
    expect(result).to_have_count(1)
    expect(result).to_contain_text("Deutsche Angestellten-Akademie (DAA)")
    checked(page)


def test_a_visitor_asks_to_join_on_the_form(page, live_server, demo, checked, settings):
    settings.PUBLIC_FORM_MIN_SECONDS = 0
    page.goto(live_server.url + "/")
    checked(page)
    page.get_by_role("link", name="Mitglied werden").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Mitglied werden bei SIS – Synergien in Schönefeld"
    )
    checked(page)
    page.get_by_role("button", name="Antrag senden").click()
    expect(page.locator(".field-error").first).to_be_visible()
    expect(page.get_by_text("Bitte stimmen Sie den Datenschutzhinweisen zu").first).to_be_visible()
    checked(page)
    page.get_by_label("Name Ihrer Organisation").fill("Deutsche Angestellten-Akademie (DAA)")
    page.get_by_label("Website").fill("https://www.daa.de")
    page.get_by_label("Ansprechperson").fill("Meike Johnsen")
    page.get_by_label("E-Mail-Adresse").fill("meike.johnsen@daa.de")
    page.get_by_label("Was macht Ihre Organisation").fill(DAA_COMMENT)
    page.get_by_label("Ich bin einverstanden").check()
    page.get_by_role("link", name="Datenschutzhinweise lesen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Datenschutzhinweise")
    checked(page)
    page.go_back()
    page.get_by_role("button", name="Antrag senden").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Vielen Dank für Ihren Antrag")
    checked(page)


def test_the_coordinator_asks_the_demo_applicant_a_question(
    page, live_server, demo, checked, log_in, mailoutbox
):
    log_in(page, "koordination@wiq.example.org", DEMO_PASSWORD)
    page.get_by_role("link", name=re.compile("1 offener Mitgliedsantrag")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Mitgliedsanträge für SIS – Synergien in Schönefeld"
    )
    checked(page)
    page.get_by_role("link", name="Gemeinschaftsgarten Schönefelder Beete e.V.").click()
    checked(page)
    page.get_by_label("Ihre Rückfrage").fill("An welchen Tagen ist der Garten geöffnet?")
    page.get_by_role("button", name="Rückfrage senden").click()
    expect(page.get_by_role("status").first).to_contain_text("Rückfrage wurde an")
    expect(page.locator("main")).to_contain_text("An welchen Tagen ist der Garten geöffnet?")
    checked(page)
    [question] = mailoutbox
    assert question.reply_to == ["koordination@wiq.example.org"]

    # A broken invitation link explains itself and offers a new invitation.
    page.get_by_role("button", name="Abmelden").click()
    page.goto(live_server.url + "/konto/einladung/abgeschnitten/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Dieser Einladungslink kann nicht verwendet werden"
    )
    checked(page)
    page.get_by_label("E-Mail-Adresse").fill("jonas.beispielmann@beete.example.org")
    page.get_by_role("button", name="Neue Einladung senden").click()
    expect(page.get_by_role("status").first).to_contain_text("Wenn es für diese Adresse")
    checked(page)
    assert len(mailoutbox) == 1
