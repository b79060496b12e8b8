from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "netzwerkstatt.core"
    label = "core"
    verbose_name = _("Core and taxonomy")

    def ready(self) -> None:
        from netzwerkstatt.core.validators import install_single_line_check

        install_single_line_check()

        from netzwerkstatt.core import content_generation

        content_generation.install()
