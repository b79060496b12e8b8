"""Every calendar the demo serves reads the same in Thunderbird's parser and in icalendar.

The calendar routes are found in the URL conf (every pattern ending in ``.ics``) and filled
from the demo network as the GET walk fills them (tests/test_get_changes_nothing.py), with
every candidate row: each event's and meeting's download, each network's meeting feed, the
public feed for all networks and for each one, and a member's private feed. Each answer is
read by Mozilla's ical.js (tests/calendar_clients.py) and by Python's icalendar; both must
name the same instants. icalendar takes a TZID by its name from the time zone database, while
ical.js goes by the file's VTIMEZONE block, so a wrong block shows up here as a difference.
"""

from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.test import Client

from netzwerkstatt.networks.models import Network
from tests import test_get_changes_nothing as walk
from tests.calendar_clients import read_with_icalendar, read_with_icaljs
from tests.test_get_changes_nothing import fill, url_for, walk_resolver

demo = walk.demo  # the GET walk's fixture: the demo network and its people


def _calendar_urls(demo) -> list[str]:
    urls = []
    for route in walk_resolver():
        if not route.route.endswith(".ics"):
            continue
        urls += [url_for(route, kwargs) for kwargs in fill(route, demo)]
    urls += [
        f"/veranstaltungen/kalender.ics?netzwerk={slug}"
        for slug in Network.objects.order_by("slug").values_list("slug", flat=True)
    ]
    return urls


@pytest.mark.django_db
def test_every_calendar_reads_alike_in_icaljs_and_icalendar(demo):
    client = Client()
    client.force_login(demo.people["member editor"])
    problems = []
    read = {}
    for url in _calendar_urls(demo):
        response = client.get(url)
        if response.status_code != 200:
            continue
        assert response["Content-Type"].startswith("text/calendar"), url
        icaljs = read_with_icaljs(response.content)
        python = read_with_icalendar(response.content)
        read[url] = python
        # RFC 5545: a calendar holds at least one component, also without events.
        calendar = icalendar.Calendar.from_ical(response.content)
        if not calendar.subcomponents:
            problems.append(f"{url}: no component")
        if icaljs["timezones"] != ["Europe/Berlin"]:
            problems.append(f"{url}: time zones {icaljs['timezones']}")
        if icaljs["events"] != python:
            problems.append(f"{url}:\n  ical.js:    {icaljs['events']}\n  icalendar: {python}")
    assert not problems, "\n".join(problems)

    # The walk reached each kind of calendar, summer and winter events, and an empty one.
    assert any("/veranstaltungen/feed/" in url for url in read)
    assert any(url.endswith("/treffen.ics") and "/netzwerke/" in url for url in read)
    assert any(url.endswith("/termin.ics") for url in read)
    assert any(not events for events in read.values()), "no calendar without events"
    berlin = ZoneInfo("Europe/Berlin")
    starts = [
        icalendar.vDatetime.from_ical(event["start"].replace("-", "").replace(":", ""))
        for events in read.values()
        for event in events
    ]
    assert any(start.astimezone(berlin).dst() for start in starts), "no summer event"
    assert any(not start.astimezone(berlin).dst() for start in starts), "no winter event"
