"""What the pages of the spreadsheet import show: the preview of an upload, row by row."""

from collections import defaultdict
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from netzwerkstatt.imports.models import SpreadsheetUpload
from netzwerkstatt.imports.readers.spreadsheet import rows_to_package
from netzwerkstatt.imports.records import Problem
from netzwerkstatt.imports.services import (
    CREATED,
    SKIPPED,
    SPREADSHEET_SOURCE,
    UNCHANGED,
    UPDATED,
    Report,
    plan_import,
)


def preview_spreadsheet_import(upload: SpreadsheetUpload) -> Report:
    """What confirming would do, row by row; writes nothing."""
    package = rows_to_package(upload.headers, upload.rows, upload.mapping)
    return plan_import(upload.network, SPREADSHEET_SOURCE, package, dry_run=True).report


def problems_by_row(report: Report) -> dict[str, list[Problem]]:
    grouped: dict[str, list[Problem]] = defaultdict(list)
    for problem in report.problems:
        grouped[problem.row].append(problem)
    return grouped


ACTION_LABELS = {
    CREATED: gettext_lazy("new"),
    UPDATED: gettext_lazy("updated"),
    UNCHANGED: gettext_lazy("unchanged"),
    SKIPPED: gettext_lazy("not imported"),
}


def preview_table(upload: SpreadsheetUpload, report: Report) -> list[dict[str, Any]]:
    """Every row of the upload with what would happen to it and all its problems."""
    planned = {row["row"]: row for row in report.rows}
    problems = problems_by_row(report)
    columns = {field: int(index) for index, field in upload.mapping.items() if field}
    table = []
    for number, cells in enumerate(upload.rows, start=2):
        label = _("row %(row)s") % {"row": number}
        plan_row = planned.get(label, {})

        def cell(field: str, cells: list[str] = cells) -> str:
            index = columns.get(field)
            return cells[index] if index is not None and index < len(cells) else ""

        action = plan_row.get("action", SKIPPED)
        table.append(
            {
                "number": number,
                "title": plan_row.get("title") or cell("title"),
                "organisation": plan_row.get("organisation") or cell("organisation"),
                "action": action,
                "action_label": ACTION_LABELS[action],
                "problems": problems.get(label, []),
            }
        )
    return table
