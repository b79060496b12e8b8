"""What a logged-in person's own area shows."""

from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q

from netzwerkstatt.accounts.models import User
from netzwerkstatt.networks.models import Network, Organisation
from netzwerkstatt.networks.permissions import coordinated_networks, editable_organisations
from netzwerkstatt.offers.models import Need, NeedStatus, Offer


@dataclass
class Dashboard:
    organisations: list[Organisation]
    coordinated: list[Network]
    networks: list[Network]
    is_citywide_coordinator: bool = False


def dashboard_for(user: User) -> Dashboard:
    from netzwerkstatt.networks.permissions import member_networks

    offers = Offer.objects.order_by("status", "title")
    organisations = list(
        editable_organisations(user)
        .order_by("name")
        .prefetch_related(Prefetch("offers", queryset=offers))
    )
    open_needs = Count("needs", filter=Q(needs__status=NeedStatus.OPEN), distinct=True)
    coordinated = list(coordinated_networks(user).annotate(open_needs=open_needs).order_by("name"))
    networks = list(member_networks(user).annotate(open_needs=open_needs).order_by("name"))
    from netzwerkstatt.synergy.citywide import is_citywide_coordinator

    return Dashboard(
        organisations=organisations,
        coordinated=coordinated,
        networks=networks,
        is_citywide_coordinator=is_citywide_coordinator(user),
    )


__all__ = ["Dashboard", "dashboard_for", "Need"]
