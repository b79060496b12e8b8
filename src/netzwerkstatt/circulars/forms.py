import uuid

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from netzwerkstatt.circulars import selectors
from netzwerkstatt.circulars.models import BODY_MAX_LENGTH, DigestFrequency
from netzwerkstatt.core.forms import CheckboxGrid
from netzwerkstatt.networks.models import MembershipRole, Network

ROLE_CHOICES = [
    ("", _("all member organisations")),
    (MembershipRole.COORDINATOR, _("only the coordination")),
    (MembershipRole.MEMBER, _("only organisations without the coordinator role")),
]


class CircularForm(forms.Form):
    subject = forms.CharField(
        label=_("Subject"),
        max_length=200,
        error_messages={"required": _("Please enter a subject.")},
    )
    body = forms.CharField(
        label=_("Text"),
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 12}),
        error_messages={"required": _("Please write the text of the circular.")},
        help_text=_("Paragraphs and web addresses are kept; a few HTML tags are allowed."),
    )
    organisations = forms.ModelMultipleChoiceField(
        label=_("Only these organisations"),
        queryset=None,
        required=False,
        widget=CheckboxGrid,
        help_text=_("Choose none to write to all member organisations."),
    )
    role = forms.ChoiceField(
        label=_("Role in the network"),
        choices=ROLE_CHOICES,
        required=False,
        initial="",
        widget=forms.RadioSelect,
    )
    target_groups = forms.ModelMultipleChoiceField(
        label=_("Only organisations with offers for"),
        queryset=None,
        required=False,
        widget=CheckboxGrid,
        help_text=_("Choose none to leave the target groups aside."),
    )
    form_key = forms.UUIDField(widget=forms.HiddenInput, initial=uuid.uuid4)

    def __init__(self, *args, network: Network, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisations"].queryset = selectors.member_organisations(network)
        self.fields["target_groups"].queryset = selectors.target_groups()

    def clean_body(self) -> str:
        body = self.cleaned_data["body"].strip()
        if not body:
            raise forms.ValidationError(_("Please write the text of the circular."))
        return body

    def audience(self) -> selectors.Audience:
        data = self.cleaned_data
        return selectors.Audience(
            organisation_ids=tuple(sorted(o.pk for o in data.get("organisations") or [])),
            role=data.get("role") or "",
            target_group_ids=tuple(sorted(t.pk for t in data.get("target_groups") or [])),
        )

    def audience_label(self) -> str:
        """The chosen recipients in words, kept with the circular for the archive."""
        data = self.cleaned_data
        parts = [str(dict(ROLE_CHOICES)[data.get("role") or ""])]
        if data.get("organisations"):
            parts.append(", ".join(o.name for o in data["organisations"]))
        if data.get("target_groups"):
            parts.append(
                str(_("offers for %(groups)s"))
                % {"groups": ", ".join(t.name for t in data["target_groups"])}
            )
        return "; ".join(parts)


class MailPreferenceForm(forms.Form):
    digest = forms.ChoiceField(
        label=_("Weekly digest"),
        choices=DigestFrequency.choices,
        widget=forms.RadioSelect,
        help_text=_(
            "Once a week: news, new and changed offers, open needs, the next meetings and "
            "events, and your open tasks."
        ),
    )
    circulars = forms.BooleanField(
        label=_("Receive the circulars of my networks"),
        required=False,
    )
    language = forms.ChoiceField(
        label=_("Language of your e-mails"),
        choices=settings.LANGUAGES,
        help_text=_("All e-mails from the platform to you are written in this language."),
    )
