"""Shared form plumbing: one renderer so every form looks and reads the same."""

from django import forms
from django.forms.renderers import TemplatesSetting


class FormRenderer(TemplatesSetting):
    form_template_name = "core/forms/form.html"
    field_template_name = "core/forms/field.html"


class CheckboxGrid(forms.CheckboxSelectMultiple):
    """Checkboxes in columns, for taxonomy choices."""

    def __init__(self, attrs=None):
        super().__init__(attrs={"class": "checkbox-grid", **(attrs or {})})
