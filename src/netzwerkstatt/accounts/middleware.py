"""The installation's requirement of two-factor login (settings.TWO_FACTOR_REQUIRED_FOR)."""

from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from netzwerkstatt.accounts.two_factor_selectors import has_two_factor, is_two_factor_required

# What a person who still has to set up or enter a code may open meanwhile.
ALLOWED_VIEWS = {
    "accounts:logout",
    "accounts:login",
    "accounts:two_factor",
    "accounts:two_factor_setup_start",
    "accounts:two_factor_setup",
    "accounts:two_factor_login",
    "choose_language",
}


class TwoFactorRequiredMiddleware:
    """Send a person who must use two-factor login to its setup or code step first.

    Costs nothing unless the installation requires two-factor login and the session is not
    yet verified with a code; static files are served before this runs (WhiteNoise).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        if not settings.TWO_FACTOR_REQUIRED_FOR:
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if request.resolver_match.view_name in ALLOWED_VIEWS:
            return None
        # The REST API ignores the session (its writes need an access token, created in a
        # verified session): a redirect to a login page would only confuse its clients.
        if request.resolver_match.namespace == "api":
            return None
        if not is_two_factor_required(user):
            return None
        if has_two_factor(user):
            return redirect_to_login(
                request.get_full_path(), "accounts:two_factor_login", REDIRECT_FIELD_NAME
            )
        return redirect("accounts:two_factor")
