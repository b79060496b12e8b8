"""Stored results of the synergy engine and the coordinators' decisions about them.

The engine (synergy.engine) computes; this app keeps what it found per network, so that a
coordinator's decision ("intended", "dismissed", "for the next meeting") survives every
refresh: a refresh updates score and reasons but never the status.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from netzwerkstatt.networks.models import Network
from netzwerkstatt.offers.models import Offer

#: The longest term of a coordinator's term entry ("Begriffe"), in characters.
TERM_MAX_LENGTH = 60


class FindingStatus(models.TextChoices):
    NEW = "new", pgettext_lazy("finding status", "new")
    INTENDED = "intended", pgettext_lazy("finding status", "intended")
    DONE = "done", pgettext_lazy("finding status", "done")
    DISMISSED = "dismissed", pgettext_lazy("finding status", "dismissed")
    NEXT_MEETING = "next_meeting", pgettext_lazy("finding status", "for the next meeting")


class ParallelOfferFinding(models.Model):
    """Two offers of different organisations in one network that do the same for the same people.

    `offer_a` has the lower primary key, so a pair is stored once per network. Without a
    network the finding belongs to the city-wide coordination: its own status and decisions,
    apart from those of the networks (see `CitywideCoordinator`).
    """

    network = models.ForeignKey(
        Network,
        verbose_name=_("network"),
        on_delete=models.CASCADE,
        related_name="findings",
        null=True,
        blank=True,
        help_text=_("Empty: a finding of the city-wide coordination."),
    )
    offer_a = models.ForeignKey(
        Offer, verbose_name=_("first offer"), on_delete=models.CASCADE, related_name="+"
    )
    offer_b = models.ForeignKey(
        Offer, verbose_name=_("second offer"), on_delete=models.CASCADE, related_name="+"
    )
    score = models.FloatField(_("score"))
    reasons = models.JSONField(_("reasons"), default=list)
    is_current = models.BooleanField(
        _("found by the latest refresh"),
        default=True,
        help_text=_("False when the offers changed so that the engine no longer pairs them."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=FindingStatus.choices, default=FindingStatus.NEW
    )
    note = models.CharField(_("note"), max_length=500, blank=True)
    status_changed_at = models.DateTimeField(_("status changed"), null=True, blank=True)
    status_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("status changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    found_at = models.DateTimeField(_("first found"), auto_now_add=True)
    refreshed_at = models.DateTimeField(_("last confirmed"), auto_now=True)

    class Meta:
        ordering = ["-score", "pk"]
        verbose_name = _("parallel offers")
        verbose_name_plural = _("parallel offers")
        constraints = [
            models.UniqueConstraint(
                fields=["network", "offer_a", "offer_b"], name="unique_finding_per_pair"
            ),
            # NULLs never collide in the constraint above, so city-wide pairs need their own.
            models.UniqueConstraint(
                fields=["offer_a", "offer_b"],
                condition=models.Q(network__isnull=True),
                name="unique_citywide_finding_per_pair",
            ),
            models.CheckConstraint(
                condition=models.Q(offer_a__lt=models.F("offer_b")), name="finding_pair_ordered"
            ),
        ]
        indexes = [models.Index(fields=["network", "is_current", "status"])]

    def __str__(self) -> str:
        return f"{self.offer_a_id} ↔ {self.offer_b_id} ({self.score:.2f})"


class SynergyRefresh(models.Model):
    """The outcome of the latest full refresh of a network, shown to its coordinators."""

    network = models.OneToOneField(
        Network, verbose_name=_("network"), on_delete=models.CASCADE, related_name="+"
    )
    finished_at = models.DateTimeField(_("finished"), auto_now=True)
    offers_checked = models.PositiveIntegerField(_("offers checked"), default=0)
    findings = models.PositiveIntegerField(_("parallel pairs found"), default=0)
    problems = models.JSONField(
        _("skipped offers"),
        default=list,
        help_text=_("Offers the engine could not use, each with the reason."),
    )

    class Meta:
        verbose_name = _("synergy refresh")
        verbose_name_plural = _("synergy refreshes")

    def __str__(self) -> str:
        return f"{self.network} {self.finished_at:%Y-%m-%d %H:%M}"


class SynergySettings(models.Model):
    """How a network's coordinators want the engine to report parallel offers.

    Without a row the engine's default threshold applies. The engine never changes it by
    itself: coordinators set it after seeing its effect (`services.threshold_preview`).
    """

    network = models.OneToOneField(
        Network,
        verbose_name=_("network"),
        on_delete=models.CASCADE,
        related_name="synergy_settings",
    )
    min_score = models.FloatField(
        _("threshold"),
        null=True,
        blank=True,
        help_text=_("Pairs scoring below it are not reported. Empty: the default."),
    )
    shared_citywide = models.BooleanField(
        _("shared with the city-wide coordination"),
        default=False,
        help_text=_(
            "The network's coordinators agree that people with the role “City-wide "
            "coordination” see its parallel offers and open needs."
        ),
    )
    changed_at = models.DateTimeField(_("changed"), auto_now=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("synergy settings")
        verbose_name_plural = _("synergy settings")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(min_score__isnull=True)
                | models.Q(min_score__gte=0.0, min_score__lte=1.0),
                name="synergy_threshold_between_0_and_1",
            )
        ]

    def __str__(self) -> str:
        return str(self.network)


class FindingDecision(models.Model):
    """One decision about a finding, kept after the next one replaces it on the finding: what
    became of the findings in a past period (the activity report) must not change later."""

    finding = models.ForeignKey(
        ParallelOfferFinding,
        verbose_name=_("finding"),
        on_delete=models.CASCADE,
        related_name="decisions",
    )
    status = models.CharField(_("status"), max_length=20, choices=FindingStatus.choices)
    decided_at = models.DateTimeField(_("decided"), db_index=True)
    # The two offers as the engine saw them when the coordinator decided: a labelled pair
    # that stays usable for evaluating the engine after the offers change or are deleted
    # (bench/eval_quality.py --from-db).
    pair = models.JSONField(_("labelled pair"), default=dict, blank=True)

    class Meta:
        ordering = ["decided_at", "pk"]
        verbose_name = _("decision about a finding")
        verbose_name_plural = _("decisions about findings")

    def __str__(self) -> str:
        return f"{self.finding_id}: {self.status}"


class CitywideCoordinator(models.Model):
    """A person with the installation-wide role "City-wide coordination" (Stadtweite
    Koordination), e.g. at a city's social planning office.

    Granted and revoked by superusers in the admin, each time written to the audit log. The
    role alone shows nothing: it sees only networks whose coordinators agreed
    (`SynergySettings.shared_citywide`).
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="citywide_coordinator",
    )
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("granted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    granted_at = models.DateTimeField(_("granted"), auto_now_add=True)
    note = models.CharField(
        _("note"),
        max_length=300,
        blank=True,
        help_text=_("For example the office and the reason for the role."),
    )

    class Meta:
        ordering = ["granted_at", "pk"]
        verbose_name = _("city-wide coordinator")
        verbose_name_plural = _("city-wide coordination")

    def __str__(self) -> str:
        return self.user.display_name or self.user.email


class CitywideRefresh(models.Model):
    """The outcome of the latest city-wide refresh; one row, replaced each time."""

    finished_at = models.DateTimeField(_("finished"), auto_now=True)
    networks = models.PositiveIntegerField(_("networks sharing"), default=0)
    offers_checked = models.PositiveIntegerField(_("offers checked"), default=0)
    findings = models.PositiveIntegerField(_("parallel pairs found"), default=0)

    class Meta:
        verbose_name = _("city-wide synergy refresh")
        verbose_name_plural = _("city-wide synergy refreshes")

    def __str__(self) -> str:
        return f"{self.finished_at:%Y-%m-%d %H:%M}"


class TermRelation(models.TextChoices):
    SAME = "same", _("the same kind of offer")
    DIFFERENT = "different", _("different kinds of offer")
    #: term_a: words a need says ("Gerichtsvollzieher"); term_b: a name of the kind that meets
    #: it ("Schuldnerberatung"). Read in needs only (engine.lexicon, "Situations").
    SITUATION = "situation", _("a situation in a need and the kind of offer that fits it")


class LexiconEntry(models.Model):
    """What a network's coordinators taught the engine about two terms ("Begriffe").

    "Trödelmarkt" and "Flohmarkt" name the same kind of offer; "Englischkurs" and
    "Deutschkurs" name different kinds; "Gerichtsvollzieher" in a need tells of a situation
    that "Schuldnerberatung" meets. Active entries extend the lexicon for this network's
    findings and need suggestions only (synergy.index_cache); withdrawn ones stay for the
    record.
    """

    network = models.ForeignKey(
        Network,
        verbose_name=_("network"),
        on_delete=models.CASCADE,
        related_name="lexicon_entries",
    )
    relation = models.CharField(_("relation"), max_length=20, choices=TermRelation.choices)
    term_a = models.CharField(_("first term"), max_length=TERM_MAX_LENGTH)
    term_b = models.CharField(_("second term"), max_length=TERM_MAX_LENGTH)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("entered"), auto_now_add=True)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("withdrawn by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("term entry")
        verbose_name_plural = _("term entries")
        indexes = [models.Index(fields=["network", "withdrawn_at"])]

    def __str__(self) -> str:
        sign = {TermRelation.SAME: "=", TermRelation.SITUATION: "→"}.get(self.relation, "≠")
        return f"{self.term_a} {sign} {self.term_b}"

    @property
    def is_active(self) -> bool:
        return self.withdrawn_at is None


class TextMeaning(models.Model):
    """The sentence encoder's vector of one text (engine.meaning), keyed by model and text.

    The background worker encodes a saved offer's or need's text once and keeps the vector
    here; every process builds its indexes from these rows and never loads the model for a
    request. An edited text gets a new row; `netzwerkstatt synergy meanings --prune` removes
    those no current text uses. Not shown anywhere: vectors say nothing a person reads.
    """

    key = models.CharField(primary_key=True, max_length=100)
    #: Little-endian float16 values, as many as the key's model gives (USE 512, 1 KB; e5 384):
    #: cosines need no more than three digits.
    vector = models.BinaryField()
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.key
