"""Meeting pages: list, detail with answers and agenda, planning, minutes, tasks, calendars."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from netzwerkstatt.core.ical import calendar_response, new_calendar
from netzwerkstatt.core.redirects import redirect_to_next
from netzwerkstatt.meetings import selectors, services
from netzwerkstatt.meetings.calendar import add_meeting_to_calendar
from netzwerkstatt.meetings.forms import (
    ActionItemEditForm,
    ActionItemFormSet,
    AgendaFormSet,
    CancelForm,
    DecisionEditForm,
    DecisionFilterForm,
    DecisionFormSet,
    ItemMinutesFormSet,
    MeetingForm,
    MinutesForm,
    ProposalForm,
    RsvpForm,
    SeriesEditForm,
    SeriesExceptionForm,
    SeriesForm,
    WithdrawDecisionForm,
)
from netzwerkstatt.meetings.models import ActionItem, Meeting
from netzwerkstatt.meetings.permissions import (
    can_record_minutes,
    get_closable_action_item,
    get_coordinated_meeting,
    get_coordinated_series,
    get_correctable_decision,
    get_meeting_for_members,
    get_minutes_meeting,
)
from netzwerkstatt.networks.models import MembershipStatus, Network, Organisation
from netzwerkstatt.networks.permissions import (
    can_coordinate,
    get_coordinated_network,
    get_network_for_members,
)


def _error_text(error: ValidationError) -> str:
    return " ".join(error.messages)


@login_required
def meeting_list(request: HttpRequest, slug: str) -> HttpResponse:
    network, coordinates = get_network_for_members(request.user, slug)
    return render(
        request,
        "meetings/meeting_list.html",
        {
            "network": network,
            "meetings": selectors.meeting_list(network),
            "is_coordinator": coordinates,
            "feed_path": reverse("meetings:feed", args=[network.slug]),
        },
    )


def _rsvp_form(page: selectors.MeetingPage) -> RsvpForm:
    if page.my_rsvp is None:
        return RsvpForm()
    return RsvpForm(initial={"answer": page.my_rsvp.answer, "note": page.my_rsvp.note})


@login_required
def meeting_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    meeting, coordinates = get_meeting_for_members(request.user, slug, pk)
    page = selectors.meeting_page(meeting, user=request.user)
    return render(
        request,
        "meetings/meeting_detail.html",
        {
            "network": meeting.network,
            "meeting": meeting,
            "page": page,
            "rsvp_form": _rsvp_form(page),
            "is_coordinator": coordinates,
            "may_record": can_record_minutes(request.user, meeting, coordinates=coordinates),
            "show_agenda": meeting.agenda_published or coordinates,
        },
    )


@login_required
@require_POST
def rsvp(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    meeting, _coordinates = get_meeting_for_members(request.user, slug, pk)
    form = RsvpForm(request.POST)
    error = None
    if form.is_valid():
        try:
            services.respond_to_meeting(
                meeting,
                user=request.user,
                answer=form.cleaned_data["answer"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as problem:
            error = _error_text(problem)
    else:
        error = _("Please choose yes, no or maybe. Nothing was saved.")
    if request.htmx:
        # The answer section replaces itself and says in its own status line what happened.
        page = selectors.meeting_page(meeting, user=request.user)
        return render(
            request,
            "meetings/_rsvp.html",
            {
                "network": meeting.network,
                "meeting": meeting,
                "page": page,
                "rsvp_form": RsvpForm(request.POST) if error else _rsvp_form(page),
                "feedback": error or _("Your answer has been saved."),
                "feedback_is_error": bool(error),
            },
        )
    if error:
        messages.error(request, error)
    else:
        messages.success(request, _("Your answer has been saved."))
    return redirect(f"{meeting.get_absolute_url()}#zusage")


@login_required
@require_http_methods(["GET", "POST"])
def propose(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    meeting, _coordinates = get_meeting_for_members(request.user, slug, pk)
    form = ProposalForm(request.POST or None, network=meeting.network)
    if request.method == "POST" and form.is_valid():
        try:
            services.propose_agenda_item(
                network=meeting.network,
                proposed_by=request.user,
                meeting=meeting,
                **form.cleaned_data,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Thank you. The coordination will consider your proposal."))
            return redirect(meeting)
    return render(
        request,
        "meetings/proposal_form.html",
        {"network": meeting.network, "meeting": meeting, "form": form},
    )


# --- planning (coordinators) ----------------------------------------------------------------


def _minute_takers(network: Network):
    return selectors.network_member_users(network).order_by("display_name")


@login_required
@require_http_methods(["GET", "POST"])
def meeting_add(request: HttpRequest, slug: str) -> HttpResponse:
    network = get_coordinated_network(request.user, slug)
    form = MeetingForm(request.POST or None, initial={"title": _("Network meeting")})
    if request.method == "POST" and form.is_valid():
        try:
            meeting = services.create_meeting(network, data=form.meeting_data(), by=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The meeting has been added; members are informed."))
            return redirect(meeting)
    return render(
        request,
        "meetings/meeting_form.html",
        {"network": network, "form": form, "meeting": None},
    )


@login_required
@require_http_methods(["GET", "POST"])
def meeting_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    meeting = get_coordinated_meeting(request.user, slug, pk)
    local_start, local_end = (
        timezone.localtime(meeting.starts_at),
        timezone.localtime(meeting.ends_at),
    )
    initial = {
        "title": meeting.title,
        "date": local_start.date(),
        "start_time": local_start.time(),
        "end_time": local_end.time(),
        "location": meeting.location,
        "online_url": meeting.online_url,
        "minute_taker": meeting.minute_taker,
    }
    form = MeetingForm(
        request.POST or None, initial=initial, minute_takers=_minute_takers(meeting.network)
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.update_meeting(meeting, data=form.meeting_data(), by=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your changes have been saved."))
            return redirect(meeting)
    return render(
        request,
        "meetings/meeting_form.html",
        {
            "network": meeting.network,
            "form": form,
            "meeting": meeting,
            "cancel_form": CancelForm(),
        },
    )


@login_required
@require_POST
def meeting_cancel(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    meeting = get_coordinated_meeting(request.user, slug, pk)
    form = CancelForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The reason is too long. Nothing was changed."))
        return redirect("meetings:edit", slug=slug, pk=pk)
    try:
        services.cancel_meeting(meeting, reason=form.cleaned_data["reason"], by=request.user)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, _("The meeting has been cancelled; members are informed."))
    return redirect(meeting)


@login_required
@require_http_methods(["GET", "POST"])
def series_add(request: HttpRequest, slug: str) -> HttpResponse:
    network = get_coordinated_network(request.user, slug)
    form = SeriesForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            series = services.create_series(network, data=form.series_data(), by=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("The meeting series “%(title)s” has been created with %(count)s meetings.")
                % {"title": series.title, "count": series.meetings.count()},
            )
            return redirect("meetings:list", slug=network.slug)
    return render(request, "meetings/series_form.html", {"network": network, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def series_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    series = get_coordinated_series(request.user, slug, pk)
    form = SeriesEditForm(request.POST or None, instance=series)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_series(series, data=form.cleaned_data, by=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your changes have been saved."))
            return redirect("meetings:series_edit", slug=slug, pk=pk)
    return render(
        request,
        "meetings/series_edit.html",
        {
            "network": series.network,
            "series": series,
            "form": form,
            "exception_form": SeriesExceptionForm(),
            "exceptions": list(series.exceptions.all()),
        },
    )


@login_required
@require_POST
def series_exception(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    series = get_coordinated_series(request.user, slug, pk)
    form = SeriesExceptionForm(request.POST)
    if form.is_valid():
        try:
            services.add_series_exception(series, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            messages.error(request, _error_text(error))
        else:
            messages.success(request, _("The date is left out of the series."))
    else:
        messages.error(request, _("Please enter a valid date. Nothing was changed."))
    return redirect("meetings:series_edit", slug=slug, pk=pk)


# --- agenda ---------------------------------------------------------------------------------


def _agenda_formset(meeting: Meeting, data=None) -> tuple[AgendaFormSet, list]:
    items = list(meeting.agenda_items.select_related("organisation", "proposed_by"))
    initial = [
        {
            "id": item.pk,
            "status": item.status,
            "position": item.position,
            "minutes_needed": item.minutes_needed,
        }
        for item in items
    ]
    formset = AgendaFormSet(data, initial=initial, prefix="punkte")
    return formset, list(zip(formset.forms, items, strict=False))


@login_required
@require_http_methods(["GET", "POST"])
def agenda_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    meeting = get_coordinated_meeting(request.user, slug, pk)
    formset, rows = _agenda_formset(meeting, request.POST or None)
    feedback, feedback_is_error = "", False
    if request.method == "POST":
        if formset.is_valid():
            try:
                services.update_agenda(
                    meeting, items=[form.cleaned_data for form in formset], by=request.user
                )
            except ValidationError as error:
                feedback, feedback_is_error = _error_text(error), True
            else:
                feedback = _("The agenda has been saved.")
                if not request.htmx:
                    messages.success(request, feedback)
                    return redirect("meetings:agenda", slug=slug, pk=pk)
                # The saved order is shown at once: a fresh form in the new order.
                formset, rows = _agenda_formset(meeting)
        else:
            feedback, feedback_is_error = (
                _("Please check the marked fields. Nothing was saved."),
                True,
            )
        if feedback_is_error and not request.htmx:
            messages.error(request, feedback)
            feedback = ""
    context = {
        "network": meeting.network,
        "meeting": meeting,
        "formset": formset,
        "rows": rows,
        "feedback": feedback,
        "feedback_is_error": feedback_is_error,
    }
    if request.htmx:
        # The form replaces itself and says in its own status line what happened.
        return render(request, "meetings/_agenda_form.html", context)
    return render(request, "meetings/agenda_form.html", context)


@login_required
@require_POST
def agenda_publish(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    meeting = get_coordinated_meeting(request.user, slug, pk)
    try:
        services.publish_agenda(meeting, by=request.user)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, _("The agenda has been published."))
    return redirect(meeting)


# --- minutes --------------------------------------------------------------------------------


def _member_organisations(network: Network):
    return Organisation.objects.filter(
        memberships__network=network, memberships__status=MembershipStatus.MEMBER
    ).order_by("name")


@login_required
@require_http_methods(["GET", "POST"])
def minutes_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    meeting = get_minutes_meeting(request.user, slug, pk)
    if meeting.is_cancelled or not meeting.has_started:
        messages.info(
            request,
            _("A cancelled meeting has no minutes.")
            if meeting.is_cancelled
            else _("Minutes can be written once the meeting has started."),
        )
        return redirect(meeting)
    people = _minute_takers(meeting.network)
    accepted = meeting.agenda_items.filter(status="accepted")
    present_choices = selectors.attendance_choices(meeting)
    items = list(accepted)
    data = request.POST or None
    form = MinutesForm(
        data,
        people=present_choices,
        initial={
            "attendees": [a.user_id for a in meeting.attendances.all()]
            or [r.user_id for r in meeting.rsvps.filter(answer="yes")],
            "general_notes": meeting.general_notes,
            "public_summary": meeting.public_summary,
        },
    )
    item_formset = ItemMinutesFormSet(
        data, initial=[{"id": i.pk, "notes": i.notes} for i in items], prefix="punkte"
    )
    decision_formset = DecisionFormSet(data, prefix="beschluesse", form_kwargs={"meeting": meeting})
    action_formset = ActionItemFormSet(
        data,
        prefix="aufgaben",
        form_kwargs={
            "agenda_items": accepted,
            "organisations": _member_organisations(meeting.network),
            "people": people,
        },
    )
    if (
        request.method == "POST"
        and form.is_valid()
        and item_formset.is_valid()
        and decision_formset.is_valid()
        and action_formset.is_valid()
    ):
        try:
            services.save_minutes(
                meeting,
                attendees=form.cleaned_data["attendees"],
                items=[f.cleaned_data for f in item_formset],
                actions=[f.cleaned_data for f in action_formset if f.has_changed()],
                decisions=[f.cleaned_data for f in decision_formset if f.has_changed()],
                general_notes=form.cleaned_data["general_notes"],
                public_summary=form.cleaned_data["public_summary"],
                by=request.user,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The minutes have been saved."))
            return redirect("meetings:minutes", slug=slug, pk=pk)
    return render(
        request,
        "meetings/minutes_form.html",
        {
            "network": meeting.network,
            "meeting": meeting,
            "form": form,
            "item_rows": list(zip(item_formset.forms, items, strict=False)),
            "item_formset": item_formset,
            "decision_formset": decision_formset,
            "decisions": selectors.meeting_decisions(meeting),
            # Published decisions are corrected by coordinators only (see permissions).
            "may_correct_decisions": not meeting.minutes_published
            or can_coordinate(request.user, meeting.network),
            "action_formset": action_formset,
            "actions": list(
                meeting.action_items.select_related(
                    "owner_organisation", "owner_user", "source_event"
                )
            ),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def action_edit(request: HttpRequest, slug: str, pk: int, item_pk: int) -> HttpResponse:
    """Correct a recorded action item: coordinators and the meeting's minute-taker."""
    meeting = get_minutes_meeting(request.user, slug, pk)
    item = get_object_or_404(
        ActionItem.objects.select_related("meeting__network"),
        pk=item_pk,
        meeting=meeting,
        closed_at__isnull=True,
    )
    form = ActionItemEditForm(
        request.POST or None,
        initial={
            "title": item.title,
            "agenda_item": item.agenda_item_id,
            "owner_organisation": item.owner_organisation_id,
            "owner_user": item.owner_user_id,
            "due_date": item.due_date,
        },
        agenda_items=meeting.agenda_items.filter(status="accepted"),
        organisations=_member_organisations(meeting.network),
        people=_minute_takers(meeting.network),
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.update_action_item(item, data=form.cleaned_data, by=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The action item has been changed."))
            return redirect("meetings:minutes_edit", slug=slug, pk=pk)
    return render(
        request,
        "meetings/action_item_form.html",
        {"network": meeting.network, "meeting": meeting, "item": item, "form": form},
    )


@login_required
@require_POST
def minutes_publish(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    meeting = get_coordinated_meeting(request.user, slug, pk)
    try:
        services.publish_minutes(meeting, by=request.user)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, _("The minutes have been published to the members."))
    return redirect("meetings:minutes", slug=slug, pk=pk)


def _minutes_context(request: HttpRequest, slug: str, pk: int) -> dict:
    meeting, coordinates = get_meeting_for_members(request.user, slug, pk)
    may_record = can_record_minutes(request.user, meeting, coordinates=coordinates)
    if not (meeting.minutes_published or may_record):
        raise Http404
    return {
        "network": meeting.network,
        "meeting": meeting,
        "page": selectors.meeting_page(meeting, user=request.user, minutes=True),
        "is_coordinator": coordinates,
        "may_record": may_record,
    }


@login_required
def minutes_view(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    return render(request, "meetings/minutes.html", _minutes_context(request, slug, pk))


def _export_name(meeting: Meeting, extension: str) -> str:
    day = timezone.localtime(meeting.starts_at).date()
    return f"protokoll-{meeting.network.slug}-{day:%Y-%m-%d}.{extension}"


@login_required
def minutes_markdown(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    context = _minutes_context(request, slug, pk)
    text = render_to_string("meetings/export/minutes.md", context, request=request)
    response = HttpResponse(text, content_type="text/markdown; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="{_export_name(context["meeting"], "md")}"'
    )
    return response


@login_required
def minutes_html(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    context = _minutes_context(request, slug, pk)
    text = render_to_string("meetings/export/minutes.html", context, request=request)
    response = HttpResponse(text, content_type="text/html; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="{_export_name(context["meeting"], "html")}"'
    )
    return response


def public_summary(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """What the network tells everyone about a meeting: the published public summary."""
    meeting = get_object_or_404(
        Meeting.objects.select_related("network"),
        network__slug=slug,
        pk=pk,
        minutes_published_at__isnull=False,
        is_cancelled=False,
    )
    if not meeting.public_summary:
        raise Http404
    return render(
        request, "meetings/public_summary.html", {"network": meeting.network, "meeting": meeting}
    )


# --- decisions ------------------------------------------------------------------------------


def _decision_initial(decision) -> dict:
    return {
        "text": decision.text,
        "agenda_item": decision.agenda_item_id,
        "tags": ", ".join(tag.name for tag in decision.tags.all()),
        "is_public": decision.is_public,
        "need": decision.need_id,
        "offer": decision.offer_id,
        "finding": decision.finding_id,
        "event": decision.event_id,
    }


@login_required
@require_http_methods(["GET", "POST"])
def decision_edit(request: HttpRequest, slug: str, pk: int, decision_pk: int) -> HttpResponse:
    """Correct a decision: a reason is asked for, and logged, once the minutes are published."""
    decision = get_correctable_decision(request.user, slug, pk, decision_pk)
    meeting = decision.meeting
    if decision.is_withdrawn:
        messages.info(request, _("A withdrawn decision can no longer be changed."))
        return redirect("meetings:minutes", slug=slug, pk=pk)
    form = DecisionEditForm(
        request.POST or None, initial=_decision_initial(decision), meeting=meeting
    )
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        note = data.pop("note")
        try:
            services.update_decision(decision, data=data, note=note, by=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("Decision %(reference)s has been corrected.") % {"reference": decision.reference},
            )
            return redirect("meetings:minutes", slug=slug, pk=pk)
    return render(
        request,
        "meetings/decision_form.html",
        {
            "network": meeting.network,
            "meeting": meeting,
            "decision": decision,
            "form": form,
            "withdraw_form": WithdrawDecisionForm(),
        },
    )


@login_required
@require_POST
def decision_withdraw(request: HttpRequest, slug: str, pk: int, decision_pk: int) -> HttpResponse:
    decision = get_correctable_decision(request.user, slug, pk, decision_pk)
    form = WithdrawDecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please say why the decision is withdrawn. Nothing was changed."))
        return redirect("meetings:decision_edit", slug=slug, pk=pk, decision_pk=decision_pk)
    try:
        services.withdraw_decision(decision, reason=form.cleaned_data["reason"], by=request.user)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(
            request,
            _("Decision %(reference)s has been withdrawn.") % {"reference": decision.reference},
        )
    return redirect("meetings:minutes", slug=slug, pk=pk)


def _decision_page(request: HttpRequest, network: Network, *, public_only: bool) -> dict:
    form = DecisionFilterForm(
        request.GET or None,
        years=selectors.decision_years(network, public_only=public_only),
        tags=selectors.decision_tags(network, public_only=public_only),
    )
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    page = selectors.decision_list(
        network, filters=filters, page=request.GET.get("seite", 1), public_only=public_only
    )
    query = request.GET.copy()
    query.pop("seite", None)
    return {
        "network": network,
        "form": form,
        "page": page,
        "decisions": list(page),
        "filtered": bool(filters and any(filters.values())),
        "query": query.urlencode(),
        "public_only": public_only,
    }


@login_required
def decision_list(request: HttpRequest, slug: str) -> HttpResponse:
    """The network's decisions across meetings, for its members: search, filters, pages."""
    network, coordinates = get_network_for_members(request.user, slug)
    context = _decision_page(request, network, public_only=False)
    context["is_coordinator"] = coordinates
    return render(request, "meetings/decision_list.html", context)


def public_decision_list(request: HttpRequest, slug: str) -> HttpResponse:
    """The decisions the network chose to publish, for everyone."""
    network = get_object_or_404(Network, slug=slug)
    context = _decision_page(request, network, public_only=True)
    return render(request, "meetings/decision_list.html", context)


# --- tasks ----------------------------------------------------------------------------------


@login_required
def my_tasks(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "meetings/my_tasks.html",
        {"tasks": selectors.my_tasks(request.user), "nav": "tasks", "today": timezone.localdate()},
    )


@login_required
@require_POST
def action_close(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_closable_action_item(request.user, pk)
    try:
        services.close_action_item(item, by=request.user)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, _("“%(title)s” is marked as done.") % {"title": item.title})
    return redirect_to_next(request, "meetings:my_tasks")


# --- calendars ------------------------------------------------------------------------------


@login_required
def meeting_ics(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    meeting, _coordinates = get_meeting_for_members(request.user, slug, pk)
    calendar = new_calendar(name=meeting.title)
    add_meeting_to_calendar(calendar, meeting)
    return calendar_response(
        calendar, filename=f"treffen-{timezone.localtime(meeting.starts_at):%Y-%m-%d}.ics"
    )


def network_feed(request: HttpRequest, slug: str) -> HttpResponse:
    """A subscribable feed of when the network meets, with nothing members keep internal.

    Calendar programs cannot log in and the address is not secret, so each entry is only
    "Netzwerktreffen", its time and the link to the page; members subscribe to their private
    calendar address (events' subscribe page) for titles, places and online links.
    """
    network = get_object_or_404(Network, slug=slug)
    calendar = new_calendar(
        name=_("Meetings of %(network)s") % {"network": network.name},
        description=network.tagline,
    )
    for meeting in Meeting.objects.filter(
        network=network, starts_at__gte=timezone.now() - datetime.timedelta(days=180)
    ).select_related("network"):
        add_meeting_to_calendar(calendar, meeting, public=True)
    return calendar_response(calendar, filename=f"treffen-{network.slug}.ics")
