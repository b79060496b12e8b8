"""Events of network A organised by the owning organisation, their tasks and registrations."""

import datetime

from django.urls import reverse
from django.utils import timezone

from netzwerkstatt.core.forms import bot_trap_token
from netzwerkstatt.events.models import (
    CalendarToken,
    Event,
    EventCoOrganiser,
    EventReport,
    EventTask,
    Registration,
    TaskClaim,
)
from netzwerkstatt.events.services import cancel_token
from netzwerkstatt.meetings.models import ActionItem, AgendaItem
from netzwerkstatt.offers.models import Need
from tests.permission_matrix.helpers import form_data
from tests.permission_matrix.matrix import (
    EVERYONE,
    LOGGED_IN,
    MEMBERS_OF_A,
    Case,
    GetOnly,
)

#: The organiser's staff, the network's coordinators and the admin (and the co-organiser's
#: staff, who are no actor of the matrix; the colleague co-organises a different event).
TASK_MANAGERS = frozenset({"owner", "coordinator", "admin"})


def _event(name, key="event"):
    return lambda w: reverse(f"events:{name}", args=[getattr(w, key).pk])


def _claim_for(w, actor):
    organisation = {
        "applicant": w.org_applicant,
        "former": w.org_former,
    }.get(actor) or _own_organisation(w, actor)
    return {"organisation": str(organisation.pk), "quantity": "1"}


def _registered(ctx):
    # Members register with their account, everyone else with the visitors' form.
    found = Registration.objects.filter(event=ctx.world.event, status="confirmed")
    visitor = found.filter(email="besuch@example.org").exists()
    return visitor or (ctx.user is not None and found.filter(user=ctx.user).exists())


def _own_organisation(w, actor):
    return {"colleague": w.org_colleague, "coordinator": w.org_coord_a}.get(actor, w.org_owner)


def _event_form(w, actor, url, **changes):
    day = timezone.localdate() + datetime.timedelta(days=30)
    return form_data(
        url,
        as_user=w.user("admin"),
        changes={
            "title": "Neue Veranstaltung",
            "description": "Alle sind eingeladen.",
            "place_name": "Nachbarschaftsgarten",
            "termine-0-starts_at": f"{day.isoformat()}T15:00",
            "termine-0-ends_at": f"{day.isoformat()}T18:00",
            **changes,
        },
    )


CASES = [
    Case(
        "events:create",
        lambda w: reverse("events:create", args=[w.net_a.slug]),
        allowed=MEMBERS_OF_A,
        data=lambda w, actor: _event_form(
            w,
            actor,
            reverse("events:create", args=[w.net_a.slug]),
            organiser=str(_own_organisation(w, actor).pk),
        ),
        effect=lambda ctx: Event.objects.filter(title="Neue Veranstaltung").exists(),
    ),
    Case(
        "events:edit",
        _event("edit"),
        allowed=TASK_MANAGERS,
        data=lambda w, actor: _event_form(w, actor, _event("edit")(w)),
        effect=lambda ctx: Event.objects.get(pk=ctx.world.event.pk).title == "Neue Veranstaltung",
    ),
    Case(
        "events:translate",
        lambda w: reverse("events:translate", args=[w.event.pk, "en"]),
        allowed=TASK_MANAGERS,
        data=lambda w, actor: {"title": "New event in English"},
        effect=lambda ctx: (
            Event.objects.get(pk=ctx.world.event.pk).translations.get("en", {}).get("title")
            == "New event in English"
        ),
    ),
    Case(
        "events:register",
        _event("register"),
        allowed=EVERYONE,
        public=True,
        data=lambda w, actor: {
            "name": "Besuch",
            "email": "besuch@example.org",
            "people": "1",
            "consent": "on",
            "fax": "",
            "started": bot_trap_token(),
        },
        effect=_registered,
        # The owner registered in the world already; a second registration is refused.
        holds_before=frozenset({"owner"}),
    ),
    Case(
        "events:unregister",
        _event("unregister"),
        # Only the person who registered; everyone else has no registration here (404).
        allowed=frozenset({"owner"}),
        effect=lambda ctx: (
            Registration.objects.get(pk=ctx.world.registration.pk).status == "cancelled"
        ),
    ),
    Case(
        "events:cancel_visitor",
        lambda w: reverse("events:cancel_visitor", args=[cancel_token(w.visitor_registration)]),
        allowed=EVERYONE,
        public=True,
        effect=lambda ctx: (
            Registration.objects.get(pk=ctx.world.visitor_registration.pk).status == "cancelled"
        ),
    ),
    Case(
        "events:confirm_co_organiser",
        lambda w: reverse(
            "events:confirm_co_organiser", args=[w.confirm_event.pk, w.org_colleague.slug]
        ),
        allowed=frozenset({"colleague"}),
        data=lambda w, actor: {"part": "Wir bringen Kuchen."},
        effect=lambda ctx: (
            EventCoOrganiser.objects.get(pk=ctx.world.confirm_co.pk).confirmed_at is not None
        ),
    ),
    Case(
        "events:task_add",
        _event("task_add"),
        allowed=TASK_MANAGERS,
        data=lambda w, actor: {"description": "Kuchen", "needed": "2", "deadline": ""},
        effect=lambda ctx: EventTask.objects.filter(
            event=ctx.world.event, description="Kuchen"
        ).exists(),
    ),
    Case(
        "events:task_claim",
        lambda w: reverse("events:task_claim", args=[w.task.pk]),
        allowed=MEMBERS_OF_A,
        data=_claim_for,
        effect=lambda ctx: (
            TaskClaim.objects.filter(task=ctx.world.task).count() == 2
            or TaskClaim.objects.filter(task=ctx.world.task, quantity=2).exists()
        ),
    ),
    Case(
        "events:claim_release",
        lambda w: reverse("events:claim_release", args=[w.claim.pk]),
        allowed=TASK_MANAGERS,
        effect=lambda ctx: not TaskClaim.objects.filter(pk=ctx.world.claim.pk).exists(),
    ),
    Case(
        "events:report",
        _event("report", "past_event"),
        allowed=TASK_MANAGERS,
        data=lambda w, actor: {
            "participants": "40",
            "what_worked": "Alles.",
            "follow_ups": "Mehr Handschuhe besorgen",
        },
        effect=lambda ctx: EventReport.objects.get(event=ctx.world.past_event).participants == 40,
    ),
    Case(
        "events:follow_up_need",
        _event("follow_up_need", "past_event"),
        allowed=TASK_MANAGERS,
        data=lambda w, actor: {"index": "0", "text": "Mehr Handschuhe besorgen"},
        effect=lambda ctx: Need.objects.filter(title__contains="Handschuhe").exists(),
    ),
    Case(
        "events:follow_up_agenda",
        _event("follow_up_agenda", "past_event"),
        allowed=TASK_MANAGERS,
        data=lambda w, actor: {"index": "0", "text": "Mehr Handschuhe besorgen"},
        effect=lambda ctx: AgendaItem.objects.filter(title__contains="Handschuhe").exists(),
    ),
    Case(
        "events:follow_up_action_item",
        _event("follow_up_action_item", "past_event"),
        # The same people who may propose it for the next meeting.
        allowed=TASK_MANAGERS,
        data=lambda w, actor: {"index": "0", "text": "Mehr Handschuhe besorgen"},
        effect=lambda ctx: ActionItem.objects.filter(
            title="Mehr Handschuhe besorgen", source_event=ctx.world.past_event
        ).exists(),
    ),
    Case(
        "events:subscribe",
        lambda w: reverse("events:subscribe"),
        # Everyone with an account makes a new secret address for their own calendar.
        allowed=LOGGED_IN,
        effect=lambda ctx: (
            CalendarToken.objects.filter(user=ctx.user)
            .exclude(token=ctx.world.calendar_token.token)
            .exists()
        ),
    ),
]

#: Only staff of the named organisation answer for it; the admin does not.
OWNER_STAFF = frozenset({"owner"})

CASES += [
    Case(
        "events:confirm_organiser",
        lambda w: reverse("events:confirm_organiser", args=[w.unconfirmed_event.pk]),
        allowed=OWNER_STAFF,
        effect=lambda ctx: (
            Event.objects.get(pk=ctx.world.unconfirmed_event.pk).organiser_confirmed_at is not None
        ),
    ),
    Case(
        "events:decline_organiser",
        lambda w: reverse("events:decline_organiser", args=[w.unconfirmed_event.pk]),
        allowed=OWNER_STAFF,
        effect=lambda ctx: (
            Event.objects.get(pk=ctx.world.unconfirmed_event.pk).organiser_declined_at is not None
        ),
    ),
    Case(
        "events:decline_co_organiser",
        lambda w: reverse(
            "events:decline_co_organiser", args=[w.confirm_event.pk, w.org_colleague.slug]
        ),
        allowed=frozenset({"colleague"}),
        effect=lambda ctx: not EventCoOrganiser.objects.filter(pk=ctx.world.confirm_co.pk).exists(),
    ),
]

GET_ONLY = [
    GetOnly("events:calendar", lambda w: reverse("events:calendar")),
    GetOnly("events:translations", _event("translations")),
    GetOnly("events:this_month", lambda w: reverse("events:this_month")),
    GetOnly("events:month", lambda w: reverse("events:month", args=[2026, 5])),
    GetOnly("events:public_feed", lambda w: reverse("events:public_feed")),
    GetOnly(
        "events:private_feed",
        lambda w: reverse("events:private_feed", args=[w.calendar_token.token]),
    ),
    GetOnly("events:detail", _event("detail")),
    GetOnly("events:ics", _event("ics")),
]
