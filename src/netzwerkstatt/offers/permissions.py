"""Object-level rules for offers and needs, on top of networks.permissions.

"Raised by" names an organisation. `speaks_for` is the rule for it (the same as for events and
updates): naming an organisation one works for counts at once; any other waits for its staff's
confirmation, and until then only whoever named it, that organisation's staff and the
network's coordinators see the name.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from netzwerkstatt.networks.permissions import (
    AnyUser,
    OrganisationEditRefused,
    can_coordinate,
    can_edit_organisation,
    is_network_member,
    is_organisation_staff,
    refusal_reason,
    speaks_for,
)
from netzwerkstatt.offers import selectors
from netzwerkstatt.offers.models import HelpOffer, Need, Offer


def get_visible_offer(user: AnyUser, pk: int) -> tuple[Offer, bool]:
    """The offer and whether the user may edit it. Non-public offers exist only for editors."""
    offer = selectors.offer_detail(pk)
    may_edit = can_edit_organisation(user, offer.organisation)
    if not may_edit and not selectors.offer_is_public(offer):
        raise Http404
    return offer, may_edit


def get_editable_offer(user: AnyUser, pk: int) -> Offer:
    """An offer belongs to its organisation: its staff edit it, and coordinators only while the
    organisation is a placeholder without staff (see networks.permissions)."""
    offer = selectors.offer_detail(pk)
    if not can_edit_organisation(user, offer.organisation):
        raise OrganisationEditRefused(offer.organisation, refusal_reason(user, offer.organisation))
    return offer


def can_see_raised_by(user: AnyUser, need: Need) -> bool:
    """Whether the page shows who raised the need: to everyone who sees the need once
    confirmed; before that, to whoever named the organisation, its staff and coordinators."""
    if need.raised_by_id is None:
        return False
    if need.raised_by_confirmed:
        return True
    if not user.is_authenticated:
        return False
    return (
        need.raised_by_named_by_id == user.pk
        or speaks_for(user, need.raised_by)
        or can_coordinate(user, need.network)
    )


def can_view_needs(user: AnyUser, network) -> bool:
    return is_network_member(user, network) or can_coordinate(user, network)


def can_edit_need(user: AnyUser, need: Need) -> bool:
    if can_coordinate(user, need.network):
        return True
    if not is_network_member(user, need.network):
        return False
    if need.created_by_id == getattr(user, "pk", None):
        return True
    # The staff of a confirmed "raised by" organisation, not everyone who may edit its profile
    # (a coordinator of another network that shares it has no say here).
    # Its staff only: `speaks_for` would also let in a coordinator of another network that keeps
    # the organisation as a placeholder there.
    return need.raised_by_confirmed and is_organisation_staff(user, need.raised_by)


def get_visible_need(user: AnyUser, pk: int) -> Need:
    need = selectors.need_detail(pk)
    if not can_view_needs(user, need.network):
        raise PermissionDenied
    return need


def get_editable_need(user: AnyUser, pk: int) -> Need:
    need = selectors.need_detail(pk)
    if not can_edit_need(user, need):
        raise PermissionDenied
    return need


def get_raised_by_answerable_need(user: AnyUser, pk: int) -> Need:
    """A need naming an organisation the user works for, to confirm or decline: 404 for an
    unknown need, 403 for anyone not on the named organisation's staff."""
    need = selectors.need_detail(pk)
    if need.raised_by_id is None or not speaks_for(user, need.raised_by):
        raise PermissionDenied
    return need


def get_coordinated_need(user: AnyUser, pk: int) -> Need:
    """Only the network's coordinators decide what the public sees of its needs."""
    need = selectors.need_detail(pk)
    if not can_coordinate(user, need.network):
        raise PermissionDenied
    return need


def get_handled_help_offer(user: AnyUser, pk: int) -> HelpOffer:
    """Offers of help are answered by the coordinators of the need's network."""
    help_offer = get_object_or_404(HelpOffer.objects.select_related("need__network"), pk=pk)
    if not can_coordinate(user, help_offer.need.network):
        raise PermissionDenied
    return help_offer
