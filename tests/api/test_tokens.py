"""Access tokens: created and revoked by their person only, secret shown once, stored hashed."""

import datetime

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import timezone

from netzwerkstatt.api.models import ApiToken
from netzwerkstatt.api.services import create_api_token, record_token_use, revoke_api_token
from netzwerkstatt.audit.models import AuditAction, AuditEntry
from netzwerkstatt.privacy.selectors import personal_data_of

pytestmark = pytest.mark.django_db


def test_only_a_hash_of_the_secret_is_stored(world):
    created = create_api_token(world.member, name="Website", lifetime_days=90)
    token = ApiToken.objects.get()
    assert created.secret.startswith("nws_")
    assert created.secret not in str(ApiToken.objects.values().get())
    assert token.prefix == created.secret[:12]
    assert token.expires_at - timezone.now() > datetime.timedelta(days=89)
    entry = AuditEntry.objects.get(action=AuditAction.API_TOKEN_CREATED)
    assert entry.actor == world.member
    assert created.secret not in str(entry.after)


@pytest.mark.parametrize(("name", "days"), [("  ", 30), ("Website", 7), ("Website", 10_000)])
def test_a_token_needs_a_name_and_an_offered_lifetime(world, name, days):
    with pytest.raises(ValidationError):
        create_api_token(world.member, name=name, lifetime_days=days)
    assert not ApiToken.objects.exists()


def test_only_the_person_revokes_and_only_once(world):
    token = create_api_token(world.member, name="Website", lifetime_days=30).token
    with pytest.raises(ValidationError):
        revoke_api_token(token, by=world.coordinator)
    revoke_api_token(token, by=world.member)
    token.refresh_from_db()
    assert token.is_revoked
    with pytest.raises(ValidationError):
        revoke_api_token(token, by=world.member)
    assert AuditEntry.objects.filter(action=AuditAction.API_TOKEN_REVOKED).count() == 1


def test_last_use_is_written_at_most_once_a_minute(world, django_assert_num_queries):
    token = create_api_token(world.member, name="Website", lifetime_days=30).token
    with django_assert_num_queries(1):
        record_token_use(token)
    with django_assert_num_queries(0):
        record_token_use(token)
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=2)):
        with django_assert_num_queries(1):
            record_token_use(token)


def test_the_page_shows_the_secret_once_and_lists_tokens_without_it(as_user, world):
    client = as_user(world.member)
    response = client.post("/konto/zugangsschluessel/", {"name": "Website", "lifetime_days": "30"})
    assert response.status_code == 200
    secret = response.context["secret"]
    assert secret in response.content.decode()
    assert response["Cache-Control"].startswith("max-age=0")
    listing = client.get("/konto/zugangsschluessel/").content.decode()
    assert "Website" in listing
    assert secret not in listing
    assert secret[:12] in listing


def test_a_form_error_creates_nothing(as_user, world):
    response = as_user(world.member).post(
        "/konto/zugangsschluessel/", {"name": "", "lifetime_days": "5"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not ApiToken.objects.exists()


def test_revoking_someone_elses_token_is_not_found(as_user, world):
    token = create_api_token(world.member, name="Website", lifetime_days=30).token
    response = as_user(world.coordinator).post(f"/konto/zugangsschluessel/{token.pk}/widerrufen/")
    assert response.status_code == 404
    token.refresh_from_db()
    assert not token.is_revoked


def test_tokens_are_in_my_data_and_go_with_the_account(world):
    create_api_token(world.member, name="Website", lifetime_days=30)
    section = next(s for s in personal_data_of(world.member) if s.entry.key == "api_tokens")
    assert [row["name"] for row in section.tables[0].rows] == ["Website"]
    world.member.delete()
    assert not ApiToken.objects.exists()
