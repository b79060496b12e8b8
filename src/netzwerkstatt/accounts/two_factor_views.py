"""Two-factor login: the code after the password, and a person's own settings for it.

The password step (LoginView) does not log in a person who has a confirmed device: it keeps
who they are in the session and sends them to the code step, which logs them in and marks
the session as verified (django_otp.login). Nobody reaches another person's devices: every
view here works on request.user or on the person of the pending login.
"""

import time

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login as auth_login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render, resolve_url
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST
from django_otp import login as otp_login

from netzwerkstatt.accounts import two_factor_services as services
from netzwerkstatt.accounts.forms import LoginForm
from netzwerkstatt.accounts.models import User
from netzwerkstatt.accounts.two_factor_forms import (
    ConfirmTotpForm,
    SecondFactorForm,
    SwitchOffTwoFactorForm,
)
from netzwerkstatt.accounts.two_factor_selectors import (
    has_two_factor,
    is_two_factor_required,
    two_factor_status,
    unconfirmed_totp_device,
)
from netzwerkstatt.core.redirects import safe_address

PENDING_LOGIN = "two_factor_pending_login"


class LoginView(auth_views.LoginView):
    """The password step; a person with two-factor login on continues with a code."""

    template_name = "accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True

    def get_redirect_url(self) -> str:
        # Django's check lets a bare word through, which the browser then reads relative to
        # the login page ("/konto/anmelden/angebote", a 404); only paths and addresses count.
        name = self.redirect_field_name
        target = self.request.POST.get(name, self.request.GET.get(name, ""))
        return safe_address(self.request, target) or ""

    def get_context_data(self, **kwargs):
        # Django's LoginView puts the host name (without the sites framework) into `site_name`,
        # which would hide the installation's name from the page title and header.
        return {**super().get_context_data(**kwargs), "site_name": settings.SITE_NAME}

    def form_valid(self, form):
        user = form.get_user()
        if not has_two_factor(user):
            return super().form_valid(form)
        # A new session key, as a full login would give, before it holds who this is.
        self.request.session.cycle_key()
        self.request.session[PENDING_LOGIN] = {
            "user": user.pk,
            "backend": user.backend,
            "started": int(time.time()),
            "next": self.get_success_url(),
        }
        return redirect("accounts:two_factor_login")


def _pending_user(request: HttpRequest) -> tuple[User | None, dict]:
    """The person whose password was right, while the code step has not timed out."""
    pending = request.session.get(PENDING_LOGIN)
    if not isinstance(pending, dict):
        return None, {}
    if time.time() - pending.get("started", 0) > settings.TWO_FACTOR_LOGIN_TIMEOUT:
        del request.session[PENDING_LOGIN]
        return None, {}
    user = User.objects.filter(pk=pending.get("user"), is_active=True).first()
    return user, pending


@never_cache
@sensitive_post_parameters("code")
@require_http_methods(["GET", "POST"])
def two_factor_login(request: HttpRequest) -> HttpResponse:
    """The second step: the code from the app or a backup code.

    Serves the login in progress, and a logged-in person whose session is not yet verified
    (for example one that started before two-factor login was switched on).
    """
    if request.user.is_authenticated:
        if request.user.is_verified() or not has_two_factor(request.user):
            return redirect(settings.LOGIN_REDIRECT_URL)
        user, pending = request.user, {}
    else:
        user, pending = _pending_user(request)
        if user is None:
            messages.error(request, _("Your login has timed out. Please log in again."))
            return redirect("accounts:login")
    credentials = {"username": user.email}
    if request.method == "POST" and not AxesProxyHandler.is_allowed(request, credentials):
        return get_lockout_response(request, None, credentials)
    form = SecondFactorForm(user, request, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if not request.user.is_authenticated:
            del request.session[PENDING_LOGIN]
            auth_login(request, user, backend=pending["backend"])
        otp_login(request, form.device)
        next_url = safe_address(request, pending.get("next") or request.GET.get("next", ""))
        return redirect(next_url or resolve_url(settings.LOGIN_REDIRECT_URL))
    return render(request, "accounts/two_factor/login.html", {"form": form})


@login_required
@require_http_methods(["GET"])
def two_factor(request: HttpRequest) -> HttpResponse:
    """A person's page for two-factor login: status, switch on or off, new backup codes."""
    return render(
        request,
        "accounts/two_factor/status.html",
        {"status": two_factor_status(request.user), "nav": "dashboard"},
    )


@login_required
@require_POST
def two_factor_setup_start(request: HttpRequest) -> HttpResponse:
    try:
        services.start_two_factor_setup(user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("accounts:two_factor")
    return redirect("accounts:two_factor_setup")


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def two_factor_setup(request: HttpRequest) -> HttpResponse:
    """Show the QR code and the secret; a current code from the app confirms the device."""
    device = unconfirmed_totp_device(request.user)
    if device is None:
        messages.info(request, _("Please start switching on two-factor login here."))
        return redirect("accounts:two_factor")
    form = ConfirmTotpForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            device, codes = services.confirm_two_factor_setup(
                user=request.user, code=form.cleaned_data["code"]
            )
        except ValidationError as error:
            form.add_error("code", error)
        else:
            otp_login(request, device)
            messages.success(request, _("Two-factor login is switched on."))
            return _show_backup_codes(request, codes)
    return render(
        request,
        "accounts/two_factor/setup.html",
        {
            "form": form,
            "qr_code": services.totp_qr_image(device),
            "secret": services.totp_secret(device),
            "nav": "dashboard",
        },
    )


def _show_backup_codes(request: HttpRequest, codes: list[str]) -> HttpResponse:
    """The backup codes are shown once, in the answer to the request that made them."""
    response = render(
        request,
        "accounts/two_factor/backup_codes.html",
        {"codes": codes, "download": "\n".join(codes) + "\n", "nav": "dashboard"},
    )
    response.headers["Cache-Control"] = "no-store"
    return response


@login_required
@require_POST
def two_factor_backup_codes(request: HttpRequest) -> HttpResponse:
    """New backup codes; only from a session verified with a code."""
    if not request.user.is_verified():
        raise PermissionDenied
    try:
        codes = services.replace_backup_codes(user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("accounts:two_factor")
    messages.success(request, _("New backup codes have been made; the old ones no longer work."))
    return _show_backup_codes(request, codes)


@never_cache
@login_required
@sensitive_post_parameters("password", "code")
@require_http_methods(["GET", "POST"])
def two_factor_switch_off(request: HttpRequest) -> HttpResponse:
    if not has_two_factor(request.user):
        messages.info(request, _("Two-factor login is not switched on."))
        return redirect("accounts:two_factor")
    if is_two_factor_required(request.user):
        messages.error(
            request,
            _("This installation requires two-factor login for your account; it stays on."),
        )
        return redirect("accounts:two_factor")
    credentials = {"username": request.user.email}
    if request.method == "POST" and not AxesProxyHandler.is_allowed(request, credentials):
        return get_lockout_response(request, None, credentials)
    form = SwitchOffTwoFactorForm(
        request.user, request, request.POST if request.method == "POST" else None
    )
    if request.method == "POST" and form.is_valid():
        services.switch_off_two_factor(user=request.user)
        messages.success(request, _("Two-factor login is switched off."))
        return redirect("accounts:two_factor")
    return render(
        request, "accounts/two_factor/switch_off.html", {"form": form, "nav": "dashboard"}
    )


@require_http_methods(["GET", "POST"])
def admin_login(request: HttpRequest) -> HttpResponse:
    """The admin site logs in through the platform's login, which asks for the code too."""
    if request.user.is_authenticated:
        if request.user.is_active and request.user.is_staff:
            return redirect("admin:index")
        raise PermissionDenied
    next_url = safe_address(request, request.GET.get("next", "")) or resolve_url("admin:index")
    return redirect_to_login(next_url, resolve_url("accounts:login"))
