"""Who may see and change events, on top of networks.permissions.

Public events are visible to everyone, members-only events to the network's members. The
organiser's staff and the coordinators of the event's network change the event; the
co-organisers' staff manage its tasks and report and confirm their own part. Members claim
tasks for the member organisations they work for (coordinators for any member organisation).
Coordination of another network gives no rights here, even where it shares organisations.

Publishing in an organisation's name (organiser, co-organiser) needs its word: `speaks_for`
is the one rule. Naming an organisation one works for counts at once; naming any other waits
until that organisation's staff confirm, and until then the event is seen only by whoever
published it, the named organisation's staff and the network's coordinators.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404

from netzwerkstatt.events import selectors
from netzwerkstatt.events.models import Event, EventTask, Registration, TaskClaim
from netzwerkstatt.networks.models import MembershipStatus, Network, Organisation
from netzwerkstatt.networks.permissions import (
    AnyUser,
    can_coordinate,
    is_network_member,
    speaks_for,
)


def is_event_member(user: AnyUser, network: Network) -> bool:
    return is_network_member(user, network) or can_coordinate(user, network)


def organisations_for_events(user: AnyUser, network: Network) -> QuerySet[Organisation]:
    """Member organisations of the network the user may act for (publish, claim)."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    members = Organisation.objects.filter(
        memberships__network=network, memberships__status=MembershipStatus.MEMBER
    ).order_by("name")
    if user.is_superuser or can_coordinate(user, network):
        return members
    return members.filter(staff__user=user)


def works_for(user: AnyUser, organisation: Organisation) -> bool:
    if not user.is_authenticated:
        return False
    return user.is_superuser or organisation.staff.filter(user=user).exists()


def can_see_unconfirmed_event(user: AnyUser, event: Event) -> bool:
    """Who sees an event its organiser has not confirmed: who published it, the named
    organisations' staff (to answer) and the network's coordinators."""
    if not user.is_authenticated:
        return False
    return (
        event.created_by_id == user.pk
        or speaks_for(user, event.organiser)
        or can_coordinate(user, event.network)
        or Organisation.objects.filter(
            event_co_organisations__event=event, staff__user=user
        ).exists()
    )


def can_view_event(user: AnyUser, event: Event) -> bool:
    if not event.organiser_confirmed:
        return can_see_unconfirmed_event(user, event)
    return event.is_public or is_event_member(user, event.network)


def can_edit_event(user: AnyUser, event: Event) -> bool:
    return works_for(user, event.organiser) or can_coordinate(user, event.network)


def can_manage_tasks(user: AnyUser, event: Event) -> bool:
    """Organiser and co-organiser staff add tasks and write the report."""
    if not user.is_authenticated:
        return False
    if can_edit_event(user, event):
        return True
    return Organisation.objects.filter(
        event_co_organisations__event=event, staff__user=user
    ).exists()


def can_answer_for(user: AnyUser, organisation: Organisation) -> bool:
    """Confirm or decline a naming: only the named organisation's own staff."""
    return speaks_for(user, organisation)


def get_visible_event(user: AnyUser, pk: int) -> Event:
    """The event, or 404 – a members-only event does not exist for outsiders."""
    event = selectors.event_detail(pk)
    if not can_view_event(user, event):
        raise Http404
    return event


def get_editable_event(user: AnyUser, pk: int) -> Event:
    event = get_visible_event(user, pk)
    if not can_edit_event(user, event):
        raise PermissionDenied
    return event


def get_task_managed_event(user: AnyUser, pk: int) -> Event:
    event = get_visible_event(user, pk)
    if not can_manage_tasks(user, event):
        raise PermissionDenied
    return event


def get_claimable_task(user: AnyUser, pk: int) -> EventTask:
    task = selectors.task_with_event(pk)
    if not can_view_event(user, task.event):
        raise Http404
    if not organisations_for_events(user, task.event.network).exists():
        raise PermissionDenied
    return task


def get_releasable_claim(user: AnyUser, pk: int) -> TaskClaim:
    claim = selectors.claim_with_task(pk)
    if not can_view_event(user, claim.task.event):
        raise Http404
    if not works_for(user, claim.organisation) and not can_manage_tasks(user, claim.task.event):
        raise PermissionDenied
    return claim


def get_own_registration(user: AnyUser, event: Event) -> Registration:
    if not user.is_authenticated:
        raise PermissionDenied
    registration = selectors.active_registration_of(event, user)
    if registration is None:
        raise Http404
    return registration


def get_organiser_answerable_event(user: AnyUser, pk: int) -> Event:
    """An event whose organiser the user may confirm or decline for; 404 if unknown or
    invisible, 403 for anyone not on the organiser's staff."""
    event = get_visible_event(user, pk)
    if not can_answer_for(user, event.organiser):
        raise PermissionDenied
    return event


def get_co_organiser_answerable(
    user: AnyUser, pk: int, org_slug: str
) -> tuple[Event, Organisation]:
    """The event and a co-organiser the user works for, looked up among the event's own
    co-organisers: another organisation's slug is a 404."""
    event = get_visible_event(user, pk)
    link = next(
        (link for link in event.co_organiser_links.all() if link.organisation.slug == org_slug),
        None,
    )
    if link is None:
        raise Http404
    if not can_answer_for(user, link.organisation):
        raise PermissionDenied
    return event, link.organisation
