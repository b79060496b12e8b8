"""Networks, the organisations in them, and the people who work for them.

One installation hosts many networks; an organisation can belong to several
(Membership). A person edits an organisation because they are on its staff
(Staff); they coordinate a network because their organisation's membership
there has the coordinator role.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from netzwerkstatt.core.models import District, TargetGroup, Topic, TranslatableContent

EASY_READ_TEXT_MAX_LENGTH = 4000


class Network(models.Model):
    slug = models.SlugField(_("short name"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    tagline = models.CharField(_("tagline"), max_length=300, blank=True)
    description = models.TextField(_("description"), blank=True)
    goals = models.TextField(
        _("goals"), blank=True, help_text=_("One goal per line; 'Title: text' is shown bold.")
    )
    activities = models.TextField(
        _("activities"), blank=True, help_text=_("One activity per line; 'Title: text'.")
    )
    district = models.ForeignKey(
        District, verbose_name=_("district"), null=True, blank=True, on_delete=models.SET_NULL
    )
    founded_year = models.PositiveSmallIntegerField(
        _("founded in"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    # Plain text, shown with paragraphs and line breaks only: no markup to sanitise.
    easy_read_text = models.TextField(
        _("text in easy-read German"),
        max_length=EASY_READ_TEXT_MAX_LENGTH,
        blank=True,
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("network")
        verbose_name_plural = _("networks")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("networks:detail", args=[self.slug])

    def goal_list(self) -> list[tuple[str, str]]:
        return _split_titled_lines(self.goals)

    def activity_list(self) -> list[tuple[str, str]]:
        return _split_titled_lines(self.activities)


def _split_titled_lines(text: str) -> list[tuple[str, str]]:
    items = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        title, sep, rest = line.partition(":")
        items.append((title.strip(), rest.strip()) if sep and len(title) <= 80 else ("", line))
    return items


class LegalForm(models.TextChoices):
    ASSOCIATION = "ev", _("registered association (e.V.)")
    NONPROFIT_COMPANY = "ggmbh", _("non-profit company (gGmbH)")
    COMPANY = "gmbh", _("company (GmbH)")
    FOUNDATION = "foundation", _("foundation")
    PUBLIC_BODY = "public", _("public body")
    SCHOOL = "school", _("school")
    CHURCH = "church", _("church or religious community")
    INITIATIVE = "initiative", _("informal initiative")
    OTHER = "other", pgettext_lazy("legal form", "other")


class Organisation(TranslatableContent):
    # The name is a proper name (as registered, on the door) and stays as written.
    TRANSLATABLE_FIELDS = ("description", "strengths")

    slug = models.SlugField(_("short name"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name for display"), max_length=60, blank=True)
    legal_form = models.CharField(
        _("legal form"), max_length=20, choices=LegalForm.choices, default=LegalForm.ASSOCIATION
    )
    description = models.TextField(_("description"), max_length=5000, blank=True)
    strengths = models.TextField(
        _("strengths"),
        max_length=2000,
        blank=True,
        help_text=_("What your organisation is especially good at and can bring to the network."),
    )
    target_groups = models.ManyToManyField(
        TargetGroup, verbose_name=_("target groups"), blank=True, related_name="organisations"
    )
    topics = models.ManyToManyField(
        Topic, verbose_name=_("topics"), blank=True, related_name="organisations"
    )
    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True, default="Leipzig")
    district = models.ForeignKey(
        District,
        verbose_name=_("district"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organisations",
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
    website = models.URLField(_("website"), blank=True)
    phone = models.CharField(_("public phone number"), max_length=40, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("networks:organisation", args=[self.slug])

    @property
    def display_name(self) -> str:
        return self.short_name or self.name


class Project(models.Model):
    """A named project an organisation runs, e.g. "Stadtteilprojekt Gorkistraße 120"."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="projects",
    )
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), max_length=2000, blank=True)
    partners = models.CharField(_("partners"), max_length=300, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    def __str__(self) -> str:
        return self.name


class LinkKind(models.TextChoices):
    INSTAGRAM = "instagram", "Instagram"
    FACEBOOK = "facebook", "Facebook"
    TELEGRAM = "telegram", "Telegram"
    MASTODON = "mastodon", "Mastodon"
    YOUTUBE = "youtube", "YouTube"
    OTHER = "other", pgettext_lazy("link kind", "other link")


class SocialLink(models.Model):
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="links"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=LinkKind.choices)
    url = models.URLField(_("address (URL)"))

    class Meta:
        ordering = ["kind", "url"]
        verbose_name = _("web or social media link")
        verbose_name_plural = _("web and social media links")

    def __str__(self) -> str:
        return self.url


class MembershipStatus(models.TextChoices):
    MEMBER = "member", _("member")
    APPLICANT = "applicant", _("applicant")
    FORMER = "former", _("former member")


class MembershipRole(models.TextChoices):
    COORDINATOR = "coordinator", _("coordinator")
    MEMBER = "member", pgettext_lazy("membership role", "member")


class Membership(models.Model):
    network = models.ForeignKey(
        Network, verbose_name=_("network"), on_delete=models.CASCADE, related_name="memberships"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=MembershipStatus.choices,
        default=MembershipStatus.MEMBER,
    )
    role = models.CharField(
        _("role"), max_length=20, choices=MembershipRole.choices, default=MembershipRole.MEMBER
    )
    joined_on = models.DateField(_("member since"), null=True, blank=True)
    # Set when the organisation leaves, cleared when it rejoins: who was a member on a given
    # day (attendance lists, reports) is joined_on <= day < left_on.
    left_on = models.DateField(_("member until"), null=True, blank=True)
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
        ordering = ["organisation__name"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["network", "organisation"], name="unique_membership")
        ]
        # "Is this organisation a member anywhere?" decides what is public (offers.selectors.
        # public_offers); asked once per offer when the directory counts.
        indexes = [
            models.Index(fields=["organisation", "status"], name="membership_org_status_idx")
        ]

    def __str__(self) -> str:
        return f"{self.organisation} @ {self.network}"

    def was_member_on(self, day) -> bool:
        return (
            self.joined_on is not None
            and self.joined_on <= day
            and (self.left_on is None or day < self.left_on)
        )

    @property
    def is_coordinator(self) -> bool:
        return self.role == MembershipRole.COORDINATOR and self.status == MembershipStatus.MEMBER


class Staff(models.Model):
    """A person who works for an organisation and may edit its profile and offers."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="staff_positions",
    )
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="staff"
    )
    job_title = models.CharField(_("job title"), max_length=150, blank=True)

    class Meta:
        verbose_name = _("staff member")
        verbose_name_plural = _("staff members")
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="unique_staff_position")
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.organisation})"


class JoinRequestStatus(models.TextChoices):
    OPEN = "open", pgettext_lazy("join request status", "open")
    ACCEPTED = "accepted", pgettext_lazy("join request status", "accepted")
    DECLINED = "declined", pgettext_lazy("join request status", "declined")


class JoinRequestSource(models.TextChoices):
    FORM = "form", _("join form")
    COMMENT = "comment", _("comment")
    HELP_OFFER = "help_offer", _("offer of help for a public need")


class JoinRequest(models.Model):
    """An outside organisation asks to join a network ("Mitglied werden").

    Coordinators answer it: ask a question back, accept (the organisation becomes a member
    and its contact person gets an invitation) or decline. Every step is a JoinRequestEvent.
    """

    network = models.ForeignKey(
        Network, verbose_name=_("network"), on_delete=models.CASCADE, related_name="join_requests"
    )
    organisation_name = models.CharField(_("name of the organisation"), max_length=200)
    website = models.URLField(_("website"), blank=True)
    contact_name = models.CharField(_("contact person"), max_length=150)
    email = models.EmailField(_("e-mail address"))
    message = models.TextField(_("what you do and why you would like to join"), max_length=4000)
    source = models.CharField(
        _("source"),
        max_length=20,
        choices=JoinRequestSource.choices,
        default=JoinRequestSource.FORM,
    )
    # The news comment this request was made from. A plain number rather than a foreign key:
    # news depends on networks (a post belongs to a network), so networks keeps no schema
    # dependency on news; the number makes "turn into join request" idempotent.
    source_comment_id = models.PositiveIntegerField(
        _("made from comment"), null=True, blank=True, unique=True
    )
    consent_at = models.DateTimeField(_("consent to the privacy notice"), null=True, blank=True)
    # The language of the page the request was sent from: the answers go out in it.
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=JoinRequestStatus.choices,
        default=JoinRequestStatus.OPEN,
        db_index=True,
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="join_requests",
    )
    contact_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account of the contact person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    # HMAC of the sender's address for the rate limit of the public form; cleared after 30
    # days (purge_address_hashes).
    ip_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("join request")
        verbose_name_plural = _("join requests")

    def __str__(self) -> str:
        return f"{self.organisation_name} → {self.network}"

    def get_absolute_url(self) -> str:
        return reverse("networks:join_request_detail", args=[self.network.slug, self.pk])

    @property
    def is_open(self) -> bool:
        return self.status == JoinRequestStatus.OPEN


class JoinRequestEventKind(models.TextChoices):
    SUBMITTED = "submitted", _("request received")
    FROM_COMMENT = "from_comment", _("made from a comment")
    FROM_HELP_OFFER = "from_help_offer", _("made from an offer of help")
    QUESTION = "question", _("question sent")
    ACCEPTED = "accepted", _("accepted")
    DECLINED = "declined", _("declined")
    INVITED = "invited", _("invitation sent")


class JoinRequestEvent(models.Model):
    """One step in a join request's history: who did what, when, and the message sent."""

    join_request = models.ForeignKey(
        JoinRequest, verbose_name=_("join request"), on_delete=models.CASCADE, related_name="events"
    )
    kind = models.CharField(_("step"), max_length=20, choices=JoinRequestEventKind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    message = models.TextField(_("message"), blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("join request step")
        verbose_name_plural = _("join request steps")

    def __str__(self) -> str:
        return f"{self.join_request}: {self.get_kind_display()}"


class ConsentStatus(models.TextChoices):
    OPEN = "open", pgettext_lazy("consent status", "open")
    ACCEPTED = "accepted", pgettext_lazy("consent status", "accepted")
    DECLINED = "declined", pgettext_lazy("consent status", "declined")
    WITHDRAWN = "withdrawn", pgettext_lazy("consent status", "withdrawn")


class NetworkInvitation(models.Model):
    """A coordinator asks an organisation with staff to join their network.

    Its editors accept (then the membership is created) or decline; until then the
    organisation is not in the network and nobody of the network gains any right over it.
    """

    network = models.ForeignKey(
        Network, verbose_name=_("network"), on_delete=models.CASCADE, related_name="invitations"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="network_invitations",
    )
    role = models.CharField(
        _("role"), max_length=20, choices=MembershipRole.choices, default=MembershipRole.MEMBER
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ConsentStatus.choices, default=ConsentStatus.OPEN
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("network invitation")
        verbose_name_plural = _("network invitations")
        constraints = [
            models.UniqueConstraint(
                fields=["network", "organisation"],
                condition=models.Q(status="open"),
                name="unique_open_network_invitation",
            )
        ]

    def __str__(self) -> str:
        return f"{self.network} → {self.organisation}"


class StaffRequest(models.Model):
    """A request to a person to work for an organisation; they accept by a one-time link.

    As with accounts.Invitation only a SHA-256 hash of the token is stored; the link works
    once and until `expires_at`. The Staff row is created only when the person accepts.
    """

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="staff_requests",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="staff_requests",
    )
    # The name as the inviter entered it: the staff list shows this, not the account's name,
    # so the list does not reveal whether the address had an account.
    name = models.CharField(_("name"), max_length=150, blank=True)
    job_title = models.CharField(_("job title"), max_length=150, blank=True)
    token_hash = models.CharField(_("token hash"), max_length=64, unique=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ConsentStatus.choices, default=ConsentStatus.OPEN
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    expires_at = models.DateTimeField(_("valid until"))
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("staff request")
        verbose_name_plural = _("staff requests")

    def __str__(self) -> str:
        return f"{self.user} → {self.organisation}"
