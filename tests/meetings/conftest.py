"""Meeting fixtures: a clock frozen on Monday 2 March 2026, 09:00 in Leipzig."""

import datetime

import pytest
import time_machine

from tests.meetings.factories import BERLIN, MeetingFactory

NOW = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN)


@pytest.fixture
def clock():
    """The frozen clock; `clock.move_to(...)` moves it."""
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def meeting(world, clock):
    """The world's next meeting: Tuesday 10 March 2026, 16:00–18:00."""
    return MeetingFactory(network=world.network)


@pytest.fixture
def past_meeting(world, clock):
    """Tuesday 10 February 2026, 16:00–18:00."""
    return MeetingFactory(
        network=world.network,
        starts_at=datetime.datetime(2026, 2, 10, 16, 0, tzinfo=BERLIN),
    )
