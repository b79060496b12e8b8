"""Reads of the api app: a person's access tokens, and the token behind a secret."""

from django.db.models import QuerySet

from netzwerkstatt.accounts.models import User
from netzwerkstatt.api.models import ApiToken
from netzwerkstatt.api.services import hash_secret


def tokens_of(user: User) -> QuerySet[ApiToken]:
    return ApiToken.objects.filter(user=user).order_by("-created_at", "-pk")


def token_for_secret(secret: str) -> ApiToken | None:
    """The token with this secret, with its person; None for an unknown secret."""
    if not secret or len(secret) > 200:
        return None
    return ApiToken.objects.select_related("user").filter(secret_hash=hash_secret(secret)).first()
