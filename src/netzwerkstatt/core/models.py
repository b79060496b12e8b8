"""Shared vocabulary of the platform: target groups, topics, languages, districts.

These lists are data, not code: a network's coordinators extend them in the
admin. Their names are stored in German, the language of the networks.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TaxonomyTerm(models.Model):
    slug = models.SlugField(_("short name"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=100)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        abstract = True
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name


class TargetGroup(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class Topic(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class Language(TaxonomyTerm):
    """A language an offer is held in; `slug` is the ISO 639-1 code."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("language")
        verbose_name_plural = _("languages")


class District(TaxonomyTerm):
    city = models.CharField(_("city"), max_length=100, default="Leipzig")

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("district")
        verbose_name_plural = _("districts")
