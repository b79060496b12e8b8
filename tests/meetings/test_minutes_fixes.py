"""Minutes list who was a member on the meeting's day; the round of updates says "Update"."""

import datetime

from django.urls import reverse

from netzwerkstatt.meetings.models import Attendance
from netzwerkstatt.networks.models import MembershipStatus
from tests.factories import MembershipFactory, OrganisationFactory, StaffFactory, UserFactory
from tests.news.factories import UpdateFactory


def _staff_of(world, name, person, **membership):
    organisation = OrganisationFactory(name=name)
    MembershipFactory(network=world.network, organisation=organisation, **membership)
    return StaffFactory(organisation=organisation, user=UserFactory(display_name=person)).user


def _minutes_post(*people):
    return {
        "attendees": [person.pk for person in people],
        "public_summary": "",
        "general_notes": "",
        "punkte-TOTAL_FORMS": 0,
        "punkte-INITIAL_FORMS": 0,
        "beschluesse-TOTAL_FORMS": 0,
        "beschluesse-INITIAL_FORMS": 0,
        "aufgaben-TOTAL_FORMS": 0,
        "aufgaben-INITIAL_FORMS": 0,
    }


def test_attendance_choices_are_the_members_on_the_meetings_day(
    world, clock, past_meeting, as_user
):
    """The meeting was on 10 February 2026."""
    joined_later = _staff_of(world, "Später e.V.", "Nora Neu", joined_on=datetime.date(2026, 2, 20))
    left_since = _staff_of(
        world,
        "Gegangen e.V.",
        "Anton Alt",
        status=MembershipStatus.FORMER,
        joined_on=datetime.date(2025, 1, 1),
        left_on=datetime.date(2026, 2, 15),
    )
    client = as_user(world.coordinator)
    url = reverse("meetings:minutes_edit", args=[world.network.slug, past_meeting.pk])
    form = client.get(url).content.decode()
    assert f'name="attendees" value="{left_since.pk}"' in form
    assert f'name="attendees" value="{joined_later.pk}"' not in form

    response = client.post(url, _minutes_post(joined_later))
    assert response.status_code == 200
    assert not Attendance.objects.exists()

    client.post(url, _minutes_post(left_since, world.member))
    assert set(past_meeting.attendances.values_list("user_id", flat=True)) == {
        left_since.pk,
        world.member.pk,
    }


def test_attendance_recorded_earlier_stays_visible(world, clock, past_meeting, as_user):
    joined_later = _staff_of(world, "Später e.V.", "Nora Neu", joined_on=datetime.date(2026, 2, 20))
    Attendance.objects.create(meeting=past_meeting, user=joined_later)
    url = reverse("meetings:minutes_edit", args=[world.network.slug, past_meeting.pk])
    client = as_user(world.coordinator)
    assert f'name="attendees" value="{joined_later.pk}"' in client.get(url).content.decode()
    client.post(url, _minutes_post(joined_later))
    assert past_meeting.attendances.filter(user=joined_later).exists()


def test_round_of_updates_calls_member_updates_updates(world, clock, meeting, as_user):
    UpdateFactory(organisation=world.member_org, title="Neue Kurse im Frauentreff")
    page = as_user(world.coordinator).get(meeting.get_absolute_url()).content.decode()
    assert "Update:" in page and "Neue Kurse im Frauentreff" in page
    assert "Neuigkeit:" not in page
