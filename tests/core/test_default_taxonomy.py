"""The default taxonomy that migration core.0002 gives every installation."""

import importlib

from django.apps import apps as django_apps

from netzwerkstatt.core.models import District, Language, TargetGroup, Topic

migration = importlib.import_module("netzwerkstatt.core.migrations.0002_default_taxonomy")


def test_migration_creates_the_default_terms(db):
    assert TargetGroup.objects.get(slug="jugendliche").name == "Jugendliche"
    assert TargetGroup.objects.get(slug="senior-innen").name == "Senior:innen"
    assert Topic.objects.get(slug="sprache").name == "Sprache & Deutschkurse"
    assert Language.objects.get(slug="ar").name == "Arabisch"
    assert Language.objects.get(slug="ti").name == "Tigrinya"
    schoenefeld = District.objects.get(slug="schoenefeld")
    assert schoenefeld.name == "Schönefeld – Abtnaundorf"
    assert schoenefeld.city == "Leipzig"


def test_every_listed_term_exists_in_list_order(db):
    for model, terms in [
        (TargetGroup, migration.TARGET_GROUPS),
        (Topic, migration.TOPICS),
        (Language, migration.LANGUAGES),
        (District, migration.DISTRICTS),
    ]:
        slugs = [slug for slug, _ in terms]
        assert list(model.objects.filter(slug__in=slugs).values_list("slug", flat=True)) == slugs


def test_language_slugs_are_iso_639_1_codes(db):
    assert all(len(slug) == 2 and slug.isalpha() for slug, _ in migration.LANGUAGES)


def test_running_it_again_repairs_terms_without_duplicating(db):
    TargetGroup.objects.filter(slug="kinder").update(name="Kids", position=999)
    before = TargetGroup.objects.count()

    migration.create_default_taxonomy(django_apps, None)

    assert TargetGroup.objects.count() == before
    assert TargetGroup.objects.get(slug="kinder").name == "Kinder"
    assert TargetGroup.objects.first().slug == "kinder"


def test_terms_added_by_coordinators_are_kept(db):
    TargetGroup.objects.create(slug="studierende", name="Studierende", position=5)

    migration.create_default_taxonomy(django_apps, None)

    assert TargetGroup.objects.filter(slug="studierende").exists()
