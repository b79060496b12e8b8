"""Shared vocabulary of the platform: target groups, topics, languages, districts.

These lists are data, not code: a network's coordinators extend them in the
admin. Their names are stored in German, the language of the networks, with
translations into the other languages of the site beside them on the same row.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from netzwerkstatt.core.languages import active_translation_code


class TaxonomyTerm(models.Model):
    slug = models.SlugField(_("short name"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=100)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    # {"en": "Children", "ar": "الأطفال", …}: on the row itself, so a page that lists terms
    # needs no extra query for them (see docs/architecture.md, "Languages").
    translations = models.JSONField(_("translations"), default=dict, blank=True)

    class Meta:
        abstract = True
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        """The name in the active language, German where no translation exists."""
        code = active_translation_code()
        if code is None or not isinstance(self.translations, dict):
            return self.name
        return self.translations.get(code) or self.name


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

    endonym = models.CharField(
        _("own name"),
        max_length=100,
        blank=True,
        help_text=_("The language's name in itself, e.g. “العربية” for Arabic."),
    )

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("language")
        verbose_name_plural = _("languages")

    @property
    def shows_endonym(self) -> bool:
        """Whether the page should add the language's own name beside its label."""
        return bool(self.endonym) and self.endonym != self.label


class District(TaxonomyTerm):
    city = models.CharField(_("city"), max_length=100, default="Leipzig")

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("district")
        verbose_name_plural = _("districts")


class TranslatedValue(str):
    """A text as shown to the visitor; `is_fallback` when it is the German original standing in
    for a missing translation (the page then marks it `lang="de"`)."""

    is_fallback: bool = False

    def __new__(cls, text: str, *, is_fallback: bool = False) -> "TranslatedValue":
        value = super().__new__(cls, text)
        value.is_fallback = is_fallback
        return value


class TranslatableContent(models.Model):
    """Content that its editors may translate field by field into the site's other languages.

    `translations` holds {"uk": {"title": "…", "description": "…", "_source": {"title": "…"}}}:
    per language the translated fields and, under "_source", a fingerprint of the German text
    each was translated from, so the editor learns when the original changed since.
    """

    TRANSLATABLE_FIELDS: tuple[str, ...] = ()

    translations = models.JSONField(_("translations"), default=dict, blank=True, editable=False)

    class Meta:
        abstract = True

    def translation_in(self, code: str) -> dict:
        stored = self.translations.get(code) if isinstance(self.translations, dict) else None
        return stored if isinstance(stored, dict) else {}

    def translated(self, field: str) -> TranslatedValue:
        """The field in the active language; the German original where it has no translation."""
        original = getattr(self, field) or ""
        code = active_translation_code()
        if code is None or not original:
            return TranslatedValue(original)
        value = self.translation_in(code).get(field)
        if isinstance(value, str) and value.strip():
            return TranslatedValue(value)
        return TranslatedValue(original, is_fallback=True)

    def falls_back(self, fields: tuple[str, ...] | list[str]) -> bool:
        """Whether any of these fields is shown in German on a page in another language."""
        return any(self.translated(field).is_fallback for field in fields)
