"""Writes to events, registrations, tasks and reports. Views call these; nothing else writes."""

import secrets
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Sum
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from netzwerkstatt.accounts.models import User
from netzwerkstatt.core.address_hashes import address_hash
from netzwerkstatt.core.content_translations import apply_translation
from netzwerkstatt.core.mail import send_templated_mail
from netzwerkstatt.events.models import (
    MAX_PEOPLE_PER_REGISTRATION,
    MAX_YEAR,
    MIN_YEAR,
    CalendarToken,
    Event,
    EventCoOrganiser,
    EventDate,
    EventReport,
    EventTask,
    Registration,
    RegistrationStatus,
    TaskClaim,
)
from netzwerkstatt.events.templatetags.events_tags import when_text
from netzwerkstatt.meetings.services import add_follow_up_action_item, propose_agenda_item
from netzwerkstatt.networks.models import (
    Membership,
    MembershipStatus,
    Network,
    Organisation,
    Staff,
)
from netzwerkstatt.networks.permissions import speaks_for
from netzwerkstatt.offers.models import Need
from netzwerkstatt.offers.services import create_need

EVENT_M2M_FIELDS = ("target_groups", "languages")
# Visitors register without an account; a few registrations per address and hour are plenty for
# a family or a group leader and stop scripts filling the lists.
VISITOR_REGISTRATIONS_PER_HOUR = 10
ADDRESS_PURPOSE = "events.registration"
RATE_LIMITED = "rate_limited"
MAX_DATES = 60
CANCEL_SALT = "netzwerkstatt.events.registration.cancel"


# Events ----------------------------------------------------------------------------------


def _member_org_ids(network: Network) -> set[int]:
    return set(
        Membership.objects.filter(network=network, status=MembershipStatus.MEMBER).values_list(
            "organisation_id", flat=True
        )
    )


def _check_dates(dates: list[dict[str, datetime]]) -> None:
    if not dates:
        raise ValidationError(_("Please enter at least one date."))
    if len(dates) > MAX_DATES:
        raise ValidationError(
            _("An event can have at most %(count)s dates.") % {"count": MAX_DATES}
        )
    for row in dates:
        if row["starts_at"] >= row["ends_at"]:
            raise ValidationError(_("An event must end after it starts."))
        if not all(MIN_YEAR <= row[name].year <= MAX_YEAR for name in ("starts_at", "ends_at")):
            raise ValidationError(
                _("Please enter a date between %(min)s and %(max)s.")
                % {"min": MIN_YEAR, "max": MAX_YEAR}
            )


def _check_organisations(
    network: Network, organiser: Organisation, co_organisers: Iterable[Organisation]
) -> None:
    members = _member_org_ids(network)
    if organiser.pk not in members:
        raise ValidationError(_("Only member organisations of the network can publish events."))
    for organisation in co_organisers:
        if organisation.pk == organiser.pk:
            raise ValidationError(_("The organiser cannot also be a co-organiser."))
        if organisation.pk not in members:
            raise ValidationError(
                _("%(name)s is not a member of this network and cannot co-organise.")
                % {"name": organisation.name}
            )


def _apply(event: Event, data: dict[str, Any]) -> dict[str, Any]:
    related = {}
    for name, value in data.items():
        if name in EVENT_M2M_FIELDS:
            related[name] = value
        else:
            setattr(event, name, value)
    return related


def _replace_dates(event: Event, dates: list[dict[str, datetime]]) -> None:
    event.dates.all().delete()
    EventDate.objects.bulk_create(
        EventDate(event=event, starts_at=row["starts_at"], ends_at=row["ends_at"])
        for row in sorted(dates, key=lambda row: row["starts_at"])
    )


def _set_co_organisers(
    event: Event,
    co_organisers: Iterable[Organisation],
    *,
    by: User | None = None,
    notify: bool = True,
) -> None:
    """Keep the co-organisers who stay as they are. A new one is confirmed at once when the
    person naming it works for it; every other one waits for its staff, who are told."""
    wanted = {organisation.pk: organisation for organisation in co_organisers}
    event.co_organiser_links.exclude(organisation_id__in=wanted).delete()
    existing = set(event.co_organiser_links.values_list("organisation_id", flat=True))
    now = timezone.now()
    links = []
    pending = []
    for pk in sorted(set(wanted) - existing):
        own = speaks_for(by, wanted[pk])
        links.append(
            EventCoOrganiser(
                event=event,
                organisation_id=pk,
                added_by=by,
                confirmed_at=now if own else None,
                confirmed_by=by if own else None,
            )
        )
        if not own:
            pending.append(pk)
    EventCoOrganiser.objects.bulk_create(links)
    if notify:
        _mail_new_co_organisers(event, pending)


def _staff_addresses(
    organisation_ids: Iterable[int],
) -> tuple[dict[int, list[str]], dict[int, str]]:
    """The active staff's addresses and the names of the organisations, by organisation."""
    recipients: dict[int, list[str]] = {pk: [] for pk in organisation_ids}
    names: dict[int, str] = {}
    staff = (
        Staff.objects.filter(organisation_id__in=recipients, user__is_active=True)
        .select_related("user", "organisation")
        .order_by("pk")
    )
    for position in staff:
        recipients[position.organisation_id].append(position.user.email)
        names[position.organisation_id] = position.organisation.name
    return recipients, names


def _first_date_text(event: Event) -> str:
    first = event.dates.order_by("starts_at").first()
    with translation.override(settings.LANGUAGE_CODE):
        return when_text(first.starts_at, first.ends_at) if first else ""


def _mail_new_co_organisers(event: Event, organisation_ids: list[int]) -> None:
    """One e-mail per new co-organiser, to its staff, with the link to confirm their part."""
    if not organisation_ids:
        return
    when = _first_date_text(event)
    recipients, names = _staff_addresses(organisation_ids)
    for pk, to in recipients.items():
        if not to:
            continue
        context = {
            "event_title": event.title,
            "organiser_name": event.organiser.name,
            "organisation_name": names[pk],
            "when": when,
            "place": event.location_text,
            "dates_count": event.dates.count(),
            "confirm_path": f"{event.get_absolute_url()}#mitveranstaltung-{pk}",
        }
        transaction.on_commit(
            lambda context=context, to=to: send_templated_mail(
                template="events/mail/co_organiser_added", context=context, to=to
            )
        )


def _mail_organiser_named(event: Event, by: User | None) -> None:
    """Tell the organiser's staff that an event waits for their confirmation."""
    recipients, _names = _staff_addresses([event.organiser_id])
    to = recipients[event.organiser_id]
    if not to:
        return
    context = {
        "event_title": event.title,
        "organisation_name": event.organiser.name,
        "network_name": event.network.name,
        "named_by": (by.display_name or by.email) if by else "",
        "when": _first_date_text(event),
        "place": event.location_text,
        "event_path": event.get_absolute_url(),
        "dashboard_path": reverse("accounts:dashboard"),
    }
    transaction.on_commit(
        lambda: send_templated_mail(template="events/mail/organiser_named", context=context, to=to)
    )


def _mail_name_declined(
    event: Event, *, organisation: Organisation, named_by: User | None, as_organiser: bool
) -> None:
    """Tell the person who named the organisation that it declined."""
    if named_by is None or not named_by.is_active:
        return
    context = {
        "event_title": event.title,
        "organisation_name": organisation.name,
        "as_organiser": as_organiser,
        "event_path": event.get_absolute_url(),
    }
    to = [named_by.email]
    transaction.on_commit(
        lambda: send_templated_mail(template="events/mail/name_declined", context=context, to=to)
    )


@transaction.atomic
def create_event(
    network: Network,
    *,
    organiser: Organisation,
    data: dict[str, Any],
    dates: list[dict[str, datetime]],
    co_organisers: Iterable[Organisation] = (),
    by: User | None = None,
    notify: bool = True,
) -> Event:
    """Publish an event in the organiser's name.

    Published at once when `by` works for the organiser; otherwise (a coordinator naming a
    member organisation) it waits, unseen, until the organiser's staff confirm it, and they
    are e-mailed. Named co-organisers likewise. Nobody is e-mailed when `notify` is off (the
    demo data, whose addresses are made up)."""
    co_organisers = list(co_organisers)
    _check_dates(dates)
    _check_organisations(network, organiser, co_organisers)
    own = speaks_for(by, organiser)
    event = Event(
        network=network,
        organiser=organiser,
        created_by=by,
        updated_by=by,
        organiser_confirmed_at=timezone.now() if own else None,
        organiser_confirmed_by=by if own else None,
    )
    related = _apply(event, data)
    event.full_clean(exclude=list(EVENT_M2M_FIELDS))
    event.save()
    for name, value in related.items():
        getattr(event, name).set(value)
    _replace_dates(event, dates)
    _set_co_organisers(event, co_organisers, by=by, notify=notify)
    if not own and notify:
        _mail_organiser_named(event, by)
    return event


@transaction.atomic
def update_event(
    event: Event,
    *,
    data: dict[str, Any],
    dates: list[dict[str, datetime]] | None = None,
    co_organisers: Iterable[Organisation] | None = None,
    by: User | None = None,
    notify: bool = True,
) -> Event:
    # Lock the event: a registration running at the same time counts against its capacity.
    event = Event.objects.select_for_update().get(pk=event.pk)
    if dates is not None:
        _check_dates(dates)
    if co_organisers is not None:
        co_organisers = list(co_organisers)
        _check_organisations(event.network, event.organiser, co_organisers)
    related = _apply(event, data)
    event.updated_by = by
    event.full_clean(exclude=list(EVENT_M2M_FIELDS))
    event.save()
    for name, value in related.items():
        getattr(event, name).set(value)
    if dates is not None:
        _replace_dates(event, dates)
    if co_organisers is not None:
        _set_co_organisers(event, co_organisers, by=by, notify=notify)
    _promote_waiting(event)
    return event


@transaction.atomic
def confirm_event_organiser(event: Event, *, by: User) -> Event:
    """The organiser's staff confirm an event published in their name; it appears now."""
    event = (
        Event.objects.select_for_update(of=("self",)).select_related("organiser").get(pk=event.pk)
    )
    if not speaks_for(by, event.organiser):
        raise ValidationError(_("Only the staff of the organiser can confirm this event."))
    if event.organiser_confirmed:
        raise ValidationError(_("This event has already been confirmed."))
    if event.organiser_declined:
        raise ValidationError(_("This event has already been declined."))
    event.organiser_confirmed_at = timezone.now()
    event.organiser_confirmed_by = by
    event.save(update_fields=["organiser_confirmed_at", "organiser_confirmed_by"])
    return event


@transaction.atomic
def decline_event_organiser(event: Event, *, by: User) -> Event:
    """The organiser's staff decline: the event stays unpublished and whoever published it is
    told. A confirmed event is not taken back this way."""
    event = (
        Event.objects.select_for_update(of=("self",))
        .select_related("organiser", "created_by")
        .get(pk=event.pk)
    )
    if not speaks_for(by, event.organiser):
        raise ValidationError(_("Only the staff of the organiser can decline this event."))
    if event.organiser_confirmed:
        raise ValidationError(
            _("This event has already been confirmed; it can no longer be declined.")
        )
    if event.organiser_declined:
        raise ValidationError(_("This event has already been declined."))
    event.organiser_declined_at = timezone.now()
    event.save(update_fields=["organiser_declined_at"])
    _mail_name_declined(
        event, organisation=event.organiser, named_by=event.created_by, as_organiser=True
    )
    return event


def _co_organiser_link(event: Event, organisation: Organisation) -> EventCoOrganiser:
    link = (
        EventCoOrganiser.objects.select_for_update(of=("self",))
        .select_related("added_by")
        .filter(event=event, organisation=organisation)
        .first()
    )
    if link is None:
        raise ValidationError(_("This organisation is not a co-organiser of the event."))
    return link


@transaction.atomic
def confirm_co_organisation(
    event: Event, *, organisation: Organisation, part: str = "", by: User | None = None
) -> EventCoOrganiser:
    """A co-organiser's staff confirm their part; from now on it shows with the event."""
    if not speaks_for(by, organisation):
        raise ValidationError(_("Only the staff of this organisation can confirm its part."))
    link = _co_organiser_link(event, organisation)
    if len(part) > 500:
        raise ValidationError(_("Please describe your part in at most 500 characters."))
    if link.is_confirmed:
        raise ValidationError(_("Your part has already been confirmed."))
    link.part = part
    link.confirmed_at = timezone.now()
    link.confirmed_by = by
    link.save(update_fields=["part", "confirmed_at", "confirmed_by"])
    return link


@transaction.atomic
def decline_co_organisation(event: Event, *, organisation: Organisation, by: User) -> Event:
    """A co-organiser's staff decline: the name goes from the event; whoever named them is
    told. A confirmed part is not taken back this way."""
    if not speaks_for(by, organisation):
        raise ValidationError(_("Only the staff of this organisation can decline."))
    link = _co_organiser_link(event, organisation)
    if link.is_confirmed:
        raise ValidationError(
            _("Your part has already been confirmed; it can no longer be declined.")
        )
    named_by = link.added_by or event.created_by
    link.delete()
    _mail_name_declined(event, organisation=organisation, named_by=named_by, as_organiser=False)
    return event


# Registrations -----------------------------------------------------------------------------


def event_is_over(event: Event, *, now: datetime | None = None) -> bool:
    last = event.dates.order_by("-ends_at").values_list("ends_at", flat=True).first()
    return last is None or last <= (now or timezone.now())


def confirmed_people(event: Event) -> int:
    return (
        event.registrations.filter(status=RegistrationStatus.CONFIRMED).aggregate(
            total=Sum("people")
        )["total"]
        or 0
    )


def cancel_token(registration: Registration) -> str:
    return signing.dumps(registration.pk, salt=CANCEL_SALT)


def registration_from_token(token: str) -> Registration | None:
    try:
        pk = signing.loads(token, salt=CANCEL_SALT)
    except signing.BadSignature:
        return None
    return Registration.objects.select_related("event").filter(pk=pk).first()


def _dates_text(event: Event, language: str = settings.LANGUAGE_CODE) -> list[str]:
    """The event's dates as lines for e-mails, in the recipient's language."""
    with translation.override(language):
        return [when_text(date.starts_at, date.ends_at) for date in event.dates.all()]


def _mail_registration(registration: Registration, template: str) -> None:
    language = registration.user.language if registration.user else registration.language
    context = {
        "dates": _dates_text(registration.event, language),
        "place": registration.event.location_text,
        "registration_name": registration.name,
        "event_title": registration.event.title,
        "event_path": registration.event.get_absolute_url(),
        "people": registration.people,
        "is_waiting": registration.status == RegistrationStatus.WAITING,
        "cancel_path": reverse("events:cancel_visitor", args=[cancel_token(registration)])
        if registration.user_id is None
        else registration.event.get_absolute_url(),
    }
    to = [registration.email]
    transaction.on_commit(
        lambda: send_templated_mail(
            template=f"events/mail/{template}", context=context, to=to, language=language
        )
    )


@transaction.atomic
def register_for_event(
    event: Event,
    *,
    user: User | None = None,
    name: str = "",
    email: str = "",
    people: int = 1,
    ip_address: str = "",
) -> Registration:
    """RSVP for a member (`user`) or a visitor (name, e-mail, number of people).

    Beyond the limit the registration goes on the waiting list; it is moved up when places free.
    Visitors may register at most VISITOR_REGISTRATIONS_PER_HOUR times per address and hour
    (over all events); the error then has the code RATE_LIMITED.
    """
    # Lock the event row: two people asking for the last places at once must queue here.
    event = Event.objects.select_for_update().get(pk=event.pk)
    if event_is_over(event):
        raise ValidationError(_("This event is over; registration is closed."))
    if user is not None:
        name, email, people = user.display_name or user.email, user.email, 1
    elif not event.is_public:
        raise ValidationError(_("Only members of the network can register for this event."))
    if not name.strip() or not email.strip():
        raise ValidationError(_("Please enter your name and e-mail address."))
    if not 1 <= people <= MAX_PEOPLE_PER_REGISTRATION:
        raise ValidationError(
            _("Please register between 1 and %(max)s people.")
            % {"max": MAX_PEOPLE_PER_REGISTRATION}
        )
    if event.capacity is not None and people > event.capacity:
        raise ValidationError(
            _("This event has room for %(capacity)s people in total; please register fewer.")
            % {"capacity": event.capacity}
        )
    active = event.registrations.filter(status__in=[RegistrationStatus.CONFIRMED, "waiting"])
    if active.filter(email__iexact=email.strip()).exists():
        raise ValidationError(_("You are already registered for this event."))
    ip_hash = address_hash(ip_address, purpose=ADDRESS_PURPOSE) if user is None else ""
    if ip_hash:
        since = timezone.now() - timedelta(hours=1)
        recent = Registration.objects.filter(ip_hash=ip_hash, created_at__gte=since).count()
        if recent >= VISITOR_REGISTRATIONS_PER_HOUR:
            raise ValidationError(
                _("Too many registrations from your connection. Please try again in an hour."),
                code=RATE_LIMITED,
            )
    fits = event.capacity is None or confirmed_people(event) + people <= event.capacity
    registration = Registration(
        event=event,
        user=user,
        name=name.strip(),
        email=email.strip(),
        people=people,
        status=RegistrationStatus.CONFIRMED if fits else RegistrationStatus.WAITING,
        ip_hash=ip_hash,
        language=translation.get_language() or settings.LANGUAGE_CODE,
    )
    registration.full_clean()
    registration.save()
    _mail_registration(registration, "registration")
    return registration


def _promote_waiting(event: Event) -> list[Registration]:
    """Move waiting registrations up, oldest first, as far as the free places allow.

    A group too large for the places left is skipped, so a smaller one behind it can come in;
    it keeps its place in the queue for the next cancellation. The caller holds the event lock.
    """
    waiting = list(
        event.registrations.select_related("user").filter(status=RegistrationStatus.WAITING)
    )
    if not waiting:
        return []
    free = None if event.capacity is None else event.capacity - confirmed_people(event)
    promoted = []
    for registration in waiting:
        if free is not None and registration.people > free:
            continue
        registration.status = RegistrationStatus.CONFIRMED
        registration.save(update_fields=["status"])
        promoted.append(registration)
        _mail_registration(registration, "promoted")
        if free is not None:
            free -= registration.people
    return promoted


@transaction.atomic
def cancel_registration(registration: Registration) -> Registration:
    event = Event.objects.select_for_update().get(pk=registration.event_id)
    registration = Registration.objects.get(pk=registration.pk)
    if registration.status == RegistrationStatus.CANCELLED:
        raise ValidationError(_("This registration has already been cancelled."))
    registration.status = RegistrationStatus.CANCELLED
    registration.cancelled_at = timezone.now()
    registration.save(update_fields=["status", "cancelled_at"])
    _promote_waiting(event)
    return registration


# Tasks -------------------------------------------------------------------------------------


@transaction.atomic
def add_task(
    event: Event,
    *,
    description: str,
    needed: int,
    deadline: date | None = None,
    by: User | None = None,
) -> EventTask:
    task = EventTask(
        event=event, description=description, needed=needed, deadline=deadline, created_by=by
    )
    task.full_clean()
    task.save()
    return task


def claimed_total(task: EventTask) -> int:
    return task.claims.aggregate(total=Sum("quantity"))["total"] or 0


@transaction.atomic
def claim_task(
    task: EventTask, *, organisation: Organisation, quantity: int = 1, by: User | None = None
) -> TaskClaim:
    """Take on `quantity` of a task for an organisation; never more than is still open."""
    if quantity < 1:
        raise ValidationError(_("Please take on at least one."))
    # Lock the task row: two members claiming the last free place at once are served in turn,
    # and the second sees the first one's claim in the sum below.
    task = EventTask.objects.select_for_update().select_related("event").get(pk=task.pk)
    if organisation.pk not in _member_org_ids(task.event.network):
        raise ValidationError(_("Only member organisations of the network can take on tasks."))
    free = task.needed - claimed_total(task)
    if free <= 0:
        raise ValidationError(_("This task has already been fully taken on."))
    if quantity > free:
        raise ValidationError(
            _("Only %(free)s of %(needed)s are still open; please take on fewer.")
            % {"free": free, "needed": task.needed}
        )
    claim = TaskClaim.objects.filter(task=task, organisation=organisation).first()
    if claim is None:
        claim = TaskClaim.objects.create(
            task=task, organisation=organisation, user=by, quantity=quantity
        )
    else:
        claim.quantity += quantity
        claim.user = by
        claim.save(update_fields=["quantity", "user"])
    return claim


@transaction.atomic
def release_claim(claim: TaskClaim, *, by: User | None = None) -> EventTask:
    """Give a task back; its places are open again for others."""
    task = EventTask.objects.select_for_update().get(pk=claim.task_id)
    deleted, _rows = TaskClaim.objects.filter(pk=claim.pk).delete()
    if not deleted:
        raise ValidationError(_("This task had already been given back."))
    return task


# Reports -------------------------------------------------------------------------------------


@transaction.atomic
def save_report(event: Event, *, data: dict[str, Any], by: User | None = None) -> EventReport:
    if not event_is_over(event):
        raise ValidationError(_("A report can be written once the event is over."))
    report = EventReport.objects.select_for_update().filter(event=event).first()
    report = report or EventReport(event=event)
    for name, value in data.items():
        setattr(report, name, value)
    report.written_by = by
    report.full_clean()
    report.save()
    return report


def _follow_up(event: Event, index: int, expected: str | None) -> tuple[EventReport, str]:
    """The follow-up at `index`; `expected` is the text the page showed at that place.

    The report may have been edited since the page was loaded; then the same index names
    another follow-up, and acting on it would be wrong.
    """
    report = EventReport.objects.filter(event=event).first()
    follow_ups = report.follow_up_list() if report else []
    if not 0 <= index < len(follow_ups):
        raise ValidationError(_("This follow-up does not exist (any more)."))
    if expected is not None and follow_ups[index] != expected.strip():
        raise ValidationError(
            _("The report has been changed in the meantime. Please check the follow-ups again.")
        )
    return report, follow_ups[index]


def follow_up_to_need(event: Event, *, index: int, text: str | None = None, by: User | None = None):
    """Record a follow-up of the report as a need of the network (through offers.services)."""
    report, text = _follow_up(event, index, text)
    already = Need.objects.filter(
        network=event.network,
        title=text[:200],
        raised_by=event.organiser,
        raised_at=event.title[:200],
    )
    if already.exists():
        raise ValidationError(_("This follow-up has already been recorded as a need."))
    description = _("Follow-up of the event “%(title)s”: %(text)s") % {
        "title": event.title,
        "text": text,
    }
    return create_need(
        event.network,
        data={
            "title": text[:200],
            "description": description[:5000],
            "raised_by": event.organiser,
            "raised_at": event.title[:200],
            "raised_on": timezone.localdate(),
            "target_groups": list(event.target_groups.all()),
        },
        by=by,
    )


def follow_up_to_agenda(
    event: Event, *, index: int, text: str | None = None, by: User | None = None
):
    """Propose a follow-up of the report for the network's next meeting."""
    report, text = _follow_up(event, index, text)
    return propose_agenda_item(
        network=event.network,
        proposed_by=by,
        title=text[:200],
        description=_("Follow-up of the event “%(title)s”.") % {"title": event.title},
    )


def follow_up_to_action_item(
    event: Event, *, index: int, text: str | None = None, by: User | None = None
):
    """Take a follow-up over as an action item of the network, for the organiser to do.

    It goes on the network's next meeting like an agenda proposal, where the coordination
    can give it to someone else; the item links back to the event.
    """
    report, text = _follow_up(event, index, text)
    return add_follow_up_action_item(
        event.network,
        title=text,
        source_event=event,
        owner_organisation=event.organiser,
        by=by,
    )


# Calendar feed tokens --------------------------------------------------------------------------


def calendar_token_for(user: User) -> CalendarToken:
    token, _created = CalendarToken.objects.get_or_create(
        user=user, defaults={"token": secrets.token_urlsafe(32)}
    )
    return token


@transaction.atomic
def reset_calendar_token(user: User) -> CalendarToken:
    """A new secret: the old feed address stops working at once."""
    token = calendar_token_for(user)
    token.token = secrets.token_urlsafe(32)
    token.save(update_fields=["token", "created_at"])
    return token


# Privacy ------------------------------------------------------------------------------------
# Called by netzwerkstatt.privacy: a person deletes their account, a coordinator erases a
# visitor's data, the daily purge runs.


def _withdraw(registrations: Any) -> int:
    """Cancel the places still held for events to come (the waiting list moves up), then delete."""
    upcoming = registrations.filter(
        status__in=[RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING],
        event__dates__ends_at__gte=timezone.now(),
    ).distinct()
    for registration in upcoming:
        cancel_registration(registration)
    _total, rows = registrations.delete()
    return rows.get(Registration._meta.label, 0)


@transaction.atomic
def withdraw_registrations_of(user: User) -> int:
    """A leaving person's registrations: their account's, and those made as a visitor under
    the account's (verified) address."""
    return _withdraw(
        Registration.objects.filter(user=user)
        | Registration.objects.filter(user__isnull=True, email__iexact=user.email)
    )


@transaction.atomic
def erase_visitor_registrations(network: Network, *, email: str) -> int:
    """Delete a visitor's registrations for this network's events; members' stay theirs."""
    return _withdraw(
        Registration.objects.filter(event__network=network, user__isnull=True, email__iexact=email)
    )


@transaction.atomic
def purge_visitor_registrations(*, events_ended_before: datetime) -> int:
    """Delete visitors' registrations for events whose last date ended before the given time."""
    still_recent = EventDate.objects.filter(ends_at__gte=events_ended_before).values("event_id")
    _total, rows = (
        Registration.objects.filter(
            user__isnull=True, event_id__in=EventDate.objects.values("event_id")
        )
        .exclude(event_id__in=still_recent)
        .delete()
    )
    return rows.get(Registration._meta.label, 0)


@transaction.atomic
def translate_event(
    event: Event, *, language: str, values: dict[str, str], by: User | None
) -> Event:
    """Store the event's fields in one language. Like other edits of an event, not logged."""
    event = Event.objects.select_for_update().get(pk=event.pk)
    apply_translation(event, code=language, values=values)
    event.updated_by = by
    event.save(update_fields=["translations", "updated_by"])
    return event
