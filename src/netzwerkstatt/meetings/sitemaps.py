"""Sitemap section of the meetings' public summaries."""

from django.db.models import QuerySet
from django.urls import reverse

from netzwerkstatt.core.sitemaps import QuerySetSitemap
from netzwerkstatt.meetings.models import Meeting


class MeetingSummarySitemap(QuerySetSitemap):
    """What a network tells everyone about a meeting, once its minutes are published."""

    def queryset(self) -> QuerySet[Meeting]:
        return (
            Meeting.objects.filter(minutes_published_at__isnull=False, is_cancelled=False)
            .exclude(public_summary="")
            .select_related("network")
            .only("pk", "updated_at", "network__slug")
        )

    def location(self, item: Meeting) -> str:
        return reverse("meetings:summary", args=[item.network.slug, item.pk])
