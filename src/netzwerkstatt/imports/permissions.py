"""Who may import: the coordinators of the network, and only into it."""

from django.shortcuts import get_object_or_404

from netzwerkstatt.imports.models import SpreadsheetUpload
from netzwerkstatt.networks.permissions import AnyUser, get_coordinated_network


def get_network_upload(user: AnyUser, slug: str, pk: int) -> SpreadsheetUpload:
    """An upload of a network the user coordinates; another network's upload is a 404."""
    network = get_coordinated_network(user, slug)
    return get_object_or_404(
        SpreadsheetUpload.objects.select_related("network"), pk=pk, network=network
    )
