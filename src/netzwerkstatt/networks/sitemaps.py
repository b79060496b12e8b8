"""Sitemap sections of networks and organisations: only what anyone may see."""

from django.db.models import Exists, OuterRef, QuerySet
from django.urls import reverse

from netzwerkstatt.core.sitemaps import PublicSitemap, QuerySetSitemap
from netzwerkstatt.networks.models import Membership, MembershipStatus, Network, Organisation


class NetworkSitemap(PublicSitemap):
    """Each network's page (also in Leichte Sprache), its news and its members' updates."""

    changefreq = "daily"

    def items(self) -> list[tuple[str, str]]:
        slugs = Network.objects.order_by("pk").values_list("slug", flat=True)
        return [
            (name, slug)
            for slug in slugs
            for name in (
                "networks:detail",
                "networks:easy_read_network",
                "news:archive",
                "news:updates",
            )
        ]

    def location(self, item: tuple[str, str]) -> str:
        # Reversed here, in the language of each sitemap entry.
        name, slug = item
        return reverse(name, args=[slug])


class OrganisationSitemap(QuerySetSitemap):
    """Profiles of organisations that are a member of a network, as in the directory."""

    def queryset(self) -> QuerySet[Organisation]:
        is_member = Membership.objects.filter(
            organisation=OuterRef("pk"), status=MembershipStatus.MEMBER
        )
        return Organisation.objects.filter(Exists(is_member)).only("slug", "updated_at")
