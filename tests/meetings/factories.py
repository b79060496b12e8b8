"""Factories for meeting rows; times are in Europe/Berlin."""

import datetime
from zoneinfo import ZoneInfo

import factory
from factory.django import DjangoModelFactory

from netzwerkstatt.meetings.models import ActionItem, AgendaItem, Meeting
from tests.factories import NetworkFactory

BERLIN = ZoneInfo("Europe/Berlin")


class MeetingFactory(DjangoModelFactory):
    class Meta:
        model = Meeting

    network = factory.SubFactory(NetworkFactory)
    title = "Netzwerktreffen"
    starts_at = datetime.datetime(2026, 3, 10, 16, 0, tzinfo=BERLIN)
    ends_at = factory.LazyAttribute(lambda m: m.starts_at + datetime.timedelta(hours=2))
    location = "Stadtteilbüro"


class AgendaItemFactory(DjangoModelFactory):
    class Meta:
        model = AgendaItem

    meeting = factory.SubFactory(MeetingFactory)
    title = factory.Sequence(lambda n: f"Tagesordnungspunkt {n}")
    status = "accepted"


class ActionItemFactory(DjangoModelFactory):
    class Meta:
        model = ActionItem

    meeting = factory.SubFactory(MeetingFactory)
    title = factory.Sequence(lambda n: f"Aufgabe {n}")
    due_date = datetime.date(2026, 3, 31)
