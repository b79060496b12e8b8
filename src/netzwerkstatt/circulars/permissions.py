"""Who reads and writes circulars: the network's members read its archive, its coordination
writes. Another network's coordinators see nothing, even when the networks share members."""

from django.http import Http404

from netzwerkstatt.circulars import selectors
from netzwerkstatt.circulars.models import Circular
from netzwerkstatt.networks.permissions import (
    AnyUser,
    get_network_for_members,
)


def get_circular_for_members(user: AnyUser, slug: str, pk: int) -> tuple[Circular, bool]:
    network, coordinates = get_network_for_members(user, slug)
    circular = selectors.get_circular(network, pk)
    if circular is None:
        raise Http404
    return circular, coordinates
