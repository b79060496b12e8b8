"""iCal feeds parsed back with icalendar: what they contain, times with TZID, private tokens."""

import datetime

import icalendar
import pytest
from django.urls import reverse
from django.utils import timezone

from netzwerkstatt.events import services
from netzwerkstatt.events.models import CalendarToken
from tests.events.factories import EventFactory, in_days
from tests.meetings.factories import MeetingFactory

pytestmark = pytest.mark.django_db


def _parse(response) -> icalendar.Calendar:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def _summaries(calendar) -> set[str]:
    return {str(component["SUMMARY"]) for component in calendar.walk("VEVENT")}


def test_public_feed_has_public_events_only_in_berlin_time(ew, client):
    ew.event.co_organiser_links.update(confirmed_at=timezone.now())
    calendar = _parse(client.get(reverse("events:public_feed")))
    assert _summaries(calendar) == {"Ideencafé"}
    vevent = calendar.walk("VEVENT")[0]
    assert vevent["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert vevent.decoded("DTSTART").utcoffset() is not None
    assert vevent.decoded("DTSTART") == ew.event.dates.get().starts_at
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    assert "Veranstaltet von: Internationale Frauen e.V., CVJM Leipzig" in str(
        vevent["DESCRIPTION"]
    )
    assert str(vevent["URL"]).endswith(ew.event.get_absolute_url())
    assert calendar["VERSION"] == "2.0" and "PRODID" in calendar


def test_public_feed_of_one_network(ew, client):
    EventFactory(network=ew.world.other_network, organiser=ew.world.outside_org, title="Woanders")
    everything = _parse(client.get(reverse("events:public_feed")))
    assert _summaries(everything) == {"Ideencafé", "Woanders"}
    only_sis = _parse(client.get(reverse("events:public_feed") + "?netzwerk=sis"))
    assert _summaries(only_sis) == {"Ideencafé"}
    assert client.get(reverse("events:public_feed") + "?netzwerk=gibts-nicht").status_code == 404


def test_event_ics_has_one_vevent_per_date(ew, client):
    start = ew.event.dates.get().starts_at
    ew.event.dates.create(
        starts_at=start + datetime.timedelta(days=1),
        ends_at=start + datetime.timedelta(days=1, hours=2),
    )
    calendar = _parse(client.get(reverse("events:ics", args=[ew.event.pk])))
    uids = [str(component["UID"]) for component in calendar.walk("VEVENT")]
    assert len(uids) == 2 and len(set(uids)) == 2
    assert client.get(reverse("events:ics", args=[ew.members_event.pk])).status_code == 404


def test_private_feed_has_members_events_and_stops_working_after_reset(ew, client):
    MeetingFactory(network=ew.world.network, starts_at=in_days(3, 16), title="Netzwerktreffen")
    MeetingFactory(
        network=ew.world.other_network, starts_at=in_days(3, 16), title="Fremdes Treffen"
    )
    token = services.calendar_token_for(ew.other_member).token
    url = reverse("events:private_feed", args=[token])
    expected = {"Ideencafé", "Nur für Mitglieder", "Netzwerktreffen"}
    assert _summaries(_parse(client.get(url))) == expected
    services.reset_calendar_token(ew.other_member)
    assert client.get(url).status_code == 404


def test_private_feed_of_an_outsider_has_public_events_only(ew, client):
    token = services.calendar_token_for(ew.world.outsider).token
    calendar = _parse(client.get(reverse("events:private_feed", args=[token])))
    assert _summaries(calendar) == {"Ideencafé"}


@pytest.mark.parametrize("token", ["falsch", "x" * 43, "../../etc"])
def test_invalid_private_token_is_not_found(ew, client, token):
    services.calendar_token_for(ew.other_member)
    assert client.get(f"/veranstaltungen/feed/{token}.ics").status_code == 404


def test_subscribe_page_creates_the_address_by_post_only(ew, as_user):
    client = as_user(ew.other_member)

    response = client.get(reverse("events:subscribe"))

    assert not CalendarToken.objects.exists()
    page = response.content.decode()
    assert "Sie haben noch keine private Kalenderadresse." in page
    assert "webcal://testserver/veranstaltungen/feed/" not in page
    assert "webcal://testserver/veranstaltungen/kalender.ics" in page

    response = client.post(reverse("events:subscribe"), follow=True)

    token = CalendarToken.objects.get(user=ew.other_member).token
    page = response.content.decode()
    assert "Ihre private Kalenderadresse ist bereit." in page
    assert f"webcal://testserver/veranstaltungen/feed/{token}.ics" in page
    assert CalendarToken.objects.count() == 1


def test_subscribe_page_shows_the_webcal_address_and_resets_it(ew, as_user):
    client = as_user(ew.other_member)
    token = services.calendar_token_for(ew.other_member).token
    response = client.get(reverse("events:subscribe"))
    assert f"webcal://testserver/veranstaltungen/feed/{token}.ics" in response.content.decode()
    response = client.post(reverse("events:subscribe"), follow=True)
    assert "Sie haben eine neue Kalenderadresse" in response.content.decode()
    assert services.calendar_token_for(ew.other_member).token != token


def test_feeds_name_no_unconfirmed_co_organiser_and_no_unconfirmed_event(ew, client):
    EventFactory(
        network=ew.world.network,
        organiser=ew.other_org,
        title="Im fremden Namen",
        organiser_confirmed_at=None,
    )
    calendar = _parse(client.get(reverse("events:public_feed")))
    assert _summaries(calendar) == {"Ideencafé"}
    assert "CVJM" not in str(calendar.walk("VEVENT")[0]["DESCRIPTION"])
