"""Services: answers, agenda assembly, minutes, action items, reminders (frozen clock)."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from netzwerkstatt.meetings import selectors, services
from netzwerkstatt.meetings.models import (
    ActionItem,
    AgendaItem,
    AgendaItemStatus,
    Meeting,
    MeetingSeries,
    Rsvp,
)
from netzwerkstatt.synergy.models import FindingStatus, ParallelOfferFinding
from tests.factories import OfferFactory, StaffFactory
from tests.meetings.factories import BERLIN, ActionItemFactory, AgendaItemFactory, MeetingFactory

# --- answers -------------------------------------------------------------------------------


def test_member_answers_for_their_organisation(world, meeting):
    rsvp = services.respond_to_meeting(meeting, user=world.member, answer="yes", note="Bis dann")
    assert rsvp.organisation == world.member_org
    services.respond_to_meeting(meeting, user=world.member, answer="maybe")
    assert Rsvp.objects.get().answer == "maybe"  # changed, not duplicated


def test_answer_to_cancelled_meeting_is_refused(world, meeting):
    services.cancel_meeting(meeting, reason="Krank", by=world.coordinator)
    with pytest.raises(ValidationError, match="abgesagt"):
        services.respond_to_meeting(meeting, user=world.member, answer="yes")
    assert not Rsvp.objects.exists()


def test_answer_to_past_meeting_is_refused(world, past_meeting):
    with pytest.raises(ValidationError, match="vorbei"):
        services.respond_to_meeting(past_meeting, user=world.member, answer="yes")
    assert not Rsvp.objects.exists()


def test_outsider_cannot_answer(world, meeting):
    with pytest.raises(ValidationError):
        services.respond_to_meeting(meeting, user=world.outsider, answer="yes")
    assert not Rsvp.objects.exists()


# --- single meetings -----------------------------------------------------------------------


def _times(day: int, start: int, end: int) -> dict:
    return {
        "starts_at": datetime.datetime(2026, 3, day, start, tzinfo=BERLIN),
        "ends_at": datetime.datetime(2026, 3, day, end, tzinfo=BERLIN),
    }


def test_end_before_start_is_refused(world, clock):
    with pytest.raises(ValidationError, match="nach dem Beginn"):
        services.create_meeting(
            world.network,
            data={"title": "Treffen", "location": "", "online_url": "", **_times(20, 18, 16)},
            by=world.coordinator,
        )
    assert not Meeting.objects.exists()


def test_publishing_twice_tells_members_once(
    world, meeting, past_meeting, clock, mailoutbox, django_capture_on_commit_callbacks
):
    for _round in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            services.publish_agenda(meeting, by=world.coordinator)
            services.publish_minutes(past_meeting, by=world.coordinator)
    subjects = sorted(m.subject.split(":")[0] for m in mailoutbox)
    assert subjects == ["Protokoll", "Protokoll", "Tagesordnung", "Tagesordnung"]  # 2 people


def test_meeting_far_ahead_is_refused(world, clock, meeting):
    far = {
        "starts_at": datetime.datetime(9999, 12, 31, 16, tzinfo=BERLIN),
        "ends_at": datetime.datetime(9999, 12, 31, 18, tzinfo=BERLIN),
    }
    with pytest.raises(ValidationError, match="höchstens 3 Jahre im Voraus"):
        services.create_meeting(
            world.network,
            data={"title": "Treffen", "location": "", "online_url": "", **far},
            by=world.coordinator,
        )
    with pytest.raises(ValidationError, match="höchstens 3 Jahre im Voraus"):
        services.update_meeting(
            meeting,
            data={"title": "Treffen", "location": "", "online_url": "", **far},
            by=world.coordinator,
        )
    meeting.refresh_from_db()
    assert Meeting.objects.count() == 1 and meeting.starts_at.year == 2026


def test_added_moved_and_cancelled_meetings_are_announced(
    world, clock, mailoutbox, django_capture_on_commit_callbacks
):
    data = {"title": "Sondertreffen", "location": "Kirche", "online_url": "", **_times(20, 16, 18)}
    with django_capture_on_commit_callbacks(execute=True):
        meeting = services.create_meeting(world.network, data=data, by=world.coordinator)
    assert len(mailoutbox) == 2  # coordinator and member, one message each
    assert {m.to[0] for m in mailoutbox} == {world.coordinator.email, world.member.email}
    assert world.outsider.email not in {m.to[0] for m in mailoutbox}
    assert mailoutbox[0].subject.startswith("Neues Treffen: Sondertreffen")
    assert "Freitag, 20. März 2026, 16:00–18:00 Uhr" in mailoutbox[0].body
    assert f"http://localhost:8000{meeting.get_absolute_url()}" in mailoutbox[0].body
    ics_url = f"http://localhost:8000{meeting.get_absolute_url()}treffen.ics"
    assert f"Eintrag für Ihr Kalenderprogramm (.ics): {ics_url}" in mailoutbox[0].body

    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.update_meeting(meeting, data={**data, **_times(21, 16, 18)}, by=world.coordinator)
    assert len(mailoutbox) == 2 and "verschoben" in mailoutbox[0].subject
    meeting.refresh_from_db()
    assert meeting.sequence == 1

    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_meeting(meeting, reason="Krankheit", by=world.coordinator)
    assert len(mailoutbox) == 2 and "Abgesagt" in mailoutbox[0].subject
    assert "Krankheit" in mailoutbox[0].body
    assert "am Samstag, 21. März 2026, 16:00 Uhr wurde abgesagt" in mailoutbox[0].body


def test_minute_taker_must_work_for_a_member(world, meeting):
    data = {
        "title": meeting.title,
        "location": "",
        "online_url": "",
        "starts_at": meeting.starts_at,
        "ends_at": meeting.ends_at,
    }
    with pytest.raises(ValidationError):
        services.update_meeting(
            meeting, data={**data, "minute_taker": world.outsider}, by=world.coordinator
        )
    services.update_meeting(
        meeting, data={**data, "minute_taker": world.member}, by=world.coordinator
    )
    meeting.refresh_from_db()
    assert meeting.minute_taker == world.member


# --- agenda --------------------------------------------------------------------------------


def test_proposal_goes_to_the_next_meeting(world, meeting, past_meeting):
    later = MeetingFactory(
        network=world.network, starts_at=datetime.datetime(2026, 4, 14, 16, tzinfo=BERLIN)
    )
    item = services.propose_agenda_item(
        network=world.network, proposed_by=world.member, title="Ferienangebote", minutes_needed=15
    )
    assert item.meeting == meeting != later
    assert item.status == AgendaItemStatus.PROPOSED
    assert item.organisation == world.member_org


def test_proposal_without_upcoming_meeting_is_refused(world, past_meeting):
    with pytest.raises(ValidationError, match="kein kommendes Treffen"):
        services.propose_agenda_item(network=world.network, proposed_by=world.member, title="X")
    assert not AgendaItem.objects.exists()


def test_coordinator_orders_and_time_boxes_the_agenda(world, meeting):
    first = AgendaItemFactory(meeting=meeting, status="proposed", position=1)
    second = AgendaItemFactory(meeting=meeting, status="proposed", position=2)
    services.update_agenda(
        meeting,
        items=[
            {"id": first.pk, "status": "rejected", "position": 2, "minutes_needed": 5},
            {"id": second.pk, "status": "accepted", "position": 1, "minutes_needed": 25},
        ],
        by=world.coordinator,
    )
    page = selectors.meeting_page(meeting, user=world.member)
    assert page.accepted_items == [second] and page.agenda_minutes == 25
    assert page.rejected_items == [first]


def test_agenda_lists_round_of_updates_carry_over_and_synergies(
    world, meeting, past_meeting, clock
):
    # An offer changed between the meetings, one changed before the previous meeting.
    clock.move_to(datetime.datetime(2026, 1, 5, 10, tzinfo=BERLIN))
    old = OfferFactory(organisation=world.member_org, title="Altes Angebot")
    clock.move_to(datetime.datetime(2026, 2, 20, 10, tzinfo=BERLIN))
    new = OfferFactory(organisation=world.member_org, title="Neues Angebot")
    outside = OfferFactory(organisation=world.outside_org, title="Fremdes Angebot")
    open_item = ActionItemFactory(meeting=past_meeting, owner_organisation=world.member_org)
    ActionItemFactory(
        meeting=past_meeting,
        owner_user=world.member,
        closed_at=datetime.datetime(2026, 2, 15, tzinfo=BERLIN),
    )
    offer_b = OfferFactory(organisation=world.coordinator_org)
    finding = ParallelOfferFinding.objects.create(
        network=world.network,
        offer_a=min(new, offer_b, key=lambda o: o.pk),
        offer_b=max(new, offer_b, key=lambda o: o.pk),
        score=0.8,
        status=FindingStatus.NEXT_MEETING,
    )
    ParallelOfferFinding.objects.create(
        network=world.network, offer_a=old, offer_b=outside, score=0.5
    )
    clock.move_to(datetime.datetime(2026, 3, 2, 9, tzinfo=BERLIN))

    page = selectors.meeting_page(meeting, user=world.member)

    rounds = {part.organisation: part for part in page.round}
    assert set(rounds) == {world.coordinator_org, world.member_org}
    assert rounds[world.member_org].new_offers == [new]
    assert old not in rounds[world.member_org].changed_offers
    assert page.carried_over == [open_item]
    assert page.synergies == [finding]
    # The past meeting's own agenda shows no synergies for the next meeting.
    assert selectors.meeting_page(past_meeting, user=world.member).synergies == []


def test_round_of_updates_includes_member_updates(world, meeting, past_meeting, clock):
    from netzwerkstatt.news.models import Update

    Update.objects.create(
        organisation=world.member_org,
        title="Neue Öffnungszeiten",
        body="Ab März dienstags bis 19 Uhr.",
        published_at=datetime.datetime(2026, 2, 25, tzinfo=BERLIN),
        confirmed_at=datetime.datetime(2026, 2, 25, tzinfo=BERLIN),
    )
    Update.objects.create(
        organisation=world.member_org,
        title="Alt",
        body="Vor dem letzten Treffen.",
        published_at=datetime.datetime(2026, 2, 1, tzinfo=BERLIN),
        confirmed_at=datetime.datetime(2026, 2, 1, tzinfo=BERLIN),
    )
    # Written in the organisation's name by someone else and not confirmed: not its word yet.
    Update.objects.create(
        organisation=world.member_org,
        title="Unbestätigt",
        body="Von der Koordination geschrieben.",
        published_at=datetime.datetime(2026, 2, 26, tzinfo=BERLIN),
    )
    rounds = {part.organisation: part for part in selectors.round_of_updates(meeting)}
    assert [u.title for u in rounds[world.member_org].updates] == ["Neue Öffnungszeiten"]


# --- minutes and action items --------------------------------------------------------------


def _action(world, **overrides):
    return {
        "agenda_item": None,
        "title": "Flyer drucken",
        "owner_organisation": None,
        "owner_user": world.member,
        "due_date": datetime.date(2026, 3, 31),
        **overrides,
    }


def test_minutes_with_attendance_decisions_and_action_items(world, past_meeting):
    item = AgendaItemFactory(meeting=past_meeting)
    services.save_minutes(
        past_meeting,
        attendees=[world.member, world.coordinator],
        items=[{"id": item.pk, "notes": "Besprochen.", "decisions": "Wir machen mit.\nJa."}],
        actions=[_action(world, agenda_item=item)],
        by=world.coordinator,
    )
    item.refresh_from_db()
    assert item.decision_list() == ["Wir machen mit.", "Ja."]
    assert {a.organisation for a in past_meeting.attendances.all()} == {
        world.member_org,
        world.coordinator_org,
    }
    action = ActionItem.objects.get()
    assert action.agenda_item == item and action.created_by == world.coordinator


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"owner_user": None}, "verantwortlich"),
        ({"due_date": datetime.date(2026, 3, 1)}, "Vergangenheit"),
        ({"title": "  "}, "was zu tun ist"),
    ],
)
def test_bad_action_items_save_nothing(world, past_meeting, overrides, message):
    item = AgendaItemFactory(meeting=past_meeting)
    with pytest.raises(ValidationError, match=message):
        services.save_minutes(
            past_meeting,
            attendees=[world.member],
            items=[{"id": item.pk, "notes": "Notiz", "decisions": ""}],
            actions=[_action(world, **overrides)],
            by=world.coordinator,
        )
    item.refresh_from_db()
    assert item.notes == "" and not ActionItem.objects.exists()
    assert not past_meeting.attendances.exists()


def test_over_long_minutes_save_nothing(world, past_meeting):
    item = AgendaItemFactory(meeting=past_meeting)
    with pytest.raises(ValidationError, match="höchstens"):
        services.save_minutes(
            past_meeting,
            attendees=[],
            items=[{"id": item.pk, "notes": "x" * 10_001, "decisions": ""}],
            actions=[],
            by=world.coordinator,
        )
    item.refresh_from_db()
    assert item.notes == ""


def test_minutes_of_a_future_meeting_are_refused(world, meeting):
    with pytest.raises(ValidationError):
        services.save_minutes(meeting, attendees=[], items=[], actions=[], by=world.coordinator)


def test_closing_records_who_and_when_once(world, past_meeting, clock):
    item = ActionItemFactory(meeting=past_meeting, owner_user=world.member)
    services.close_action_item(item, by=world.member)
    item.refresh_from_db()
    assert item.closed_by == world.member
    assert item.closed_at == datetime.datetime(2026, 3, 2, 9, tzinfo=BERLIN)
    with pytest.raises(ValidationError, match="bereits"):
        services.close_action_item(item, by=world.coordinator)
    item.refresh_from_db()
    assert item.closed_by == world.member


def _action_data(item, **changes) -> dict:
    return {
        "title": item.title,
        "agenda_item": item.agenda_item,
        "owner_organisation": item.owner_organisation,
        "owner_user": item.owner_user,
        "due_date": item.due_date,
        **changes,
    }


def test_changing_an_action_item_records_who_and_reminds_again(world, past_meeting, clock):
    item = ActionItemFactory(
        meeting=past_meeting,
        agenda_item=None,
        owner_user=world.member,
        due_date=datetime.date(2026, 2, 20),
        overdue_reminder_sent_at=datetime.datetime(2026, 2, 21, 8, tzinfo=BERLIN),
    )
    # An overdue item may keep its date while the owner changes; the reminder stays sent.
    services.update_action_item(
        item,
        data=_action_data(item, owner_user=None, owner_organisation=world.member_org),
        by=world.coordinator,
    )
    item.refresh_from_db()
    assert item.owner_user is None and item.owner_organisation == world.member_org
    assert item.updated_by == world.coordinator
    assert item.updated_at == datetime.datetime(2026, 3, 2, 9, tzinfo=BERLIN)
    assert item.overdue_reminder_sent_at is not None
    # A new due date: reminded again once it has passed.
    services.update_action_item(
        item, data=_action_data(item, due_date=datetime.date(2026, 3, 20)), by=world.coordinator
    )
    item.refresh_from_db()
    assert item.due_date == datetime.date(2026, 3, 20) and item.overdue_reminder_sent_at is None


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"owner_user": None, "owner_organisation": None}, "jemanden, der verantwortlich ist"),
        ({"due_date": datetime.date(2026, 2, 25)}, "nicht in der Vergangenheit"),
        ({"title": "  "}, "was zu tun ist"),
    ],
)
def test_bad_changes_to_an_action_item_save_nothing(world, past_meeting, clock, changes, message):
    item = ActionItemFactory(
        meeting=past_meeting, owner_user=world.member, due_date=datetime.date(2026, 2, 20)
    )
    before = (item.title, item.owner_user_id, item.due_date)
    with pytest.raises(ValidationError, match=message):
        services.update_action_item(item, data=_action_data(item, **changes), by=world.coordinator)
    item.refresh_from_db()
    assert (item.title, item.owner_user_id, item.due_date) == before and item.updated_by is None


def test_finished_action_item_cannot_be_changed(world, past_meeting, clock):
    item = ActionItemFactory(meeting=past_meeting, owner_user=world.member)
    services.close_action_item(item, by=world.member)
    with pytest.raises(ValidationError, match="nicht mehr geändert"):
        services.update_action_item(
            item, data=_action_data(item, title="Neu"), by=world.coordinator
        )
    item.refresh_from_db()
    assert item.title != "Neu"


def test_my_tasks_lists_mine_and_my_organisations_with_overdue_flag(world, past_meeting):
    mine = ActionItemFactory(
        meeting=past_meeting, owner_user=world.member, due_date=datetime.date(2026, 2, 20)
    )
    theirs = ActionItemFactory(meeting=past_meeting, owner_organisation=world.member_org)
    ActionItemFactory(meeting=past_meeting, owner_organisation=world.coordinator_org)
    tasks = selectors.my_tasks(world.member)
    assert tasks.mine == [mine] and mine.is_overdue
    assert tasks.organisations == [theirs] and not theirs.is_overdue


# --- due e-mail ----------------------------------------------------------------------------


def test_invitation_reminder_and_overdue_mail_go_out_once(
    world, meeting, past_meeting, clock, mailoutbox, django_capture_on_commit_callbacks
):
    overdue = ActionItemFactory(
        meeting=past_meeting, owner_user=world.member, due_date=datetime.date(2026, 2, 27)
    )
    ActionItemFactory(meeting=past_meeting, owner_user=world.member)  # not yet due

    def run() -> dict:
        with django_capture_on_commit_callbacks(execute=True):
            return services.send_due_mail()

    # Monday 2 March, 09:00: the meeting on 10 March is 8 days away; only the overdue item.
    assert run() == {"invitations": 0, "reminders": 0, "overdue": 1}
    assert [m.to for m in mailoutbox] == [[world.member.email]]
    assert overdue.title in mailoutbox[0].subject

    clock.move_to(datetime.datetime(2026, 3, 3, 17, tzinfo=BERLIN))  # 7 days ahead
    assert run() == {"invitations": 1, "reminders": 0, "overdue": 0}
    assert len(mailoutbox) == 3
    assert run() == {"invitations": 0, "reminders": 0, "overdue": 0}  # nothing twice

    clock.move_to(datetime.datetime(2026, 3, 9, 8, tzinfo=BERLIN))  # the day before
    assert run() == {"invitations": 0, "reminders": 1, "overdue": 0}
    assert "morgen" in mailoutbox[-1].subject
    assert run() == {"invitations": 0, "reminders": 0, "overdue": 0}
    assert len(mailoutbox) == 5


def test_invitation_lead_time_comes_from_the_series(world, clock):
    series = MeetingSeries.objects.create(
        network=world.network,
        title="Treffen",
        rrule="FREQ=MONTHLY;BYDAY=2TU",
        start_date=datetime.date(2026, 3, 1),
        start_time=datetime.time(16),
        duration_minutes=120,
        invitation_days_ahead=14,
    )
    services.extend_series(series)
    assert services.send_due_mail()["invitations"] == 1  # 10 March is 8 days away


def test_send_due_command(world, meeting, clock):
    StaffFactory(organisation=world.member_org)
    clock.move_to(datetime.datetime(2026, 3, 9, 8, tzinfo=BERLIN))
    call_command("meetings", "send_due")
    meeting.refresh_from_db()
    assert meeting.invitation_sent_at is not None and meeting.reminder_sent_at is not None
