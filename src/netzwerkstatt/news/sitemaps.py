"""Sitemap sections of the published news posts and the public updates of members."""

from django.db.models import Exists, OuterRef, QuerySet
from django.utils import timezone

from netzwerkstatt.core.sitemaps import QuerySetSitemap
from netzwerkstatt.networks.models import Membership, MembershipStatus
from netzwerkstatt.news.models import Post, Update, Visibility


class PostSitemap(QuerySetSitemap):
    def queryset(self) -> QuerySet[Post]:
        return (
            Post.objects.public()
            .select_related("network")
            .only("pk", "slug", "updated_at", "network__slug")
        )


class UpdateSitemap(QuerySetSitemap):
    """Updates as the networks' update lists show them to everyone: public, confirmed by the
    organisation, published, of an organisation that is a member of a network."""

    def queryset(self) -> QuerySet[Update]:
        is_member = Membership.objects.filter(
            organisation=OuterRef("organisation"), status=MembershipStatus.MEMBER
        )
        return (
            Update.objects.filter(
                Exists(is_member),
                visibility=Visibility.PUBLIC,
                confirmed_at__isnull=False,
                published_at__lte=timezone.now(),
            )
            .select_related("organisation")
            .only("pk", "updated_at", "organisation__slug")
        )
