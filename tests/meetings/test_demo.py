"""The demo meetings: a monthly series, a past meeting with minutes, the next one; idempotent."""

from django.utils import timezone

from netzwerkstatt.demo.loader import load_demo_network
from netzwerkstatt.meetings.models import ActionItem, AgendaItem, Meeting, MeetingSeries, Rsvp


def _counts() -> list[int]:
    return [m.objects.count() for m in (MeetingSeries, Meeting, AgendaItem, ActionItem, Rsvp)]


def test_demo_meetings_are_complete_and_idempotent(db, mailoutbox):
    load_demo_network()
    series = MeetingSeries.objects.get()
    assert series.rrule == "FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU"
    now = timezone.now()
    past = Meeting.objects.filter(starts_at__lt=now).order_by("-starts_at").first()
    assert past.minutes_published and past.attendances.count() == 3
    assert ActionItem.objects.filter(meeting=past).count() == 3
    assert any(item.is_overdue for item in ActionItem.objects.all())
    upcoming = Meeting.objects.filter(starts_at__gt=now).order_by("starts_at").first()
    assert upcoming.agenda_items.count() == 3 and upcoming.rsvps.count() == 4
    for meeting in Meeting.objects.all():
        local = timezone.localtime(meeting.starts_at)
        assert (local.weekday(), local.hour, 8 <= local.day <= 14) == (1, 16, True)
    assert mailoutbox == []  # loading history writes to nobody

    before = _counts()
    load_demo_network()
    assert _counts() == before
