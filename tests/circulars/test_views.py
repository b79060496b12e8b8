"""The circular pages, e-mail settings and unsubscribe links, per relationship."""

import uuid

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from netzwerkstatt.accounts.models import User
from netzwerkstatt.circulars import services
from netzwerkstatt.circulars.models import Circular, CircularDelivery, MailPreference
from netzwerkstatt.networks.models import Membership, MembershipRole, Staff
from tests.factories import MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def compose_url(world):
    return reverse("circulars:compose", args=[world.network.slug])


def form(action="send", **changes):
    return {
        "subject": "Einladung zum Sommerfest",
        "body": "Liebe Mitglieder,\n\nwir laden Sie ein.",
        "role": "",
        "form_key": str(uuid.uuid4()),
        "action": action,
        **changes,
    }


def test_the_coordinator_previews_then_sends(world, as_user, django_capture_on_commit_callbacks):
    client = as_user(world.coordinator)
    assert client.get(compose_url(world)).status_code == 200
    data = form(action="preview")
    response = client.post(compose_url(world), data)
    assert response.status_code == 200
    assert "An 2 Personen in 2 Organisationen" in response.content.decode()
    assert not Circular.objects.exists()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(compose_url(world), {**data, "action": "send"})
    circular = Circular.objects.get()
    assert response.status_code == 302
    assert response.url == circular.get_absolute_url()
    assert len(mail.outbox) == 2
    # Sent twice (a reload, a double click): nothing new.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(compose_url(world), {**data, "action": "send"})
    assert Circular.objects.count() == 1
    assert len(mail.outbox) == 2

    page = client.get(circular.get_absolute_url()).content.decode()
    assert "2 versendet" in page
    assert world.member.email in page


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"subject": ""}, "Bitte geben Sie einen Betreff ein."),
        ({"body": "  "}, "Bitte schreiben Sie den Text des Rundschreibens."),
        ({"organisations": ["999999"]}, "Bitte eine gültige Auswahl treffen."),
    ],
)
def test_bad_input_is_explained_in_german(world, as_user, changes, message):
    response = as_user(world.coordinator).post(compose_url(world), form(**changes))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Circular.objects.exists()


def test_no_recipients_is_explained(world, as_user):
    MailPreference.objects.create(user=world.member, circulars=False)
    data = form(organisations=[str(world.member_org.pk)])
    response = as_user(world.coordinator).post(compose_url(world), data)
    assert "Niemand würde dieses Rundschreiben erhalten" in response.content.decode()
    assert not Circular.objects.exists()
    preview = as_user(world.coordinator).post(compose_url(world), {**data, "action": "preview"})
    text = preview.content.decode()
    assert "1 Person hat Rundschreiben abbestellt" in text
    assert "Rundschreiben senden" not in text


def test_another_networks_organisation_cannot_be_chosen(world, as_user):
    data = form(organisations=[str(world.outside_org.pk)])
    response = as_user(world.coordinator).post(compose_url(world), data)
    assert response.status_code == 200
    assert not Circular.objects.exists()


@pytest.mark.parametrize("who", ["member", "outsider"])
def test_only_coordinators_compose(world, as_user, who):
    client = as_user(getattr(world, who))
    assert client.get(compose_url(world)).status_code == 403
    assert client.post(compose_url(world), form()).status_code == 403
    assert not Circular.objects.exists()


@pytest.fixture
def circular(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return services.send_circular(
            world.network,
            by=world.coordinator,
            subject="Protokoll und Termine",
            body="Hallo zusammen",
            audience=services.selectors.Audience(),
            audience_label="alle",
            form_key=uuid.uuid4(),
        )


def test_members_read_the_archive_but_not_the_deliveries(world, as_user, circular):
    client = as_user(world.member)
    listing = client.get(reverse("circulars:list", args=[world.network.slug]))
    assert "Protokoll und Termine" in listing.content.decode()
    page = client.get(circular.get_absolute_url()).content.decode()
    assert "Hallo zusammen" in page
    assert world.coordinator.email not in page
    assert "Zustellung" not in page


def test_a_coordinator_of_another_network_sharing_members_sees_nothing(world, as_user, circular):
    # The other network's coordinator's organisation is also a member here? No: it shares
    # the member organisation, and its own person works there too.
    MembershipFactory(network=world.other_network, organisation=world.member_org)
    client = as_user(world.outsider)
    assert client.get(reverse("circulars:list", args=[world.network.slug])).status_code == 403
    assert client.get(circular.get_absolute_url()).status_code == 403
    # Reached through the other network's address: not found there.
    other = reverse("circulars:detail", args=[world.other_network.slug, circular.pk])
    assert client.get(other).status_code == 404


def test_anonymous_visitors_are_sent_to_the_login(world, client, circular):
    response = client.get(circular.get_absolute_url())
    assert response.status_code == 302
    assert "/konto/anmelden/" in response.url


def test_a_person_chooses_the_weekly_digest(world, as_user):
    client = as_user(world.member)
    url = reverse("circulars:settings")
    page = client.get(url).content.decode()
    assert "Einmal pro Woche" in page
    response = client.post(url, {"digest": "weekly", "circulars": "on", "language": "de"})
    assert response.status_code == 302
    preference = MailPreference.objects.get(user=world.member)
    assert (preference.digest, preference.circulars) == ("weekly", True)
    response = client.post(url, {"digest": "monthly", "language": "xx"})
    assert response.status_code == 200
    assert MailPreference.objects.get(user=world.member).digest == "weekly"


def test_unsubscribe_get_changes_nothing_and_post_does(world, client):
    token = services.unsubscribe_token(world.member, "circulars")
    url = reverse("circulars:unsubscribe", args=[token])
    page = client.get(url)
    assert page.status_code == 200
    assert "Rundschreiben abbestellen" in page.content.decode()
    assert not MailPreference.objects.exists()
    # The one-click POST of RFC 8058 comes without cookies or CSRF token.
    mail_program = Client(enforce_csrf_checks=True)
    response = mail_program.post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert MailPreference.objects.get(user=world.member).circulars is False


def test_a_broken_unsubscribe_link_explains_itself(world, client):
    response = client.get(reverse("circulars:unsubscribe", args=["kaputt"]))
    assert response.status_code == 404
    assert "Dieser Abmeldelink ist ungültig" in response.content.decode()
    assert client.post(reverse("circulars:unsubscribe", args=["kaputt"])).status_code == 404
    assert not MailPreference.objects.exists()


def test_the_network_page_and_my_area_link_the_circulars(world, as_user, circular):
    client = as_user(world.member)
    page = client.get(world.network.get_absolute_url()).content.decode()
    assert "Protokoll und Termine" in page
    assert reverse("circulars:list", args=[world.network.slug]) in page
    dashboard = client.get(reverse("accounts:dashboard")).content.decode()
    assert reverse("circulars:settings") in dashboard
    anonymous = Client().get(world.network.get_absolute_url()).content.decode()
    assert "Protokoll und Termine" not in anonymous


# --- many recipients ------------------------------------------------------------------------


def _members(world, count):
    """`count` member organisations with one person each, written in bulk."""
    organisations = OrganisationFactory._meta.model.objects.bulk_create(
        OrganisationFactory.build(slug=f"org-{index}", name=f"Träger {index}")
        for index in range(count)
    )
    Membership.objects.bulk_create(
        Membership(network=world.network, organisation=o, role=MembershipRole.MEMBER)
        for o in organisations
    )
    users = User.objects.bulk_create(
        User(email=f"kontakt{index}@example.org", username=f"kontakt{index}@example.org")
        for index in range(count)
    )
    Staff.objects.bulk_create(
        Staff(user=user, organisation=o) for user, o in zip(users, organisations, strict=True)
    )


@pytest.mark.parametrize("count", [10, 10_000])
def test_sending_to_thousands_costs_the_same_queries_as_to_ten(
    world, as_user, count, django_assert_num_queries, django_capture_on_commit_callbacks
):
    _members(world, count)
    client = as_user(world.coordinator)
    data = form()
    # Session and user, the coordinator check, the form's choices, the form key, the
    # circular, its deliveries in one INSERT … SELECT and their count: 11 for any number.
    with django_capture_on_commit_callbacks() as callbacks, django_assert_num_queries(11):
        response = client.post(compose_url(world), data)
    assert response.status_code == 302
    assert CircularDelivery.objects.count() == count + 2
    assert len(callbacks) == 1


def test_my_data_lists_the_circulars_sent_to_me(world, as_user, circular):
    MailPreference.objects.create(user=world.member, digest="weekly")
    export = as_user(world.member).get(reverse("accounts:my_data_export")).json()
    mail_data = export["data"]["mail"]
    [delivery] = mail_data["circular_deliveries"]
    assert delivery["circular__subject"] == "Protokoll und Termine"
    assert delivery["email"] == world.member.email
    assert mail_data["mail_settings"][0]["digest"] == "weekly"


def test_the_preview_warns_of_addresses_that_bounced_before(world, as_user, circular):
    services.mark_bounced([world.member.email])
    preview = as_user(world.coordinator).post(compose_url(world), form(action="preview"))
    text = preview.content.decode()
    assert "1 Adresse davon kam bei einem früheren Rundschreiben als unzustellbar zurück" in text
    assert "An 2 Personen in 2 Organisationen" in text
