"""Forms for posts, updates, comments and the comment settings.

The comment form carries two traps for scripts, neither of which a person notices: a field
hidden from people that only a script fills in (the honeypot), and a signed timestamp that
shows how fast the form was sent back.
"""

import datetime

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from netzwerkstatt import richtext
from netzwerkstatt.core.forms import BotTrapForm, UploadedImageField
from netzwerkstatt.news.models import (
    COMMENT_MAX_LENGTH,
    Comment,
    NetworkCommentPolicy,
    Post,
    Update,
)
from netzwerkstatt.news.services import MAX_LINKS_PER_COMMENT, count_links


class EncodableTextMixin:
    """Read lone surrogates in the submitted text as U+FFFD.

    Django decodes a multipart request in the charset its sender names; UTF-7 and
    ``unicode_escape`` can smuggle lone surrogates into a string, which neither the database nor
    the rendering of "Eingeschränktes HTML" could encode.
    """

    def __init__(self, data=None, *args, **kwargs):
        if hasattr(data, "lists"):
            data = data.copy()
            for key, values in list(data.lists()):
                data.setlist(key, [_encodable(value) for value in values])
        elif data is not None:
            data = {key: _encodable(value) for key, value in data.items()}
        super().__init__(data, *args, **kwargs)


def _encodable(value):
    return richtext.replace_unencodable(value) if isinstance(value, str) else value


class PostForm(EncodableTextMixin, forms.ModelForm):
    class Meta:
        model = Post
        fields = ["title", "teaser", "body", "status", "published_at", "image", "image_alt"]
        # Checks the pixel count before decoding and re-encodes without metadata.
        field_classes = {"image": UploadedImageField}
        widgets = {
            "teaser": forms.Textarea(attrs={"rows": 2}),
            "body": forms.Textarea(attrs={"rows": 14}),
            "published_at": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
            ),
        }

    def clean_published_at(self):
        # Far-off years cannot be stored in every time zone (year 1 in Berlin is before year 1
        # in UTC); no news post needs them.
        published_at = self.cleaned_data["published_at"]
        earliest = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
        latest = timezone.now() + datetime.timedelta(days=10 * 366)
        if not earliest <= published_at <= latest:
            raise forms.ValidationError(
                _("Please choose a publication date between %(start)s and %(end)s.")
                % {"start": date_format(earliest), "end": date_format(latest)}
            )
        return published_at

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("image") and not (cleaned.get("image_alt") or "").strip():
            self.add_error(
                "image_alt", _("Please describe the image for people who cannot see it.")
            )
        return cleaned


class UpdateForm(EncodableTextMixin, forms.ModelForm):
    class Meta:
        model = Update
        fields = ["title", "body", "visibility"]
        widgets = {
            "body": forms.Textarea(attrs={"rows": 8}),
            "visibility": forms.RadioSelect,
        }


class CommentForm(EncodableTextMixin, BotTrapForm):
    """A comment on a news post; visitors also give their name and e-mail address."""

    author_name = forms.CharField(
        label=_("Your name"),
        max_length=100,
        error_messages={"required": _("Please enter your name.")},
    )
    author_email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("Not shown publicly."),
        error_messages={
            "required": _("Please enter your e-mail address."),
            "invalid": _("Please enter a valid e-mail address."),
        },
    )
    author_homepage = forms.URLField(
        label=_("Homepage"),
        required=False,
        assume_scheme="https",
        error_messages={"invalid": _("Please enter a valid web address.")},
    )
    body = forms.CharField(
        label=_("Comment"),
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8, "aria-describedby": "comment-format-help"}),
        error_messages={
            "required": _("Please write a comment."),
            "max_length": _(
                "Your comment is too long: at most %(limit_value)d characters, please "
                "(it has %(show_value)d)."
            ),
        },
    )

    def __init__(self, *args, member: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.member = member
        if member:
            for name in ("author_name", "author_email", "author_homepage", "fax"):
                del self.fields[name]

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if not body:
            raise forms.ValidationError(_("Please write a comment."))
        if count_links(body) > MAX_LINKS_PER_COMMENT:
            raise forms.ValidationError(
                _("Your comment contains too many links: at most %(limit)d, please.")
                % {"limit": MAX_LINKS_PER_COMMENT}
            )
        return body


class CommentEditForm(EncodableTextMixin, forms.ModelForm):
    class Meta:
        model = Comment
        fields = ["body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 10})}


class CommentPolicyForm(forms.ModelForm):
    class Meta:
        model = NetworkCommentPolicy
        fields = ["moderate_anonymous"]
