"""Shared form plumbing: one renderer so every form looks and reads the same."""

from django import forms
from django.forms.renderers import TemplatesSetting


class FormRenderer(TemplatesSetting):
    form_template_name = "core/forms/form.html"
    field_template_name = "core/forms/field.html"


class FilterForm(forms.Form):
    """GET filters of a list page; the values are slugs, so a filtered list is a shareable link."""

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


def slug_choice(label: str, queryset, *, empty_label: str) -> forms.ModelChoiceField:
    return forms.ModelChoiceField(
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
