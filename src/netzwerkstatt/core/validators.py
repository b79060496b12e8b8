"""Validators shared by the forms of every app, and the hook that gives every one-line text
field of every form the check against line breaks and control characters."""

import functools
import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

# What a one-line value (a title, a name) may not contain:
# - C0 controls including TAB, CR and LF, DEL, and C1 controls (NEL among them): they break
#   lines in e-mail subjects, calendar files, CSV exports and page titles, or are invisible;
# - U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR, which many programs show as breaks;
# - the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), with which a
#   name can show as something else than it is ("Trojan Source"). Arabic, Hebrew or Ukrainian
#   text needs none of them; the marks U+200E/U+200F and the joiners of emoji stay allowed.
CONTROL_CHARACTERS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


@deconstructible
class SingleLineValidator:
    message = _(
        "Please enter this on one line, without line breaks, tabs or invisible control characters."
    )
    code = "control_characters"

    def __call__(self, value: object) -> None:
        if isinstance(value, str) and CONTROL_CHARACTERS.search(value):
            raise ValidationError(self.message, code=self.code)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SingleLineValidator)

    def __hash__(self) -> int:
        return hash(SingleLineValidator)


validate_single_line = SingleLineValidator()


def is_single_line(field: forms.Field) -> bool:
    """A text field shown as a one-line input; passwords may hold any character."""
    return (
        isinstance(field, forms.CharField)
        and isinstance(field.widget, forms.widgets.Input)
        and not isinstance(field.widget, forms.PasswordInput | forms.FileInput)
    )


def install_single_line_check() -> None:
    """Give every one-line CharField of every form `validate_single_line`, at one place.

    Called once from `CoreConfig.ready()`, so forms of every app – and fields added in a
    form's `__init__` or by the admin – refuse line breaks and control characters in titles and
    names without each form having to remember it. Fields with a Textarea keep their line
    breaks. A base form class or a field subclass would have to be remembered by every new
    form; this cannot be forgotten. tests/core/test_single_line.py walks every form of the
    project to prove it.
    """
    if getattr(forms.CharField.__init__, "single_line_check", False):
        return
    original_init = forms.CharField.__init__

    @functools.wraps(original_init)
    def __init__(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        if is_single_line(self) and validate_single_line not in self.validators:
            self.validators.append(validate_single_line)

    __init__.single_line_check = True
    forms.CharField.__init__ = __init__
