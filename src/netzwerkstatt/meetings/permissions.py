"""Who may do what with meetings.

Staff of member organisations see meetings, answer for themselves, propose agenda items and
close their own and their organisation's action items. Coordinators plan, publish agendas and
minutes; the minute-taker chosen for a meeting may record its minutes but not publish them.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from netzwerkstatt.meetings import selectors
from netzwerkstatt.meetings.models import ActionItem, Decision, Meeting, MeetingSeries
from netzwerkstatt.networks.permissions import (
    AnyUser,
    can_coordinate,
    get_coordinated_network,
    get_network_for_members,
)


def get_meeting_for_members(user: AnyUser, slug: str, pk: int) -> tuple[Meeting, bool]:
    network, coordinates = get_network_for_members(user, slug)
    meeting = selectors.get_meeting(network, pk)
    if meeting is None:
        raise Http404
    return meeting, coordinates


def get_coordinated_meeting(user: AnyUser, slug: str, pk: int) -> Meeting:
    network = get_coordinated_network(user, slug)
    meeting = selectors.get_meeting(network, pk)
    if meeting is None:
        raise Http404
    return meeting


def can_record_minutes(user: AnyUser, meeting: Meeting, *, coordinates: bool) -> bool:
    return coordinates or (user.is_authenticated and meeting.minute_taker_id == user.pk)


def get_minutes_meeting(user: AnyUser, slug: str, pk: int) -> Meeting:
    """A meeting whose minutes the user may record: coordinators and its minute-taker."""
    meeting, coordinates = get_meeting_for_members(user, slug, pk)
    if not can_record_minutes(user, meeting, coordinates=coordinates):
        raise PermissionDenied
    return meeting


def get_coordinated_series(user: AnyUser, slug: str, pk: int) -> MeetingSeries:
    network = get_coordinated_network(user, slug)
    return get_object_or_404(MeetingSeries, pk=pk, network=network)


def can_close_action_item(user: AnyUser, item: ActionItem) -> bool:
    if not user.is_authenticated:
        return False
    if user.is_superuser or item.owner_user_id == user.pk:
        return True
    if item.owner_organisation_id and item.owner_organisation.staff.filter(user=user).exists():
        return True
    return can_coordinate(user, item.meeting.network)


def get_closable_action_item(user: AnyUser, pk: int) -> ActionItem:
    item = get_object_or_404(
        ActionItem.objects.select_related("meeting__network", "owner_organisation"), pk=pk
    )
    if not can_close_action_item(user, item):
        raise PermissionDenied
    return item


def get_correctable_decision(user: AnyUser, slug: str, pk: int, decision_pk: int) -> Decision:
    """A decision the user may correct or withdraw.

    While the minutes are a draft, whoever may record them; once published, only the
    network's coordinators, since members have read and relied on the decision.
    """
    meeting, coordinates = get_meeting_for_members(user, slug, pk)
    if not can_record_minutes(user, meeting, coordinates=coordinates):
        raise PermissionDenied
    if meeting.minutes_published and not coordinates:
        raise PermissionDenied
    decision = (
        Decision.objects.select_related("meeting__network", "network")
        .filter(meeting=meeting, pk=decision_pk)
        .first()
    )
    if decision is None:
        raise Http404
    return decision
