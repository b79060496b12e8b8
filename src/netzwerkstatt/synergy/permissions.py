"""Who sees and who decides about synergies: members see them, coordinators decide."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from netzwerkstatt.networks.models import Network
from netzwerkstatt.networks.permissions import AnyUser, can_coordinate, is_network_member
from netzwerkstatt.synergy.models import ParallelOfferFinding


def get_network_for_members(user: AnyUser, slug: str) -> tuple[Network, bool]:
    """The network and whether the user coordinates it; 403 unless member or coordinator."""
    network = get_object_or_404(Network, slug=slug)
    coordinates = can_coordinate(user, network)
    if not (coordinates or is_network_member(user, network)):
        raise PermissionDenied
    return network, coordinates


def get_decidable_finding(user: AnyUser, slug: str, pk: int) -> ParallelOfferFinding:
    network = get_object_or_404(Network, slug=slug)
    if not can_coordinate(user, network):
        raise PermissionDenied
    return get_object_or_404(ParallelOfferFinding, pk=pk, network=network)
