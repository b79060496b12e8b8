"""Sitemap section of the published news posts."""

from django.db.models import QuerySet

from netzwerkstatt.core.sitemaps import QuerySetSitemap
from netzwerkstatt.news.models import Post


class PostSitemap(QuerySetSitemap):
    def queryset(self) -> QuerySet[Post]:
        return (
            Post.objects.public()
            .select_related("network")
            .only("pk", "slug", "updated_at", "network__slug")
        )
