from django import forms
from django.utils.translation import gettext_lazy as _

from netzwerkstatt.core.forms import FilterForm, slug_choice
from netzwerkstatt.core.models import District
from netzwerkstatt.networks.models import Network
from netzwerkstatt.synergy.models import FindingStatus


class FindingStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Decision"), choices=FindingStatus.choices)
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=500,
        help_text=_("For example why the two offers are meant to exist side by side."),
    )


class GapFilterForm(FilterForm):
    stadtteil = slug_choice(_("District"), District.objects.none(), empty_label=_("all districts"))

    def __init__(self, *args, districts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["stadtteil"].queryset = districts


class ThresholdForm(forms.Form):
    threshold = forms.FloatField(
        label=_("Threshold"),
        min_value=0.0,
        max_value=1.0,
        localize=True,
        help_text=_(
            "Between 0 and 1. Higher: fewer pairs, each more certainly parallel. Lower: more "
            "pairs, also some that are not."
        ),
    )


class OfferPairForm(forms.Form):
    """Any two active offers of the network, to see why they are (not) reported as parallel."""

    a = forms.ModelChoiceField(label=_("First offer"), queryset=None)
    b = forms.ModelChoiceField(label=_("Second offer"), queryset=None)

    def __init__(self, *args, offers, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("a", "b"):
            self.fields[name].queryset = offers
            self.fields[name].label_from_instance = _offer_label

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("a") and cleaned.get("a") == cleaned.get("b"):
            raise forms.ValidationError(_("Please choose two different offers."))
        return cleaned


def _offer_label(offer) -> str:
    return f"{offer.title} – {offer.organisation.name}"


class CitywideFilterForm(FilterForm):
    netzwerk = slug_choice(_("Network"), Network.objects.none(), empty_label=_("all networks"))
    stadtteil = slug_choice(_("District"), District.objects.none(), empty_label=_("all districts"))

    def __init__(self, *args, networks, districts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["netzwerk"].queryset = networks
        self.fields["stadtteil"].queryset = districts


class CitywideSharingForm(forms.Form):
    shared_citywide = forms.BooleanField(
        label=_("Share our parallel offers and open needs with the city-wide coordination"),
        required=False,
    )
