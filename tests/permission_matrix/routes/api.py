"""The access token pages in "My area". The REST API itself ("api" namespace) answers tokens,
not sessions, and has its own matrix: tests/api/test_permission_matrix.py."""

from django.urls import reverse

from netzwerkstatt.api.models import ApiToken
from tests.permission_matrix.matrix import LOGGED_IN, Case

CASES = [
    Case(
        "apitokens:list",
        lambda w: reverse("apitokens:list"),
        # Everyone creates tokens for themselves only; a token has exactly its person's rights.
        allowed=LOGGED_IN,
        data=lambda w, actor: {"name": "Matrix", "lifetime_days": "30"},
        effect=lambda ctx: (
            ApiToken.objects.filter(user=ctx.user, name="Matrix").exists()
            if ctx.user is not None
            else ApiToken.objects.filter(name="Matrix").exists()
        ),
    ),
    Case(
        "apitokens:revoke",
        lambda w: reverse("apitokens:revoke", args=[w.api_token.pk]),
        # Only the person it belongs to; for anyone else (the admin too) it does not exist.
        allowed=frozenset({"owner"}),
        effect=lambda ctx: ApiToken.objects.get(pk=ctx.world.api_token.pk).revoked_at is not None,
    ),
]

GET_ONLY: list = []
