"""Forms of the networks app: directory filters, organisation profiles, memberships."""

from django import forms
from django.utils.translation import gettext_lazy as _

from netzwerkstatt.core.forms import BotTrapForm, CheckboxGrid, FilterForm, slug_choice, term_filter
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


class JoinRequestForm(BotTrapForm):
    organisation_name = forms.CharField(label=_("Name of your organisation"), max_length=200)
    website = forms.URLField(
        label=_("Website"), required=False, max_length=200, assume_scheme="https"
    )
    contact_name = forms.CharField(label=_("Contact person"), max_length=150)
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        help_text=_("We use it only to answer your request. It is not shown publicly."),
    )
    message = forms.CharField(
        label=_("What does your organisation do, and why would you like to join the network?"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    consent = forms.BooleanField(
        label=_("I agree that my details are stored to process this request."),
        error_messages={
            "required": _(
                "Please agree to the privacy notice, otherwise we cannot store your request."
            )
        },
    )

    field_order = [
        "organisation_name",
        "website",
        "contact_name",
        "email",
        "message",
        "consent",
        "fax",
        "started",
    ]

    def clean(self):
        cleaned = super().clean()
        for name in ("organisation_name", "contact_name", "message"):
            if name in cleaned and not cleaned[name].strip():
                self.add_error(name, _("This field is required."))
        return cleaned


class JoinRequestQuestionForm(forms.Form):
    message = forms.CharField(
        label=_("Your question"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Sent by e-mail; the answer comes back to your own e-mail address."),
    )


class JoinRequestAcceptForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.none(),
        required=False,
        widget=forms.RadioSelect,
    )
    new_name = forms.CharField(
        label=_("Name of the new organisation"),
        max_length=200,
        required=False,
        help_text=_(
            "Used when a new organisation is created. Correct it if the request came from a "
            "comment signed with a person's name."
        ),
    )

    def __init__(self, *args, similar, new_label, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["organisation"]
        field.queryset = similar
        field.empty_label = new_label
        field.help_text = _(
            "Organisations with a similar name exist already. Link the request to one of them, "
            "or create a new organisation."
        )


class JoinRequestDeclineForm(forms.Form):
    message = forms.CharField(
        label=_("Personal message (optional)"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Added to the polite standard reply."),
    )


class StaffInviteForm(forms.Form):
    display_name = forms.CharField(label=_("Name"), max_length=150)
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        help_text=_(
            "The invitation goes to this address. Only people who may edit the organisation see it."
        ),
    )
    job_title = forms.CharField(label=_("Job title (optional)"), max_length=150, required=False)


class StaffRemoveForm(forms.Form):
    """The removal asks once more; only a form with `confirmed` set removes."""

    confirmed = forms.BooleanField(required=False, widget=forms.HiddenInput)


class EasyReadTextForm(forms.ModelForm):
    class Meta:
        model = Network
        fields = ["easy_read_text"]
        widgets = {"easy_read_text": forms.Textarea(attrs={"rows": 12, "lang": "de"})}
        help_texts = {
            "easy_read_text": _(
                "Shown on the network's page in easy-read German, below the text that is "
                "generated from the network's data. Plain text: an empty line starts a new "
                "paragraph. Short sentences, one statement per sentence, explain every term."
            ),
        }
