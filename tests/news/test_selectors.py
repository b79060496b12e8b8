import datetime

from django.utils import timezone

from netzwerkstatt.networks.selectors import coordinator_emails
from netzwerkstatt.news import selectors
from netzwerkstatt.news.models import CommentStatus
from tests.factories import MembershipFactory, OrganisationFactory, StaffFactory
from tests.news.factories import CommentFactory, PostFactory, UpdateFactory


def days_ago(days: float) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


def test_updates_since_lists_updates_of_member_organisations_newest_first(world):
    old = UpdateFactory(organisation=world.member_org, published_at=days_ago(10))
    new = UpdateFactory(organisation=world.coordinator_org, published_at=days_ago(1))
    internal = UpdateFactory(
        organisation=world.member_org, published_at=days_ago(2), visibility="members"
    )
    UpdateFactory(organisation=world.outside_org, published_at=days_ago(1))
    UpdateFactory(organisation=world.member_org, published_at=days_ago(-1))  # not yet
    applicant = OrganisationFactory()
    MembershipFactory(network=world.network, organisation=applicant, status="applicant")
    UpdateFactory(organisation=applicant, published_at=days_ago(1))

    assert selectors.updates_since(network=world.network, since=None) == [new, internal, old]
    assert selectors.updates_since(network=world.network, since=days_ago(5)) == [new, internal]
    assert selectors.updates_since(
        network=world.network, since=days_ago(5), include_members_only=False
    ) == [new]


def test_an_organisation_in_two_networks_appears_once(world):
    MembershipFactory(network=world.other_network, organisation=world.member_org)
    update = UpdateFactory(organisation=world.member_org)

    assert selectors.updates_since(network=world.network, since=None) == [update]
    assert selectors.updates_since(network=world.other_network, since=None) == [update]


def test_archive_counts_published_comments_only(world, post):
    CommentFactory(post=post, status=CommentStatus.PUBLISHED)
    CommentFactory(post=post, status=CommentStatus.PENDING)
    CommentFactory(post=post, status=CommentStatus.SPAM)

    page = selectors.archive_page(world.network)

    assert [p.comment_count for p in page] == [1]


def test_latest_posts_are_the_newest_public_ones(world):
    posts = [PostFactory(network=world.network, published_at=days_ago(n)) for n in range(1, 6)]
    PostFactory(network=world.network, published_at=days_ago(-1))

    assert selectors.latest_posts(world.network) == posts[:3]


def test_moderation_queue_is_newest_first_and_per_status(world, post):
    first = CommentFactory(post=post, created_at=days_ago(2))
    second = CommentFactory(post=post, created_at=days_ago(1))
    CommentFactory(post=post, status=CommentStatus.SPAM)
    CommentFactory(post=PostFactory(network=world.other_network))

    assert list(selectors.moderation_queue(world.network)) == [second, first]
    assert selectors.queue_counts(world.network) == {"pending": 2, "published": 0, "spam": 1}


def test_coordinator_emails(world):
    colleague = StaffFactory(organisation=world.coordinator_org).user
    colleague.is_active = False
    colleague.save()

    assert coordinator_emails(world.network) == [world.coordinator.email]
