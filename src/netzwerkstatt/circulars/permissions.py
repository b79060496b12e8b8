"""Who reads and writes circulars: the network's members read its archive, its coordination
writes. Another network's coordinators see nothing, even when the networks share members."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from netzwerkstatt.circulars import selectors
from netzwerkstatt.circulars.models import Circular
from netzwerkstatt.networks.models import Network
from netzwerkstatt.networks.permissions import AnyUser, can_coordinate, is_network_member


def get_network_for_members(user: AnyUser, slug: str) -> tuple[Network, bool]:
    """The network and whether the user coordinates it; 403 unless member or coordinator."""
    network = get_object_or_404(Network, slug=slug)
    coordinates = can_coordinate(user, network)
    if not (coordinates or is_network_member(user, network)):
        raise PermissionDenied
    return network, coordinates


def get_circular_for_members(user: AnyUser, slug: str, pk: int) -> tuple[Circular, bool]:
    network, coordinates = get_network_for_members(user, slug)
    circular = selectors.get_circular(network, pk)
    if circular is None:
        raise Http404
    return circular, coordinates
