"""The public offers directory and offer pages."""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation

from netzwerkstatt.offers.models import OfferStatus
from tests.factories import (
    DistrictFactory,
    LanguageFactory,
    OfferFactory,
    OrganisationFactory,
    TargetGroupFactory,
    TopicFactory,
    WeeklySlotFactory,
)

pytestmark = pytest.mark.django_db


def titles(response) -> set[str]:
    return {offer.title for offer in response.context["page"]}


@pytest.fixture
def directory(world):
    jugend = TargetGroupFactory(slug="jugendliche", name="Jugendliche")
    kinder = TargetGroupFactory(slug="kinder", name="Kinder")
    sprache = TopicFactory(slug="sprache", name="Sprache")
    arabisch = LanguageFactory(slug="ar", name="Arabisch")
    deutsch = LanguageFactory(slug="de", name="Deutsch")
    mockau = DistrictFactory(slug="mockau", name="Mockau")
    youth = OfferFactory(
        organisation=world.member_org,
        title="Jugendtreff am Dienstag",
        target_groups=[jugend],
        languages=[arabisch, deutsch],
        age_min=12,
        age_max=18,
    )
    WeeklySlotFactory(offer=youth, weekday=1)
    course = OfferFactory(
        organisation=world.coordinator_org,
        title="Deutschkurs",
        target_groups=[jugend],
        topics=[sprache],
        languages=[deutsch],
        is_free=False,
        cost_note="5 € pro Termin",
        district=mockau,
    )
    WeeklySlotFactory(
        offer=course, weekday=3, start_time=datetime.time(10), end_time=datetime.time(12)
    )
    OfferFactory(
        organisation=world.member_org, title="Spielplatzfest", target_groups=[kinder], age_max=10
    )
    OfferFactory(
        organisation=world.member_org, title="Pausiertes Angebot", status=OfferStatus.PAUSED
    )
    OfferFactory(organisation=OrganisationFactory(), title="Angebot ohne Netzwerk")
    return world


def test_directory_shows_active_offers_of_members_only(client, directory):
    response = client.get(reverse("offers:list"))
    assert response.status_code == 200
    assert titles(response) == {"Jugendtreff am Dienstag", "Deutschkurs", "Spielplatzfest"}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"zielgruppe": "jugendliche"}, {"Jugendtreff am Dienstag", "Deutschkurs"}),
        (
            {"zielgruppe": ["kinder", "jugendliche"]},
            {"Jugendtreff am Dienstag", "Deutschkurs", "Spielplatzfest"},
        ),
        ({"thema": "sprache"}, {"Deutschkurs"}),
        ({"sprache": "ar"}, {"Jugendtreff am Dienstag"}),
        ({"tag": "1"}, {"Jugendtreff am Dienstag"}),
        ({"tag": ["1", "3"]}, {"Jugendtreff am Dienstag", "Deutschkurs"}),
        ({"kostenlos": "on"}, {"Jugendtreff am Dienstag", "Spielplatzfest"}),
        ({"alter": "8"}, {"Deutschkurs", "Spielplatzfest"}),
        ({"alter": "15"}, {"Jugendtreff am Dienstag", "Deutschkurs"}),
        ({"stadtteil": "mockau"}, {"Deutschkurs"}),
        ({"q": "Jugendliche", "tag": "1", "kostenlos": "on"}, {"Jugendtreff am Dienstag"}),
        ({"netzwerk": "anderes-netz"}, set()),
    ],
)
def test_directory_filters(client, directory, params, expected):
    assert titles(client.get(reverse("offers:list"), params)) == expected


@pytest.mark.parametrize(
    "params",
    [
        {"alter": "-3"},
        {"alter": "abc"},
        {"tag": "9"},
        {"zielgruppe": "gibt-es-nicht"},
        {"seite": "x"},
        {"seite": "999"},
        {"q": "x" * 500},
    ],
)
def test_bad_filter_values_are_ignored_with_a_hint(client, directory, params):
    response = client.get(reverse("offers:list"), params)
    assert response.status_code == 200


@pytest.mark.parametrize(
    "page", ["x", "0", "-1", "1e9", "999", "9" * 30, "1" * 1000, ""], ids=lambda page: page[:12]
)
def test_a_page_number_past_the_end_or_not_a_number_shows_a_page_of_offers(client, directory, page):
    response = client.get(reverse("offers:list"), {"seite": page})
    assert response.status_code == 200
    assert response.context["page"].number == 1
    assert titles(response) == {"Jugendtreff am Dienstag", "Deutschkurs", "Spielplatzfest"}


@pytest.mark.parametrize(
    "params",
    [
        {"zielgruppe": "gibt-es-nicht"},
        {"thema": "gibt-es-nicht", "sprache": "xx"},
        {"stadtteil": "nirgendwo", "netzwerk": "keins"},
        {"tag": ["9", "x"]},
        {"alter": "9" * 40},
        {"near": "1e400,5"},
        {"q": "Hausaufgaben " * 7700},  # about 100,000 characters
    ],
    ids=["target-group", "topic-language", "district-network", "weekday", "age", "near", "q"],
)
def test_values_that_do_not_exist_are_ignored_and_named(client, directory, params):
    response = client.get(reverse("offers:list"), params)
    assert response.status_code == 200
    assert titles(response) == {"Jugendtreff am Dienstag", "Deutschkurs", "Spielplatzfest"}
    assert "ungültige Werte" in response.content.decode()


def test_filter_panel_follows_renamed_terms_and_the_chosen_values(client, directory):
    from netzwerkstatt.core.models import TargetGroup

    url = reverse("offers:list")
    client.get(url)
    TargetGroup.objects.filter(slug="kinder").update(name="Kinder im Grundschulalter")
    content = client.get(url).content.decode()
    assert "Kinder im Grundschulalter" in content

    def kinder_checkbox(page: str) -> str:
        return page.split('value="kinder"')[1].split(">")[0]

    assert "checked" not in kinder_checkbox(content)
    assert "checked" in kinder_checkbox(client.get(url, {"zielgruppe": "kinder"}).content.decode())
    assert "checked" not in kinder_checkbox(client.get(url).content.decode())
    TargetGroup.objects.filter(slug="kinder").update(translations={"uk": "Діти"})
    assert "Діти" in client.get("/uk" + url).content.decode()


def test_htmx_request_gets_only_the_results(client, directory):
    response = client.get(
        reverse("offers:list"), {"q": "Deutschkurs"}, headers={"HX-Request": "true"}
    )
    content = response.content.decode()
    assert "<html" not in content
    assert "Deutschkurs" in content


def test_offer_page_shows_everything_a_visitor_needs(client, directory):
    offer = directory.member_org.offers.get(title="Jugendtreff am Dienstag")
    offer.cost_note = ""
    offer.accessibility_note = "Eingang mit Rampe"
    offer.place_name = "Jugendhaus"
    offer.save()
    content = client.get(offer.get_absolute_url()).content.decode()
    for text in [
        "Jugendtreff am Dienstag",
        "Internationale Frauen e.V.",
        "Gorkistraße 120",
        "Jugendhaus",
        "Arabisch",
        "Eingang mit Rampe",
        "15:00",
        "17:00",
        "12",
        "18",
    ]:
        assert text in content


def test_paused_offer_is_hidden_from_the_public_but_not_from_editors(as_user, directory):
    offer = directory.member_org.offers.get(title="Pausiertes Angebot")
    assert as_user(None).get(offer.get_absolute_url()).status_code == 404
    assert as_user(directory.outsider).get(offer.get_absolute_url()).status_code == 404
    assert as_user(directory.member).get(offer.get_absolute_url()).status_code == 200


def test_unknown_offer_is_404(client, db):
    assert client.get(reverse("offers:detail", args=[424242])).status_code == 404


def test_status_message_follows_the_visitors_language(as_user, world):
    offer = OfferFactory(organisation=world.member_org)
    client = as_user(world.member)
    with translation.override("en"):
        english = reverse("offers:status", args=[offer.pk])
    response = client.post(english, {"status": "paused"}, follow=True)
    assert "The offer is paused" in response.content.decode()
    assert response.redirect_chain[-1][0].startswith("/en/")
    response = client.post(
        reverse("offers:status", args=[offer.pk]), {"status": "active"}, follow=True
    )
    assert "Das Angebot ist wieder aktiv" in response.content.decode()
