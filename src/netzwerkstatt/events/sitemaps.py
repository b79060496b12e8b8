"""Sitemap section of the public, confirmed events."""

from django.db.models import QuerySet

from netzwerkstatt.core.sitemaps import QuerySetSitemap
from netzwerkstatt.events.models import Event
from netzwerkstatt.events.selectors import visible_events_public


class EventSitemap(QuerySetSitemap):
    def queryset(self) -> QuerySet[Event]:
        return visible_events_public().only("pk", "updated_at")
