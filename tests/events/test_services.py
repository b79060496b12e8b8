"""Rules of events: dates, co-organisers, capacity and waiting list, tasks, reports, tokens."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from netzwerkstatt.core.address_hashes import address_hash, purge_address_hashes
from netzwerkstatt.events import services
from netzwerkstatt.events.models import (
    CalendarToken,
    Event,
    EventReport,
    EventTask,
    Registration,
    RegistrationStatus,
    TaskClaim,
    Visibility,
)
from netzwerkstatt.meetings.models import ActionItem, AgendaItem
from netzwerkstatt.offers.models import Need
from tests.events.factories import EventFactory, RegistrationFactory, TaskFactory, in_days
from tests.factories import TargetGroupFactory
from tests.meetings.factories import MeetingFactory

pytestmark = pytest.mark.django_db

EVENT_DATA = {
    "title": "PARK(ing) Day Schönefeld",
    "description": "Parkplätze werden zu Orten für Menschen.",
    "place_name": "Volbedingstraße",
    "visibility": Visibility.PUBLIC,
}


def _dates(start_days=30, end_days=None):
    return [{"starts_at": in_days(start_days, 10), "ends_at": in_days(end_days or start_days, 17)}]


# Events -----------------------------------------------------------------------------------


def test_create_event_with_dates_and_co_organisers(ew):
    groups = [TargetGroupFactory(slug="kinder", name="Kinder")]
    event = services.create_event(
        ew.world.network,
        organiser=ew.world.member_org,
        data={**EVENT_DATA, "target_groups": groups},
        dates=_dates(30) + _dates(31),
        co_organisers=[ew.co_org, ew.other_org],
        by=ew.world.member,
    )
    assert event.created_by == ew.world.member
    assert event.dates.count() == 2
    assert list(event.target_groups.all()) == groups
    links = event.co_organiser_links.all()
    assert {link.organisation for link in links} == {ew.co_org, ew.other_org}
    assert all(link.confirmed_at is None for link in links)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"dates": []}, "mindestens einen Termin"),
        (
            {"dates": [{"starts_at": in_days(30, 17), "ends_at": in_days(30, 10)}]},
            "muss nach ihrem Beginn enden",
        ),
        ({"data": {**EVENT_DATA, "capacity": 0}}, "größer oder gleich 1"),
        ({"data": {**EVENT_DATA, "title": "x" * 201}}, "höchstens 200 Zeichen"),
        ({"data": {**EVENT_DATA, "description": "x" * 5001}}, "höchstens 5000 Zeichen"),
    ],
)
def test_create_event_rejects_bad_input_and_saves_nothing(ew, change, message):
    kwargs = {"data": EVENT_DATA, "dates": _dates(), **change}
    with pytest.raises(ValidationError) as error:
        services.create_event(ew.world.network, organiser=ew.world.member_org, **kwargs)
    assert message in str(error.value)
    assert not Event.objects.filter(title=EVENT_DATA["title"]).exists()


def test_only_member_organisations_organise_or_co_organise(ew):
    with pytest.raises(ValidationError, match="Mitgliedsorganisationen"):
        services.create_event(
            ew.world.network, organiser=ew.world.outside_org, data=EVENT_DATA, dates=_dates()
        )
    with pytest.raises(ValidationError, match="kein Mitglied"):
        services.create_event(
            ew.world.network,
            organiser=ew.world.member_org,
            data=EVENT_DATA,
            dates=_dates(),
            co_organisers=[ew.world.outside_org],
        )
    with pytest.raises(ValidationError, match="nicht zugleich"):
        services.create_event(
            ew.world.network,
            organiser=ew.world.member_org,
            data=EVENT_DATA,
            dates=_dates(),
            co_organisers=[ew.world.member_org],
        )
    assert not Event.objects.filter(title=EVENT_DATA["title"]).exists()


def test_update_keeps_confirmation_of_co_organisers_who_stay(ew):
    services.confirm_co_organisation(
        ew.event, organisation=ew.co_org, part="Kinderaktion", by=ew.co_editor
    )
    services.update_event(
        ew.event, data={"title": "Neu"}, co_organisers=[ew.co_org, ew.other_org], by=ew.world.member
    )
    links = {link.organisation: link for link in ew.event.co_organiser_links.all()}
    assert links[ew.co_org].is_confirmed and links[ew.co_org].part == "Kinderaktion"
    assert not links[ew.other_org].is_confirmed


def test_confirm_co_organisation_records_who_and_when(ew):
    link = services.confirm_co_organisation(
        ew.event, organisation=ew.co_org, part="Stand aufbauen", by=ew.co_editor
    )
    assert link.confirmed_by == ew.co_editor and link.confirmed_at is not None
    with pytest.raises(ValidationError, match="kein Mitveranstalter"):
        services.confirm_co_organisation(ew.event, organisation=ew.other_org, by=ew.other_member)


# Registrations and waiting list ---------------------------------------------------------------


def test_visitors_beyond_the_limit_go_on_the_waiting_list(
    ew, mailoutbox, django_capture_on_commit_callbacks
):
    event = EventFactory(network=ew.world.network, organiser=ew.world.member_org, capacity=5)
    with django_capture_on_commit_callbacks(execute=True):
        first = services.register_for_event(event, name="Aylin", email="a@example.org", people=3)
        second = services.register_for_event(event, name="Bernd", email="b@example.org", people=2)
        third = services.register_for_event(event, name="Chen", email="c@example.org", people=1)
    assert [first.status, second.status, third.status] == ["confirmed", "confirmed", "waiting"]
    assert services.confirmed_people(event) == 5
    assert [mail.to for mail in mailoutbox] == [
        ["a@example.org"],
        ["b@example.org"],
        ["c@example.org"],
    ]
    assert "Warteliste" in mailoutbox[2].subject
    assert "/veranstaltungen/abmelden/" in mailoutbox[0].body


def test_cancelling_promotes_waiting_registrations_in_order_if_they_fit(
    ew, mailoutbox, django_capture_on_commit_callbacks
):
    event = EventFactory(network=ew.world.network, organiser=ew.world.member_org, capacity=4)
    confirmed = services.register_for_event(event, name="A", email="a@example.org", people=3)
    services.register_for_event(event, name="B", email="b@example.org", people=1)
    big = services.register_for_event(event, name="C", email="c@example.org", people=3)
    small = services.register_for_event(event, name="D", email="d@example.org", people=2)
    other = services.register_for_event(event, name="E", email="e@example.org", people=1)
    assert [big.status, small.status, other.status] == ["waiting"] * 3
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_registration(confirmed)
    statuses = dict(Registration.objects.filter(event=event).values_list("name", "status"))
    # 3 places free: C (3 people) comes first and fits; D and E stay on the list.
    assert statuses == {
        "A": "cancelled",
        "B": "confirmed",
        "C": "confirmed",
        "D": "waiting",
        "E": "waiting",
    }
    assert [mail.to for mail in mailoutbox] == [["c@example.org"]]
    assert "frei geworden" in mailoutbox[0].subject


def test_a_group_too_large_for_the_free_places_is_skipped(ew):
    event = EventFactory(network=ew.world.network, organiser=ew.world.member_org, capacity=4)
    leaving = services.register_for_event(event, name="A", email="a@example.org", people=1)
    services.register_for_event(event, name="B", email="b@example.org", people=3)
    services.register_for_event(event, name="C", email="c@example.org", people=3)
    services.register_for_event(event, name="D", email="d@example.org", people=1)
    services.cancel_registration(leaving)
    statuses = dict(Registration.objects.filter(event=event).values_list("name", "status"))
    assert statuses["C"] == "waiting" and statuses["D"] == "confirmed"


def test_raising_the_limit_promotes_the_waiting_list(ew):
    event = EventFactory(network=ew.world.network, organiser=ew.world.member_org, capacity=1)
    services.register_for_event(event, name="A", email="a@example.org")
    waiting = services.register_for_event(event, name="B", email="b@example.org")
    services.update_event(event, data={"capacity": 2})
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.CONFIRMED


def test_member_registers_as_themselves(ew):
    registration = services.register_for_event(ew.event, user=ew.other_member)
    assert registration.user == ew.other_member and registration.email == ew.other_member.email
    assert registration.people == 1


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"people": 0}, "zwischen 1 und 20"),
        ({"people": 21}, "zwischen 1 und 20"),
        ({"people": 11}, "Platz für 10 Personen"),
        ({"name": " "}, "Namen und Ihre E-Mail-Adresse"),
        ({"email": "keine-adresse"}, "gültige E-Mail-Adresse"),
        ({"name": "x" * 151}, "höchstens 150 Zeichen"),
    ],
)
def test_bad_registrations_are_refused(ew, kwargs, message):
    event = EventFactory(network=ew.world.network, organiser=ew.world.member_org, capacity=10)
    with pytest.raises(ValidationError) as error:
        services.register_for_event(
            event, **{"name": "Gast", "email": "gast@example.org", "people": 1, **kwargs}
        )
    assert message in str(error.value)
    assert not Registration.objects.filter(event=event).exists()


def test_no_registration_after_the_event(ew):
    past = EventFactory(
        network=ew.world.network,
        organiser=ew.world.member_org,
        dates=[(in_days(-3, 10), in_days(-3, 12))],
    )
    with pytest.raises(ValidationError, match="vorbei"):
        services.register_for_event(past, name="Gast", email="gast@example.org")
    assert not Registration.objects.exists()


def test_visitors_cannot_register_for_members_only_events_or_twice(ew):
    with pytest.raises(ValidationError, match="Nur Mitglieder"):
        services.register_for_event(ew.members_event, name="Gast", email="gast@example.org")
    services.register_for_event(ew.event, name="Gast", email="gast@example.org")
    with pytest.raises(ValidationError, match="bereits zu dieser Veranstaltung angemeldet"):
        services.register_for_event(ew.event, name="Gast", email="GAST@example.org")
    assert Registration.objects.count() == 1


def test_cancel_link_token_finds_the_registration_and_rejects_forgeries(ew):
    registration = RegistrationFactory(event=ew.event)
    token = services.cancel_token(registration)
    assert services.registration_from_token(token) == registration
    assert services.registration_from_token(token + "x") is None
    services.cancel_registration(registration)
    with pytest.raises(ValidationError, match="bereits storniert"):
        services.cancel_registration(registration)


# Tasks -----------------------------------------------------------------------------------------


def test_claims_add_up_to_what_is_needed_and_never_beyond(ew):
    task = TaskFactory(event=ew.event, needed=3)
    services.claim_task(task, organisation=ew.co_org, quantity=1, by=ew.co_editor)
    services.claim_task(task, organisation=ew.co_org, quantity=1, by=ew.co_editor)
    assert TaskClaim.objects.get(task=task, organisation=ew.co_org).quantity == 2
    with pytest.raises(ValidationError, match="Nur noch 1 von 3"):
        services.claim_task(task, organisation=ew.other_org, quantity=2)
    services.claim_task(task, organisation=ew.other_org, quantity=1)
    with pytest.raises(ValidationError, match="bereits vollständig"):
        services.claim_task(task, organisation=ew.world.member_org, quantity=1)
    assert services.claimed_total(task) == 3


def test_claims_are_refused_for_outside_organisations_and_zero(ew):
    task = TaskFactory(event=ew.event, needed=3)
    with pytest.raises(ValidationError, match="Mitgliedsorganisationen"):
        services.claim_task(task, organisation=ew.world.outside_org)
    with pytest.raises(ValidationError, match="mindestens eine"):
        services.claim_task(task, organisation=ew.co_org, quantity=0)
    assert not TaskClaim.objects.filter(task=task).exists()


def test_releasing_a_claim_opens_the_task_again(ew):
    task = TaskFactory(event=ew.event, needed=1)
    claim = services.claim_task(task, organisation=ew.co_org)
    services.release_claim(claim, by=ew.co_editor)
    assert services.claimed_total(task) == 0
    services.claim_task(task, organisation=ew.other_org)
    with pytest.raises(ValidationError, match="bereits zurückgegeben"):
        services.release_claim(claim)


@pytest.mark.parametrize(
    ("needed", "text"), [(0, "größer oder gleich 1"), (-1, "größer oder gleich 1")]
)
def test_tasks_need_at_least_one(ew, needed, text):
    with pytest.raises(ValidationError, match=text):
        services.add_task(ew.event, description="Tisch", needed=needed)
    assert not EventTask.objects.filter(description="Tisch").exists()


# Reports and follow-ups -------------------------------------------------------------------------


@pytest.fixture
def past_event(ew):
    event = EventFactory(
        network=ew.world.network,
        organiser=ew.world.member_org,
        dates=[(in_days(-2, 10), in_days(-2, 17))],
    )
    event.target_groups.set([TargetGroupFactory(slug="kinder", name="Kinder")])
    return event


def test_report_only_after_the_event(ew, past_event):
    with pytest.raises(ValidationError, match="vorbei"):
        services.save_report(ew.event, data={"participants": 3})
    report = services.save_report(
        past_event,
        data={
            "participants": 80,
            "what_worked": "Viele Kinder",
            "follow_ups": "Mehr Bänke\n\nSchattenplätze",
        },
        by=ew.world.member,
    )
    assert report.follow_up_list() == ["Mehr Bänke", "Schattenplätze"]
    assert report.written_by == ew.world.member


def test_follow_up_becomes_a_need_of_the_network(ew, past_event):
    services.save_report(past_event, data={"follow_ups": "Mehr Bänke\nSchattenplätze"})
    need = services.follow_up_to_need(past_event, index=1, by=ew.world.member)
    assert need.network == ew.world.network and need.title == "Schattenplätze"
    assert need.raised_by == ew.world.member_org and need.created_by == ew.world.member
    assert [group.slug for group in need.target_groups.all()] == ["kinder"]
    with pytest.raises(ValidationError, match="gibt es nicht"):
        services.follow_up_to_need(past_event, index=2)
    assert Need.objects.count() == 1


def test_follow_up_for_the_next_meeting_needs_a_meeting(ew, past_event):
    services.save_report(past_event, data={"follow_ups": "Mehr Bänke"})
    with pytest.raises(ValidationError, match="Treffen"):
        services.follow_up_to_agenda(past_event, index=0, by=ew.world.member)
    assert not AgendaItem.objects.exists()


def test_follow_up_is_proposed_for_the_next_meeting(ew, past_event):
    meeting = MeetingFactory(network=ew.world.network, starts_at=in_days(10, 16))
    services.save_report(past_event, data={"follow_ups": "Mehr Bänke"})
    item = services.follow_up_to_agenda(past_event, index=0, by=ew.world.member)
    assert item.meeting == meeting and item.title == "Mehr Bänke"
    assert item.proposed_by == ew.world.member and past_event.title in item.description


def test_follow_up_becomes_an_action_item_of_the_organiser(ew, past_event, client):
    services.save_report(past_event, data={"follow_ups": "Mehr Bänke\nSchattenplätze"})
    with pytest.raises(ValidationError, match="Treffen"):
        services.follow_up_to_action_item(past_event, index=0, by=ew.world.member)
    meeting = MeetingFactory(network=ew.world.network, starts_at=in_days(10, 16))
    item = services.follow_up_to_action_item(past_event, index=1, by=ew.world.member)
    assert (item.meeting, item.title, item.source_event) == (meeting, "Schattenplätze", past_event)
    assert item.owner_organisation == ew.world.member_org and item.created_by == ew.world.member
    with pytest.raises(ValidationError, match="bereits als Aufgabe"):
        services.follow_up_to_action_item(past_event, index=1, by=ew.world.member)
    assert ActionItem.objects.count() == 1
    # The organisation finds it under its tasks, with the way back to the event.
    client.force_login(ew.world.member, backend="django.contrib.auth.backends.ModelBackend")
    tasks = client.get(reverse("meetings:my_tasks")).content.decode()
    assert "Schattenplätze" in tasks and past_event.get_absolute_url() in tasks


def test_report_rejects_over_long_text(ew, past_event):
    with pytest.raises(ValidationError, match="höchstens 5000 Zeichen"):
        services.save_report(past_event, data={"what_worked": "x" * 5001})
    assert not EventReport.objects.exists()


# Calendar tokens ---------------------------------------------------------------------------------


def test_calendar_token_is_stable_until_reset(ew):
    first = services.calendar_token_for(ew.world.member).token
    assert services.calendar_token_for(ew.world.member).token == first
    assert len(first) >= 32
    assert services.reset_calendar_token(ew.world.member).token != first
    assert CalendarToken.objects.count() == 1


# E-mail to co-organisers, address hashes ------------------------------------------------------


def test_new_co_organisers_get_one_mail_each_after_the_commit(
    ew, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        event = services.create_event(
            ew.world.network,
            organiser=ew.world.member_org,
            data=EVENT_DATA,
            dates=_dates(30),
            co_organisers=[ew.co_org],
            by=ew.world.member,
        )
        assert mailoutbox == []  # nothing leaves before the commit
    for callback in callbacks:
        callback()
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == [ew.co_editor.email]
    assert mail.subject == "Bitte bestätigen Sie Ihren Teil: PARK(ing) Day Schönefeld"
    assert "als Mitveranstalter" in mail.body and "CVJM Leipzig" in mail.body
    assert f"{event.get_absolute_url()}#mitveranstaltung-{ew.co_org.pk}" in mail.body
    assert " Uhr" in mail.body and "&" not in mail.body

    # Editing tells only the organisation that is new; the one that stays hears nothing again.
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.update_event(event, data={}, co_organisers=[ew.co_org, ew.other_org])
    assert [mail.to for mail in mailoutbox] == [[ew.other_member.email]]


def test_failed_event_sends_no_mail(ew, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError):
        services.create_event(
            ew.world.network,
            organiser=ew.world.member_org,
            data={**EVENT_DATA, "title": "x" * 201},
            dates=_dates(30),
            co_organisers=[ew.co_org],
        )
    assert mailoutbox == [] and not Event.objects.filter(title="x" * 201).exists()


def test_visitor_rate_limit_counts_in_the_database_per_address_hash(ew):
    for number in range(services.VISITOR_REGISTRATIONS_PER_HOUR):
        event = EventFactory(network=ew.world.network, organiser=ew.world.member_org)
        services.register_for_event(
            event, name="Gast", email=f"g{number}@example.org", ip_address="203.0.113.5"
        )
    stored = set(Registration.objects.values_list("ip_hash", flat=True))
    assert (
        stored == {address_hash("203.0.113.5", purpose=services.ADDRESS_PURPOSE)}
        and "203.0.113.5" not in stored.pop()
    )
    with pytest.raises(ValidationError) as refused:
        services.register_for_event(
            ew.event, name="Gast", email="elf@example.org", ip_address="203.0.113.5"
        )
    assert refused.value.code == services.RATE_LIMITED
    assert "Zu viele Anmeldungen" in str(refused.value)
    # Another address, and members, are not held back.
    services.register_for_event(
        ew.event, name="Gast", email="elf@example.org", ip_address="203.0.113.6"
    )
    member = services.register_for_event(ew.event, user=ew.other_member)
    assert member.ip_hash == ""
    assert Registration.objects.count() == services.VISITOR_REGISTRATIONS_PER_HOUR + 2


def test_visitor_rate_limit_counts_only_the_last_hour(ew, time_machine):
    first, later = in_days(-1, 9), in_days(-1, 10) + datetime.timedelta(minutes=1)
    time_machine.move_to(first)
    for number in range(services.VISITOR_REGISTRATIONS_PER_HOUR):
        services.register_for_event(
            ew.event, name="Gast", email=f"g{number}@example.org", ip_address="203.0.113.5"
        )
    time_machine.move_to(later - datetime.timedelta(minutes=2))
    with pytest.raises(ValidationError, match="Zu viele"):
        services.register_for_event(
            ew.event, name="Gast", email="frueh@example.org", ip_address="203.0.113.5"
        )
    time_machine.move_to(later)
    registration = services.register_for_event(
        ew.event, name="Gast", email="spaeter@example.org", ip_address="203.0.113.5"
    )
    assert registration.pk


def test_purge_forgets_address_hashes_after_30_days(ew, time_machine):
    then, later, now = in_days(-31, 9), in_days(-29, 9), in_days(0, 9)
    time_machine.move_to(then)
    old = services.register_for_event(
        ew.event, name="A", email="a@example.org", ip_address="1.2.3.4"
    )
    time_machine.move_to(later)
    recent = services.register_for_event(
        ew.event, name="B", email="b@example.org", ip_address="1.2.3.4"
    )
    time_machine.move_to(now)
    assert purge_address_hashes()["events.Registration"] == 1
    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.ip_hash == "" and recent.ip_hash == address_hash(
        "1.2.3.4", purpose=services.ADDRESS_PURPOSE
    )
