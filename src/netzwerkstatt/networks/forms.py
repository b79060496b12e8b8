"""Forms of the networks app: directory filters, organisation profiles, memberships."""

from django import forms
from django.utils.translation import gettext_lazy as _

from netzwerkstatt.core.forms import CheckboxGrid, FilterForm, slug_choice, term_filter
from netzwerkstatt.core.models import TargetGroup, Topic
from netzwerkstatt.networks.models import (
    Membership,
    MembershipRole,
    MembershipStatus,
    Network,
    Organisation,
    Project,
    SocialLink,
)


class DirectoryFilterForm(FilterForm):
    """GET filters of the member directory."""

    netzwerk = slug_choice(_("Network"), Network.objects.all(), empty_label=_("all networks"))
    zielgruppe = term_filter(_("Target group"), TargetGroup.objects.all())
    thema = term_filter(_("Topic"), Topic.objects.all())


class OrganisationForm(forms.ModelForm):
    class Meta:
        model = Organisation
        fields = [
            "name",
            "short_name",
            "legal_form",
            "description",
            "strengths",
            "target_groups",
            "topics",
            "street",
            "postcode",
            "city",
            "district",
            "latitude",
            "longitude",
            "website",
            "phone",
        ]
        widgets = {
            "target_groups": CheckboxGrid,
            "topics": CheckboxGrid,
            "description": forms.Textarea(attrs={"rows": 6}),
            "strengths": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {
            "phone": _("Shown publicly. Please give an office number, not a private one."),
            "latitude": _("Decimal degrees, e.g. 51.3612 (for the map)."),
            "longitude": _("Decimal degrees, e.g. 12.4125."),
        }

    def clean(self):
        cleaned = super().clean()
        if (cleaned.get("latitude") is None) != (cleaned.get("longitude") is None):
            self.add_error("longitude", _("Enter both coordinates or neither."))
        return cleaned


class ProjectForm(forms.ModelForm):
    class Meta:
        model = Project
        fields = ["name", "description", "partners"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}


class SocialLinkForm(forms.ModelForm):
    class Meta:
        model = SocialLink
        fields = ["kind", "url"]


ProjectFormSet = forms.inlineformset_factory(
    Organisation,
    Project,
    form=ProjectForm,
    extra=1,
    max_num=20,
    validate_max=True,
    can_delete=True,
)
SocialLinkFormSet = forms.inlineformset_factory(
    Organisation,
    SocialLink,
    form=SocialLinkForm,
    extra=1,
    max_num=10,
    validate_max=True,
    can_delete=True,
)


class MembershipAddForm(forms.Form):
    """Add an organisation to a network: one that exists already, or a new one by name."""

    organisation = forms.ModelChoiceField(
        label=_("Existing organisation"),
        queryset=Organisation.objects.none(),
        required=False,
        empty_label=_("– choose –"),
    )
    new_name = forms.CharField(
        label=_("or name of a new organisation"),
        max_length=200,
        required=False,
    )
    status = forms.ChoiceField(
        label=_("Status"), choices=MembershipStatus.choices, initial=MembershipStatus.MEMBER
    )
    role = forms.ChoiceField(
        label=_("Role"), choices=MembershipRole.choices, initial=MembershipRole.MEMBER
    )

    def __init__(self, *args, candidates, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = candidates

    def clean(self):
        cleaned = super().clean()
        organisation, new_name = cleaned.get("organisation"), cleaned.get("new_name", "").strip()
        if organisation and new_name:
            raise forms.ValidationError(
                _("Choose an existing organisation or enter a new name, not both.")
            )
        if not organisation and not new_name and "organisation" not in self.errors:
            raise forms.ValidationError(
                _("Choose an existing organisation or enter the name of a new one.")
            )
        cleaned["new_name"] = new_name
        return cleaned


class MembershipChangeForm(forms.ModelForm):
    class Meta:
        model = Membership
        fields = ["status", "role"]
