"""The interface languages: addresses per language, hreflang, the picker, right to left, the
404 of an unknown prefix, e-mails in the recipient's language and dates per language."""

import datetime
import re

import pytest
from django.conf import settings
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format

from netzwerkstatt.core.formatting import weekday_date, weekday_datetime
from netzwerkstatt.core.languages import language_of_path, path_in_language, unprefixed
from netzwerkstatt.core.mail import _links_in_language, send_templated_mail
from netzwerkstatt.core.views import german_page
from netzwerkstatt.events.models import Registration
from netzwerkstatt.networks.models import JoinRequest
from tests.events.conftest import visitor_data
from tests.networks.factories import join_form_data

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def _html(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


# Addresses ------------------------------------------------------------------------------------


def test_the_seven_languages_are_offered_with_german_first():
    assert LANGUAGES == ["de", "en", "ar", "fa", "uk", "ru", "tr"]
    assert settings.LANGUAGE_CODE == "de"


@pytest.mark.parametrize(
    ("path", "language", "german"),
    [
        ("/angebote/", None, "/angebote/"),
        ("/ar/angebote/", "ar", "/angebote/"),
        ("/en/", "en", "/"),
        ("/en", "en", "/"),
        ("/de/angebote/", None, "/de/angebote/"),  # German has no prefix
        ("/xx/angebote/", None, "/xx/angebote/"),
        ("/arbeit/", None, "/arbeit/"),
    ],
)
def test_the_prefix_names_the_language(path, language, german):
    assert language_of_path(path) == language
    assert unprefixed(path) == german


def test_the_same_page_in_another_language():
    assert path_in_language("/angebote/?seite=2", "ar") == "/ar/angebote/?seite=2"
    assert path_in_language("/uk/angebote/3/", "fa") == "/fa/angebote/3/"
    assert path_in_language("/uk/angebote/3/", "de") == "/angebote/3/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_has_an_address_per_language(client, world, language):
    path = path_in_language(reverse("offers:list"), language)
    response = client.get(path)
    page = _html(response)
    direction = "rtl" if language in ("ar", "fa") else "ltr"
    assert f'<html lang="{language}" dir="{direction}">' in page
    assert response["Content-Language"] == language


def test_links_on_a_page_stay_in_its_language(client, world):
    page = _html(client.get("/en/angebote/"))
    assert 'href="/en/organisationen/"' in page
    assert 'href="/organisationen/"' not in page


def test_german_without_prefix_stays_german_whatever_the_browser_asks(client, world):
    response = client.get("/angebote/", headers={"Accept-Language": "ar,en;q=0.8"})
    assert response.status_code == 200
    assert '<html lang="de" dir="ltr">' in response.content.decode()
    assert "Accept-Language" not in response.get("Vary", "")


def test_machine_addresses_have_no_language_prefix(client, world):
    for path in ("/robots.txt", "/sitemap.xml", "/healthz", "/hsds/"):
        assert client.get(path).status_code == 200, path
    for path in ("/en/robots.txt", "/ar/sitemap.xml", "/en/healthz", "/en/hsds/", "/en/api/"):
        assert client.get(path).status_code == 404, path


def test_robots_txt_keeps_private_pages_out_in_every_language(client):
    lines = client.get("/robots.txt").content.decode().splitlines()
    for prefix in ("", "/en", "/ar", "/tr"):
        assert f"Disallow: {prefix}/konto/" in lines
    assert "Disallow: /en/sprache/" not in lines


def test_the_sitemap_names_each_page_in_every_language(client, world):
    section = client.get("/sitemap-seiten.xml").content.decode()
    assert f"<loc>{settings.SITE_BASE_URL}/ar/angebote/</loc>" in section
    assert f'hreflang="x-default" href="{settings.SITE_BASE_URL}/angebote/"' in section
    assert f'hreflang="uk" href="{settings.SITE_BASE_URL}/uk/angebote/"' in section


def test_a_prefix_adds_no_database_query(client, world, settings):
    settings.PAGE_CACHE_ENABLED = False  # the cost of rendering, not of a cached answer
    client.get("/angebote/")  # warm-up: caches of the first request
    counts = []
    for path in ("/angebote/", "/en/angebote/", "/ar/angebote/"):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1] == counts[2]


# hreflang and the picker ----------------------------------------------------------------------


def test_every_page_names_its_versions_in_every_language(client, world):
    page = _html(client.get("/uk/angebote/"))
    alternates = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', page)
    base = settings.SITE_BASE_URL
    expected = [(code, base + path_in_language("/angebote/", code)) for code in LANGUAGES]
    assert alternates == [*expected, ("x-default", base + "/angebote/")]
    assert f'<link rel="canonical" href="{base}/uk/angebote/">' in page


def test_the_picker_is_links_without_a_form_for_visitors(client, world):
    page = _html(client.get("/angebote/?seite=1"))
    picker = page[page.index('<details class="language-picker">') :]
    picker = picker[: picker.index("</details>")]
    assert "<form" not in picker and "csrfmiddlewaretoken" not in picker
    assert '<a href="/ar/angebote/?seite=1" hreflang="ar" lang="ar" dir="rtl">العربيّة</a>' in picker
    assert 'href="/uk/angebote/?seite=1" hreflang="uk" lang="uk">Українська</a>' in picker
    assert 'href="/angebote/?seite=1" hreflang="de" lang="de" aria-current="true">' in picker


def test_a_logged_in_persons_choice_is_stored_for_their_mails(as_user, world):
    client = as_user(world.member)
    page = _html(client.get("/angebote/"))
    assert f'action="{reverse("choose_language")}"' in page
    response = client.post(reverse("choose_language"), {"language": "ar", "next": "/angebote/"})
    assert response.status_code == 302 and response["Location"] == "/ar/angebote/"
    world.member.refresh_from_db()
    assert world.member.language == "ar"


@pytest.mark.parametrize(
    ("data", "location"),
    [
        ({"language": "xx", "next": "/angebote/"}, "/angebote/"),
        ({"language": "", "next": "/angebote/"}, "/angebote/"),
        ({"language": "tr", "next": "https://evil.example/"}, "/tr/"),
        ({"language": "tr", "next": "//evil.example/"}, "/tr/"),
        ({"language": "tr"}, "/tr/"),
    ],
)
def test_a_bad_language_choice_changes_nothing(as_user, world, data, location):
    client = as_user(world.member)
    response = client.post(reverse("choose_language"), data)
    assert response.status_code == 302 and response["Location"] == location
    world.member.refresh_from_db()
    assert world.member.language == ("tr" if data.get("language") == "tr" else "de")


def test_the_account_language_is_set_on_the_mail_settings_page(as_user, world):
    client = as_user(world.member)
    url = reverse("circulars:settings")
    response = client.post(url, {"digest": "none", "language": "uk"})
    assert response.status_code == 302
    world.member.refresh_from_db()
    assert world.member.language == "uk"
    response = client.post(url, {"digest": "none", "language": "xx"})
    assert response.status_code == 200
    world.member.refresh_from_db()
    assert world.member.language == "uk"


# Unknown prefixes ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/xx/angebote/", "/de/angebote/", "/pt-br/angebote/"])
def test_an_unknown_prefix_is_not_found_and_links_the_german_page(client, world, path):
    response = client.get(path)
    assert response.status_code == 404
    page = response.content.decode()
    assert '<html lang="de" dir="ltr">' in page
    assert 'Meinten Sie die deutsche Seite? <a href="/angebote/"' in page


def test_a_404_without_a_german_page_links_none(client, world):
    page = client.get("/xx/gibt-es-nicht/").content.decode()
    assert "deutsche Seite" not in page
    assert german_page("/angebote/") == ""  # no language-like first segment to drop
    assert german_page("/<script>/angebote/") == ""


# E-mails ---------------------------------------------------------------------------------------


def _templates(settings):
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], "tests/core/templates"]}
    ]


def test_a_mail_is_written_in_the_recipients_language(settings, world):
    _templates(settings)
    world.member.language = "en"
    world.member.save()
    with translation.override("de"):
        send_templated_mail(template="testmail/hello", context={}, to=[world.member.email])
    [message] = mail.outbox
    assert message.subject.startswith("Log in")


def test_several_recipients_get_one_mail_per_language(settings, world):
    _templates(settings)
    world.member.language = "en"
    world.member.save()
    send_templated_mail(
        template="testmail/hello",
        context={},
        to=[world.member.email, world.coordinator.email, "unbekannt@example.org"],
    )
    subjects = {tuple(message.to): message.subject for message in mail.outbox}
    assert subjects[(world.member.email,)].startswith("Log in")
    assert subjects[(world.coordinator.email, "unbekannt@example.org")].startswith("Anmelden")


def test_links_in_a_mail_point_to_the_recipients_language(settings):
    base = settings.SITE_BASE_URL
    context = {
        "path": "/angebote/3/",
        "english": "/en/angebote/3/?seite=2",
        "absolute": base + "/en/organisationen/",
        "not_ours": "/gibt-es-nicht/",
        "text": "Kinder",
    }
    assert _links_in_language(context, "ar") == {
        "path": "/ar/angebote/3/",
        "english": "/ar/angebote/3/?seite=2",
        "absolute": base + "/ar/organisationen/",
        "not_ours": "/gibt-es-nicht/",
        "text": "Kinder",
    }


def test_a_password_reset_mail_follows_the_accounts_language(client, world):
    world.member.language = "en"
    world.member.set_password("altes-passwort-123")
    world.member.save()
    client.post(reverse("accounts:password_reset"), {"email": world.member.email})
    [message] = mail.outbox
    assert "/en/konto/passwort-setzen/" in message.body
    assert "Hello," in message.body


def test_a_visitors_join_request_keeps_the_language_of_the_form(client, world):
    with translation.override("ar"):
        url = reverse("networks:join", args=[world.network.slug])
    assert url.startswith("/ar/")
    response = client.post(url, join_form_data())
    assert response.status_code == 302
    assert JoinRequest.objects.get().language == "ar"


def test_a_visitors_registration_mail_uses_the_page_language(
    client, world, settings, django_capture_on_commit_callbacks
):
    from tests.events.factories import EventFactory

    settings.PUBLIC_FORM_MIN_SECONDS = 0
    event = EventFactory(network=world.network, organiser=world.member_org)
    with translation.override("en"):
        url = reverse("events:register", args=[event.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url, visitor_data(name="Olena", email="olena@example.org", people="1")
        )
    assert response.status_code == 302
    assert Registration.objects.get().language == "en"
    [message] = mail.outbox
    assert f"{settings.SITE_BASE_URL}/en/veranstaltungen/{event.pk}/" in message.body


# Dates ----------------------------------------------------------------------------------------

A_TUESDAY = datetime.date(2026, 12, 8)


@pytest.mark.parametrize(
    ("language", "date", "weekday"),
    [
        ("de", "8. Dezember 2026", "Di., 8. Dezember 2026"),
        ("en", "December 8, 2026", "Tue, December 8, 2026"),
        ("uk", "8 грудня 2026", "Вт, 8 грудня 2026"),
        ("tr", "8 Aralık 2026", "8 Aralık 2026, Sal"),
    ],
)
def test_dates_follow_the_language(language, date, weekday):
    with translation.override(language):
        assert date_format(A_TUESDAY, "DATE_FORMAT") == date
        assert weekday_date(A_TUESDAY) == weekday


def test_a_date_with_weekday_and_time():
    moment = datetime.datetime(2026, 12, 8, 16, 0)
    with translation.override("de"):
        assert weekday_datetime(moment) == "Dienstag, 8. Dezember 2026, 16:00"
    with translation.override("en"):
        assert weekday_datetime(moment) == "Tuesday, December 8, 2026, 16:00"
