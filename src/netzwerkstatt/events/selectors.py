"""Reads for the calendar, event pages, feeds and the personal area, shaped for one page each."""

import calendar as pycalendar
import datetime
from dataclasses import dataclass, field
from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import Count, IntegerField, Max, Min, Prefetch, Q, QuerySet, Sum, Value
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from netzwerkstatt.accounts.models import User
from netzwerkstatt.events.models import (
    CalendarToken,
    Event,
    EventCoOrganiser,
    EventDate,
    EventTask,
    Registration,
    RegistrationStatus,
    TaskClaim,
    Visibility,
)
from netzwerkstatt.meetings.selectors import meetings_for_calendar
from netzwerkstatt.networks.models import Network, Organisation
from netzwerkstatt.networks.permissions import AnyUser, member_networks

LIST_PAGE_SIZE = 20


def published_events() -> QuerySet[Event]:
    """Events their organiser has confirmed: the only ones any list, calendar or feed shows."""
    return Event.objects.filter(organiser_confirmed_at__isnull=False)


def confirmed_co_organiser_links() -> QuerySet[EventCoOrganiser]:
    """Co-organisers shown with an event: those who confirmed their part."""
    return EventCoOrganiser.objects.filter(confirmed_at__isnull=False).select_related(
        "organisation"
    )


def visible_events(user: AnyUser) -> QuerySet[Event]:
    """Public events, and members-only events of the networks the user is a member of."""
    visible = Q(visibility=Visibility.PUBLIC)
    if user.is_authenticated:
        visible |= Q(network__in=member_networks(user).values("pk"))
    return published_events().filter(visible)


def _filter(events: QuerySet[Event], filters: dict[str, Any]) -> QuerySet[Event]:
    if filters.get("zielgruppe"):
        events = events.filter(target_groups__in=filters["zielgruppe"])
    if filters.get("organisation"):
        organisation = filters["organisation"]
        events = events.filter(
            Q(organiser=organisation)
            | Q(
                co_organiser_links__organisation=organisation,
                co_organiser_links__confirmed_at__isnull=False,
            )
        )
    if filters.get("netzwerk"):
        events = events.filter(network=filters["netzwerk"])
    return events


def _occurrences(user: AnyUser, filters: dict[str, Any]) -> QuerySet[EventDate]:
    event_ids = _filter(visible_events(user), filters).values("pk")
    return (
        EventDate.objects.filter(event__in=event_ids)
        .select_related("event__organiser", "event__network")
        .prefetch_related(
            "event__target_groups",
            Prefetch("event__co_organiser_links", queryset=confirmed_co_organiser_links()),
        )
        .order_by("starts_at", "pk")
    )


def upcoming_dates(
    user: AnyUser, filters: dict[str, Any], *, now: datetime.datetime | None = None
) -> QuerySet[EventDate]:
    """Dates of events the user may see that have not ended yet, soonest first."""
    return _occurrences(user, filters).filter(ends_at__gte=now or timezone.now())


def calendar_list(
    user: AnyUser, filters: dict[str, Any], *, page: Any = 1, now: datetime.datetime | None = None
) -> Page:
    """Dates of visible events that have not ended yet, soonest first, paged."""
    return Paginator(upcoming_dates(user, filters, now=now), LIST_PAGE_SIZE).get_page(page)


@dataclass
class CalendarEntry:
    title: str
    url: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    kind: str  # "event" or "meeting"
    members_only: bool = False
    is_cancelled: bool = False


@dataclass
class CalendarDay:
    day: datetime.date
    in_month: bool
    entries: list[CalendarEntry] = field(default_factory=list)


@dataclass
class MonthView:
    year: int
    month: int
    first: datetime.date
    weeks: list[list[CalendarDay]]
    previous: datetime.date | None
    next: datetime.date | None
    entry_count: int


#: How far ahead of and back from today the month calendar pages when no event is further out.
MONTHS_AHEAD = 24
MONTHS_BACK = 12


def _add_months(day: datetime.date, months: int) -> datetime.date:
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def calendar_months() -> tuple[datetime.date, datetime.date]:
    """The first days of the first and the last month the calendar pages through: from the
    earliest event or a year back, whichever is earlier, to the latest event or two years
    ahead, whichever is later.
    Without a limit every "next month" link leads to another empty page, endlessly for
    crawlers."""
    this_month = timezone.localdate().replace(day=1)
    bounds = EventDate.objects.aggregate(first=Min("starts_at"), last=Max("starts_at"))
    first, last = _add_months(this_month, -MONTHS_BACK), _add_months(this_month, MONTHS_AHEAD)
    if bounds["first"] is not None:
        first = min(first, timezone.localtime(bounds["first"]).date().replace(day=1))
        last = max(last, timezone.localtime(bounds["last"]).date().replace(day=1))
    return first, last


def _month_bounds(year: int, month: int) -> tuple[datetime.date, datetime.date]:
    first = datetime.date(year, month, 1)
    last = datetime.date(year, month, pycalendar.monthrange(year, month)[1])
    return first, last


def _aware(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def meetings_between(
    user: AnyUser, start: datetime.date, end: datetime.date, *, network: Network | None = None
) -> list:
    """Meetings of the user's networks (one query per network; people are in few)."""
    if not user.is_authenticated:
        return []
    networks = member_networks(user)
    if network is not None:
        networks = networks.filter(pk=network.pk)
    meetings = []
    for each in networks:
        meetings += meetings_for_calendar(network=each, start=start, end=end)
    return meetings


def upcoming_meetings(user: AnyUser, filters: dict[str, Any], *, days: int = 90) -> list:
    """The next meetings of the user's networks, for the calendar list (members only)."""
    if filters.get("zielgruppe") or filters.get("organisation"):
        return []
    today = timezone.localdate()
    meetings = meetings_between(
        user, today, today + datetime.timedelta(days=days), network=filters.get("netzwerk")
    )
    now = timezone.now()
    return sorted(
        (meeting for meeting in meetings if meeting.ends_at >= now),
        key=lambda meeting: meeting.starts_at,
    )[:5]


def month_view(user: AnyUser, filters: dict[str, Any], *, year: int, month: int) -> MonthView:
    """The month's grid; 404 outside `calendar_months()`."""
    first_month, last_month = calendar_months()
    first, last = _month_bounds(year, month)
    if not first_month <= first <= last_month:
        raise Http404
    weeks_of_days = pycalendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    grid_start, grid_end = weeks_of_days[0][0], weeks_of_days[-1][-1]
    days = {
        day: CalendarDay(day=day, in_month=day.month == month)
        for week in weeks_of_days
        for day in week
    }
    # A grid entry shows the title, time and visibility only: none of the list's organisers,
    # co-organisers and target groups (a city's month holds a few hundred dates).
    dates = (
        _occurrences(user, filters)
        .filter(
            starts_at__lt=_aware(grid_end + datetime.timedelta(days=1)),
            ends_at__gte=_aware(grid_start),
        )
        .select_related(None)
        .prefetch_related(None)
        .select_related("event")
        .only(
            "starts_at",
            "ends_at",
            "event__title",
            "event__translations",
            "event__visibility",
        )
    )
    count = 0
    for occurrence in dates:
        event = occurrence.event
        day = timezone.localtime(occurrence.starts_at).date()
        if day in days:
            days[day].entries.append(
                CalendarEntry(
                    title=event.translated("title"),
                    url=event.get_absolute_url(),
                    starts_at=occurrence.starts_at,
                    ends_at=occurrence.ends_at,
                    kind="event",
                    members_only=not event.is_public,
                )
            )
            count += 1
    if not filters.get("zielgruppe") and not filters.get("organisation"):
        for meeting in meetings_between(
            user, grid_start, grid_end, network=filters.get("netzwerk")
        ):
            day = timezone.localtime(meeting.starts_at).date()
            if day in days:
                days[day].entries.append(
                    CalendarEntry(
                        title=meeting.title,
                        url=meeting.get_absolute_url(),
                        starts_at=meeting.starts_at,
                        ends_at=meeting.ends_at,
                        kind="meeting",
                        members_only=True,
                        is_cancelled=meeting.is_cancelled,
                    )
                )
                count += 1
    for day in days.values():
        day.entries.sort(key=lambda entry: entry.starts_at)
    weeks = [[days[day] for day in week] for week in weeks_of_days]
    previous = (first - datetime.timedelta(days=1)).replace(day=1)
    following = last + datetime.timedelta(days=1)
    return MonthView(
        year,
        month,
        first,
        weeks,
        previous if previous >= first_month else None,
        following if following <= last_month else None,
        count,
    )


def _tasks_with_claims() -> QuerySet[EventTask]:
    return EventTask.objects.annotate(
        claimed=Coalesce(Sum("claims__quantity"), Value(0), output_field=IntegerField())
    ).prefetch_related(
        Prefetch("claims", queryset=TaskClaim.objects.select_related("organisation", "user"))
    )


def event_detail(pk: int) -> Event:
    events = Event.objects.select_related("network", "organiser", "report").prefetch_related(
        "dates",
        "target_groups",
        "languages",
        Prefetch(
            "co_organiser_links", queryset=EventCoOrganiser.objects.select_related("organisation")
        ),
        Prefetch("tasks", queryset=_tasks_with_claims().order_by("deadline", "pk")),
    )
    return get_object_or_404(events, pk=pk)


@dataclass
class RegistrationSummary:
    confirmed_people: int
    waiting: int
    free: int | None


def registration_summary(event: Event) -> RegistrationSummary:
    totals = Registration.objects.filter(event=event).aggregate(
        confirmed=Coalesce(Sum("people", filter=Q(status=RegistrationStatus.CONFIRMED)), Value(0)),
        waiting=Count("pk", filter=Q(status=RegistrationStatus.WAITING)),
    )
    free = None if event.capacity is None else max(event.capacity - totals["confirmed"], 0)
    return RegistrationSummary(totals["confirmed"], totals["waiting"], free)


def registrations_for_organisers(event: Event) -> list[Registration]:
    return list(
        Registration.objects.filter(event=event)
        .exclude(status=RegistrationStatus.CANCELLED)
        .order_by("status", "created_at", "pk")
    )


def active_registration_of(event: Event, user: User) -> Registration | None:
    return (
        Registration.objects.filter(event=event, user=user)
        .exclude(status=RegistrationStatus.CANCELLED)
        .first()
    )


def visitor_registration(event: Event, pk: int | None) -> Registration | None:
    """The active registration this browser just made for the event (its number is kept in
    the session), to confirm it instead of showing the empty form again."""
    if not pk:
        return None
    return (
        Registration.objects.filter(event=event, pk=pk, user__isnull=True)
        .exclude(status=RegistrationStatus.CANCELLED)
        .first()
    )


def task_with_event(pk: int) -> EventTask:
    return get_object_or_404(
        EventTask.objects.select_related("event__network", "event__organiser"), pk=pk
    )


def claim_with_task(pk: int) -> TaskClaim:
    return get_object_or_404(
        TaskClaim.objects.select_related(
            "organisation", "task__event__network", "task__event__organiser"
        ),
        pk=pk,
    )


def upcoming_events(
    user: AnyUser, *, network: Network | None = None, limit: int = 5
) -> list[EventDate]:
    """The next dates of visible events (for a network's page)."""
    dates = _occurrences(user, {"netzwerk": network} if network else {})
    return list(dates.filter(ends_at__gte=timezone.now())[:limit])


@dataclass
class DashboardEvents:
    dates: list[EventDate]
    open_tasks: list[EventTask]


def dashboard_events(user: AnyUser, *, limit: int = 10) -> DashboardEvents:
    """The next dates of my organisations' events, and open tasks of joint events we run."""
    if not user.is_authenticated:
        return DashboardEvents([], [])
    own = Organisation.objects.filter(staff__user=user).values("pk")
    mine = (
        published_events()
        .filter(
            Q(organiser__in=own)
            | Q(
                co_organiser_links__organisation__in=own,
                co_organiser_links__confirmed_at__isnull=False,
            )
        )
        .values("pk")
    )
    dates = list(
        EventDate.objects.filter(event__in=mine, ends_at__gte=timezone.now())
        .select_related("event__organiser")
        .order_by("starts_at")[:limit]
    )
    future = EventDate.objects.filter(ends_at__gte=timezone.now()).values("event_id")
    tasks = [
        task
        for task in _tasks_with_claims()
        .filter(event__in=mine)
        .filter(event__in=future)
        .select_related("event")
        .order_by("deadline", "pk")[:50]
        if task.claimed < task.needed
    ]
    return DashboardEvents(dates, tasks[:limit])


def feed_dates(
    *, user: AnyUser | None = None, network: Network | None = None, event: Event | None = None
) -> list[EventDate]:
    """Dates for an iCal feed: public events, or all the user's visible ones."""
    if event is not None:
        dates = EventDate.objects.filter(event=event)
    else:
        events = visible_events(user) if user is not None else visible_events_public()
        if network is not None:
            events = events.filter(network=network)
        since = timezone.now() - datetime.timedelta(days=180)
        dates = EventDate.objects.filter(event__in=events.values("pk"), ends_at__gte=since)
    return list(
        dates.select_related("event__organiser", "event__network")
        .prefetch_related(
            Prefetch("event__co_organiser_links", queryset=confirmed_co_organiser_links())
        )
        .order_by("starts_at", "pk")
    )


def visible_events_public() -> QuerySet[Event]:
    return published_events().filter(visibility=Visibility.PUBLIC)


def calendar_token_of(user: User) -> CalendarToken | None:
    """The person's private calendar token, or None before they asked for one."""
    return CalendarToken.objects.filter(user=user).first()


def user_for_calendar_token(token: str) -> User:
    found = get_object_or_404(CalendarToken.objects.select_related("user"), token=token)
    if not found.user.is_active:
        raise Http404
    return found.user


def organisations_with_events() -> QuerySet[Organisation]:
    """The calendar filter's choices: a city has a thousand of them, so only what a choice shows."""
    return (
        Organisation.objects.filter(
            Q(organised_events__organiser_confirmed_at__isnull=False)
            | Q(event_co_organisations__confirmed_at__isnull=False)
        )
        .distinct()
        .only("pk", "slug", "name")
    )


def own_organisation_ids(user: AnyUser) -> set[int]:
    """The organisations the user works for."""
    if not user.is_authenticated:
        return set()
    return set(Organisation.objects.filter(staff__user=user).values_list("pk", flat=True))


@dataclass
class EventConfirmations:
    """What waits for the word of the user's organisations: events published in their name
    and co-organiser namings."""

    events: list[Event]
    co_organiser_links: list[EventCoOrganiser]

    def __len__(self) -> int:
        return len(self.events) + len(self.co_organiser_links)


def pending_event_confirmations(user: AnyUser) -> EventConfirmations:
    """Events and co-organiser namings waiting for an organisation the user works for."""
    if not user.is_authenticated:
        return EventConfirmations([], [])
    own = Organisation.objects.filter(staff__user=user).values("pk")
    events = list(
        Event.objects.filter(
            organiser__in=own,
            organiser_confirmed_at__isnull=True,
            organiser_declined_at__isnull=True,
        )
        .select_related("organiser", "network", "created_by")
        .order_by("created_at", "pk")
    )
    links = list(
        EventCoOrganiser.objects.filter(organisation__in=own, confirmed_at__isnull=True)
        .exclude(event__organiser_declined_at__isnull=False)
        .select_related("event__organiser", "event__network", "organisation", "added_by")
        .order_by("event__created_at", "pk")
    )
    return EventConfirmations(events, links)


def public_event(pk: int) -> Event:
    """A published public event with what its public page shows; 404 for any other."""
    events = (
        visible_events_public()
        .select_related("network", "organiser")
        .prefetch_related(
            "dates",
            "target_groups",
            "languages",
            Prefetch("co_organiser_links", queryset=confirmed_co_organiser_links()),
        )
    )
    return get_object_or_404(events, pk=pk)


def public_upcoming_dates(
    filters: dict[str, Any], *, now: datetime.datetime | None = None
) -> QuerySet[EventDate]:
    """Upcoming dates of public events with every date and language of each (the API's list)."""
    from django.contrib.auth.models import AnonymousUser

    return upcoming_dates(AnonymousUser(), filters, now=now).prefetch_related(
        "event__languages", "event__dates"
    )
