"""Forms of two-factor login: a code after the password, setup and switching off."""

import re

from django import forms
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django_otp.models import Device

from netzwerkstatt.accounts import two_factor_services
from netzwerkstatt.accounts.models import User

ANY_CODE = re.compile(r"[a-z0-9]{6,16}")


def report_failed_code(request: HttpRequest, user: User) -> None:
    """Count a wrong code like a wrong password, towards the login lockout (django-axes)."""
    user_login_failed.send(sender=__name__, credentials={"username": user.email}, request=request)


class SecondFactorForm(forms.Form):
    """The code from the authenticator app, or a backup code, for `user`."""

    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        help_text=_("The six-digit code your app shows now, or one of your backup codes."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autofocus": True, "spellcheck": "false"}
        ),
    )

    def __init__(self, user: User, request: HttpRequest, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        self.request = request
        self.device: Device | None = None

    def clean_code(self) -> str:
        code = two_factor_services.normalise_code(self.cleaned_data["code"])
        if not ANY_CODE.fullmatch(code):
            raise ValidationError(
                _("Please enter the six-digit code from your app or one of your backup codes."),
                code="format",
            )
        try:
            self.device = two_factor_services.verify_second_factor(user=self.user, code=code)
        except ValidationError:
            report_failed_code(self.request, self.user)
            raise
        return code


class ConfirmTotpForm(forms.Form):
    code = forms.CharField(
        label=_("Code from your app"),
        max_length=32,
        help_text=_("Six digits; a new code appears every 30 seconds."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "spellcheck": "false"}
        ),
    )

    def clean_code(self) -> str:
        code = two_factor_services.normalise_code(self.cleaned_data["code"])
        if not two_factor_services.TOTP_CODE.fullmatch(code):
            raise ValidationError(
                _("Please enter the six-digit code your app shows."), code="format"
            )
        return code


class SwitchOffTwoFactorForm(forms.Form):
    """Switching off asks for the password or a current code."""

    password = forms.CharField(
        label=_("Your password"),
        required=False,
        strip=False,
        max_length=4096,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    code = forms.CharField(
        label=_("Or a code"),
        required=False,
        max_length=32,
        help_text=_("The six-digit code your app shows now, or one of your backup codes."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "spellcheck": "false"}),
    )

    def __init__(self, user: User, request: HttpRequest, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        self.request = request

    def clean(self) -> dict:
        cleaned = super().clean()
        password = cleaned.get("password")
        code = two_factor_services.normalise_code(cleaned.get("code") or "")
        if self.errors:
            return cleaned
        if not password and not code:
            raise ValidationError(
                _("Please enter your password or a code to switch off two-factor login."),
                code="missing",
            )
        if password:
            if not self.user.check_password(password):
                report_failed_code(self.request, self.user)
                self.add_error("password", _("This password is not correct."))
            return cleaned
        if not ANY_CODE.fullmatch(code):
            self.add_error(
                "code",
                _("Please enter the six-digit code from your app or one of your backup codes."),
            )
            return cleaned
        try:
            two_factor_services.verify_second_factor(user=self.user, code=code)
        except ValidationError as error:
            report_failed_code(self.request, self.user)
            self.add_error("code", error)
        return cleaned
