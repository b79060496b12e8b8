"""Every write route of the news app, for each role that may and each that may not."""

import pytest
from django.urls import reverse

from netzwerkstatt.core.forms import bot_trap_token
from netzwerkstatt.news.models import Comment, CommentStatus, NetworkCommentPolicy, Post, Update
from tests.factories import MembershipFactory, OrganisationFactory, StaffFactory
from tests.news.factories import CommentFactory, PostFactory, UpdateFactory

ROLES = ["anonymous", "other_editor", "editor", "other_coordinator", "coordinator", "superuser"]


@pytest.fixture
def person(world, user_for):
    """`person(role)`: editor = staff of the member organisation; other_editor = staff of another
    member organisation of the same network; other_coordinator coordinates another network."""
    other_org = OrganisationFactory(slug="cvjm", name="CVJM")
    MembershipFactory(network=world.network, organisation=other_org)
    other_editor = StaffFactory(organisation=other_org).user

    def _person(role):
        return {
            "other_editor": other_editor,
            "editor": world.member,
            "other_coordinator": world.outsider,
        }.get(role) or user_for(role)

    return _person


def check(response, allowed: bool, role: str) -> None:
    if allowed:
        assert response.status_code in (200, 302), response.status_code
        if response.status_code == 302:
            assert "/konto/anmelden/" not in response["Location"]
    elif role == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith("/konto/anmelden/")
    else:
        assert response.status_code == 403


COORDINATOR_ONLY = {"coordinator", "superuser"}


@pytest.mark.parametrize("role", ROLES)
def test_write_a_post(as_user, person, world, role):
    client = as_user(person(role))
    url = reverse("news:post_create", args=["sis"])
    data = {
        "title": "Neu",
        "teaser": "Kurz",
        "body": "Text",
        "status": "published",
        "published_at": "2024-06-12T10:00",
    }

    check(client.get(url), role in COORDINATOR_ONLY, role)
    check(client.post(url, data), role in COORDINATOR_ONLY, role)
    assert Post.objects.exists() == (role in COORDINATOR_ONLY)


@pytest.mark.parametrize("role", ROLES)
def test_edit_a_post(as_user, person, world, post, role):
    client = as_user(person(role))
    url = reverse("news:post_edit", args=["sis", post.pk])
    data = {
        "title": "Geändert",
        "teaser": "Kurz",
        "body": "Text",
        "status": "published",
        "published_at": "2024-06-12T10:00",
    }

    check(client.get(url), role in COORDINATOR_ONLY, role)
    check(client.post(url, data), role in COORDINATOR_ONLY, role)
    post.refresh_from_db()
    assert (post.title == "Geändert") == (role in COORDINATOR_ONLY)


@pytest.mark.parametrize("role", ROLES)
def test_delete_a_post(as_user, person, world, post, role):
    client = as_user(person(role))
    url = reverse("news:post_delete", args=["sis", post.pk])

    check(client.get(url), role in COORDINATOR_ONLY, role)
    check(client.post(url), role in COORDINATOR_ONLY, role)
    assert Post.objects.filter(pk=post.pk).exists() != (role in COORDINATOR_ONLY)


def test_a_post_of_another_network_cannot_be_edited_through_this_one(as_user, world):
    foreign = PostFactory(network=world.other_network)
    client = as_user(world.coordinator)

    assert client.get(reverse("news:post_edit", args=["sis", foreign.pk])).status_code == 404
    assert client.post(reverse("news:post_delete", args=["sis", foreign.pk])).status_code == 404


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("route", "expected"),
    [
        ("news:comment_approve", CommentStatus.PUBLISHED),
        ("news:comment_spam", CommentStatus.SPAM),
        ("news:comment_delete", None),
    ],
)
@pytest.mark.parametrize("htmx", [False, True], ids=["plain", "htmx"])
def test_moderate_a_comment(as_user, person, post, role, route, expected, htmx):
    comment = CommentFactory(post=post)
    client = as_user(person(role))
    headers = {"HX-Request": "true"} if htmx else {}

    response = client.post(reverse(route, args=["sis", comment.pk]), headers=headers)

    check(response, role in COORDINATOR_ONLY, role)
    if htmx and role in COORDINATOR_ONLY:
        # htmx swaps the returned row into the queue in place of the old one.
        assert response.status_code == 200
        assert 'role="status"' in response.content.decode()

    remaining = Comment.objects.filter(pk=comment.pk).first()
    if role in COORDINATOR_ONLY:
        assert (remaining.status if remaining else None) == expected
    else:
        assert remaining.status == CommentStatus.PENDING


@pytest.mark.parametrize("role", ROLES)
def test_moderation_queue_and_edit_comment(as_user, person, post, role):
    comment = CommentFactory(post=post, body="Vorher")
    client = as_user(person(role))
    edit = reverse("news:comment_edit", args=["sis", comment.pk])

    check(client.get(reverse("news:moderation", args=["sis"])), role in COORDINATOR_ONLY, role)
    check(client.get(edit), role in COORDINATOR_ONLY, role)
    check(client.post(edit, {"body": "Nachher"}), role in COORDINATOR_ONLY, role)
    comment.refresh_from_db()
    assert (comment.body == "Nachher") == (role in COORDINATOR_ONLY)


def test_a_comment_of_another_network_cannot_be_moderated_through_this_one(as_user, world):
    foreign = CommentFactory(post=PostFactory(network=world.other_network))
    client = as_user(world.coordinator)

    response = client.post(reverse("news:comment_approve", args=["sis", foreign.pk]))

    assert response.status_code == 404
    foreign.refresh_from_db()
    assert foreign.status == CommentStatus.PENDING


@pytest.mark.parametrize("role", ROLES)
def test_comment_settings(as_user, person, world, role):
    client = as_user(person(role))
    url = reverse("news:comment_settings", args=["sis"])

    check(client.get(url), role in COORDINATOR_ONLY, role)
    check(client.post(url, {}), role in COORDINATOR_ONLY, role)
    stored = NetworkCommentPolicy.objects.filter(network=world.network).first()
    assert (stored is not None and not stored.moderate_anonymous) == (role in COORDINATOR_ONLY)


# An update is published in its organisation's name; the member organisation has staff of its
# own, so its network's coordinator neither writes, edits nor deletes its updates.
EDITORS = {"editor", "superuser"}


@pytest.mark.parametrize("role", ROLES)
def test_write_an_update(as_user, person, world, role):
    client = as_user(person(role))
    url = reverse("news:update_create", args=[world.member_org.slug])

    check(client.get(url), role in EDITORS, role)
    check(
        client.post(url, {"title": "Neu", "body": "Text", "visibility": "public"}),
        role in EDITORS,
        role,
    )
    assert Update.objects.exists() == (role in EDITORS)


@pytest.mark.parametrize("role", ROLES)
def test_edit_an_update(as_user, person, world, role):
    update = UpdateFactory(organisation=world.member_org, title="Vorher")
    client = as_user(person(role))
    url = reverse("news:update_edit", args=[world.member_org.slug, update.pk])

    check(client.get(url), role in EDITORS, role)
    check(
        client.post(url, {"title": "Nachher", "body": "T", "visibility": "public"}),
        role in EDITORS,
        role,
    )
    update.refresh_from_db()
    assert (update.title == "Nachher") == (role in EDITORS)


@pytest.mark.parametrize("role", ROLES)
def test_delete_an_update(as_user, person, world, role):
    update = UpdateFactory(organisation=world.member_org)
    client = as_user(person(role))
    url = reverse("news:update_delete", args=[world.member_org.slug, update.pk])

    check(client.get(url), role in EDITORS, role)
    check(client.post(url), role in EDITORS, role)
    assert Update.objects.filter(pk=update.pk).exists() != (role in EDITORS)


@pytest.mark.parametrize("role", ROLES)
def test_everybody_may_comment_on_a_public_post(as_user, person, post, role):
    client = as_user(person(role))
    data = {
        "author_name": "Gast",
        "author_email": "gast@example.com",
        "body": "Hallo",
        "started": bot_trap_token(),
    }

    response = client.post(reverse("news:comment_create", args=["sis", post.pk]), data)

    assert response.status_code == 302
    assert Comment.objects.count() == 1
