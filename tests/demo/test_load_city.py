"""The test city of `load_city`: loads at a small size, repeats for a seed, refuses data."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count

from netzwerkstatt.accounts.models import User
from netzwerkstatt.demo.city import CitySize, load_city
from netzwerkstatt.events.models import Event
from netzwerkstatt.meetings.models import Meeting
from netzwerkstatt.networks.models import Membership, MembershipRole, Network, Organisation
from netzwerkstatt.news.models import Comment, Post
from netzwerkstatt.offers import search
from netzwerkstatt.offers.models import Offer, WeeklySlot

pytestmark = pytest.mark.django_db

SMALL = 200


def _counts() -> dict[str, int]:
    models = [Network, Organisation, Membership, User, Offer, WeeklySlot, Event, Meeting, Post]
    counts = {model.__name__: model.objects.count() for model in models}
    counts["Comment"] = Comment.objects.count()
    return counts


def _first_titles() -> list[str]:
    return list(Offer.objects.order_by("pk").values_list("title", flat=True)[:20])


def test_small_city_has_the_scaled_counts_and_clean_rows():
    call_command("load_city", offers=SMALL, seed=5, no_synergy=True, verbosity=0)
    size = CitySize.for_offers(SMALL)
    assert Offer.objects.count() == SMALL
    assert Organisation.objects.count() == size.organisations
    assert Event.objects.count() == size.events
    assert Meeting.objects.count() == size.meetings
    assert Post.objects.count() == size.posts
    assert Comment.objects.count() == size.comments
    assert Network.objects.count() == 20
    # Every network has a coordinating member; every organisation has staff.
    assert not Network.objects.exclude(memberships__role=MembershipRole.COORDINATOR).exists()
    assert not Organisation.objects.annotate(n=Count("staff")).filter(n=0).exists()
    # Events show only with their organiser's word; all organisers are members of the network.
    assert not Event.objects.filter(organiser_confirmed_at__isnull=True).exists()
    members = set(Membership.objects.values_list("network_id", "organisation_id"))
    assert all(pair in members for pair in Event.objects.values_list("network_id", "organiser_id"))
    # The search finds offers by stem, as for offers written through the services.
    word = search.words(Offer.objects.order_by("pk").first().title)[0]
    assert search.filter_by_text(Offer.objects.all(), word).exists()


def test_same_seed_gives_the_same_city():
    load_city(offers=SMALL, seed=9)
    first = (_counts(), _first_titles(), list(Organisation.objects.values_list("slug", flat=True)))
    for model in (Comment, Post, Meeting, Event, Offer, User, Network, Organisation):
        model.objects.all().delete()
    load_city(offers=SMALL, seed=9)
    second = (_counts(), _first_titles(), list(Organisation.objects.values_list("slug", flat=True)))
    assert first == second


def test_refuses_a_database_with_data_and_writes_nothing():
    call_command("load_city", offers=SMALL, seed=1, no_synergy=True, verbosity=0)
    before = _counts()
    with pytest.raises(CommandError, match="enthält schon Daten"):
        call_command("load_city", offers=SMALL, seed=2, stdout=StringIO(), stderr=StringIO())
    assert _counts() == before


def test_public_pages_of_the_city_answer(client):
    call_command("load_city", offers=SMALL, seed=3, verbosity=0, stdout=StringIO())
    network = Network.objects.order_by("pk").first()
    organisation = Organisation.objects.order_by("pk").first()
    offer = Offer.objects.filter(status="active").order_by("pk").first()
    post = Post.objects.public().order_by("pk").first()
    pages = [
        "/",
        network.get_absolute_url(),
        "/organisationen/",
        organisation.get_absolute_url(),
        "/angebote/",
        "/angebote/?q=Hausaufgaben",
        "/angebote/?zielgruppe=kinder&tag=0",
        "/angebote/?seite=2",
        offer.get_absolute_url(),
        "/veranstaltungen/",
        "/veranstaltungen/monat/",
        post.get_absolute_url(),
        f"/netzwerke/{network.slug}/neuigkeiten/",
    ]
    for url in pages:
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
