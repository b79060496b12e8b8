"""Who sees and who decides about synergies: members see them, coordinators decide."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from netzwerkstatt.networks.models import Network
from netzwerkstatt.networks.permissions import AnyUser, can_coordinate, is_network_member
from netzwerkstatt.synergy.models import ParallelOfferFinding


def get_network_for_members(user: AnyUser, slug: str) -> Network:
    """The network, if the user's organisation is a member or the user coordinates it."""
    network = get_object_or_404(Network, slug=slug)
    if not (is_network_member(user, network) or can_coordinate(user, network)):
        raise PermissionDenied
    return network


def get_decidable_finding(user: AnyUser, slug: str, pk: int) -> ParallelOfferFinding:
    network = get_object_or_404(Network, slug=slug)
    if not can_coordinate(user, network):
        raise PermissionDenied
    return get_object_or_404(ParallelOfferFinding, pk=pk, network=network)
