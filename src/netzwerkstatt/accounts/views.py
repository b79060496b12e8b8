from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from netzwerkstatt.accounts import services
from netzwerkstatt.accounts.forms import InvitationPasswordForm, InvitationRenewForm
from netzwerkstatt.accounts.selectors import dashboard_for

MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "accounts/dashboard.html",
        {"dashboard": dashboard_for(request.user), "nav": "dashboard"},
    )


@never_cache
@sensitive_post_parameters("new_password1", "new_password2")
@require_http_methods(["GET", "POST"])
def invitation(request: HttpRequest, token: str) -> HttpResponse:
    """Set the first password through a one-time link; then the person is logged in."""
    check = services.check_invitation(token)
    if check.problem is not None:
        return render(
            request,
            "accounts/invitation_invalid.html",
            {"problem": check.problem.value, "renew_form": InvitationRenewForm()},
        )
    invitation = check.invitation
    form = InvitationPasswordForm(invitation.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = services.accept_invitation(
                token=token, password=form.cleaned_data["new_password1"]
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if invitation.organisation is not None:
                # The invitation came with a request to join that organisation's staff:
                # choosing the password through its link accepts it.
                from netzwerkstatt.networks.services import accept_staff_requests_after_invitation

                accept_staff_requests_after_invitation(
                    user=user, organisation=invitation.organisation
                )
            login(request, user, backend=MODEL_BACKEND)
            messages.success(
                request,
                _("Welcome! Your password has been set. Please check your organisation's profile."),
            )
            if invitation.organisation is not None:
                return redirect("networks:organisation_edit", slug=invitation.organisation.slug)
            return redirect("accounts:dashboard")
    return render(request, "accounts/invitation.html", {"form": form, "invitation": invitation})


@require_http_methods(["GET", "POST"])
def invitation_renew(request: HttpRequest) -> HttpResponse:
    """Ask for a fresh link; the answer is the same whether or not the address is known."""
    form = InvitationRenewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.renew_invitation(email=form.cleaned_data["email"])
        messages.success(
            request,
            _(
                "If an expired invitation exists for this address, a new link is on its way. "
                "Please also check your spam folder."
            ),
        )
        return redirect("accounts:invitation_renew")
    return render(request, "accounts/invitation_renew.html", {"form": form})
