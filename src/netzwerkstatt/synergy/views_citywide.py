"""The city-wide pages: for people with the role "City-wide coordination", and for the network
coordinators' consent to share with them."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from netzwerkstatt.networks.permissions import get_coordinated_network
from netzwerkstatt.synergy import citywide
from netzwerkstatt.synergy.forms import CitywideFilterForm, CitywideSharingForm
from netzwerkstatt.synergy.models import FindingStatus
from netzwerkstatt.synergy.permissions import get_citywide_finding, require_citywide_coordinator
from netzwerkstatt.synergy.tasks import refresh_citywide_synergies
from netzwerkstatt.synergy.views import decide_finding, pair_picker, render_picker_or_page


def _filters(request: HttpRequest) -> tuple[CitywideFilterForm, citywide.Filters, dict]:
    """The GET filters; an unknown network or district is ignored, never an error page."""
    form = CitywideFilterForm(
        request.GET or None,
        networks=citywide.sharing_networks(),
        districts=citywide.filter_districts(),
    )
    valid = form.valid_filters() if form.is_bound else {}
    filters = citywide.Filters(network=valid.get("netzwerk"), district=valid.get("stadtteil"))
    query = {}
    if filters.network is not None:
        query["netzwerk"] = filters.network.slug
    if filters.district is not None:
        query["stadtteil"] = filters.district.slug
    return form, filters, query


@login_required
def findings(request: HttpRequest) -> HttpResponse:
    require_citywide_coordinator(request.user)
    form, filters, query = _filters(request)
    status = request.GET.get("status", "")
    status = status if status in FindingStatus.values else ""
    page = citywide.findings_page(filters, status=status, page=request.GET.get("seite", 1))
    return render(
        request,
        "synergy/citywide_findings.html",
        {
            "form": form,
            "page": page,
            "filter_query": urlencode(query),
            "query": urlencode({**query, **({"status": status} if status else {})}),
            "status": status,
            "statuses": FindingStatus.choices,
            "counts": citywide.status_counts(filters),
            "last_refresh": citywide.last_refresh(),
            "citywide": True,
            "is_coordinator": True,
        },
    )


@login_required
@require_POST
def finding_status(request: HttpRequest, pk: int) -> HttpResponse:
    return decide_finding(
        request,
        get_citywide_finding(request.user, pk),
        list_url=reverse("synergy:citywide_findings"),
        card_context={"citywide": True},
    )


@login_required
@require_POST
def refresh(request: HttpRequest) -> HttpResponse:
    require_citywide_coordinator(request.user)
    refresh_citywide_synergies.enqueue()
    messages.success(
        request,
        _("The synergies are being recalculated. Reload the page in a moment to see the result."),
    )
    return redirect("synergy:citywide_findings")


@login_required
def explain_pair(request: HttpRequest) -> HttpResponse:
    """ "Warum?" across networks: any two offers of networks that share with the city-wide
    coordination, scored as the city-wide refresh scores them."""
    require_citywide_coordinator(request.user)
    form, sides, pair = pair_picker(
        request, citywide.offers_to_compare(), name_networks=citywide.name_networks
    )
    explanation = None
    if pair and not request.htmx:
        explanation = citywide.explain_pair(*pair)
    return render_picker_or_page(
        request,
        "synergy/explain.html",
        {
            "form": form,
            "sides": sides,
            "explanation": explanation,
            "citywide": True,
            "back_url": reverse("synergy:citywide_findings"),
        },
    )


@login_required
def needs(request: HttpRequest) -> HttpResponse:
    require_citywide_coordinator(request.user)
    form, filters, query = _filters(request)
    return render(
        request,
        "synergy/citywide_needs.html",
        {
            "form": form,
            "page": citywide.open_needs(filters, page=request.GET.get("seite", 1)),
            "query": urlencode(query),
        },
    )


@login_required
def sharing(request: HttpRequest, slug: str) -> HttpResponse:
    """A network's coordinators decide whether the city-wide coordination sees its data."""
    network = get_coordinated_network(request.user, slug)
    shared = citywide.shares_citywide(network)
    # An unticked box sends nothing: a POST without data is a withdrawal, not an empty form.
    data = request.POST if request.method == "POST" else None
    form = CitywideSharingForm(data, initial={"shared_citywide": shared})
    if data is not None and form.is_valid():
        wanted = form.cleaned_data["shared_citywide"]
        citywide.set_sharing(network, wanted, by=request.user)
        if wanted:
            messages.success(request, _("The city-wide coordination now sees this network."))
        else:
            messages.success(
                request, _("The city-wide coordination no longer sees anything of this network.")
            )
        return redirect("synergy:citywide_sharing", slug=network.slug)
    return render(
        request,
        "synergy/citywide_sharing.html",
        {
            "network": network,
            "form": form,
            "shared": shared,
            "coordinators": citywide.citywide_coordinators(),
        },
    )
