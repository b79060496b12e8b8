"""Pinned query counts: the number of queries does not grow with the rows shown."""

import pytest
from django.urls import reverse

from netzwerkstatt.news import selectors, services
from netzwerkstatt.news.models import CommentStatus
from tests.factories import MembershipFactory, OrganisationFactory, StaffFactory
from tests.news.factories import CommentFactory, PostFactory, UpdateFactory


@pytest.fixture
def busy(world, post):
    """Several posts, organisations, updates and comments of both kinds."""
    for _ in range(6):
        PostFactory(network=world.network)
    for number in range(4):
        org = OrganisationFactory()
        MembershipFactory(network=world.network, organisation=org)
        StaffFactory(organisation=org)
        UpdateFactory(organisation=org, visibility="public" if number % 2 else "members")
        member = StaffFactory(organisation=org).user
        services.submit_comment(post, body=f"Kommentar {number}", user=member)
        CommentFactory(
            post=post, status=CommentStatus.PUBLISHED, author_homepage="https://a.example"
        )
        CommentFactory(post=post, status=CommentStatus.PENDING)
    return world


def test_archive_page(client, busy, django_assert_num_queries):
    with django_assert_num_queries(3):
        response = client.get(reverse("news:archive", args=["sis"]))
    assert response.status_code == 200


def test_archive_page_for_a_coordinator(as_user, busy, django_assert_num_queries):
    client = as_user(busy.coordinator)
    with django_assert_num_queries(6):
        response = client.get(reverse("news:archive", args=["sis"]))
    assert response.status_code == 200


def test_post_page_with_comments(client, busy, post, django_assert_num_queries):
    with django_assert_num_queries(3):
        response = client.get(post.get_absolute_url())
    assert response.content.decode().count('class="comment"') == 8


def test_post_page_for_a_coordinator(as_user, busy, post, django_assert_num_queries):
    client = as_user(busy.coordinator)
    with django_assert_num_queries(7):
        response = client.get(post.get_absolute_url())
    assert response.status_code == 200


def test_updates_page_for_a_member(as_user, busy, django_assert_num_queries):
    client = as_user(busy.member)
    with django_assert_num_queries(6):
        response = client.get(reverse("news:updates", args=["sis"]))
    assert response.content.decode().count('class="card" id="update-') == 4


def test_updates_feed(client, busy, django_assert_num_queries):
    with django_assert_num_queries(2):
        response = client.get(reverse("news:update_rss", args=["sis"]))
    assert response.content.count(b"<item>") == 2


def test_moderation_queue(as_user, busy, django_assert_num_queries):
    client = as_user(busy.coordinator)
    with django_assert_num_queries(7):
        response = client.get(reverse("news:moderation", args=["sis"]))
    assert response.content.decode().count('class="card moderation-row"') == 4


def test_updates_since(busy, django_assert_num_queries):
    with django_assert_num_queries(1):
        updates = selectors.updates_since(network=busy.network, since=None)
        names = [update.organisation.name for update in updates]
    assert len(names) == 4


def test_dashboard_piece(as_user, busy, django_assert_num_queries):
    from django.template import Context, Template

    template = Template("{% load news_tags %}{% news_dashboard %}")
    with django_assert_num_queries(3):
        html = template.render(Context({"user": busy.coordinator}))
    assert "4 Kommentare warten auf Freigabe" in html
