"""Synergies (parallel offers) and the gap overview (Fehlstellen) of a network."""

import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import formats
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from netzwerkstatt.networks.permissions import get_coordinated_network, get_network_for_members
from netzwerkstatt.synergy import charts, selectors, services
from netzwerkstatt.synergy.forms import (
    FindingStatusForm,
    GapFilterForm,
    OfferPairForm,
    ThresholdForm,
)
from netzwerkstatt.synergy.models import FindingStatus
from netzwerkstatt.synergy.permissions import get_decidable_finding
from netzwerkstatt.synergy.tasks import refresh_network_synergies


@login_required
def finding_list(request: HttpRequest, slug: str) -> HttpResponse:
    network, is_coordinator = get_network_for_members(request.user, slug)
    status = request.GET.get("status", "")
    page = selectors.findings_of_network(network, status=status, page=request.GET.get("seite", 1))
    return render(
        request,
        "synergy/finding_list.html",
        {
            "network": network,
            "page": page,
            "query": f"status={status}" if status in FindingStatus.values else "",
            "status": status if status in FindingStatus.values else "",
            "statuses": FindingStatus.choices,
            "counts": selectors.status_counts(network),
            "last_refresh": selectors.last_refresh(network) if is_coordinator else None,
            "is_coordinator": is_coordinator,
        },
    )


def decide_finding(
    request: HttpRequest, finding, *, list_url: str, card_context: dict
) -> HttpResponse:
    """A coordinator's decision from a finding's card, in a network or city-wide.

    With htmx the card replaces itself and announces the result in its own status line;
    without, the list is shown again with the same filter and a message.
    """
    form = FindingStatusForm(request.POST)
    error = None
    if form.is_valid():
        try:
            finding = services.set_finding_status(
                finding,
                status=form.cleaned_data["status"],
                note=form.cleaned_data["note"],
                by=request.user,
            )
        except ValidationError as problem:
            error = " ".join(problem.messages)
    else:
        error = _("Unknown decision or a note that is too long. Nothing was changed.")
    if request.htmx:
        return render(
            request,
            "synergy/_finding.html",
            {
                "finding": selectors.finding_card(finding.pk),
                "is_coordinator": True,
                "statuses": FindingStatus.choices,
                "feedback": error or _("Saved."),
                "feedback_is_error": bool(error),
                **card_context,
            },
        )
    if error:
        messages.error(request, error)
    else:
        messages.success(
            request, _("Marked as “%(status)s”.") % {"status": finding.get_status_display()}
        )
    back = request.POST.get("filter", "")
    return redirect(f"{list_url}?status={back}" if back in FindingStatus.values else list_url)


@login_required
@require_POST
def finding_status(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    finding = get_decidable_finding(request.user, slug, pk)
    return decide_finding(
        request,
        finding,
        list_url=reverse("synergy:findings", args=[finding.network.slug]),
        card_context={"network": finding.network},
    )


@login_required
@require_POST
def refresh(request: HttpRequest, slug: str) -> HttpResponse:
    network = get_coordinated_network(request.user, slug)
    refresh_network_synergies.enqueue(network.pk)
    messages.success(
        request,
        _("The synergies are being recalculated. Reload the page in a moment to see the result."),
    )
    return redirect("synergy:findings", slug=network.slug)


@login_required
def threshold_settings(request: HttpRequest, slug: str) -> HttpResponse:
    """Coordinators set the threshold in two steps: see its effect, then save it."""
    network = get_coordinated_network(request.user, slug)
    current = selectors.threshold_of(network)
    form = ThresholdForm(request.POST or None, initial={"threshold": current})
    preview = None
    if request.method == "POST" and form.is_valid():
        proposed = form.cleaned_data["threshold"]
        # Saving needs the value whose effect was shown; a changed value is previewed first.
        if "save" in request.POST and request.POST.get("previewed") == repr(proposed):
            services.set_threshold(network, proposed, by=request.user)
            refresh_network_synergies.enqueue(network.pk)
            messages.success(
                request,
                _("The threshold is now %(value)s. The synergies are being recalculated.")
                % {"value": formats.localize(proposed)},
            )
            return redirect("synergy:findings", slug=network.slug)
        preview = services.threshold_preview(network, proposed)
    return render(
        request,
        "synergy/threshold.html",
        {
            "network": network,
            "form": form,
            "current": current,
            "preview": preview,
            "statuses": FindingStatus.choices,
        },
    )


@login_required
def explain_pair(request: HttpRequest, slug: str) -> HttpResponse:
    """Any two offers of the network side by side, with the engine's score taken apart."""
    network, is_coordinator = get_network_for_members(request.user, slug)
    form = OfferPairForm(request.GET or None, offers=selectors.offers_to_compare(network))
    explanation = None
    if form.is_valid():
        explanation = selectors.explain_pair(
            network, form.cleaned_data["a"], form.cleaned_data["b"]
        )
    return render(
        request,
        "synergy/explain.html",
        {
            "network": network,
            "form": form,
            "explanation": explanation,
            "is_coordinator": is_coordinator,
        },
    )


def _gap_overview(request: HttpRequest, slug: str):
    network, _coordinates = get_network_for_members(request.user, slug)
    form = GapFilterForm(request.GET or None, districts=selectors.districts_of_network(network))
    district = form.cleaned_data.get("stadtteil") if form.is_valid() else None
    return network, form, selectors.gap_overview(network, district=district)


@login_required
def gap_overview(request: HttpRequest, slug: str) -> HttpResponse:
    network, form, overview = _gap_overview(request, slug)
    return render(
        request,
        "synergy/gap_overview.html",
        {
            "network": network,
            "form": form,
            "overview": overview,
            "heatmap": charts.heatmap(overview, no_topic_label=_("no topic")),
            "query": request.GET.urlencode(),
        },
    )


@login_required
def gap_csv(request: HttpRequest, slug: str) -> HttpResponse:
    network, _form, overview = _gap_overview(request, slug)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="fehlstellen-{network.slug}.csv"'
    # A byte-order mark makes spreadsheet programs read the umlauts as UTF-8.
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
    writer.writerow(
        [
            _("Target group"),
            _("Topic"),
            _("Open needs"),
            _("Needs without offer"),
            _("Active offers"),
            _("Organisations with offers"),
        ]
    )
    for cell in overview.cells():
        writer.writerow(
            [
                cell.target_group.label,
                cell.topic.label if cell.topic else _("no topic"),
                len(cell.needs),
                len(cell.uncovered_needs),
                cell.offers,
                cell.organisation_count,
            ]
        )
    return response
