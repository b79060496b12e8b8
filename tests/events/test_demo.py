"""The demo's events: upcoming whenever the demo is loaded, and back to their state on reload."""

import datetime

import pytest
from django.utils import timezone

from netzwerkstatt.demo.loader import load_demo_network
from netzwerkstatt.events import services
from netzwerkstatt.events.demo import PARKING_DAY_TITLE, parking_day_date
from netzwerkstatt.events.models import Event, EventTask, TaskClaim

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (datetime.date(2026, 11, 25), datetime.date(2027, 9, 17)),
        (datetime.date(2027, 3, 1), datetime.date(2027, 9, 17)),
        (datetime.date(2027, 9, 17), datetime.date(2028, 9, 15)),
    ],
)
def test_parking_day_is_the_next_third_friday_of_september(today, expected):
    assert parking_day_date(today) == expected


def test_demo_events_are_upcoming_and_reload_to_their_state():
    load_demo_network()
    parking = Event.objects.get(title=PARKING_DAY_TITLE)
    assert Event.objects.filter(title="Ideencafé bei Marianne", capacity=25).exists()
    assert Event.objects.filter(visibility="members").count() == 1
    assert all(date.starts_at > timezone.now() for date in parking.dates.all())
    assert parking.co_organiser_links.filter(confirmed_at__isnull=False).count() == 2
    table = EventTask.objects.get(event=parking, description="Tisch mitbringen")
    assert services.claimed_total(table) == 1

    services.claim_task(table, organisation=parking.organiser, quantity=2)
    load_demo_network()
    assert Event.objects.filter(title=PARKING_DAY_TITLE).count() == 1
    assert services.claimed_total(table) == 1
    assert TaskClaim.objects.filter(task__event=parking).count() == 3


def test_loading_the_demo_sends_no_mail(mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        load_demo_network()
    assert not [mail for mail in mailoutbox if PARKING_DAY_TITLE in mail.subject]
