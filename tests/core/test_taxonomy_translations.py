"""Names of taxonomy terms follow the page's language, with German as the fallback."""

import importlib

import pytest
from django.test import override_settings
from django.utils import translation

from netzwerkstatt.core.admin import taxonomy_term_form
from netzwerkstatt.core.models import District, Language, TargetGroup, Topic
from tests.languages import SEVEN_LANGUAGES

defaults = importlib.import_module("netzwerkstatt.core.migrations.0002_default_taxonomy")
translated = importlib.import_module(
    "netzwerkstatt.core.migrations.0004_translate_default_taxonomy"
)

pytestmark = pytest.mark.usefixtures("seven_languages")


@pytest.fixture
def seven_languages():
    with override_settings(LANGUAGES=SEVEN_LANGUAGES):
        yield


def test_a_term_is_named_in_the_active_language(db):
    children = TargetGroup.objects.get(slug="kinder")
    with translation.override("ar"):
        assert children.label == "الأطفال"
        assert str(children) == "الأطفال"
    with translation.override("uk"):
        assert children.label == "Діти"
    with translation.override("de"):
        assert children.label == "Kinder"


def test_a_missing_translation_falls_back_to_german(db):
    term = TargetGroup.objects.create(slug="studierende", name="Studierende", position=5)
    term.translations = {"en": "Students", "ar": ""}
    term.save()
    with translation.override("ar"):
        assert term.label == "Studierende"
    with translation.override("en"):
        assert term.label == "Students"


def test_a_language_the_site_does_not_offer_shows_german(db):
    children = TargetGroup.objects.get(slug="kinder")
    children.translations = {**children.translations, "fr": "Enfants"}
    with translation.override("fr"):
        assert children.label == "Kinder"


def test_a_broken_translations_value_shows_german(db):
    children = TargetGroup.objects.get(slug="kinder")
    children.translations = ["not", "a", "mapping"]
    with translation.override("ar"):
        assert children.label == "Kinder"


def test_every_default_term_is_translated_into_every_other_language(db):
    for model, terms in [
        (TargetGroup, defaults.TARGET_GROUPS),
        (Topic, defaults.TOPICS),
        (Language, defaults.LANGUAGES),
    ]:
        for term in model.objects.filter(slug__in=[slug for slug, _name in terms]):
            assert set(term.translations) == {"en", "ar", "fa", "uk", "ru", "tr"}, term.slug
            assert all(term.translations.values()), term.slug


def test_languages_know_their_own_name(db):
    arabic = Language.objects.get(slug="ar")
    assert arabic.endonym == "العربية"
    with translation.override("de"):
        assert arabic.shows_endonym
    with translation.override("ar"):
        # "العربية (العربية)" says nothing twice.
        assert not arabic.shows_endonym


def test_districts_keep_their_proper_names(db):
    with translation.override("ru"):
        assert District.objects.get(slug="mockau-nord").label == "Mockau-Nord"
        assert District.objects.get(slug="leipzig-zentrum").label == "Центр Лейпцига"


def test_running_the_translations_again_keeps_what_coordinators_wrote(db):
    from django.apps import apps

    TargetGroup.objects.filter(slug="kinder").update(translations={"en": "Kids"})

    translated.translate_default_taxonomy(apps, None)

    children = TargetGroup.objects.get(slug="kinder")
    assert children.translations["en"] == "Kids"
    assert children.translations["ar"] == "الأطفال"


def test_ordering_stays_the_german_position_order(db):
    with translation.override("ar"):
        slugs = list(TargetGroup.objects.values_list("slug", flat=True)[:3])
    assert slugs == ["kinder", "jugendliche", "junge-erwachsene"]


def test_the_admin_form_has_one_input_per_language_and_stores_them(db):
    form_class = taxonomy_term_form(Topic)
    topic = Topic.objects.get(slug="kultur")
    data = {
        "slug": "kultur",
        "name": "Kultur",
        "position": 70,
        "name_ar": " الثقافة ",
        "name_en": "",
    }
    form = form_class(data, instance=topic)
    assert [name for name in form.fields if name.startswith("name_")] == [
        "name_en",
        "name_ar",
        "name_fa",
        "name_uk",
        "name_ru",
        "name_tr",
    ]
    assert form.fields["name_ar"].widget.attrs["dir"] == "rtl"
    assert form.is_valid(), form.errors
    form.save()
    topic.refresh_from_db()
    assert topic.translations == {"ar": "الثقافة"}


def test_the_admin_form_refuses_an_over_long_translation(db):
    form_class = taxonomy_term_form(Topic)
    topic = Topic.objects.get(slug="kultur")
    data = {"slug": "kultur", "name": "Kultur", "position": 70, "name_uk": "я" * 101}
    form = form_class(data, instance=topic)
    assert not form.is_valid()
    assert "name_uk" in form.errors


def test_the_admin_edits_a_term_with_its_translations(admin_client, db):
    topic = Topic.objects.get(slug="kultur")
    url = f"/admin/core/topic/{topic.pk}/change/"
    page = admin_client.get(url)
    assert 'name="name_fa"' in page.content.decode()
    response = admin_client.post(
        url, {"slug": "kultur", "name": "Kultur", "position": 70, "name_tr": "Kültür ve sanat"}
    )
    assert response.status_code == 302
    topic.refresh_from_db()
    assert topic.translations == {"tr": "Kültür ve sanat"}
