from django import forms
from django.utils.translation import gettext_lazy as _

from netzwerkstatt.core.forms import FilterForm, slug_choice
from netzwerkstatt.core.models import District
from netzwerkstatt.networks.models import Network
from netzwerkstatt.synergy.models import FindingStatus, TermRelation
from netzwerkstatt.synergy.terms import TERM_MAX_LENGTH


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


#: Longer searches are refused with a message: no title is that long.
SEARCH_MAX_LENGTH = 100


class OfferPairForm(forms.Form):
    """Two offers to compare, each found by a search: the "Warum?" page (GET, works without
    JavaScript). `a` and `b` are offer ids, as in the links from the findings."""

    a = forms.ModelChoiceField(
        label=_("First offer"),
        queryset=None,
        required=False,
        error_messages={
            "invalid_choice": _(
                "The first offer cannot be compared here: it is not an active offer of this "
                "view. Please search for it again."
            )
        },
    )
    b = forms.ModelChoiceField(
        label=_("Second offer"),
        queryset=None,
        required=False,
        error_messages={
            "invalid_choice": _(
                "The second offer cannot be compared here: it is not an active offer of this "
                "view. Please search for it again."
            )
        },
    )
    suche_a = forms.CharField(
        label=_("Search for the first offer"),
        required=False,
        max_length=SEARCH_MAX_LENGTH,
        help_text=_("Words from the title or the organisation’s name."),
    )
    suche_b = forms.CharField(
        label=_("Search for the second offer"),
        required=False,
        max_length=SEARCH_MAX_LENGTH,
        help_text=_("Words from the title or the organisation’s name."),
    )

    def __init__(self, *args, offers, search_url: str, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("a", "b"):
            self.fields[name].queryset = offers
            # With htmx the hits follow the typing; without, the search button sends the form.
            self.fields[f"suche_{name}"].widget.input_type = "search"
            self.fields[f"suche_{name}"].widget.attrs.update(
                {
                    "autocomplete": "off",
                    "aria-controls": f"treffer-{name}",
                    "data-hx-get": search_url,
                    "data-hx-trigger": "input changed delay:400ms, search",
                    "data-hx-target": f"#treffer-{name}",
                    "data-hx-include": "closest fieldset",
                    "data-hx-sync": "this:replace",
                }
            )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("a") and cleaned.get("a") == cleaned.get("b"):
            raise forms.ValidationError(_("Please choose two different offers."))
        return cleaned

    def pair(self):
        """The two chosen offers, or None while a side is missing or anything is wrong."""
        if not self.is_valid():
            return None
        first, second = self.cleaned_data.get("a"), self.cleaned_data.get("b")
        return (first, second) if first and second else None


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


class TermEntryForm(forms.Form):
    relation = forms.ChoiceField(
        label=_("The two terms name"),
        choices=TermRelation.choices,
        widget=forms.RadioSelect,
        initial=TermRelation.SAME,
        help_text=_(
            "A situation: the first term is what a need says (for example "
            "“Gerichtsvollzieher”), the second a kind of offer the synergy search knows (for "
            "example “Schuldnerberatung”). Needs that say it then get offers of this kind "
            "suggested higher up."
        ),
    )
    term_a = forms.CharField(label=_("First term"), max_length=TERM_MAX_LENGTH)
    term_b = forms.CharField(label=_("Second term"), max_length=TERM_MAX_LENGTH)

    def __init__(self, *args, situations: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        if not situations:
            # Under two offers' titles ("Warum?") only "same" or "different" makes sense.
            field = self.fields["relation"]
            field.choices = [c for c in field.choices if c[0] != TermRelation.SITUATION]
            field.help_text = ""
