import datetime

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from netzwerkstatt.accounts.models import User
from netzwerkstatt.events.models import Event
from netzwerkstatt.meetings import recurrence
from netzwerkstatt.meetings.models import (
    DECISION_TAG_LIMIT,
    DECISION_TEXT_LIMIT,
    MINUTES_TEXT_LIMIT,
    AgendaItem,
    AgendaItemStatus,
    MeetingSeries,
    RsvpAnswer,
)
from netzwerkstatt.networks.models import MembershipStatus, Network, Organisation
from netzwerkstatt.offers.models import Need, Offer
from netzwerkstatt.synergy.models import ParallelOfferFinding

WEEKDAYS = [
    (0, _("Monday")),
    (1, _("Tuesday")),
    (2, _("Wednesday")),
    (3, _("Thursday")),
    (4, _("Friday")),
    (5, _("Saturday")),
    (6, _("Sunday")),
]
NTH_CHOICES = [
    (1, pgettext_lazy("nth weekday", "first")),
    (2, pgettext_lazy("nth weekday", "second")),
    (3, pgettext_lazy("nth weekday", "third")),
    (4, pgettext_lazy("nth weekday", "fourth")),
    (-1, pgettext_lazy("nth weekday", "last")),
]
FREQUENCIES = [
    (recurrence.Frequency.MONTHLY_NTH_WEEKDAY, _("monthly on a weekday, e.g. every 2nd Tuesday")),
    (recurrence.Frequency.WEEKLY, _("weekly or every few weeks")),
]


def _date_input() -> forms.DateInput:
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _time_input() -> forms.TimeInput:
    return forms.TimeInput(attrs={"type": "time"}, format="%H:%M")


def _check_end(cleaned: dict, form: forms.Form) -> None:
    start, end = cleaned.get("start_time"), cleaned.get("end_time")
    if start and end and end <= start:
        form.add_error("end_time", _("The meeting must end after it starts."))


class SeriesForm(forms.Form):
    """Friendly choices that become an RFC 5545 rule."""

    title = forms.CharField(label=_("Title"), max_length=200, initial=_("Network meeting"))
    frequency = forms.ChoiceField(label=_("Rhythm"), choices=FREQUENCIES, widget=forms.RadioSelect)
    nth = forms.TypedChoiceField(
        label=_("Which weekday of the month"),
        choices=NTH_CHOICES,
        coerce=int,
        initial=2,
        help_text=_("Only for the monthly rhythm."),
    )
    weekday = forms.TypedChoiceField(label=_("Weekday"), choices=WEEKDAYS, coerce=int, initial=1)
    interval = forms.IntegerField(
        label=_("Every how many weeks or months"), min_value=1, max_value=12, initial=1
    )
    start_date = forms.DateField(label=_("First meeting on"), widget=_date_input())
    start_time = forms.TimeField(label=_("Start time"), widget=_time_input())
    end_time = forms.TimeField(label=_("End time"), widget=_time_input())
    until = forms.DateField(label=_("Until (optional)"), required=False, widget=_date_input())
    count = forms.IntegerField(
        label=_("Or number of meetings (optional)"), required=False, min_value=1, max_value=200
    )
    places = forms.CharField(
        label=_("Places"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One place per line; the meetings take them in turn. Empty for online only."),
    )
    online_url = forms.URLField(label=_("Online meeting link"), required=False)
    invitation_days_ahead = forms.IntegerField(
        label=_("Send invitations this many days ahead"), min_value=1, max_value=60, initial=7
    )

    def clean(self):
        cleaned = super().clean()
        _check_end(cleaned, self)
        if cleaned.get("until") and cleaned.get("count"):
            self.add_error("count", _("Give either an end date or a number of meetings."))
        start_date, until = cleaned.get("start_date"), cleaned.get("until")
        if start_date and until and until < start_date:
            self.add_error("until", _("The end date lies before the first date."))
        return cleaned

    def series_data(self) -> dict:
        data = self.cleaned_data
        start = datetime.datetime.combine(data["start_date"], data["start_time"])
        end = datetime.datetime.combine(data["start_date"], data["end_time"])
        return {
            "title": data["title"],
            "rrule": recurrence.build_rrule(
                frequency=data["frequency"],
                weekday=data["weekday"],
                interval=data["interval"],
                nth=data["nth"],
                until=data["until"],
                count=data["count"],
            ),
            "start_date": data["start_date"],
            "start_time": data["start_time"],
            "duration_minutes": int((end - start).total_seconds() // 60),
            "places": data["places"],
            "online_url": data["online_url"],
            "invitation_days_ahead": data["invitation_days_ahead"],
        }


class SeriesEditForm(forms.ModelForm):
    class Meta:
        model = MeetingSeries
        fields = ["title", "places", "online_url", "invitation_days_ahead"]
        widgets = {"places": forms.Textarea(attrs={"rows": 3})}


class SeriesExceptionForm(forms.Form):
    date = forms.DateField(label=_("Date to leave out"), widget=_date_input())
    reason = forms.CharField(
        label=_("Reason"), max_length=200, required=False, help_text=_("For example a holiday.")
    )


class MeetingForm(forms.Form):
    """A single meeting: add, or move and edit."""

    title = forms.CharField(label=_("Title"), max_length=200)
    date = forms.DateField(label=_("Date"), widget=_date_input())
    start_time = forms.TimeField(label=_("Start time"), widget=_time_input())
    end_time = forms.TimeField(label=_("End time"), widget=_time_input())
    location = forms.CharField(label=_("Place"), max_length=300, required=False)
    online_url = forms.URLField(label=_("Online meeting link"), required=False)

    def __init__(self, *args, minute_takers=None, **kwargs):
        super().__init__(*args, **kwargs)
        if minute_takers is not None:
            self.fields["minute_taker"] = forms.ModelChoiceField(
                label=_("Minute-taker"),
                queryset=minute_takers,
                required=False,
                empty_label=_("the coordination"),
                help_text=_("May record the minutes; coordinators publish them."),
            )

    def clean(self):
        cleaned = super().clean()
        _check_end(cleaned, self)
        return cleaned

    def meeting_data(self) -> dict:
        data = self.cleaned_data
        zone = settings.TIME_ZONE
        result = {
            "title": data["title"],
            "starts_at": recurrence.aware(
                datetime.datetime.combine(data["date"], data["start_time"]), zone
            ),
            "ends_at": recurrence.aware(
                datetime.datetime.combine(data["date"], data["end_time"]), zone
            ),
            "location": data["location"],
            "online_url": data["online_url"],
        }
        if "minute_taker" in self.fields:
            result["minute_taker"] = data["minute_taker"]
        return result


class CancelForm(forms.Form):
    reason = forms.CharField(label=_("Reason (sent to members)"), max_length=300, required=False)


class RsvpForm(forms.Form):
    answer = forms.ChoiceField(
        label=_("Are you coming?"), choices=RsvpAnswer.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Note"),
        max_length=300,
        required=False,
        help_text=_("For example “I will come later” or “I bring a colleague”."),
    )


class ProposalForm(forms.ModelForm):
    class Meta:
        model = AgendaItem
        fields = ["title", "description", "minutes_needed", "need", "offer"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, network: Network, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["need"].queryset = Need.objects.filter(network=network).order_by("title")
        self.fields["need"].empty_label = _("no need")
        self.fields["offer"].queryset = (
            Offer.objects.filter(
                organisation__memberships__network=network,
                organisation__memberships__status=MembershipStatus.MEMBER,
            )
            .select_related("organisation")
            .order_by("title")
        )
        self.fields["offer"].empty_label = _("no offer")
        self.fields["offer"].label_from_instance = lambda offer: (
            f"{offer.title} ({offer.organisation.display_name})"
        )


class AgendaRowForm(forms.Form):
    id = forms.IntegerField(widget=forms.HiddenInput)
    status = forms.ChoiceField(label=_("Decision"), choices=AgendaItemStatus.choices)
    position = forms.IntegerField(label=_("Order"), min_value=0, max_value=999)
    minutes_needed = forms.IntegerField(label=_("Minutes"), min_value=1, max_value=240)


AgendaFormSet = forms.formset_factory(AgendaRowForm, extra=0)


class ItemMinutesForm(forms.Form):
    id = forms.IntegerField(widget=forms.HiddenInput)
    notes = forms.CharField(
        label=_("Notes"),
        required=False,
        max_length=MINUTES_TEXT_LIMIT,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


ItemMinutesFormSet = forms.formset_factory(ItemMinutesForm, extra=0)


class ActionItemForm(forms.Form):
    title = forms.CharField(label=_("What"), max_length=300, required=False)
    agenda_item = forms.ModelChoiceField(
        label=_("Agenda item"), queryset=AgendaItem.objects.none(), required=False
    )
    owner_organisation = forms.ModelChoiceField(
        label=_("Organisation responsible"), queryset=Organisation.objects.none(), required=False
    )
    owner_user = forms.ModelChoiceField(
        label=_("Person responsible"), queryset=User.objects.none(), required=False
    )
    due_date = forms.DateField(label=_("Due"), required=False, widget=_date_input())

    def __init__(self, *args, agenda_items=None, organisations=None, people=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agenda_item"].queryset = agenda_items
        self.fields["agenda_item"].empty_label = _("general")
        self.fields["owner_organisation"].queryset = organisations
        self.fields["owner_organisation"].empty_label = _("none")
        self.fields["owner_user"].queryset = people
        self.fields["owner_user"].empty_label = _("nobody in particular")

    def clean(self):
        cleaned = super().clean()
        if not self.has_changed():
            return cleaned
        if not cleaned.get("title"):
            self.add_error("title", _("Please say what is to be done."))
        if cleaned.get("owner_organisation") is None and cleaned.get("owner_user") is None:
            self.add_error(
                "owner_user",
                _("Every action item needs someone responsible: an organisation or a person."),
            )
        return cleaned


ActionItemFormSet = forms.formset_factory(ActionItemForm, extra=3)


class ActionItemEditForm(ActionItemForm):
    """A recorded action item; unlike an empty new row it is always checked."""

    def has_changed(self) -> bool:
        return True


class MinutesForm(forms.Form):
    attendees = forms.ModelMultipleChoiceField(
        label=_("Present"),
        queryset=User.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    general_notes = forms.CharField(
        label=_("General notes"),
        required=False,
        max_length=MINUTES_TEXT_LIMIT,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What was discussed outside the agenda items."),
    )
    public_summary = forms.CharField(
        label=_("Public summary (optional)"),
        max_length=3000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown to everyone once the minutes are published. No personal details."),
    )

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attendees"].queryset = people


def split_tags(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


class DecisionForm(forms.Form):
    """One decision of the minutes: a new row (left empty when not needed) or a correction."""

    text = forms.CharField(
        label=pgettext_lazy("minutes", "Decision"),
        required=False,
        max_length=DECISION_TEXT_LIMIT,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    agenda_item = forms.ModelChoiceField(
        label=_("Agenda item"), queryset=AgendaItem.objects.none(), required=False
    )
    tags = forms.CharField(
        label=_("Keywords (optional)"),
        required=False,
        max_length=500,
        help_text=_("Separated by commas, e.g. “Öffentlichkeitsarbeit, Finanzen”."),
    )
    is_public = forms.BooleanField(label=_("Show publicly on the network's page"), required=False)
    need = forms.ModelChoiceField(
        label=_("Concerns the need"), queryset=Need.objects.none(), required=False
    )
    offer = forms.ModelChoiceField(
        label=_("Concerns the offer"), queryset=Offer.objects.none(), required=False
    )
    finding = forms.ModelChoiceField(
        label=_("Concerns the synergy"),
        queryset=ParallelOfferFinding.objects.none(),
        required=False,
    )
    event = forms.ModelChoiceField(
        label=_("Concerns the event"), queryset=Event.objects.none(), required=False
    )

    def __init__(self, *args, meeting, **kwargs):
        super().__init__(*args, **kwargs)
        network = meeting.network
        self.fields["agenda_item"].queryset = meeting.agenda_items.filter(
            status=AgendaItemStatus.ACCEPTED
        )
        self.fields["agenda_item"].empty_label = _("general")
        self.fields["need"].queryset = Need.objects.filter(network=network).order_by("title")
        self.fields["offer"].queryset = (
            Offer.objects.filter(
                organisation__memberships__network=network,
                organisation__memberships__status=MembershipStatus.MEMBER,
            )
            .select_related("organisation")
            .order_by("title")
        )
        self.fields["offer"].label_from_instance = lambda offer: (
            f"{offer.title} ({offer.organisation.display_name})"
        )
        self.fields["finding"].queryset = ParallelOfferFinding.objects.filter(
            network=network, is_current=True
        ).select_related("offer_a", "offer_b")
        self.fields["finding"].label_from_instance = lambda finding: (
            f"{finding.offer_a.title} ↔ {finding.offer_b.title}"
        )
        self.fields["event"].queryset = Event.objects.filter(network=network).order_by("title")
        for name in ("need", "offer", "finding", "event"):
            self.fields[name].empty_label = _("none")

    def clean_tags(self) -> list[str]:
        tags = split_tags(self.cleaned_data["tags"])
        if len(tags) > DECISION_TAG_LIMIT:
            raise forms.ValidationError(
                _("A decision can have at most %(limit)s keywords.") % {"limit": DECISION_TAG_LIMIT}
            )
        if any(len(tag) > 60 for tag in tags):
            raise forms.ValidationError(_("A keyword may be at most 60 characters long."))
        return tags

    def clean(self):
        cleaned = super().clean()
        if self.has_changed() and not (cleaned.get("text") or "").strip():
            self.add_error("text", _("Please write down what was decided."))
        return cleaned


DecisionFormSet = forms.formset_factory(DecisionForm, extra=2)


class DecisionEditForm(DecisionForm):
    """A recorded decision; unlike an empty new row it is always checked."""

    note = forms.CharField(
        label=_("Reason for the correction"),
        required=False,
        max_length=500,
        help_text=_("Needed once the minutes are published; kept in the audit log."),
    )

    def has_changed(self) -> bool:
        return True


class WithdrawDecisionForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for withdrawing"),
        max_length=500,
        help_text=_("The decision keeps its number and is shown as withdrawn with this reason."),
    )


SEASONS = [
    ("fruehjahr", _("spring (March to May)")),
    ("sommer", _("summer (June to August)")),
    ("herbst", _("autumn (September to November)")),
    ("winter", _("winter (December to February)")),
]
SEARCH_MAX_LENGTH = 200


class DecisionFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=SEARCH_MAX_LENGTH)
    jahr = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    zeitraum = forms.ChoiceField(
        label=_("Season"), required=False, choices=[("", _("all"))] + SEASONS
    )
    schlagwort = forms.ModelChoiceField(
        label=_("Keyword"), required=False, queryset=None, empty_label=_("all")
    )
    von = forms.DateField(label=_("From"), required=False, widget=_date_input())
    bis = forms.DateField(label=_("Until"), required=False, widget=_date_input())

    def __init__(self, *args, years: list[int], tags, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["jahr"].choices = [("", _("all"))] + [(year, str(year)) for year in years]
        self.fields["schlagwort"].queryset = tags

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("von"), cleaned.get("bis")
        if start and end and end < start:
            self.add_error("bis", _("The period ends before it starts."))
        return cleaned
