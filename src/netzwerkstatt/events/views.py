"""Calendar, event pages, RSVP, joint-event tasks, reports and iCal feeds."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from netzwerkstatt.core.forms import rows_from_formset
from netzwerkstatt.core.http import client_address
from netzwerkstatt.core.redirects import redirect_to_next
from netzwerkstatt.core.translation_views import translation_form_page, translation_overview
from netzwerkstatt.events import feeds, selectors, services
from netzwerkstatt.events.forms import (
    CalendarFilterForm,
    ClaimForm,
    CoOrganiserConfirmForm,
    EventDateFormSet,
    EventForm,
    FollowUpForm,
    ReportForm,
    TaskForm,
    VisitorRegistrationForm,
)
from netzwerkstatt.events.models import Event, RegistrationStatus
from netzwerkstatt.events.permissions import (
    can_answer_for,
    can_edit_event,
    can_manage_tasks,
    get_claimable_task,
    get_co_organiser_answerable,
    get_editable_event,
    get_organiser_answerable_event,
    get_own_registration,
    get_releasable_claim,
    get_task_managed_event,
    get_visible_event,
    is_event_member,
    organisations_for_events,
)
from netzwerkstatt.events.structured_data import event_data
from netzwerkstatt.networks.models import Network
from netzwerkstatt.networks.permissions import can_coordinate, get_member_network


def _error_text(error: ValidationError) -> str:
    return " ".join(error.messages)


def _filters(request: HttpRequest) -> tuple[CalendarFilterForm, dict, str]:
    form = CalendarFilterForm(
        request.GET or None, organisations=selectors.organisations_with_events()
    )
    filters = form.valid_filters() if request.GET else {}
    query = request.GET.copy()
    for name in ("seite", "jahr", "monat"):
        query.pop(name, None)
    return form, filters, query.urlencode()


@require_GET
def calendar_list(request: HttpRequest) -> HttpResponse:
    form, filters, query = _filters(request)
    page = selectors.calendar_list(request.user, filters, page=request.GET.get("seite", 1))
    return render(
        request,
        "events/calendar_list.html",
        {
            "form": form,
            "page": page,
            "query": query,
            "nav": "events",
            "meetings": selectors.upcoming_meetings(request.user, filters),
        },
    )


@require_GET
def calendar_month(request: HttpRequest, year: int, month: int) -> HttpResponse:
    if not (1 <= month <= 12 and 1900 <= year <= 2200):
        raise Http404
    form, filters, query = _filters(request)
    view = selectors.month_view(request.user, filters, year=year, month=month)
    return render(
        request,
        "events/calendar_month.html",
        {"form": form, "view": view, "query": query, "nav": "events"},
    )


@require_GET
def calendar_this_month(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    url = reverse("events:month", args=[today.year, today.month])
    query = request.GET.urlencode()
    return redirect(f"{url}?{query}" if query else url)


def _event_page(request: HttpRequest, event: Event, *, status: int = 200, **extra) -> HttpResponse:
    """The event page; a failed form on it is passed in `extra` and shown with its errors."""
    user = request.user
    may_edit = can_edit_event(user, event)
    may_manage = may_edit or can_manage_tasks(user, event)
    is_member = is_event_member(user, event.network)
    claim_organisations = organisations_for_events(user, event.network) if is_member else None
    # Organisations this person gives claims back for: their own; coordinators for all.
    own_ids = selectors.own_organisation_ids(user)
    if user.is_superuser or (may_edit and can_coordinate(user, event.network)):
        acting_ids = {
            claim.organisation_id for task in event.tasks.all() for claim in task.claims.all()
        }
        acting_ids |= own_ids
    else:
        acting_ids = own_ids
    is_public = event.is_public and event.organiser_confirmed
    # A visitor who just registered sees the confirmation, not the empty form again (unless
    # they ask to register someone else or their last try failed). A spam submission gets a
    # confirmation too, without details, so the script learns nothing.
    just_registered = request.session.get(_session_key(event))
    shows_confirmation = (
        just_registered is not None and "visitor_form" not in extra and "neu" not in request.GET
    )
    context = {
        "event": event,
        "nav": "events",
        "is_public": is_public,
        "structured_data": event_data(event) if is_public else None,
        "visitor_registration": selectors.visitor_registration(event, just_registered)
        if shows_confirmation
        else None,
        "visitor_spam_confirmation": shows_confirmation and just_registered == 0,
        "summary": selectors.registration_summary(event),
        "is_over": services.event_is_over(event),
        "is_member": is_member,
        "may_edit": may_edit,
        "may_manage": may_manage,
        "own_registration": selectors.active_registration_of(event, user)
        if user.is_authenticated
        else None,
        "registrations": selectors.registrations_for_organisers(event) if may_manage else [],
        "visitor_form": VisitorRegistrationForm(),
        "claim_organisations": list(claim_organisations) if claim_organisations is not None else [],
        "task_form": TaskForm() if may_manage else None,
        "acting_ids": acting_ids,
        # Only an organisation's own staff answer for it (confirm or decline a naming).
        "own_ids": own_ids,
        "confirm_form": CoOrganiserConfirmForm(),
        "answers_for_organiser": not event.organiser_confirmed
        and can_answer_for(user, event.organiser),
        **extra,
    }
    return render(request, "events/event_detail.html", context, status=status)


@require_GET
def event_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _event_page(request, get_visible_event(request.user, pk))


def _event_form_page(request: HttpRequest, network: Network, event: Event | None) -> HttpResponse:
    organisations = organisations_for_events(request.user, network)
    if event is None and not organisations.exists():
        raise PermissionDenied
    kwargs = {
        "network": network,
        "organisations": organisations,
        "instance": event,
        "own_ids": selectors.own_organisation_ids(request.user),
    }
    if request.method == "POST":
        form = EventForm(request.POST, **kwargs)
        formset = EventDateFormSet(request.POST, instance=event, prefix="termine")
        if form.is_valid() and formset.is_valid():
            dates = rows_from_formset(formset)
            co_organisers = form.cleaned_data["co_organisers"]
            try:
                if event is None:
                    event = services.create_event(
                        network,
                        organiser=form.cleaned_data["organiser"],
                        data=form.event_data(),
                        dates=dates,
                        co_organisers=co_organisers,
                        by=request.user,
                    )
                    if event.organiser_confirmed:
                        messages.success(request, _("The event has been published."))
                    else:
                        messages.info(
                            request,
                            _(
                                "The event has been saved. It appears once %(name)s has "
                                "confirmed it; its staff have been told."
                            )
                            % {"name": event.organiser.name},
                        )
                else:
                    event = services.update_event(
                        event,
                        data=form.event_data(),
                        dates=dates,
                        co_organisers=co_organisers,
                        by=request.user,
                    )
                    messages.success(request, _("Your changes have been saved."))
            except ValidationError as error:
                form.add_error(None, error)
            else:
                return redirect(event)
    else:
        form = EventForm(**kwargs)
        formset = EventDateFormSet(instance=event, prefix="termine")
    return render(
        request,
        "events/event_form.html",
        {"form": form, "formset": formset, "network": network, "event": event, "nav": "events"},
    )


@login_required
@require_http_methods(["GET", "POST"])
def event_create(request: HttpRequest, slug: str) -> HttpResponse:
    return _event_form_page(request, get_member_network(request.user, slug), None)


@login_required
@require_http_methods(["GET", "POST"])
def event_edit(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_editable_event(request.user, pk)
    return _event_form_page(request, event.network, event)


@require_POST
def event_register(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_visible_event(request.user, pk)
    if is_event_member(request.user, event.network):
        try:
            registration = services.register_for_event(event, user=request.user)
        except ValidationError as error:
            messages.error(request, _error_text(error))
        else:
            _registration_message(request, registration)
        return redirect(event)
    form = VisitorRegistrationForm(request.POST)
    if form.is_spam():
        # Tell the script nothing it could learn from: the page as after a registration.
        messages.success(request, _("You are registered. A confirmation is on its way."))
        request.session[_session_key(event)] = 0
        return redirect(event)
    if form.is_valid():
        try:
            registration = services.register_for_event(
                event,
                name=form.cleaned_data["name"],
                email=form.cleaned_data["email"],
                people=form.cleaned_data["people"],
                ip_address=client_address(request),
            )
        except ValidationError as error:
            form.add_error(None, error)
            if getattr(error, "code", None) == services.RATE_LIMITED:
                return _event_page(request, event, visitor_form=form, status=429)
        else:
            _registration_message(request, registration)
            request.session[_session_key(event)] = registration.pk
            return redirect(event)
    return _event_page(request, event, visitor_form=form, status=400)


def _session_key(event: Event) -> str:
    return f"event-registration-{event.pk}"


def _registration_message(request: HttpRequest, registration) -> None:
    if registration.status == RegistrationStatus.WAITING:
        messages.warning(
            request,
            _(
                "The event is fully booked. You are on the waiting list; we will write to you "
                "if a place becomes free."
            ),
        )
    else:
        messages.success(request, _("You are registered. A confirmation is on its way."))


@login_required
@require_POST
def event_unregister(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_visible_event(request.user, pk)
    registration = get_own_registration(request.user, event)
    try:
        services.cancel_registration(registration)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, _("Your registration has been cancelled."))
    return redirect(event)


@require_http_methods(["GET", "POST"])
def visitor_cancel(request: HttpRequest, token: str) -> HttpResponse:
    registration = services.registration_from_token(token)
    if registration is None:
        raise Http404
    if request.method == "POST" and registration.status != RegistrationStatus.CANCELLED:
        try:
            services.cancel_registration(registration)
        except ValidationError as error:  # cancelled in another tab a moment ago
            messages.error(request, _error_text(error))
        else:
            messages.success(request, _("Your registration has been cancelled."))
        return redirect(registration.event)
    return render(
        request,
        "events/visitor_cancel.html",
        {"registration": registration, "event": registration.event, "nav": "events"},
    )


@login_required
@require_POST
def co_organiser_confirm(request: HttpRequest, pk: int, org_slug: str) -> HttpResponse:
    event, organisation = get_co_organiser_answerable(request.user, pk, org_slug)
    form = CoOrganiserConfirmForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please describe your part in at most 500 characters."))
        return redirect_to_next(request, event)
    try:
        services.confirm_co_organisation(
            event, organisation=organisation, part=form.cleaned_data["part"], by=request.user
        )
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, _("Thank you: your part is confirmed."))
    return redirect_to_next(request, event)


@login_required
@require_POST
def co_organiser_decline(request: HttpRequest, pk: int, org_slug: str) -> HttpResponse:
    event, organisation = get_co_organiser_answerable(request.user, pk, org_slug)
    try:
        services.decline_co_organisation(event, organisation=organisation, by=request.user)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(
            request,
            _("%(name)s is no longer named as a co-organiser of this event.")
            % {"name": organisation.name},
        )
    return redirect_to_next(request, event)


@login_required
@require_POST
def organiser_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_organiser_answerable_event(request.user, pk)
    try:
        services.confirm_event_organiser(event, by=request.user)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, _("Thank you: the event is confirmed and now published."))
    return redirect_to_next(request, event)


@login_required
@require_POST
def organiser_decline(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_organiser_answerable_event(request.user, pk)
    try:
        services.decline_event_organiser(event, by=request.user)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(
            request, _("The event has been declined. It stays unpublished in your name.")
        )
    return redirect_to_next(request, event)


@login_required
@require_POST
def task_add(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_task_managed_event(request.user, pk)
    form = TaskForm(request.POST)
    if form.is_valid():
        try:
            services.add_task(event, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The task has been added."))
            return redirect(f"{event.get_absolute_url()}#aufgaben")
    return _event_page(request, event, task_form=form, status=400)


@login_required
@require_POST
def task_claim(request: HttpRequest, pk: int) -> HttpResponse:
    task = get_claimable_task(request.user, pk)
    event = task.event
    form = ClaimForm(
        request.POST, organisations=organisations_for_events(request.user, event.network)
    )
    if not form.is_valid():
        messages.error(request, _("Please choose your organisation and a number of at least 1."))
    else:
        try:
            services.claim_task(task, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            messages.error(request, _error_text(error))
        else:
            messages.success(
                request,
                _("Thank you: %(organisation)s takes on “%(task)s”.")
                % {
                    "organisation": form.cleaned_data["organisation"].name,
                    "task": task.description,
                },
            )
    return redirect(f"{event.get_absolute_url()}#aufgaben")


@login_required
@require_POST
def claim_release(request: HttpRequest, pk: int) -> HttpResponse:
    claim = get_releasable_claim(request.user, pk)
    try:
        services.release_claim(claim, by=request.user)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, _("The task has been given back and is open again."))
    return redirect(f"{claim.task.event.get_absolute_url()}#aufgaben")


@login_required
@require_http_methods(["GET", "POST"])
def report_edit(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_task_managed_event(request.user, pk)
    report = getattr(event, "report", None)
    if request.method == "POST":
        form = ReportForm(request.POST, instance=report)
        if form.is_valid():
            try:
                services.save_report(event, data=form.cleaned_data, by=request.user)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("The report has been saved."))
                return redirect(f"{event.get_absolute_url()}#bericht")
    else:
        form = ReportForm(instance=report)
    return render(
        request, "events/report_form.html", {"form": form, "event": event, "nav": "events"}
    )


def _follow_up_action(request: HttpRequest, pk: int, action, success: str) -> HttpResponse:
    event = get_task_managed_event(request.user, pk)
    form = FollowUpForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("This follow-up does not exist (any more)."))
    else:
        try:
            action(
                event,
                index=form.cleaned_data["index"],
                text=form.cleaned_data["text"] or None,
                by=request.user,
            )
        except ValidationError as error:
            messages.error(request, _error_text(error))
        else:
            messages.success(request, success)
    return redirect(f"{event.get_absolute_url()}#bericht")


@login_required
@require_POST
def follow_up_need(request: HttpRequest, pk: int) -> HttpResponse:
    return _follow_up_action(
        request, pk, services.follow_up_to_need, _("The follow-up has been recorded as a need.")
    )


@login_required
@require_POST
def follow_up_agenda(request: HttpRequest, pk: int) -> HttpResponse:
    return _follow_up_action(
        request,
        pk,
        services.follow_up_to_agenda,
        _("The follow-up has been proposed for the next meeting."),
    )


@login_required
@require_POST
def follow_up_action_item(request: HttpRequest, pk: int) -> HttpResponse:
    return _follow_up_action(
        request,
        pk,
        services.follow_up_to_action_item,
        _("The follow-up has been taken over as an action item for the next meeting."),
    )


@require_GET
def event_ics(request: HttpRequest, pk: int) -> HttpResponse:
    return feeds.event_calendar(get_visible_event(request.user, pk))


@require_GET
def public_feed(request: HttpRequest) -> HttpResponse:
    network = None
    if request.GET.get("netzwerk"):
        network = get_object_or_404(Network, slug=request.GET["netzwerk"])
    return feeds.public_calendar(network)


@require_GET
def private_feed(request: HttpRequest, token: str) -> HttpResponse:
    return feeds.member_calendar(selectors.user_for_calendar_token(token))


@login_required
@require_http_methods(["GET", "POST"])
def subscribe(request: HttpRequest) -> HttpResponse:
    # Only a POST writes: the first creates the private address, later ones replace it.
    if request.method == "POST":
        if selectors.calendar_token_of(request.user) is None:
            services.calendar_token_for(request.user)
            messages.success(request, _("Your private calendar address is ready."))
        else:
            services.reset_calendar_token(request.user)
            messages.success(
                request, _("You have a new calendar address. The old one no longer works.")
            )
        return redirect("events:subscribe")
    token = selectors.calendar_token_of(request.user)
    public_path = reverse("events:public_feed")
    host = request.get_host()
    context = {
        "nav": "events",
        "public_url": request.build_absolute_uri(public_path),
        "public_webcal": f"webcal://{host}{public_path}",
    }
    if token is not None:
        private_path = reverse("events:private_feed", args=[token.token])
        context["private_url"] = request.build_absolute_uri(private_path)
        context["private_webcal"] = f"webcal://{host}{private_path}"
    return render(request, "events/subscribe.html", context)


@login_required
@require_GET
def event_translations(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_editable_event(request.user, pk)
    return translation_overview(
        request, event, title=event.title, form_url_name="events:translate", url_args=[event.pk]
    )


@login_required
@require_http_methods(["GET", "POST"])
def event_translate(request: HttpRequest, pk: int, language: str) -> HttpResponse:
    event = get_editable_event(request.user, pk)
    return translation_form_page(
        request,
        event,
        language=language,
        title=event.title,
        overview_url=reverse("events:translations", args=[event.pk]),
        save=lambda values: services.translate_event(
            event, language=language, values=values, by=request.user
        ),
    )
