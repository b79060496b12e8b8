"""Organisation profiles in several languages."""

import pytest
from django.test import override_settings
from django.urls import reverse

from netzwerkstatt.audit.models import AuditEntry
from netzwerkstatt.networks import services
from tests.languages import SEVEN_LANGUAGES, page_in

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seven_languages")]


@pytest.fixture
def seven_languages():
    with override_settings(LANGUAGES=SEVEN_LANGUAGES):
        yield


@pytest.fixture
def profile(world):
    organisation = world.member_org
    organisation.description = "Wir beraten Frauen aus aller Welt."
    organisation.strengths = "Sprachmittlung in zwölf Sprachen"
    organisation.save()
    return organisation


def test_staff_translate_their_profile_without_a_log_entry(profile, world, as_user):
    url = reverse("networks:organisation_translate", args=[profile.slug, "uk"])
    response = as_user(world.member).post(url, {"description": "Ми консультуємо жінок."})
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.translations["uk"]["description"] == "Ми консультуємо жінок."
    assert not AuditEntry.objects.exists()


def test_a_coordinator_may_not_translate_a_members_profile(profile, world, as_user):
    url = reverse("networks:organisation_translate", args=[profile.slug, "uk"])
    response = as_user(world.coordinator).post(url, {"description": "Ми консультуємо жінок."})
    assert response.status_code == 403
    profile.refresh_from_db()
    assert profile.translations == {}


def test_a_visitor_reads_the_profile_in_ukrainian(profile, world, client):
    services.translate_organisation(
        profile, language="uk", values={"description": "Ми консультуємо жінок."}, by=None
    )
    page = page_in(client, "uk", "networks:organisation", [profile.slug]).content.decode()
    assert '<div class="prose"><p>Ми консультуємо жінок.</p></div>' in page
    assert '<div lang="de" dir="ltr"><p>Sprachmittlung in zwölf Sprachen</p></div>' in page
    assert 'class="only-german' in page


def test_the_overview_shows_each_languages_progress(profile, world, as_user):
    services.translate_organisation(
        profile, language="tr", values={"description": "Kadınlara danışmanlık"}, by=None
    )
    page = as_user(world.member).get(
        reverse("networks:organisation_translations", args=[profile.slug])
    )
    assert page.status_code == 200
    assert "1 of 2 fields" in page.content.decode() or "1 von 2 Feldern" in page.content.decode()
