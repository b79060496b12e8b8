"""The public "Mitglied werden" form, the privacy notice and the coordinators' request pages."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from netzwerkstatt.accounts.models import User
from netzwerkstatt.networks.models import (
    JoinRequest,
    JoinRequestStatus,
    Membership,
    MembershipStatus,
    Organisation,
)
from tests.factories import OrganisationFactory
from tests.networks.factories import JoinRequestFactory, join_form_data, started_seconds_ago

pytestmark = pytest.mark.django_db


def join_url(world):
    return reverse("networks:join", args=[world.network.slug])


def test_the_network_page_links_to_the_join_form(client, world):
    response = client.get(reverse("networks:detail", args=[world.network.slug]))
    assert join_url(world) in response.content.decode()


def test_the_join_form_asks_for_everything_and_links_the_privacy_notice(client, world):
    response = client.get(join_url(world))
    html = response.content.decode()
    assert response.status_code == 200
    for label in ["Name Ihrer Organisation", "Website", "Ansprechperson", "E-Mail-Adresse"]:
        assert label in html
    assert reverse("networks:privacy") in html
    assert 'name="fax"' in html and 'name="started"' in html


def test_the_privacy_notice_is_linked_from_every_page_footer(client, world):
    response = client.get(reverse("networks:privacy"))
    assert response.status_code == 200
    assert "Datenschutzhinweise" in response.content.decode()
    home = client.get(reverse("networks:organisation_list")).content.decode()
    assert reverse("networks:privacy") in home


def test_a_visitor_sends_a_join_request(client, world):
    response = client.post(join_url(world), join_form_data())
    assert response.status_code == 302
    assert response.url == reverse("networks:join_request_thanks", args=[world.network.slug])
    join_request = JoinRequest.objects.get()
    assert join_request.network == world.network
    assert join_request.organisation_name == "DAA Leipzig"
    assert join_request.consent_at is not None
    thanks = client.get(response.url).content.decode()
    assert "Vielen Dank" in thanks


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"email": "petra(at)daa"}, "gültige E-Mail-Adresse"),
        ({"consent": None}, "Bitte stimmen Sie den Datenschutzhinweisen zu"),
        ({"organisation_name": "   "}, "Dieses Feld ist zwingend erforderlich."),
        ({"contact_name": ""}, "Dieses Feld ist zwingend erforderlich."),
        ({"message": ""}, "Dieses Feld ist zwingend erforderlich."),
        ({"message": "x" * 4001}, "höchstens 4000 Zeichen"),
        ({"organisation_name": "x" * 201}, "höchstens 200 Zeichen"),
        ({"website": "nicht eine adresse"}, "gültige Adresse"),
        ({"started": 1}, "Das ging sehr schnell"),
        ({"started": 3 * 24 * 3600}, "zu lange geöffnet"),
        ({"started": "gefälscht"}, "konnte nicht geprüft werden"),
    ],
)
def test_bad_input_gets_a_german_message_and_stores_nothing(client, world, overrides, message):
    if isinstance(overrides.get("started"), int):  # seconds ago, signed when the test runs
        overrides = {"started": started_seconds_ago(overrides["started"])}
    response = client.post(join_url(world), join_form_data(**overrides))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not JoinRequest.objects.exists()


def test_too_many_requests_from_one_address(client, world):
    for _ in range(3):
        assert client.post(join_url(world), join_form_data()).status_code == 302

    response = client.post(join_url(world), join_form_data(organisation_name="Noch eine"))

    assert response.status_code == 200
    assert "in der letzten Stunde zu viele Anträge gesendet" in response.content.decode()
    assert JoinRequest.objects.count() == 3


def test_a_filled_honeypot_is_dropped_silently(client, world):
    response = client.post(join_url(world), join_form_data(fax="+49 341 0000"))
    assert response.status_code == 302
    assert not JoinRequest.objects.exists()


def test_an_unknown_network_has_no_join_form(client, db):
    assert client.get(reverse("networks:join", args=["gibt-es-nicht"])).status_code == 404


def test_the_list_shows_counts_per_status(as_user, world):
    JoinRequestFactory.create_batch(2, network=world.network)
    JoinRequestFactory(network=world.network, status=JoinRequestStatus.DECLINED)
    JoinRequestFactory(network=world.other_network, organisation_name="Woanders e.V.")
    url = reverse("networks:join_request_list", args=[world.network.slug])
    html = as_user(world.coordinator).get(url).content.decode()
    assert "Offen (2)" in html and "Abgelehnt (1)" in html and "Angenommen (0)" in html
    assert "Woanders" not in html
    declined = as_user(world.coordinator).get(url, {"status": "declined"}).content.decode()
    assert declined.count("badge-declined") == 1


def test_the_dashboard_counts_open_requests_for_coordinators_only(as_user, world):
    JoinRequestFactory(network=world.network)
    html = as_user(world.coordinator).get(reverse("accounts:dashboard")).content.decode()
    assert "1 offener Mitgliedsantrag" in html
    assert reverse("networks:join_request_list", args=[world.network.slug]) in html
    html = as_user(world.member).get(reverse("accounts:dashboard")).content.decode()
    assert "Mitgliedsantr" not in html


def test_the_detail_offers_similar_organisations_to_link(as_user, world):
    join_request = JoinRequestFactory(network=world.network, organisation_name="Intern. Frauen")
    OrganisationFactory(name="Internationale Frauen Leipzig")
    html = as_user(world.coordinator).get(join_request.get_absolute_url()).content.decode()
    assert "Internationale Frauen e.V." in html
    assert "Neue Organisation „Intern. Frauen“ anlegen" in html


def test_accepting_with_a_chosen_organisation(as_user, world, django_capture_on_commit_callbacks):
    # The request comes from one of the chosen organisation's own staff: that is its consent.
    join_request = JoinRequestFactory(
        network=world.network, organisation_name="Intern. Frauen", email=world.member.email
    )
    url = reverse("networks:join_request_accept", args=[world.network.slug, join_request.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = as_user(world.coordinator).post(url, {"organisation": world.member_org.pk})
    assert response.status_code == 302
    join_request.refresh_from_db()
    assert join_request.organisation == world.member_org
    assert not Organisation.objects.filter(name="Intern. Frauen").exists()
    assert len(mail.outbox) == 1


def test_accepting_a_duplicate_name_as_new_shows_the_reason(as_user, world):
    join_request = JoinRequestFactory(network=world.network, organisation_name="Wir im Quartier")
    url = reverse("networks:join_request_accept", args=[world.network.slug, join_request.pk])
    response = as_user(world.coordinator).post(url, {"organisation": ""})
    assert response.status_code == 200
    assert "gibt es bereits" in response.content.decode()
    assert JoinRequest.objects.get(pk=join_request.pk).status == JoinRequestStatus.OPEN


def test_an_organisation_outside_the_similar_list_cannot_be_chosen(as_user, world):
    join_request = JoinRequestFactory(network=world.network, organisation_name="DAA Leipzig")
    url = reverse("networks:join_request_accept", args=[world.network.slug, join_request.pk])
    response = as_user(world.coordinator).post(url, {"organisation": world.outside_org.pk})
    assert response.status_code == 200
    assert "gültige Auswahl" in response.content.decode()
    assert JoinRequest.objects.get(pk=join_request.pk).status == JoinRequestStatus.OPEN


def test_an_empty_question_is_refused_with_a_message(as_user, world):
    join_request = JoinRequestFactory(network=world.network)
    url = reverse("networks:join_request_ask", args=[world.network.slug, join_request.pk])
    response = as_user(world.coordinator).post(url, {"frage-message": ""})
    assert response.status_code == 200
    assert "Dieses Feld ist zwingend erforderlich." in response.content.decode()
    assert not join_request.events.exists()


def test_the_whole_way_from_request_to_a_member_who_edits_the_profile(
    client, as_user, world, django_capture_on_commit_callbacks
):
    client.post(join_url(world), join_form_data(email="petra@daa.example"))
    join_request = JoinRequest.objects.get()
    coordinator = as_user(world.coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        coordinator.post(
            reverse("networks:join_request_accept", args=[world.network.slug, join_request.pk]),
            {"organisation": ""},
        )
    detail = coordinator.get(join_request.get_absolute_url()).content.decode()
    assert "Angenommen" in detail and "Einladung gesendet" in detail
    assert str(world.coordinator) in detail
    [message] = mail.outbox
    path = re.search(r"https?://[^/\s]+(/konto/einladung/\S+)", message.body).group(1)
    client.logout()
    form = client.get(path)
    assert "Passwort" in form.content.decode()
    response = client.post(
        path, {"new_password1": "Quartier-Kurse-2024!", "new_password2": "Quartier-Kurse-2024!"}
    )
    organisation = Organisation.objects.get(name="DAA Leipzig")
    assert response.url == reverse("networks:organisation_edit", args=[organisation.slug])
    assert client.get(response.url).status_code == 200
    user = User.objects.get(email="petra@daa.example")
    assert user.check_password("Quartier-Kurse-2024!")
    assert Membership.objects.get(organisation=organisation).status == MembershipStatus.MEMBER
    assert "nicht gültig" not in client.get(path).content.decode()
    assert "bereits verwendet" in client.get(path).content.decode()


def test_a_request_cannot_make_a_stranger_staff_of_an_organisation_with_staff(world):
    from django.core.exceptions import ValidationError

    from netzwerkstatt.networks import services
    from netzwerkstatt.networks.models import Membership, Staff

    join_request = JoinRequestFactory(network=world.network, email="fremd@example.org")
    with pytest.raises(ValidationError, match="hat eigene Mitarbeiter:innen"):
        services.accept_join_request(
            join_request, organisation=world.outside_org, by=world.coordinator
        )
    join_request.refresh_from_db()
    assert join_request.is_open
    assert not Staff.objects.filter(user__email="fremd@example.org").exists()
    assert not Membership.objects.filter(
        network=world.network, organisation=world.outside_org
    ).exists()


def _value(html: str, name: str) -> str | None:
    for tag in re.findall(r"<input[^>]*>", html):
        if f'name="{name}"' in tag:
            found = re.search(r'value="([^"]*)"', tag)
            return found.group(1) if found else ""
    return None


def test_the_join_form_is_filled_in_for_a_logged_in_person_of_one_organisation(client, world):
    world.outside_org.website = "https://draussen.example.org"
    world.outside_org.save()
    world.outsider.display_name = "Olga Draußen"
    world.outsider.save()
    client.force_login(world.outsider)
    html = client.get(join_url(world)).content.decode()
    assert _value(html, "contact_name") == "Olga Draußen"
    assert _value(html, "email") == world.outsider.email
    assert _value(html, "organisation_name") == "Draußen e.V."
    assert _value(html, "website") == "https://draussen.example.org"


def test_the_organisation_is_left_empty_for_staff_of_several_and_for_visitors(client, world):
    from tests.factories import StaffFactory

    StaffFactory(user=world.outsider, organisation=OrganisationFactory(name="Zweiter e.V."))
    client.force_login(world.outsider)
    html = client.get(join_url(world)).content.decode()
    assert _value(html, "email") == world.outsider.email
    assert _value(html, "organisation_name") == ""
    client.logout()
    html = client.get(join_url(world)).content.decode()
    assert _value(html, "email") == "" and _value(html, "contact_name") == ""
