import datetime

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import timezone

from netzwerkstatt.core.address_hashes import address_hash, purge_address_hashes
from netzwerkstatt.news import services
from netzwerkstatt.news.models import Comment, CommentStatus, Post, PostStatus
from netzwerkstatt.richtext import FORMAT_VERSION
from tests.factories import StaffFactory
from tests.news.factories import CommentFactory, PostFactory, UpdateFactory, image_upload

BERLIN = datetime.timezone(datetime.timedelta(hours=1))
NOON = datetime.datetime(2030, 3, 10, 12, 0, tzinfo=BERLIN)


def post_data(**overrides):
    return {
        "title": "Ideencafé bei Marianne",
        "teaser": "Wir laden ein.",
        "body": "Kommt vorbei!\nAuf www.example.org steht mehr.",
        "status": PostStatus.PUBLISHED,
        "published_at": timezone.now() - datetime.timedelta(minutes=1),
        **overrides,
    }


def test_create_post_renders_the_body_and_records_who_wrote_it(world):
    post = services.create_post(world.network, data=post_data(), by=world.coordinator)

    assert post.slug == "ideencafe-bei-marianne"
    assert post.body_format_version == FORMAT_VERSION
    assert 'href="http://www.example.org"' in post.body_html
    assert "<br>" in post.body_html
    assert post.created_by == world.coordinator
    assert post.is_public


def test_a_new_title_keeps_the_permalink(world):
    post = services.create_post(world.network, data=post_data(), by=world.coordinator)
    url = post.get_absolute_url()

    post = services.update_post(post, data={"title": "Ideencafé: neuer Termin"}, by=world.member)

    assert post.get_absolute_url() == url
    assert post.title == "Ideencafé: neuer Termin"
    assert post.updated_by == world.member


def test_two_posts_with_one_title_get_different_slugs(world):
    first = services.create_post(world.network, data=post_data(), by=None)
    second = services.create_post(world.network, data=post_data(), by=None)

    assert first.slug != second.slug


def test_an_image_needs_a_description(world):
    image = image_upload()

    with pytest.raises(ValidationError):
        services.create_post(world.network, data=post_data(image=image), by=None)

    assert not Post.objects.exists()


def test_drafts_and_scheduled_posts_are_not_public(world):
    PostFactory(network=world.network, status=PostStatus.DRAFT)
    PostFactory(network=world.network, published_at=timezone.now() + datetime.timedelta(hours=1))
    public = PostFactory(network=world.network)

    assert list(Post.objects.public()) == [public]


def test_a_scheduled_post_becomes_public_at_its_date(world):
    with time_machine.travel(NOON, tick=False):
        post = PostFactory(network=world.network, published_at=NOON + datetime.timedelta(hours=2))
        assert not post.is_public
    with time_machine.travel(NOON + datetime.timedelta(hours=2), tick=False):
        assert post.is_public


# --- comments ------------------------------------------------------------------------------


def anonymous_comment(post, **overrides):
    fields = {
        "body": "Liebes Akteursnetzwerk, wir möchten gern mitmachen.",
        "author_name": "Meike Johnsen",
        "author_email": "meike@example.com",
        "author_homepage": "https://www.example.com",
        "ip_address": "192.0.2.7",
        **overrides,
    }
    return services.submit_comment(post, **fields)


def test_a_visitors_comment_waits_and_the_coordination_gets_an_email(
    post, world, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        comment = anonymous_comment(post)

    assert comment.status == CommentStatus.PENDING
    assert comment.user is None
    assert comment.ip_hash and "192.0.2.7" not in comment.ip_hash
    assert comment.ip_hash == address_hash("192.0.2.7", purpose=services.ADDRESS_PURPOSE)
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == [world.coordinator.email]
    assert "Sommerfest" in message.subject
    assert "Meike Johnsen" in message.body
    assert "/netzwerke/sis/kommentare/" in message.body


def test_a_members_comment_is_published_at_once_with_their_organisation(
    post, world, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        comment = services.submit_comment(post, body="Wir sind dabei!", user=world.member)

    assert comment.status == CommentStatus.PUBLISHED
    assert comment.author_name == world.member.display_name
    assert comment.author_email == world.member.email
    assert comment.organisation == world.member_org
    assert comment.is_verified
    assert mailoutbox == []


def test_an_outsiders_comment_waits_like_a_visitors(post, world):
    comment = services.submit_comment(post, body="Wir auch?", user=world.outsider)

    assert comment.status == CommentStatus.PENDING
    assert comment.organisation is None
    assert comment.is_verified


def test_without_moderation_a_visitors_comment_appears_at_once(post, world):
    services.set_comment_policy(world.network, moderate_anonymous=False, by=world.coordinator)

    comment = anonymous_comment(post)

    assert comment.status == CommentStatus.PUBLISHED
    assert not comment.is_verified


def test_comments_on_a_draft_are_refused(world):
    draft = PostFactory(network=world.network, status=PostStatus.DRAFT)

    with pytest.raises(ValidationError):
        anonymous_comment(draft)

    assert not Comment.objects.exists()


@pytest.mark.parametrize(
    "overrides",
    [
        {"body": "   "},
        {"body": "x" * 5001},
        {"body": "https://a.example http://b.example www.c.example https://d.example"},
        {"author_name": ""},
        {"author_email": ""},
    ],
    ids=["empty", "too-long", "too-many-links", "no-name", "no-email"],
)
def test_bad_comments_store_nothing(post, overrides):
    with pytest.raises(ValidationError):
        anonymous_comment(post, **overrides)

    assert not Comment.objects.exists()


def test_the_link_limit_counts_links_as_they_are_shown(post):
    # "https://www." is one link, and the e-mail address an applicant leaves is no web link.
    comment = anonymous_comment(
        post,
        body='https://www.daa.de, <a href="https://www.daa.de/ave">AVE</a>, '
        "www.kommpakt.example – gerne per Mail an meike.johnsen@daa.de",
    )

    assert comment.body_html.count("<a ") == 4
    assert services.count_links(comment.body) == services.MAX_LINKS_PER_COMMENT


def test_one_address_may_send_five_comments_an_hour(post):
    with time_machine.travel(NOON, tick=False):
        for _ in range(services.COMMENTS_PER_ADDRESS_PER_HOUR):
            anonymous_comment(post)
        with pytest.raises(ValidationError, match="Too many comments|Zu viele"):
            anonymous_comment(post)
        # Another address is not affected.
        anonymous_comment(post, ip_address="192.0.2.99")
    assert Comment.objects.count() == services.COMMENTS_PER_ADDRESS_PER_HOUR + 1

    with time_machine.travel(NOON + datetime.timedelta(minutes=61), tick=False):
        anonymous_comment(post)


def test_members_are_not_rate_limited(post, world):
    with time_machine.travel(NOON, tick=False):
        for _ in range(services.COMMENTS_PER_ADDRESS_PER_HOUR + 1):
            services.submit_comment(post, body="Ja!", user=world.member, ip_address="192.0.2.7")

    assert Comment.objects.count() == services.COMMENTS_PER_ADDRESS_PER_HOUR + 1


def test_approving_and_rejecting_record_who_and_when(post, world):
    comment = CommentFactory(post=post)

    with time_machine.travel(NOON, tick=False):
        comment = services.approve_comment(comment, by=world.coordinator)
    assert comment.status == CommentStatus.PUBLISHED
    assert comment.moderated_by == world.coordinator
    assert comment.moderated_at == NOON

    other = StaffFactory(organisation=world.coordinator_org).user
    with time_machine.travel(NOON + datetime.timedelta(hours=1), tick=False):
        comment = services.mark_comment_spam(comment, by=other)
    comment.refresh_from_db()
    assert comment.status == CommentStatus.SPAM
    assert comment.moderated_by == other
    assert comment.moderated_at == NOON + datetime.timedelta(hours=1)


def test_editing_a_comment_renders_it_again_and_records_the_editor(post, world):
    comment = CommentFactory(post=post, body="Ruft an: 0341 123456")

    with time_machine.travel(NOON, tick=False):
        comment = services.edit_comment(comment, body="Ruft an: [entfernt]", by=world.coordinator)

    comment.refresh_from_db()
    assert comment.body == "Ruft an: [entfernt]"
    assert "entfernt" in comment.body_html and "0341" not in comment.body_html
    assert comment.edited_by == world.coordinator
    assert comment.edited_at == NOON


def test_editing_to_an_empty_comment_is_refused(post, world):
    comment = CommentFactory(post=post, body="Bleibt.")

    with pytest.raises(ValidationError):
        services.edit_comment(comment, body="  ", by=world.coordinator)

    comment.refresh_from_db()
    assert comment.body == "Bleibt."


def test_deleting_a_comment(post, world):
    comment = CommentFactory(post=post)

    services.delete_comment(comment, by=world.coordinator)

    assert not Comment.objects.exists()


def test_address_hashes_are_forgotten_after_30_days(post):
    with time_machine.travel(NOON, tick=False):
        old = anonymous_comment(post)
    with time_machine.travel(NOON + datetime.timedelta(days=29), tick=False):
        recent = anonymous_comment(post)

    with time_machine.travel(NOON + datetime.timedelta(days=30, minutes=1), tick=False):
        assert purge_address_hashes()["news.Comment"] == 1

    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.ip_hash == ""
    assert recent.ip_hash == address_hash("192.0.2.7", purpose=services.ADDRESS_PURPOSE)


def test_rerender_updates_only_rows_of_an_older_format(post, world):
    stale = CommentFactory(
        post=post, body="Alt *und* neu", body_html="veraltet", body_format_version=0
    )
    current = CommentFactory(post=post, body="Aktuell", body_html="<p>bleibt so</p>")
    stale_update = UpdateFactory(
        organisation=world.member_org, body_html="x", body_format_version=0
    )

    counts = services.rerender_richtext()

    assert counts == {"post": 0, "update": 1, "comment": 1}
    stale.refresh_from_db()
    current.refresh_from_db()
    stale_update.refresh_from_db()
    assert stale.body_html.strip() == "<p>Alt *und* neu</p>"
    assert stale.body_format_version == FORMAT_VERSION
    assert current.body_html == "<p>bleibt so</p>"
    assert stale_update.body_format_version == FORMAT_VERSION
    assert services.rerender_richtext() == {"post": 0, "update": 0, "comment": 0}


# --- updates -------------------------------------------------------------------------------


def test_create_update_renders_and_records_the_author(world):
    update = services.create_update(
        world.member_org,
        data={"title": "Neuer Kurs", "body": "Ab Montag\nneu.", "visibility": "members"},
        by=world.member,
    )

    assert update.body_html.strip() == "<p>Ab Montag<br>\nneu.</p>"
    assert update.created_by == world.member
    assert update.visibility == "members"


def test_set_comment_policy_records_who_changed_it(world):
    policy = services.set_comment_policy(
        world.network, moderate_anonymous=False, by=world.coordinator
    )

    assert policy.updated_by == world.coordinator
    assert services.comment_policy(world.network).moderate_anonymous is False
    assert services.comment_policy(world.other_network).moderate_anonymous is True


def test_maintenance_commands(post, world):
    from io import StringIO

    from django.core.management import call_command

    with time_machine.travel(NOON, tick=False):
        comment = anonymous_comment(post)
    Comment.objects.filter(pk=comment.pk).update(body_format_version=0)

    with time_machine.travel(NOON + datetime.timedelta(days=31), tick=False):
        output = StringIO()
        call_command("purge_address_hashes", stdout=output)
        assert "news.Comment: 1 address hashes deleted" in output.getvalue()
        call_command("purge_address_hashes", stdout=output)
        assert "news.Comment: 0 address hashes deleted" in output.getvalue()
    output = StringIO()
    call_command("rerender_richtext", stdout=output)
    assert "comment: 1 re-rendered" in output.getvalue()
    comment.refresh_from_db()
    assert comment.ip_hash == "" and comment.body_format_version == FORMAT_VERSION
