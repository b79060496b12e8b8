"""What the imports app keeps: where imported rows came from, and uploads awaiting review.

`ImportedRecord` ties a row of another app (an organisation, an offer) to its id in the
source it was imported from, so that importing the same source again updates instead of
duplicating. Other apps' models get no import columns.

`SpreadsheetUpload` holds a parsed spreadsheet between the steps of the web import (upload,
map columns, preview, confirm) in the database, where every app server sees it.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from netzwerkstatt.networks.models import Network


class ImportedRecord(models.Model):
    network = models.ForeignKey(
        Network, verbose_name=_("network"), on_delete=models.CASCADE, related_name="+"
    )
    source = models.CharField(_("source"), max_length=200)
    source_id = models.CharField(_("id in the source"), max_length=255)
    content_type = models.ForeignKey(
        ContentType, verbose_name=_("kind of object"), on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.PositiveBigIntegerField(_("object number"))
    imported_at = models.DateTimeField(_("imported"), default=timezone.now)
    checksum = models.CharField(_("checksum"), max_length=64)

    class Meta:
        verbose_name = _("imported record")
        verbose_name_plural = _("imported records")
        constraints = [
            models.UniqueConstraint(
                fields=["network", "source", "content_type", "source_id"],
                name="imported_record_unique_source_id",
            )
        ]

    def __str__(self) -> str:
        return f"{self.source} {self.source_id}"


class SpreadsheetUpload(models.Model):
    network = models.ForeignKey(
        Network,
        verbose_name=_("network"),
        on_delete=models.CASCADE,
        related_name="spreadsheet_uploads",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"))
    filename = models.CharField(_("file name"), max_length=255)
    file_format = models.CharField(_("file format"), max_length=40)
    headers = models.JSONField(_("column headings"), default=list)
    rows = models.JSONField(_("rows"), default=list)
    mapping = models.JSONField(_("column mapping"), default=dict, blank=True)
    imported_at = models.DateTimeField(_("imported"), null=True, blank=True)
    result = models.JSONField(_("result"), default=dict, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("spreadsheet upload")
        verbose_name_plural = _("spreadsheet uploads")

    def __str__(self) -> str:
        return self.filename

    @property
    def is_expired(self) -> bool:
        return self.imported_at is None and self.expires_at <= timezone.now()
