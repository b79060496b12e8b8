from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CircularsConfig(AppConfig):
    name = "netzwerkstatt.circulars"
    verbose_name = _("Circulars and digests")
