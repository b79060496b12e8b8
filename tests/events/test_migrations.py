"""The data migrations that count rows published before the confirmation rule as confirmed."""

import importlib

import pytest
from django.apps import apps

from netzwerkstatt.events.models import Event
from netzwerkstatt.news.models import Update
from netzwerkstatt.offers.models import Need
from tests.events.factories import EventFactory
from tests.factories import NeedFactory
from tests.news.factories import UpdateFactory

pytestmark = pytest.mark.django_db


def _run(module: str) -> None:
    importlib.import_module(module).confirm_existing(apps, None)


def test_existing_events_count_as_confirmed_by_their_creator(world):
    event = EventFactory(
        network=world.network,
        organiser=world.member_org,
        organiser_confirmed_at=None,
        created_by=world.member,
    )
    _run("netzwerkstatt.events.migrations.0004_confirm_existing_organisers")
    event = Event.objects.get(pk=event.pk)
    assert event.organiser_confirmed_at == event.created_at
    assert event.organiser_confirmed_by == world.member


def test_existing_needs_keep_who_raised_them_and_needs_without_stay_without(world):
    named = NeedFactory(
        network=world.network,
        raised_by=world.member_org,
        raised_by_confirmed_at=None,
        created_by=world.coordinator,
    )
    unnamed = NeedFactory(network=world.network)
    _run("netzwerkstatt.offers.migrations.0004_confirm_existing_raised_by")
    named = Need.objects.get(pk=named.pk)
    assert named.raised_by_confirmed_at == named.created_at
    assert named.raised_by_named_by == world.coordinator
    assert Need.objects.get(pk=unnamed.pk).raised_by_confirmed_at is None


def test_existing_updates_stay_published(world):
    update = UpdateFactory(organisation=world.member_org, confirmed_at=None)
    _run("netzwerkstatt.news.migrations.0003_confirm_existing_updates")
    update = Update.objects.get(pk=update.pk)
    assert update.confirmed_at == update.published_at
