"""Offer directory, offer pages and editing, and needs of a network."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from netzwerkstatt.core.forms import model_form_data, rows_from_formset, sent_public_form
from netzwerkstatt.core.http import client_address
from netzwerkstatt.core.redirects import redirect_to_next
from netzwerkstatt.core.translation_views import translation_form_page, translation_overview
from netzwerkstatt.networks.models import MembershipStatus, Organisation
from netzwerkstatt.networks.permissions import (
    can_coordinate,
    explain_refusal,
    get_coordinated_network,
    get_editable_organisation,
    get_member_network,
)
from netzwerkstatt.networks.selectors import get_network
from netzwerkstatt.offers import maps, selectors, services
from netzwerkstatt.offers.forms import (
    HelpOfferForm,
    NeedForm,
    NeedPublicForm,
    OfferFilterForm,
    OfferForm,
    OfferStatusForm,
    WeeklySlotFormSet,
)
from netzwerkstatt.offers.models import HelpOfferStatus, NeedStatus
from netzwerkstatt.offers.permissions import (
    can_edit_need,
    can_see_raised_by,
    get_coordinated_need,
    get_editable_need,
    get_editable_offer,
    get_handled_help_offer,
    get_raised_by_answerable_need,
    get_visible_need,
    get_visible_offer,
)
from netzwerkstatt.offers.structured_data import service_data
from netzwerkstatt.synergy.selectors import suggestions_for_need
from netzwerkstatt.synergy.terms import TERM_MAX_LENGTH


def _directory_filters(request: HttpRequest) -> tuple[OfferFilterForm, dict, dict]:
    """The directory's valid filters, with `ort` turned into a point; and how it went."""
    form = OfferFilterForm(request.GET or None)
    filters = form.valid_filters() if request.GET else {}
    near = {"label": "", "unknown": ""}
    if filters.get("near"):
        near["label"] = _("the point you chose")
    elif filters.get("ort"):
        known = selectors.known_place(filters["ort"])
        if known:
            filters["near"], near["label"] = known.point, known.label
        else:
            near["unknown"] = filters["ort"]
    return form, filters, near


def offer_list(request: HttpRequest) -> HttpResponse:
    form, filters, near = _directory_filters(request)
    page = selectors.offer_directory(filters, page=request.GET.get("seite", 1))
    if filters.get("near"):
        for offer in page:
            offer.distance_km = selectors.distance_km(
                filters["near"], offer.latitude, offer.longitude
            )
    query = request.GET.copy()
    query.pop("seite", None)
    context = {"form": form, "page": page, "query": query.urlencode(), "nav": "offers"}
    if request.htmx:
        return render(request, "offers/_results.html", context)
    without_near = request.GET.copy()
    for name in ("seite", "near", "ort"):
        without_near.pop(name, None)
    context |= {
        "near": near,
        "near_point": filters.get("near"),
        "filters_without_near": without_near,
        **maps.map_context(request, source=reverse("offers:map_data"), near=filters.get("near")),
    }
    return maps.allow_tiles(request, render(request, "offers/offer_list.html", context))


def offer_map_data(request: HttpRequest) -> JsonResponse:
    """The directory's results as GeoJSON places, with the directory's own filters."""
    form, filters, _near = _directory_filters(request)
    found = selectors.map_places(filters, limit=settings.MAP_MAX_OFFERS)
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
            "properties": {"name": place["name"], "offers": place["offers"]},
        }
        for place in found.places
    ]
    notes = []
    if form.errors:
        notes.append(_("Some filters had invalid values and were ignored."))
    if found.without_place:
        notes.append(
            ngettext(
                "%(count)s offer of the list has no place and is not on the map.",
                "%(count)s offers of the list have no place and are not on the map.",
                found.without_place,
            )
            % {"count": found.without_place}
        )
    if found.truncated:
        notes.append(
            _("The map shows the first %(count)s offers with a place; narrow the search for all.")
            % {"count": found.shown}
        )
    return JsonResponse(
        {
            "type": "FeatureCollection",
            "features": features,
            "total": found.total,
            "without_place": found.without_place,
            "shown": found.shown,
            "truncated": found.truncated,
            "notes": notes,
        }
    )


def map_districts(request: HttpRequest) -> JsonResponse:
    """The installation's district outlines (settings.MAP_DISTRICTS_GEOJSON) for the map."""
    response = JsonResponse(maps.districts_geojson(), content_type="application/geo+json")
    response["Cache-Control"] = "public, max-age=3600"
    return response


def offer_detail(request: HttpRequest, pk: int) -> HttpResponse:
    offer, may_edit = get_visible_offer(request.user, pk)
    # Visitors only ever see public offers; an editor may be looking at a paused one.
    is_public = not may_edit or selectors.offer_is_public(offer)
    return render(
        request,
        "offers/offer_detail.html",
        {
            "offer": offer,
            "may_edit": may_edit,
            "status_form": OfferStatusForm(),
            "nav": "offers",
            "is_public": is_public,
            "structured_data": service_data(offer) if is_public else None,
        },
    )


def _offer_form_page(request: HttpRequest, organisation, offer=None) -> HttpResponse:
    """Create (`offer` None) or edit an offer with its weekly times; GET shows, POST saves."""
    if request.method == "POST":
        form = OfferForm(request.POST, instance=offer)
        formset = WeeklySlotFormSet(request.POST, instance=offer, prefix="zeiten")
        if form.is_valid() and formset.is_valid():
            data, slots = model_form_data(form), rows_from_formset(formset)
            try:
                if offer is None:
                    offer = services.create_offer(
                        organisation, data=data, slots=slots, by=request.user
                    )
                    messages.success(request, _("The offer has been created."))
                else:
                    offer = services.update_offer(offer, data=data, slots=slots, by=request.user)
                    messages.success(request, _("Your changes have been saved."))
            except ValidationError as error:
                form.add_error(None, error)
            else:
                return redirect(offer)
    elif offer is None:
        form = OfferForm(initial={"city": organisation.city, "district": organisation.district})
        formset = WeeklySlotFormSet(prefix="zeiten")
    else:
        form = OfferForm(instance=offer)
        formset = WeeklySlotFormSet(instance=offer, prefix="zeiten")
    return render(
        request,
        "offers/offer_form.html",
        {"form": form, "formset": formset, "organisation": organisation, "offer": offer},
    )


@login_required
@require_http_methods(["GET", "POST"])
@explain_refusal
def offer_create(request: HttpRequest, org_slug: str) -> HttpResponse:
    return _offer_form_page(request, get_editable_organisation(request.user, org_slug))


@login_required
@require_http_methods(["GET", "POST"])
@explain_refusal
def offer_edit(request: HttpRequest, pk: int) -> HttpResponse:
    offer = get_editable_offer(request.user, pk)
    return _offer_form_page(request, offer.organisation, offer)


# Lazy: translated when the message is shown, in the language of that request.
STATUS_MESSAGES = {
    "active": gettext_lazy("The offer is active again and shown in the directory."),
    "paused": gettext_lazy(
        "The offer is paused and hidden from the directory until you resume it."
    ),
    "ended": gettext_lazy("The offer has ended and is no longer shown in the directory."),
}


@login_required
@require_POST
@explain_refusal
def offer_status(request: HttpRequest, pk: int) -> HttpResponse:
    offer = get_editable_offer(request.user, pk)
    form = OfferStatusForm(request.POST)
    if form.is_valid():
        status = form.cleaned_data["status"]
        services.set_offer_status(offer, status=status, by=request.user)
        messages.success(request, STATUS_MESSAGES[status])
    else:
        messages.error(request, _("Unknown status. Nothing was changed."))
    return redirect(offer)


@login_required
def need_list(request: HttpRequest, slug: str) -> HttpResponse:
    network = get_member_network(request.user, slug)
    status = request.GET.get("status")
    needs = list(selectors.needs_of_network(network, status=status))
    # Who sees a "raised by" that waits for confirmation (see can_see_raised_by); asked only
    # when a need on the page waits.
    pending = any(need.raised_by_pending for need in needs)
    return render(
        request,
        "offers/need_list.html",
        {
            "network": network,
            "needs": needs,
            "sees_unconfirmed": pending and can_coordinate(request.user, network),
            "own_ids": _own_ids(request) if pending else set(),
            "status": status if status in NeedStatus.values else "",
            "statuses": NeedStatus.choices,
        },
    )


def _need_form_page(request: HttpRequest, network, need=None) -> HttpResponse:
    """Record (`need` None) or edit a need of the network; GET shows, POST saves."""
    if request.method == "POST":
        form = NeedForm(request.POST, instance=need, network=network)
        if form.is_valid():
            data = model_form_data(form)
            try:
                if need is None:
                    need = services.create_need(network, data=data, by=request.user)
                    messages.success(request, _("The need has been recorded."))
                    if need.raised_by_pending:
                        messages.info(
                            request,
                            _(
                                "The network sees %(name)s as the one that raised it once its "
                                "staff have confirmed; they have been told."
                            )
                            % {"name": need.raised_by.name},
                        )
                else:
                    need = services.update_need(need, data=data, by=request.user)
                    messages.success(request, _("Your changes have been saved."))
            except ValidationError as error:
                form.add_error(None, error)
            else:
                return redirect(need)
    elif need is None:
        # The user's own member organisation first, never simply the first in the list.
        own = (
            Organisation.objects.filter(
                staff__user=request.user,
                memberships__network=network,
                memberships__status=MembershipStatus.MEMBER,
            )
            .order_by("name")
            .first()
        )
        form = NeedForm(network=network, initial={"district": network.district, "raised_by": own})
    else:
        form = NeedForm(instance=need, network=network)
    return render(
        request, "offers/need_form.html", {"form": form, "network": network, "need": need}
    )


@login_required
@require_http_methods(["GET", "POST"])
def need_create(request: HttpRequest, slug: str) -> HttpResponse:
    return _need_form_page(request, get_member_network(request.user, slug))


@login_required
def need_detail(request: HttpRequest, pk: int) -> HttpResponse:
    need = get_visible_need(request.user, pk)
    return render(request, "offers/need_detail.html", _need_context(request, need))


def _need_context(request: HttpRequest, need, publish_form=None) -> dict:
    coordinates = can_coordinate(request.user, need.network)
    if coordinates and publish_form is None:
        publish_form = NeedPublicForm(
            initial={"public_description": need.public_description or need.description}
        )
    return {
        "need": need,
        "network": need.network,
        "may_edit": can_edit_need(request.user, need),
        "shows_raised_by": can_see_raised_by(request.user, need),
        "answers_for_raised_by": need.raised_by_pending and need.raised_by_id in _own_ids(request),
        "suggestions": suggestions_for_need(need, teaching=coordinates),
        "term_max_length": TERM_MAX_LENGTH,
        "publish_form": publish_form if coordinates else None,
        "help_offers": selectors.help_offers_of_need(need, everything=coordinates),
    }


@login_required
@require_http_methods(["GET", "POST"])
def need_edit(request: HttpRequest, pk: int) -> HttpResponse:
    need = get_editable_need(request.user, pk)
    return _need_form_page(request, need.network, need)


def _own_ids(request: HttpRequest) -> set[int]:
    return set(Organisation.objects.filter(staff__user=request.user).values_list("pk", flat=True))


@login_required
@require_POST
def need_raised_by_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    need = get_raised_by_answerable_need(request.user, pk)
    try:
        services.confirm_raised_by(need, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Thank you: the network now sees who raised this need."))
    return redirect_to_next(request, need)


@login_required
@require_POST
def need_raised_by_decline(request: HttpRequest, pk: int) -> HttpResponse:
    need = get_raised_by_answerable_need(request.user, pk)
    try:
        services.decline_raised_by(need, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Your organisation is no longer named with this need."))
    return redirect_to_next(request, need)


# Public needs ("Wir suchen …") and offers of help ------------------------------------------


def public_need_list(request: HttpRequest, slug: str) -> HttpResponse:
    network = get_network(slug)
    return render(
        request,
        "offers/public_need_list.html",
        {"network": network, "needs": list(selectors.public_needs(network))},
    )


@require_http_methods(["GET", "POST"])
def public_need_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """A public need with the "Ich kann helfen" form."""
    need = selectors.public_need(pk)
    form = HelpOfferForm(request.POST or None)

    def submit(data):
        services.submit_help_offer(
            need,
            name=data["name"],
            email=data["email"],
            phone=data["phone"],
            organisation_name=data["organisation_name"],
            message=data["message"],
            consent=data["consent"],
            ip_address=client_address(request),
        )

    if sent_public_form(request, form, submit):
        return redirect("offers:help_offer_thanks", pk=need.pk)
    return render(
        request,
        "offers/public_need_detail.html",
        {"need": need, "network": need.network, "form": form},
    )


def help_offer_thanks(request: HttpRequest, pk: int) -> HttpResponse:
    need = selectors.public_need(pk)
    return render(request, "offers/help_offer_thanks.html", {"need": need, "network": need.network})


@login_required
@require_POST
def need_publish(request: HttpRequest, pk: int) -> HttpResponse:
    """Coordinators show a need publicly (with its public text) or take it off again."""
    need = get_coordinated_need(request.user, pk)
    if request.POST.get("action") == "unpublish":
        services.unpublish_need(need, by=request.user)
        messages.success(request, _("The need is no longer shown publicly."))
        return redirect(need)
    form = NeedPublicForm(request.POST)
    if form.is_valid():
        try:
            services.publish_need(
                need, public_description=form.cleaned_data["public_description"], by=request.user
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("The need is shown on the network's page under “We are looking for”.")
            )
            return redirect(need)
    return render(
        request, "offers/need_detail.html", _need_context(request, need, form), status=400
    )


HELP_OFFER_ACTIONS = {
    "kontakt": HelpOfferStatus.CONTACTED,
    "notiz": HelpOfferStatus.NOTED,
    "verwerfen": HelpOfferStatus.DISMISSED,
    "beitrittsanfrage": HelpOfferStatus.JOIN_REQUEST,
}


@login_required
def help_offer_list(request: HttpRequest, slug: str) -> HttpResponse:
    network = get_coordinated_network(request.user, slug)
    status = request.GET.get("status", HelpOfferStatus.NEW)
    if status not in HelpOfferStatus.values:
        status = HelpOfferStatus.NEW
    counts = selectors.help_offer_counts(network)
    return render(
        request,
        "offers/help_offer_list.html",
        {
            "network": network,
            "status": status,
            "tabs": [(value, label, counts[value]) for value, label in HelpOfferStatus.choices],
            "help_offers": list(selectors.help_offer_queue(network, status=status)),
        },
    )


@login_required
@require_POST
def help_offer_handle(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    help_offer = get_handled_help_offer(request.user, pk)
    outcome = HELP_OFFER_ACTIONS.get(action)
    if outcome is None:
        raise Http404
    try:
        if outcome == HelpOfferStatus.JOIN_REQUEST:
            help_offer = services.turn_help_offer_into_join_request(help_offer, by=request.user)
        else:
            help_offer = services.handle_help_offer(help_offer, status=outcome, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if outcome == HelpOfferStatus.JOIN_REQUEST:
            messages.success(request, _("A join request has been made from the offer of help."))
            return redirect(help_offer.join_request)
        messages.success(
            request,
            _("The offer of help is marked: %(status)s.")
            % {"status": help_offer.get_status_display()},
        )
    return redirect("offers:help_offer_list", slug=help_offer.need.network.slug)


@login_required
@require_GET
@explain_refusal
def offer_translations(request: HttpRequest, pk: int) -> HttpResponse:
    offer = get_editable_offer(request.user, pk)
    return translation_overview(
        request, offer, title=offer.title, form_url_name="offers:translate", url_args=[offer.pk]
    )


@login_required
@require_http_methods(["GET", "POST"])
@explain_refusal
def offer_translate(request: HttpRequest, pk: int, language: str) -> HttpResponse:
    offer = get_editable_offer(request.user, pk)
    return translation_form_page(
        request,
        offer,
        language=language,
        title=offer.title,
        overview_url=reverse("offers:translations", args=[offer.pk]),
        save=lambda values: services.translate_offer(
            offer, language=language, values=values, by=request.user
        ),
    )
