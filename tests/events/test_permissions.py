"""Every write route, for every role that may and every role that may not (anonymous included).

Roles: anonymous visitor, outsider (staff of an organisation outside the network), other member
(staff of a member organisation not involved), organiser (staff of the organising organisation),
co-organiser (staff of a co-organising organisation), coordinator.
"""

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.urls import reverse

from netzwerkstatt.events import services
from netzwerkstatt.events.models import (
    CalendarToken,
    Event,
    EventCoOrganiser,
    EventReport,
    EventTask,
    Registration,
    TaskClaim,
)
from netzwerkstatt.meetings.models import ActionItem, AgendaItem
from netzwerkstatt.offers.models import Need
from tests.events.conftest import visitor_data
from tests.events.factories import EventFactory, RegistrationFactory, in_days
from tests.factories import MembershipFactory
from tests.meetings.factories import MeetingFactory

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "outsider", "other_member", "organiser", "co_organiser", "coordinator"]
ORGANISERS = {"organiser", "coordinator"}
TASK_MANAGERS = {"organiser", "co_organiser", "coordinator"}
MEMBERS = {"other_member", "organiser", "co_organiser", "coordinator"}


@dataclass
class Route:
    url: str
    data: dict
    changed: Callable[[], bool]


def _event_form(ew, **extra):
    return {
        "organiser": ew.world.member_org.pk,
        "title": "Neues Sommerfest",
        "description": "Alle sind eingeladen.",
        "place_name": "Hof",
        "city": "Leipzig",
        "visibility": "public",
        "termine-TOTAL_FORMS": "1",
        "termine-INITIAL_FORMS": "0",
        "termine-MIN_NUM_FORMS": "1",
        "termine-MAX_NUM_FORMS": "60",
        "termine-0-starts_at": in_days(20, 15).strftime("%Y-%m-%dT%H:%M"),
        "termine-0-ends_at": in_days(20, 18).strftime("%Y-%m-%dT%H:%M"),
        **extra,
    }


def _past_event(ew):
    event = EventFactory(
        network=ew.world.network,
        organiser=ew.world.member_org,
        dates=[(in_days(-2, 10), in_days(-2, 12))],
    )
    EventCoOrganiser.objects.create(event=event, organisation=ew.co_org)
    services.save_report(event, data={"follow_ups": "Mehr Bänke"})
    return event


def _route(name: str, ew, user) -> Route:
    event = ew.event
    if name == "create":
        return Route(
            reverse("events:create", args=["sis"]),
            _event_form(ew, organiser=""),
            lambda: Event.objects.filter(title="Neues Sommerfest").exists(),
        )
    if name == "edit":
        existing = event.dates.get()
        data = _event_form(
            ew,
            **{
                "termine-INITIAL_FORMS": "1",
                "termine-0-id": existing.pk,
                "termine-0-event": event.pk,
            },
        )
        data.pop("organiser")
        return Route(
            reverse("events:edit", args=[event.pk]),
            data,
            lambda: Event.objects.filter(pk=event.pk, title="Neues Sommerfest").exists(),
        )
    if name == "confirm":
        return Route(
            reverse("events:confirm_co_organiser", args=[event.pk, "cvjm"]),
            {"part": "Kinderaktion"},
            lambda: EventCoOrganiser.objects.filter(confirmed_at__isnull=False).exists(),
        )
    if name == "task_add":
        return Route(
            reverse("events:task_add", args=[event.pk]),
            {"description": "Bänke tragen", "needed": "2"},
            lambda: EventTask.objects.filter(description="Bänke tragen").exists(),
        )
    if name == "task_claim":
        task = event.tasks.get()
        return Route(
            reverse("events:task_claim", args=[task.pk]),
            {"quantity": "1"},
            lambda: TaskClaim.objects.filter(task=task).exists(),
        )
    if name == "claim_release":
        claim = services.claim_task(event.tasks.get(), organisation=ew.co_org)
        return Route(
            reverse("events:claim_release", args=[claim.pk]),
            {},
            lambda: not TaskClaim.objects.filter(pk=claim.pk).exists(),
        )
    if name == "report":
        past = _past_event(ew)
        return Route(
            reverse("events:report", args=[past.pk]),
            {"participants": "40", "what_worked": "Sonne", "follow_ups": ""},
            lambda: EventReport.objects.filter(event=past, participants=40).exists(),
        )
    if name == "follow_up_need":
        past = _past_event(ew)
        return Route(
            reverse("events:follow_up_need", args=[past.pk]),
            {"index": "0"},
            lambda: Need.objects.filter(title="Mehr Bänke").exists(),
        )
    if name == "follow_up_agenda":
        past = _past_event(ew)
        MeetingFactory(network=ew.world.network, starts_at=in_days(10, 16))
        return Route(
            reverse("events:follow_up_agenda", args=[past.pk]),
            {"index": "0"},
            lambda: AgendaItem.objects.filter(title="Mehr Bänke").exists(),
        )
    if name == "follow_up_action_item":
        past = _past_event(ew)
        MeetingFactory(network=ew.world.network, starts_at=in_days(10, 16))
        return Route(
            reverse("events:follow_up_action_item", args=[past.pk]),
            {"index": "0"},
            lambda: ActionItem.objects.filter(title="Mehr Bänke", source_event=past).exists(),
        )
    if name == "unregister":
        if user is not None:
            services.register_for_event(event, user=user)
        return Route(
            reverse("events:unregister", args=[event.pk]),
            {},
            lambda: Registration.objects.filter(status="cancelled").exists(),
        )
    if name == "subscribe":
        before = services.calendar_token_for(user).token if user else None
        return Route(
            reverse("events:subscribe"),
            {},
            lambda: CalendarToken.objects.exclude(token=before).exists(),
        )
    raise AssertionError(name)


EXPECTED = [
    ("create", MEMBERS),
    ("edit", ORGANISERS),
    # Only the named organisation's own staff answer for it; coordinators do not.
    ("confirm", {"co_organiser"}),
    ("task_add", TASK_MANAGERS),
    ("task_claim", MEMBERS),
    ("claim_release", TASK_MANAGERS),
    ("report", TASK_MANAGERS),
    ("follow_up_need", TASK_MANAGERS),
    ("follow_up_agenda", TASK_MANAGERS),
    # The same people who may propose a follow-up for the next meeting.
    ("follow_up_action_item", TASK_MANAGERS),
    ("unregister", set(ROLES) - {"anonymous"}),
    ("subscribe", set(ROLES) - {"anonymous"}),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("route_name", "allowed"), EXPECTED, ids=[name for name, _ in EXPECTED])
def test_write_routes(ew, role_user, as_user, role, route_name, allowed):
    user = role_user(role)
    route = _route(route_name, ew, user)
    data = dict(route.data)
    if route_name in ("create", "task_claim") and user is not None:
        own = user.staff_positions.first().organisation
        data["organiser" if route_name == "create" else "organisation"] = own.pk
    response = as_user(user).post(route.url, data)
    if role in allowed:
        assert response.status_code == 302, response.content.decode()[:2000]
        assert route.changed(), f"{role} should have been able to use {route_name}"
    else:
        if user is None:
            assert response.status_code == 302 and "/konto/anmelden/" in response["Location"]
        else:
            assert response.status_code in (403, 404)
        assert not route.changed()


@pytest.mark.parametrize("role", ROLES)
def test_registering_for_a_public_event(ew, role_user, as_user, role):
    user = role_user(role)
    data = visitor_data(name="Gast", email="gast@example.org", people="2")
    response = as_user(user).post(reverse("events:register", args=[ew.event.pk]), data)
    assert response.status_code == 302
    registration = Registration.objects.get(event=ew.event)
    if role in MEMBERS:
        assert registration.user == user and registration.people == 1
    else:  # anonymous visitors and outsiders register with name and e-mail address
        assert registration.user is None and registration.people == 2


@pytest.mark.parametrize("role", ROLES)
def test_registering_for_a_members_only_event(ew, role_user, as_user, role):
    user = role_user(role)
    data = visitor_data(name="Gast", email="gast@example.org", people="1")
    response = as_user(user).post(reverse("events:register", args=[ew.members_event.pk]), data)
    if role in MEMBERS:
        assert response.status_code == 302
        assert Registration.objects.filter(event=ew.members_event, user=user).exists()
    else:
        assert response.status_code == 404
        assert not Registration.objects.exists()


def test_visitor_cancels_with_the_link_from_the_mail_only(ew, client):
    registration = RegistrationFactory(event=ew.event)
    url = reverse("events:cancel_visitor", args=[services.cancel_token(registration)])
    assert client.get(url).status_code == 200
    bad = reverse("events:cancel_visitor", args=[services.cancel_token(registration) + "x"])
    assert client.post(bad).status_code == 404
    registration.refresh_from_db()
    assert registration.status == "confirmed"
    assert client.post(url).status_code == 302
    registration.refresh_from_db()
    assert registration.status == "cancelled"


@pytest.mark.parametrize("role", ["anonymous", "outsider"])
def test_members_only_event_page_does_not_exist_for_outsiders(ew, role_user, as_user, role):
    response = as_user(role_user(role)).get(reverse("events:detail", args=[ew.members_event.pk]))
    assert response.status_code == 404


def test_coordinating_another_network_gives_no_rights_here(ew, as_user):
    """The outsider coordinates another network that the organiser also belongs to."""
    MembershipFactory(network=ew.world.other_network, organisation=ew.world.member_org)
    client = as_user(ew.world.outsider)
    assert client.post(reverse("events:edit", args=[ew.event.pk]), {}).status_code == 403
    task = ew.event.tasks.get()
    data = {"organisation": ew.world.member_org.pk, "quantity": "1"}
    assert client.post(reverse("events:task_claim", args=[task.pk]), data).status_code == 403
    assert not TaskClaim.objects.exists()
