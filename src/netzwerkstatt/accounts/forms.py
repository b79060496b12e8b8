from django import forms
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm, SetPasswordForm
from django.utils import translation
from django.utils.translation import gettext_lazy as _


class LoginForm(AuthenticationForm):
    """Log in with e-mail address and password."""

    username = forms.EmailField(
        label=_("E-mail address"),
        widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"}),
    )
    error_messages = {
        "invalid_login": _(
            "E-mail address and password do not match. Please check both; the password is "
            "case-sensitive."
        ),
        "inactive": _("This account is inactive."),
    }

    def clean_username(self) -> str:
        # Addresses are stored in lower case; people type them as they like.
        return self.cleaned_data["username"].strip().lower()


class InvitationPasswordForm(SetPasswordForm):
    """Choose the first password through an invitation link."""


class InvitationRenewForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


class LanguagePasswordResetForm(PasswordResetForm):
    """Django's form, with the link mail in the account's language (core.mail's rule)."""

    def send_mail(self, subject_template_name, email_template_name, context, *args, **kwargs):
        with translation.override(context["user"].language):
            super().send_mail(subject_template_name, email_template_name, context, *args, **kwargs)
