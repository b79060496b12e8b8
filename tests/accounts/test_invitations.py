"""One-time invitation links: set a first password once, in time; expired and used links explain."""

import datetime
import re

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from netzwerkstatt.accounts import services
from netzwerkstatt.accounts.models import Invitation
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "Quartier-Kurse-2024!"


@pytest.fixture
def invited(db):
    user = UserFactory(email="petra@daa.example", display_name="Petra Beispiel")
    user.set_unusable_password()
    user.save()
    return user


def invite(user, django_capture_on_commit_callbacks) -> str:
    """Invite `user` and return the path of the link in the e-mail."""
    with django_capture_on_commit_callbacks(execute=True):
        services.invite_user(user)
    return re.search(r"https?://[^/\s]+(/konto/einladung/\S+)", mail.outbox[-1].body).group(1)


def set_password(client, path, password=PASSWORD, repeat=None):
    return client.post(path, {"new_password1": password, "new_password2": repeat or password})


def test_the_token_is_stored_only_as_a_hash(invited, django_capture_on_commit_callbacks):
    with time_machine.travel(timezone.now(), tick=False):
        path = invite(invited, django_capture_on_commit_callbacks)
    token = path.rstrip("/").rsplit("/", 1)[1]
    invitation = Invitation.objects.get()
    assert token not in invitation.token_hash
    assert invitation.token_hash == services.hash_token(token)
    assert invitation.expires_at - invitation.created_at == datetime.timedelta(days=7)


def test_the_invitation_mail_is_german_and_names_the_deadline(
    invited, django_capture_on_commit_callbacks
):
    # 10:30 in Berlin (summer time); the link expires seven days later at the same time.
    with time_machine.travel(datetime.datetime(2024, 7, 17, 8, 30, tzinfo=datetime.UTC)):
        invite(invited, django_capture_on_commit_callbacks)
    [message] = mail.outbox
    assert message.to == ["petra@daa.example"]
    assert "Hallo Petra Beispiel" in message.body
    assert "funktioniert einmal und bis 24. Juli 2024, 10:30 Uhr" in message.body
    # Plain text only: every mail program shows it, and nothing in it needs HTML.
    assert message.content_subtype == "plain"
    assert getattr(message, "alternatives", []) == []


def test_the_link_sets_the_password_logs_in_and_works_only_once(
    client, invited, django_capture_on_commit_callbacks
):
    path = invite(invited, django_capture_on_commit_callbacks)
    assert "Passwort" in client.get(path).content.decode()
    response = set_password(client, path)
    assert response.url == reverse("accounts:dashboard")
    assert client.get(response.url).status_code == 200
    invited.refresh_from_db()
    assert invited.check_password(PASSWORD)
    assert Invitation.objects.get().used_at is not None
    client.logout()
    again = client.get(path)
    assert "bereits verwendet" in again.content.decode()
    set_password(client, path, "Ein-anderes-Passwort-99")
    invited.refresh_from_db()
    assert invited.check_password(PASSWORD)


def test_mismatched_passwords_are_refused_and_the_link_stays_valid(
    client, invited, django_capture_on_commit_callbacks
):
    path = invite(invited, django_capture_on_commit_callbacks)
    response = set_password(client, path, PASSWORD, "etwas-anderes-2024")
    assert response.status_code == 200
    assert "nicht identisch" in response.content.decode()
    assert Invitation.objects.get().used_at is None
    invited.refresh_from_db()
    assert not invited.has_usable_password()


def test_a_weak_password_is_refused(client, invited, django_capture_on_commit_callbacks):
    path = invite(invited, django_capture_on_commit_callbacks)
    response = set_password(client, path, "12345678")
    assert response.status_code == 200
    assert Invitation.objects.get().used_at is None


def test_an_expired_link_explains_and_offers_a_new_one(
    client, invited, django_capture_on_commit_callbacks
):
    path = invite(invited, django_capture_on_commit_callbacks)
    with time_machine.travel(timezone.now() + datetime.timedelta(days=8)):
        page = client.get(path).content.decode()
        assert "abgelaufen" in page
        assert reverse("accounts:invitation_renew") in page
        set_password(client, path)
        invited.refresh_from_db()
        assert not invited.has_usable_password()
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse("accounts:invitation_renew"), {"email": "Petra@DAA.example"}
            )
        assert response.status_code == 302
        assert len(mail.outbox) == 2
        fresh = re.search(r"(/konto/einladung/\S+)", mail.outbox[-1].body).group(1)
        assert fresh != path
        assert set_password(client, fresh).status_code == 302
    invited.refresh_from_db()
    assert invited.check_password(PASSWORD)


def test_an_unknown_link_explains(client, db):
    page = client.get(reverse("accounts:invitation", args=["ausgedacht"])).content.decode()
    assert "nicht gültig" in page


def test_renewal_does_not_reveal_whether_an_address_is_known(
    client, invited, django_capture_on_commit_callbacks
):
    invite(invited, django_capture_on_commit_callbacks)
    url = reverse("accounts:invitation_renew")
    answers = []
    for email in ["petra@daa.example", "niemand@example.org"]:
        with django_capture_on_commit_callbacks(execute=True):
            page = client.post(url, {"email": email}, follow=True).content.decode()
        answers.append(re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", page))
    assert answers[0] == answers[1]
    assert "Wenn es für diese Adresse eine abgelaufene Einladung gibt" in answers[0]
    # The first link is still valid, so nothing new was sent.
    assert len(mail.outbox) == 1


def test_renewal_with_a_bad_address_shows_a_message(client, db):
    response = client.post(reverse("accounts:invitation_renew"), {"email": "petra(at)daa"})
    assert response.status_code == 200
    assert "gültige E-Mail-Adresse" in response.content.decode()


def test_a_person_with_a_password_cannot_be_invited(db):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        services.invite_user(UserFactory())
    assert not Invitation.objects.exists()
