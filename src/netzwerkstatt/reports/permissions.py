"""Who reads a network's activity report: its coordinators (and administrators).

The report is the coordinators' work for funders, and it lists attendance by organisation:
how often each member organisation came is not the other members' business. So members,
and coordinators of other networks that share members, are refused.
"""

from netzwerkstatt.networks.models import Network
from netzwerkstatt.networks.permissions import AnyUser, get_coordinated_network


def get_reportable_network(user: AnyUser, slug: str) -> Network:
    return get_coordinated_network(user, slug)
