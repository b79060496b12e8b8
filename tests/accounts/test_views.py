"""Logging in with an e-mail address, the personal area, and password reset."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from tests.factories import PASSWORD, OfferFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_login_with_email_and_password(client, world):
    response = client.post(
        reverse("accounts:login"), {"username": world.member.email.upper(), "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response.url == reverse("accounts:dashboard")


def test_wrong_password_gives_a_german_message(client, world):
    response = client.post(
        reverse("accounts:login"), {"username": world.member.email, "password": "falsch"}
    )
    assert response.status_code == 200
    assert "E-Mail-Adresse und Passwort passen nicht zusammen" in response.content.decode()


def test_login_rejects_open_redirects(client, world):
    response = client.post(
        reverse("accounts:login") + "?next=https://evil.example.com/",
        {"username": world.member.email, "password": PASSWORD, "next": "https://evil.example.com/"},
    )
    assert response.status_code == 302
    assert "evil" not in response.url


def test_dashboard_needs_login(client):
    response = client.get(reverse("accounts:dashboard"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))


def test_dashboard_lists_own_organisation_and_offers(as_user, world):
    OfferFactory(organisation=world.member_org, title="Sprachcafé")
    content = as_user(world.member).get(reverse("accounts:dashboard")).content.decode()
    assert "Internationale Frauen e.V." in content
    assert "Sprachcafé" in content
    assert "Wir im Quartier" not in content
    assert reverse("networks:membership_list", args=["sis"]) not in content


def test_dashboard_of_a_coordinator_links_to_memberships_and_needs(as_user, world):
    content = as_user(world.coordinator).get(reverse("accounts:dashboard")).content.decode()
    assert reverse("networks:membership_list", args=["sis"]) in content
    assert reverse("offers:need_create", args=["sis"]) in content


def test_logout_needs_post(as_user, world):
    client = as_user(world.member)
    assert client.get(reverse("accounts:logout")).status_code == 405
    assert client.post(reverse("accounts:logout")).status_code == 302
    assert "_auth_user_id" not in client.session


def test_password_reset_sends_a_german_mail_with_a_working_link(client):
    user = UserFactory(email="jana@example.org")
    response = client.post(reverse("accounts:password_reset"), {"email": "jana@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["jana@example.org"]
    assert "Passwort" in message.subject
    link = re.search(r"http://testserver(\S+)", message.body).group(1)
    form_url = client.get(link).url
    response = client.post(
        form_url,
        {"new_password1": "Ein-neues-Passwort-99", "new_password2": "Ein-neues-Passwort-99"},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Ein-neues-Passwort-99")


def test_password_reset_does_not_reveal_unknown_addresses(client):
    response = client.post(reverse("accounts:password_reset"), {"email": "niemand@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 0


def test_the_login_page_shows_the_site_name_not_the_host_name(client, settings):
    settings.SITE_NAME = "Netzwerkstatt Leipzig"
    response = client.get(reverse("accounts:login"), HTTP_HOST="testserver")
    html = response.content.decode()
    assert "<title>Anmelden – Netzwerkstatt Leipzig</title>" in html
    assert '<a class="brand" href="/">Netzwerkstatt Leipzig</a>' in html
    assert "testserver" not in html
