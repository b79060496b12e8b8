"""Public needs ("Wir suchen …") and offers of help: who sees what, what visitors may send, and
what the coordinators make of it."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from netzwerkstatt.networks.models import JoinRequest, JoinRequestSource
from netzwerkstatt.offers import services
from netzwerkstatt.offers.models import HelpOffer, HelpOfferStatus, NeedStatus
from tests.factories import HelpOfferFactory, NeedFactory
from tests.networks.factories import started_seconds_ago

pytestmark = pytest.mark.django_db

PUBLIC_TEXT = "Wir suchen einen Raum für 15 Personen an zwei Nachmittagen."


@pytest.fixture
def need(world):
    return NeedFactory(
        network=world.network,
        title="Räume für Gruppen",
        description="Intern: Frau M. vom Hausmeisterdienst fragen, Schlüssel bei Herrn K.",
    )


@pytest.fixture
def public_need(need, world):
    return services.publish_need(need, public_description=PUBLIC_TEXT, by=world.coordinator)


def help_data(**overrides):
    data = {
        "name": "Paul Paten",
        "email": "Paul@Example.org",
        "phone": "",
        "organisation_name": "",
        "message": "Ich kann dienstags den Raum im Gemeindehaus aufschließen.",
        "consent": "on",
        "fax": "",
        "started": started_seconds_ago(60),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def offer_help(client, need, **overrides):
    return client.post(reverse("offers:public_need_detail", args=[need.pk]), help_data(**overrides))


# Publishing ----------------------------------------------------------------------------------


def test_a_need_is_private_until_a_coordinator_publishes_it(client, need, world):
    assert client.get(reverse("offers:public_need_detail", args=[need.pk])).status_code == 404
    listing = client.get(reverse("offers:public_need_list", args=["sis"]))
    assert need.title not in listing.content.decode()

    services.publish_need(need, public_description=PUBLIC_TEXT, by=world.coordinator)

    page = client.get(reverse("offers:public_need_detail", args=[need.pk])).content.decode()
    assert PUBLIC_TEXT in page
    # The internal description and who raised it never reach the public page.
    assert "Hausmeisterdienst" not in page
    network_page = client.get(reverse("networks:detail", args=["sis"])).content.decode()
    assert "Wir suchen" in network_page and need.title in network_page


def test_publishing_needs_words_for_the_public_and_an_unmet_need(need, world):
    with pytest.raises(ValidationError):
        services.publish_need(need, public_description="   ", by=world.coordinator)
    need.status = NeedStatus.MET
    need.save()
    with pytest.raises(ValidationError):
        services.publish_need(need, public_description=PUBLIC_TEXT, by=world.coordinator)
    need.refresh_from_db()
    assert not need.is_public


def test_a_met_need_leaves_the_public_pages(client, public_need):
    public_need.status = NeedStatus.MET
    public_need.save()
    url = reverse("offers:public_need_detail", args=[public_need.pk])
    assert client.get(url).status_code == 404
    assert offer_help(client, public_need).status_code == 404
    assert not HelpOffer.objects.exists()


def test_the_coordinator_publishes_and_unpublishes_in_the_browser_form(as_user, need, world):
    client = as_user(world.coordinator)
    detail = client.get(reverse("offers:need_detail", args=[need.pk])).content.decode()
    assert "Öffentlich zeigen" in detail
    url = reverse("offers:need_publish", args=[need.pk])

    response = client.post(url, {"public_description": ""})
    assert response.status_code == 400
    assert "Bitte schreiben Sie, was Besucher:innen lesen sollen" in response.content.decode()
    need.refresh_from_db()
    assert not need.is_public

    assert client.post(url, {"public_description": PUBLIC_TEXT}).status_code == 302
    need.refresh_from_db()
    assert need.is_public and need.public_description == PUBLIC_TEXT
    assert need.published_at is not None

    assert client.post(url, {"action": "unpublish"}).status_code == 302
    need.refresh_from_db()
    assert not need.is_public


def test_a_member_sees_no_publish_form(as_user, need, world):
    detail = as_user(world.member).get(reverse("offers:need_detail", args=[need.pk]))
    assert "Öffentlich zeigen" not in detail.content.decode()


# Offering help ---------------------------------------------------------------------------------


def test_a_visitor_offers_help_and_the_coordination_is_told(
    client, public_need, world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = offer_help(client, public_need)

    assert response.status_code == 302
    assert response["Location"] == reverse("offers:help_offer_thanks", args=[public_need.pk])
    help_offer = HelpOffer.objects.get()
    assert (help_offer.name, help_offer.email) == ("Paul Paten", "paul@example.org")
    assert help_offer.status == HelpOfferStatus.NEW and help_offer.consent_at is not None
    assert [message.to for message in mail.outbox] == [[world.coordinator.email]]
    assert "Räume für Gruppen" in mail.outbox[0].subject
    # Nothing of it is public.
    page = client.get(reverse("offers:public_need_detail", args=[public_need.pk]))
    assert "Paul Paten" not in page.content.decode()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"message": "https://spam.example/kaufen"}, "ein Link allein genügt nicht"),
        ({"message": "www.a.example www.b.example"}, "ein Link allein genügt nicht"),
        (
            {"message": "Hilfe hier: https://a.example https://b.example https://c.example"},
            "zu viele Links",
        ),
        ({"message": "   "}, "Bitte schreiben Sie, wie Sie helfen möchten."),
        ({"message": "x" * 2001}, "höchstens"),
        ({"consent": None}, "Bitte stimmen Sie den Datenschutzhinweisen zu"),
        ({"email": "keine-adresse"}, "E-Mail-Adresse"),
        ({"name": "   "}, "Dieses Feld ist zwingend erforderlich."),
        ({"started": "gefälscht"}, "Das Formular konnte nicht geprüft werden"),
    ],
)
def test_bad_offers_of_help_are_refused_with_a_message(client, public_need, overrides, message):
    response = offer_help(client, public_need, **overrides)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not HelpOffer.objects.exists()


def test_a_form_sent_within_a_second_is_refused(client, public_need):
    response = offer_help(client, public_need, started=started_seconds_ago(0))
    assert "Das ging sehr schnell" in response.content.decode()
    assert not HelpOffer.objects.exists()


def test_a_bot_filling_the_hidden_field_sees_thanks_and_nothing_is_stored(client, public_need):
    response = offer_help(client, public_need, fax="Kaufen Sie jetzt")
    assert response.status_code == 302
    assert not HelpOffer.objects.exists()


def test_one_connection_sends_three_offers_an_hour(client, public_need):
    for _ in range(services.HELP_OFFERS_PER_ADDRESS_PER_HOUR):
        assert offer_help(client, public_need).status_code == 302
    response = offer_help(client, public_need)
    assert "zu viele Hilfsangebote" in response.content.decode()
    assert HelpOffer.objects.count() == services.HELP_OFFERS_PER_ADDRESS_PER_HOUR


def test_the_service_refuses_a_need_that_is_not_public(need):
    with pytest.raises(ValidationError):
        services.submit_help_offer(
            need, name="A", email="a@example.org", message="Ich helfe gerne mit.", consent=True
        )
    assert not HelpOffer.objects.exists()


# The coordinators' queue ---------------------------------------------------------------------


def test_the_queue_shows_new_offers_to_coordinators_only(as_user, world):
    help_offer = HelpOfferFactory(need__network=world.network, name="Hanna Hilfreich")
    url = reverse("offers:help_offer_list", args=["sis"])
    page = as_user(world.coordinator).get(url).content.decode()
    assert "Hanna Hilfreich" in page and help_offer.email in page
    assert as_user(world.member).get(url).status_code == 403
    # The coordinator of another network does not see this network's queue.
    assert as_user(world.outsider).get(url).status_code == 403


@pytest.mark.parametrize(
    ("action", "status"),
    [
        ("kontakt", HelpOfferStatus.CONTACTED),
        ("notiz", HelpOfferStatus.NOTED),
        ("verwerfen", HelpOfferStatus.DISMISSED),
    ],
)
def test_the_coordinator_records_what_became_of_an_offer(as_user, world, action, status):
    help_offer = HelpOfferFactory(need__network=world.network)
    url = reverse("offers:help_offer_handle", args=[help_offer.pk, action])
    assert as_user(world.coordinator).post(url).status_code == 302
    help_offer.refresh_from_db()
    assert help_offer.status == status
    assert help_offer.handled_by == world.coordinator and help_offer.handled_at is not None


def test_an_offer_becomes_a_join_request_once(as_user, world):
    help_offer = HelpOfferFactory(
        need__network=world.network, organisation_name="Kleingartenverein", name="Jonas"
    )
    client = as_user(world.coordinator)
    url = reverse("offers:help_offer_handle", args=[help_offer.pk, "beitrittsanfrage"])

    response = client.post(url)
    join_request = JoinRequest.objects.get()
    assert response["Location"] == join_request.get_absolute_url()
    assert join_request.source == JoinRequestSource.HELP_OFFER
    assert join_request.organisation_name == "Kleingartenverein"
    assert join_request.contact_name == "Jonas" and join_request.consent_at is not None
    assert help_offer.need.title in join_request.message

    # A second click finds it handled and changes nothing.
    client.post(url)
    assert JoinRequest.objects.count() == 1
    help_offer.refresh_from_db()
    assert help_offer.status == HelpOfferStatus.JOIN_REQUEST


def test_an_unknown_action_is_not_found(as_user, world):
    help_offer = HelpOfferFactory(need__network=world.network)
    url = reverse("offers:help_offer_handle", args=[help_offer.pk, "loeschen"])
    assert as_user(world.coordinator).post(url).status_code == 404
    help_offer.refresh_from_db()
    assert help_offer.status == HelpOfferStatus.NEW


def test_members_see_offers_kept_as_notes_without_contact_details(as_user, world):
    noted = HelpOfferFactory(
        need__network=world.network, status=HelpOfferStatus.NOTED, name="Notierte Helferin"
    )
    HelpOfferFactory(need=noted.need, name="Wartender Helfer")
    url = reverse("offers:need_detail", args=[noted.need.pk])

    member_page = as_user(world.member).get(url).content.decode()
    assert "Notierte Helferin" in member_page and noted.message in member_page
    assert noted.email not in member_page and "Wartender Helfer" not in member_page

    coordinator_page = as_user(world.coordinator).get(url).content.decode()
    assert "Wartender Helfer" in coordinator_page


def test_the_coordination_erases_a_visitors_offers_of_help_in_its_network_only(world):
    from netzwerkstatt.privacy.services import erase_visitor_data

    own = HelpOfferFactory(need__network=world.network, email="gast@example.org")
    elsewhere = HelpOfferFactory(need__network=world.other_network, email="gast@example.org")

    erasure = erase_visitor_data(world.network, email="Gast@Example.org", by=world.coordinator)

    assert erasure.help_offers == 1
    assert not HelpOffer.objects.filter(pk=own.pk).exists()
    assert HelpOffer.objects.filter(pk=elsewhere.pk).exists()
