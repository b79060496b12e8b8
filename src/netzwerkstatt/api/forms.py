from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from netzwerkstatt.api.services import LIFETIME_DAYS


def _lifetime_label(days: int) -> str:
    return ngettext_lazy("%(count)d day", "%(count)d days", days) % {"count": days}


class ApiTokenForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=100,
        help_text=_("So that you recognise it later, e.g. “Website of our organisation”."),
    )
    lifetime_days = forms.TypedChoiceField(
        label=_("Valid for"),
        choices=[(days, _lifetime_label(days)) for days in LIFETIME_DAYS],
        coerce=int,
        initial=90,
    )
