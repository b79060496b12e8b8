"""Who may change what.

Rights come only from the party that owns them. A person edits an organisation
they work for (Staff). A person coordinates a network when an organisation they
work for is a member of it (status member, not applicant or former) with the
coordinator role. Coordinators manage what belongs to the network; they edit an
organisation's profile and offers only while it has no staff of its own (a
placeholder for a partner not on the platform yet) and it is an active member
or applicant of their network. Superusers may do everything.
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


def own_organisations(user: AnyUser) -> QuerySet[Organisation]:
    """The organisations the user works for (is staff of)."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    return Organisation.objects.filter(staff__user=user)


def placeholder_organisations(user: AnyUser) -> QuerySet[Organisation]:
    """Organisations without staff that are active in a network the user coordinates."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    return Organisation.objects.filter(
        memberships__network__in=coordinated_networks(user),
        memberships__status__in=ACTIVE_STATUSES,
    ).exclude(staff__isnull=False)


def editable_organisations(user: AnyUser) -> QuerySet[Organisation]:
    if not user.is_authenticated:
        return Organisation.objects.none()
    if user.is_superuser:
        return Organisation.objects.all()
    return (own_organisations(user) | placeholder_organisations(user)).distinct()


def can_edit_organisation(user: AnyUser, organisation: Organisation) -> bool:
    return editable_organisations(user).filter(pk=organisation.pk).exists()


def is_organisation_staff(user: AnyUser, organisation: Organisation) -> bool:
    return own_organisations(user).filter(pk=organisation.pk).exists()


def speaks_for(user: AnyUser | None, organisation: Organisation) -> bool:
    """Whether the user gives the organisation's word, so that naming it (as organiser or
    co-organiser of an event, as the one that raised a need, as an update's author) holds at
    once instead of waiting for its confirmation.

    Its own staff do. So do the coordinators who keep a placeholder without staff (active in a
    network they coordinate), because nobody else could ever confirm for it. Coordinating a
    network never speaks for an organisation with staff of its own.
    """
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    return (
        is_organisation_staff(user, organisation)
        or placeholder_organisations(user).filter(pk=organisation.pk).exists()
    )


def can_manage_staff(user: AnyUser, organisation: Organisation) -> bool:
    """Only an organisation's own staff (and admins) invite and remove its staff; a
    coordinator may only invite the first person of a placeholder they may edit."""
    if not user.is_authenticated:
        return False
    if user.is_superuser or is_organisation_staff(user, organisation):
        return True
    return placeholder_organisations(user).filter(pk=organisation.pk).exists()


def refusal_reason(user: AnyUser, organisation: Organisation) -> str:
    """Why the user may not edit the organisation, in words for the refusal page."""
    from django.utils.translation import gettext as _

    coordinates_it = (
        user.is_authenticated
        and Organisation.objects.filter(
            pk=organisation.pk,
            memberships__network__in=coordinated_networks(user),
            memberships__status__in=ACTIVE_STATUSES,
        ).exists()
    )
    if coordinates_it:
        return _(
            "This organisation maintains its profile itself: it has its own staff on the "
            "platform. As coordinator you manage the network's memberships and roles, but "
            "not the profile, offers or staff of a member organisation. Please contact its "
            "staff if something needs to change."
        )
    return _(
        "Only the staff of this organisation may change its profile, offers and staff. "
        "Please contact the organisation if something needs to change."
    )


class OrganisationEditRefused(PermissionDenied):
    """Refusal to edit an organisation; the handler shows the reason, not a bare 403."""

    def __init__(self, organisation: Organisation, reason: str) -> None:
        super().__init__(reason)
        self.organisation = organisation
        self.reason = reason


def can_coordinate(user: AnyUser, network: Network) -> bool:
    return coordinated_networks(user).filter(pk=network.pk).exists()


def is_network_member(user: AnyUser, network: Network) -> bool:
    return member_networks(user).filter(pk=network.pk).exists()


def get_editable_organisation(user: AnyUser, slug: str) -> Organisation:
    """The organisation, if the user may edit it: 404 if unknown, 403 if not theirs."""
    organisation = get_object_or_404(Organisation, slug=slug)
    if not can_edit_organisation(user, organisation):
        raise OrganisationEditRefused(organisation, refusal_reason(user, organisation))
    return organisation


def get_staff_managed_organisation(user: AnyUser, slug: str) -> Organisation:
    """The organisation, if the user may invite or remove its staff."""
    organisation = get_object_or_404(Organisation, slug=slug)
    if not can_manage_staff(user, organisation):
        raise OrganisationEditRefused(organisation, refusal_reason(user, organisation))
    return organisation


def get_organisation_staff_member(user: AnyUser, slug: str, pk: int) -> Staff:
    """A staff row of an organisation the user may edit; looked up within that organisation,
    so a row of another organisation is a 404, never a change there."""
    organisation = get_staff_managed_organisation(user, slug)
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


def get_network_for_members(user: AnyUser, slug: str) -> tuple[Network, bool]:
    """The network and whether the user coordinates it; 403 unless member or coordinator."""
    network = get_object_or_404(Network, slug=slug)
    coordinates = can_coordinate(user, network)
    if not (coordinates or is_network_member(user, network)):
        raise PermissionDenied
    return network, coordinates


def membership_of(network: Network, organisation: Organisation) -> Membership | None:
    return Membership.objects.filter(network=network, organisation=organisation).first()


def explain_refusal(view):
    """Show a refused organisation edit as a page that says why, with status 403."""
    from functools import wraps

    from django.shortcuts import render

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except OrganisationEditRefused as refusal:
            return render(
                request,
                "networks/organisation_refused.html",
                {"organisation": refusal.organisation, "reason": refusal.reason},
                status=403,
            )

    return wrapper
