"""Reads for the news pages, feeds and other apps (meetings list a network's updates)."""

from dataclasses import dataclass
from datetime import datetime

from django.core.paginator import Page, Paginator
from django.db.models import Count, Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from netzwerkstatt.networks.models import MembershipStatus, Network
from netzwerkstatt.news.models import Comment, CommentStatus, Post, Update, Visibility

ARCHIVE_PAGE_SIZE = 10
UPDATES_PAGE_SIZE = 20
QUEUE_PAGE_SIZE = 25
FEED_SIZE = 20


def _posts(network: Network, *, include_unpublished: bool) -> QuerySet[Post]:
    posts = Post.objects.filter(network=network).select_related("network")
    if not include_unpublished:
        posts = posts.public()
    return posts.order_by("-published_at", "-pk")


def archive_page(
    network: Network, *, page: int | str = 1, include_unpublished: bool = False
) -> Page:
    """A page of the network's posts, newest first; drafts and scheduled ones for coordinators."""
    posts = _posts(network, include_unpublished=include_unpublished).annotate(
        comment_count=Count("comments", filter=Q(comments__status=CommentStatus.PUBLISHED))
    )
    return Paginator(posts, ARCHIVE_PAGE_SIZE).get_page(page)


def published_posts(network: Network) -> QuerySet[Post]:
    """The network's published posts whose date has come, newest first."""
    return _posts(network, include_unpublished=False)


def latest_posts(network: Network, *, limit: int = 3) -> list[Post]:
    return list(_posts(network, include_unpublished=False)[:limit])


def feed_posts(network: Network) -> list[Post]:
    return list(_posts(network, include_unpublished=False)[:FEED_SIZE])


def get_post(network: Network, pk: int, *, include_unpublished: bool) -> Post:
    posts = Post.objects.all() if include_unpublished else Post.objects.public()
    post = get_object_or_404(posts, network=network, pk=pk)
    post.network = network
    return post


@dataclass
class PostPage:
    post: Post
    comments: list[Comment]
    pending_count: int


def post_page(post: Post, *, for_coordinator: bool) -> PostPage:
    """The post with its published comments, oldest first, and their authors' organisations."""
    comments = list(
        post.comments.filter(status=CommentStatus.PUBLISHED)
        .select_related("organisation")
        .order_by("created_at", "pk")
    )
    pending = post.comments.filter(status=CommentStatus.PENDING).count() if for_coordinator else 0
    return PostPage(post=post, comments=comments, pending_count=pending)


def _posts_of(network: Network) -> QuerySet[Post]:
    """The network's posts as a subquery: comments are then counted from their index by post
    and status, instead of reading every pending comment of the city to find its network."""
    return Post.objects.filter(network=network).values("pk")


def moderation_queue(
    network: Network, *, status: str = CommentStatus.PENDING, page: int | str = 1
) -> Page:
    comments = (
        Comment.objects.filter(post__in=_posts_of(network), status=status)
        .select_related("post__network", "organisation", "moderated_by", "edited_by")
        .order_by("-created_at", "-pk")
    )
    return Paginator(comments, QUEUE_PAGE_SIZE).get_page(page)


def queue_counts(network: Network) -> dict[str, int]:
    rows = (
        Comment.objects.filter(post__in=_posts_of(network))
        .values_list("status")
        .annotate(number=Count("pk"))
        .order_by()
    )
    counts = {status: 0 for status in CommentStatus.values}
    counts.update(dict(rows))
    return counts


def get_network_comment(network: Network, pk: int) -> Comment:
    return get_object_or_404(
        Comment.objects.select_related("post__network", "organisation", "moderated_by"),
        post__network=network,
        pk=pk,
    )


def pending_comment_counts(networks: QuerySet[Network]) -> list[Network]:
    """The networks with `pending_comments` counted, for the coordinators' personal area."""
    return list(
        networks.annotate(
            pending_comments=Count(
                "news_posts__comments",
                filter=Q(news_posts__comments__status=CommentStatus.PENDING),
            )
        ).order_by("name")
    )


# --- updates -------------------------------------------------------------------------------


def network_updates(*, network: Network, include_members_only: bool) -> QuerySet[Update]:
    """Updates of the organisations that are members of the network now, newest first."""
    updates = Update.objects.filter(
        organisation__memberships__network=network,
        organisation__memberships__status=MembershipStatus.MEMBER,
        published_at__lte=timezone.now(),
        confirmed_at__isnull=False,
    ).select_related("organisation")
    if not include_members_only:
        updates = updates.filter(visibility=Visibility.PUBLIC)
    return updates.order_by("-published_at", "-pk")


def updates_since(
    *, network: Network, since: datetime | None, include_members_only: bool = True
) -> list[Update]:
    """Updates of the network's member organisations published after `since` (all if None).

    Newest first, with the organisation loaded. Pass include_members_only=False for anything
    the public or a feed sees.
    """
    updates = network_updates(network=network, include_members_only=include_members_only)
    if since is not None:
        updates = updates.filter(published_at__gt=since)
    return list(updates)


def updates_page(network: Network, *, include_members_only: bool, page: int | str = 1) -> Page:
    updates = network_updates(network=network, include_members_only=include_members_only)
    return Paginator(updates, UPDATES_PAGE_SIZE).get_page(page)


def feed_updates(network: Network) -> list[Update]:
    return list(network_updates(network=network, include_members_only=False)[:FEED_SIZE])


def pending_update_confirmations(user) -> list[Update]:
    """Updates written in the name of the user's organisations that wait for their word."""
    if not user.is_authenticated:
        return []
    return list(
        Update.objects.filter(
            organisation__staff__user=user,
            confirmed_at__isnull=True,
            declined_at__isnull=True,
        )
        .select_related("organisation", "created_by")
        .order_by("published_at", "pk")
    )
