"""Two members claim the last free place at the same moment: exactly one gets it.

This needs real concurrent transactions, so it runs against PostgreSQL only (SQLite
serialises all writers and would prove nothing): set DATABASE_URL=postgres://…
"""

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, connections

from netzwerkstatt.events import services
from netzwerkstatt.events.models import EventTask, Registration, TaskClaim
from tests.events.factories import EventFactory, TaskFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="Concurrent claims need PostgreSQL row locks; set DATABASE_URL=postgres://…",
    ),
]


def _race(calls):
    """Run the calls in threads that start together; return what each returned or raised."""
    barrier = threading.Barrier(len(calls))
    results = [None] * len(calls)

    def run(index, call):
        try:
            barrier.wait()
            results[index] = call()
        except Exception as error:  # noqa: BLE001 - the outcome is what the test inspects
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results


@pytest.mark.parametrize("attempt", range(5))
def test_two_members_claiming_the_last_place_at_once(ew, attempt):
    task = TaskFactory(event=ew.event, needed=2)
    services.claim_task(task, organisation=ew.world.member_org)  # one place left
    results = _race(
        [
            lambda: services.claim_task(task, organisation=ew.co_org, by=ew.co_editor),
            lambda: services.claim_task(task, organisation=ew.other_org, by=ew.other_member),
        ]
    )
    won = [result for result in results if isinstance(result, TaskClaim)]
    lost = [result for result in results if isinstance(result, ValidationError)]
    assert len(won) == 1 and len(lost) == 1, results
    assert "bereits vollständig" in str(lost[0])
    assert services.claimed_total(EventTask.objects.get(pk=task.pk)) == 2


def test_two_visitors_asking_for_the_last_place_at_once(ew):
    event = EventFactory(network=ew.world.network, organiser=ew.world.member_org, capacity=3)
    services.register_for_event(event, name="A", email="a@example.org", people=2)
    results = _race(
        [
            lambda: services.register_for_event(event, name="B", email="b@example.org"),
            lambda: services.register_for_event(event, name="C", email="c@example.org"),
        ]
    )
    assert all(isinstance(result, Registration) for result in results), results
    assert sorted(result.status for result in results) == ["confirmed", "waiting"]
    assert services.confirmed_people(event) == 3
