"""Reads for meeting pages, the calendar and the e-mail, each shaped for one use."""

import datetime
import re
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone

from netzwerkstatt.accounts.models import User
from netzwerkstatt.meetings.models import (
    ActionItem,
    AgendaItem,
    AgendaItemStatus,
    Decision,
    DecisionTag,
    Meeting,
    Rsvp,
    RsvpAnswer,
)
from netzwerkstatt.networks.models import Membership, MembershipStatus, Network, Organisation
from netzwerkstatt.offers.models import Offer, OfferStatus
from netzwerkstatt.offers.search import MAX_QUERY_WORDS, stems
from netzwerkstatt.synergy.models import FindingStatus, ParallelOfferFinding

# Without a previous meeting, the round of updates looks back this far.
DEFAULT_LOOKBACK = datetime.timedelta(days=31)


def network_member_users(network: Network) -> QuerySet[User]:
    """People who work for an organisation that is a member of the network."""
    return User.objects.filter(
        is_active=True,
        staff_positions__organisation__memberships__network=network,
        staff_positions__organisation__memberships__status=MembershipStatus.MEMBER,
    ).distinct()


def _member_on(day: datetime.date, prefix: str = "") -> Q:
    """Memberships that held on `day`: joined_on <= day < left_on.

    Memberships recorded before the dates were kept have none: a current member without a
    date counts as a member since always, a former one without an end date as gone.
    """
    joined = Q(**{f"{prefix}joined_on__lte": day}) | Q(
        **{f"{prefix}joined_on__isnull": True, f"{prefix}status": MembershipStatus.MEMBER}
    )
    not_left = Q(**{f"{prefix}left_on__gt": day}) | Q(
        **{f"{prefix}left_on__isnull": True, f"{prefix}status": MembershipStatus.MEMBER}
    )
    return joined & not_left


def users_member_on(network: Network, day: datetime.date) -> QuerySet[User]:
    """People working for an organisation that was a member of the network on `day`."""
    memberships = Membership.objects.filter(_member_on(day), network=network)
    return User.objects.filter(
        is_active=True,
        staff_positions__organisation__in=memberships.values("organisation"),
    ).distinct()


def attendance_choices(meeting: Meeting) -> QuerySet[User]:
    """Who can be marked present: staff of the organisations that were members on the
    meeting's date, and anyone already recorded (who stays visible and can stay ticked)."""
    day = timezone.localtime(meeting.starts_at).date()
    recorded = meeting.attendances.values("user_id")
    eligible = users_member_on(meeting.network, day).values("pk")
    return User.objects.filter(Q(pk__in=eligible) | Q(pk__in=recorded)).order_by("display_name")


def member_organisation_of(user: User, network: Network) -> Organisation | None:
    """The member organisation a person comes for (the first by name if they work for several)."""
    return (
        Organisation.objects.filter(
            staff__user=user,
            memberships__network=network,
            memberships__status=MembershipStatus.MEMBER,
        )
        .order_by("name")
        .first()
    )


def meetings_for_calendar(*, network: Network, start: datetime.date, end: datetime.date) -> list:
    """Meetings of the network starting on a local date from `start` to `end` (both included)."""
    zone = timezone.get_current_timezone()
    lower = datetime.datetime.combine(start, datetime.time.min, tzinfo=zone)
    upper = datetime.datetime.combine(end + datetime.timedelta(days=1), datetime.time.min, zone)
    return list(
        Meeting.objects.filter(network=network, starts_at__gte=lower, starts_at__lt=upper)
        .select_related("network")
        .order_by("starts_at", "pk")
    )


def _with_counts(meetings: QuerySet[Meeting]) -> QuerySet[Meeting]:
    return meetings.select_related("network").annotate(
        yes_count=Count("rsvps", filter=Q(rsvps__answer=RsvpAnswer.YES), distinct=True),
        item_count=Count(
            "agenda_items",
            filter=Q(agenda_items__status=AgendaItemStatus.ACCEPTED),
            distinct=True,
        ),
    )


@dataclass
class MeetingList:
    upcoming: list[Meeting]
    past: list[Meeting]


def meeting_list(network: Network, *, past_limit: int = 20) -> MeetingList:
    now = timezone.now()
    meetings = _with_counts(Meeting.objects.filter(network=network))
    return MeetingList(
        upcoming=list(meetings.filter(ends_at__gt=now).order_by("starts_at")[:30]),
        past=list(meetings.filter(ends_at__lte=now).order_by("-starts_at")[:past_limit]),
    )


def upcoming_meetings(networks: QuerySet[Network] | Network, *, limit: int = 3) -> list[Meeting]:
    """The next meetings of one network or of several (one query)."""
    if isinstance(networks, Network):
        networks = Network.objects.filter(pk=networks.pk)
    return list(
        Meeting.objects.filter(network__in=networks, ends_at__gt=timezone.now())
        .select_related("network")
        .order_by("starts_at")[:limit]
    )


def previous_meeting(meeting: Meeting) -> Meeting | None:
    return (
        Meeting.objects.filter(
            network_id=meeting.network_id, is_cancelled=False, starts_at__lt=meeting.starts_at
        )
        .order_by("-starts_at")
        .first()
    )


@dataclass
class OrganisationRound:
    """One organisation's part of the round of updates."""

    organisation: Organisation
    new_offers: list[Offer] = field(default_factory=list)
    changed_offers: list[Offer] = field(default_factory=list)
    updates: list = field(default_factory=list)


def round_of_updates(meeting: Meeting) -> list[OrganisationRound]:
    """Each member organisation's news since the previous meeting, up to this one's start.

    Every member organisation is listed, so the round reaches everyone, including those with
    nothing new to read out.
    """
    from netzwerkstatt.news.selectors import updates_since

    previous = previous_meeting(meeting)
    since = previous.starts_at if previous else meeting.starts_at - DEFAULT_LOOKBACK
    until = meeting.starts_at
    organisations = Organisation.objects.filter(
        memberships__network_id=meeting.network_id,
        memberships__status=MembershipStatus.MEMBER,
    ).order_by("name")
    rounds = {org.pk: OrganisationRound(org) for org in organisations}
    offers = Offer.objects.filter(
        organisation_id__in=rounds.keys(),
        status=OfferStatus.ACTIVE,
        updated_at__gt=since,
        updated_at__lte=until,
    ).order_by()
    # Sorted here, not by the database: asked to sort by title, SQLite walks the directory's
    # index over every active offer of the city instead of the members' offers by date.
    # casefold: capitals and small letters together, as the database's collation would.
    for offer in sorted(offers, key=lambda offer: (offer.title.casefold(), offer.pk)):
        part = rounds[offer.organisation_id]
        (part.new_offers if offer.created_at > since else part.changed_offers).append(offer)
    for update in updates_since(network=meeting.network, since=since):
        if update.published_at <= until and update.organisation_id in rounds:
            rounds[update.organisation_id].updates.append(update)
    return list(rounds.values())


def _action_items() -> QuerySet[ActionItem]:
    return ActionItem.objects.select_related(
        "meeting__network", "owner_organisation", "owner_user", "closed_by", "source_event"
    )


def carried_over_actions(meeting: Meeting) -> list[ActionItem]:
    """Action items of earlier meetings that were still open when this meeting began."""
    return list(
        _action_items()
        .filter(
            meeting__network_id=meeting.network_id,
            meeting__starts_at__lt=meeting.starts_at,
        )
        .filter(Q(closed_at__isnull=True) | Q(closed_at__gt=meeting.starts_at))
        .order_by("due_date", "pk")
    )


def synergies_for_meeting(meeting: Meeting) -> list[ParallelOfferFinding]:
    """Findings the coordinators put on the next meeting's agenda (upcoming meetings only)."""
    if meeting.is_past or meeting.is_cancelled:
        return []
    return list(
        ParallelOfferFinding.objects.filter(
            network_id=meeting.network_id, status=FindingStatus.NEXT_MEETING, is_current=True
        ).select_related("offer_a__organisation", "offer_b__organisation")
    )


@dataclass
class RsvpGroup:
    organisation: Organisation | None
    rsvps: list[Rsvp]


@dataclass
class MeetingPage:
    meeting: Meeting
    my_rsvp: Rsvp | None
    rsvp_groups: list[RsvpGroup]
    counts: dict[str, int]
    accepted_items: list[AgendaItem]
    proposed_items: list[AgendaItem]
    rejected_items: list[AgendaItem]
    round: list[OrganisationRound]
    carried_over: list[ActionItem]
    synergies: list[ParallelOfferFinding]
    actions: list[ActionItem]
    attendances: list
    general_decisions: list[Decision] = field(default_factory=list)

    @property
    def agenda_minutes(self) -> int:
        return sum(item.minutes_needed for item in self.accepted_items)


def meeting_page(meeting: Meeting, *, user: User, minutes: bool = False) -> MeetingPage:
    """What the meeting page shows; with `minutes`, also the decisions of the minutes."""
    rsvps = list(
        meeting.rsvps.select_related("user", "organisation").order_by(
            "organisation__name", "user__display_name"
        )
    )
    groups = [
        RsvpGroup(organisation, list(members))
        for organisation, members in groupby(rsvps, key=lambda rsvp: rsvp.organisation)
    ]
    counts = {answer: 0 for answer in RsvpAnswer.values}
    for rsvp in rsvps:
        counts[rsvp.answer] += 1
    prefetches = [
        Prefetch(
            "action_items",
            queryset=ActionItem.objects.select_related(
                "owner_organisation", "owner_user", "source_event"
            ),
        )
    ]
    if minutes:
        prefetches.append(
            Prefetch(
                "decision_rows",
                queryset=Decision.objects.select_related("network", "need", "offer", "event")
                .prefetch_related("tags")
                .order_by("year", "number"),
            )
        )
    items = list(
        meeting.agenda_items.select_related(
            "proposed_by", "organisation", "need", "offer"
        ).prefetch_related(*prefetches)
    )
    return MeetingPage(
        meeting=meeting,
        my_rsvp=next((rsvp for rsvp in rsvps if rsvp.user_id == user.pk), None),
        rsvp_groups=groups,
        counts=counts,
        accepted_items=[i for i in items if i.status == AgendaItemStatus.ACCEPTED],
        proposed_items=[i for i in items if i.status == AgendaItemStatus.PROPOSED],
        rejected_items=[i for i in items if i.status == AgendaItemStatus.REJECTED],
        round=round_of_updates(meeting),
        carried_over=carried_over_actions(meeting),
        synergies=synergies_for_meeting(meeting),
        actions=list(
            _action_items().filter(meeting=meeting, agenda_item__isnull=True).order_by("pk")
        ),
        attendances=list(meeting.attendances.select_related("user", "organisation")),
        general_decisions=[
            decision for decision in meeting_decisions(meeting) if decision.agenda_item_id is None
        ]
        if minutes
        else [],
    )


def get_meeting(network: Network, pk: int) -> Meeting | None:
    return (
        Meeting.objects.select_related("network", "series", "minute_taker")
        .filter(network=network, pk=pk)
        .first()
    )


@dataclass
class MyTasks:
    mine: list[ActionItem]
    organisations: list[ActionItem]
    done: list[ActionItem]

    @property
    def open_count(self) -> int:
        return len(self.mine)


def my_tasks(user: User, *, done_limit: int = 10) -> MyTasks:
    """The user's own open items, their organisations' other open items, recently done ones."""
    organisation_ids = list(
        Organisation.objects.filter(staff__user=user).values_list("pk", flat=True)
    )
    open_items = list(
        _action_items()
        .filter(closed_at__isnull=True)
        .filter(Q(owner_user=user) | Q(owner_organisation_id__in=organisation_ids))
        .order_by("due_date", "pk")
    )
    done = list(
        _action_items()
        .filter(closed_at__isnull=False)
        .filter(Q(owner_user=user) | Q(owner_organisation_id__in=organisation_ids))
        .order_by("-closed_at")[:done_limit]
    )
    return MyTasks(
        mine=[item for item in open_items if item.owner_user_id == user.pk],
        organisations=[item for item in open_items if item.owner_user_id != user.pk],
        done=done,
    )


def open_task_count(user: User) -> int:
    return ActionItem.objects.filter(owner_user=user, closed_at__isnull=True).count()


def recipients_of(network: Network) -> list[User]:
    return list(network_member_users(network).exclude(email=""))


# --- decisions ------------------------------------------------------------------------------

DECISION_PAGE_SIZE = 20
REFERENCE = re.compile(r"\b(\d{4})/(\d{1,4})\b")
# Seasons as people name them in a network ("im Frühjahr"): months of the meeting date.
SEASON_MONTHS = {
    "fruehjahr": (3, 4, 5),
    "sommer": (6, 7, 8),
    "herbst": (9, 10, 11),
    "winter": (12, 1, 2),
}


def _decisions(network: Network) -> QuerySet[Decision]:
    return (
        Decision.objects.filter(network=network)
        .select_related("network", "meeting", "agenda_item", "need", "offer", "event")
        .prefetch_related("tags")
    )


def filter_decisions(decisions: QuerySet[Decision], filters: dict[str, Any]) -> QuerySet[Decision]:
    """Every word of the search (by stem, anywhere in a word) and every chosen filter must
    match; a number written as "2026/07" finds that decision."""
    query = filters.get("q") or ""
    for year, number in REFERENCE.findall(query):
        decisions = decisions.filter(year=int(year), number=int(number))
    query = REFERENCE.sub(" ", query)
    for term in [term for term in stems(query) if term][:MAX_QUERY_WORDS]:
        decisions = decisions.filter(search_text__contains=term)
    if filters.get("jahr"):
        decisions = decisions.filter(year=filters["jahr"])
    if filters.get("schlagwort"):
        decisions = decisions.filter(tags=filters["schlagwort"])
    if filters.get("zeitraum"):
        decisions = decisions.filter(
            meeting__starts_at__month__in=SEASON_MONTHS[filters["zeitraum"]]
        )
    zone = timezone.get_current_timezone()
    if filters.get("von"):
        start = datetime.datetime.combine(filters["von"], datetime.time.min, tzinfo=zone)
        decisions = decisions.filter(meeting__starts_at__gte=start)
    if filters.get("bis"):
        end = datetime.datetime.combine(
            filters["bis"] + datetime.timedelta(days=1), datetime.time.min, tzinfo=zone
        )
        decisions = decisions.filter(meeting__starts_at__lt=end)
    return decisions


def decision_list(
    network: Network, *, filters: dict[str, Any], page: int | str = 1, public_only: bool = False
) -> Page:
    """One page of the network's decisions, newest first; only public ones for everyone else.

    Only decisions of published minutes are listed, as the minutes themselves are shown to
    members only once published; drafts are seen in the minutes form.
    """
    decisions = _decisions(network).filter(pk__in=_listed(network, public_only=public_only))
    decisions = filter_decisions(decisions, filters).order_by("-year", "-number")
    return Paginator(decisions, DECISION_PAGE_SIZE).get_page(page)


def _listed(network: Network, *, public_only: bool) -> QuerySet[Decision]:
    decisions = Decision.objects.filter(
        network=network, meeting__minutes_published_at__isnull=False
    )
    if public_only:
        decisions = decisions.filter(is_public=True, withdrawn_at__isnull=True)
    return decisions


def decision_years(network: Network, *, public_only: bool = False) -> list[int]:
    return list(
        _listed(network, public_only=public_only)
        .order_by("-year")
        .values_list("year", flat=True)
        .distinct()
    )


def decision_tags(network: Network, *, public_only: bool = False) -> QuerySet[DecisionTag]:
    """Keywords in use on the list; everyone else sees only those of public decisions."""
    return (
        DecisionTag.objects.filter(
            network=network, decisions__in=_listed(network, public_only=public_only)
        )
        .distinct()
        .order_by("name")
    )


def latest_public_decisions(network: Network, *, limit: int = 5) -> list[Decision]:
    return list(
        _decisions(network)
        .filter(
            is_public=True,
            withdrawn_at__isnull=True,
            meeting__minutes_published_at__isnull=False,
        )
        .order_by("-year", "-number")[:limit]
    )


def meeting_decisions(meeting: Meeting) -> list[Decision]:
    return list(
        Decision.objects.filter(meeting=meeting)
        .select_related("network", "agenda_item", "need", "offer", "event")
        .prefetch_related("tags")
        .order_by("year", "number")
    )
