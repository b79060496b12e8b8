"""Pieces of the offers app shown on other apps' pages: "We are looking for" on the network page."""

from django import template

from netzwerkstatt.networks.models import Network
from netzwerkstatt.offers import selectors
from netzwerkstatt.offers.models import HelpOfferStatus

register = template.Library()

#: How many public needs the network page shows before "all".
NEEDS_ON_NETWORK_PAGE = 3


@register.inclusion_tag("offers/_network_public_needs.html", takes_context=True)
def public_needs(context, network: Network) -> dict:
    needs = list(selectors.public_needs(network)[: NEEDS_ON_NETWORK_PAGE + 1])
    coordinates = context.get("is_coordinator", False)
    return {
        "network": network,
        "needs": needs[:NEEDS_ON_NETWORK_PAGE],
        "more": len(needs) > NEEDS_ON_NETWORK_PAGE,
        "is_coordinator": coordinates,
        "new_help_offers": (
            selectors.help_offer_counts(network)[HelpOfferStatus.NEW] if coordinates else 0
        ),
    }
