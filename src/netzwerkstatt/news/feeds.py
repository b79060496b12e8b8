"""RSS and Atom feeds of a network's news posts and of its members' public updates.

Members-only updates never appear here: feed readers fetch without logging in and cache.
"""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from netzwerkstatt.networks.models import Network
from netzwerkstatt.news import selectors
from netzwerkstatt.news.models import Post, Update


class PostRssFeed(Feed):
    def get_object(self, request, slug: str) -> Network:
        return get_object_or_404(Network, slug=slug)

    def title(self, network: Network) -> str:
        return _("News of %(network)s") % {"network": network.name}

    def link(self, network: Network) -> str:
        return reverse("news:archive", args=[network.slug])

    def description(self, network: Network) -> str:
        return network.tagline or network.name

    def author_name(self, network: Network) -> str:
        # Atom (RFC 4287) wants an author of the feed when an entry names none.
        return network.name

    def items(self, network: Network) -> list[Post]:
        return selectors.feed_posts(network)

    def item_title(self, post: Post) -> str:
        return post.title

    def item_description(self, post: Post) -> str:
        return post.rendered_body()

    def item_pubdate(self, post: Post):
        return post.published_at

    def item_updateddate(self, post: Post):
        return post.updated_at


class PostAtomFeed(PostRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, network: Network) -> str:
        return self.description(network)


class UpdateRssFeed(Feed):
    def get_object(self, request, slug: str) -> Network:
        return get_object_or_404(Network, slug=slug)

    def title(self, network: Network) -> str:
        return _("Updates from the members of %(network)s") % {"network": network.name}

    def link(self, network: Network) -> str:
        return reverse("news:updates", args=[network.slug])

    def description(self, network: Network) -> str:
        return _("News from the member organisations about their projects and the neighbourhood.")

    def author_name(self, network: Network) -> str:
        return network.name

    def items(self, network: Network) -> list[Update]:
        return selectors.feed_updates(network)

    def item_title(self, update: Update) -> str:
        return f"{update.organisation.display_name}: {update.title}"

    def item_description(self, update: Update) -> str:
        return update.rendered_body()

    def item_author_name(self, update: Update) -> str:
        return update.organisation.name

    def item_pubdate(self, update: Update):
        return update.published_at

    def item_updateddate(self, update: Update):
        return update.updated_at


class UpdateAtomFeed(UpdateRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, network: Network) -> str:
        return self.description(network)
