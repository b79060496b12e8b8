"""Events in several languages: the organiser's editors translate, visitors read."""

import pytest
from django.test import override_settings
from django.urls import reverse

from netzwerkstatt.events import services
from tests.languages import SEVEN_LANGUAGES, page_in

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seven_languages")]


@pytest.fixture
def seven_languages():
    with override_settings(LANGUAGES=SEVEN_LANGUAGES):
        yield


def test_the_organisers_editor_translates_the_event(ew, as_user):
    client = as_user(ew.world.member)
    url = reverse("events:translate", args=[ew.event.pk, "ar"])
    assert client.get(url).status_code == 200
    response = client.post(url, {"title": "مقهى الأفكار", "description": "الجميع مدعوون."})
    assert response.status_code == 302
    ew.event.refresh_from_db()
    assert ew.event.translations["ar"]["title"] == "مقهى الأفكار"
    assert ew.event.updated_by == ew.world.member


def test_a_member_of_another_organisation_may_not_translate(ew, as_user):
    response = as_user(ew.other_member).post(
        reverse("events:translate", args=[ew.event.pk, "ar"]), {"title": "مقهى"}
    )
    assert response.status_code == 403
    ew.event.refresh_from_db()
    assert ew.event.translations == {}


def test_an_arabic_visitor_reads_the_event_with_german_fallback(ew, client):
    services.translate_event(ew.event, language="ar", values={"title": "مقهى الأفكار"}, by=None)
    page = page_in(client, "ar", "events:detail", [ew.event.pk]).content.decode()
    assert '<h1 id="event-title">مقهى الأفكار</h1>' in page
    assert '<div class="prose" lang="de" dir="ltr"><p>Alle sind eingeladen.</p></div>' in page
    assert 'class="only-german' in page
    calendar = page_in(client, "ar", "events:calendar").content.decode()
    assert ">مقهى الأفكار</a>" in calendar


def test_the_month_grid_shows_the_title_in_the_visitors_language(ew, client):
    services.translate_event(ew.event, language="ar", values={"title": "مقهى الأفكار"}, by=None)
    starts = ew.event.dates.first().starts_at
    month = [starts.year, starts.month]
    arabic = page_in(client, "ar", "events:month", month).content.decode()
    assert "<span>مقهى الأفكار</span></a>" in arabic
    # Without a Turkish title the German one stands in, marked as German for screen readers.
    turkish = page_in(client, "tr", "events:month", month).content.decode()
    assert '<span lang="de" dir="ltr">Ideencafé</span></a>' in turkish


def test_an_unknown_language_is_not_found(ew, as_user):
    url = reverse("events:translate", args=[ew.event.pk, "xx"])
    assert as_user(ew.world.member).get(url).status_code == 404
