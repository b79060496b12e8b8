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
    assert "Beide für <bdi>Kinder</bdi>" in content


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
    assert "Das zweite Angebot kann hier nicht verglichen werden" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "a=abc&b=1",
        "a=999999&b=1",
        "a=1",
        "a=1&b=1&a=2",
        "b=" + "9" * 500,
        "a=-1&b=1.5",
        "a=%00&suche_b=%00",
        "suche_a[]=x&suchen=c",
    ],
)
def test_bad_choices_are_form_errors(as_user, world, homework, query):  # noqa: F811
    base = reverse("synergy:explain", args=[world.network.slug])
    response = as_user(world.member).get(f"{base}?{query}")
    assert response.status_code == 200
    assert "Nicht als Parallelangebote gemeldet" not in response.content.decode()


def test_non_numeric_id_says_so_in_german(as_user, world, homework):  # noqa: F811
    base = reverse("synergy:explain", args=[world.network.slug])
    content = as_user(world.member).get(f"{base}?a=abc&b={homework[1].pk}").content.decode()
    assert "Das erste Angebot kann hier nicht verglichen werden" in content


def test_same_offer_twice_is_refused(as_user, world, homework):  # noqa: F811
    first, _second = homework
    content = as_user(world.member).get(url(world, first, first)).content.decode()
    assert "zwei verschiedene Angebote" in content


def test_offers_of_another_network_cannot_be_compared(as_user, world, homework):  # noqa: F811
    stranger = OfferFactory(title="Hausaufgabenhilfe woanders")
    response = as_user(world.member).get(url(world, homework[0], stranger))
    assert "Das zweite Angebot kann hier nicht verglichen werden" in response.content.decode()
    assert "Hausaufgabenhilfe woanders" not in response.content.decode()
    # Nor found by a search.
    base = reverse("synergy:explain", args=[world.network.slug])
    content = as_user(world.member).get(f"{base}?suche_a=woanders").content.decode()
    assert "Hausaufgabenhilfe woanders" not in content
    assert "Kein Angebot zu „woanders“ gefunden." in content


def test_finding_cards_link_to_why(as_user, world, homework):  # noqa: F811
    from netzwerkstatt.synergy import services

    services.refresh_network(world.network)
    content = as_user(world.member).get(reverse("synergy:findings", args=["sis"])).content.decode()
    assert reverse("synergy:explain", args=["sis"]) + "?a=" in content


# The picker: a search per side instead of a list of every offer ----------------------------


def search(client, world, query: str):
    base = reverse("synergy:explain", args=[world.network.slug])
    return client.get(f"{base}?{query}")


def test_search_lists_hits_as_choices_with_organisation(as_user, world, homework):  # noqa: F811
    first, second = homework
    content = search(as_user(world.member), world, "suche_a=hausaufgaben&suchen=a").content.decode()
    assert 'role="status"' in content
    assert "2 Angebote zu „hausaufgaben“ gefunden." in content
    assert f'type="radio" name="a" id="a-{first.pk}" value="{first.pk}"' in content
    assert f'value="{second.pk}"' in content
    assert "Internationale Frauen e.V." in content  # the organisation of each hit
    assert '<label for="id_suche_a">Erstes Angebot suchen</label>' in content
    # Words of the organisation's name find its offers too.
    content = search(as_user(world.member), world, "suche_b=quartier").content.decode()
    assert "1 Angebot zu „quartier“ gefunden." in content
    assert "Hilfe bei den Hausaufgaben" in content


def test_chosen_offer_stays_chosen_while_the_other_side_is_searched(as_user, world, homework):  # noqa: F811
    first, second = homework
    content = search(as_user(world.member), world, f"a={first.pk}&suche_b=hilfe").content.decode()
    assert f'name="a" id="a-{first.pk}" value="{first.pk}" checked' in content
    assert f'name="b" id="b-{second.pk}" value="{second.pk}">' in content


def test_search_shows_at_most_twenty_hits_and_says_so(as_user, world, homework):  # noqa: F811
    for number in range(25):
        OfferFactory(organisation=world.member_org, title=f"Lesecafé {number:02}")
    content = search(as_user(world.member), world, "suche_a=lesecafé").content.decode()
    assert content.count('type="radio" name="a"') == 20
    assert "25 Angebote zu „lesecafé“ gefunden; die ersten 20 werden gezeigt." in content


def test_every_word_must_match(as_user, world, homework):  # noqa: F811
    content = search(as_user(world.member), world, "suche_a=hilfe+quartier").content.decode()
    assert "1 Angebot zu „hilfe quartier“ gefunden." in content


def test_empty_search_asks_for_a_word(as_user, world, homework):  # noqa: F811
    response = search(as_user(world.member), world, "suche_a=++&suche_b=&suchen=a")
    assert response.status_code == 200
    assert "Bitte geben Sie ein Wort aus dem Titel" in response.content.decode()


def test_overlong_search_is_refused_with_a_message(as_user, world, homework):  # noqa: F811
    response = search(as_user(world.member), world, "suche_a=" + "x" * 100_000 + "&suchen=a")
    assert response.status_code == 200
    content = response.content.decode()
    assert "höchstens 100 Zeichen" in content
    assert "Bitte geben Sie ein Wort" not in content  # one message is enough
    assert 'type="radio"' not in content


def test_compare_after_picking_shows_the_explanation_and_keeps_the_hits(as_user, world, homework):  # noqa: F811
    first, second = homework
    query = f"suche_a=hausaufgabenhilfe&a={first.pk}&suche_b=hilfe+bei&b={second.pk}"
    content = search(as_user(world.member), world, query).content.decode()
    assert "Als Parallelangebote gemeldet" in content
    assert f'value="{first.pk}" checked' in content and f'value="{second.pk}" checked' in content


def test_htmx_search_answers_with_the_hits_of_one_side_only(as_user, world, homework):  # noqa: F811
    first, _second = homework
    response = search(as_user(world.member), world, "suche_b=hausaufgaben")
    full = response.content.decode()
    assert 'data-hx-get="/netzwerke/sis/synergien/warum/"' in full
    assert 'data-hx-target="#treffer-b"' in full
    base = reverse("synergy:explain", args=[world.network.slug])
    response = as_user(world.member).get(
        f"{base}?suche_b=hausaufgaben&a={first.pk}",
        headers={"HX-Request": "true", "HX-Target": "treffer-b"},
    )
    partial = response.content.decode()
    assert "<html" not in partial and "Erstes Angebot suchen" not in partial
    assert 'id="anzahl-b" class="muted" role="status" data-hx-swap-oob="innerHTML"' in partial
    assert 'type="radio" name="b"' in partial and 'name="a"' not in partial


def test_search_query_count_does_not_grow_with_the_offers(
    as_user,
    world,
    homework,  # noqa: F811
    django_assert_num_queries,
):
    first, _second = homework
    client = as_user(world.member)
    query = f"suche_a=hilfe&a={first.pk}&suche_b=hilfe"
    search(client, world, query)
    # Session and user, the network and the person's membership (2 checks), the chosen
    # offer, and per side the hits and their count.
    with django_assert_num_queries(QUERIES):
        assert search(client, world, query).status_code == 200
    for number in range(30):
        OfferFactory(organisation=world.member_org, title=f"Hilfe beim Umzug {number}")
    with django_assert_num_queries(QUERIES):
        assert search(client, world, query).status_code == 200


QUERIES = 10


def test_an_offer_in_plain_language_names_the_situation_that_stood_in(as_user, world):
    grief = OfferFactory(
        organisation=world.member_org,
        title="Trauercafé",
        description="Gespräche nach einem Verlust.",
    )
    plain = OfferFactory(
        organisation=world.coordinator_org,
        title="Für Hinterbliebene",
        description="Reden bei einer Tasse Tee über den Menschen, der fehlt.",
    )
    content = as_user(world.member).get(url(world, grief, plain)).content.decode()
    assert "Schildert Lagen, statt die Angebotsart zu nennen" in content
    assert '<q dir="auto">Hinterbliebene</q> (<bdi>Trauerbegleitung</bdi>)' in content
