"""The privacy registry, and with it the privacy notice, stays true to the models."""

import re

import pytest
from django.apps import apps
from django.conf import settings
from django.db import models

from netzwerkstatt.privacy.registry import NOT_PERSONAL, REGISTRY
from netzwerkstatt.privacy.selectors import personal_data_of

PERSONAL_NAME = re.compile(
    r"(^|_)(name|email|e_mail|phone|mobile|ip_hash|ip_address|user_agent|username|address)($|_)"
)


def _looks_personal(field: models.Field) -> bool:
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    if field.is_relation and field.related_model is user_model:
        return True
    if isinstance(field, models.EmailField | models.GenericIPAddressField):
        return True
    return bool(PERSONAL_NAME.search(field.name))


def _registered() -> set[str]:
    return {
        f"{label}.{name}"
        for entry in REGISTRY
        for label, names in entry.fields.items()
        for name in names
    }


def test_every_field_that_looks_personal_is_in_the_registry():
    registered = _registered()
    missing = [
        f"{model._meta.label}.{field.name}"
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if field.concrete
        and _looks_personal(field)
        and f"{model._meta.label}.{field.name}" not in registered
        and f"{model._meta.label}.{field.name}" not in NOT_PERSONAL
    ]
    assert not missing, (
        "Personal data not described in netzwerkstatt/privacy/registry.py (add an entry, or "
        f"to NOT_PERSONAL with the reason): {missing}"
    )


def test_the_registry_names_only_fields_that_exist():
    for dotted in _registered() | set(NOT_PERSONAL):
        label, name = dotted.rsplit(".", 1)
        model = apps.get_model(label)
        assert model._meta.get_field(name).concrete, dotted


def test_the_registry_and_the_exclusions_do_not_overlap():
    assert not _registered() & set(NOT_PERSONAL)


def test_registry_keys_are_unique():
    keys = [entry.key for entry in REGISTRY]
    assert len(keys) == len(set(keys))


@pytest.mark.django_db
def test_the_privacy_notice_shows_every_entry_with_the_configured_period(client, settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 97
    response = client.get("/datenschutz/")
    assert response.status_code == 200
    page = response.content.decode()
    for entry in REGISTRY:
        assert f'id="notice-{entry.key}"' in page
    assert "97 Tage" in page
    # German throughout: the catalogue has every entry.
    assert "Ihr Konto" in page
    assert "Anmeldungen zu Veranstaltungen" in page


@pytest.mark.django_db
def test_the_export_has_a_section_for_every_exported_entry():
    from tests.factories import UserFactory

    sections = personal_data_of(UserFactory())
    assert [section.entry.key for section in sections] == [
        entry.key for entry in REGISTRY if entry.exported
    ]
