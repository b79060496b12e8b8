"""Who may change what.

A person edits an organisation they work for. A person coordinates a network
when an organisation they work for is a member of it with the coordinator
role; coordinators may edit every organisation of their network (members and
applicants) and its needs and memberships. Superusers may do everything.
"""

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from netzwerkstatt.accounts.models import User
from netzwerkstatt.networks.models import (
    Membership,
    MembershipRole,
    MembershipStatus,
    Network,
    Organisation,
    Staff,
)

AnyUser = User | AnonymousUser

ACTIVE_STATUSES = [MembershipStatus.MEMBER, MembershipStatus.APPLICANT]


def coordinated_networks(user: AnyUser) -> QuerySet[Network]:
    if not user.is_authenticated:
        return Network.objects.none()
    if user.is_superuser:
        return Network.objects.all()
    return Network.objects.filter(
        memberships__role=MembershipRole.COORDINATOR,
        memberships__status=MembershipStatus.MEMBER,
        memberships__organisation__staff__user=user,
    ).distinct()


def member_networks(user: AnyUser) -> QuerySet[Network]:
    """Networks in which one of the user's organisations is an active member."""
    if not user.is_authenticated:
        return Network.objects.none()
    if user.is_superuser:
        return Network.objects.all()
    return Network.objects.filter(
        memberships__status=MembershipStatus.MEMBER,
        memberships__organisation__staff__user=user,
    ).distinct()


def editable_organisations(user: AnyUser) -> QuerySet[Organisation]:
    if not user.is_authenticated:
        return Organisation.objects.none()
    if user.is_superuser:
        return Organisation.objects.all()
    own = Organisation.objects.filter(staff__user=user)
    coordinated = Organisation.objects.filter(
        memberships__network__in=coordinated_networks(user),
        memberships__status__in=ACTIVE_STATUSES,
    )
    return (own | coordinated).distinct()


def can_edit_organisation(user: AnyUser, organisation: Organisation) -> bool:
    return editable_organisations(user).filter(pk=organisation.pk).exists()


def can_coordinate(user: AnyUser, network: Network) -> bool:
    return coordinated_networks(user).filter(pk=network.pk).exists()


def is_network_member(user: AnyUser, network: Network) -> bool:
    return member_networks(user).filter(pk=network.pk).exists()


def get_editable_organisation(user: AnyUser, slug: str) -> Organisation:
    """The organisation, if the user may edit it: 404 if unknown, 403 if not theirs."""
    organisation = get_object_or_404(Organisation, slug=slug)
    if not can_edit_organisation(user, organisation):
        raise PermissionDenied
    return organisation


def get_organisation_staff_member(user: AnyUser, slug: str, pk: int) -> Staff:
    """A staff row of an organisation the user may edit; looked up within that organisation,
    so a row of another organisation is a 404, never a change there."""
    organisation = get_editable_organisation(user, slug)
    return get_object_or_404(
        Staff.objects.select_related("user", "organisation"), pk=pk, organisation=organisation
    )


def get_coordinated_network(user: AnyUser, slug: str) -> Network:
    network = get_object_or_404(Network, slug=slug)
    if not can_coordinate(user, network):
        raise PermissionDenied
    return network


def get_member_network(user: AnyUser, slug: str) -> Network:
    network = get_object_or_404(Network, slug=slug)
    if not is_network_member(user, network):
        raise PermissionDenied
    return network


def membership_of(network: Network, organisation: Organisation) -> Membership | None:
    return Membership.objects.filter(network=network, organisation=organisation).first()
