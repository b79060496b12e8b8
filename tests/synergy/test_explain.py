""" "Warum?": any two offers side by side with the score taken apart, for the network's people."""

import pytest
from django.urls import reverse

from netzwerkstatt.offers.models import OfferStatus
from tests.factories import OfferFactory
from tests.synergy.test_web_refresh import homework  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


def url(world, first=None, second=None):
    base = reverse("synergy:explain", args=[world.network.slug])
    return f"{base}?a={first.pk}&b={second.pk}" if first else base


@pytest.mark.parametrize(
    ("who", "expected"),
    [("anonymous", 302), ("outsider", 403), ("member", 200), ("coordinator", 200)],
)
def test_who_may_compare(as_user, user_for, world, homework, who, expected):  # noqa: F811
    response = as_user(user_for(who)).get(url(world, *homework))
    assert response.status_code == expected


def test_reported_pair_is_taken_apart_with_shared_words_marked(as_user, world, homework):  # noqa: F811
    content = as_user(world.member).get(url(world, *homework)).content.decode()
    assert "Als Parallelangebote gemeldet" in content
    assert "So kommt der Wert zustande" in content
    assert "<mark>Grundschulkinder</mark>" in content and "aufgaben</mark>" in content
    assert "Beide für Kinder" in content


def test_other_people_and_a_look_alike_say_why_not(as_user, world, homework):  # noqa: F811
    first, second = homework
    other = OfferFactory(
        organisation=world.coordinator_org,
        title="Hausaufgabenhilfe für Senior:innen am Computer",
        description="Hilfe am Computer.",
        latitude=first.latitude,
        longitude=first.longitude,
    )
    content = as_user(world.member).get(url(world, first, other)).content.decode()
    assert "Nicht als Parallelangebote gemeldet" in content


def test_paused_offer_is_named_not_crashed(as_user, world, homework):  # noqa: F811
    first, second = homework
    second.status = OfferStatus.PAUSED
    second.save()
    response = as_user(world.member).get(url(world, first, second))
    # A paused offer is not among the choices: the form says so, nothing breaks.
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()


@pytest.mark.parametrize(
    "query", ["a=abc&b=1", "a=999999&b=1", "a=1", "a=1&b=1&a=2", "b=" + "9" * 500]
)
def test_bad_choices_are_form_errors(as_user, world, homework, query):  # noqa: F811
    base = reverse("synergy:explain", args=[world.network.slug])
    response = as_user(world.member).get(f"{base}?{query}")
    assert response.status_code == 200


def test_same_offer_twice_is_refused(as_user, world, homework):  # noqa: F811
    first, _second = homework
    content = as_user(world.member).get(url(world, first, first)).content.decode()
    assert "zwei verschiedene Angebote" in content


def test_offers_of_another_network_cannot_be_compared(as_user, world, homework):  # noqa: F811
    stranger = OfferFactory(title="Hausaufgabenhilfe woanders")
    response = as_user(world.member).get(url(world, homework[0], stranger))
    assert "errorlist" in response.content.decode()
    assert "Hausaufgabenhilfe woanders" not in response.content.decode()


def test_finding_cards_link_to_why(as_user, world, homework):  # noqa: F811
    from netzwerkstatt.synergy import services

    services.refresh_network(world.network)
    content = as_user(world.member).get(reverse("synergy:findings", args=["sis"])).content.decode()
    assert reverse("synergy:explain", args=["sis"]) + "?a=" in content
