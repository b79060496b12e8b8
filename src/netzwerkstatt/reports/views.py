"""The activity report page (printable) and its CSV download."""

import csv
import datetime

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from netzwerkstatt.networks.models import Network
from netzwerkstatt.reports import charts, selectors
from netzwerkstatt.reports.forms import PeriodForm, presets, year_period
from netzwerkstatt.reports.permissions import get_reportable_network
from netzwerkstatt.reports.selectors import LIMITS, ActivityReport

#: Characters that make a spreadsheet read a cell as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _form(request: HttpRequest) -> PeriodForm:
    if "von" in request.GET or "bis" in request.GET:
        return PeriodForm(request.GET)
    this_year = year_period(timezone.localdate().year)
    return PeriodForm({"von": this_year.start.isoformat(), "bis": this_year.end.isoformat()})


def _query(start: datetime.date, end: datetime.date) -> str:
    return urlencode({"von": start.isoformat(), "bis": end.isoformat()})


def _page(
    request: HttpRequest,
    network: Network,
    form: PeriodForm,
    report: ActivityReport | None,
    status: int = 200,
) -> HttpResponse:
    context = {
        "network": network,
        "form": form,
        "report": report,
        "presets": [(label, _query(p.start, p.end)) for label, p in presets(timezone.localdate())],
        "limits": LIMITS,
    }
    if report is not None:
        context["query"] = _query(report.period.start, report.period.end)
        context["charts"] = {
            "attendance": charts.bar_chart(
                _("Attendance at meetings by organisation"),
                _("Bar chart; the same numbers are in the table below."),
                [(row.organisation, row.people) for row in report.attendance],
            ),
            "target_groups": charts.bar_chart(
                _("Active offers by target group"),
                _("Bar chart; the same numbers are in the table below."),
                [(row.label, row.value) for row in report.offers_by_target_group],
            ),
            "topics": charts.bar_chart(
                _("Active offers by topic"),
                _("Bar chart; the same numbers are in the table below."),
                [(row.label, row.value) for row in report.offers_by_topic],
            ),
            "needs": charts.bar_chart(
                _("Needs"),
                _("Bar chart; the same numbers are in the table below."),
                [(row.label, row.value) for row in report.needs_figures],
            ),
        }
    return render(request, "reports/activity_report.html", context, status=status)


@login_required
def activity_report(request: HttpRequest, slug: str) -> HttpResponse:
    network = get_reportable_network(request.user, slug)
    form = _form(request)
    if not form.is_valid():
        return _page(request, network, form, None, status=400)
    return _page(request, network, form, selectors.activity_report(network, form.period))


def _cell(value: object) -> object:
    """Text starting like a formula is prefixed with ' so spreadsheets show it as text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


@login_required
def activity_report_csv(request: HttpRequest, slug: str) -> HttpResponse:
    network = get_reportable_network(request.user, slug)
    form = _form(request)
    if not form.is_valid():
        return _page(request, network, form, None, status=400)
    report = selectors.activity_report(network, form.period)
    period = report.period
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="taetigkeitsbericht-{network.slug}-{period.start:%Y%m%d}-'
        f'{period.end:%Y%m%d}.csv"'
    )
    # A byte-order mark makes spreadsheet programs read the umlauts as UTF-8; the semicolon is
    # the separator German spreadsheet programs expect.
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
    for row in csv_rows(report):
        writer.writerow([_cell(value) for value in row])
    return response


def csv_rows(report: ActivityReport) -> list[list[object]]:
    period = report.period
    rows: list[list[object]] = [
        [_("Section"), _("Figure"), _("Value")],
        [_("Report"), _("Network"), report.network.name],
        [_("Report"), _("From"), period.start.strftime("%d.%m.%Y")],
        [_("Report"), _("Until"), period.end.strftime("%d.%m.%Y")],
        [_("Members"), _("Member organisations at the start"), report.members_at_start],
        [_("Members"), _("Member organisations at the end"), report.members_at_end],
        [_("Members"), _("Joined"), len(report.joined)],
        [_("Members"), _("Left"), len(report.left)],
        *[[_("Joined"), _("Organisation"), name] for name in report.joined],
        *[[_("Left"), _("Organisation"), name] for name in report.left],
        [_("Meetings"), _("Meetings held"), report.meetings_held],
        [_("Meetings"), _("Attendance in total"), report.attendance_total],
    ]
    for row in report.attendance:
        rows.append([_("Attendance by organisation"), row.organisation, row.people])
        rows.append([_("Meetings attended by organisation"), row.organisation, row.meetings])
    rows += [
        [_("Events"), _("Events held"), len(report.events)],
        [_("Events"), _("Registrations"), report.registrations_total],
        [_("Events"), _("Registered people"), report.registered_people_total],
    ]
    for event in report.events:
        rows.append([_("Registered people by event"), event.title, event.people])
    rows.append([_("Offers"), _("Active offers"), report.offers_active])
    rows += [[_("Offers by target group"), r.label, r.value] for r in report.offers_by_target_group]
    rows += [[_("Offers by topic"), r.label, r.value] for r in report.offers_by_topic]
    rows += [[_("Needs"), r.label, r.value] for r in report.needs_figures]
    rows.append([_("Synergies"), _("Findings found"), report.findings_found])
    rows += [[_("Synergy decisions"), r.label, r.value] for r in report.decisions]
    rows.append([_("Action items"), _("Due in the period"), report.actions_due])
    rows += [[_("Action items"), r.label, r.value] for r in report.action_figures]
    rows += [[_("Limits"), "", str(limit)] for limit in LIMITS]
    return rows
