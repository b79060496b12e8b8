from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    """Running an installation: health check, backup and restore, request logs."""

    name = "netzwerkstatt.operations"
    verbose_name = _("Operations")
