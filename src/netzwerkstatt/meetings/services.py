"""Writes to meetings: series, single meetings, answers, agenda, minutes and action items.

Every function checks all its rules before the first write and raises ValidationError with a
German message; e-mail goes out through tasks after the transaction commits.
"""

import datetime
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from netzwerkstatt import richtext
from netzwerkstatt.accounts.models import User
from netzwerkstatt.audit.models import AuditAction
from netzwerkstatt.audit.services import record_entry
from netzwerkstatt.meetings import recurrence, tasks
from netzwerkstatt.meetings.models import (
    DECISION_TAG_LIMIT,
    DECISION_TEXT_LIMIT,
    MINUTES_TEXT_LIMIT,
    ActionItem,
    AgendaItem,
    AgendaItemStatus,
    Attendance,
    Decision,
    DecisionTag,
    Meeting,
    MeetingSeries,
    Rsvp,
    RsvpAnswer,
    SeriesException,
)
from netzwerkstatt.meetings.selectors import (
    attendance_choices,
    member_organisation_of,
    network_member_users,
)
from netzwerkstatt.networks.models import Membership, MembershipStatus, Network
from netzwerkstatt.offers.search import stems

# How far ahead a series has concrete meetings; a daily task extends it.
HORIZON_DAYS = 366
HORIZON_MAX_UPCOMING = 24
# A series that starts in the past gets its recent meetings (to record minutes), not all.
PAST_DAYS = 92
# Dates beyond these are typing mistakes (year 0202 for 2026), not plans; they are refused.
SERIES_START_PAST_DAYS = 366
PLANNING_YEARS = 3


def _notify(meeting: Meeting, kind: str) -> None:
    transaction.on_commit(lambda: tasks.send_meeting_notice.enqueue(meeting.pk, kind))


# --- series ---------------------------------------------------------------------------------


def _series_dates(series: MeetingSeries, *, until: datetime.date) -> list[datetime.datetime]:
    try:
        return recurrence.local_occurrences(
            series.rrule,
            start_date=series.start_date,
            start_time=series.start_time,
            exdates=[exception.date for exception in series.exceptions.all()] if series.pk else [],
            until=until,
        )
    except (ValueError, TypeError) as error:
        raise ValidationError(_("The recurrence rule is not valid.")) from error


def _latest_plannable_day() -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=365 * PLANNING_YEARS)


def _check_series(series: MeetingSeries) -> None:
    today = timezone.localdate()
    if series.start_date < today - datetime.timedelta(days=SERIES_START_PAST_DAYS):
        raise ValidationError(_("The first date of a series may lie at most a year in the past."))
    if series.start_date > _latest_plannable_day():
        raise ValidationError(
            _("Meetings can be planned at most %(years)s years ahead.") % {"years": PLANNING_YEARS}
        )
    dates = _series_dates(series, until=today + datetime.timedelta(days=HORIZON_DAYS))
    if not any(moment.date() >= today for moment in dates):
        raise ValidationError(
            _(
                "These settings produce no meeting dates from today on. Check the first date, "
                "the end date and the number of meetings."
            )
        )


def create_series(network: Network, *, data: dict[str, Any], by: User) -> MeetingSeries:
    """A new series with its meetings for the coming year; members are told of the dates."""
    series = MeetingSeries(network=network, created_by=by, **data)
    _check_series(series)
    with transaction.atomic():
        series.save()
        extend_series(series)
    return series


def extend_series(series: MeetingSeries) -> list[Meeting]:
    """Create the series' missing meetings up to the horizon; moved or cancelled ones stay."""
    today = timezone.localdate()
    dates = _series_dates(series, until=today + datetime.timedelta(days=HORIZON_DAYS))
    places = series.place_list()
    existing = set(series.meetings.values_list("occurrence_date", flat=True))
    upcoming = 0
    new: list[Meeting] = []
    for index, local_start in enumerate(dates):
        if local_start.date() < today - datetime.timedelta(days=PAST_DAYS):
            continue
        if local_start.date() >= today:
            upcoming += 1
            if upcoming > HORIZON_MAX_UPCOMING:
                break
        if local_start.date() in existing:
            continue
        starts_at = recurrence.aware(local_start, series.timezone)
        local_end = local_start + datetime.timedelta(minutes=series.duration_minutes)
        new.append(
            Meeting(
                network=series.network,
                series=series,
                occurrence_date=local_start.date(),
                title=series.title,
                starts_at=starts_at,
                ends_at=recurrence.aware(local_end, series.timezone),
                location=places[index % len(places)] if places else "",
                online_url=series.online_url,
                created_by=series.created_by,
            )
        )
    return Meeting.objects.bulk_create(new)


def update_series(series: MeetingSeries, *, data: dict[str, Any], by: User) -> MeetingSeries:
    """Change title, places, link and invitation lead time; future meetings follow.

    The rule and times stay as they are: changing them would reshuffle meetings members
    already answered. A different rhythm is a new series.
    """
    for name, value in data.items():
        setattr(series, name, value)
    with transaction.atomic():
        series.save()
        places = series.place_list()
        all_dates = [
            moment.date()
            for moment in _series_dates(
                series, until=timezone.localdate() + datetime.timedelta(days=HORIZON_DAYS)
            )
        ]
        future = series.meetings.filter(starts_at__gt=timezone.now(), is_cancelled=False)
        for meeting in future:
            if meeting.occurrence_date in all_dates and places:
                meeting.location = places[all_dates.index(meeting.occurrence_date) % len(places)]
            meeting.title = series.title
            meeting.online_url = series.online_url
            meeting.sequence += 1
            meeting.updated_by = by
            meeting.save()
    return series


def add_series_exception(
    series: MeetingSeries, *, date: datetime.date, reason: str, by: User
) -> SeriesException:
    """Leave out one date of the series (EXDATE); a meeting already planned then is cancelled."""
    if date < timezone.localdate():
        raise ValidationError(_("Dates in the past cannot be left out any more."))
    local_dates = [moment.date() for moment in _series_dates(series, until=date)]
    if date not in local_dates:
        raise ValidationError(_("The series has no meeting on this date."))
    with transaction.atomic():
        exception, _created = SeriesException.objects.get_or_create(
            series=series, date=date, defaults={"reason": reason}
        )
        meeting = (
            series.meetings.select_for_update()
            .filter(occurrence_date=date, is_cancelled=False)
            .first()
        )
        if meeting is not None and not meeting.is_past:
            _cancel(meeting, reason=reason, by=by)
    return exception


# --- single meetings ------------------------------------------------------------------------


def _check_times(starts_at: datetime.datetime, ends_at: datetime.datetime) -> None:
    if ends_at <= starts_at:
        raise ValidationError(_("The meeting must end after it starts."))
    if timezone.localtime(starts_at).date() > _latest_plannable_day():
        raise ValidationError(
            _("Meetings can be planned at most %(years)s years ahead.") % {"years": PLANNING_YEARS}
        )


def create_meeting(network: Network, *, data: dict[str, Any], by: User) -> Meeting:
    """A meeting outside any series; members are told by e-mail."""
    _check_times(data["starts_at"], data["ends_at"])
    if data["ends_at"] <= timezone.now():
        raise ValidationError(_("A new meeting cannot lie in the past."))
    with transaction.atomic():
        meeting = Meeting.objects.create(network=network, created_by=by, updated_by=by, **data)
        _notify(meeting, "added")
    return meeting


def update_meeting(meeting: Meeting, *, data: dict[str, Any], by: User) -> Meeting:
    """Move or edit a meeting, choose its minute-taker; members are told when the time moves."""
    _check_times(data["starts_at"], data["ends_at"])
    minute_taker = data.get("minute_taker")
    if (
        minute_taker is not None
        and not network_member_users(meeting.network).filter(pk=minute_taker.pk).exists()
    ):
        raise ValidationError(_("The minute-taker must work for a member organisation."))
    with transaction.atomic():
        meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
        if meeting.is_cancelled:
            raise ValidationError(_("A cancelled meeting cannot be changed."))
        moved = (meeting.starts_at, meeting.ends_at) != (data["starts_at"], data["ends_at"])
        if moved and data["ends_at"] <= timezone.now():
            raise ValidationError(_("A meeting cannot be moved into the past."))
        for name, value in data.items():
            setattr(meeting, name, value)
        meeting.sequence += 1
        meeting.updated_by = by
        if moved:
            # A moved meeting gets a fresh invitation and reminder at the new time.
            meeting.invitation_sent_at = None
            meeting.reminder_sent_at = None
        meeting.save()
        if moved:
            _notify(meeting, "moved")
    return meeting


def _cancel(meeting: Meeting, *, reason: str, by: User) -> None:
    meeting.is_cancelled = True
    meeting.cancel_reason = reason
    meeting.sequence += 1
    meeting.updated_by = by
    meeting.save()
    _notify(meeting, "cancelled")


def cancel_meeting(meeting: Meeting, *, reason: str, by: User) -> Meeting:
    with transaction.atomic():
        meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
        if meeting.is_cancelled:
            raise ValidationError(_("This meeting has already been cancelled."))
        if meeting.is_past:
            raise ValidationError(_("A meeting that has taken place cannot be cancelled."))
        _cancel(meeting, reason=reason, by=by)
    return meeting


# --- answers --------------------------------------------------------------------------------


def respond_to_meeting(meeting: Meeting, *, user: User, answer: str, note: str = "") -> Rsvp:
    """The user's own answer; they come for their organisation in the network."""
    if answer not in RsvpAnswer.values:
        raise ValidationError(_("Please choose yes, no or maybe."))
    if len(note) > 300:
        raise ValidationError(_("The note may be at most 300 characters long."))
    organisation = member_organisation_of(user, meeting.network)
    if organisation is None and not user.is_superuser:
        raise ValidationError(_("Only staff of member organisations can answer."))
    with transaction.atomic():
        # Read the meeting again under lock: it may have been cancelled since the page loaded.
        meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
        if meeting.is_cancelled:
            raise ValidationError(_("This meeting has been cancelled; answers are closed."))
        if meeting.is_past:
            raise ValidationError(_("This meeting is over; answers are closed."))
        rsvp, _created = Rsvp.objects.update_or_create(
            meeting=meeting,
            user=user,
            defaults={"answer": answer, "note": note, "organisation": organisation},
        )
    return rsvp


# --- agenda ---------------------------------------------------------------------------------


def next_meeting(network: Network) -> Meeting | None:
    return (
        Meeting.objects.filter(network=network, is_cancelled=False, ends_at__gt=timezone.now())
        .order_by("starts_at")
        .first()
    )


def propose_agenda_item(
    *,
    network: Network,
    proposed_by: User,
    title: str,
    description: str = "",
    minutes_needed: int = 10,
    meeting: Meeting | None = None,
    need=None,
    offer=None,
) -> AgendaItem:
    """A member's proposal for a meeting's agenda (by default the next one)."""
    title = title.strip()
    if not title:
        raise ValidationError(_("Please give the agenda item a title."))
    if len(title) > 200 or len(description) > 2000:
        raise ValidationError(
            _("Title (200 characters) or description (2000 characters) is too long.")
        )
    if not 1 <= minutes_needed <= 240:
        raise ValidationError(_("The time needed must be between 1 and 240 minutes."))
    if meeting is None:
        meeting = next_meeting(network)
        if meeting is None:
            raise ValidationError(
                _("There is no upcoming meeting yet. Please ask the coordination to plan one.")
            )
    if meeting.network_id != network.pk:
        raise ValidationError(_("This meeting belongs to another network."))
    if meeting.is_cancelled or meeting.is_past:
        raise ValidationError(_("Items can only be proposed for upcoming meetings."))
    if need is not None and need.network_id != network.pk:
        raise ValidationError(_("The need belongs to another network."))
    if offer is not None and not offer.organisation.memberships.filter(network=network).exists():
        raise ValidationError(_("The offer belongs to an organisation outside the network."))
    with transaction.atomic():
        last = meeting.agenda_items.order_by("-position").values_list("position", flat=True)
        item = AgendaItem.objects.create(
            meeting=meeting,
            title=title,
            description=description,
            minutes_needed=minutes_needed,
            need=need,
            offer=offer,
            proposed_by=proposed_by,
            organisation=member_organisation_of(proposed_by, network),
            position=(last.first() or 0) + 1,
        )
    return item


def update_agenda(meeting: Meeting, *, items: Iterable[dict[str, Any]], by: User) -> Meeting:
    """Accept or decline proposals, order and time-box them.

    `items` are rows of id, status, position and minutes_needed.
    """
    rows = list(items)
    known = {item.pk: item for item in meeting.agenda_items.all()}
    for row in rows:
        if row["id"] not in known:
            raise ValidationError(_("An agenda item does not belong to this meeting."))
        if row["status"] not in AgendaItemStatus.values:
            raise ValidationError(_("Unknown status of an agenda item."))
        if not 1 <= row["minutes_needed"] <= 240:
            raise ValidationError(_("The time needed must be between 1 and 240 minutes."))
    with transaction.atomic():
        for row in rows:
            item = known[row["id"]]
            item.status = row["status"]
            item.position = row["position"]
            item.minutes_needed = row["minutes_needed"]
        AgendaItem.objects.bulk_update(
            [known[row["id"]] for row in rows], ["status", "position", "minutes_needed"]
        )
        Meeting.objects.filter(pk=meeting.pk).update(updated_by=by, updated_at=timezone.now())
    return meeting


def publish_agenda(meeting: Meeting, *, by: User) -> Meeting:
    if meeting.is_cancelled or meeting.is_past:
        raise ValidationError(_("Agendas can only be published for upcoming meetings."))
    with transaction.atomic():
        # Lock the row: a double click must not send the agenda e-mail twice.
        first = (
            Meeting.objects.select_for_update()
            .filter(pk=meeting.pk, agenda_published_at__isnull=True)
            .exists()
        )
        meeting.agenda_published_at = timezone.now()
        meeting.updated_by = by
        meeting.save(update_fields=["agenda_published_at", "updated_by", "updated_at"])
        if first:
            _notify(meeting, "agenda")
    return meeting


# --- minutes and action items ---------------------------------------------------------------


def _check_action(
    row: dict[str, Any],
    network: Network,
    today: datetime.date,
    *,
    kept_due_date: datetime.date | None = None,
) -> None:
    """`kept_due_date`: an item's current due date, which may stay even if it has passed."""
    if not row.get("title", "").strip():
        raise ValidationError(_("Every action item needs a description of what is to be done."))
    organisation, user = row.get("owner_organisation"), row.get("owner_user")
    if organisation is None and user is None:
        raise ValidationError(
            _("Every action item needs someone responsible: an organisation or a person.")
        )
    if organisation is not None and not organisation.memberships.filter(network=network).exists():
        raise ValidationError(_("The responsible organisation is not part of the network."))
    if user is not None and not network_member_users(network).filter(pk=user.pk).exists():
        raise ValidationError(_("The responsible person does not work for a member organisation."))
    due = row.get("due_date")
    if due is not None and due < today and due != kept_due_date:
        raise ValidationError(_("The due date of an action item cannot lie in the past."))


def save_minutes(
    meeting: Meeting,
    *,
    attendees: Iterable[User],
    items: Iterable[dict[str, Any]],
    actions: Iterable[dict[str, Any]],
    decisions: Iterable[dict[str, Any]] = (),
    general_notes: str = "",
    public_summary: str = "",
    by: User,
) -> Meeting:
    """Attendance, notes per agenda item, general notes, new decisions and action items.

    `items` are rows of id, notes (and the older free-text decisions); `actions` rows of
    agenda_item (or None), title, owner_organisation, owner_user, due_date; `decisions` rows
    as `record_decision` takes them. A meeting without accepted agenda items has only the
    general part.
    """
    if meeting.is_cancelled:
        raise ValidationError(_("A cancelled meeting has no minutes."))
    if meeting.starts_at > timezone.now():
        raise ValidationError(_("Minutes can be written once the meeting has started."))
    item_rows, action_rows, people = list(items), list(actions), list(attendees)
    known = {item.pk: item for item in meeting.agenda_items.all()}
    for row in item_rows:
        if row["id"] not in known:
            raise ValidationError(_("An agenda item does not belong to this meeting."))
        if (
            len(row["notes"]) > MINUTES_TEXT_LIMIT
            or len(row.get("decisions", "")) > MINUTES_TEXT_LIMIT
        ):
            raise ValidationError(
                _("Notes and decisions may be at most %(limit)s characters per agenda item.")
                % {"limit": MINUTES_TEXT_LIMIT}
            )
    if len(public_summary) > 3000:
        raise ValidationError(_("The public summary may be at most 3000 characters long."))
    if len(general_notes) > MINUTES_TEXT_LIMIT:
        raise ValidationError(
            _("The general notes may be at most %(limit)s characters long.")
            % {"limit": MINUTES_TEXT_LIMIT}
        )
    decision_rows = list(decisions)
    for row in decision_rows:
        _check_decision(meeting, row)
    eligible = set(attendance_choices(meeting).values_list("pk", flat=True))
    if any(person.pk not in eligible for person in people):
        raise ValidationError(
            _(
                "Attendance can only be recorded for staff of organisations that were "
                "members on the day of the meeting."
            )
        )
    today = timezone.localdate()
    for row in action_rows:
        _check_action(row, meeting.network, today)
        if row.get("agenda_item") is not None and row["agenda_item"].pk not in known:
            raise ValidationError(_("An agenda item does not belong to this meeting."))
    with transaction.atomic():
        for row in item_rows:
            item = known[row["id"]]
            item.notes = row["notes"]
            item.decisions = row.get("decisions", item.decisions)
        AgendaItem.objects.bulk_update(
            [known[row["id"]] for row in item_rows], ["notes", "decisions"]
        )
        for row in decision_rows:
            _create_decision(meeting, row, by=by)
        meeting.attendances.exclude(user__in=people).delete()
        present = set(meeting.attendances.values_list("user_id", flat=True))
        Attendance.objects.bulk_create(
            Attendance(
                meeting=meeting,
                user=person,
                organisation=member_organisation_of(person, meeting.network),
            )
            for person in people
            if person.pk not in present
        )
        ActionItem.objects.bulk_create(
            ActionItem(
                meeting=meeting,
                agenda_item=row.get("agenda_item"),
                title=row["title"].strip(),
                owner_organisation=row.get("owner_organisation"),
                owner_user=row.get("owner_user"),
                due_date=row.get("due_date"),
                created_by=by,
            )
            for row in action_rows
        )
        meeting.public_summary = public_summary
        meeting.general_notes = general_notes
        meeting.updated_by = by
        meeting.save(update_fields=["public_summary", "general_notes", "updated_by", "updated_at"])
    return meeting


def publish_minutes(meeting: Meeting, *, by: User, notify: bool = True) -> Meeting:
    """Show the minutes to the members; the first time they are told by e-mail.

    `notify=False` is for loading history (the demo), where nobody is to be written to.
    """
    if meeting.is_cancelled:
        raise ValidationError(_("A cancelled meeting has no minutes."))
    if meeting.starts_at > timezone.now():
        raise ValidationError(_("Minutes can be published once the meeting has started."))
    with transaction.atomic():
        # Lock the row: a double click must not send the minutes e-mail twice.
        first = (
            Meeting.objects.select_for_update()
            .filter(pk=meeting.pk, minutes_published_at__isnull=True)
            .exists()
        )
        meeting.minutes_published_at = timezone.now()
        meeting.minutes_published_by = by
        meeting.updated_by = by
        meeting.save(
            update_fields=[
                "minutes_published_at",
                "minutes_published_by",
                "updated_by",
                "updated_at",
            ]
        )
        if first and notify:
            _notify(meeting, "minutes")
    return meeting


def update_action_item(item: ActionItem, *, data: dict[str, Any], by: User) -> ActionItem:
    """Change what, who and until when of an open action item, as recorded in the minutes.

    `data` has title, agenda_item, owner_organisation, owner_user and due_date. An overdue
    item may keep its date; a new due date gets a new reminder once it has passed.
    """
    network = item.meeting.network
    _check_action(data, network, timezone.localdate(), kept_due_date=item.due_date)
    agenda_item = data.get("agenda_item")
    if agenda_item is not None and agenda_item.meeting_id != item.meeting_id:
        raise ValidationError(_("An agenda item does not belong to this meeting."))
    with transaction.atomic():
        # Lock the row: the owner may mark it done while the coordination edits it.
        locked = ActionItem.objects.select_for_update().get(pk=item.pk)
        if locked.closed_at is not None:
            raise ValidationError(_("A finished action item can no longer be changed."))
        if data.get("due_date") != locked.due_date:
            locked.overdue_reminder_sent_at = None
        locked.title = data["title"].strip()
        locked.agenda_item = agenda_item
        locked.owner_organisation = data.get("owner_organisation")
        locked.owner_user = data.get("owner_user")
        locked.due_date = data.get("due_date")
        locked.updated_by = by
        locked.updated_at = timezone.now()
        locked.save()
    return locked


def add_follow_up_action_item(
    network: Network, *, title: str, source_event: Any, owner_organisation: Any, by: User
) -> ActionItem:
    """An action item straight from an event report's follow-up, for the network's next
    meeting, where the coordination sees it and can reassign it; it links back to the event."""
    title = " ".join(title.split())[:300]
    row = {"title": title, "owner_organisation": owner_organisation, "owner_user": None}
    _check_action(row, network, timezone.localdate())
    meeting = next_meeting(network)
    if meeting is None:
        raise ValidationError(
            _("There is no upcoming meeting yet. Please ask the coordination to plan one.")
        )
    with transaction.atomic():
        Meeting.objects.select_for_update().filter(pk=meeting.pk).first()
        if ActionItem.objects.filter(
            meeting__network=network, source_event=source_event, title=title
        ).exists():
            raise ValidationError(
                _("This follow-up has already been taken over as an action item.")
            )
        return ActionItem.objects.create(
            meeting=meeting,
            title=title,
            owner_organisation=owner_organisation,
            source_event=source_event,
            created_by=by,
        )


def close_action_item(item: ActionItem, *, by: User) -> ActionItem:
    """Mark done, recording who and when; a second click by someone else changes nothing."""
    now = timezone.now()
    with transaction.atomic():
        closed = ActionItem.objects.filter(pk=item.pk, closed_at__isnull=True).update(
            closed_at=now, closed_by=by
        )
        if not closed:
            raise ValidationError(_("This action item has already been marked as done."))
    item.refresh_from_db()
    return item


# --- decisions -----------------------------------------------------------------------------

DECISION_FIELDS = ["text", "agenda_item", "tags", "is_public", "need", "offer", "finding", "event"]


def _clean_tags(names: Iterable[str]) -> list[str]:
    unique: dict[str, str] = {}
    for name in names:
        name = " ".join(name.split())
        if name:
            unique.setdefault(name.casefold(), name)
    return list(unique.values())


def _check_decision(meeting: Meeting, row: dict[str, Any]) -> None:
    """Everything a decision row must satisfy; links only to things of the same network."""
    network = meeting.network
    text = (row.get("text") or "").strip()
    if not text:
        raise ValidationError(_("Please write down what was decided."))
    if len(text) > DECISION_TEXT_LIMIT:
        raise ValidationError(
            _("A decision may be at most %(limit)s characters long.")
            % {"limit": DECISION_TEXT_LIMIT}
        )
    tags = _clean_tags(row.get("tags") or [])
    if len(tags) > DECISION_TAG_LIMIT:
        raise ValidationError(
            _("A decision can have at most %(limit)s keywords.") % {"limit": DECISION_TAG_LIMIT}
        )
    if any(len(tag) > 60 for tag in tags):
        raise ValidationError(_("A keyword may be at most 60 characters long."))
    agenda_item = row.get("agenda_item")
    if agenda_item is not None and agenda_item.meeting_id != meeting.pk:
        raise ValidationError(_("An agenda item does not belong to this meeting."))
    need, offer, finding, event = (row.get(key) for key in ("need", "offer", "finding", "event"))
    if need is not None and need.network_id != network.pk:
        raise ValidationError(_("The need belongs to another network."))
    if (
        offer is not None
        and not Membership.objects.filter(
            network=network, organisation_id=offer.organisation_id, status=MembershipStatus.MEMBER
        ).exists()
    ):
        raise ValidationError(_("The offer belongs to an organisation outside the network."))
    if finding is not None and finding.network_id != network.pk:
        raise ValidationError(_("The synergy belongs to another network."))
    if event is not None and event.network_id != network.pk:
        raise ValidationError(_("The event belongs to another network."))


def _finding_label(finding) -> str:
    return f"{finding.offer_a.title} ↔ {finding.offer_b.title}"


def _apply_decision(decision: Decision, row: dict[str, Any], tags: list[DecisionTag]) -> None:
    decision.text = richtext.replace_unencodable(row["text"].strip())
    decision.text_html = richtext.render_restricted_html(decision.text)
    decision.text_format_version = richtext.FORMAT_VERSION
    decision.agenda_item = row.get("agenda_item")
    decision.is_public = bool(row.get("is_public"))
    for name in ("need", "offer", "finding", "event"):
        target = row.get(name)
        setattr(decision, name, target)
        if target is not None:
            label = _finding_label(target) if name == "finding" else str(target)
            setattr(decision, f"{name}_label", label[:300])
        else:
            setattr(decision, f"{name}_label", "")
    meeting = decision.meeting
    decision.search_text = " ".join(
        stems(
            " ".join(
                [
                    decision.reference,
                    f"{decision.number}",
                    timezone.localtime(meeting.starts_at).strftime("%d.%m.%Y"),
                    meeting.title,
                    decision.text,
                    *(tag.name for tag in tags),
                    *(
                        getattr(decision, f"{name}_label")
                        for name in ("need", "offer", "finding", "event")
                    ),
                ]
            )
        )
    )


def _tags_for(network: Network, names: Iterable[str]) -> list[DecisionTag]:
    tags = []
    for name in _clean_tags(names):
        existing = DecisionTag.objects.filter(network=network, name__iexact=name).first()
        tags.append(existing or DecisionTag.objects.create(network=network, name=name))
    return tags


def _next_number(network: Network, year: int) -> int:
    """The next free number of the year; the caller holds the lock on the network row."""
    highest = Decision.objects.filter(network=network, year=year).aggregate(Max("number"))
    return (highest["number__max"] or 0) + 1


def _create_decision(meeting: Meeting, row: dict[str, Any], *, by: User) -> Decision:
    # Lock the network row: two coordinators may record decisions at the same moment, and
    # each must get its own number. The unique constraint is the last line of defence.
    Network.objects.select_for_update().filter(pk=meeting.network_id).first()
    year = timezone.localtime(meeting.starts_at).year
    decision = Decision(
        network_id=meeting.network_id,
        meeting=meeting,
        year=year,
        number=_next_number(meeting.network, year),
        recorded_by=by,
    )
    tags = _tags_for(meeting.network, row.get("tags") or [])
    _apply_decision(decision, row, tags)
    decision.save()
    decision.tags.set(tags)
    return decision


def record_decision(meeting: Meeting, *, data: dict[str, Any], by: User) -> Decision:
    """One decision of a meeting, with the next number of the network in the meeting's year."""
    if meeting.is_cancelled:
        raise ValidationError(_("A cancelled meeting has no minutes."))
    if meeting.starts_at > timezone.now():
        raise ValidationError(_("Minutes can be written once the meeting has started."))
    _check_decision(meeting, data)
    with transaction.atomic():
        return _create_decision(meeting, data, by=by)


def _decision_state(decision: Decision) -> dict[str, Any]:
    return {
        "text": decision.text,
        "agenda_item": decision.agenda_item_id and str(decision.agenda_item),
        "tags": sorted(tag.name for tag in decision.tags.all()),
        "is_public": decision.is_public,
        "need": decision.need_label,
        "offer": decision.offer_label,
        "finding": decision.finding_label,
        "event": decision.event_label,
    }


def update_decision(
    decision: Decision, *, data: dict[str, Any], by: User, note: str = ""
) -> Decision:
    """Correct a decision. Once the minutes are published a reason is needed, and the
    correction is kept in the network's audit log with the text before and after."""
    meeting = decision.meeting
    _check_decision(meeting, data)
    note = note.strip()
    if len(note) > 500:
        raise ValidationError(_("The reason may be at most 500 characters long."))
    with transaction.atomic():
        locked = (
            Decision.objects.select_for_update()
            .select_related("meeting__network")
            .get(pk=decision.pk)
        )
        if locked.is_withdrawn:
            raise ValidationError(_("A withdrawn decision can no longer be changed."))
        published = locked.meeting.minutes_published
        if published and not note:
            raise ValidationError(
                _("The minutes are published: please give a reason for the correction.")
            )
        before = _decision_state(locked)
        tags = _tags_for(locked.meeting.network, data.get("tags") or [])
        _apply_decision(locked, data, tags)
        locked.updated_by = by
        locked.updated_at = timezone.now()
        if published:
            locked.correction_note = note
        locked.save()
        locked.tags.set(tags)
        if published:
            record_entry(
                action=AuditAction.DECISION_CORRECTED,
                actor=by,
                network=locked.meeting.network,
                target=locked,
                label=_("Decision %(reference)s") % {"reference": locked.reference},
                before=before,
                after=_decision_state(locked),
                note=note,
            )
    return locked


def withdraw_decision(decision: Decision, *, reason: str, by: User) -> Decision:
    """Mark a decision as withdrawn; it keeps its number and stays visible as withdrawn."""
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("Please say why the decision is withdrawn."))
    if len(reason) > 500:
        raise ValidationError(_("The reason may be at most 500 characters long."))
    with transaction.atomic():
        locked = (
            Decision.objects.select_for_update()
            .select_related("meeting__network")
            .get(pk=decision.pk)
        )
        if locked.is_withdrawn:
            raise ValidationError(_("This decision has already been withdrawn."))
        locked.withdrawn_at = timezone.now()
        locked.withdrawn_by = by
        locked.withdrawal_reason = reason
        locked.save(update_fields=["withdrawn_at", "withdrawn_by", "withdrawal_reason"])
        if locked.meeting.minutes_published:
            record_entry(
                action=AuditAction.DECISION_WITHDRAWN,
                actor=by,
                network=locked.meeting.network,
                target=locked,
                label=_("Decision %(reference)s") % {"reference": locked.reference},
                before={"text": locked.text},
                note=reason,
            )
    return locked


# --- due e-mail -----------------------------------------------------------------------------


def _claim(queryset, field: str, now: datetime.datetime) -> list[int]:
    """Mark rows as sent with a conditional UPDATE per row, so two runs never both send."""
    claimed = []
    for pk in list(queryset.values_list("pk", flat=True)):
        if queryset.model.objects.filter(pk=pk, **{f"{field}__isnull": True}).update(
            **{field: now}
        ):
            claimed.append(pk)
    return claimed


def send_due_mail(*, now: datetime.datetime | None = None) -> dict[str, int]:
    """Queue invitations, day-before reminders and overdue reminders that are due, each once."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    upcoming = Meeting.objects.filter(is_cancelled=False, starts_at__gt=now)
    # Invitations: due when the meeting is at most its series' lead time (default 7 days) away.
    invite_ids = []
    for meeting in upcoming.filter(invitation_sent_at__isnull=True).select_related("series"):
        days = meeting.series.invitation_days_ahead if meeting.series_id else 7
        if meeting.starts_at - now <= datetime.timedelta(days=days):
            invite_ids.append(meeting.pk)
    invitations = _claim(Meeting.objects.filter(pk__in=invite_ids), "invitation_sent_at", now)
    tomorrow = today + datetime.timedelta(days=1)
    reminder_ids = [
        meeting.pk
        for meeting in upcoming.filter(reminder_sent_at__isnull=True)
        if timezone.localtime(meeting.starts_at).date() == tomorrow
    ]
    reminders = _claim(Meeting.objects.filter(pk__in=reminder_ids), "reminder_sent_at", now)
    overdue = _claim(
        ActionItem.objects.filter(
            closed_at__isnull=True, due_date__lt=today, overdue_reminder_sent_at__isnull=True
        ),
        "overdue_reminder_sent_at",
        now,
    )

    def enqueue() -> None:
        for pk in invitations:
            tasks.send_meeting_notice.enqueue(pk, "invitation")
        for pk in reminders:
            tasks.send_meeting_notice.enqueue(pk, "reminder")
        for pk in overdue:
            tasks.send_overdue_reminder.enqueue(pk)

    transaction.on_commit(enqueue)
    return {"invitations": len(invitations), "reminders": len(reminders), "overdue": len(overdue)}


def extend_all_series() -> int:
    return sum(len(extend_series(series)) for series in MeetingSeries.objects.all())


# Privacy ------------------------------------------------------------------------------------
# Called by netzwerkstatt.privacy when a person deletes their account.


@transaction.atomic
def hand_over_action_items_of(user: User) -> int:
    """Pass a leaving person's action items to an organisation, so none is left without owner.

    An item assigned to the person for an organisation stays with that organisation; otherwise
    it goes to the person's member organisation in the meeting's network, or else to the
    network's coordination, who can reassign it.
    """
    from netzwerkstatt.networks.models import MembershipRole

    items = list(ActionItem.objects.select_for_update().filter(owner_user=user))
    successors: dict[int, Any] = {}
    for item in items:
        if item.owner_organisation_id is None:
            network_id = Meeting.objects.filter(pk=item.meeting_id).values_list(
                "network_id", flat=True
            )[0]
            if network_id not in successors:
                network = Network.objects.get(pk=network_id)
                coordination = (
                    Membership.objects.filter(
                        network=network,
                        role=MembershipRole.COORDINATOR,
                        status=MembershipStatus.MEMBER,
                    )
                    .order_by("organisation__name")
                    .first()
                )
                successors[network_id] = member_organisation_of(user, network) or (
                    coordination.organisation if coordination else None
                )
            if successors[network_id] is None:
                raise ValidationError(
                    _("The action item “%(title)s” has no organisation to pass to.")
                    % {"title": item.title}
                )
            item.owner_organisation = successors[network_id]
        item.owner_user = None
        item.save(update_fields=["owner_organisation", "owner_user"])
    return len(items)
