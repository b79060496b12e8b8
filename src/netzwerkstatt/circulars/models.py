"""Circulars ("Rundschreiben") of a network to its member organisations' contacts, their
delivery to each person, and each person's choice of e-mail (weekly digest, circulars).

A circular keeps its text (restricted HTML, `netzwerkstatt.richtext`) as the network's archive;
`CircularDelivery` is one row per address and circular – unique, so nobody receives the same
circular twice – and carries the state of that one message.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from netzwerkstatt import richtext
from netzwerkstatt.networks.models import Network

BODY_MAX_LENGTH = 20000


class CircularState(models.TextChoices):
    SENDING = "sending", pgettext_lazy("circular state", "being sent")
    SENT = "sent", pgettext_lazy("circular state", "sent")


class Circular(models.Model):
    network = models.ForeignKey(
        Network, verbose_name=_("network"), on_delete=models.CASCADE, related_name="circulars"
    )
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("text"), max_length=BODY_MAX_LENGTH)
    body_html = models.TextField(editable=False)
    body_format_version = models.PositiveSmallIntegerField(editable=False, default=0)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("written by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The coordinator's address at the time of sending: replies go to a person, not to the
    # installation's no-reply address.
    reply_to = models.EmailField(_("replies to"), blank=True)
    audience = models.JSONField(_("recipients chosen"), default=dict, blank=True)
    audience_label = models.CharField(_("sent to"), max_length=500, blank=True)
    # A key from the compose form: the same form sent twice (a double click, a reload) makes
    # one circular, not two.
    form_key = models.UUIDField(unique=True, editable=False)
    state = models.CharField(
        _("state"), max_length=20, choices=CircularState.choices, default=CircularState.SENDING
    )
    recipient_count = models.PositiveIntegerField(_("recipients"), default=0)
    created_at = models.DateTimeField(_("written"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent completely"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("circular")
        verbose_name_plural = _("circulars")

    def __str__(self) -> str:
        return self.subject

    def get_absolute_url(self) -> str:
        return reverse("circulars:detail", args=[self.network.slug, self.pk])

    def rendered_body(self) -> SafeString:
        if self.body_format_version == richtext.FORMAT_VERSION:
            return mark_safe(self.body_html)  # sanitised by richtext when it was stored
        return mark_safe(richtext.render_restricted_html(self.body))


class DeliveryState(models.TextChoices):
    QUEUED = "queued", pgettext_lazy("delivery state", "waiting")
    SENDING = "sending", pgettext_lazy("delivery state", "being sent")
    SENT = "sent", pgettext_lazy("delivery state", "sent")
    FAILED = "failed", pgettext_lazy("delivery state", "failed")
    BOUNCED = "bounced", pgettext_lazy("delivery state", "bounced")


class CircularDelivery(models.Model):
    circular = models.ForeignKey(
        Circular, verbose_name=_("circular"), on_delete=models.CASCADE, related_name="deliveries"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="circular_deliveries",
    )
    email = models.EmailField(_("e-mail address"))
    state = models.CharField(
        _("state"), max_length=20, choices=DeliveryState.choices, default=DeliveryState.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    error = models.CharField(_("error"), max_length=500, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("delivery of a circular")
        verbose_name_plural = _("deliveries of circulars")
        constraints = [
            models.UniqueConstraint(fields=["circular", "email"], name="unique_circular_delivery")
        ]
        indexes = [models.Index(fields=["circular", "state"])]

    def __str__(self) -> str:
        return f"{self.email} ({self.get_state_display()})"


class DigestFrequency(models.TextChoices):
    NONE = "none", _("No digest")
    WEEKLY = "weekly", _("Once a week")


class MailPreference(models.Model):
    """What a person wants by e-mail beyond what is essential.

    No row means the defaults: circulars yes (they are the network's own post to its members),
    digest no (opt-in). Essential mail – invitations, meeting notices, action items, password
    links – does not depend on this row.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="mail_preference",
    )
    digest = models.CharField(
        _("digest"), max_length=10, choices=DigestFrequency.choices, default=DigestFrequency.NONE
    )
    circulars = models.BooleanField(_("receive circulars"), default=True)
    language = models.CharField(
        _("language of the digest"), max_length=10, choices=settings.LANGUAGES, blank=True
    )
    # ISO week ("2026-W49") of the last digest decided for this person: the weekly run claims
    # the week with a conditional UPDATE, so a second run in the same week sends nothing.
    digest_week = models.CharField(_("last digest week"), max_length=10, blank=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("e-mail settings")
        verbose_name_plural = _("e-mail settings")

    def __str__(self) -> str:
        return str(self.user)
