"""Who may write and moderate news.

Coordinators write their network's posts and moderate the comments on them. Editors of an
organisation (its staff, and the coordinators of its networks) write its updates. Updates
marked "members only" are seen by the members of the networks the organisation belongs to.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from netzwerkstatt.networks.models import MembershipStatus, Network, Organisation
from netzwerkstatt.networks.permissions import (
    AnyUser,
    can_edit_organisation,
    get_coordinated_network,
    is_network_member,
    member_networks,
)
from netzwerkstatt.news.models import Comment, Post, Update, Visibility
from netzwerkstatt.news.selectors import get_network_comment


def get_editable_post(user: AnyUser, network_slug: str, pk: int) -> Post:
    network = get_coordinated_network(user, network_slug)
    return get_object_or_404(Post.objects.select_related("network"), network=network, pk=pk)


def get_moderatable_comment(user: AnyUser, network_slug: str, pk: int) -> Comment:
    network = get_coordinated_network(user, network_slug)
    return get_network_comment(network, pk)


def can_see_members_only(user: AnyUser, organisation: Organisation) -> bool:
    """Members of a network the organisation belongs to, and its editors."""
    if not user.is_authenticated:
        return False
    shares_network = (
        member_networks(user)
        .filter(
            memberships__organisation=organisation,
            memberships__status=MembershipStatus.MEMBER,
        )
        .exists()
    )
    return shares_network or can_edit_organisation(user, organisation)


def can_see_update(user: AnyUser, update: Update) -> bool:
    return update.visibility == Visibility.PUBLIC or can_see_members_only(user, update.organisation)


def get_editable_update(user: AnyUser, organisation_slug: str, pk: int) -> Update:
    update = get_object_or_404(
        Update.objects.select_related("organisation"), organisation__slug=organisation_slug, pk=pk
    )
    if not can_edit_organisation(user, update.organisation):
        raise PermissionDenied
    return update


def sees_members_only_updates(user: AnyUser, network: Network) -> bool:
    """Members of the network (coordinators included) see its members-only updates."""
    return is_network_member(user, network)
