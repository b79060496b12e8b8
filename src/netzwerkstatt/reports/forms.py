"""The period of an activity report: a year, a quarter or any dates up to five years apart."""

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from netzwerkstatt.reports.selectors import MAX_SPAN_YEARS, Period

#: Dates far outside these years are typing mistakes (and the calendar arithmetic ends at 9999).
FIRST_YEAR, LAST_YEAR = 1900, 2200

DATE_ERRORS = {
    "required": _("Please enter a date."),
    "invalid": _("Please enter a valid date, for example 31.12.2026."),
}


class PeriodForm(forms.Form):
    von = forms.DateField(
        label=_("From"),
        error_messages=DATE_ERRORS,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    bis = forms.DateField(
        label=_("Until"),
        error_messages=DATE_ERRORS,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def clean(self):
        data = super().clean()
        start, end = data.get("von"), data.get("bis")
        if start is None or end is None:
            return data
        if start.year < FIRST_YEAR or end.year > LAST_YEAR:
            raise forms.ValidationError(
                _("Please choose a period between %(first)d and %(last)d."),
                code="out_of_range",
                params={"first": FIRST_YEAR, "last": LAST_YEAR},
            )
        if end < start:
            raise forms.ValidationError(
                _("The period ends before it starts. Please swap the dates."), code="reversed"
            )
        try:
            limit = start.replace(year=start.year + MAX_SPAN_YEARS)
        except ValueError:  # 29 February
            limit = start.replace(year=start.year + MAX_SPAN_YEARS, day=28)
        if end >= limit:
            raise forms.ValidationError(
                _(
                    "A report covers at most %(years)d years. Please choose a shorter period, "
                    "for example one year."
                ),
                code="too_long",
                params={"years": MAX_SPAN_YEARS},
            )
        return data

    @property
    def period(self) -> Period:
        return Period(start=self.cleaned_data["von"], end=self.cleaned_data["bis"])


def year_period(year: int) -> Period:
    return Period(start=datetime.date(year, 1, 1), end=datetime.date(year, 12, 31))


def quarter_period(year: int, quarter: int) -> Period:
    start = datetime.date(year, 3 * quarter - 2, 1)
    next_start = (
        datetime.date(year + 1, 1, 1) if quarter == 4 else datetime.date(year, 3 * quarter + 1, 1)
    )
    return Period(start=start, end=next_start - datetime.timedelta(days=1))


def presets(today: datetime.date) -> list[tuple[str, Period]]:
    """Links for the usual periods: the last three years and the quarters of this year."""
    years = [(str(year), year_period(year)) for year in range(today.year, today.year - 3, -1)]
    quarters = [
        (
            _("Q%(quarter)d %(year)d") % {"quarter": quarter, "year": today.year},
            quarter_period(today.year, quarter),
        )
        for quarter in range(1, 5)
    ]
    return years + quarters
