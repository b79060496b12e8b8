"""Every write route for every role: who may, who may not (anonymous included)."""

import datetime

import pytest
from django.urls import reverse

from netzwerkstatt.meetings.models import (
    ActionItem,
    AgendaItem,
    Meeting,
    MeetingSeries,
    Rsvp,
    SeriesException,
)
from tests.meetings.factories import ActionItemFactory, AgendaItemFactory

ROLES = ["anonymous", "outsider", "member", "coordinator", "superuser"]
COORDINATORS = {"coordinator", "superuser"}
MEMBERS = {"member", "coordinator", "superuser"}


def _series(world) -> MeetingSeries:
    return MeetingSeries.objects.create(
        network=world.network,
        title="Netzwerktreffen",
        rrule="FREQ=MONTHLY;BYDAY=2TU",
        start_date=datetime.date(2026, 3, 1),
        start_time=datetime.time(16),
        duration_minutes=120,
    )


def _post(as_user, user, url, data):
    return as_user(user).post(url, data)


def _check(response, role, allowed):
    if role == "anonymous":
        assert response.status_code == 302 and "/konto/anmelden/" in response["Location"]
    elif role in allowed:
        assert response.status_code == 302, response.content.decode()[:2000]
    else:
        assert response.status_code == 403


MEETING_DATA = {
    "title": "Sondertreffen",
    "date": "2026-03-20",
    "start_time": "16:00",
    "end_time": "18:00",
    "location": "Kirche",
    "online_url": "",
}


@pytest.mark.parametrize("role", ROLES)
def test_add_meeting(role, world, clock, as_user, user_for):
    url = reverse("meetings:add", args=[world.network.slug])
    _check(_post(as_user, user_for(role), url, MEETING_DATA), role, COORDINATORS)
    assert Meeting.objects.exists() == (role in COORDINATORS)


@pytest.mark.parametrize("role", ROLES)
def test_add_series(role, world, clock, as_user, user_for):
    url = reverse("meetings:series_add", args=[world.network.slug])
    data = {
        "title": "Netzwerktreffen",
        "frequency": "monthly_nth_weekday",
        "nth": "2",
        "weekday": "1",
        "interval": "1",
        "start_date": "2026-03-01",
        "start_time": "16:00",
        "end_time": "18:00",
        "invitation_days_ahead": "7",
    }
    _check(_post(as_user, user_for(role), url, data), role, COORDINATORS)
    assert MeetingSeries.objects.exists() == (role in COORDINATORS)


@pytest.mark.parametrize("role", ROLES)
def test_edit_series_and_leave_out_a_date(role, world, clock, as_user, user_for):
    series = _series(world)
    url = reverse("meetings:series_edit", args=[world.network.slug, series.pk])
    data = {"title": "Neuer Titel", "places": "", "online_url": "", "invitation_days_ahead": 5}
    _check(_post(as_user, user_for(role), url, data), role, COORDINATORS)
    series.refresh_from_db()
    assert (series.title == "Neuer Titel") == (role in COORDINATORS)
    url = reverse("meetings:series_exception", args=[world.network.slug, series.pk])
    _check(_post(as_user, user_for(role), url, {"date": "2026-04-14"}), role, COORDINATORS)
    assert SeriesException.objects.exists() == (role in COORDINATORS)


@pytest.mark.parametrize("role", ROLES)
def test_edit_and_cancel_meeting(role, world, meeting, as_user, user_for):
    url = reverse("meetings:edit", args=[world.network.slug, meeting.pk])
    data = {**MEETING_DATA, "date": "2026-03-11"}
    _check(_post(as_user, user_for(role), url, data), role, COORDINATORS)
    url = reverse("meetings:cancel", args=[world.network.slug, meeting.pk])
    _check(_post(as_user, user_for(role), url, {"reason": "Krank"}), role, COORDINATORS)
    meeting.refresh_from_db()
    assert meeting.is_cancelled == (role in COORDINATORS)


@pytest.mark.parametrize("role", ROLES)
def test_rsvp_only_for_oneself(role, world, meeting, as_user, user_for):
    url = reverse("meetings:rsvp", args=[world.network.slug, meeting.pk])
    user = user_for(role)
    # A "user" field in the data is ignored: the answer is always the sender's own.
    _check(
        _post(as_user, user, url, {"answer": "yes", "note": "", "user": world.member.pk}),
        role,
        MEMBERS,
    )
    if role in MEMBERS:
        assert list(Rsvp.objects.values_list("user", flat=True)) == [user.pk]
    else:
        assert not Rsvp.objects.exists()


@pytest.mark.parametrize("role", ROLES)
def test_propose_agenda_item(role, world, meeting, as_user, user_for):
    url = reverse("meetings:propose", args=[world.network.slug, meeting.pk])
    data = {"title": "Ferienangebote", "description": "", "minutes_needed": 10}
    _check(_post(as_user, user_for(role), url, data), role, MEMBERS)
    assert AgendaItem.objects.exists() == (role in MEMBERS)


@pytest.mark.parametrize("role", ROLES)
def test_edit_and_publish_agenda(role, world, meeting, as_user, user_for):
    item = AgendaItemFactory(meeting=meeting, status="proposed")
    url = reverse("meetings:agenda", args=[world.network.slug, meeting.pk])
    data = {
        "punkte-TOTAL_FORMS": 1,
        "punkte-INITIAL_FORMS": 1,
        "punkte-0-id": item.pk,
        "punkte-0-status": "accepted",
        "punkte-0-position": 1,
        "punkte-0-minutes_needed": 20,
    }
    _check(_post(as_user, user_for(role), url, data), role, COORDINATORS)
    item.refresh_from_db()
    assert (item.status == "accepted") == (role in COORDINATORS)
    url = reverse("meetings:agenda_publish", args=[world.network.slug, meeting.pk])
    _check(_post(as_user, user_for(role), url, {}), role, COORDINATORS)
    meeting.refresh_from_db()
    assert meeting.agenda_published == (role in COORDINATORS)


def _minutes_data(item, world):
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
        "aufgaben-0-title": "Flyer drucken",
        "aufgaben-0-owner_user": world.member.pk,
        "aufgaben-0-due_date": "2026-03-31",
    }


@pytest.mark.parametrize("role", [*ROLES, "minute-taker"])
def test_record_minutes_coordinators_and_minute_taker(role, world, past_meeting, as_user, user_for):
    minute_taker = world.member if role == "minute-taker" else None
    past_meeting.minute_taker = minute_taker
    past_meeting.save()
    user = minute_taker or user_for(role)
    item = AgendaItemFactory(meeting=past_meeting)
    url = reverse("meetings:minutes_edit", args=[world.network.slug, past_meeting.pk])
    allowed = {*COORDINATORS, "minute-taker"}
    _check(_post(as_user, user, url, _minutes_data(item, world)), role, allowed)
    assert ActionItem.objects.exists() == (role in allowed)


@pytest.mark.parametrize("role", [*ROLES, "minute-taker"])
def test_change_action_item_coordinators_and_minute_taker(
    role, world, past_meeting, as_user, user_for
):
    minute_taker = world.member if role == "minute-taker" else None
    past_meeting.minute_taker = minute_taker
    past_meeting.save()
    user = minute_taker or user_for(role)
    item = ActionItemFactory(meeting=past_meeting, agenda_item=None, owner_user=world.member)
    url = reverse("meetings:action_edit", args=[world.network.slug, past_meeting.pk, item.pk])
    data = {"title": "Geändert", "owner_organisation": world.member_org.pk, "due_date": ""}
    allowed = {*COORDINATORS, "minute-taker"}
    _check(_post(as_user, user, url, data), role, allowed)
    item.refresh_from_db()
    assert (item.title == "Geändert") == (role in allowed)


def test_action_item_of_another_meeting_or_network_is_not_found(
    world, meeting, past_meeting, as_user
):
    item = ActionItemFactory(meeting=past_meeting, owner_user=world.member)
    client = as_user(world.coordinator)
    data = {"title": "Geändert", "owner_user": world.member.pk}
    for slug, pk in [(world.network.slug, meeting.pk), (world.other_network.slug, past_meeting.pk)]:
        response = client.post(reverse("meetings:action_edit", args=[slug, pk, item.pk]), data)
        assert response.status_code in (403, 404)
    item.refresh_from_db()
    assert item.title != "Geändert"


@pytest.mark.parametrize("role", [*ROLES, "minute-taker"])
def test_only_coordinators_publish_minutes(role, world, past_meeting, as_user, user_for):
    past_meeting.minute_taker = world.member
    past_meeting.save()
    user = world.member if role == "minute-taker" else user_for(role)
    url = reverse("meetings:minutes_publish", args=[world.network.slug, past_meeting.pk])
    _check(_post(as_user, user, url, {}), role, COORDINATORS)
    past_meeting.refresh_from_db()
    assert past_meeting.minutes_published == (role in COORDINATORS)


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("anonymous", False),
        ("outsider", False),
        ("colleague", True),  # staff of the owning organisation
        ("member", True),  # the owner
        ("coordinator", True),
        ("superuser", True),
    ],
)
def test_close_action_item(role, allowed, world, past_meeting, as_user, user_for):
    from tests.factories import StaffFactory

    item = ActionItemFactory(
        meeting=past_meeting, owner_user=world.member, owner_organisation=world.member_org
    )
    user = StaffFactory(organisation=world.member_org).user if role == "colleague" else None
    user = user or user_for(role)
    response = _post(as_user, user, reverse("meetings:action_close", args=[item.pk]), {})
    _check(response, role, {role} if allowed else set())
    item.refresh_from_db()
    assert (item.closed_at is not None) == allowed


def test_member_of_another_organisation_cannot_close(world, past_meeting, as_user):
    from tests.factories import StaffFactory

    item = ActionItemFactory(meeting=past_meeting, owner_organisation=world.coordinator_org)
    response = as_user(StaffFactory(organisation=world.member_org).user).post(
        reverse("meetings:action_close", args=[item.pk])
    )
    assert response.status_code == 403


@pytest.mark.parametrize("role", ROLES)
def test_read_pages_are_for_members(role, world, meeting, as_user, user_for):
    client = as_user(user_for(role))
    for url in [
        reverse("meetings:list", args=[world.network.slug]),
        reverse("meetings:detail", args=[world.network.slug, meeting.pk]),
        reverse("meetings:ics", args=[world.network.slug, meeting.pk]),
    ]:
        response = client.get(url)
        if role == "anonymous":
            assert response.status_code == 302
        else:
            assert response.status_code == (200 if role in MEMBERS else 403)


def test_unpublished_minutes_are_hidden_from_members(world, past_meeting, as_user):
    url = reverse("meetings:minutes", args=[world.network.slug, past_meeting.pk])
    assert as_user(world.member).get(url).status_code == 404
    assert as_user(world.coordinator).get(url).status_code == 200
