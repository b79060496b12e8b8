"""Translations of organisations' content (profiles, offers, events), field by field.

The apps that own the content decide who may translate it (the same people who may edit it)
and what else happens on a change (the search index, the audit log); this module holds what
is the same for all of them: the form, the stored shape and its status.
"""

import hashlib
from dataclasses import dataclass
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from netzwerkstatt.core.languages import is_right_to_left, local_name, translation_languages
from netzwerkstatt.core.models import TranslatableContent

SOURCE_KEY = "_source"


def fingerprint(text: str) -> str:
    """Short enough to store beside every field, long enough to notice any change."""
    return hashlib.sha256((text or "").encode()).hexdigest()[:16]


def get_translation_language(code: str) -> tuple[str, str]:
    """(code, name) of a language content may be translated into; 404 for any other code."""
    for known, name in translation_languages():
        if known == code:
            return known, name
    raise Http404


@dataclass(frozen=True)
class TranslationStatus:
    code: str
    name: str
    local_name: str
    translated: int
    total: int
    outdated: list[str]

    @property
    def is_complete(self) -> bool:
        return self.translated == self.total

    @property
    def is_empty(self) -> bool:
        return self.translated == 0


def fields_to_translate(obj: TranslatableContent) -> list[str]:
    """The translatable fields that have a German original to translate."""
    return [name for name in obj.TRANSLATABLE_FIELDS if getattr(obj, name)]


def outdated_fields(obj: TranslatableContent, code: str) -> list[str]:
    """Fields whose German original changed after their translation was written."""
    stored = obj.translation_in(code)
    sources = stored.get(SOURCE_KEY) if isinstance(stored.get(SOURCE_KEY), dict) else {}
    return [
        name
        for name in obj.TRANSLATABLE_FIELDS
        if stored.get(name) and sources.get(name) != fingerprint(getattr(obj, name) or "")
    ]


def translation_statuses(obj: TranslatableContent) -> list[TranslationStatus]:
    fields = fields_to_translate(obj)
    statuses = []
    for code, name in translation_languages():
        stored = obj.translation_in(code)
        statuses.append(
            TranslationStatus(
                code=code,
                name=str(name),
                local_name=local_name(code),
                translated=sum(1 for field in fields if stored.get(field)),
                total=len(fields),
                outdated=outdated_fields(obj, code),
            )
        )
    return statuses


class ContentTranslationForm(forms.Form):
    """One input per translatable field, limited like the German field it translates."""

    def __init__(self, *args: Any, obj: TranslatableContent, code: str, **kwargs: Any) -> None:
        stored = obj.translation_in(code)
        kwargs.setdefault(
            "initial", {name: stored.get(name, "") for name in obj.TRANSLATABLE_FIELDS}
        )
        super().__init__(*args, **kwargs)
        self.obj = obj
        self.code = code
        direction = "rtl" if is_right_to_left(code) else "ltr"
        language = dict(translation_languages()).get(code, code)
        outdated = outdated_fields(obj, code)
        for name in obj.TRANSLATABLE_FIELDS:
            model_field = obj._meta.get_field(name)
            is_long = isinstance(model_field, models.TextField)
            widget = forms.Textarea(attrs={"rows": 8}) if is_long else forms.TextInput()
            widget.attrs.update({"lang": code, "dir": direction})
            self.fields[name] = forms.CharField(
                label=_("%(field)s in %(language)s")
                % {"field": capfirst(model_field.verbose_name), "language": language},
                max_length=model_field.max_length,
                required=False,
                widget=widget,
                help_text=_("The German text changed after this was translated: please check it.")
                if name in outdated
                else "",
            )

    def rows(self) -> list[tuple[forms.BoundField, str]]:
        """Each input beside the German text it translates."""
        return [
            (self[name], getattr(self.obj, name) or "") for name in self.obj.TRANSLATABLE_FIELDS
        ]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        for name in self.obj.TRANSLATABLE_FIELDS:
            if cleaned.get(name) and not getattr(self.obj, name):
                self.add_error(
                    name, _("There is no German text to translate here; write it there first.")
                )
        return cleaned


def apply_translation(
    obj: TranslatableContent, *, code: str, values: dict[str, str]
) -> tuple[dict[str, str], dict[str, str]]:
    """Store one language's fields on `obj` (not saved); returns the fields before and after.

    Empty values remove the field's translation, so that field falls back to German alone.
    """
    if code not in dict(translation_languages()):
        raise ValidationError(_("Content cannot be translated into this language."))
    unknown = set(values) - set(obj.TRANSLATABLE_FIELDS)
    if unknown:
        raise ValidationError(_("These fields cannot be translated."))
    for name, value in values.items():
        limit = obj._meta.get_field(name).max_length
        if limit is not None and len(value or "") > limit:
            raise ValidationError(
                _("The translation of “%(field)s” is longer than %(limit)s characters.")
                % {"field": obj._meta.get_field(name).verbose_name, "limit": limit}
            )
    previous = obj.translation_in(code)
    before = {name: previous.get(name, "") for name in obj.TRANSLATABLE_FIELDS}
    kept = {name: (values.get(name) or "").strip() for name in obj.TRANSLATABLE_FIELDS}
    kept = {name: value for name, value in kept.items() if value}
    # Saving the form confirms every field against the German text shown beside it.
    sources = {name: fingerprint(getattr(obj, name) or "") for name in kept}
    translations = dict(obj.translations) if isinstance(obj.translations, dict) else {}
    if kept:
        translations[code] = {**kept, SOURCE_KEY: sources}
    else:
        translations.pop(code, None)
    obj.translations = translations
    after = {name: kept.get(name, "") for name in obj.TRANSLATABLE_FIELDS}
    return (
        {f"{name} ({code})": value for name, value in before.items()},
        {f"{name} ({code})": value for name, value in after.items()},
    )
