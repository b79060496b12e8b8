"""Hostile titles through every .ics view: each answers 200 and reads back the same title.

The rows are made directly in the database, as a crafted POST past the forms' checks (or an
older row) would leave them.
"""

import datetime

import icalendar
import pytest
from django.db import connection
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone
from icalendar.parser import unescape_backslash

from netzwerkstatt.events import services as event_services
from tests.events.factories import EventFactory
from tests.meetings.factories import MeetingFactory

pytestmark = pytest.mark.django_db

HOSTILE_TITLES = {
    "line-break": "Sommerfest\nBEGIN:VEVENT",
    "crlf": "Sommerfest\r\nX-INJECTED:1",
    "cr": "Sommerfest\rEND:VCALENDAR",
    "punctuation": "Kaffee, Kuchen; Musik",
    "backslash": "C:\\Programme\\n\\\\ und \\, \\;",
    "colon": "DTSTART:20990101T000000Z",
    "long": "Langer Titel " + "äöü " * 46,
    "emoji": "Grillen 🔥🌭 im Garten 🏳️‍🌈",
    "rtl": "مرحبا بكم في الحديقة · שלום ‏(RTL)",
    "control": "Tab\tund\x0bsenkrecht\x00null\x7f",
}


def storable(text: str) -> str:
    """PostgreSQL stores no NUL in text; the other control characters still go through."""
    return text.replace("\x00", "") if connection.vendor == "postgresql" else text


def written_as(title: str) -> str:
    """What a calendar program reads: line breaks as LF, other controls but TAB dropped."""
    text = title.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in text if c in "\t\n" or not (ord(c) < 0x20 or ord(c) == 0x7F))


def ics_url_names() -> set[str]:
    def walk(patterns, namespace=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                yield from walk(pattern.url_patterns, inner)
            elif isinstance(pattern, URLPattern) and str(pattern.pattern).endswith(".ics"):
                yield namespace + pattern.name

    return set(walk(get_resolver().url_patterns))


# Every .ics view with a way to reach it; a new one must be added here to pass.
ICS_VIEWS = {"events:ics", "events:public_feed", "events:private_feed", "meetings:ics"}
NETWORK_NAME_VIEWS = {"meetings:feed"}


def test_every_ics_view_is_covered():
    assert ics_url_names() == ICS_VIEWS | NETWORK_NAME_VIEWS


def parse(response) -> icalendar.Calendar:
    assert response.status_code == 200
    return icalendar.Calendar.from_ical(response.content)


def calendar_name(calendar: icalendar.Calendar) -> str:
    # X-WR-CALNAME is not a property icalendar knows, so it comes back still escaped.
    return unescape_backslash(calendar["X-WR-CALNAME"].to_ical().decode())


def summaries(calendar: icalendar.Calendar) -> list[str]:
    return [str(component["SUMMARY"]) for component in calendar.walk("VEVENT")]


def in_days(days: int) -> datetime.datetime:
    return timezone.now().replace(microsecond=0) + datetime.timedelta(days=days)


@pytest.mark.parametrize("title", HOSTILE_TITLES.values(), ids=HOSTILE_TITLES.keys())
def test_hostile_titles_survive_every_ics_view(client, world, title):
    title = storable(title)
    event = EventFactory(network=world.network, organiser=world.member_org, title=title)
    meeting = MeetingFactory(
        network=world.network,
        title=title,
        location=title,
        starts_at=in_days(3),
        ends_at=in_days(3) + datetime.timedelta(hours=2),
    )
    expected = written_as(title)
    token = event_services.calendar_token_for(world.member).token

    single = parse(client.get(reverse("events:ics", args=[event.pk])))
    assert calendar_name(single) == expected
    assert summaries(single) == [expected]

    public = parse(client.get(reverse("events:public_feed")))
    assert summaries(public) == [expected]
    of_network = parse(client.get(reverse("events:public_feed") + "?netzwerk=sis"))
    assert summaries(of_network) == [expected]

    private = parse(client.get(reverse("events:private_feed", args=[token])))
    assert sorted(summaries(private)) == [expected, expected]
    for component in private.walk("VEVENT"):
        if str(component["UID"]) == meeting.ical_uid:
            assert str(component["LOCATION"]) == expected

    client.force_login(world.member, backend="django.contrib.auth.backends.ModelBackend")
    one_meeting = parse(client.get(reverse("meetings:ics", args=[world.network.slug, meeting.pk])))
    assert calendar_name(one_meeting) == expected
    assert summaries(one_meeting) == [expected]
    assert str(one_meeting.walk("VEVENT")[0]["LOCATION"]) == expected


@pytest.mark.parametrize("name", HOSTILE_TITLES.values(), ids=HOSTILE_TITLES.keys())
def test_hostile_network_names_survive_the_network_feeds(client, world, name):
    # The public meeting feed shows no titles; the network's name is its only free text.
    name = storable(name)
    world.network.name = name
    world.network.tagline = name
    world.network.save()
    MeetingFactory(network=world.network, starts_at=in_days(3))
    EventFactory(network=world.network, organiser=world.member_org)
    expected = written_as(name)

    feed = parse(client.get(reverse("meetings:feed", args=[world.network.slug])))
    assert calendar_name(feed) == f"Treffen von {expected}"
    assert unescape_backslash(feed["X-WR-CALDESC"].to_ical().decode()) == expected
    assert [str(c) for c in feed.walk("VEVENT")[0]["CATEGORIES"].cats] == [expected]

    events = parse(client.get(reverse("events:public_feed") + "?netzwerk=sis"))
    assert calendar_name(events) == f"Veranstaltungen: {expected}"
    assert [str(c) for c in events.walk("VEVENT")[0]["CATEGORIES"].cats] == [expected]
