"""The activity report (Tätigkeitsbericht) of a network for a period, counted from history.

Every figure is counted from dates that later edits do not move: when a membership began and
ended, when a meeting took place and who was recorded there, when a registration was made or
cancelled, when an offer was created or ended, when a need was recorded or met, when a finding
was decided, when an action item was due and done. So the report for a past period gives the
same numbers next year. What has no history (an offer's target groups and topics) is named in
`LIMITS` and on the report page.
"""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count, F, Min, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from netzwerkstatt.events.models import Registration
from netzwerkstatt.events.selectors import published_events
from netzwerkstatt.meetings.models import ActionItem, Attendance, Meeting
from netzwerkstatt.networks.models import Membership, Network
from netzwerkstatt.offers.models import Need, Offer
from netzwerkstatt.synergy.models import FindingDecision, FindingStatus, ParallelOfferFinding

#: A funder's period is a year or a few; longer spans are refused by the form.
MAX_SPAN_YEARS = 5

#: What the figures cannot reproduce, shown on the report page and in the CSV.
LIMITS = [
    _(
        "Offers are counted with their current target groups and topics; deleted offers are "
        "not counted."
    ),
    _(
        "Decisions about synergy findings made before December 2026 are known only with their "
        "latest state."
    ),
    _(
        "Offers ended and needs met before December 2026 are dated by their last change, "
        "which may be later than the real date."
    ),
]


@dataclass(frozen=True)
class Period:
    start: datetime.date
    end: datetime.date  # inclusive

    @property
    def starts_at(self) -> datetime.datetime:
        return _local_midnight(self.start)

    @property
    def ends_before(self) -> datetime.datetime:
        """The first moment after the period."""
        return _local_midnight(self.end + datetime.timedelta(days=1))


def _local_midnight(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


@dataclass(frozen=True)
class Figure:
    label: str
    value: int


@dataclass(frozen=True)
class OrganisationAttendance:
    organisation: str
    meetings: int
    people: int


@dataclass(frozen=True)
class EventFigures:
    title: str
    first_date: datetime.datetime
    registrations: int
    people: int
    participants: int | None


@dataclass
class ActivityReport:
    network: Network
    period: Period
    members_at_start: int = 0
    members_at_end: int = 0
    joined: list[str] = field(default_factory=list)
    left: list[str] = field(default_factory=list)
    meetings_held: int = 0
    attendance: list[OrganisationAttendance] = field(default_factory=list)
    events: list[EventFigures] = field(default_factory=list)
    offers_active: int = 0
    offers_by_target_group: list[Figure] = field(default_factory=list)
    offers_by_topic: list[Figure] = field(default_factory=list)
    needs_raised: int = 0
    needs_met: int = 0
    needs_open_at_end: int = 0
    findings_found: int = 0
    decisions: list[Figure] = field(default_factory=list)
    actions_due: int = 0
    actions_on_time: int = 0
    actions_late: int = 0
    actions_open_at_end: int = 0

    @property
    def attendance_total(self) -> int:
        return sum(row.people for row in self.attendance)

    @property
    def registrations_total(self) -> int:
        return sum(row.registrations for row in self.events)

    @property
    def registered_people_total(self) -> int:
        return sum(row.people for row in self.events)

    @property
    def needs_figures(self) -> list[Figure]:
        return [
            Figure(str(_("recorded in the period")), self.needs_raised),
            Figure(str(_("met in the period")), self.needs_met),
            Figure(str(_("open at the end of the period")), self.needs_open_at_end),
        ]

    @property
    def action_figures(self) -> list[Figure]:
        return [
            Figure(str(_("done on time")), self.actions_on_time),
            Figure(str(_("done late")), self.actions_late),
            Figure(str(_("open at the end of the period")), self.actions_open_at_end),
        ]


def activity_report(network: Network, period: Period) -> ActivityReport:
    """All figures of the report in at most 12 queries, however much there is to count
    (pinned in the tests); a part with nothing to count (no members, no events) skips one."""
    report = ActivityReport(network=network, period=period)
    member_ids = _memberships(report)
    _meetings(report)
    _events(report)
    _offers(report, member_ids)
    _needs(report)
    _findings(report)
    _action_items(report)
    return report


def _memberships(report: ActivityReport) -> list[int]:
    """Fill the member figures; return the organisations that were members on any day."""
    start, end = report.period.start, report.period.end
    rows = list(
        Membership.objects.filter(network=report.network, joined_on__isnull=False)
        .select_related("organisation")
        .order_by("organisation__name")
    )
    report.members_at_start = sum(1 for m in rows if m.was_member_on(start))
    report.members_at_end = sum(1 for m in rows if m.was_member_on(end))
    report.joined = [m.organisation.name for m in rows if start <= m.joined_on <= end]
    report.left = [m.organisation.name for m in rows if m.left_on and start <= m.left_on <= end]
    return [
        m.organisation_id
        for m in rows
        if m.joined_on <= end and (m.left_on is None or m.left_on > start)
    ]


def _held_meetings(report: ActivityReport):
    return Meeting.objects.filter(
        network=report.network,
        is_cancelled=False,
        starts_at__gte=report.period.starts_at,
        starts_at__lt=report.period.ends_before,
    )


def _meetings(report: ActivityReport) -> None:
    report.meetings_held = _held_meetings(report).count()
    rows = (
        Attendance.objects.filter(meeting__in=_held_meetings(report))
        .values("organisation__name")
        .annotate(meetings=Count("meeting", distinct=True), people=Count("pk"))
        .order_by()
    )
    # Sorted here: databases disagree where a missing organisation name sorts.
    rows = sorted(
        rows,
        key=lambda r: (
            -r["people"],
            r["organisation__name"] is None,
            r["organisation__name"] or "",
        ),
    )
    no_organisation = str(_("without organisation"))
    report.attendance = [
        OrganisationAttendance(
            organisation=row["organisation__name"] or no_organisation,
            meetings=row["meetings"],
            people=row["people"],
        )
        for row in rows
    ]


def _events(report: ActivityReport) -> None:
    """Events with a date in the period; registrations as they stood at the end of it."""
    period = report.period
    in_period = Q(dates__starts_at__gte=period.starts_at, dates__starts_at__lt=period.ends_before)
    # Only published events: one named in an organisation's name without its word never took
    # place as the network's event.
    events = list(
        published_events()
        .filter(in_period, network=report.network)
        .annotate(first_date=Min("dates__starts_at", filter=in_period))
        .values("pk", "title", "first_date", "report__participants")
        .order_by("first_date", "pk")
    )
    held = (
        Q(created_at__lt=period.ends_before)
        & (Q(cancelled_at__isnull=True) | Q(cancelled_at__gte=period.ends_before))
        & ~Q(status="cancelled", cancelled_at__isnull=True)
    )
    counts = {
        row["event"]: row
        for row in Registration.objects.filter(held, event__in=[e["pk"] for e in events])
        .values("event")
        .annotate(registrations=Count("pk"), people=Sum("people"))
        .order_by()
    }
    report.events = [
        EventFigures(
            title=event["title"],
            first_date=event["first_date"],
            registrations=counts.get(event["pk"], {}).get("registrations", 0),
            people=counts.get(event["pk"], {}).get("people", 0) or 0,
            participants=event["report__participants"],
        )
        for event in events
    ]


def _offers(report: ActivityReport, member_ids: list[int]) -> None:
    """Offers of organisations that were members in the period and existed in it."""
    period = report.period
    active = Offer.objects.filter(
        Q(ended_at__isnull=True) | Q(ended_at__gte=period.starts_at),
        organisation__in=member_ids,
        created_at__lt=period.ends_before,
    )
    report.offers_active = active.count()
    report.offers_by_target_group = [
        Figure(row["targetgroup__name"], row["count"])
        for row in Offer.target_groups.through.objects.filter(offer__in=active)
        .values("targetgroup__name")
        .annotate(count=Count("offer", distinct=True))
        .order_by("-count", "targetgroup__name")
    ]
    report.offers_by_topic = [
        Figure(row["topic__name"], row["count"])
        for row in Offer.topics.through.objects.filter(offer__in=active)
        .values("topic__name")
        .annotate(count=Count("offer", distinct=True))
        .order_by("-count", "topic__name")
    ]


def _needs(report: ActivityReport) -> None:
    period = report.period
    recorded_by_end = Q(created_at__lt=period.ends_before)
    figures = Need.objects.filter(network=report.network).aggregate(
        raised=Count("pk", filter=recorded_by_end & Q(created_at__gte=period.starts_at)),
        met=Count("pk", filter=Q(met_at__gte=period.starts_at, met_at__lt=period.ends_before)),
        open_at_end=Count(
            "pk",
            filter=recorded_by_end & (Q(met_at__isnull=True) | Q(met_at__gte=period.ends_before)),
        ),
    )
    report.needs_raised = figures["raised"]
    report.needs_met = figures["met"]
    report.needs_open_at_end = figures["open_at_end"]


def _findings(report: ActivityReport) -> None:
    """Findings found in the period, and for those decided in it their last decision there."""
    period = report.period
    report.findings_found = ParallelOfferFinding.objects.filter(
        network=report.network, found_at__gte=period.starts_at, found_at__lt=period.ends_before
    ).count()
    last_decision = dict(
        FindingDecision.objects.filter(
            finding__network=report.network,
            decided_at__gte=period.starts_at,
            decided_at__lt=period.ends_before,
        )
        .order_by("decided_at", "pk")
        .values_list("finding_id", "status")
    )
    decided = Counter(last_decision.values())
    report.decisions = [
        Figure(str(label), decided.get(value, 0))
        for value, label in FindingStatus.choices
        if value != FindingStatus.NEW
    ]


def _action_items(report: ActivityReport) -> None:
    """Action items due in the period: done by their due date, done later, or still open."""
    period = report.period
    figures = ActionItem.objects.filter(
        meeting__network=report.network, due_date__gte=period.start, due_date__lte=period.end
    ).aggregate(
        due=Count("pk"),
        on_time=Count("pk", filter=Q(closed_at__date__lte=F("due_date"))),
        late=Count(
            "pk",
            filter=Q(closed_at__date__gt=F("due_date"), closed_at__lt=period.ends_before),
        ),
        open_at_end=Count(
            "pk", filter=Q(closed_at__isnull=True) | Q(closed_at__gte=period.ends_before)
        ),
    )
    report.actions_due = figures["due"]
    report.actions_on_time = figures["on_time"]
    report.actions_late = figures["late"]
    report.actions_open_at_end = figures["open_at_end"]
