"""Pinned query counts: pages cost the same whether they show two events or twelve."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from netzwerkstatt.events import selectors, services
from tests.events.factories import CoOrganiserFactory, EventFactory, TaskFactory, in_days
from tests.factories import TargetGroupFactory

pytestmark = pytest.mark.django_db


def _more_events(ew, count: int) -> None:
    groups = [TargetGroupFactory(slug="kinder", name="Kinder"), TargetGroupFactory(slug="eltern")]
    for number in range(count):
        event = EventFactory(
            network=ew.world.network,
            organiser=ew.other_org,
            dates=[(in_days(5 + number, 10), in_days(5 + number, 12))],
        )
        event.target_groups.set(groups)
        CoOrganiserFactory(event=event, organisation=ew.co_org)
        CoOrganiserFactory(event=event, organisation=ew.world.member_org)


def _more_tasks(ew, count: int) -> None:
    for number in range(count):
        task = TaskFactory(event=ew.event, needed=5, description=f"Aufgabe {number}")
        services.claim_task(task, organisation=ew.co_org)
        services.claim_task(task, organisation=ew.other_org, quantity=2)


def _count(call) -> int:
    with CaptureQueriesContext(connection) as queries:
        call()
    return len(queries)


@pytest.mark.parametrize(
    ("who", "url_name", "expected"),
    [
        # count, page, target groups, co-organisers, three filter choice lists; members add
        # session, user, their networks and one query for each network's meetings; the month
        # view has no count but one for the months it pages through, and its grid shows
        # neither target groups nor co-organisers.
        ("anonymous", "events:calendar", 7),
        ("member", "events:calendar", 11),
        ("anonymous", "month", 5),
        ("member", "month", 9),
    ],
)
def test_calendar_pages(ew, as_user, django_assert_num_queries, who, url_name, expected):
    client = as_user(ew.other_member if who == "member" else None)
    today = timezone.localdate()
    url = (
        reverse("events:month", args=[today.year, today.month])
        if url_name == "month"
        else reverse(url_name)
    )
    _more_events(ew, 2)
    small = _count(lambda: client.get(url))
    _more_events(ew, 10)
    with django_assert_num_queries(expected):
        response = client.get(url)
    assert response.status_code == 200
    assert small == expected


@pytest.mark.parametrize(("who", "expected"), [("anonymous", 9), ("organiser", 19)])
def test_event_page_with_tasks(ew, as_user, django_assert_num_queries, who, expected):
    client = as_user(ew.world.member if who == "organiser" else None)
    _more_tasks(ew, 1)
    small = _count(lambda: client.get(ew.event.get_absolute_url()))
    _more_tasks(ew, 8)
    with django_assert_num_queries(expected):
        response = client.get(ew.event.get_absolute_url())
    assert response.status_code == 200 and "Aufgabe 7" in response.content.decode()
    assert small == expected


def test_upcoming_events_of_a_network(ew, django_assert_num_queries):
    _more_events(ew, 6)
    with django_assert_num_queries(3):
        dates = selectors.upcoming_events(ew.other_member, network=ew.world.network)
        shown = [
            (
                date.event.organiser.name,
                [group.name for group in date.event.target_groups.all()],
                [link.organisation.name for link in date.event.co_organiser_links.all()],
            )
            for date in dates
        ]
    assert len(shown) == 5


def test_dashboard_events(ew, django_assert_num_queries):
    _more_tasks(ew, 5)
    ew.event.co_organiser_links.update(confirmed_at=timezone.now())
    with django_assert_num_queries(3):
        data = selectors.dashboard_events(ew.co_editor)
        titles = {task.event.title for task in data.open_tasks}
    assert titles == {"Ideencafé"}
    assert len(data.open_tasks) == 6


@pytest.mark.parametrize(
    ("who", "url_name", "expected"),
    [
        # As above, plus one query each for the chosen target group and organisation; members
        # see no meetings here (meetings have neither), which saves the two meeting queries.
        ("anonymous", "events:calendar", 9),
        ("member", "events:calendar", 11),
        ("anonymous", "month", 7),
        ("member", "month", 9),
    ],
)
def test_filtered_calendar_pages(ew, as_user, django_assert_num_queries, who, url_name, expected):
    client = as_user(ew.other_member if who == "member" else None)
    today = timezone.localdate()
    url = (
        reverse("events:month", args=[today.year, today.month])
        if url_name == "month"
        else reverse(url_name)
    )
    url += "?zielgruppe=kinder&organisation=cvjm"
    _more_events(ew, 2)
    small = _count(lambda: client.get(url))
    _more_events(ew, 10)
    with django_assert_num_queries(expected):
        response = client.get(url)
    assert response.status_code == 200
    assert small == expected
    if url_name != "month":
        assert "12 anstehende Termine" in response.content.decode()
