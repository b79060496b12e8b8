"""Who may manage which access token: only the person it belongs to."""

from django.shortcuts import get_object_or_404

from netzwerkstatt.accounts.models import User
from netzwerkstatt.api.models import ApiToken


def get_own_token(user: User, pk: int) -> ApiToken:
    """The person's own token; another person's token is a 404, never a change there."""
    return get_object_or_404(ApiToken, pk=pk, user=user)
