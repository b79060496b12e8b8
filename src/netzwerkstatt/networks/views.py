"""Start page, network pages, member directory, organisation profiles and memberships."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from netzwerkstatt.core.forms import model_form_data, rows_from_formset
from netzwerkstatt.networks import selectors, services
from netzwerkstatt.networks.forms import (
    DirectoryFilterForm,
    MembershipAddForm,
    MembershipChangeForm,
    OrganisationForm,
    ProjectFormSet,
    SocialLinkFormSet,
)
from netzwerkstatt.networks.models import Membership
from netzwerkstatt.networks.permissions import (
    can_coordinate,
    can_edit_organisation,
    get_coordinated_network,
    get_editable_organisation,
    is_network_member,
)


def home(request: HttpRequest) -> HttpResponse:
    page = selectors.network_for_home()
    if page.network_page is None:
        return render(request, "networks/network_index.html", {"networks": page.networks})
    return _render_network(request, page.network_page)


def network_detail(request: HttpRequest, slug: str) -> HttpResponse:
    return _render_network(request, selectors.network_detail(selectors.get_network(slug)))


def _render_network(request: HttpRequest, network_page: selectors.NetworkPage) -> HttpResponse:
    network = network_page.network
    return render(
        request,
        "networks/network_detail.html",
        {
            "page": network_page,
            "network": network,
            "is_member": is_network_member(request.user, network),
            "is_coordinator": can_coordinate(request.user, network),
            "nav": "home",
        },
    )


def organisation_list(request: HttpRequest) -> HttpResponse:
    form = DirectoryFilterForm(request.GET or None)
    valid = form.valid_filters() if request.GET else {}
    filters = selectors.DirectoryFilters(
        network=valid.get("netzwerk"),
        target_groups=list(valid.get("zielgruppe") or []),
        topics=list(valid.get("thema") or []),
    )
    page = selectors.organisation_directory(filters, page=request.GET.get("seite", 1))
    query = request.GET.copy()
    query.pop("seite", None)
    return render(
        request,
        "networks/organisation_list.html",
        {"form": form, "page": page, "query": query.urlencode(), "nav": "organisations"},
    )


def organisation_detail(request: HttpRequest, slug: str) -> HttpResponse:
    profile = selectors.organisation_profile(slug)
    return render(
        request,
        "networks/organisation_detail.html",
        {
            "profile": profile,
            "organisation": profile.organisation,
            "may_edit": can_edit_organisation(request.user, profile.organisation),
            "nav": "organisations",
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def organisation_edit(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_editable_organisation(request.user, slug)
    data = request.POST if request.method == "POST" else None
    form = OrganisationForm(data, instance=organisation)
    projects = ProjectFormSet(data, instance=organisation, prefix="projekte")
    links = SocialLinkFormSet(data, instance=organisation, prefix="links")
    if data is not None and form.is_valid() and projects.is_valid() and links.is_valid():
        try:
            organisation = services.update_organisation(
                organisation,
                data=model_form_data(form),
                projects=rows_from_formset(projects),
                links=rows_from_formset(links),
                by=request.user,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The profile has been saved."))
            return redirect(organisation)
    return render(
        request,
        "networks/organisation_form.html",
        {"form": form, "projects": projects, "links": links, "organisation": organisation},
    )


@login_required
@require_http_methods(["GET", "POST"])
def membership_list(request: HttpRequest, slug: str) -> HttpResponse:
    network = get_coordinated_network(request.user, slug)
    candidates = selectors.organisations_outside(network)
    add_form = MembershipAddForm(request.POST or None, candidates=candidates)
    if request.method == "POST" and add_form.is_valid():
        try:
            membership = services.add_membership(
                network,
                organisation=add_form.cleaned_data["organisation"],
                new_name=add_form.cleaned_data["new_name"],
                status=add_form.cleaned_data["status"],
                role=add_form.cleaned_data["role"],
                by=request.user,
            )
        except ValidationError as error:
            add_form.add_error(None, error)
        else:
            messages.success(
                request,
                _("%(name)s has been added to the network.")
                % {"name": membership.organisation.name},
            )
            return redirect("networks:membership_list", slug=network.slug)
    memberships = selectors.network_memberships(network)
    return render(
        request,
        "networks/membership_list.html",
        {
            "network": network,
            "memberships": [
                (m, MembershipChangeForm(instance=m, prefix=f"m{m.pk}")) for m in memberships
            ],
            "add_form": add_form,
        },
    )


@login_required
@require_POST
def membership_change(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    network = get_coordinated_network(request.user, slug)
    membership = get_object_or_404(
        Membership.objects.select_related("organisation"), pk=pk, network=network
    )
    form = MembershipChangeForm(request.POST, instance=membership, prefix=f"m{membership.pk}")
    if not form.is_valid():
        messages.error(request, _("Unknown status or role. Nothing was changed."))
        return redirect("networks:membership_list", slug=network.slug)
    try:
        services.change_membership(
            membership,
            status=form.cleaned_data["status"],
            role=form.cleaned_data["role"],
            by=request.user,
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("The membership of %(name)s has been changed.")
            % {"name": membership.organisation.name},
        )
    return redirect("networks:membership_list", slug=network.slug)
