from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from netzwerkstatt.imports.readers.spreadsheet import FIELDS


class SpreadsheetUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Spreadsheet (CSV or XLSX)"),
        help_text=_(
            "One offer per row, the first row holds the column headings. Up to %(mb)s MB "
            "and %(rows)s rows."
        )
        % {
            "mb": settings.IMPORT_MAX_UPLOAD_BYTES // (1024 * 1024),
            "rows": settings.IMPORT_MAX_ROWS,
        },
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.txt,.xlsx,text/csv"}),
    )


class ColumnMappingForm(forms.Form):
    """One choice per column of the upload: which field of an offer it holds."""

    def __init__(
        self, *args, headers: list[str], samples: list[list[str]], initial_mapping: dict, **kwargs
    ):
        super().__init__(*args, **kwargs)
        choices = list(FIELDS.items())
        for index, heading in enumerate(headers):
            examples = [row[index] for row in samples if index < len(row) and row[index]][:2]
            self.fields[f"column_{index}"] = forms.ChoiceField(
                label=heading or _("Column %(number)s") % {"number": index + 1},
                choices=choices,
                required=False,
                initial=initial_mapping.get(str(index), ""),
                help_text=(
                    _("For example: %(values)s") % {"values": " · ".join(e[:60] for e in examples)}
                )
                if examples
                else "",
            )

    def mapping(self) -> dict[str, str]:
        return {
            name.removeprefix("column_"): value
            for name, value in self.cleaned_data.items()
            if value
        }
