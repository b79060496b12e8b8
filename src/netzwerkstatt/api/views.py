"""The access token pages in "My area": create, list and revoke one's own tokens."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from netzwerkstatt.api import selectors, services
from netzwerkstatt.api.forms import ApiTokenForm
from netzwerkstatt.api.permissions import get_own_token


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def token_list(request: HttpRequest) -> HttpResponse:
    """GET lists the person's tokens; POST creates one and shows its secret this once."""
    form = ApiTokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            created = services.create_api_token(
                request.user,
                name=form.cleaned_data["name"],
                lifetime_days=form.cleaned_data["lifetime_days"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            # Rendered in the answer to the POST, not after a redirect: the secret is never
            # stored, so it cannot be shown by any later page.
            return render(
                request,
                "api/token_created.html",
                {"token": created.token, "secret": created.secret, "nav": "dashboard"},
            )
    return render(
        request,
        "api/token_list.html",
        {"form": form, "tokens": list(selectors.tokens_of(request.user)), "nav": "dashboard"},
    )


@login_required
@require_POST
def token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    token = get_own_token(request.user, pk)
    try:
        services.revoke_api_token(token, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("The access token “%(name)s” has been revoked and no longer works.")
            % {"name": token.name},
        )
    return redirect("apitokens:list")
