"""Storing and choosing translations of content, field by field (offers stand for all three)."""

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.utils import translation

from netzwerkstatt.core.content_translations import (
    ContentTranslationForm,
    apply_translation,
    outdated_fields,
    translation_statuses,
)
from tests.factories import OfferFactory
from tests.languages import SEVEN_LANGUAGES

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seven_languages")]


@pytest.fixture
def seven_languages():
    with override_settings(LANGUAGES=SEVEN_LANGUAGES):
        yield


@pytest.fixture
def offer():
    return OfferFactory(
        title="Hausaufgabenhilfe", summary="Jeden Dienstag", description="Wir helfen beim Lernen."
    )


def test_a_translated_field_is_shown_in_the_active_language(offer):
    apply_translation(offer, code="uk", values={"title": "Допомога з домашніми завданнями"})
    with translation.override("uk"):
        title = offer.translated("title")
    assert title == "Допомога з домашніми завданнями"
    assert not title.is_fallback


def test_a_missing_field_falls_back_alone(offer):
    apply_translation(offer, code="uk", values={"title": "Допомога"})
    with translation.override("uk"):
        assert not offer.translated("title").is_fallback
        description = offer.translated("description")
        assert description == "Wir helfen beim Lernen."
        assert description.is_fallback
        assert offer.falls_back(["title", "description"])
        assert not offer.falls_back(["title"])


def test_german_pages_show_the_original_and_never_a_fallback(offer):
    apply_translation(offer, code="uk", values={"title": "Допомога"})
    with translation.override("de"):
        assert offer.translated("title") == "Hausaufgabenhilfe"
        assert not offer.falls_back(["title", "summary", "description"])


def test_an_empty_original_needs_no_translation_and_no_mark(offer):
    offer.cost_note = ""
    with translation.override("ar"):
        assert offer.translated("cost_note") == ""
        assert not offer.falls_back(["cost_note"])


def test_emptying_every_field_removes_the_language(offer):
    apply_translation(offer, code="ar", values={"title": "مساعدة"})
    apply_translation(offer, code="ar", values={"title": "  "})
    assert "ar" not in offer.translations


def test_unknown_language_is_refused(offer):
    with pytest.raises(ValidationError):
        apply_translation(offer, code="xx", values={"title": "?"})
    with pytest.raises(ValidationError):
        # German is the original, not a translation.
        apply_translation(offer, code="de", values={"title": "?"})


def test_unknown_field_is_refused(offer):
    with pytest.raises(ValidationError):
        apply_translation(offer, code="uk", values={"street": "вулиця"})


def test_over_long_translation_is_refused_by_the_service(offer):
    with pytest.raises(ValidationError):
        apply_translation(offer, code="uk", values={"title": "я" * 201})


def test_a_changed_original_marks_the_translation_as_possibly_outdated(offer):
    apply_translation(offer, code="uk", values={"title": "Допомога", "summary": "Щовівторка"})
    assert outdated_fields(offer, "uk") == []

    offer.title = "Hausaufgabenhilfe und Lernen"

    assert outdated_fields(offer, "uk") == ["title"]
    status = next(s for s in translation_statuses(offer) if s.code == "uk")
    assert status.outdated == ["title"]
    # Saving the translation again confirms it against the German text shown beside it.
    apply_translation(offer, code="uk", values={"title": "Допомога", "summary": "Щовівторка"})
    assert outdated_fields(offer, "uk") == []


def test_statuses_list_every_other_language_with_its_progress(offer):
    apply_translation(offer, code="ar", values={"title": "مساعدة", "summary": "كل ثلاثاء"})
    statuses = {status.code: status for status in translation_statuses(offer)}
    assert list(statuses) == ["en", "ar", "fa", "uk", "ru", "tr"]
    assert statuses["ar"].translated == 2
    assert statuses["ar"].total == 3  # title, summary, description have German text
    assert statuses["uk"].is_empty


def test_the_form_limits_each_field_like_the_original(offer):
    form = ContentTranslationForm({"title": "я" * 201, "description": "ok"}, obj=offer, code="uk")
    assert not form.is_valid()
    assert "title" in form.errors
    assert form.fields["description"].max_length == 5000


def test_the_form_refuses_a_translation_of_an_empty_original(offer):
    form = ContentTranslationForm({"cost_note": "безкоштовно"}, obj=offer, code="uk")
    assert not form.is_valid()
    assert "cost_note" in form.errors


def test_the_form_writes_right_to_left_for_arabic_and_farsi(offer):
    for code in ("ar", "fa"):
        form = ContentTranslationForm(obj=offer, code=code)
        assert form.fields["title"].widget.attrs == {"lang": code, "dir": "rtl", "maxlength": "200"}
    assert ContentTranslationForm(obj=offer, code="uk").fields["title"].widget.attrs["dir"] == "ltr"


def test_a_broken_stored_value_falls_back_to_german(offer):
    offer.translations = {"uk": "not a mapping", "ar": {"title": 5}}
    with translation.override("uk"):
        assert offer.translated("title").is_fallback
    with translation.override("ar"):
        assert offer.translated("title") == "Hausaufgabenhilfe"
    assert outdated_fields(offer, "uk") == []
