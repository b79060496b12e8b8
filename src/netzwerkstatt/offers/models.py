"""Offers (Angebote) of organisations, their weekly times, and needs (Bedarfe).

`Offer.search_text` is a denormalised copy of everything the full-text search
looks at; services.update_search_index() keeps it and the database's search
index current (see selectors.search_offers for the two backends).
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from netzwerkstatt.core.models import District, Language, TargetGroup, Topic, TranslatableContent
from netzwerkstatt.networks.models import Network, Organisation


class OfferStatus(models.TextChoices):
    ACTIVE = "active", pgettext_lazy("offer status", "active")
    PAUSED = "paused", pgettext_lazy("offer status", "paused")
    ENDED = "ended", pgettext_lazy("offer status", "ended")


class Offer(TranslatableContent):
    # What visitors read; names of places and people stay as written.
    TRANSLATABLE_FIELDS = (
        "title",
        "summary",
        "description",
        "cost_note",
        "accessibility_note",
        "registration_note",
    )

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="offers",
    )
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(_("short description"), max_length=300, blank=True)
    description = models.TextField(_("description"), max_length=5000)
    target_groups = models.ManyToManyField(
        TargetGroup, verbose_name=_("target groups"), related_name="offers"
    )
    topics = models.ManyToManyField(
        Topic, verbose_name=_("topics"), blank=True, related_name="offers"
    )
    languages = models.ManyToManyField(
        Language, verbose_name=_("languages"), blank=True, related_name="offers"
    )
    age_min = models.PositiveSmallIntegerField(
        _("minimum age"), null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    age_max = models.PositiveSmallIntegerField(
        _("maximum age"), null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    is_free = models.BooleanField(_("free of charge"), default=True)
    cost_note = models.CharField(_("costs"), max_length=200, blank=True)
    wheelchair_accessible = models.BooleanField(_("wheelchair accessible"), default=False)
    accessibility_note = models.CharField(_("accessibility"), max_length=300, blank=True)
    registration_note = models.CharField(_("registration"), max_length=300, blank=True)
    place_name = models.CharField(_("place"), max_length=200, blank=True)
    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True, default="Leipzig")
    district = models.ForeignKey(
        District,
        verbose_name=_("district"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="offers",
    )
    latitude = models.FloatField(
        _("latitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.FloatField(
        _("longitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    contact_name = models.CharField(_("contact person"), max_length=150, blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=OfferStatus.choices, default=OfferStatus.ACTIVE
    )
    # When the offer was ended (cleared when it is resumed): which offers existed in a past
    # period (the activity report) must not change when an offer is ended later.
    ended_at = models.DateTimeField(_("ended"), null=True, blank=True)
    search_text = models.TextField(editable=False, blank=True, default="")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["title"]
        verbose_name = _("offer")
        verbose_name_plural = _("offers")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(age_min__isnull=True)
                | models.Q(age_max__isnull=True)
                | models.Q(age_min__lte=models.F("age_max")),
                name="offer_age_range_ordered",
            )
        ]
        # The directory's order and public filter (status, then membership by organisation)
        # are answered from this index alone: counting and deep pages read no offer rows.
        # A network's offers are found through its members' organisations (the round of
        # updates also asks for what changed since the last meeting).
        indexes = [
            models.Index(
                fields=["status", "title", "id", "organisation"], name="offer_directory_idx"
            ),
            models.Index(
                fields=["organisation", "status", "updated_at"], name="offer_org_status_idx"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("offers:detail", args=[self.pk])

    @property
    def is_active(self) -> bool:
        return self.status == OfferStatus.ACTIVE

    @property
    def address_line(self) -> str:
        place = " ".join(part for part in [self.postcode, self.city] if part)
        return ", ".join(part for part in [self.street, place] if part)


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class WeeklySlot(models.Model):
    offer = models.ForeignKey(
        Offer, verbose_name=_("offer"), on_delete=models.CASCADE, related_name="weekly_slots"
    )
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    start_time = models.TimeField(_("from"))
    end_time = models.TimeField(_("until"))
    note = models.CharField(_("note"), max_length=100, blank=True)

    class Meta:
        ordering = ["weekday", "start_time"]
        verbose_name = _("weekly time")
        verbose_name_plural = _("weekly times")
        # The directory's weekday filter probes one offer's slots by weekday.
        indexes = [models.Index(fields=["offer", "weekday"], name="weeklyslot_offer_weekday_idx")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(start_time__lt=models.F("end_time")),
                name="slot_start_before_end",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_weekday_display()} {self.start_time:%H:%M}–{self.end_time:%H:%M}"


class NeedStatus(models.TextChoices):
    OPEN = "open", pgettext_lazy("need status", "open")
    IN_PROGRESS = "in_progress", pgettext_lazy("need status", "being addressed")
    MET = "met", pgettext_lazy("need status", "met")


class NeedPriority(models.TextChoices):
    LOW = "low", pgettext_lazy("priority", "low")
    MEDIUM = "medium", pgettext_lazy("priority", "medium")
    HIGH = "high", pgettext_lazy("priority", "high")


class NeedScope(models.TextChoices):
    TARGET_GROUP = "target_group", _("need of a target group")
    ORGANISATION = "organisation", _("need of an organisation")


class Need(models.Model):
    """A need (Bedarf) noticed in a network, of a target group or of an organisation."""

    network = models.ForeignKey(
        Network, verbose_name=_("network"), on_delete=models.CASCADE, related_name="needs"
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), max_length=5000)
    scope = models.CharField(
        _("whose need"), max_length=20, choices=NeedScope.choices, default=NeedScope.TARGET_GROUP
    )
    target_groups = models.ManyToManyField(
        TargetGroup, verbose_name=_("target groups"), blank=True, related_name="needs"
    )
    topics = models.ManyToManyField(
        Topic, verbose_name=_("topics"), blank=True, related_name="needs"
    )
    district = models.ForeignKey(
        District,
        verbose_name=_("district"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="needs",
    )
    raised_by = models.ForeignKey(
        Organisation,
        verbose_name=_("raised by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="raised_needs",
    )
    # "Raised by" names an organisation: shown to the network once its staff confirm (at once
    # when one of them entered it). Who named it is told when it declines.
    raised_by_confirmed_at = models.DateTimeField(
        _("confirmed by the organisation that raised it"), null=True, blank=True
    )
    raised_by_confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("confirmed for the organisation by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    raised_by_named_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("organisation named by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    raised_at = models.CharField(
        _("raised where"),
        max_length=200,
        blank=True,
        help_text=_("For example a network meeting or the Ideencafé."),
    )
    raised_on = models.DateField(_("raised on"), null=True, blank=True)
    priority = models.CharField(
        _("priority"), max_length=10, choices=NeedPriority.choices, default=NeedPriority.MEDIUM
    )
    status = models.CharField(
        _("status"), max_length=20, choices=NeedStatus.choices, default=NeedStatus.OPEN
    )
    # When the need was marked as met (cleared when it is reopened): the activity report counts
    # needs open at the end of a past period from this date, not from today's status.
    met_at = models.DateTimeField(_("met"), null=True, blank=True)
    answering_offers = models.ManyToManyField(
        Offer, verbose_name=_("offers that answer it"), blank=True, related_name="answered_needs"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    # "Wir suchen …": coordinators show chosen needs to the public in words written for it;
    # the internal description may name people and places the network keeps to itself.
    is_public = models.BooleanField(_("shown publicly"), default=False, db_index=True)
    public_description = models.TextField(
        _("public text"),
        max_length=2000,
        blank=True,
        help_text=_(
            "What visitors read: what the network is looking for and how one can help. "
            "Do not name people."
        ),
    )
    published_at = models.DateTimeField(_("shown publicly since"), null=True, blank=True)

    class Meta:
        ordering = ["status", "-created_at"]
        verbose_name = _("need")
        verbose_name_plural = _("needs")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("offers:need_detail", args=[self.pk])

    def get_public_url(self) -> str:
        return reverse("offers:public_need_detail", args=[self.pk])

    @property
    def is_publicly_visible(self) -> bool:
        return self.is_public and self.status != NeedStatus.MET

    @property
    def raised_by_confirmed(self) -> bool:
        return self.raised_by_id is not None and self.raised_by_confirmed_at is not None

    @property
    def raised_by_pending(self) -> bool:
        return self.raised_by_id is not None and self.raised_by_confirmed_at is None


class HelpOfferStatus(models.TextChoices):
    NEW = "new", pgettext_lazy("help offer status", "new")
    CONTACTED = "contacted", pgettext_lazy("help offer status", "contacted")
    JOIN_REQUEST = "join_request", pgettext_lazy("help offer status", "became a join request")
    NOTED = "noted", pgettext_lazy("help offer status", "kept as a note on the need")
    DISMISSED = "dismissed", pgettext_lazy("help offer status", "dismissed")


#: Longest message of an offer of help.
HELP_OFFER_MAX_LENGTH = 2000


class HelpOffer(models.Model):
    """A visitor offers help for a public need ("Ich kann helfen").

    Nothing of it is ever public: it waits in the coordinators' queue, who contact the person,
    turn it into a join request, keep it as a note on the need (members then see the name and
    the message) or dismiss it.
    """

    need = models.ForeignKey(
        Need, verbose_name=_("need"), on_delete=models.CASCADE, related_name="help_offers"
    )
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("e-mail address"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    organisation_name = models.CharField(_("organisation"), max_length=200, blank=True)
    message = models.TextField(_("how you would like to help"), max_length=HELP_OFFER_MAX_LENGTH)
    consent_at = models.DateTimeField(_("consent to the privacy notice"))
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    # HMAC of the sender's address for the rate limit; cleared after 30 days
    # (purge_address_hashes).
    ip_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=HelpOfferStatus.choices,
        default=HelpOfferStatus.NEW,
        db_index=True,
    )
    handled_at = models.DateTimeField(_("handled"), null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    join_request = models.OneToOneField(
        "networks.JoinRequest",
        verbose_name=_("join request"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="help_offer",
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("offer of help")
        verbose_name_plural = _("offers of help")

    def __str__(self) -> str:
        return f"{self.name}: {self.need}"
