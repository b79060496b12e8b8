"""Who sees and who decides about synergies: members see them, coordinators decide."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from netzwerkstatt.networks.models import Network
from netzwerkstatt.networks.permissions import AnyUser, can_coordinate
from netzwerkstatt.synergy.models import ParallelOfferFinding


def get_decidable_finding(user: AnyUser, slug: str, pk: int) -> ParallelOfferFinding:
    network = get_object_or_404(Network, slug=slug)
    if not can_coordinate(user, network):
        raise PermissionDenied
    return get_object_or_404(ParallelOfferFinding, pk=pk, network=network)
