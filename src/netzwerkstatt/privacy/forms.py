from django import forms
from django.utils.translation import gettext_lazy as _

from netzwerkstatt.privacy.services import AuthoredContent


class AccountDeleteForm(forms.Form):
    """Deleting an account asks for the password again and what to do with comments."""

    authored_content = forms.ChoiceField(
        label=_("Your comments and updates"),
        choices=AuthoredContent.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose what happens to your comments and updates.")},
    )
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": _("Please enter your password to confirm.")},
    )
    confirmed = forms.BooleanField(
        label=_("I understand that my account cannot be restored."),
        error_messages={"required": _("Please confirm that you want to delete your account.")},
    )

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct. Nothing has been deleted."))
        return password


class VisitorSearchForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address of the visitor"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )

    def clean_email(self) -> str:
        return self.cleaned_data["email"].strip()


class VisitorEraseForm(VisitorSearchForm):
    email = forms.EmailField(widget=forms.HiddenInput, max_length=254)
    confirmed = forms.BooleanField(
        label=_("I have checked the list: erase all of it."),
        error_messages={"required": _("Please confirm the erasure.")},
    )
