"""Factories for events; every one builds a valid row, dates in the future unless told."""

import datetime

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from netzwerkstatt.events.models import (
    Event,
    EventCoOrganiser,
    EventDate,
    EventTask,
    Registration,
    TaskClaim,
)
from tests.factories import NetworkFactory, OrganisationFactory


def in_days(days: int, hour: int = 15) -> datetime.datetime:
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, 0)))


class EventFactory(DjangoModelFactory):
    class Meta:
        model = Event
        skip_postgeneration_save = True

    network = factory.SubFactory(NetworkFactory)
    organiser = factory.SubFactory(OrganisationFactory)
    title = factory.Sequence(lambda n: f"Veranstaltung {n}")
    description = "Alle sind eingeladen."
    place_name = "Nachbarschaftsgarten"
    street = "Volbedingstraße 1"
    postcode = "04347"
    # Published as its organiser's staff would; pass None for one that waits for confirmation.
    organiser_confirmed_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def dates(obj, create, extracted, **kwargs):  # noqa: N805
        if not create:
            return
        for start, end in extracted if extracted is not None else [(in_days(7), in_days(7, 18))]:
            EventDate.objects.create(event=obj, starts_at=start, ends_at=end)


class CoOrganiserFactory(DjangoModelFactory):
    class Meta:
        model = EventCoOrganiser

    event = factory.SubFactory(EventFactory)
    organisation = factory.SubFactory(OrganisationFactory)


class TaskFactory(DjangoModelFactory):
    class Meta:
        model = EventTask

    event = factory.SubFactory(EventFactory)
    description = factory.Sequence(lambda n: f"Aufgabe {n}")
    needed = 2


class ClaimFactory(DjangoModelFactory):
    class Meta:
        model = TaskClaim

    task = factory.SubFactory(TaskFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    quantity = 1


class RegistrationFactory(DjangoModelFactory):
    class Meta:
        model = Registration

    event = factory.SubFactory(EventFactory)
    name = factory.Sequence(lambda n: f"Gast {n}")
    email = factory.Sequence(lambda n: f"gast{n}@example.org")
    people = 1
