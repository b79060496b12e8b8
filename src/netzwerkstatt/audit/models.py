"""The audit log: who granted or removed which rights, and who changed an organisation's data
from outside it. Entries are written by other apps' services and never changed afterwards.

The log knows no rules of its own: which change is recorded, and who may read which entries,
is decided by the apps that call it.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditAction(models.TextChoices):
    STAFF_REQUESTED = "staff_requested", _("staff request sent")
    STAFF_ACCEPTED = "staff_accepted", _("staff request accepted")
    STAFF_DECLINED = "staff_declined", _("staff request declined")
    STAFF_ADDED = "staff_added", _("staff member added")
    STAFF_REMOVED = "staff_removed", _("staff member removed")
    MEMBERSHIP_ADDED = "membership_added", _("organisation added to the network")
    MEMBERSHIP_INVITED = "membership_invited", _("organisation invited into the network")
    MEMBERSHIP_ACCEPTED = "membership_accepted", _("network invitation accepted")
    MEMBERSHIP_DECLINED = "membership_declined", _("network invitation declined")
    MEMBERSHIP_CHANGED = "membership_changed", _("membership changed")
    ROLE_CHANGED = "role_changed", _("role in the network changed")
    JOIN_REQUEST_ACCEPTED = "join_request_accepted", _("join request accepted")
    ORGANISATION_CREATED = "organisation_created", _("placeholder organisation created")
    ORGANISATION_EDITED = "organisation_edited", _("organisation's data changed from outside")
    DECISION_CORRECTED = "decision_corrected", _("published decision corrected")
    DECISION_WITHDRAWN = "decision_withdrawn", _("published decision withdrawn")
    IMPORTED = "imported", _("data imported")
    API_TOKEN_CREATED = "api_token_created", _("access token created")
    API_TOKEN_REVOKED = "api_token_revoked", _("access token revoked")
    SYNERGY_THRESHOLD_CHANGED = "synergy_threshold", _("synergy threshold changed")
    CITYWIDE_ROLE_GRANTED = "citywide_granted", _("city-wide coordination role granted")
    CITYWIDE_ROLE_REVOKED = "citywide_revoked", _("city-wide coordination role revoked")
    CITYWIDE_SHARING_CHANGED = (
        "citywide_sharing",
        _("sharing with the city-wide coordination changed"),
    )
    SYNERGY_TERM_ADDED = "synergy_term_added", _("synergy term entry added")
    SYNERGY_TERM_WITHDRAWN = "synergy_term_withdrawn", _("synergy term entry withdrawn")


class AuditEntry(models.Model):
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The name at the time: the log stays readable when the account is renamed or deleted.
    actor_name = models.CharField(_("name of the person"), max_length=254, blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    action = models.CharField(_("action"), max_length=40, choices=AuditAction.choices)
    organisation = models.ForeignKey(
        "networks.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="audit_entries",
    )
    network = models.ForeignKey(
        "networks.Network",
        verbose_name=_("network"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="audit_entries",
    )
    object_type = models.CharField(_("kind of object"), max_length=60, blank=True)
    object_id = models.CharField(_("object number"), max_length=40, blank=True)
    object_label = models.CharField(_("object"), max_length=300, blank=True)
    before = models.JSONField(_("before"), default=dict, blank=True)
    after = models.JSONField(_("after"), default=dict, blank=True)
    note = models.CharField(_("note"), max_length=500, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("audit log entry")
        verbose_name_plural = _("audit log entries")

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_name}: {self.get_action_display()}"

    def changes(self) -> list[tuple[str, object, object]]:
        """(field, before, after) for every field named in before or after."""
        keys = list(dict.fromkeys([*self.before, *self.after]))
        return [(key, self.before.get(key), self.after.get(key)) for key in keys]
