"""Who may write and moderate news.

Coordinators write their network's posts and moderate the comments on them. Editors of an
organisation (its staff, and the coordinators of its networks) write its updates. Updates
marked "members only" are seen by the members of the networks the organisation belongs to.

An update speaks in its organisation's name. `speaks_for` is the rule (the same as for events
and needs): written by one of its staff it is published at once; written by anyone else (a
coordinator, the admin) it waits until the organisation's staff confirm, and until then only
its writer and the organisation's staff see it.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from netzwerkstatt.networks.models import MembershipStatus, Network, Organisation
from netzwerkstatt.networks.permissions import (
    AnyUser,
    can_edit_organisation,
    get_coordinated_network,
    is_network_member,
    member_networks,
    speaks_for,
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


def can_see_unconfirmed_update(user: AnyUser, update: Update) -> bool:
    if not user.is_authenticated:
        return False
    return (
        update.created_by_id == user.pk
        or user.is_superuser
        or speaks_for(user, update.organisation)
    )


def can_see_update(user: AnyUser, update: Update) -> bool:
    if not update.is_confirmed:
        return can_see_unconfirmed_update(user, update)
    return update.visibility == Visibility.PUBLIC or can_see_members_only(user, update.organisation)


def get_answerable_update(user: AnyUser, organisation_slug: str, pk: int) -> Update:
    """An update in the name of an organisation the user works for, to confirm or decline;
    looked up within that organisation, so another one's id is a 404."""
    update = get_object_or_404(
        Update.objects.select_related("organisation", "created_by"),
        organisation__slug=organisation_slug,
        pk=pk,
    )
    if not speaks_for(user, update.organisation):
        if not can_see_update(user, update):
            raise Http404
        raise PermissionDenied
    return update


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
