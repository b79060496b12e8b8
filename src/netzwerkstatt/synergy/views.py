"""Synergies (parallel offers) and the gap overview (Fehlstellen) of a network."""

import csv
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import formats
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_tasks import TaskResultStatus
from django_tasks.exceptions import TaskResultDoesNotExist, TaskResultMismatch

from netzwerkstatt.networks.permissions import get_coordinated_network, get_network_for_members
from netzwerkstatt.offers.models import Offer
from netzwerkstatt.synergy import charts, citywide, selectors, services
from netzwerkstatt.synergy.forms import (
    FindingStatusForm,
    GapFilterForm,
    OfferPairForm,
    ThresholdForm,
)
from netzwerkstatt.synergy.models import FindingStatus
from netzwerkstatt.synergy.permissions import get_decidable_finding
from netzwerkstatt.synergy.tasks import preview_threshold, refresh_network_synergies


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
        card = selectors.finding_card(finding.pk)
        if card_context.get("citywide"):
            citywide.name_networks((card.offer_a, card.offer_b))
        return render(
            request,
            "synergy/_finding.html",
            {
                "finding": card,
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


def _preview_result(network, result_id: str):
    """The preview task's result for this network, or None when it is unknown or foreign."""
    try:
        result = preview_threshold.get_result(result_id)
    except (TaskResultDoesNotExist, TaskResultMismatch, NotImplementedError, ValueError):
        return None
    return result if list(result.args[:1]) == [network.pk] else None


def _finished_preview(request, result):
    if result.status == TaskResultStatus.SUCCESSFUL and result.return_value:
        return services.preview_from_json(result.return_value)
    messages.error(request, _("The effect could not be calculated. Please try again."))
    return None


@login_required
def threshold_settings(request: HttpRequest, slug: str) -> HttpResponse:
    """Coordinators set the threshold in two steps: see its effect, then save it.

    The effect runs the engine over the whole network, as a task: where a worker runs the
    tasks, the page waits for its result (`?vorschau=<id>`) instead of the request.
    """
    network = get_coordinated_network(request.user, slug)
    current = selectors.threshold_of(network)
    form = ThresholdForm(request.POST or None, initial={"threshold": current})
    preview = pending = None
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
        result = preview_threshold.enqueue(network.pk, proposed)
        if not result.is_finished:
            url = reverse("synergy:threshold", args=[network.slug])
            return redirect(f"{url}?{urlencode({'vorschau': result.id})}")
        preview = _finished_preview(request, result)
    elif request.method == "GET" and "vorschau" in request.GET:
        result = _preview_result(network, request.GET["vorschau"])
        if result is None:
            messages.error(
                request, _("This preview is not available any more. Please show the effect again.")
            )
        elif result.is_finished:
            preview = _finished_preview(request, result)
        else:
            pending = result.args[1]
        shown = preview.proposed if preview else pending
        if shown is not None:
            form = ThresholdForm(initial={"threshold": shown})
    return render(
        request,
        "synergy/threshold.html",
        {
            "network": network,
            "form": form,
            "current": current,
            "preview": preview,
            "pending": pending,
            "statuses": FindingStatus.choices,
        },
    )


@dataclass
class PickerSide:
    """One side of the "Warum?" picker: its search field, the chosen offer and the hits."""

    name: str
    legend: str
    field: Any
    errors: list[str]
    chosen: Offer | None = None
    hits: selectors.OfferHits | None = None
    empty_search: bool = False

    @property
    def choices(self) -> list[Offer]:
        hits = self.hits.offers if self.hits else []
        return ([self.chosen] if self.chosen else []) + [o for o in hits if o != self.chosen]


def pair_picker(request: HttpRequest, offers, *, name_networks=None):
    """The form and both sides of the picker; searches only what was asked for."""
    form = OfferPairForm(request.GET or None, offers=offers, search_url=request.path)
    pair = form.pair()
    cleaned = getattr(form, "cleaned_data", {})
    texts = {name: cleaned.get(f"suche_{name}", "") for name in ("a", "b")}
    sides = []
    for name, legend in (("a", _("First offer")), ("b", _("Second offer"))):
        side = PickerSide(
            name,
            legend,
            form[f"suche_{name}"],
            form.errors.get(name, []),
            chosen=cleaned.get(name),
        )
        if texts[name]:
            side.hits = selectors.search_offers(offers, texts[name])
        elif (
            request.GET.get("suchen") == name
            and not any(texts.values())
            and not form.errors.get(f"suche_{name}")
        ):
            side.empty_search = True
        sides.append(side)
    if name_networks is not None:
        name_networks([offer for side in sides for offer in side.choices])
    return form, sides, pair


def render_picker_or_page(request, template: str, context: dict) -> HttpResponse:
    """With htmx, only the hits of the side searched in (and its announced count)."""
    target = request.htmx.target if request.htmx else None
    for side in context["sides"]:
        if target == f"treffer-{side.name}":
            return render(request, "synergy/_offer_choices.html", {"side": side, "oob": True})
    return render(request, template, context)


@login_required
def explain_pair(request: HttpRequest, slug: str) -> HttpResponse:
    """Any two offers of the network side by side, with the engine's score taken apart."""
    network, is_coordinator = get_network_for_members(request.user, slug)
    form, sides, pair = pair_picker(request, selectors.offers_to_compare(network))
    explanation = None
    if pair and not request.htmx:
        explanation = selectors.explain_pair(network, *pair)
    return render_picker_or_page(
        request,
        "synergy/explain.html",
        {
            "network": network,
            "form": form,
            "sides": sides,
            "explanation": explanation,
            "is_coordinator": is_coordinator,
            "threshold_url": (
                reverse("synergy:threshold", args=[network.slug]) if is_coordinator else ""
            ),
            "back_url": reverse("synergy:findings", args=[network.slug]),
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
