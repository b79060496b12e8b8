"""Meetings by relationship.

Regressions these tests guard (each was planted in the source and made a test here fail):

- R3 "a coordinator reaches another network's meeting series through their own network's
  address": `test_a_coordinator_cannot_reach_another_networks_series_through_their_own`.
- R4 "staff of an applicant organisation count as members everywhere" (meetings part):
  `test_staff_of_an_applicant_cannot_answer_or_propose`.
- R9 "a meeting that ends when it starts is accepted": through the form
  (`test_a_meeting_that_ends_when_it_starts_is_refused`) and the services
  (`test_the_services_refuse_a_meeting_that_ends_when_it_starts`) each refuse it.
"""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from netzwerkstatt.meetings import services
from netzwerkstatt.meetings.models import AgendaItem, Meeting, MeetingSeries, Rsvp

# The permission matrix's world: built once per module, each test rolls back.
from tests.permission_matrix.conftest import matrix_world, mw  # noqa: F401


def _login(client, user):
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def test_a_coordinator_cannot_reach_another_networks_series_through_their_own(mw, client):
    client = _login(client, mw.user("other_coordinator"))
    # Network B's address, network A's series.
    url = reverse("meetings:series_edit", args=[mw.net_b.slug, mw.series.pk])
    assert client.get(url).status_code == 404
    response = client.post(url, {"title": "Gekapert", "invitation_days_ahead": "7"})
    assert response.status_code == 404
    exception = reverse("meetings:series_exception", args=[mw.net_b.slug, mw.series.pk])
    assert client.post(exception, {"date": "2030-01-01"}).status_code == 404
    assert MeetingSeries.objects.get(pk=mw.series.pk).title == "Monatstreffen"
    assert not mw.series.exceptions.exists()


def test_staff_of_an_applicant_cannot_answer_or_propose(mw, client):
    client = _login(client, mw.user("applicant"))
    args = [mw.net_a.slug, mw.meeting.pk]
    response = client.post(reverse("meetings:rsvp", args=args), {"answer": "yes"})
    assert response.status_code == 403
    response = client.post(
        reverse("meetings:propose", args=args), {"title": "Wir auch", "minutes_needed": "5"}
    )
    assert response.status_code == 403
    assert not Rsvp.objects.filter(meeting=mw.meeting).exists()
    assert not AgendaItem.objects.filter(title="Wir auch").exists()


def test_a_meeting_that_ends_when_it_starts_is_refused(mw, client):
    client = _login(client, mw.user("coordinator"))
    day = (timezone.localdate() + datetime.timedelta(days=20)).isoformat()
    data = {"title": "Nullminuten", "date": day, "start_time": "16:00", "location": "Büro"}
    response = client.post(
        reverse("meetings:add", args=[mw.net_a.slug]), {**data, "end_time": "16:00"}
    )
    assert response.status_code == 200
    assert "muss nach dem Beginn enden" in response.content.decode()
    assert not Meeting.objects.filter(title="Nullminuten").exists()


def test_the_services_refuse_a_meeting_that_ends_when_it_starts(mw):
    starts = timezone.now() + datetime.timedelta(days=20)
    data = {"title": "Nullminuten", "starts_at": starts, "ends_at": starts, "location": "Büro"}
    with pytest.raises(ValidationError):
        services.create_meeting(mw.net_a, data=data, by=mw.user("coordinator"))
    with pytest.raises(ValidationError):
        services.update_meeting(
            Meeting.objects.get(pk=mw.meeting.pk),
            data={**data, "minute_taker": None, "online_url": ""},
            by=mw.user("coordinator"),
        )
    assert not Meeting.objects.filter(title="Nullminuten").exists()
