import logging

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)


class SynergyConfig(AppConfig):
    name = "netzwerkstatt.synergy"
    verbose_name = _("Synergies")

    def ready(self) -> None:
        from django.conf import settings

        from netzwerkstatt.synergy.engine import LexiconError, use_lexicon

        files = getattr(settings, "SYNERGY_LEXICON_FILES", [])
        if not files:
            return
        try:
            use_lexicon(*files)
        except LexiconError as error:
            # A bad file must not stop the site: the shipped lexicon stays in use.
            logger.error("Synergy lexicon not loaded, the shipped one stays in use: %s", error)
