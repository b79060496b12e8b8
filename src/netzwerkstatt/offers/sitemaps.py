"""Sitemap section of the public offers (active offers of member organisations)."""

from django.db.models import QuerySet

from netzwerkstatt.core.sitemaps import QuerySetSitemap
from netzwerkstatt.offers.models import Offer
from netzwerkstatt.offers.selectors import public_offers


class OfferSitemap(QuerySetSitemap):
    def queryset(self) -> QuerySet[Offer]:
        return public_offers().only("pk", "updated_at")
