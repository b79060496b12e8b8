"""Start page, network pages, member directory, organisation profiles, memberships and join
requests."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from netzwerkstatt.audit.selectors import network_log as select_network_log
from netzwerkstatt.audit.selectors import organisation_log as select_organisation_log
from netzwerkstatt.core.forms import model_form_data, rows_from_formset, sent_public_form
from netzwerkstatt.core.http import client_address
from netzwerkstatt.core.translation_views import translation_form_page, translation_overview
from netzwerkstatt.networks import selectors, services
from netzwerkstatt.networks.forms import (
    DirectoryFilterForm,
    EasyReadTextForm,
    JoinRequestAcceptForm,
    JoinRequestDeclineForm,
    JoinRequestForm,
    JoinRequestQuestionForm,
    MembershipAddForm,
    MembershipChangeForm,
    OrganisationForm,
    ProjectFormSet,
    SocialLinkFormSet,
    StaffInviteForm,
    StaffRemoveForm,
)
from netzwerkstatt.networks.models import (
    JoinRequest,
    JoinRequestStatus,
    Membership,
    Network,
    NetworkInvitation,
    Organisation,
)
from netzwerkstatt.networks.permissions import (
    OrganisationEditRefused,
    can_coordinate,
    can_edit_organisation,
    can_manage_staff,
    explain_refusal,
    get_coordinated_network,
    get_editable_organisation,
    get_organisation_staff_member,
    get_staff_managed_organisation,
    is_network_member,
    is_organisation_staff,
    own_organisations,
    refusal_reason,
)
from netzwerkstatt.networks.structured_data import organisation_data
from netzwerkstatt.offers import maps


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
    # Only members of a network are in the directory and the sitemap; other profiles are
    # reachable by their link but not indexed.
    is_public = bool(profile.organisation.current_memberships)
    organisation = profile.organisation
    context = {
        "profile": profile,
        "organisation": organisation,
        "is_public": is_public,
        "structured_data": organisation_data(organisation) if is_public else None,
        "may_edit": can_edit_organisation(request.user, organisation),
        "nav": "organisations",
    }
    if organisation.latitude is not None and organisation.longitude is not None:
        context |= maps.map_context(request, places=[maps.organisation_place(organisation)])
    return maps.allow_tiles(request, render(request, "networks/organisation_detail.html", context))


@login_required
@require_http_methods(["GET", "POST"])
@explain_refusal
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
        organisation = add_form.cleaned_data["organisation"]
        try:
            if organisation is not None and organisation.staff.exists():
                # An organisation with its own staff decides itself: it gets an invitation.
                services.invite_organisation(
                    network,
                    organisation=organisation,
                    role=add_form.cleaned_data["role"],
                    by=request.user,
                )
                text = _(
                    "%(name)s has its own staff and has been invited. It becomes a member "
                    "when its staff accept."
                )
            else:
                membership = services.add_membership(
                    network,
                    organisation=organisation,
                    new_name=add_form.cleaned_data["new_name"],
                    status=add_form.cleaned_data["status"],
                    role=add_form.cleaned_data["role"],
                    by=request.user,
                )
                organisation = membership.organisation
                text = _("%(name)s has been added to the network.")
        except ValidationError as error:
            add_form.add_error(None, error)
        else:
            messages.success(request, text % {"name": organisation.name})
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
            "invitations": selectors.open_network_invitations(network),
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


# Join requests ("Mitglied werden") ------------------------------------------------------------


def privacy(request: HttpRequest) -> HttpResponse:
    # Rendered from the privacy registry, so the notice lists what the models really keep.
    from netzwerkstatt.privacy.selectors import privacy_notice

    context = {"entries": privacy_notice(), "map_tile_host": maps.tile_host()}
    return render(request, "networks/privacy.html", context)


@require_http_methods(["GET", "POST"])
def join_request_create(request: HttpRequest, slug: str) -> HttpResponse:
    """The public "Mitglied werden" form of a network."""
    network = selectors.get_network(slug)
    form = JoinRequestForm(request.POST or None, initial=_join_request_initial(request.user))

    def submit(data):
        services.submit_join_request(
            network,
            organisation_name=data["organisation_name"],
            contact_name=data["contact_name"],
            email=data["email"],
            message=data["message"],
            website=data["website"],
            consent=data["consent"],
            ip_address=client_address(request),
        )

    if sent_public_form(request, form, submit):
        return redirect("networks:join_request_thanks", slug=network.slug)
    return render(request, "networks/join_request_form.html", {"form": form, "network": network})


def _join_request_initial(user) -> dict[str, str]:
    """A logged-in person need not type their name and address again; their organisation is
    filled in only when they work for exactly one (otherwise it would be a guess)."""
    if not user.is_authenticated:
        return {}
    initial = {"contact_name": user.display_name, "email": user.email}
    organisations = list(own_organisations(user)[:2])
    if len(organisations) == 1:
        initial["organisation_name"] = organisations[0].name
        initial["website"] = organisations[0].website
    return initial


def join_request_thanks(request: HttpRequest, slug: str) -> HttpResponse:
    network = selectors.get_network(slug)
    return render(request, "networks/join_request_thanks.html", {"network": network})


@login_required
def join_request_list(request: HttpRequest, slug: str) -> HttpResponse:
    network = get_coordinated_network(request.user, slug)
    status = request.GET.get("status", JoinRequestStatus.OPEN)
    if status not in JoinRequestStatus.values:
        status = JoinRequestStatus.OPEN
    listing = selectors.join_request_list(network, status=status)
    tabs = [(value, label, listing.counts[value]) for value, label in JoinRequestStatus.choices]
    return render(
        request,
        "networks/join_request_list.html",
        {"network": network, "listing": listing, "tabs": tabs},
    )


QUESTION_PREFIX = "frage"
DECLINE_PREFIX = "absage"


def _render_join_request(
    request: HttpRequest, network: Network, join_request: JoinRequest, **forms
) -> HttpResponse:
    similar = selectors.organisations_for_join_request(
        join_request, also_named=request.POST.get("new_name", "")
    )
    new_label = _("Create a new organisation “%(name)s”") % {"name": join_request.organisation_name}
    similar_list = list(similar)
    first = similar_list[0] if similar_list else None
    context = {
        "has_similar": bool(similar_list),
        "network": network,
        "join_request": join_request,
        "question_form": forms.get("question_form")
        or JoinRequestQuestionForm(prefix=QUESTION_PREFIX),
        "accept_form": forms.get("accept_form")
        or JoinRequestAcceptForm(
            similar=similar,
            new_label=new_label,
            initial={
                "organisation": first.pk if first else "",
                "new_name": join_request.organisation_name,
            },
        ),
        "decline_form": forms.get("decline_form") or JoinRequestDeclineForm(prefix=DECLINE_PREFIX),
    }
    return render(request, "networks/join_request_detail.html", context)


@login_required
def join_request_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    network = get_coordinated_network(request.user, slug)
    join_request = selectors.get_join_request(network, pk)
    return _render_join_request(request, network, join_request)


def _join_request_action(request: HttpRequest, slug: str, pk: int) -> tuple[Network, JoinRequest]:
    network = get_coordinated_network(request.user, slug)
    return network, selectors.get_join_request(network, pk)


@login_required
@require_POST
def join_request_ask(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    network, join_request = _join_request_action(request, slug, pk)
    form = JoinRequestQuestionForm(request.POST, prefix=QUESTION_PREFIX)
    if form.is_valid():
        try:
            services.ask_join_request_question(
                join_request, message=form.cleaned_data["message"], by=request.user
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("Your question has been sent to %(email)s.") % {"email": join_request.email},
            )
            return redirect(join_request)
    return _render_join_request(request, network, join_request, question_form=form)


@login_required
@require_POST
def join_request_accept(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    network, join_request = _join_request_action(request, slug, pk)
    form = JoinRequestAcceptForm(
        request.POST,
        similar=selectors.organisations_for_join_request(
            join_request, also_named=request.POST.get("new_name", "")
        ),
        new_label="",
    )
    if form.is_valid():
        try:
            join_request = services.accept_join_request(
                join_request,
                organisation=form.cleaned_data["organisation"],
                new_name=form.cleaned_data["new_name"],
                by=request.user,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _(
                    "%(name)s is now a member of the network. An invitation has been sent to "
                    "%(email)s."
                )
                % {"name": join_request.organisation.name, "email": join_request.email},
            )
            return redirect(join_request)
    form.fields["organisation"].empty_label = _("Create a new organisation “%(name)s”") % {
        "name": join_request.organisation_name
    }
    return _render_join_request(request, network, join_request, accept_form=form)


@login_required
@require_POST
def join_request_decline(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    network, join_request = _join_request_action(request, slug, pk)
    form = JoinRequestDeclineForm(request.POST, prefix=DECLINE_PREFIX)
    if form.is_valid():
        try:
            services.decline_join_request(
                join_request, message=form.cleaned_data["message"], by=request.user
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("The request has been declined and %(email)s has been told.")
                % {"email": join_request.email},
            )
            return redirect(join_request)
    return _render_join_request(request, network, join_request, decline_form=form)


@login_required
@require_POST
def join_request_resend(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    network, join_request = _join_request_action(request, slug, pk)
    try:
        services.resend_join_request_invitation(join_request, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("A new invitation has been sent to %(email)s.") % {"email": join_request.email},
        )
    return redirect(join_request)


@login_required
@require_POST
def join_request_from_comment(request: HttpRequest, slug: str, comment_pk: int) -> HttpResponse:
    """A coordinator turns a news comment into a join request with one click."""
    from netzwerkstatt.news.models import Comment

    network = get_coordinated_network(request.user, slug)
    comment = get_object_or_404(
        Comment.objects.select_related("post__network"), pk=comment_pk, post__network=network
    )
    try:
        join_request, created = services.create_join_request_from_comment(
            comment=comment, by=request.user
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(network)
    if created:
        messages.success(request, _("The comment has been turned into a join request."))
    else:
        messages.info(request, _("This comment has been turned into a join request before."))
    return redirect(join_request)


# Staff ("Mitarbeiter:innen") -----------------------------------------------------------------


def _render_staff_list(
    request: HttpRequest, organisation: Organisation, invite_form: StaffInviteForm
) -> HttpResponse:
    return render(
        request,
        "networks/staff_list.html",
        {
            "organisation": organisation,
            "rows": selectors.organisation_staff(organisation),
            "requests": selectors.open_staff_requests(organisation),
            "invite_form": invite_form,
        },
    )


@login_required
@require_GET
@explain_refusal
def staff_list(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_staff_managed_organisation(request.user, slug)
    return _render_staff_list(request, organisation, StaffInviteForm())


@login_required
@require_POST
@explain_refusal
def staff_invite(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_staff_managed_organisation(request.user, slug)
    form = StaffInviteForm(request.POST)
    if form.is_valid():
        try:
            services.invite_staff(
                organisation,
                email=form.cleaned_data["email"],
                display_name=form.cleaned_data["display_name"],
                job_title=form.cleaned_data["job_title"],
                by=request.user,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            # The same answer whether or not the address has an account.
            messages.success(
                request,
                _(
                    "A request has been sent to %(email)s. The person becomes a staff member "
                    "once they accept it."
                )
                % {"email": form.cleaned_data["email"]},
            )
            return redirect("networks:staff_list", slug=organisation.slug)
    return _render_staff_list(request, organisation, form)


@login_required
@require_POST
@explain_refusal
def staff_resend(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    staff = get_organisation_staff_member(request.user, slug, pk)
    try:
        services.resend_staff_invitation(staff, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("A new invitation has been sent to %(email)s.") % {"email": staff.user.email}
        )
    return redirect("networks:staff_list", slug=slug)


@login_required
@require_POST
@explain_refusal
def staff_remove(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """The button on the list asks once more on a page of its own; that page's button removes."""
    staff = get_organisation_staff_member(request.user, slug, pk)
    form = StaffRemoveForm(request.POST)
    if not (form.is_valid() and form.cleaned_data["confirmed"]):
        return render(
            request,
            "networks/staff_remove.html",
            {
                "staff": staff,
                "organisation": staff.organisation,
                "is_self": staff.user_id == request.user.pk,
            },
        )
    try:
        services.remove_staff(staff, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("networks:staff_list", slug=slug)
    name = staff.user.display_name or staff.user.email
    if not can_manage_staff(request.user, staff.organisation):
        messages.success(
            request,
            _("You no longer work for %(organisation)s.")
            % {"organisation": staff.organisation.name},
        )
        return redirect("accounts:dashboard")
    messages.success(
        request,
        _("%(name)s has been removed from %(organisation)s. The account remains.")
        % {"name": name, "organisation": staff.organisation.name},
    )
    return redirect("networks:staff_list", slug=slug)


# Staff requests and network invitations: the consent of the person or organisation -----------


@never_cache
@require_http_methods(["GET", "POST"])
def staff_request(request: HttpRequest, token: str) -> HttpResponse:
    """A person answers a request to join an organisation's staff by its one-time link."""
    try:
        found = services.check_staff_request(token)
    except ValidationError as error:
        return render(
            request,
            "networks/staff_request_invalid.html",
            {"problem": " ".join(error.messages)},
            status=410,
        )
    if request.method == "POST":
        decision = request.POST.get("decision")
        try:
            if decision == "accept":
                services.accept_staff_request(token=token)
                messages.success(
                    request,
                    _("You now work for %(organisation)s.")
                    % {"organisation": found.organisation.name},
                )
            elif decision == "decline":
                services.decline_staff_request(token=token)
                messages.success(
                    request,
                    _("You have declined. %(organisation)s has been told.")
                    % {"organisation": found.organisation.name},
                )
            else:
                messages.error(request, _("Please choose to accept or to decline."))
                return redirect("networks:staff_request", token=token)
        except ValidationError as error:
            return render(
                request,
                "networks/staff_request_invalid.html",
                {"problem": " ".join(error.messages)},
                status=410,
            )
        if request.user.is_authenticated and request.user.pk == found.user_id:
            return redirect("accounts:dashboard")
        return redirect("networks:organisation", slug=found.organisation.slug)
    return render(request, "networks/staff_request.html", {"staff_request": found})


@login_required
@require_POST
def staff_request_decide(request: HttpRequest, pk: int) -> HttpResponse:
    """The same answer from "My area", for the logged-in person the request is for."""
    decision = request.POST.get("decision")
    try:
        if decision == "accept":
            staff = services.accept_staff_request(pk=pk, user=request.user)
            messages.success(
                request,
                _("You now work for %(organisation)s.") % {"organisation": staff.organisation.name},
            )
        elif decision == "decline":
            found = services.decline_staff_request(pk=pk, user=request.user)
            messages.success(
                request,
                _("You have declined. %(organisation)s has been told.")
                % {"organisation": found.organisation.name},
            )
        else:
            messages.error(request, _("Please choose to accept or to decline."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("accounts:dashboard")


def _answerable_invitation(request: HttpRequest, slug: str, pk: int) -> NetworkInvitation:
    organisation = get_object_or_404(Organisation, slug=slug)
    if not (request.user.is_superuser or is_organisation_staff(request.user, organisation)):
        raise OrganisationEditRefused(organisation, refusal_reason(request.user, organisation))
    return get_object_or_404(
        NetworkInvitation.objects.select_related("network", "organisation"),
        pk=pk,
        organisation=organisation,
    )


@login_required
@require_POST
@explain_refusal
def network_invitation_accept(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    invitation = _answerable_invitation(request, slug, pk)
    try:
        services.accept_network_invitation(invitation, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("%(organisation)s is now a member of %(network)s.")
            % {"organisation": invitation.organisation.name, "network": invitation.network.name},
        )
    return redirect("accounts:dashboard")


@login_required
@require_POST
@explain_refusal
def network_invitation_decline(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    invitation = _answerable_invitation(request, slug, pk)
    try:
        services.decline_network_invitation(invitation, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("The invitation into %(network)s has been declined.")
            % {"network": invitation.network.name},
        )
    return redirect("accounts:dashboard")


# Audit log pages ------------------------------------------------------------------------------


@login_required
@require_GET
@explain_refusal
def organisation_log(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_editable_organisation(request.user, slug)
    page = select_organisation_log(organisation, page=request.GET.get("seite", 1))
    return render(
        request, "networks/organisation_log.html", {"organisation": organisation, "page": page}
    )


@login_required
@require_GET
def network_log(request: HttpRequest, slug: str) -> HttpResponse:
    network = get_coordinated_network(request.user, slug)
    page = select_network_log(network, page=request.GET.get("seite", 1))
    return render(request, "networks/network_log.html", {"network": network, "page": page})


@login_required
@require_GET
@explain_refusal
def organisation_translations(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_editable_organisation(request.user, slug)
    return translation_overview(
        request,
        organisation,
        title=organisation.name,
        form_url_name="networks:organisation_translate",
        url_args=[organisation.slug],
    )


@login_required
@require_http_methods(["GET", "POST"])
@explain_refusal
def organisation_translate(request: HttpRequest, slug: str, language: str) -> HttpResponse:
    organisation = get_editable_organisation(request.user, slug)
    return translation_form_page(
        request,
        organisation,
        language=language,
        title=organisation.name,
        overview_url=reverse("networks:organisation_translations", args=[organisation.slug]),
        save=lambda values: services.translate_organisation(
            organisation, language=language, values=values, by=request.user
        ),
    )


# Leichte Sprache ------------------------------------------------------------------------------
# Easy-read pages are German content, whatever the interface language (see docs/architecture.md).

EASY_READ_PAGES = {
    "easy_read": "networks/easy_read/index.html",
    "easy_read_offers": "networks/easy_read/offers.html",
    "easy_read_join": "networks/easy_read/join.html",
    "easy_read_privacy": "networks/easy_read/privacy.html",
}


@require_GET
def easy_read_page(request: HttpRequest, page: str) -> HttpResponse:
    home = selectors.network_for_home()
    return render(
        request,
        EASY_READ_PAGES[page],
        {
            "home_network": home.network_page.network if home.network_page else None,
            "networks": selectors.networks_to_join() if page == "easy_read_join" else [],
            "current": page,
            "nav": "easy_read",
        },
    )


@require_GET
def network_easy_read(request: HttpRequest, slug: str) -> HttpResponse:
    network = selectors.get_network(slug)
    return render(
        request,
        "networks/easy_read/network.html",
        {
            "page": selectors.easy_read_network(network),
            "network": network,
            "home_network": network,
            "is_coordinator": can_coordinate(request.user, network),
            "current": "network",
            "nav": "easy_read",
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def network_easy_read_edit(request: HttpRequest, slug: str) -> HttpResponse:
    network = get_coordinated_network(request.user, slug)
    form = EasyReadTextForm(request.POST or None, instance=network)
    if request.method == "POST" and form.is_valid():
        services.update_easy_read_text(
            network, text=form.cleaned_data["easy_read_text"], by=request.user
        )
        messages.success(request, _("The text in easy-read German has been saved."))
        return redirect("networks:easy_read_network", slug=network.slug)
    return render(
        request, "networks/easy_read/network_form.html", {"form": form, "network": network}
    )
