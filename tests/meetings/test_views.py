"""Pages: bad input gets a German message and saves nothing; exports; query counts."""

import datetime

import icalendar
import pytest
from django.urls import reverse

from netzwerkstatt.meetings import services
from netzwerkstatt.meetings.models import ActionItem, Meeting, MeetingSeries, Rsvp
from tests.factories import StaffFactory
from tests.meetings.factories import (
    BERLIN,
    ActionItemFactory,
    AgendaItemFactory,
    MeetingFactory,
)

SERIES_FORM = {
    "title": "Netzwerktreffen",
    "frequency": "monthly_nth_weekday",
    "nth": "2",
    "weekday": "1",
    "interval": "1",
    "start_date": "2026-03-01",
    "start_time": "16:00",
    "end_time": "18:00",
    "places": "Stadtteilbüro\nFrauentreff",
    "online_url": "https://treffen.example.org/sis",
    "invitation_days_ahead": "7",
}


def test_coordinator_creates_series(world, clock, as_user):
    url = reverse("meetings:series_add", args=[world.network.slug])
    response = as_user(world.coordinator).post(url, SERIES_FORM, follow=True)
    assert "12 Treffen" in response.content.decode()
    series = MeetingSeries.objects.get()
    assert series.rrule == "FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU"
    assert series.duration_minutes == 120


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"end_time": "15:00"}, "muss nach dem Beginn enden"),
        ({"until": "2026-02-01"}, "vor dem ersten Termin"),
        ({"until": "2026-03-05"}, "keine Termine"),
        ({"until": "2026-12-31", "count": "3"}, "entweder ein Enddatum"),
        ({"interval": "0"}, "größer oder gleich 1"),
    ],
)
def test_bad_series_input(world, clock, as_user, changes, message):
    url = reverse("meetings:series_add", args=[world.network.slug])
    response = as_user(world.coordinator).post(url, {**SERIES_FORM, **changes})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not MeetingSeries.objects.exists() and not Meeting.objects.exists()


def test_bad_single_meeting_input(world, clock, as_user):
    url = reverse("meetings:add", args=[world.network.slug])
    data = {
        "title": "Sondertreffen",
        "date": "2026-03-20",
        "start_time": "18:00",
        "end_time": "16:00",
        "location": "",
        "online_url": "",
    }
    response = as_user(world.coordinator).post(url, data)
    assert "muss nach dem Beginn enden" in response.content.decode()
    response = as_user(world.coordinator).post(
        url, {**data, "date": "2026-02-01", "start_time": "10:00"}
    )
    assert "Vergangenheit" in response.content.decode()
    assert not Meeting.objects.exists()


def test_rsvp_to_cancelled_meeting_shows_message(world, meeting, as_user):
    services.cancel_meeting(meeting, reason="", by=world.coordinator)
    url = reverse("meetings:rsvp", args=[world.network.slug, meeting.pk])
    response = as_user(world.member).post(url, {"answer": "yes"}, follow=True)
    assert "abgesagt" in response.content.decode()
    assert not Rsvp.objects.exists()


def test_rsvp_to_past_meeting_and_nonsense_answer(world, past_meeting, meeting, as_user):
    client = as_user(world.member)
    url = reverse("meetings:rsvp", args=[world.network.slug, past_meeting.pk])
    assert "vorbei" in client.post(url, {"answer": "yes"}, follow=True).content.decode()
    url = reverse("meetings:rsvp", args=[world.network.slug, meeting.pk])
    response = client.post(url, {"answer": "vielleicht-ja"}, follow=True)
    assert "Bitte wählen Sie" in response.content.decode()
    assert not Rsvp.objects.exists()


def test_rsvp_with_htmx_replaces_the_section(world, meeting, past_meeting, as_user):
    client = as_user(world.member)
    url = reverse("meetings:rsvp", args=[world.network.slug, meeting.pk])
    response = client.post(url, {"answer": "maybe", "note": "Eventuell"}, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert html.startswith('<section id="zusage"')
    assert "Ihre Rückmeldung wurde gespeichert." in html and "„Eventuell“" in html
    url = reverse("meetings:rsvp", args=[world.network.slug, past_meeting.pk])
    response = client.post(url, {"answer": "yes"}, HTTP_HX_REQUEST="true")
    assert "message-error" in response.content.decode()
    assert Rsvp.objects.get().meeting == meeting


def test_detail_shows_who_comes_by_organisation(world, meeting, as_user):
    services.respond_to_meeting(meeting, user=world.member, answer="yes", note="Komme später")
    colleague = StaffFactory(organisation=world.member_org).user
    services.respond_to_meeting(meeting, user=colleague, answer="maybe")
    page = as_user(world.coordinator).get(meeting.get_absolute_url()).content.decode()
    assert "Internationale Frauen e.V." in page
    assert "Komme später" in page
    assert "1 zugesagt, 1 vielleicht, 0 abgesagt." in page


def _minutes_post(world, item, **action):
    return {
        "attendees": [world.member.pk],
        "public_summary": "",
        "punkte-TOTAL_FORMS": 1,
        "punkte-INITIAL_FORMS": 1,
        "punkte-0-id": item.pk,
        "punkte-0-notes": "Notiz",
        "punkte-0-decisions": "Beschluss",
        "aufgaben-TOTAL_FORMS": 1,
        "aufgaben-INITIAL_FORMS": 0,
        **{f"aufgaben-0-{key}": value for key, value in action.items()},
    }


@pytest.mark.parametrize(
    ("action", "message"),
    [
        ({"title": "Flyer", "due_date": "2026-03-31"}, "jemanden, der verantwortlich ist"),
        ({"title": "Flyer", "owner_user": "OWNER", "due_date": "2026-02-01"}, "Vergangenheit"),
    ],
)
def test_bad_action_items_in_minutes_form(world, past_meeting, as_user, action, message):
    item = AgendaItemFactory(meeting=past_meeting)
    action = {k: (world.member.pk if v == "OWNER" else v) for k, v in action.items()}
    url = reverse("meetings:minutes_edit", args=[world.network.slug, past_meeting.pk])
    response = as_user(world.coordinator).post(url, _minutes_post(world, item, **action))
    assert response.status_code == 200
    assert message in response.content.decode()
    item.refresh_from_db()
    assert item.notes == "" and not ActionItem.objects.exists()


def test_over_long_minutes_in_form(world, past_meeting, as_user):
    item = AgendaItemFactory(meeting=past_meeting)
    data = _minutes_post(world, item)
    data["punkte-0-notes"] = "x" * 10_001
    url = reverse("meetings:minutes_edit", args=[world.network.slug, past_meeting.pk])
    response = as_user(world.coordinator).post(url, data)
    assert response.status_code == 200
    assert "10000 Zeichen" in response.content.decode()
    item.refresh_from_db()
    assert item.notes == ""


def _published_minutes(world, meeting):
    item = AgendaItemFactory(
        meeting=meeting, title="Ideencafé", notes="Gut besucht.", decisions="Wieder im Mai."
    )
    ActionItemFactory(
        meeting=meeting, agenda_item=item, title="Raum anfragen", owner_user=world.member
    )
    services.publish_minutes(meeting, by=world.coordinator, notify=False)


def test_minutes_page_print_css_and_exports(world, past_meeting, as_user):
    _published_minutes(world, past_meeting)
    client = as_user(world.member)
    page = client.get(reverse("meetings:minutes", args=[world.network.slug, past_meeting.pk]))
    html = page.content.decode()
    assert 'meetings/print.css" media="print"' in html
    assert "Wieder im Mai." in html and "Raum anfragen" in html
    md = client.get(reverse("meetings:minutes_md", args=[world.network.slug, past_meeting.pk]))
    assert md["Content-Type"].startswith("text/markdown")
    text = md.content.decode()
    assert text.startswith("# Protokoll: Netzwerktreffen")
    assert "- Wieder im Mai." in text and "Raum anfragen – " in text
    exported = client.get(
        reverse("meetings:minutes_html", args=[world.network.slug, past_meeting.pk])
    )
    assert "attachment" in exported["Content-Disposition"]
    assert "<!DOCTYPE html>" in exported.content.decode()


def test_my_tasks_page_and_close(world, past_meeting, as_user):
    item = ActionItemFactory(
        meeting=past_meeting, owner_user=world.member, due_date=datetime.date(2026, 2, 20)
    )
    client = as_user(world.member)
    page = client.get(reverse("meetings:my_tasks")).content.decode()
    assert item.title in page and "überfällig" in page
    response = client.post(reverse("meetings:action_close", args=[item.pk]), follow=True)
    assert "als erledigt markiert" in response.content.decode()
    item.refresh_from_db()
    assert item.closed_by == world.member


def test_dashboard_shows_next_meetings_and_open_tasks(world, meeting, past_meeting, as_user):
    ActionItemFactory(meeting=past_meeting, owner_user=world.member)
    page = as_user(world.member).get(reverse("accounts:dashboard")).content.decode()
    assert "Nächste Treffen" in page
    assert "Meine Aufgaben: 1 offen" in page


# --- calendars -----------------------------------------------------------------------------


def test_meeting_ics_is_valid_with_berlin_time(world, meeting, as_user):
    response = as_user(world.member).get(
        reverse("meetings:ics", args=[world.network.slug, meeting.pk])
    )
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert b"DTSTART;TZID=Europe/Berlin:20260310T160000" in response.content
    calendar = icalendar.Calendar.from_ical(response.content)
    assert [c.name for c in calendar.walk("VTIMEZONE")] == ["VTIMEZONE"]
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == datetime.datetime(2026, 3, 10, 16, tzinfo=BERLIN)
    assert str(event["uid"]) == meeting.ical_uid


def test_network_feed_crosses_dst_and_hides_online_link(world, clock, as_user, client):
    services.create_series(
        world.network,
        data={
            "title": "Netzwerktreffen",
            "rrule": "FREQ=MONTHLY;BYDAY=2TU",
            "start_date": datetime.date(2026, 3, 1),
            "start_time": datetime.time(16),
            "duration_minutes": 120,
            "places": "Stadtteilbüro",
            "online_url": "https://treffen.example.org/geheim",
            "invitation_days_ahead": 7,
        },
        by=world.coordinator,
    )
    cancelled = Meeting.objects.order_by("starts_at")[2]
    services.cancel_meeting(cancelled, reason="", by=world.coordinator)
    response = client.get(reverse("meetings:feed", args=[world.network.slug]))
    assert response.status_code == 200
    assert b"geheim" not in response.content
    calendar = icalendar.Calendar.from_ical(response.content)
    events = sorted(calendar.walk("VEVENT"), key=lambda e: e.decoded("dtstart"))
    assert len(events) == 12
    starts = [e.decoded("dtstart") for e in events]
    assert all(s.tzinfo is not None and s.astimezone(BERLIN).hour == 16 for s in starts)
    # March in winter time, April to October in summer time, November in winter time again.
    assert [s.utcoffset().total_seconds() / 3600 for s in starts[:9]] == [1] + [2] * 7 + [1]
    assert str(events[2]["status"]) == "CANCELLED" and int(events[2]["sequence"]) == 1
    tz_names = {str(c["tzid"]) for c in calendar.walk("VTIMEZONE")}
    assert tz_names == {"Europe/Berlin"}
    transitions = {c.name for c in calendar.walk("VTIMEZONE")[0].subcomponents}
    assert transitions == {"STANDARD", "DAYLIGHT"}


def test_add_meeting_to_calendar_for_members_feed(world, meeting):
    from netzwerkstatt.core.ical import new_calendar
    from netzwerkstatt.meetings.calendar import add_meeting_to_calendar
    from netzwerkstatt.meetings.selectors import meetings_for_calendar

    meeting.online_url = "https://treffen.example.org/sis"
    meeting.save()
    MeetingFactory(
        network=world.network, starts_at=datetime.datetime(2026, 4, 14, 16, tzinfo=BERLIN)
    )
    found = meetings_for_calendar(
        network=world.network, start=datetime.date(2026, 3, 10), end=datetime.date(2026, 3, 31)
    )
    assert found == [meeting]
    calendar = new_calendar(name="Mitglieder")
    add_meeting_to_calendar(calendar, found[0])
    assert "treffen.example.org/sis" in str(calendar.walk("VEVENT")[0]["description"])


# --- query counts --------------------------------------------------------------------------


def _busy_network(world, meeting, past_meeting, count: int):
    for index in range(count):
        colleague = StaffFactory(organisation=world.member_org).user
        services.respond_to_meeting(meeting, user=colleague, answer="yes")
        item = AgendaItemFactory(meeting=meeting, title=f"Punkt {index}")
        ActionItemFactory(meeting=past_meeting, agenda_item=None, owner_user=colleague)
        ActionItemFactory(meeting=meeting, agenda_item=item, owner_user=world.member)
        MeetingFactory(
            network=world.network,
            starts_at=datetime.datetime(2026, 4, 1 + index, 16, tzinfo=BERLIN),
        )


@pytest.mark.parametrize("count", [1, 4])
def test_query_counts_do_not_grow(
    world, meeting, past_meeting, as_user, django_assert_num_queries, count
):
    _busy_network(world, meeting, past_meeting, count)
    for _ in range(count):
        item = AgendaItemFactory(meeting=past_meeting, notes="Notiz", decisions="Ja\nNein")
        ActionItemFactory(meeting=past_meeting, agenda_item=item, owner_user=world.member)
    services.publish_minutes(past_meeting, by=world.coordinator, notify=False)
    client = as_user(world.member)
    pages = [
        (reverse("meetings:list", args=[world.network.slug]), 7),
        (meeting.get_absolute_url(), 17),
        (reverse("meetings:my_tasks"), 5),
        (reverse("meetings:minutes", args=[world.network.slug, past_meeting.pk]), 16),
        (reverse("meetings:feed", args=[world.network.slug]), 2),
    ]
    for url, queries in pages:
        with django_assert_num_queries(queries):
            assert client.get(url).status_code == 200


def test_public_summary_is_public_once_published(world, past_meeting, client):
    url = reverse("meetings:summary", args=[world.network.slug, past_meeting.pk])
    past_meeting.public_summary = "Wir planen den PARK(ing) Day."
    past_meeting.save()
    assert client.get(url).status_code == 404  # minutes not published yet
    services.publish_minutes(past_meeting, by=world.coordinator, notify=False)
    response = client.get(url)
    assert response.status_code == 200
    assert "Wir planen den PARK(ing) Day." in response.content.decode()
