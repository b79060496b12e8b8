"""Offers keep the date they were ended and needs the date they were met (activity report)."""

import importlib

import pytest
from django.apps import apps

from netzwerkstatt.offers import services
from netzwerkstatt.offers.models import Need, Offer
from tests.factories import NeedFactory, OfferFactory

pytestmark = pytest.mark.django_db


def test_ending_an_offer_dates_it_and_resuming_clears_the_date(world):
    offer = OfferFactory(organisation=world.member_org)
    assert offer.ended_at is None
    offer = services.set_offer_status(offer, status="ended", by=world.member)
    ended_at = offer.ended_at
    assert ended_at is not None
    # Ending it again (a second click) keeps the first date.
    offer = services.set_offer_status(offer, status="ended", by=world.member)
    assert offer.ended_at == ended_at
    offer = services.set_offer_status(offer, status="active", by=world.member)
    assert offer.ended_at is None


def test_pausing_an_offer_does_not_end_it(world):
    offer = services.set_offer_status(
        OfferFactory(organisation=world.member_org), status="paused", by=world.member
    )
    assert offer.ended_at is None


def test_a_met_need_is_dated_and_reopening_clears_the_date(world):
    need = services.create_need(
        world.network,
        data={"title": "Hausaufgabenhilfe", "description": "Fehlt.", "status": "met"},
        by=world.coordinator,
    )
    met_at = need.met_at
    assert met_at is not None
    need = services.update_need(need, data={"title": "Hausaufgabenhilfe"}, by=world.coordinator)
    assert need.met_at == met_at
    need = services.update_need(need, data={"status": "open"}, by=world.coordinator)
    assert need.met_at is None
    need = services.update_need(need, data={"status": "in_progress"}, by=world.coordinator)
    assert need.met_at is None


def test_the_migration_dates_existing_ended_offers_and_met_needs_by_their_last_change(world):
    ended = OfferFactory(organisation=world.member_org)
    active = OfferFactory(organisation=world.member_org)
    Offer.objects.filter(pk=ended.pk).update(status="ended")
    met = NeedFactory(network=world.network, status="met")
    open_need = NeedFactory(network=world.network)
    importlib.import_module(
        "netzwerkstatt.offers.migrations.0007_date_existing_ended_offers_and_met_needs"
    ).date_existing(apps, None)
    ended.refresh_from_db()
    assert ended.ended_at == ended.updated_at
    assert Offer.objects.get(pk=active.pk).ended_at is None
    met = Need.objects.get(pk=met.pk)
    assert met.met_at == met.updated_at
    assert Need.objects.get(pk=open_need.pk).met_at is None
