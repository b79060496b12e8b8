"""Events (Veranstaltungen) of a network's members, joint events and their task lists.

An event belongs to one network and is published by one organisation; other organisations
co-organise it and confirm their part. A joint event has tasks ("Wer bringt was mit?") that
members claim for their organisation. People RSVP (Registration); once the optional limit is
reached, new registrations go on a waiting list.
"""

from django.conf import settings
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from netzwerkstatt.core.models import Language, TargetGroup, TranslatableContent
from netzwerkstatt.networks.models import Network, Organisation

MAX_PEOPLE_PER_REGISTRATION = 20
# Event dates outside these years are typing mistakes (year 1 would even overflow the time zone).
MIN_YEAR, MAX_YEAR = 2000, 2100


class Visibility(models.TextChoices):
    PUBLIC = "public", _("public – everyone can see it and register")
    MEMBERS = "members", _("members only – only the network's members see it")


class Event(TranslatableContent):
    TRANSLATABLE_FIELDS = ("title", "description", "cost", "accessibility")

    network = models.ForeignKey(
        Network, verbose_name=_("network"), on_delete=models.CASCADE, related_name="events"
    )
    organiser = models.ForeignKey(
        Organisation,
        verbose_name=_("organiser"),
        on_delete=models.CASCADE,
        related_name="organised_events",
    )
    co_organisers = models.ManyToManyField(
        Organisation,
        verbose_name=_("co-organisers"),
        through="EventCoOrganiser",
        blank=True,
        related_name="co_organised_events",
    )
    title = models.CharField(_("title"), max_length=200)
    # TextField's max_length only limits forms; the validator holds for every service call.
    description = models.TextField(
        _("description"), max_length=5000, validators=[MaxLengthValidator(5000)]
    )
    place_name = models.CharField(_("place"), max_length=200, blank=True)
    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True, default="Leipzig")
    online_url = models.URLField(_("online link"), blank=True)
    target_groups = models.ManyToManyField(
        TargetGroup, verbose_name=_("target groups"), blank=True, related_name="events"
    )
    languages = models.ManyToManyField(
        Language, verbose_name=_("languages"), blank=True, related_name="events"
    )
    cost = models.CharField(_("costs"), max_length=200, blank=True)
    accessibility = models.CharField(_("accessibility"), max_length=300, blank=True)
    visibility = models.CharField(
        _("visibility"), max_length=10, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    capacity = models.PositiveIntegerField(
        _("registration limit"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(100_000)],
        help_text=_("Number of people; leave empty for no limit."),
    )
    # Publishing in an organisation's name needs its word: set at once when one of its own
    # staff publishes, otherwise when its staff confirm. Until then the event shows nowhere.
    organiser_confirmed_at = models.DateTimeField(
        _("confirmed by the organiser"), null=True, blank=True
    )
    organiser_confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("confirmed for the organiser by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organiser_declined_at = models.DateTimeField(
        _("declined by the organiser"), null=True, blank=True
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
        ordering = ["title"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(capacity__isnull=True) | models.Q(capacity__gte=1),
                name="event_capacity_positive",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("events:detail", args=[self.pk])

    @property
    def is_public(self) -> bool:
        return self.visibility == Visibility.PUBLIC

    @property
    def organiser_confirmed(self) -> bool:
        return self.organiser_confirmed_at is not None

    @property
    def organiser_declined(self) -> bool:
        return self.organiser_declined_at is not None

    @property
    def address_line(self) -> str:
        place = " ".join(part for part in [self.postcode, self.city] if part)
        return ", ".join(part for part in [self.street, place] if part)

    @property
    def location_text(self) -> str:
        """The place as one line, for calendars."""
        parts = [self.place_name, self.address_line] if self.street else [self.place_name]
        return ", ".join(part for part in parts if part) or self.online_url


class EventDate(models.Model):
    """One date of an event; an event on several days has several."""

    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="dates"
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("date")
        verbose_name_plural = _("dates")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(starts_at__lt=models.F("ends_at")),
                name="event_date_start_before_end",
            )
        ]
        indexes = [models.Index(fields=["starts_at"])]

    def __str__(self) -> str:
        return f"{self.event} ({self.starts_at:%Y-%m-%d %H:%M})"


class EventCoOrganiser(models.Model):
    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="co_organiser_links"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="event_co_organisations",
    )
    part = models.CharField(
        _("our part"),
        max_length=500,
        blank=True,
        help_text=_("What your organisation contributes, e.g. the children's activity."),
    )
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("confirmed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Who named the organisation: told when it declines.
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("named by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["organisation__name"]
        verbose_name = _("co-organiser")
        verbose_name_plural = _("co-organisers")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "organisation"], name="unique_event_co_organiser"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} @ {self.event}"

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", pgettext_lazy("registration status", "confirmed")
    WAITING = "waiting", pgettext_lazy("registration status", "on the waiting list")
    CANCELLED = "cancelled", pgettext_lazy("registration status", "cancelled")


ACTIVE_REGISTRATION = [RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING]


class Registration(models.Model):
    """An RSVP: a member (user) or a visitor (name and e-mail address)."""

    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="registrations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="event_registrations",
    )
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("e-mail address"))
    # The language of the page the visitor registered on: later mails (moved up from the
    # waiting list) go out in it. Members' mails follow their account's language.
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    people = models.PositiveSmallIntegerField(
        _("number of people"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_PEOPLE_PER_REGISTRATION)],
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.CONFIRMED,
    )
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    # Keyed hash of a visitor's address for the hourly rate limit; counted in the database so
    # every worker process sees the same number. Cleared after 30 days (purge_address_hashes).
    ip_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(people__gte=1), name="registration_people_positive"
            ),
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=models.Q(status__in=["confirmed", "waiting"]),
                name="unique_active_registration",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} @ {self.event}"


class EventTask(models.Model):
    """A task of a joint event ("Wer bringt was mit?"): needed people or items."""

    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="tasks"
    )
    description = models.CharField(_("task"), max_length=300)
    needed = models.PositiveSmallIntegerField(
        _("how many are needed"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(1000)],
        help_text=_("People or items."),
    )
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["deadline", "pk"]
        verbose_name = _("task")
        verbose_name_plural = _("tasks")
        constraints = [
            models.CheckConstraint(condition=models.Q(needed__gte=1), name="task_needed_positive")
        ]

    def __str__(self) -> str:
        return self.description


class TaskClaim(models.Model):
    """An organisation takes on (part of) a task; one claim per task and organisation."""

    task = models.ForeignKey(
        EventTask, verbose_name=_("task"), on_delete=models.CASCADE, related_name="claims"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="task_claims",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("claimed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    quantity = models.PositiveSmallIntegerField(_("how many"), default=1)
    created_at = models.DateTimeField(_("claimed"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("task claim")
        verbose_name_plural = _("task claims")
        constraints = [
            models.UniqueConstraint(fields=["task", "organisation"], name="unique_task_claim"),
            models.CheckConstraint(
                condition=models.Q(quantity__gte=1), name="claim_quantity_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation}: {self.task} ({self.quantity})"


class EventReport(models.Model):
    """What the organisers note after an event."""

    event = models.OneToOneField(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="report"
    )
    participants = models.PositiveIntegerField(
        _("participants"), null=True, blank=True, validators=[MaxValueValidator(1_000_000)]
    )
    what_worked = models.TextField(
        _("what worked"), max_length=5000, blank=True, validators=[MaxLengthValidator(5000)]
    )
    follow_ups = models.TextField(
        _("follow-ups"),
        max_length=5000,
        blank=True,
        validators=[MaxLengthValidator(5000)],
        help_text=_("One per line. Each can become a need, an agenda item or an action item."),
    )
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("written by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("event report")
        verbose_name_plural = _("event reports")

    def __str__(self) -> str:
        return str(self.event)

    def follow_up_list(self) -> list[str]:
        return [line.strip() for line in self.follow_ups.splitlines() if line.strip()]


class CalendarToken(models.Model):
    """The secret in a person's private calendar feed URL; reset makes the old URL stop working."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="calendar_token",
    )
    token = models.CharField(_("token"), max_length=64, unique=True)
    created_at = models.DateTimeField(_("created"), auto_now=True)

    class Meta:
        verbose_name = _("calendar feed token")
        verbose_name_plural = _("calendar feed tokens")

    def __str__(self) -> str:
        return str(self.user)
