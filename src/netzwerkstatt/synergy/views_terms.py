"""The network's term entries ("Begriffe"): members read them, coordinators add and withdraw."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from netzwerkstatt.core.redirects import redirect_to_next
from netzwerkstatt.networks.permissions import get_coordinated_network, get_network_for_members
from netzwerkstatt.synergy import terms
from netzwerkstatt.synergy.forms import TermEntryForm
from netzwerkstatt.synergy.models import TermRelation


@login_required
def term_list(request: HttpRequest, slug: str) -> HttpResponse:
    """The list of entries and, for coordinators, the form for a new one."""
    network, is_coordinator = get_network_for_members(request.user, slug)
    own_url = reverse("synergy:terms", args=[network.slug])
    if request.method == "POST":
        if not is_coordinator:
            raise PermissionDenied
        form = TermEntryForm(request.POST)
        if form.is_valid():
            try:
                terms.add_entry(network, **form.cleaned_data, by=request.user)
            except ValidationError as problem:
                form.add_error(None, problem)
            else:
                if form.cleaned_data["relation"] == TermRelation.SITUATION:
                    # Need suggestions read the network's lexicon on request.
                    saved = _(
                        "Saved. The suggestions for this network’s needs use it at once, its "
                        "synergies from the next recalculation, which has been started."
                    )
                else:
                    saved = _(
                        "Saved. It applies to this network’s synergies from the next "
                        "recalculation, which has been started."
                    )
                messages.success(request, saved)
                return redirect_to_next(request, own_url)
        if request.POST.get("next"):
            messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
            return redirect_to_next(request, own_url)
    else:
        initial = {
            key: request.GET[key][: terms.TERM_MAX_LENGTH]
            for key in ("term_a", "term_b")
            if key in request.GET
        }
        if request.GET.get("relation") in TermRelation.values:
            initial["relation"] = request.GET["relation"]
        form = TermEntryForm(initial=initial)
    return render(
        request,
        "synergy/terms.html",
        {
            "network": network,
            "page": terms.terms_of_network(network),
            "form": form if is_coordinator else None,
            "is_coordinator": is_coordinator,
        },
    )


@login_required
@require_POST
def term_withdraw(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    network = get_coordinated_network(request.user, slug)
    entry = terms.get_entry(network, pk)
    if entry is None:
        raise Http404
    try:
        terms.withdraw_entry(entry, by=request.user)
    except ValidationError as problem:
        messages.error(request, " ".join(problem.messages))
    else:
        messages.success(
            request,
            _("“%(entry)s” is withdrawn. The synergies are being recalculated.") % {"entry": entry},
        )
    return redirect("synergy:terms", slug=network.slug)
