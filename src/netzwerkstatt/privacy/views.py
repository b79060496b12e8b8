"""The coordinators' page to find and erase a visitor's data in their own network."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from netzwerkstatt.networks.permissions import get_coordinated_network
from netzwerkstatt.privacy import selectors, services
from netzwerkstatt.privacy.forms import VisitorEraseForm, VisitorSearchForm


@never_cache
@login_required
@require_http_methods(["GET"])
def visitor_data(request: HttpRequest, slug: str) -> HttpResponse:
    network = get_coordinated_network(request.user, slug)
    form = VisitorSearchForm(request.GET or None)
    found = None
    erase_form = None
    if form.is_valid():
        found = selectors.visitor_data_in(network, email=form.cleaned_data["email"])
        erase_form = VisitorEraseForm(initial={"email": found.email})
    return render(
        request,
        "privacy/visitor_data.html",
        {"network": network, "form": form, "found": found, "erase_form": erase_form},
    )


@login_required
@require_POST
def visitor_erase(request: HttpRequest, slug: str) -> HttpResponse:
    network = get_coordinated_network(request.user, slug)
    form = VisitorEraseForm(request.POST)
    if not form.is_valid():
        email = request.POST.get("email", "")
        found = selectors.visitor_data_in(network, email=email) if "@" in email else None
        return render(
            request,
            "privacy/visitor_data.html",
            {
                "network": network,
                "form": VisitorSearchForm(initial={"email": email}),
                "found": found,
                "erase_form": form,
            },
            status=400,
        )
    try:
        erasure = services.erase_visitor_data(
            network, email=form.cleaned_data["email"], by=request.user
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("privacy:visitor_data", slug=network.slug)
    if erasure.total:
        items = [
            text % {"count": count}
            for text, count in (
                (
                    ngettext("%(count)d comment", "%(count)d comments", erasure.comments),
                    erasure.comments,
                ),
                (
                    ngettext(
                        "%(count)d registration", "%(count)d registrations", erasure.registrations
                    ),
                    erasure.registrations,
                ),
                (
                    ngettext(
                        "%(count)d join request", "%(count)d join requests", erasure.join_requests
                    ),
                    erasure.join_requests,
                ),
                (
                    ngettext(
                        "%(count)d offer of help", "%(count)d offers of help", erasure.help_offers
                    ),
                    erasure.help_offers,
                ),
            )
            if count
        ]
        messages.success(
            request,
            _("Erased for %(email)s: %(items)s.")
            % {"email": form.cleaned_data["email"], "items": ", ".join(items)},
        )
    else:
        messages.info(
            request,
            _("Nothing was stored under %(email)s in this network (any more).")
            % {"email": form.cleaned_data["email"]},
        )
    return redirect("privacy:visitor_data", slug=network.slug)
