"""Writes of the api app: creating, revoking and using access tokens."""

import datetime
import hashlib
import secrets
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from netzwerkstatt.accounts.models import User
from netzwerkstatt.api.models import ApiToken
from netzwerkstatt.audit.models import AuditAction
from netzwerkstatt.audit.services import record_entry

TOKEN_PREFIX = "nws_"
PREFIX_LENGTH = 12
LIFETIME_DAYS = (30, 90, 365)
# Writing `last_used_at` on every request would make each API call a write; a minute is
# precise enough for a person to see whether a token is still in use.
LAST_USED_PRECISION = datetime.timedelta(minutes=1)


def hash_secret(secret: str) -> str:
    # The secret is 256 random bits: a plain SHA-256 cannot be reversed by guessing.
    return hashlib.sha256(secret.encode()).hexdigest()


@dataclass
class NewToken:
    token: ApiToken
    #: The secret in full: shown to the person once, never stored.
    secret: str


@transaction.atomic
def create_api_token(user: User, *, name: str, lifetime_days: int) -> NewToken:
    """A new token of the person, valid for `lifetime_days` days."""
    name = name.strip()
    if not name:
        raise ValidationError(_("Please give the access token a name."))
    if lifetime_days not in LIFETIME_DAYS:
        raise ValidationError(_("Please choose how long the access token stays valid."))
    if not user.is_active:
        raise ValidationError(_("This account has been deleted already."))
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user,
        name=name[:100],
        prefix=secret[:PREFIX_LENGTH],
        secret_hash=hash_secret(secret),
        expires_at=timezone.now() + datetime.timedelta(days=lifetime_days),
    )
    record_entry(
        action=AuditAction.API_TOKEN_CREATED,
        actor=user,
        target=token,
        after={"name": token.name, "prefix": token.prefix, "expires_at": token.expires_at},
    )
    return NewToken(token=token, secret=secret)


@transaction.atomic
def revoke_api_token(token: ApiToken, *, by: User) -> ApiToken:
    """Stop the token from working at once; it stays listed as revoked."""
    # Lock the row: a second click in another tab must not revoke (and log) twice.
    token = ApiToken.objects.select_for_update().get(pk=token.pk)
    if token.user_id != by.pk:
        raise ValidationError(_("Only the person it belongs to can revoke an access token."))
    if token.revoked_at is not None:
        raise ValidationError(_("This access token has already been revoked."))
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at"])
    record_entry(
        action=AuditAction.API_TOKEN_REVOKED,
        actor=by,
        target=token,
        before={"revoked_at": None},
        after={"revoked_at": token.revoked_at},
    )
    return token


def record_token_use(token: ApiToken) -> None:
    """Note that the token was used now (at most one write a minute per token)."""
    now = timezone.now()
    if token.last_used_at is not None and now - token.last_used_at < LAST_USED_PRECISION:
        return
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    token.last_used_at = now
