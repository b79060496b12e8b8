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


def _agenda_post(first, second, *, minutes="20") -> dict:
    return {
        "punkte-TOTAL_FORMS": "2",
        "punkte-INITIAL_FORMS": "2",
        "punkte-0-id": str(first.pk),
        "punkte-0-status": "accepted",
        "punkte-0-position": "2",
        "punkte-0-minutes_needed": minutes,
        "punkte-1-id": str(second.pk),
        "punkte-1-status": "accepted",
        "punkte-1-position": "1",
        "punkte-1-minutes_needed": "5",
    }


def test_agenda_form_with_htmx_and_without(world, meeting, as_user):
    first = AgendaItemFactory(meeting=meeting, title="Erster Vorschlag", position=1)
    second = AgendaItemFactory(meeting=meeting, title="Zweiter Vorschlag", position=2)
    client = as_user(world.coordinator)
    url = reverse("meetings:agenda", args=[world.network.slug, meeting.pk])
    page = client.get(url).content.decode()
    assert f'data-hx-post="{url}"' in page and f'action="{url}"' in page

    # With htmx: the form replaces itself, in the new order, with its own status line.
    response = client.post(url, _agenda_post(first, second), HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert html.startswith('<div id="agenda-form">')
    assert "Die Tagesordnung wurde gespeichert." in html
    assert html.index("Zweiter Vorschlag") < html.index("Erster Vorschlag")
    first.refresh_from_db()
    assert (first.status, first.position, first.minutes_needed) == ("accepted", 2, 20)

    # Bad input with htmx: a German message, nothing saved.
    response = client.post(url, _agenda_post(first, second, minutes="999"), HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert "message-error" in html and "Es wurde nichts gespeichert" in html
    first.refresh_from_db()
    assert first.minutes_needed == 20

    # Without JavaScript: the ordinary post and redirect.
    response = client.post(url, _agenda_post(first, second, minutes="30"))
    assert response.status_code == 302 and response["Location"] == url
    first.refresh_from_db()
    assert first.minutes_needed == 30


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
        "beschluesse-TOTAL_FORMS": 1,
        "beschluesse-INITIAL_FORMS": 0,
        "beschluesse-0-text": "Beschluss",
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


def test_minutes_of_a_meeting_still_to_come_cannot_be_opened(world, meeting, as_user):
    client = as_user(world.coordinator)
    detail = client.get(meeting.get_absolute_url()).content.decode()
    url = reverse("meetings:minutes_edit", args=[world.network.slug, meeting.pk])
    assert url not in detail  # no "Protokoll schreiben" before the meeting
    response = client.get(url, follow=True)
    assert response.redirect_chain[-1][0] == meeting.get_absolute_url()
    assert "sobald das Treffen begonnen hat" in response.content.decode()


def test_meeting_list_links_published_minutes(world, past_meeting, as_user):
    _published_minutes(world, past_meeting)
    html = as_user(world.member).get(reverse("meetings:list", args=[world.network.slug]))
    text = html.content.decode()
    minutes_url = reverse("meetings:minutes", args=[world.network.slug, past_meeting.pk])
    assert f'<a href="{minutes_url}">Protokoll lesen</a>' in text
    assert ">Minuten<" not in text


def test_change_recorded_action_item_page(world, past_meeting, as_user, clock):
    item = ActionItemFactory(meeting=past_meeting, owner_user=world.member, title="Raum anfragen")
    client = as_user(world.coordinator)
    minutes_form = client.get(
        reverse("meetings:minutes_edit", args=[world.network.slug, past_meeting.pk])
    ).content.decode()
    url = reverse("meetings:action_edit", args=[world.network.slug, past_meeting.pk, item.pk])
    assert url in minutes_form
    page = client.get(url).content.decode()
    assert "<h1>Aufgabe ändern</h1>" in page and 'value="Raum anfragen"' in page
    response = client.post(
        url, {"title": "Raum anfragen", "owner_user": world.member.pk, "due_date": "2026-01-05"}
    )
    assert response.status_code == 200
    assert "nicht in der Vergangenheit" in response.content.decode()
    response = client.post(
        url, {"title": "Raum buchen", "owner_organisation": world.member_org.pk, "due_date": ""}
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.title, item.owner_user, item.owner_organisation, item.due_date) == (
        "Raum buchen",
        None,
        world.member_org,
        None,
    )


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


def test_public_network_feed_crosses_dst_and_says_only_when(world, clock, as_user, client):
    """The feed's address is not secret: only "Netzwerktreffen", the time and the page link."""
    services.create_series(
        world.network,
        data={
            "title": "AG Kinderschutz intern",
            "rrule": "FREQ=MONTHLY;BYDAY=2TU",
            "start_date": datetime.date(2026, 3, 1),
            "start_time": datetime.time(16),
            "duration_minutes": 120,
            "places": "Stadtteilbüro Hinterhof 3",
            "online_url": "https://treffen.example.org/geheim",
            "invitation_days_ahead": 7,
        },
        by=world.coordinator,
    )
    first = Meeting.objects.order_by("starts_at").first()
    AgendaItemFactory(meeting=first, title="Fallbesprechung", status="accepted")
    cancelled = Meeting.objects.order_by("starts_at")[2]
    services.cancel_meeting(cancelled, reason="Krankheit", by=world.coordinator)
    response = client.get(reverse("meetings:feed", args=[world.network.slug]))
    assert response.status_code == 200
    for internal in [b"geheim", b"Kinderschutz", b"Hinterhof", b"Fallbesprechung", b"Krankheit"]:
        assert internal not in response.content
    calendar = icalendar.Calendar.from_ical(response.content)
    events = sorted(calendar.walk("VEVENT"), key=lambda e: e.decoded("dtstart"))
    assert len(events) == 12
    assert {str(e["summary"]) for e in events} == {"Netzwerktreffen"}
    assert all("location" not in e for e in events)
    page_url = f"http://localhost:8000{first.get_absolute_url()}"
    assert str(events[0]["url"]) == page_url and page_url in str(events[0]["description"])
    starts = [e.decoded("dtstart") for e in events]
    ends = [e.decoded("dtend") for e in events]
    assert all(s.tzinfo is not None and s.astimezone(BERLIN).hour == 16 for s in starts)
    assert all(e.astimezone(BERLIN).hour == 18 for e in ends)
    # 10 March in winter time; 14 April to 13 October in summer time (from 29 March);
    # 10 November in winter time again (from 25 October).
    assert [s.utcoffset().total_seconds() / 3600 for s in starts[:9]] == [1] + [2] * 7 + [1]
    assert starts[7].date() == datetime.date(2026, 10, 13)
    assert str(events[2]["status"]) == "CANCELLED" and int(events[2]["sequence"]) == 1
    tz_names = {str(c["tzid"]) for c in calendar.walk("VTIMEZONE")}
    assert tz_names == {"Europe/Berlin"}
    transitions = {c.name for c in calendar.walk("VTIMEZONE")[0].subcomponents}
    assert transitions == {"STANDARD", "DAYLIGHT"}

    # Members get the details through the .ics of the meeting (behind the login).
    details = as_user(world.member).get(
        reverse("meetings:ics", args=[world.network.slug, first.pk])
    )
    (event,) = icalendar.Calendar.from_ical(details.content).walk("VEVENT")
    assert str(event["summary"]) == "AG Kinderschutz intern"
    assert str(event["location"]) == "Stadtteilbüro Hinterhof 3"
    assert "treffen.example.org/geheim" in str(event["description"])


def test_meeting_list_explains_which_calendar_address_to_use(world, clock, as_user):
    response = as_user(world.member).get(reverse("meetings:list", args=[world.network.slug]))
    text = response.content.decode()
    assert reverse("events:subscribe") in text
    assert "Ihre private Kalenderadresse" in text
    assert f"webcal://testserver{reverse('meetings:feed', args=[world.network.slug])}" in text


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
        for agenda_item in (item, None):
            services.record_decision(
                past_meeting,
                data={"text": "Beschluss", "agenda_item": agenda_item, "tags": ["Finanzen"]},
                by=world.coordinator,
            )
    services.publish_minutes(past_meeting, by=world.coordinator, notify=False)
    client = as_user(world.member)
    pages = [
        (reverse("meetings:list", args=[world.network.slug]), 7),
        (meeting.get_absolute_url(), 17),
        (reverse("meetings:my_tasks"), 5),
        # +4: decisions per agenda item and general ones, each with their keywords.
        (reverse("meetings:minutes", args=[world.network.slug, past_meeting.pk]), 20),
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


def test_closing_a_task_goes_back_only_to_this_site_over_the_same_scheme(
    world, past_meeting, as_user
):
    client = as_user(world.member)
    tasks = reverse("meetings:my_tasks")
    for target, expected in (
        (tasks + "?seite=2", tasks + "?seite=2"),
        ("https://evil.example/", tasks),
        ("http://testserver/", tasks),
    ):
        item = ActionItemFactory(meeting=past_meeting, owner_user=world.member)
        close = reverse("meetings:action_close", args=[item.pk])
        assert client.post(close, {"next": target}, secure=True).url == expected
