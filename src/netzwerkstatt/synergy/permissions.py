"""Who sees and who decides about synergies: members see them, coordinators decide.

The city-wide pages are for people with the role "City-wide coordination" only; superusers
grant it in the admin, and do not hold it by being superusers.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from netzwerkstatt.networks.models import Network
from netzwerkstatt.networks.permissions import AnyUser, can_coordinate
from netzwerkstatt.synergy import citywide
from netzwerkstatt.synergy.models import ParallelOfferFinding


def get_decidable_finding(user: AnyUser, slug: str, pk: int) -> ParallelOfferFinding:
    network = get_object_or_404(Network, slug=slug)
    if not can_coordinate(user, network):
        raise PermissionDenied
    return get_object_or_404(ParallelOfferFinding, pk=pk, network=network)


def require_citywide_coordinator(user: AnyUser) -> None:
    if not citywide.is_citywide_coordinator(user):
        raise PermissionDenied


def get_citywide_finding(user: AnyUser, pk: int) -> ParallelOfferFinding:
    """A city-wide finding the person may decide about: 404 once a network withdrew consent."""
    require_citywide_coordinator(user)
    finding = citywide.get_visible_finding(pk)
    if finding is None:
        raise Http404
    return finding
