import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from netzwerkstatt.accounts import services
from netzwerkstatt.accounts.forms import InvitationPasswordForm, InvitationRenewForm
from netzwerkstatt.accounts.selectors import dashboard_for
from netzwerkstatt.core.languages import path_in_language
from netzwerkstatt.core.redirects import safe_address
from netzwerkstatt.privacy import selectors as privacy_selectors
from netzwerkstatt.privacy import services as privacy_services
from netzwerkstatt.privacy.forms import AccountDeleteForm

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


# Privacy: "My data" ------------------------------------------------------------------------


@never_cache
@login_required
@require_http_methods(["GET"])
def my_data(request: HttpRequest) -> HttpResponse:
    """Everything stored about the person, readable; with the download and the deletion."""
    return render(
        request,
        "accounts/my_data.html",
        {"sections": privacy_selectors.personal_data_of(request.user), "nav": "dashboard"},
    )


@never_cache
@login_required
@require_http_methods(["GET"])
def my_data_export(request: HttpRequest) -> HttpResponse:
    """The same as a JSON file to download."""
    sections = privacy_selectors.personal_data_of(request.user)
    document = privacy_selectors.export_document(request.user, sections)
    response = HttpResponse(
        json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    filename = f"meine-daten-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@never_cache
@login_required
@sensitive_post_parameters("password")
@require_http_methods(["GET", "POST"])
def account_delete(request: HttpRequest) -> HttpResponse:
    """Delete one's own account after entering the password again; then log out."""
    form = AccountDeleteForm(request.user, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            privacy_services.delete_account(
                request.user,
                password=form.cleaned_data["password"],
                authored_content=form.cleaned_data["authored_content"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            logout(request)
            messages.success(
                request,
                _("Your account and your personal data have been deleted. Goodbye!"),
            )
            return redirect("networks:home")
    return render(
        request,
        "accounts/account_delete.html",
        {
            "form": form,
            "losses": privacy_selectors.organisations_losing_last_editor(request.user),
            "nav": "dashboard",
        },
    )


@require_http_methods(["POST"])
def choose_language(request: HttpRequest) -> HttpResponse:
    """The language picker of a logged-in person: remember the choice, open the page in it.

    Visitors without an account get plain links to the prefixed addresses (cacheable, no
    form); a logged-in person's pages are personal anyway, and their choice is stored for the
    e-mails they receive. An unknown language changes nothing and opens the page as it was.
    """
    language = request.POST.get("language", "")
    next_path = request.POST.get("next", "")
    if not next_path.startswith("/") or not safe_address(request, next_path):
        next_path = "/"
    if language not in dict(settings.LANGUAGES):
        return redirect(next_path)
    if request.user.is_authenticated:
        services.set_language(request.user, language)
    return redirect(path_in_language(next_path, language))
