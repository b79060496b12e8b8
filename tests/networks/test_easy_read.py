"""Pages in Leichte Sprache: German content under any interface language, linked from every
page, and the coordinators' own easy-read text."""

import pytest
from django.urls import reverse
from django.utils import translation

from netzwerkstatt.networks.models import Network
from netzwerkstatt.networks.services import update_easy_read_text
from tests.factories import NetworkFactory

PAGES = [
    "networks:easy_read",
    "networks:easy_read_offers",
    "networks:easy_read_join",
    "networks:easy_read_privacy",
]


@pytest.mark.django_db
@pytest.mark.parametrize("name", PAGES)
def test_easy_read_pages_are_german_content(client, name):
    NetworkFactory(slug="netz", name="Netz Schönefeld")
    response = client.get(reverse(name))
    assert response.status_code == 200
    content = response.content.decode()
    assert '<article class="easy-read" lang="de">' in content
    assert "Netz·werk" in content


@pytest.mark.django_db
def test_every_page_links_to_easy_read(client):
    response = client.get(reverse("offers:list"))
    assert f'href="{reverse("networks:easy_read")}"' in response.content.decode()


@pytest.mark.django_db
def test_english_interface_keeps_the_german_text(client):
    NetworkFactory()
    with translation.override("en"):
        url = reverse("networks:easy_read_offers")
    assert url.startswith("/en/")
    content = client.get(url).content.decode()
    assert '<html lang="en"' in content
    assert "More pages in easy-read German" in content
    assert "Schritt 1: Die Liste öffnen" in content


@pytest.mark.django_db
def test_network_page_is_generated_from_its_data(client):
    network = NetworkFactory(founded_year=2019)
    response = client.get(reverse("networks:easy_read_network", args=[network.slug]))
    content = response.content.decode()
    assert f"Das Netz·werk {network.name}" in content
    assert "seit dem Jahr 2019" in content
    assert "Im Netz·werk sind noch keine Organisationen." in content
    # The network page links to its easy-read page.
    detail = client.get(network.get_absolute_url()).content.decode()
    assert reverse("networks:easy_read_network", args=[network.slug]) in detail


@pytest.mark.django_db
def test_own_text_is_shown_as_text_never_as_markup(client, django_user_model):
    network = NetworkFactory()
    user = django_user_model.objects.create_user(email="k@example.org", password="x")
    update_easy_read_text(network, text="Wir sind viele.\r\n\r\n<script>alert(1)</script>", by=user)
    network.refresh_from_db()
    assert network.easy_read_text == "Wir sind viele.\n\n<script>alert(1)</script>"
    content = client.get(reverse("networks:easy_read_network", args=[network.slug])).content
    assert b"<p>Wir sind viele.</p>" in content
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in content
    assert b"<script>alert(1)" not in content


@pytest.mark.django_db
def test_coordinator_saves_text_and_too_long_text_changes_nothing(world, as_user):
    client = as_user(world.coordinator)
    url = reverse("networks:easy_read_network_edit", args=[world.network.slug])
    assert client.get(url).status_code == 200
    response = client.post(url, {"easy_read_text": "Wir helfen."})
    assert response.status_code == 302
    assert Network.objects.get(pk=world.network.pk).easy_read_text == "Wir helfen."
    response = client.post(url, {"easy_read_text": "a" * 5000})
    assert response.status_code == 200
    assert "höchstens" in response.content.decode()
    assert Network.objects.get(pk=world.network.pk).easy_read_text == "Wir helfen."


@pytest.mark.django_db
def test_coordinator_of_another_network_may_not_edit(world, as_user):
    url = reverse("networks:easy_read_network_edit", args=[world.network.slug])
    assert as_user(world.outsider).get(url).status_code == 403
    assert as_user(world.member).post(url, {"easy_read_text": "x"}).status_code == 403
    assert Network.objects.get(pk=world.network.pk).easy_read_text == ""
