"""Forms of the events app: calendar filters, event editing, RSVP, tasks and reports."""

from django import forms
from django.core.validators import MinValueValidator
from django.utils.translation import gettext_lazy as _

from netzwerkstatt.core.forms import BotTrapForm, CheckboxGrid, FilterForm, slug_choice, term_filter
from netzwerkstatt.core.models import TargetGroup
from netzwerkstatt.events.models import (
    MAX_PEOPLE_PER_REGISTRATION,
    MAX_YEAR,
    MIN_YEAR,
    Event,
    EventDate,
    EventReport,
    EventTask,
)
from netzwerkstatt.networks.models import MembershipStatus, Network, Organisation

DATETIME_FORMAT = "%Y-%m-%dT%H:%M"


class CalendarFilterForm(FilterForm):
    zielgruppe = term_filter(_("Target group"), TargetGroup.objects.all())
    organisation = slug_choice(
        _("Organisation"),
        Organisation.objects.all(),
        empty_label=_("all organisations"),
        by_name=True,
    )
    netzwerk = slug_choice(_("Network"), Network.objects.all(), empty_label=_("all networks"))

    groups = ("zielgruppe", (_("More filters"), ("organisation", "netzwerk")))

    def __init__(self, *args, organisations=None, **kwargs):
        super().__init__(*args, **kwargs)
        if organisations is not None:
            self.fields["organisation"].queryset = organisations


class EventForm(forms.ModelForm):
    co_organisers = forms.ModelMultipleChoiceField(
        label=_("Co-organisers"),
        queryset=Organisation.objects.none(),
        required=False,
        widget=CheckboxGrid,
        help_text=_(
            "Organisations that run the event with you; each is shown once its staff have "
            "confirmed their part."
        ),
    )

    class Meta:
        model = Event
        fields = [
            "organiser",
            "title",
            "description",
            "place_name",
            "street",
            "postcode",
            "city",
            "online_url",
            "target_groups",
            "languages",
            "cost",
            "accessibility",
            "visibility",
            "capacity",
        ]
        widgets = {
            "target_groups": CheckboxGrid,
            "languages": CheckboxGrid,
            "visibility": forms.RadioSelect,
            "description": forms.Textarea(attrs={"rows": 6}),
        }
        help_texts = {
            "cost": _("For example: free of charge, or 3 € for material."),
            "online_url": _("For online events: the link to join."),
            "accessibility": _("For example: step-free access, sign language on request."),
        }

    def __init__(self, *args, network: Network, organisations, own_ids=frozenset(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organiser"].queryset = organisations
        # The user's own organisation first; naming another waits for its confirmation.
        own_choices = [org for org in organisations if org.pk in own_ids]
        if own_choices and not self.is_bound:
            self.initial.setdefault("organiser", own_choices[0].pk)
        if len(own_choices) != len(organisations):
            self.fields["organiser"].help_text = _(
                "An event in the name of an organisation you do not work for appears only "
                "once its staff have confirmed it."
            )
        # A limit of 0 would close registration; the form field would otherwise allow it.
        capacity = self.fields["capacity"]
        capacity.validators = [
            validator
            for validator in capacity.validators
            if not isinstance(validator, MinValueValidator)
        ] + [MinValueValidator(1)]
        capacity.widget.attrs["min"] = 1
        self.fields["organiser"].empty_label = None
        self.fields["co_organisers"].queryset = Organisation.objects.filter(
            memberships__network=network, memberships__status=MembershipStatus.MEMBER
        ).order_by("name")
        if self.instance.pk:
            # The organiser of an existing event does not change here.
            del self.fields["organiser"]
            self.initial["co_organisers"] = [
                link.organisation_id for link in self.instance.co_organiser_links.all()
            ]

    def clean(self):
        cleaned = super().clean()
        organiser = cleaned.get("organiser") or getattr(self.instance, "organiser", None)
        if organiser and organiser in (cleaned.get("co_organisers") or []):
            self.add_error("co_organisers", _("The organiser cannot also be a co-organiser."))
        if (
            not cleaned.get("place_name")
            and not cleaned.get("street")
            and not cleaned.get("online_url")
        ):
            self.add_error("place_name", _("Please enter a place, an address or an online link."))
        return cleaned

    def event_data(self) -> dict:
        skip = {"organiser", "co_organisers"}
        return {
            name: self.cleaned_data[name]
            for name in self.Meta.fields
            if name not in skip and name in self.cleaned_data
        }


class EventDateForm(forms.ModelForm):
    class Meta:
        model = EventDate
        fields = ["starts_at", "ends_at"]
        widgets = {
            "starts_at": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format=DATETIME_FORMAT
            ),
            "ends_at": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format=DATETIME_FORMAT
            ),
        }

    def _clean_year(self, name: str):
        value = self.cleaned_data.get(name)
        if value is not None and not MIN_YEAR <= value.year <= MAX_YEAR:
            raise forms.ValidationError(
                _("Please enter a date between %(min)s and %(max)s.")
                % {"min": MIN_YEAR, "max": MAX_YEAR}
            )
        return value

    def clean_starts_at(self):
        return self._clean_year("starts_at")

    def clean_ends_at(self):
        return self._clean_year("ends_at")

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("starts_at"), cleaned.get("ends_at")
        if start and end and start >= end:
            self.add_error("ends_at", _("The end must be after the start."))
        return cleaned


class BaseEventDateFormSet(forms.BaseInlineFormSet):
    # Django's own wording speaks of "forms"; people enter dates.
    default_error_messages = {
        "too_few_forms": _("Please enter at least one date."),
        "too_many_forms": _("An event can have at most %(num)s dates."),
    }


EventDateFormSet = forms.inlineformset_factory(
    Event,
    EventDate,
    form=EventDateForm,
    formset=BaseEventDateFormSet,
    # Two empty rows below the filled ones: an event on several days is entered in one go, no
    # script needed; rows left empty are ignored, and saving offers two more.
    extra=2,
    min_num=1,
    validate_min=True,
    max_num=60,
    validate_max=True,
    can_delete=True,
)


class VisitorRegistrationForm(BotTrapForm):
    name = forms.CharField(label=_("Your name"), max_length=150)
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_("Only the organisers see it. You get a confirmation with a link to cancel."),
    )
    people = forms.IntegerField(
        label=_("Number of people"),
        min_value=1,
        max_value=MAX_PEOPLE_PER_REGISTRATION,
        initial=1,
    )


class CoOrganiserConfirmForm(forms.Form):
    part = forms.CharField(
        label=_("Our part"),
        max_length=500,
        required=False,
        help_text=_("What your organisation contributes, e.g. the children's activity."),
    )


class TaskForm(forms.ModelForm):
    class Meta:
        model = EventTask
        fields = ["description", "needed", "deadline"]
        widgets = {"deadline": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def clean_deadline(self):
        deadline = self.cleaned_data.get("deadline")
        if deadline is not None and not MIN_YEAR <= deadline.year <= MAX_YEAR:
            raise forms.ValidationError(
                _("Please enter a date between %(min)s and %(max)s.")
                % {"min": MIN_YEAR, "max": MAX_YEAR}
            )
        return deadline


class ClaimForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("For organisation"), queryset=Organisation.objects.none(), empty_label=None
    )
    quantity = forms.IntegerField(label=_("How many"), min_value=1, max_value=1000, initial=1)

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations


class ReportForm(forms.ModelForm):
    class Meta:
        model = EventReport
        fields = ["participants", "what_worked", "follow_ups"]
        widgets = {
            "what_worked": forms.Textarea(attrs={"rows": 5}),
            "follow_ups": forms.Textarea(attrs={"rows": 5}),
        }


class FollowUpForm(forms.Form):
    index = forms.IntegerField(min_value=0, max_value=1000, widget=forms.HiddenInput)
    # The text shown on the page, so a report edited in the meantime is noticed.
    text = forms.CharField(max_length=5000, required=False, widget=forms.HiddenInput)
