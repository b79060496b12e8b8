"""Forms of the offers app: directory filters, offer editing, needs."""

import math

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from netzwerkstatt.core.forms import (
    BotTrapForm,
    CheckboxGrid,
    FilterForm,
    slug_choice,
    term_filter,
)
from netzwerkstatt.core.models import District, Language, TargetGroup, Topic
from netzwerkstatt.networks.models import MembershipStatus, Network, Organisation
from netzwerkstatt.offers.models import (
    HELP_OFFER_MAX_LENGTH,
    Need,
    Offer,
    OfferStatus,
    Weekday,
    WeeklySlot,
)
from netzwerkstatt.offers.selectors import Point


class OfferFilterForm(FilterForm):
    """The directory's GET filters. Slugs in the URL keep filtered lists shareable."""

    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": _("e.g. homework help")}),
    )
    zielgruppe = term_filter(_("Target group"), TargetGroup.objects.all())
    thema = term_filter(_("Topic"), Topic.objects.all())
    sprache = term_filter(_("Language"), Language.objects.all())
    tag = forms.TypedMultipleChoiceField(
        label=_("Weekday"),
        choices=Weekday.choices,
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    kostenlos = forms.BooleanField(label=_("Free of charge only"), required=False)
    alter = forms.IntegerField(
        label=_("Age"),
        required=False,
        min_value=0,
        max_value=120,
        help_text=_("Shows offers suitable for this age."),
    )
    stadtteil = slug_choice(_("District"), District.objects.all(), empty_label=_("all districts"))
    netzwerk = slug_choice(_("Network"), Network.objects.all(), empty_label=_("all networks"))
    # Sort by distance: `near` is a point ("51.3634,12.4231", from the map or the browser's
    # location), `ort` a street or place the installation knows (offers.selectors.known_place).
    near = forms.CharField(required=False, max_length=60, widget=forms.HiddenInput)
    ort = forms.CharField(
        label=_("Near a street or place"),
        required=False,
        max_length=100,
        help_text=_("For example: Gorkistraße. Only addresses of the offers shown here."),
    )

    def clean_near(self):
        value = self.cleaned_data["near"].strip()
        if not value:
            return None
        try:
            latitude, longitude = (float(part) for part in value.split(","))
        except ValueError:
            latitude = longitude = math.nan
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):  # also false for nan
            raise ValidationError(
                _("The place to sort by distance was not understood and has been ignored.")
            )
        return Point(latitude, longitude)

    groups = (
        "zielgruppe",
        "thema",
        "sprache",
        "tag",
        (_("More filters"), ("kostenlos", "alter", "stadtteil", "netzwerk")),
    )


class OfferForm(forms.ModelForm):
    class Meta:
        model = Offer
        fields = [
            "title",
            "summary",
            "description",
            "target_groups",
            "topics",
            "languages",
            "age_min",
            "age_max",
            "is_free",
            "cost_note",
            "wheelchair_accessible",
            "accessibility_note",
            "registration_note",
            "place_name",
            "street",
            "postcode",
            "city",
            "district",
            "latitude",
            "longitude",
            "contact_name",
            "contact_phone",
        ]
        widgets = {
            "target_groups": CheckboxGrid,
            "topics": CheckboxGrid,
            "languages": CheckboxGrid,
            "description": forms.Textarea(attrs={"rows": 6}),
        }
        help_texts = {
            "summary": _("One sentence for the directory list."),
            "cost_note": _("For example: 2 € per session, reduced price with Leipzig-Pass."),
            "contact_name": _("Shown publicly. Do not enter private e-mail addresses."),
            "latitude": _("Decimal degrees, e.g. 51.3612 (for the map)."),
            "longitude": _("Decimal degrees, e.g. 12.4125."),
        }

    def clean(self):
        cleaned = super().clean()
        age_min, age_max = cleaned.get("age_min"), cleaned.get("age_max")
        if age_min is not None and age_max is not None and age_min > age_max:
            self.add_error("age_max", _("The maximum age must not be lower than the minimum age."))
        if not cleaned.get("is_free") and not cleaned.get("cost_note"):
            self.add_error("cost_note", _("Please describe the costs, or mark the offer as free."))
        if (cleaned.get("latitude") is None) != (cleaned.get("longitude") is None):
            self.add_error("longitude", _("Enter both coordinates or neither."))
        return cleaned


class WeeklySlotForm(forms.ModelForm):
    class Meta:
        model = WeeklySlot
        fields = ["weekday", "start_time", "end_time", "note"]
        widgets = {
            "start_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "end_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        }

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_time"), cleaned.get("end_time")
        if start and end and start >= end:
            self.add_error("end_time", _("The end time must be after the start time."))
        return cleaned


WeeklySlotFormSet = forms.inlineformset_factory(
    Offer, WeeklySlot, form=WeeklySlotForm, extra=2, max_num=14, validate_max=True, can_delete=True
)


class OfferStatusForm(forms.Form):
    status = forms.ChoiceField(choices=OfferStatus.choices)


class NeedForm(forms.ModelForm):
    class Meta:
        model = Need
        fields = [
            "title",
            "description",
            "scope",
            "target_groups",
            "topics",
            "district",
            "raised_by",
            "raised_at",
            "raised_on",
            "priority",
            "status",
            "answering_offers",
        ]
        widgets = {
            "target_groups": CheckboxGrid,
            "topics": CheckboxGrid,
            "answering_offers": CheckboxGrid,
            "raised_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "description": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args, network: Network, **kwargs):
        super().__init__(*args, **kwargs)
        organisations = Organisation.objects.filter(memberships__network=network).order_by("name")
        # Only current members can be named; a need keeps the organisation it already names.
        named = Organisation.objects.filter(
            memberships__network=network, memberships__status=MembershipStatus.MEMBER
        )
        if self.instance.raised_by_id:
            named = named | Organisation.objects.filter(pk=self.instance.raised_by_id)
        self.fields["raised_by"].queryset = named.distinct().order_by("name")
        self.fields["raised_by"].help_text = _(
            "Another organisation than your own is shown once its staff have confirmed."
        )
        self.fields["answering_offers"].queryset = (
            Offer.objects.filter(organisation__in=organisations)
            .exclude(status=OfferStatus.ENDED)
            .select_related("organisation")
            .order_by("title")
        )
        self.fields["answering_offers"].label_from_instance = lambda offer: (
            f"{offer.title} ({offer.organisation.display_name})"
        )
        self.fields["raised_by"].empty_label = pgettext_lazy(
            "raised by", "no particular organisation"
        )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("scope") == "target_group" and not cleaned.get("target_groups"):
            self.add_error(
                "target_groups", _("Choose at least one target group whose need this is.")
            )
        return cleaned


class NeedPublicForm(forms.Form):
    """What visitors read of a need the coordinators show publicly."""

    public_description = forms.CharField(
        label=_("Public text"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "What visitors read: what the network is looking for and how one can help. "
            "Do not name people."
        ),
        error_messages={
            "required": _(
                "Please write what visitors should read: what you are looking for and how to help."
            )
        },
    )


class HelpOfferForm(BotTrapForm):
    """ "Ich kann helfen": a visitor offers help for a public need."""

    name = forms.CharField(label=_("Your name"), max_length=150)
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        help_text=_("Only the network's coordination sees it, to answer you."),
    )
    phone = forms.CharField(label=_("Phone (optional)"), max_length=40, required=False)
    organisation_name = forms.CharField(
        label=_("Organisation (optional)"),
        max_length=200,
        required=False,
        help_text=_("If you offer help on behalf of an organisation or a project."),
    )
    message = forms.CharField(
        label=_("How would you like to help?"),
        max_length=HELP_OFFER_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "required": _("Please write how you would like to help."),
            "max_length": _(
                "Your message is too long: at most %(limit_value)d characters, please "
                "(it has %(show_value)d)."
            ),
        },
    )
    consent = forms.BooleanField(
        label=_("I agree that my details are stored so that the coordination can answer me."),
        error_messages={
            "required": _(
                "Please agree to the privacy notice, otherwise we cannot store your offer."
            )
        },
    )

    field_order = [
        "name",
        "email",
        "phone",
        "organisation_name",
        "message",
        "consent",
        "fax",
        "started",
    ]

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        if not name:
            raise forms.ValidationError(_("This field is required."))
        return name

    def clean_message(self):
        from netzwerkstatt.offers.services import check_help_message

        try:
            return check_help_message(self.cleaned_data["message"])
        except ValidationError as error:
            raise forms.ValidationError(error.messages) from None
