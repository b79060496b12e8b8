import datetime
import xml.etree.ElementTree as ET

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from netzwerkstatt import richtext
from netzwerkstatt.core.address_hashes import address_hash
from netzwerkstatt.core.forms import bot_trap_token
from netzwerkstatt.news import services
from netzwerkstatt.news.forms import CommentForm
from netzwerkstatt.news.models import Comment, CommentStatus, Post, PostStatus
from tests.factories import MembershipFactory, OrganisationFactory
from tests.news.factories import CommentFactory, PostFactory, UpdateFactory, image_upload

ATOM = "{http://www.w3.org/2005/Atom}"


def comment_url(post):
    return reverse("news:comment_create", args=[post.network.slug, post.pk])


def visitor_data(**overrides):
    return {
        "author_name": "Meike Johnsen",
        "author_email": "meike.johnsen@example.com",
        "author_homepage": "",
        "body": "Liebes Akteursnetzwerk,\nwir möchten gern mitmachen.",
        "fax": "",
        "started": bot_trap_token(),
        **overrides,
    }


# --- post page -----------------------------------------------------------------------------


def test_post_page_shows_comments_oldest_first_in_the_seed_format(client, post, world):
    CommentFactory(
        post=post,
        author_name="Meike Johnsen",
        author_homepage="https://www.daa.example",
        status=CommentStatus.PUBLISHED,
        created_at=datetime.datetime(2024, 7, 17, 9, 0, tzinfo=datetime.UTC),
        body_html="<p>Erster</p>",
    )
    member_comment = services.submit_comment(post, body="Zweiter", user=world.member)
    CommentFactory(post=post, author_name="Wartet Noch", status=CommentStatus.PENDING)
    CommentFactory(post=post, author_name="Werbung", status=CommentStatus.SPAM)

    response = client.get(post.get_absolute_url())

    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("Erster") < html.index("Zweiter")
    assert "Meike Johnsen</a> (nicht überprüft)" in html
    assert 'href="https://www.daa.example" rel="nofollow ugc"' in html
    assert "17. Juli 2024" in html
    assert f'href="{post.get_absolute_url()}#comment-{member_comment.pk}"' in html
    assert f'id="comment-{member_comment.pk}"' in html
    assert f"{world.member.display_name} (Internationale Frauen e.V.)" in html
    assert "Permalink" in html
    assert "Wartet Noch" not in html and "Werbung" not in html
    # E-mail addresses are never shown.
    assert "@example.com" not in html and world.member.email not in html
    # The format help as on the seed page.
    assert "Neuen Kommentar schreiben" in html
    assert "Eingeschränktes HTML" in html
    assert "Erlaubte HTML-Tags: &lt;a href hreflang&gt; &lt;em&gt;" in html
    assert "Zeilenumbrüche und Absätze werden automatisch erzeugt." in html
    assert "Website- und E-Mail-Adressen werden automatisch in Links umgewandelt." in html


def test_post_page_with_an_old_slug_redirects_to_the_permalink(client, post):
    url = reverse("news:post", args=[post.network.slug, post.pk, "alter-titel"])

    response = client.get(url)

    assert response.status_code == 301
    assert response["Location"] == post.get_absolute_url()


@pytest.mark.parametrize(
    "fields",
    [{"status": PostStatus.DRAFT}, {"published_at_offset": datetime.timedelta(days=1)}],
    ids=["draft", "scheduled"],
)
def test_unpublished_posts_are_hidden_except_from_coordinators(as_user, world, fields):
    offset = fields.pop("published_at_offset", -datetime.timedelta(days=1))
    post = PostFactory(network=world.network, published_at=timezone.now() + offset, **fields)

    for user in (None, world.member, world.outsider):
        assert as_user(user).get(post.get_absolute_url()).status_code == 404
        archive = as_user(user).get(reverse("news:archive", args=["sis"]))
        assert post.title not in archive.content.decode()
    response = as_user(world.coordinator).get(post.get_absolute_url())
    assert response.status_code == 200
    assert "Neuen Kommentar schreiben" not in response.content.decode()
    assert (
        post.title
        in as_user(world.coordinator).get(reverse("news:archive", args=["sis"])).content.decode()
    )


def test_archive_pages(client, world):
    for number in range(12):
        PostFactory(
            network=world.network,
            title=f"Beitrag {number:02d}",
            published_at=timezone.now() - datetime.timedelta(days=number + 1),
        )
    PostFactory(network=world.other_network, title="Fremder Beitrag")

    first = client.get(reverse("news:archive", args=["sis"])).content.decode()
    second = client.get(reverse("news:archive", args=["sis"]) + "?seite=2").content.decode()

    assert "Beitrag 00" in first and "Beitrag 09" in first and "Beitrag 10" not in first
    assert "Beitrag 10" in second and "Beitrag 11" in second
    assert "Fremder Beitrag" not in first + second
    assert "Seite 1 von 2" in first


def test_network_page_shows_the_latest_news(client, world, post):
    response = client.get(reverse("networks:detail", args=["sis"]))

    assert post.title in response.content.decode()


# --- writing comments ----------------------------------------------------------------------


def test_a_visitor_comments_and_is_told_it_waits(client, post):
    response = client.post(comment_url(post), visitor_data(), follow=True)

    comment = Comment.objects.get()
    assert comment.status == CommentStatus.PENDING
    assert comment.author_email == "meike.johnsen@example.com"
    assert comment.ip_hash == address_hash("127.0.0.1", purpose=services.ADDRESS_PURPOSE)
    assert "sobald die Koordination ihn freigegeben hat" in response.content.decode()


def test_a_member_comments_without_name_and_email(as_user, world, post):
    client = as_user(world.member)
    form_page = client.get(post.get_absolute_url()).content.decode()
    assert 'name="author_email"' not in form_page
    assert "Ihr Kommentar erscheint sofort" in form_page

    response = client.post(
        comment_url(post), {"body": "Wir sind dabei.", "started": bot_trap_token()}
    )

    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"] == comment.get_absolute_url()
    assert comment.status == CommentStatus.PUBLISHED
    assert comment.user == world.member


def test_a_logged_in_outsider_is_told_that_the_comment_waits(as_user, world, post):
    form_page = as_user(world.outsider).get(post.get_absolute_url()).content.decode()

    assert 'name="author_email"' not in form_page
    assert "sobald die Koordination ihn freigegeben hat" in form_page
    assert "erscheint sofort" not in form_page


def test_the_honeypot_drops_silently_with_the_same_answer(client, post):
    response = client.post(comment_url(post), visitor_data(fax="0341 111"), follow=True)
    honest = client.post(comment_url(post), visitor_data(), follow=True)

    assert Comment.objects.count() == 1
    assert [str(m) for m in response.context["messages"]] == [
        str(m) for m in honest.context["messages"]
    ]


def test_a_form_sent_too_fast_is_refused_with_a_clear_message(client, post, settings):
    settings.PUBLIC_FORM_MIN_SECONDS = 4
    start = datetime.datetime(2030, 1, 1, 12, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False):
        token = bot_trap_token()
    with time_machine.travel(start + datetime.timedelta(seconds=2), tick=False):
        response = client.post(comment_url(post), visitor_data(started=token))

    assert response.status_code == 200
    assert "Das ging sehr schnell" in response.content.decode()
    assert not Comment.objects.exists()

    with time_machine.travel(start + datetime.timedelta(seconds=5), tick=False):
        response = client.post(comment_url(post), visitor_data(started=token))
    assert response.status_code == 302
    assert Comment.objects.count() == 1


def test_an_old_form_is_refused(client, post):
    start = datetime.datetime(2030, 1, 1, 12, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False):
        token = bot_trap_token()
    with time_machine.travel(start + datetime.timedelta(days=2), tick=False):
        response = client.post(comment_url(post), visitor_data(started=token))

    assert "zu lange geöffnet" in response.content.decode()
    assert not Comment.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"body": ""}, "Bitte schreiben Sie einen Kommentar."),
        ({"body": "x" * 5001}, "Ihr Kommentar ist zu lang"),
        ({"author_email": "keine-adresse"}, "Bitte geben Sie eine gültige E-Mail-Adresse ein."),
        ({"author_name": ""}, "Bitte geben Sie Ihren Namen an."),
        ({"author_email": ""}, "Bitte geben Sie Ihre E-Mail-Adresse an."),
        ({"author_homepage": "nicht eine url"}, "Bitte geben Sie eine gültige Webadresse ein."),
        (
            {"body": "http://a.example http://b.example http://c.example http://d.example"},
            "zu viele Links",
        ),
        ({"started": "kaputt"}, "Das Formular konnte nicht geprüft werden."),
    ],
    ids=[
        "empty",
        "too-long",
        "bad-email",
        "no-name",
        "no-email",
        "bad-homepage",
        "links",
        "bad-token",
    ],
)
def test_bad_comments_get_a_german_message_and_store_nothing(client, post, overrides, message):
    response = client.post(comment_url(post), visitor_data(**overrides))

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Comment.objects.exists()


def test_too_many_comments_from_one_address(client, post):
    for _ in range(services.COMMENTS_PER_ADDRESS_PER_HOUR):
        assert client.post(comment_url(post), visitor_data()).status_code == 302

    response = client.post(comment_url(post), visitor_data())

    assert response.status_code == 200
    assert "Zu viele Kommentare" in response.content.decode()
    assert Comment.objects.count() == services.COMMENTS_PER_ADDRESS_PER_HOUR


def test_comments_on_unpublished_or_unknown_posts_are_not_found(client, world):
    draft = PostFactory(network=world.network, status=PostStatus.DRAFT)

    assert client.post(comment_url(draft), visitor_data()).status_code == 404
    unknown = reverse("news:comment_create", args=["sis", 999999])
    assert client.post(unknown, visitor_data()).status_code == 404
    assert client.get(comment_url(draft)).status_code == 405
    assert not Comment.objects.exists()


# --- moderation ----------------------------------------------------------------------------


def test_moderation_queue_and_approval_without_javascript(as_user, world, post):
    comment = CommentFactory(post=post, author_name="Meike Johnsen")
    client = as_user(world.coordinator)

    queue = client.get(reverse("news:moderation", args=["sis"])).content.decode()
    assert "Meike Johnsen (nicht überprüft)" in queue
    assert comment.author_email in queue

    response = client.post(
        reverse("news:comment_approve", args=["sis", comment.pk]), {"status": "pending"}
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("news:moderation", args=["sis"]) + "?status=pending"
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PUBLISHED
    assert comment.moderated_by == world.coordinator


@pytest.mark.parametrize(
    "params",
    [{"seite": "abc"}, {"seite": "99999"}, {"seite": "-1", "status": "gibt-es-nicht"}],
    ids=["not-a-number", "past-the-end", "unknown-status"],
)
def test_moderation_queue_survives_bad_page_numbers_and_statuses(as_user, world, post, params):
    comment = CommentFactory(post=post, author_name="Meike Johnsen")
    response = as_user(world.coordinator).get(reverse("news:moderation", args=["sis"]), params)
    assert response.status_code == 200
    assert [c.pk for c in response.context["page"]] == [comment.pk]
    assert response.context["status"] == CommentStatus.PENDING


def test_moderation_with_htmx_returns_the_row(as_user, world, post):
    comment = CommentFactory(post=post, author_name="Spam Bot")
    client = as_user(world.coordinator)

    response = client.post(
        reverse("news:comment_spam", args=["sis", comment.pk]), HTTP_HX_REQUEST="true"
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert f'id="moderation-{comment.pk}"' in html
    assert "Als Spam markiert." in html
    assert "<html" not in html
    comment.refresh_from_db()
    assert comment.status == CommentStatus.SPAM

    response = client.post(
        reverse("news:comment_delete", args=["sis", comment.pk]), HTTP_HX_REQUEST="true"
    )
    assert "Kommentar gelöscht." in response.content.decode()
    assert not Comment.objects.exists()


def test_coordinator_edits_a_comment(as_user, world, post):
    comment = CommentFactory(post=post, body="Meine Nummer: 0341 123456")
    client = as_user(world.coordinator)
    url = reverse("news:comment_edit", args=["sis", comment.pk])

    assert client.get(url).status_code == 200
    response = client.post(url, {"body": "Meine Nummer: [entfernt]"})

    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.body == "Meine Nummer: [entfernt]"
    assert comment.edited_by == world.coordinator
    assert client.post(url, {"body": ""}).status_code == 200
    comment.refresh_from_db()
    assert comment.body == "Meine Nummer: [entfernt]"


def test_comment_settings(as_user, world, post):
    client = as_user(world.coordinator)
    url = reverse("news:comment_settings", args=["sis"])

    assert client.get(url).status_code == 200
    client.post(url, {})  # an unticked checkbox: no approval needed

    assert services.comment_policy(world.network).moderate_anonymous is False
    client.post(url, {"moderate_anonymous": "on"})
    assert services.comment_policy(world.network).moderate_anonymous is True


# --- posts by coordinators -----------------------------------------------------------------


def test_coordinator_writes_edits_and_deletes_a_post(as_user, world):
    client = as_user(world.coordinator)
    data = {
        "title": "Neues aus Schönefeld",
        "teaser": "Kurz.",
        "body": "Lang <strong>und</strong> <script>alert(1)</script>wichtig.",
        "status": "published",
        "published_at": "2024-06-12T10:00",
        "image_alt": "",
    }

    response = client.post(reverse("news:post_create", args=["sis"]), data)

    post = Post.objects.get()
    assert response.status_code == 302
    assert response["Location"] == post.get_absolute_url()
    assert "<strong>und</strong>" in post.body_html and "<script" not in post.body_html
    page = client.get(post.get_absolute_url()).content.decode()
    assert "<strong>und</strong>" in page and "<script>alert" not in page

    client.post(reverse("news:post_edit", args=["sis", post.pk]), {**data, "title": "Anders"})
    post.refresh_from_db()
    assert post.title == "Anders" and post.slug == "neues-aus-schonefeld"

    response = client.post(reverse("news:post_delete", args=["sis", post.pk]))
    assert response.status_code == 302
    assert not Post.objects.exists()


def test_post_with_an_image_and_its_description_shows_both(as_user, world, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client = as_user(world.coordinator)
    data = {
        "title": "Mit Bild",
        "teaser": "Kurz.",
        "body": "Text",
        "status": "published",
        "published_at": "2024-06-12T10:00",
        "image": image_upload("stand.webp", "WEBP"),
        "image_alt": "Der Infostand auf dem Parkplatz",
    }

    response = client.post(reverse("news:post_create", args=["sis"]), data, follow=True)

    post = Post.objects.get()
    assert post.image.name.endswith(".webp")
    assert (tmp_path / post.image.name).exists()
    assert (
        f'src="{post.image.url}" alt="Der Infostand auf dem Parkplatz"' in response.content.decode()
    )


@pytest.mark.parametrize(
    "published_at", ["0001-01-01T00:00", "1999-12-31T23:00", "2999-01-01T10:00"]
)
def test_a_publication_date_far_off_is_refused_with_a_message(as_user, world, published_at):
    data = {
        "title": "Zeitreise",
        "teaser": "Kurz.",
        "body": "Text",
        "status": "published",
        "published_at": published_at,
    }

    response = as_user(world.coordinator).post(reverse("news:post_create", args=["sis"]), data)

    assert response.status_code == 200
    assert "Bitte wählen Sie ein Veröffentlichungsdatum zwischen dem 1. Januar 2000" in (
        response.content.decode()
    )
    assert not Post.objects.exists()


def test_post_with_an_image_but_no_description_is_refused(as_user, world):
    client = as_user(world.coordinator)
    image = image_upload()
    data = {
        "title": "Mit Bild",
        "teaser": "Kurz.",
        "body": "Text",
        "status": "published",
        "published_at": "2024-06-12T10:00",
        "image": image,
        "image_alt": "",
    }

    response = client.post(reverse("news:post_create", args=["sis"]), data)

    assert response.status_code == 200
    assert "Bitte beschreiben Sie das Bild" in response.content.decode()
    assert not Post.objects.exists()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            SimpleUploadedFile("bild.png", b"<html>nope</html>", content_type="image/png"),
            "Die hochgeladene Datei ist kein Bild oder ist defekt.",
        ),
        # A real image, but in a format the site does not offer.
        (image_upload("bild.png", "GIF"), "Bitte laden Sie ein JPEG-, PNG- oder WebP-Bild hoch."),
    ],
    ids=["no image", "gif named png"],
)
def test_a_file_that_is_no_accepted_image_is_refused(as_user, world, upload, message):
    client = as_user(world.coordinator)
    fake = upload
    data = {
        "title": "Mit Bild",
        "teaser": "Kurz.",
        "body": "Text",
        "status": "published",
        "published_at": "2024-06-12T10:00",
        "image": fake,
        "image_alt": "Ein Bild",
    }

    response = client.post(reverse("news:post_create", args=["sis"]), data)

    assert message in response.content.decode()
    assert not Post.objects.exists()


# --- updates -------------------------------------------------------------------------------


def test_updates_page_shows_members_only_updates_to_members_only(as_user, world):
    UpdateFactory(organisation=world.member_org, title="Für alle", visibility="public")
    UpdateFactory(organisation=world.member_org, title="Nur intern", visibility="members")
    UpdateFactory(organisation=world.outside_org, title="Woanders")
    url = reverse("news:updates", args=["sis"])

    public = as_user(None).get(url).content.decode()
    outsider = as_user(world.outsider).get(url).content.decode()
    member = as_user(world.member).get(url).content.decode()

    assert "Für alle" in public and "Nur intern" not in public and "Woanders" not in public
    assert "Nur intern" not in outsider
    assert "Für alle" in member and "Nur intern" in member


def test_members_only_update_page(as_user, world):
    update = UpdateFactory(organisation=world.member_org, visibility="members")

    response = as_user(None).get(update.get_absolute_url())
    assert response.status_code == 302 and "/konto/" in response["Location"]
    assert as_user(world.outsider).get(update.get_absolute_url()).status_code == 403
    assert as_user(world.coordinator).get(update.get_absolute_url()).status_code == 200


def test_editor_writes_an_update(as_user, world):
    client = as_user(world.member)
    url = reverse("news:update_create", args=[world.member_org.slug])

    response = client.post(url, {"title": "Neu", "body": "Text", "visibility": "members"})

    assert response.status_code == 302
    update = world.member_org.news_updates.get()
    assert update.created_by == world.member
    assert client.post(url, {"title": "", "body": "", "visibility": "x"}).status_code == 200
    assert world.member_org.news_updates.count() == 1


# --- feeds ---------------------------------------------------------------------------------


def test_news_feeds_list_public_posts_only(client, world, post):
    PostFactory(network=world.network, title="Entwurf", status=PostStatus.DRAFT)

    rss = client.get(reverse("news:post_rss", args=["sis"]))
    atom = client.get(reverse("news:post_atom", args=["sis"]))

    assert rss["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(rss.content).find("channel")
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert titles == ["Sommerfest"]
    assert channel.find("item").findtext("link").endswith(post.get_absolute_url())
    entries = ET.fromstring(atom.content).findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == ["Sommerfest"]


def test_update_feeds_never_contain_members_only_updates(client, world):
    UpdateFactory(organisation=world.member_org, title="Für alle", visibility="public")
    UpdateFactory(organisation=world.member_org, title="Nur intern", visibility="members")
    former = OrganisationFactory()
    MembershipFactory(network=world.network, organisation=former, status="former")
    UpdateFactory(organisation=former, title="Ehemalig")

    rss = client.get(reverse("news:update_rss", args=["sis"]))
    atom = client.get(reverse("news:update_atom", args=["sis"]))

    items = ET.fromstring(rss.content).find("channel").findall("item")
    assert [item.findtext("title") for item in items] == ["Internationale Frauen e.V.: Für alle"]
    entries = ET.fromstring(atom.content).findall(f"{ATOM}entry")
    assert len(entries) == 1
    assert b"Nur intern" not in rss.content + atom.content


def _atom_problems(content: bytes) -> list[str]:
    """What RFC 4287 (4.1.1, 4.1.2) requires of a feed and its entries and this one lacks."""
    feed = ET.fromstring(content)
    problems = [
        f"feed: no {name}" for name in ("id", "title", "updated") if feed.find(ATOM + name) is None
    ]
    entries = feed.findall(f"{ATOM}entry")
    authored = [entry.find(f"{ATOM}author/{ATOM}name") is not None for entry in entries]
    if feed.find(f"{ATOM}author/{ATOM}name") is None and not (entries and all(authored)):
        problems.append("feed: no author, and not every entry has one")
    for entry in entries:
        for name in ("id", "title", "updated"):
            if entry.find(ATOM + name) is None:
                problems.append(f"entry: no {name}")
        if entry.find(f"{ATOM}content") is None and entry.find(f"{ATOM}link") is None:
            problems.append("entry: neither content nor link")
    return problems


@pytest.mark.parametrize("name", ["news:post_atom", "news:update_atom"])
def test_atom_feeds_hold_what_rfc_4287_requires_also_when_empty(client, world, post, name):
    UpdateFactory(organisation=world.member_org, title="Für alle", visibility="public")
    for network in (world.network, world.other_network):
        response = client.get(reverse(name, args=[network.slug]))
        assert _atom_problems(response.content) == []
        author = ET.fromstring(response.content).find(f"{ATOM}author")
        assert author.findtext(f"{ATOM}name") == network.name


def test_feed_of_an_unknown_network_is_not_found(client, db):
    assert client.get(reverse("news:post_rss", args=["gibt-es-nicht"])).status_code == 404


# --- navigation and personal area ----------------------------------------------------------


def test_navigation_points_at_the_default_networks_news(client, world, settings):
    settings.DEFAULT_NETWORK_SLUG = "sis"
    assert 'href="/netzwerke/sis/neuigkeiten/"' in client.get("/organisationen/").content.decode()
    settings.DEFAULT_NETWORK_SLUG = ""
    assert "/neuigkeiten/" not in client.get("/organisationen/").content.decode()


def test_dashboard_shows_waiting_comments_to_coordinators(as_user, world, post):
    CommentFactory(post=post)
    CommentFactory(post=post)

    coordinator = as_user(world.coordinator).get(reverse("accounts:dashboard")).content.decode()
    member = as_user(world.member).get(reverse("accounts:dashboard")).content.decode()

    assert "2 Kommentare warten auf Freigabe" in coordinator
    assert reverse("news:moderation", args=["sis"]) in coordinator
    assert "warten auf Freigabe" not in member
    assert reverse("news:updates", args=["sis"]) in member
    assert reverse("news:update_create", args=[world.member_org.slug]) in member


def test_dashboard_says_so_when_no_comment_waits(as_user, world, post):
    CommentFactory(post=post, status=CommentStatus.PUBLISHED)

    page = as_user(world.coordinator).get(reverse("accounts:dashboard")).content.decode()

    assert "Keine Kommentare warten auf Freigabe in" in page
    assert "0 Kommentare" not in page


def test_coordinators_can_turn_a_visitors_comment_into_a_join_request(as_user, world, post):
    visitor = CommentFactory(post=post, status=CommentStatus.PUBLISHED)
    services.submit_comment(post, body="Mitglied", user=world.member)
    action = reverse("networks:join_request_from_comment", args=["sis", visitor.pk])

    coordinator_page = as_user(world.coordinator).get(post.get_absolute_url()).content.decode()
    queue = as_user(world.coordinator).get(
        reverse("news:moderation", args=["sis"]) + "?status=published"
    )
    public_page = as_user(None).get(post.get_absolute_url()).content.decode()

    assert coordinator_page.count("/als-mitgliedsantrag/") == 1
    assert action in coordinator_page
    assert action in queue.content.decode()
    assert "/als-mitgliedsantrag/" not in public_page


def test_a_comment_of_an_older_format_shows_rendered_anew(client, post):
    CommentFactory(
        post=post,
        body="Schreiben Sie an info@example.org",
        body_html="<p>veraltete Darstellung</p>",
        body_format_version=0,
        status=CommentStatus.PUBLISHED,
    )

    page = client.get(post.get_absolute_url()).content.decode()

    assert "veraltete Darstellung" not in page
    assert '<a href="mailto:info@example.org"' in page


# --- text that cannot be encoded -----------------------------------------------------------

# A multipart body is decoded in the charset its sender names; these smuggle in U+D800, a lone
# surrogate that no encoding can write.
SURROGATE_CHARSETS = [("utf-7", b"+2AA-"), ("unicode_escape", b"\\ud800")]


def multipart(charset: str, fields: dict[str, bytes]) -> tuple[bytes, str]:
    boundary = b"NETZWERKSTATT"
    parts = [
        b'--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n'
        % (boundary, name.encode(), value)
        for name, value in fields.items()
    ]
    body = b"".join(parts) + b"--%s--\r\n" % boundary
    return body, f"multipart/form-data; boundary={boundary.decode()}; charset={charset}"


@pytest.mark.parametrize(("charset", "surrogate"), SURROGATE_CHARSETS)
def test_a_comment_sent_in_a_surrogate_charset_is_refused_and_nothing_stored(
    as_user, world, post, charset, surrogate
):
    client = as_user(world.member)
    body, content_type = multipart(
        charset,
        {
            "started": bot_trap_token().encode(),
            "body": b'<em lang="uk">Hallo ' + surrogate + b"</em>",
        },
    )

    response = client.generic("POST", comment_url(post), body, content_type=content_type)

    assert response.status_code == 400
    assert not Comment.objects.exists()


@pytest.mark.parametrize(("charset", "surrogate"), SURROGATE_CHARSETS)
def test_a_visitors_comment_in_a_surrogate_charset_gives_a_message(
    client, post, charset, surrogate
):
    fields = {key: value.encode() for key, value in visitor_data().items()}
    fields["author_name"] = b"Meike " + surrogate
    fields["body"] = b"Text " + surrogate
    body, content_type = multipart(charset, fields)

    response = client.generic("POST", comment_url(post), body, content_type=content_type)

    assert response.status_code == 400
    assert "Die Anfrage konnte nicht verarbeitet werden" in response.content.decode()
    assert not Comment.objects.exists()


@pytest.mark.parametrize(("charset", "surrogate"), SURROGATE_CHARSETS)
def test_an_edit_in_a_surrogate_charset_changes_nothing(as_user, world, post, charset, surrogate):
    comment = CommentFactory(post=post, body="Alt")
    body, content_type = multipart(charset, {"body": b"Neu " + surrogate})

    response = as_user(world.coordinator).generic(
        "POST",
        reverse("news:comment_edit", args=["sis", comment.pk]),
        body,
        content_type=content_type,
    )

    assert response.status_code == 400
    comment.refresh_from_db()
    assert comment.body == "Alt"


def test_a_comment_declared_as_utf8_is_taken(as_user, world, post):
    body, content_type = multipart(
        "UTF-8", {"started": bot_trap_token().encode(), "body": "Grüße".encode()}
    )

    response = as_user(world.member).generic(
        "POST", comment_url(post), body, content_type=content_type
    )

    assert response.status_code == 302
    assert Comment.objects.get().body == "Grüße"


# Any code point, lone surrogates included.
any_code_point = st.one_of(
    st.characters(exclude_categories=()),
    st.integers(min_value=0xD800, max_value=0xDFFF).map(chr),
)


@hypothesis_settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(any_code_point, min_size=1, max_size=200))
def test_the_comment_form_takes_any_text_and_hands_on_encodable_text(text):
    form = CommentForm({"body": text, "started": bot_trap_token(), "fax": ""}, member=True)

    if form.is_valid():
        form.cleaned_data["body"].encode("utf-8")
        richtext.render_restricted_html(form.cleaned_data["body"]).encode("utf-8")
    else:
        assert form.errors


def test_the_format_help_shows_examples_rendered_by_the_real_format(client, post):
    from netzwerkstatt.news.templatetags.news_tags import format_examples
    from netzwerkstatt.richtext import render_restricted_html

    html = client.get(post.get_absolute_url()).content.decode()
    help_html = html[html.index('<div class="format-help">') :]
    help_html = help_html[: help_html.index("</details>")]
    assert "<summary>Beispiele: was Sie schreiben und wie es aussieht</summary>" in help_html
    # What people type is shown as text, next to how it looks.
    assert '<code class="format-source">&lt;strong&gt;wichtig&lt;/strong&gt;</code>' in help_html
    assert "<td><p><strong>wichtig</strong></p>\n</td>" in help_html
    assert "<td><p><em>betont</em></p>\n</td>" in help_html
    assert 'href="http://www.leipzig.de"' in help_html
    for source, rendered in format_examples():
        assert rendered == render_restricted_html(source)
        assert str(rendered) in help_html
    # The list of tags is no longer the first thing people read.
    assert help_html.index("Erlaubte HTML-Tags") > help_html.index("<details>")
