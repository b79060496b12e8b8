from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SynergyConfig(AppConfig):
    name = "netzwerkstatt.synergy"
    verbose_name = _("Synergies")
