"""Network meetings from invitation to done action items.

A coordinator sets up a series (an RFC 5545 recurrence rule in local wall time) from which
concrete Meeting rows are generated for a horizon; single meetings can be added, moved and
cancelled. Members answer (Rsvp) and propose agenda items; the coordinator or the chosen
minute-taker records attendance and minutes per item with decisions and action items, which
are tracked across meetings until someone closes them. Decisions are numbered per network
and year ("2026/07") and can be found again on the network's "Beschlüsse" page.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from netzwerkstatt import richtext
from netzwerkstatt.networks.models import Network, Organisation
from netzwerkstatt.offers.models import Need, Offer

MEETING_TIMEZONE = "Europe/Berlin"
MINUTES_TEXT_LIMIT = 10_000


class MeetingSeries(models.Model):
    """A recurring meeting: the rule, the local start time, the length and the places."""

    network = models.ForeignKey(
        Network,
        verbose_name=_("network"),
        on_delete=models.CASCADE,
        related_name="meeting_series",
    )
    title = models.CharField(_("title"), max_length=200)
    rrule = models.CharField(
        _("recurrence rule"), max_length=500, help_text=_("An RFC 5545 RRULE, e.g. FREQ=MONTHLY.")
    )
    start_date = models.DateField(_("first date"))
    start_time = models.TimeField(_("start time"))
    duration_minutes = models.PositiveSmallIntegerField(
        _("length in minutes"), validators=[MinValueValidator(15), MaxValueValidator(720)]
    )
    timezone = models.CharField(_("time zone"), max_length=64, default=MEETING_TIMEZONE)
    places = models.TextField(
        _("places"),
        max_length=2000,
        blank=True,
        help_text=_("One place per line; the meetings take them in turn."),
    )
    online_url = models.URLField(_("online meeting link"), blank=True)
    invitation_days_ahead = models.PositiveSmallIntegerField(
        _("send invitations this many days ahead"),
        default=7,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        ordering = ["network", "title"]
        verbose_name = _("meeting series")
        verbose_name_plural = _("meeting series")

    def __str__(self) -> str:
        return self.title

    def place_list(self) -> list[str]:
        return [line.strip() for line in self.places.splitlines() if line.strip()]


class SeriesException(models.Model):
    """A date the rule produces on which the series does not meet (EXDATE), e.g. a holiday."""

    series = models.ForeignKey(
        MeetingSeries,
        verbose_name=_("meeting series"),
        on_delete=models.CASCADE,
        related_name="exceptions",
    )
    date = models.DateField(_("date"))
    reason = models.CharField(_("reason"), max_length=200, blank=True)

    class Meta:
        ordering = ["date"]
        verbose_name = _("exception")
        verbose_name_plural = _("exceptions")
        constraints = [
            models.UniqueConstraint(fields=["series", "date"], name="unique_series_exception")
        ]

    def __str__(self) -> str:
        return f"{self.series} – {self.date}"


class Meeting(models.Model):
    network = models.ForeignKey(
        Network, verbose_name=_("network"), on_delete=models.CASCADE, related_name="meetings"
    )
    series = models.ForeignKey(
        MeetingSeries,
        verbose_name=_("meeting series"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meetings",
    )
    occurrence_date = models.DateField(
        _("date in the series"),
        null=True,
        blank=True,
        help_text=_("The date the series rule gave; stays when the meeting is moved."),
    )
    title = models.CharField(_("title"), max_length=200)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    location = models.CharField(_("place"), max_length=300, blank=True)
    online_url = models.URLField(_("online meeting link"), blank=True)
    is_cancelled = models.BooleanField(_("cancelled"), default=False)
    cancel_reason = models.CharField(_("reason for cancelling"), max_length=300, blank=True)
    minute_taker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("minute-taker"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    agenda_published_at = models.DateTimeField(_("agenda published"), null=True, blank=True)
    minutes_published_at = models.DateTimeField(_("minutes published"), null=True, blank=True)
    minutes_published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("minutes published by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    general_notes = models.TextField(
        _("general notes"),
        max_length=MINUTES_TEXT_LIMIT,
        blank=True,
        help_text=_("What was discussed outside the agenda items."),
    )
    public_summary = models.TextField(
        _("public summary"),
        max_length=3000,
        blank=True,
        help_text=_("Optional; shown to everyone once the minutes are published."),
    )
    invitation_sent_at = models.DateTimeField(_("invitation sent"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("reminder sent"), null=True, blank=True)
    sequence = models.PositiveIntegerField(
        _("revision"), default=0, help_text=_("Counts changes for calendar programs.")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        constraints = [
            models.UniqueConstraint(
                fields=["series", "occurrence_date"], name="unique_meeting_per_occurrence"
            ),
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="meeting_ends_after_start",
            ),
        ]
        indexes = [models.Index(fields=["network", "starts_at"])]

    def __str__(self) -> str:
        return f"{self.title} ({timezone.localtime(self.starts_at):%d.%m.%Y})"

    def get_absolute_url(self) -> str:
        return reverse("meetings:detail", args=[self.network.slug, self.pk])

    @property
    def has_started(self) -> bool:
        return self.starts_at <= timezone.now()

    @property
    def is_past(self) -> bool:
        return self.ends_at <= timezone.now()

    @property
    def is_moved(self) -> bool:
        return (
            self.occurrence_date is not None
            and timezone.localtime(self.starts_at).date() != self.occurrence_date
        )

    @property
    def minutes_published(self) -> bool:
        return self.minutes_published_at is not None

    @property
    def agenda_published(self) -> bool:
        return self.agenda_published_at is not None

    @property
    def ical_uid(self) -> str:
        return f"meeting-{self.pk}@netzwerkstatt"


class RsvpAnswer(models.TextChoices):
    YES = "yes", pgettext_lazy("rsvp", "yes, I am coming")
    MAYBE = "maybe", pgettext_lazy("rsvp", "maybe")
    NO = "no", pgettext_lazy("rsvp", "no, I cannot come")


class Rsvp(models.Model):
    """One person's answer to an invitation, shown with the organisation they come for."""

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="rsvps"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="meeting_rsvps",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    answer = models.CharField(_("answer"), max_length=10, choices=RsvpAnswer.choices)
    note = models.CharField(_("note"), max_length=300, blank=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        ordering = ["organisation__name", "user__display_name"]
        verbose_name = _("answer to an invitation")
        verbose_name_plural = _("answers to invitations")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "user"], name="unique_rsvp_per_person")
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.answer}"


class Attendance(models.Model):
    """Who was there, recorded with the minutes."""

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="attendances"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["organisation__name", "user__display_name"]
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "user"], name="unique_attendance")
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.meeting_id}"


class AgendaItemStatus(models.TextChoices):
    PROPOSED = "proposed", pgettext_lazy("agenda item status", "proposed")
    ACCEPTED = "accepted", pgettext_lazy("agenda item status", "accepted")
    REJECTED = "rejected", pgettext_lazy("agenda item status", "not taken")


class AgendaItem(models.Model):
    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="agenda_items"
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("short description"), max_length=2000, blank=True)
    minutes_needed = models.PositiveSmallIntegerField(
        _("time needed (minutes)"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(240)],
    )
    need = models.ForeignKey(
        Need,
        verbose_name=_("need"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="agenda_items",
    )
    offer = models.ForeignKey(
        Offer,
        verbose_name=_("offer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="agenda_items",
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=AgendaItemStatus.choices,
        default=AgendaItemStatus.PROPOSED,
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    notes = models.TextField(_("notes"), max_length=MINUTES_TEXT_LIMIT, blank=True)
    decisions = models.TextField(_("decisions"), max_length=MINUTES_TEXT_LIMIT, blank=True)
    created_at = models.DateTimeField(_("proposed"), auto_now_add=True)

    class Meta:
        ordering = ["position", "created_at", "pk"]
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")

    def __str__(self) -> str:
        return self.title

    def decision_list(self) -> list[str]:
        return [line.strip() for line in self.decisions.splitlines() if line.strip()]


class ActionItem(models.Model):
    """Something someone agreed to do, tracked until it is closed."""

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="action_items"
    )
    agenda_item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("agenda item"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="action_items",
    )
    title = models.CharField(_("what"), max_length=300)
    owner_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation responsible"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="action_items",
    )
    owner_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person responsible"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="action_items",
    )
    due_date = models.DateField(_("due"), null=True, blank=True)
    # A follow-up of an event report taken over as an action item links back to its event.
    source_event = models.ForeignKey(
        "events.Event",
        verbose_name=_("from the report of the event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)
    closed_at = models.DateTimeField(_("done on"), null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("marked done by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    overdue_reminder_sent_at = models.DateTimeField(
        _("overdue reminder sent"), null=True, blank=True
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("last changed"), null=True, blank=True)

    class Meta:
        ordering = ["due_date", "pk"]
        verbose_name = _("action item")
        verbose_name_plural = _("action items")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(owner_organisation__isnull=False)
                | models.Q(owner_user__isnull=False),
                name="action_item_has_owner",
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    def is_overdue_on(self, day: datetime.date) -> bool:
        return self.is_open and self.due_date is not None and self.due_date < day

    @property
    def is_overdue(self) -> bool:
        return self.is_overdue_on(timezone.localdate())


DECISION_TEXT_LIMIT = 5000
DECISION_TAG_LIMIT = 8


class DecisionTag(models.Model):
    """A keyword a network files its decisions under ("Öffentlichkeitsarbeit")."""

    network = models.ForeignKey(
        Network, verbose_name=_("network"), on_delete=models.CASCADE, related_name="decision_tags"
    )
    name = models.CharField(_("keyword"), max_length=60)

    class Meta:
        ordering = ["name"]
        verbose_name = _("keyword")
        verbose_name_plural = _("keywords")
        constraints = [
            models.UniqueConstraint(fields=["network", "name"], name="unique_decision_tag")
        ]

    def __str__(self) -> str:
        return self.name


class Decision(models.Model):
    """What the network decided in a meeting, numbered per network and year ("2026/07").

    Numbers are never reused: a decision that turns out wrong is withdrawn, not deleted, and a
    correction after the minutes were published is written to the audit log. Links to what a
    decision concerns keep the title of the time (`*_label`), so a decision about something
    deleted later still says what it was about.
    """

    network = models.ForeignKey(
        Network, verbose_name=_("network"), on_delete=models.CASCADE, related_name="decisions"
    )
    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="decisions"
    )
    agenda_item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("agenda item"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="decision_rows",
    )
    year = models.PositiveSmallIntegerField(_("year"))
    number = models.PositiveIntegerField(_("number"))
    text = models.TextField(_("decision"), max_length=DECISION_TEXT_LIMIT)
    text_html = models.TextField(_("decision (rendered)"), blank=True, editable=False)
    text_format_version = models.PositiveIntegerField(default=0, editable=False)
    tags = models.ManyToManyField(
        DecisionTag, verbose_name=_("keywords"), blank=True, related_name="decisions"
    )
    is_public = models.BooleanField(
        _("public"),
        default=False,
        help_text=_("Public decisions are shown to everyone on the network's page."),
    )
    need = models.ForeignKey(
        Need,
        verbose_name=_("need"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    need_label = models.CharField(max_length=300, blank=True, editable=False)
    offer = models.ForeignKey(
        Offer,
        verbose_name=_("offer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    offer_label = models.CharField(max_length=300, blank=True, editable=False)
    finding = models.ForeignKey(
        "synergy.ParallelOfferFinding",
        verbose_name=_("synergy"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    finding_label = models.CharField(max_length=300, blank=True, editable=False)
    event = models.ForeignKey(
        "events.Event",
        verbose_name=_("event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    event_label = models.CharField(max_length=300, blank=True, editable=False)
    # Meeting date, number, text, keywords and link titles, folded and stemmed for search.
    search_text = models.TextField(blank=True, default="", editable=False)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded"), auto_now_add=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("last changed"), null=True, blank=True)
    correction_note = models.CharField(_("reason for the correction"), max_length=500, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("withdrawn by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    withdrawal_reason = models.CharField(_("reason for withdrawing"), max_length=500, blank=True)

    class Meta:
        ordering = ["-year", "-number"]
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        constraints = [
            models.UniqueConstraint(
                fields=["network", "year", "number"], name="unique_decision_number"
            )
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def reference(self) -> str:
        return f"{self.year}/{self.number:02d}"

    @property
    def is_withdrawn(self) -> bool:
        return self.withdrawn_at is not None

    def rendered_text(self) -> SafeString:
        if self.text_format_version == richtext.FORMAT_VERSION:
            return mark_safe(self.text_html)  # sanitised by richtext when it was stored
        return mark_safe(richtext.render_restricted_html(self.text))

    def links(self) -> list["DecisionLink"]:
        """What the decision concerns; an item deleted since keeps its title of the time."""
        found = []
        for kind, name in (
            (_("Need"), "need"),
            (_("Offer"), "offer"),
            (_("Synergy"), "finding"),
            (_("Event"), "event"),
        ):
            label = getattr(self, f"{name}_label")
            if getattr(self, f"{name}_id") is not None and name == "finding":
                # A finding has no page of its own; its label names both offers.
                url = reverse("synergy:findings", args=[self.network.slug])
                found.append(DecisionLink(kind, label, url, deleted=False))
            elif getattr(self, f"{name}_id") is not None:
                target = getattr(self, name)
                found.append(DecisionLink(kind, str(target), target.get_absolute_url(), False))
            elif label:
                found.append(DecisionLink(kind, label, "", deleted=True))
        return found


@dataclass(frozen=True)
class DecisionLink:
    kind: str
    label: str
    url: str
    deleted: bool
