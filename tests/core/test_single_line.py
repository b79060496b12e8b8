"""One-line fields (titles, names) refuse line breaks and control characters; texts keep theirs."""

import importlib
import inspect
import pkgutil

import pytest
from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django.urls import reverse

import netzwerkstatt
from netzwerkstatt.accounts.models import User
from netzwerkstatt.core.validators import is_single_line, validate_single_line
from netzwerkstatt.networks.models import Organisation
from netzwerkstatt.news.forms import PostForm

GERMAN_MESSAGE = "Bitte in einer Zeile eingeben, ohne Zeilenumbrüche, Tabulatoren oder unsichtbare"


def project_form_classes() -> list[type[forms.BaseForm]]:
    """Every form class defined in the project's modules (migrations and settings aside)."""
    for module in pkgutil.walk_packages(netzwerkstatt.__path__, "netzwerkstatt."):
        if ".migrations" in module.name or module.name.split(".")[-1] in {
            "settings",
            "wsgi",
            "cli",
        }:
            continue
        importlib.import_module(module.name)
    found = []
    pending = [forms.BaseForm]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls.__module__.startswith("netzwerkstatt.") and inspect.isclass(cls):
            found.append(cls)
    return found


def admin_form_fields():
    request = RequestFactory().get("/")
    request.user = User(is_superuser=True, is_staff=True, is_active=True)
    for model, model_admin in admin.site._registry.items():
        if not model.__module__.startswith("netzwerkstatt."):
            continue
        form = model_admin.get_form(request, None, change=False, fields=None)
        yield f"admin {model._meta.label}", form.base_fields


def test_every_one_line_text_field_of_every_form_refuses_control_characters():
    form_classes = project_form_classes()
    assert len(form_classes) > 20  # the walk found the forms of every app
    checked = 0
    fields_of = [(cls.__qualname__, cls.base_fields) for cls in form_classes]
    for label, fields in [*fields_of, *admin_form_fields()]:
        for name, field in fields.items():
            if not isinstance(field, forms.CharField):
                continue
            if isinstance(field.widget, forms.Textarea):
                assert validate_single_line not in field.validators, f"{label}.{name}"
            elif isinstance(field.widget, forms.PasswordInput):
                assert validate_single_line not in field.validators, f"{label}.{name}"
            else:
                assert is_single_line(field), f"{label}.{name}: {type(field.widget).__name__}"
                assert validate_single_line in field.validators, f"{label}.{name}"
                checked += 1
    assert checked > 50


def test_fields_added_in_a_forms_init_get_the_check_too():
    class LateForm(forms.Form):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.fields["name"] = forms.CharField()

    form = LateForm(data={"name": "Anna\nBerta"})

    assert not form.is_valid()
    assert form.errors["name"][0].startswith(GERMAN_MESSAGE)


@pytest.mark.parametrize(
    "value",
    [
        "Zeile\nzwei",
        "Zeile\rzwei",
        "Tab\tulator",
        "Null\x00byte",
        "Escape\x1b[31m",
        "Löschen\x7f",
        "Nächste Zeile\x85",
        "Zeilen\u2028trenner",
        "Absatz\u2029trenner",
        "Umgedreht \u202eetsiL",
        "Isoliert \u2066x\u2069",
    ],
)
def test_validator_refuses_control_characters(value):
    with pytest.raises(ValidationError) as error:
        validate_single_line(value)
    assert error.value.code == "control_characters"


@pytest.mark.parametrize(
    "value",
    [
        "Sommerfest 2026: Kaffee, Kuchen & Musik",
        "Familienzentrum „Sonnenschein“ e.V.",
        "مرحبا بكم",
        "Привіт, сусіди",
        "שלום \u200f(עברית)",
        "Regenbogen 🏳️‍🌈 und 👩🏽‍🍳",
    ],
)
def test_validator_accepts_ordinary_text_in_any_script(value):
    validate_single_line(value)


def test_post_form_refuses_a_title_with_a_line_break_but_keeps_teaser_lines():
    form = PostForm(
        data={
            "title": "Sommerfest\nBEGIN:VEVENT",
            "teaser": "Erste Zeile\nZweite Zeile",
            "body": "Text",
            "status": "draft",
            "published_at": "2026-06-01T10:00",
            "image_alt": "",
        }
    )

    assert not form.is_valid()
    assert list(form.errors) == ["title"]
    assert form.errors["title"][0].startswith(GERMAN_MESSAGE)


def test_editing_an_organisation_name_with_a_line_break_changes_nothing(as_user, world):
    url = reverse("networks:organisation_edit", args=[world.member_org.slug])
    client = as_user(world.member)

    response = client.post(url, {"name": "Frauen e.V.\nX-INJECTED: 1"})

    assert response.status_code == 200
    assert GERMAN_MESSAGE in response.content.decode()
    assert Organisation.objects.get(pk=world.member_org.pk).name == "Internationale Frauen e.V."
