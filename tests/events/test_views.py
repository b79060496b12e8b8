"""Pages and forms: the calendar, event pages, RSVP and task claiming, and bad input."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from netzwerkstatt.events import services
from netzwerkstatt.events.models import Event, Registration, TaskClaim
from netzwerkstatt.offers.models import Need
from tests.events.conftest import visitor_data
from tests.events.factories import EventFactory, in_days
from tests.events.test_permissions import _event_form
from tests.factories import TargetGroupFactory
from tests.meetings.factories import MeetingFactory

pytestmark = pytest.mark.django_db


def _text(response) -> str:
    return response.content.decode()


def test_calendar_lists_public_events_and_members_see_more(ew, as_user):
    anonymous = _text(as_user(None).get(reverse("events:calendar")))
    assert "Ideencafé" in anonymous and "Nur für Mitglieder" not in anonymous
    member = _text(as_user(ew.other_member).get(reverse("events:calendar")))
    assert "Ideencafé" in member and "Nur für Mitglieder" in member
    outsider = _text(as_user(ew.world.outsider).get(reverse("events:calendar")))
    assert "Nur für Mitglieder" not in outsider


def test_calendar_hides_past_events(ew, client):
    EventFactory(
        network=ew.world.network,
        organiser=ew.world.member_org,
        title="Längst vorbei",
        dates=[(in_days(-5, 10), in_days(-5, 12))],
    )
    assert "Längst vorbei" not in _text(client.get(reverse("events:calendar")))


def test_calendar_filters_by_target_group_and_organisation(ew, client):
    children = TargetGroupFactory(slug="kinder", name="Kinder")
    kids = EventFactory(network=ew.world.network, organiser=ew.other_org, title="Kinderfest")
    kids.target_groups.set([children])
    ew.event.co_organiser_links.update(confirmed_at=timezone.now())
    by_group = _text(client.get(reverse("events:calendar") + "?zielgruppe=kinder"))
    assert "Kinderfest" in by_group and "Ideencafé" not in by_group
    # The co-organiser's filter finds the events it co-organises.
    by_org = _text(client.get(reverse("events:calendar") + "?organisation=cvjm"))
    assert "Ideencafé" in by_org and "Kinderfest" not in by_org
    # An unknown value drops only its own filter.
    unknown = client.get(reverse("events:calendar") + "?zielgruppe=gibts-nicht")
    assert unknown.status_code == 200 and "Kinderfest" in _text(unknown)


def test_month_view_shows_events_on_their_day(ew, client):
    start = timezone.localtime(ew.event.dates.get().starts_at)
    response = client.get(reverse("events:month", args=[start.year, start.month]))
    text = _text(response)
    assert f'href="{ew.event.get_absolute_url()}"' in text
    assert '<abbr title="Montag">Mo</abbr>' in text
    previous = (start.date().replace(day=1) - datetime.timedelta(days=1)).replace(day=1)
    assert reverse("events:month", args=[previous.year, previous.month]) in text


def test_month_view_redirect_and_bad_months(ew, client):
    response = client.get(reverse("events:this_month") + "?zielgruppe=kinder")
    today = timezone.localdate()
    assert response.status_code == 302
    assert response["Location"].endswith(f"/monat/{today.year}/{today.month}/?zielgruppe=kinder")
    assert client.get("/veranstaltungen/monat/2027/13/").status_code == 404
    assert client.get("/veranstaltungen/monat/0/1/").status_code == 404


def test_event_page_shows_place_times_organisers_and_tasks(ew, client, as_user):
    text = _text(client.get(ew.event.get_absolute_url()))
    assert "Nachbarschaftsgarten" in text and "Volbedingstraße 1" in text
    assert "Internationale Frauen e.V." in text
    # A co-organiser that has not confirmed is not named to the public, only to the organisers.
    assert "CVJM Leipzig" not in text
    organiser_view = _text(as_user(ew.world.member).get(ew.event.get_absolute_url()))
    assert "CVJM Leipzig" in organiser_view and "noch nicht bestätigt" in organiser_view
    assert "Wer bringt was mit?" in text and "Tisch mitbringen" in text
    assert "0 von 2 übernommen" in text
    # Visitors see the registration form but no claim form.
    assert 'name="email"' in text and "Übernehmen" not in text


def test_member_creates_a_joint_event(ew, as_user):
    client = as_user(ew.world.member)
    data = _event_form(ew, co_organisers=[ew.co_org.pk, ew.other_org.pk], capacity="30")
    response = client.post(reverse("events:create", args=["sis"]), data)
    event = Event.objects.get(title="Neues Sommerfest")
    assert response.status_code == 302 and response["Location"] == event.get_absolute_url()
    assert event.created_by == ew.world.member and event.capacity == 30
    assert set(event.co_organisers.all()) == {ew.co_org, ew.other_org}
    assert timezone.localtime(event.dates.get().starts_at).hour == 15


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"termine-0-ends_at": in_days(20, 14).strftime("%Y-%m-%dT%H:%M")},
            "Das Ende muss nach dem Beginn liegen.",
        ),
        ({"capacity": "0"}, "größer oder gleich 1"),
        ({"capacity": "-5"}, "größer oder gleich 1"),
        ({"title": "x" * 201}, "höchstens 200 Zeichen"),
        ({"description": "x" * 5001}, "höchstens 5000 Zeichen"),
        ({"place_name": ""}, "Bitte geben Sie einen Ort, eine Adresse oder einen Online-Link an."),
        ({"termine-0-starts_at": "gestern"}, "Bitte ein gültiges Datum und Uhrzeit eingeben."),
        (
            {"termine-0-starts_at": "0001-01-01T00:00", "termine-0-ends_at": "0001-01-01T10:00"},
            "Bitte geben Sie ein Datum zwischen 2000 und 2100 an.",
        ),
        ({"termine-0-ends_at": "9999-12-31T23:59"}, "zwischen 2000 und 2100"),
        (
            {"termine-0-starts_at": "", "termine-0-ends_at": ""},
            "Bitte geben Sie mindestens einen Termin an.",
        ),
        ({"co_organisers": ["99999"]}, "Bitte eine gültige Auswahl treffen"),
    ],
)
def test_bad_event_input_shows_german_messages_and_saves_nothing(ew, as_user, change, message):
    data = _event_form(ew, **change)
    response = as_user(ew.world.member).post(reverse("events:create", args=["sis"]), data)
    assert response.status_code == 200
    assert message in _text(response)
    assert not Event.objects.filter(title__in=["Neues Sommerfest", "x" * 201]).exists()


def test_organiser_from_another_organisation_is_refused(ew, as_user):
    data = _event_form(ew, organiser=ew.world.outside_org.pk)
    response = as_user(ew.world.member).post(reverse("events:create", args=["sis"]), data)
    assert response.status_code == 200 and "gültige Auswahl" in _text(response)
    assert not Event.objects.filter(title="Neues Sommerfest").exists()


def test_visitor_registers_with_number_of_people(ew, client, mailoutbox):
    url = reverse("events:register", args=[ew.event.pk])
    response = client.post(
        url,
        visitor_data(name="Aylin", email="aylin@example.org", people="3"),
    )
    assert response.status_code == 302
    assert Registration.objects.get().people == 3
    page = _text(client.get(ew.event.get_absolute_url()))
    assert "Sie sind angemeldet. Eine Bestätigung ist unterwegs." in page


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            visitor_data(name="A", email="keine-adresse", people="1"),
            "gültige E-Mail-Adresse",
        ),
        (
            visitor_data(name="A", email="a@example.org", people="0"),
            "größer oder gleich 1",
        ),
        (
            visitor_data(name="A", email="a@example.org", people="21"),
            "kleiner oder gleich 20",
        ),
        (
            visitor_data(name="x" * 151, email="a@example.org", people="1"),
            "höchstens 150 Zeichen",
        ),
        (
            visitor_data(name="A", email="a@example.org", people="9"),
            "Platz für 8 Personen",
        ),
    ],
)
def test_bad_registrations_show_german_messages(ew, client, data, message):
    Event.objects.filter(pk=ew.event.pk).update(capacity=8)
    response = client.post(reverse("events:register", args=[ew.event.pk]), data)
    assert response.status_code == 400
    assert message in _text(response)
    assert not Registration.objects.exists()


def test_registration_after_the_event_is_refused(ew, client):
    past = EventFactory(
        network=ew.world.network,
        organiser=ew.world.member_org,
        dates=[(in_days(-1, 10), in_days(-1, 12))],
    )
    data = visitor_data(name="A", email="a@example.org", people="1")
    response = client.post(reverse("events:register", args=[past.pk]), data)
    assert response.status_code == 400 and "vorbei" in _text(response)
    assert not Registration.objects.exists()


def test_full_event_puts_visitors_on_the_waiting_list(ew, client):
    Event.objects.filter(pk=ew.event.pk).update(capacity=1)
    services.register_for_event(ew.event, name="B", email="b@example.org")
    data = visitor_data(name="A", email="a@example.org", people="1")
    response = client.post(reverse("events:register", args=[ew.event.pk]), data, follow=True)
    assert "Die Veranstaltung ist ausgebucht. Sie stehen auf der Warteliste" in _text(response)
    assert Registration.objects.get(email="a@example.org").status == "waiting"


def test_member_claims_and_cannot_claim_more_than_needed(ew, as_user):
    client = as_user(ew.other_member)
    task = ew.event.tasks.get()
    page = _text(client.get(ew.event.get_absolute_url()))
    assert f'id="claim-{task.pk}-organisation"' in page
    url = reverse("events:task_claim", args=[task.pk])
    response = client.post(url, {"organisation": ew.other_org.pk, "quantity": "3"}, follow=True)
    assert "Nur noch 2 von 2 sind offen" in _text(response)
    assert not TaskClaim.objects.exists()
    response = client.post(url, {"organisation": ew.other_org.pk, "quantity": "2"}, follow=True)
    assert "Danke: Malteser übernimmt „Tisch mitbringen“." in _text(response)
    assert "2 von 2 übernommen" in _text(response)
    response = client.post(url, {"organisation": ew.other_org.pk, "quantity": "0"}, follow=True)
    assert "mindestens 1" in _text(response)


def test_claiming_for_someone_elses_organisation_is_refused(ew, as_user):
    task = ew.event.tasks.get()
    url = reverse("events:task_claim", args=[task.pk])
    as_user(ew.other_member).post(url, {"organisation": ew.co_org.pk, "quantity": "1"})
    assert not TaskClaim.objects.exists()


def test_report_form_and_follow_up_buttons(ew, as_user):
    past = EventFactory(
        network=ew.world.network,
        organiser=ew.world.member_org,
        dates=[(in_days(-1, 10), in_days(-1, 12))],
    )
    client = as_user(ew.world.member)
    url = reverse("events:report", args=[past.pk])
    response = client.post(url, {"participants": "-1", "what_worked": "", "follow_ups": ""})
    assert response.status_code == 200 and "größer oder gleich 0" in _text(response)
    client.post(url, {"participants": "60", "what_worked": "Sonne", "follow_ups": "Mehr Bänke"})
    page = _text(client.get(past.get_absolute_url()))
    assert "Als Bedarf erfassen" in page and "Für das nächste Treffen vorschlagen" in page
    assert "Als Aufgabe übernehmen" in page
    response = client.post(
        reverse("events:follow_up_need", args=[past.pk]), {"index": "5"}, follow=True
    )
    assert "Diesen nächsten Schritt gibt es nicht (mehr)." in _text(response)


def test_report_before_the_event_is_refused(ew, as_user):
    response = as_user(ew.world.member).post(
        reverse("events:report", args=[ew.event.pk]),
        {"participants": "3", "what_worked": "", "follow_ups": ""},
    )
    assert response.status_code == 200 and "sobald die Veranstaltung vorbei ist" in _text(response)


def test_network_page_and_dashboard_show_events(ew, as_user):
    network_page = _text(as_user(None).get(ew.world.network.get_absolute_url()))
    assert "Nächste Veranstaltungen" in network_page and "Ideencafé" in network_page
    assert "Nur für Mitglieder" not in network_page
    ew.event.co_organiser_links.update(confirmed_at=timezone.now())
    dashboard = _text(as_user(ew.co_editor).get(reverse("accounts:dashboard")))
    assert "Veranstaltungen meiner Organisationen" in dashboard
    assert "Ideencafé" in dashboard and "Tisch mitbringen" in dashboard


def test_main_navigation_links_to_the_calendar(ew, client):
    text = _text(client.get(reverse("events:calendar")))
    assert f'<a href="{reverse("events:calendar")}" aria-current="page">Kalender</a>' in text


def test_members_see_meetings_in_the_month_view(ew, as_user):
    start = in_days(9, 16)
    meeting = MeetingFactory(network=ew.world.network, starts_at=start, title="Netzwerktreffen")
    url = reverse("events:month", args=[start.year, start.month])
    assert meeting.get_absolute_url() in _text(as_user(ew.other_member).get(url))
    assert "Netzwerktreffen" not in _text(as_user(None).get(url))
    assert "Netzwerktreffen" not in _text(as_user(ew.world.outsider).get(url))
    listed = _text(as_user(ew.other_member).get(reverse("events:calendar")))
    assert "Treffen Ihrer Netzwerke" in listed and meeting.get_absolute_url() in listed
    assert "Netzwerktreffen" not in _text(as_user(None).get(reverse("events:calendar")))


def test_visitor_registrations_are_rate_limited_per_address(ew, client):
    url = reverse("events:register", args=[ew.event.pk])
    for number in range(10):
        data = visitor_data(name="Gast", email=f"gast{number}@example.org", people="1")
        assert client.post(url, data).status_code == 302
    data = visitor_data(name="Gast", email="gast-elf@example.org", people="1")
    response = client.post(url, data)
    assert response.status_code == 429
    assert "Zu viele Anmeldungen von Ihrer Verbindung" in _text(response)
    assert Registration.objects.count() == 10


def test_an_event_on_several_days_is_created_in_one_go(ew, as_user):
    client = as_user(ew.world.member)
    page = _text(client.get(reverse("events:create", args=["sis"])))
    assert page.count('type="datetime-local"') == 6  # three rows of start and end
    assert "Termin 3" in page
    data = _event_form(
        ew,
        **{
            "termine-TOTAL_FORMS": "3",
            "termine-1-starts_at": in_days(21, 10).strftime("%Y-%m-%dT%H:%M"),
            "termine-1-ends_at": in_days(21, 16).strftime("%Y-%m-%dT%H:%M"),
            "termine-2-starts_at": "",
            "termine-2-ends_at": "",
        },
    )
    response = client.post(reverse("events:create", args=["sis"]), data)
    assert response.status_code == 302
    event = Event.objects.get(title="Neues Sommerfest")
    assert [timezone.localtime(date.starts_at).hour for date in event.dates.all()] == [15, 10]
    edit = _text(client.get(reverse("events:edit", args=[event.pk])))
    assert edit.count('type="datetime-local"') == 8  # two dates and two empty rows


def test_times_are_written_the_german_way(ew, client):
    event = EventFactory(
        network=ew.world.network,
        organiser=ew.world.member_org,
        title="Herbstfest",
        dates=[
            (
                timezone.make_aware(datetime.datetime(2027, 9, 17, 10, 0)),
                timezone.make_aware(datetime.datetime(2027, 9, 17, 16, 0)),
            ),
            (
                timezone.make_aware(datetime.datetime(2027, 9, 18, 18, 0)),
                timezone.make_aware(datetime.datetime(2027, 9, 19, 1, 30)),
            ),
        ],
    )
    page = _text(client.get(event.get_absolute_url()))
    assert (
        'Fr., 17. September 2027, <time datetime="2027-09-17T10:00:00+02:00">10:00</time>–'
        '<time datetime="2027-09-17T16:00:00+02:00">16:00</time> Uhr'
    ) in page
    assert "Sa., 18. September 2027, <time" in page and ">18:00 Uhr</time> – So., 19." in page
    month = _text(client.get(reverse("events:month", args=[2027, 9])))
    assert '<span class="entry-time">10:00 Uhr</span> <span>Herbstfest</span>' in month


def test_follow_ups_become_a_need_and_an_agenda_item_from_the_event_page(ew, as_user):
    """The whole flow as organisers click it: report, then each follow-up onwards, once."""
    past = EventFactory(
        network=ew.world.network,
        organiser=ew.world.member_org,
        title="Sommerfest",
        dates=[(in_days(-1, 10), in_days(-1, 12))],
    )
    meeting = MeetingFactory(network=ew.world.network, starts_at=in_days(10, 16))
    client = as_user(ew.co_editor)  # co-organiser staff may do it, too
    past.co_organiser_links.create(organisation=ew.co_org)
    page = _text(client.get(past.get_absolute_url()))
    assert "Bericht schreiben" in page
    response = client.post(
        reverse("events:report", args=[past.pk]),
        {"participants": "60", "what_worked": "Sonne", "follow_ups": "Mehr Bänke\nSchatten"},
        follow=True,
    )
    page = _text(response)
    assert "Der Bericht wurde gespeichert." in page and "Teilnehmende" in page
    assert 'name="text" value="Schatten"' in page

    need_url = reverse("events:follow_up_need", args=[past.pk])
    response = client.post(need_url, {"index": "0", "text": "Mehr Bänke"}, follow=True)
    assert "Der nächste Schritt wurde als Bedarf erfasst." in _text(response)
    need = Need.objects.get()
    assert need.title == "Mehr Bänke" and need.network == ew.world.network
    response = client.post(need_url, {"index": "0", "text": "Mehr Bänke"}, follow=True)
    assert "bereits als Bedarf erfasst" in _text(response) and Need.objects.count() == 1

    agenda_url = reverse("events:follow_up_agenda", args=[past.pk])
    response = client.post(agenda_url, {"index": "1", "text": "Schatten"}, follow=True)
    assert "für das nächste Treffen vorgeschlagen" in _text(response)
    assert meeting.agenda_items.get().title == "Schatten"

    # A report edited since the page was loaded: the old index names another follow-up.
    services.save_report(past, data={"follow_ups": "Neu\nMehr Bänke\nSchatten"})
    response = client.post(agenda_url, {"index": "1", "text": "Schatten"}, follow=True)
    assert "in der Zwischenzeit geändert" in _text(response)
    assert meeting.agenda_items.count() == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"description": "Bänke", "needed": "0"}, "größer oder gleich 1"),
        ({"description": "Bänke", "needed": "99999999999"}, "kleiner oder gleich"),
        ({"description": "x" * 301, "needed": "1"}, "höchstens 300 Zeichen"),
        ({"description": "Bänke", "needed": "1", "deadline": "0001-01-01"}, "zwischen 2000"),
        ({"needed": "1"}, "Dieses Feld ist zwingend erforderlich."),
    ],
)
def test_bad_task_input_shows_german_messages(ew, as_user, data, message):
    response = as_user(ew.world.member).post(reverse("events:task_add", args=[ew.event.pk]), data)
    assert response.status_code == 400 and message in _text(response)
    assert ew.event.tasks.count() == 1


def test_month_view_filters_and_shows_members_only_events_to_members(ew, as_user):
    children = TargetGroupFactory(slug="kinder", name="Kinder")
    kids = EventFactory(
        network=ew.world.network,
        organiser=ew.other_org,
        title="Kinderfest",
        dates=[(in_days(1, 10), in_days(1, 12))],
    )
    kids.target_groups.set([children])
    ew.event.co_organiser_links.update(confirmed_at=timezone.now())
    for event in (ew.event, ew.members_event):
        event.dates.update(starts_at=in_days(1, 14), ends_at=in_days(1, 16))
    day = timezone.localdate() + datetime.timedelta(days=1)
    url = reverse("events:month", args=[day.year, day.month])
    visitor = _text(as_user(None).get(url))
    assert "Kinderfest" in visitor and "Ideencafé" in visitor
    assert "Nur für Mitglieder" not in visitor
    member = _text(as_user(ew.other_member).get(url))
    assert "Nur für Mitglieder" in member and "nur für Mitglieder</span>" in member
    by_group = _text(as_user(None).get(url + "?zielgruppe=kinder"))
    assert "Kinderfest" in by_group and "Ideencafé" not in by_group
    by_org = _text(as_user(ew.other_member).get(url + "?organisation=cvjm"))
    assert "Ideencafé" in by_org and "Kinderfest" not in by_org
    assert "Nur für Mitglieder" not in by_org  # CVJM does not co-organise that one


def test_a_filled_honeypot_registers_nobody_but_looks_like_success(ew, client):
    data = visitor_data(name="Bot", email="bot@example.org", people="20", fax="0341 123")

    response = client.post(reverse("events:register", args=[ew.event.pk]), data, follow=True)

    assert "Sie sind angemeldet" in response.content.decode()
    assert not Registration.objects.exists()


def test_a_registration_sent_too_fast_is_refused(ew, client, settings):
    settings.PUBLIC_FORM_MIN_SECONDS = 4
    data = visitor_data(name="Aylin", email="aylin@example.org", people="1")

    response = client.post(reverse("events:register", args=[ew.event.pk]), data)

    assert response.status_code == 400
    assert "Das ging sehr schnell" in response.content.decode()
    assert not Registration.objects.exists()


def test_after_registering_a_visitor_sees_a_confirmation_not_the_empty_form(ew, client):
    url = reverse("events:register", args=[ew.event.pk])
    response = client.post(
        url, visitor_data(name="Aylin", email="aylin@example.org", people="3"), follow=True
    )
    page = _text(response)
    assert f"Sie sind zu „{ew.event.title}“ mit 3 Personen angemeldet." in page
    assert "Link in dieser E-Mail" in page
    assert 'name="email"' not in page
    # Someone else can still be registered from the same browser.
    again = _text(client.get(ew.event.get_absolute_url() + "?neu=1"))
    assert 'name="email"' in again
    # Once cancelled, the form is back.
    services.cancel_registration(Registration.objects.get())
    assert 'name="email"' in _text(client.get(ew.event.get_absolute_url()))


def test_the_honeypot_confirmation_looks_like_a_real_one(ew, client):
    data = visitor_data(name="Bot", email="bot@example.org", people="20", fax="0341 123")
    page = _text(client.post(reverse("events:register", args=[ew.event.pk]), data, follow=True))
    assert f"Sie sind zu „{ew.event.title}“ angemeldet." in page
    assert 'name="email"' not in page


def test_the_month_calendar_pages_only_from_the_first_event_to_two_years_ahead(ew, client):
    from netzwerkstatt.events.selectors import MONTHS_AHEAD

    today = timezone.localdate()
    EventFactory(
        network=ew.world.network,
        organiser=ew.world.member_org,
        dates=[(in_days(-400, 10), in_days(-400, 12))],
    )
    earliest = (today - datetime.timedelta(days=400)).replace(day=1)
    index = today.year * 12 + today.month - 1 + MONTHS_AHEAD
    last = datetime.date(index // 12, index % 12 + 1, 1)

    def month(day):
        return client.get(reverse("events:month", args=[day.year, day.month]))

    first_page = month(earliest)
    assert first_page.status_code == 200
    assert 'rel="prev"' not in first_page.content.decode()
    assert 'rel="next"' in first_page.content.decode()
    last_page = month(last)
    assert last_page.status_code == 200
    assert 'rel="next"' not in last_page.content.decode()
    assert 'rel="prev"' in last_page.content.decode()
    before = (earliest - datetime.timedelta(days=1)).replace(day=1)
    after = (last + datetime.timedelta(days=31)).replace(day=1)
    assert month(before).status_code == 404
    assert month(after).status_code == 404


def test_a_planned_event_far_ahead_extends_the_month_calendar(ew, client):
    far = in_days(365 * 4)
    EventFactory(
        network=ew.world.network,
        organiser=ew.world.member_org,
        dates=[(far, far + datetime.timedelta(hours=2))],
    )
    day = timezone.localtime(far).date()
    assert client.get(reverse("events:month", args=[day.year, day.month])).status_code == 200
    after = (day.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
    assert client.get(reverse("events:month", args=[after.year, after.month])).status_code == 404
