"""Shared form plumbing: one renderer so every form looks and reads the same, filter forms,
and the bot traps of public forms (the one-line check of every field: core.validators)."""

import hashlib
import time
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.forms.models import ModelChoiceIterator
from django.forms.renderers import TemplatesSetting
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from netzwerkstatt.core.images import prepare_image
from netzwerkstatt.core.page_cache import bot_trap_placeholder, rendering_for_cache


class FormRenderer(TemplatesSetting):
    form_template_name = "core/forms/form.html"
    field_template_name = "core/forms/field.html"


@dataclass
class FilterGroup:
    """Filter fields shown together in one collapsible group, with how many of them are set."""

    key: str
    label: str
    fields: list[forms.BoundField]
    active: int


class FilterForm(forms.Form):
    """GET filters of a list page; the values are slugs, so a filtered list is a shareable link.

    `groups` names the fields that fold into collapsible groups (core/forms/_filter_groups.html):
    a field name makes a group of its own under the field's label, a `(label, names)` pair a
    group of several. On a phone 50 checkboxes would stand between the visitor and the results.
    """

    groups: tuple = ()

    def filter_groups(self) -> list[FilterGroup]:
        groups = []
        for group in self.groups:
            label, names = self._label_and_names(group)
            groups.append(
                FilterGroup(
                    key=names[0],
                    label=str(label),
                    fields=[self[name] for name in names],
                    active=sum(self.active_count(name) for name in names),
                )
            )
        return groups

    def panel_key(self) -> str:
        """What the rendered filter groups depend on, as one short key for a fragment cache.

        The choices as they are stored now (value and label of every term, network and
        district, in the active language), the language and the values asked for. Reading the
        choices costs the same small queries the rendering would; drawing a few hundred
        checkboxes costs far more. Any change to a term changes the key, so a cached panel is
        never stale and needs no invalidation. The choices read here are kept on the fields, so
        a panel drawn afresh does not read them a second time.
        """
        digest = hashlib.blake2b(digest_size=16)
        digest.update(repr((translation.get_language(), self.is_bound)).encode())
        for name in (name for group in self.groups for name in self._label_and_names(group)[1]):
            field = self.fields[name]
            # iter(): list() would first ask a model choice iterator for its length (a COUNT).
            choices = list(iter(getattr(field, "choices", ())))
            if isinstance(field, forms.ModelChoiceField):
                field.choices = choices
            if hasattr(self.data, "getlist"):
                values = self.data.getlist(name)
            else:
                values = self.data.get(name)
            shown = [(str(value), str(label)) for value, label in choices]
            digest.update(repr((name, shown, values)).encode())
        return digest.hexdigest()

    def _label_and_names(self, group) -> tuple[str, tuple[str, ...]]:
        """One entry of `groups`: a lone field name is a group under the field's own label."""
        if isinstance(group, str):
            return self.fields[group].label, (group,)
        label, names = group
        return label, tuple(names)

    def active_count(self, name: str) -> int:
        """How many values of one filter are in effect (an invalid value counts as none)."""
        if not self.is_bound or name in self.errors:
            return 0
        value = self.cleaned_data.get(name)
        if value is None or value is False or value == "":
            return 0
        if isinstance(value, list | tuple | set | QuerySet):
            return len(value)
        return 1

    def valid_filters(self) -> dict:
        """The filters that passed validation; a bad value drops only its own filter."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {name: value for name, value in cleaned.items() if name not in self.errors}


def term_filter(label: str, queryset) -> forms.ModelMultipleChoiceField:
    """Checkboxes for taxonomy terms, addressed by slug in the URL (`?zielgruppe=kinder`)."""
    return forms.ModelMultipleChoiceField(
        label=label,
        queryset=queryset,
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


class _SlugNameIterator(ModelChoiceIterator):
    """The choices as (slug, name) rows: no model instance per choice."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        yield from self.queryset.values_list("slug", "name").iterator()


class SlugNameChoiceField(forms.ModelChoiceField):
    """A choice among many named objects (a city's thousand organisations): the label is the
    stored name, so the choices are read as plain rows, while the chosen value is still
    looked up and cleaned to the object."""

    iterator = _SlugNameIterator


def slug_choice(
    label: str, queryset, *, empty_label: str, by_name: bool = False
) -> forms.ModelChoiceField:
    """A filter among objects addressed by slug; `by_name` when the label is the `name` column
    itself (not translated), which makes long lists much cheaper to draw."""
    field_class = SlugNameChoiceField if by_name else forms.ModelChoiceField
    return field_class(
        label=label,
        queryset=queryset,
        to_field_name="slug",
        required=False,
        empty_label=empty_label,
    )


class CheckboxGrid(forms.CheckboxSelectMultiple):
    """Checkboxes in columns, for taxonomy choices."""

    def __init__(self, attrs=None):
        super().__init__(attrs={"class": "checkbox-grid", **(attrs or {})})


def model_form_data(form: forms.ModelForm) -> dict:
    """A validated ModelForm's fields as plain data for a service."""
    return {name: form.cleaned_data[name] for name in form.Meta.fields}


def rows_from_formset(formset) -> list[dict]:
    """The filled-in, not deleted rows of an inline formset, as plain data for a service."""
    skip = {"DELETE", "id", formset.fk.name}
    return [
        {name: value for name, value in form.cleaned_data.items() if name not in skip}
        for form in formset.forms
        if form.cleaned_data and not form.cleaned_data.get("DELETE")
    ]


def bot_trap_token(*, shown_at: float | None = None) -> str:
    """The signed moment a public form was shown (tests pass an earlier `shown_at`).

    For a page rendered into the page cache a placeholder, which each answer fills in.
    """
    if shown_at is None and rendering_for_cache():
        return bot_trap_placeholder()
    return signing.dumps(int(time.time() if shown_at is None else shown_at), salt=BotTrapForm.SALT)


class BotTrapForm(forms.Form):
    """A public form with two traps for bots that need no third-party service.

    `fax` is a honeypot: hidden from people and screen readers (the template wraps it in
    `hidden`), filled in by scripts; the view answers as if all went well and stores nothing.
    `started` carries a signed timestamp from when the form was shown; a submission faster than
    `settings.PUBLIC_FORM_MIN_SECONDS` (people need a few seconds, scripts do not) or older than
    a day is refused with a message at the top of the form.
    """

    SALT = "netzwerkstatt.public-form"
    MAX_AGE_SECONDS = 24 * 60 * 60

    fax = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["started"] = bot_trap_token()

    def is_spam(self) -> bool:
        return "fax" in self.fields and bool(self.data.get(self.add_prefix("fax"), "").strip())

    def clean_started(self) -> str:
        try:
            shown_at = signing.loads(self.cleaned_data["started"], salt=self.SALT)
        except signing.BadSignature:
            shown_at = None
        if not isinstance(shown_at, int):
            raise forms.ValidationError(
                _("The form could not be checked. Please reload the page and try again.")
            )
        elapsed = time.time() - shown_at
        if elapsed < settings.PUBLIC_FORM_MIN_SECONDS:
            raise forms.ValidationError(
                _(
                    "That was very fast. To keep out automated spam, please wait a few seconds "
                    "and send the form again."
                )
            )
        if elapsed > self.MAX_AGE_SECONDS:
            raise forms.ValidationError(
                _("The form was open for too long. Please check your entries and send it again.")
            )
        return self.cleaned_data["started"]

    def clean(self):
        cleaned = super().clean()
        # The timestamp is hidden, so its message belongs at the top of the form.
        for error in self.errors.pop("started", []):
            self.add_error(None, error)
        # The re-rendered form is timed anew, so a form open too long can still be sent.
        self.data = self.data.copy()
        self.data[self.add_prefix("started")] = bot_trap_token()
        return cleaned


def sent_public_form(request, form: BotTrapForm, submit) -> bool:
    """Whether a public form was sent and taken: the caller then shows its thanks page.

    A bot that filled the hidden field is thanked too, and nothing is stored. Otherwise the
    valid form's data go to `submit(cleaned_data)`, a service call; its ValidationError is shown
    at the top of the form, which the caller renders again.
    """
    if request.method != "POST":
        return False
    if form.is_spam():
        return True
    if not form.is_valid():
        return False
    try:
        submit(form.cleaned_data)
    except ValidationError as error:
        form.add_error(None, error)
        return False
    return True


class UploadedImageField(forms.ImageField):
    """An image upload that is checked before decoding and re-encoded without metadata.

    Its cleaned value is a `core.images.PreparedImage` (or the stored file when nothing new was
    uploaded); services store it with `core.images.store_renditions`.
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.widget.attrs.setdefault("accept", "image/jpeg,image/png,image/webp")

    def to_python(self, data):
        # FileField's checks (a name, not empty), not ImageField's: that one decodes with
        # Pillow before anything limits the pixel count.
        upload = forms.FileField.to_python(self, data)
        if upload is None:
            return None
        return prepare_image(upload, invalid_message=self.error_messages["invalid_image"])

    def widget_attrs(self, widget):
        return forms.FileField.widget_attrs(self, widget)
