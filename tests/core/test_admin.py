"""The administration area: every model opens for operators, and only for them."""

import pytest
from django.contrib import admin
from django.urls import reverse

from netzwerkstatt.offers import search
from netzwerkstatt.offers.models import Offer
from tests.factories import NeedFactory, OfferFactory, UserFactory

pytestmark = pytest.mark.django_db

MODELS = [model for model in admin.site._registry if model.__module__.startswith("netzwerkstatt.")]


@pytest.fixture
def operator(as_user):
    return as_user(UserFactory(is_staff=True, is_superuser=True))


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.label)
def test_changelist_and_add_page_open(operator, model):
    info = model._meta.app_label, model._meta.model_name
    assert operator.get(reverse("admin:{}_{}_changelist".format(*info))).status_code == 200
    # The audit log and the networks' term entries (audited) are read-only, in the admin too.
    read_only = model._meta.label in {"audit.AuditEntry", "synergy.LexiconEntry"}
    expected = 403 if read_only else 200
    assert operator.get(reverse("admin:{}_{}_add".format(*info))).status_code == expected


def test_change_pages_open(operator, world):
    offer = OfferFactory(organisation=world.member_org)
    need = NeedFactory(network=world.network)
    for obj in (offer, need, world.member_org, world.network):
        info = obj._meta.app_label, obj._meta.model_name
        url = reverse("admin:{}_{}_change".format(*info), args=[obj.pk])
        assert operator.get(url).status_code == 200


def test_members_without_staff_flag_cannot_enter(as_user, world):
    response = as_user(world.coordinator).get(reverse("admin:offers_offer_changelist"))
    assert response.status_code == 302


def test_offer_saved_in_the_admin_is_searchable_and_rechecked_for_synergies(
    operator, world, django_capture_on_commit_callbacks
):
    offer = OfferFactory(organisation=world.member_org, title="Altes Angebot")
    data = {
        "organisation": world.member_org.pk,
        "title": "Trommelgruppe",
        "description": "Rhythmus für alle.",
        "target_groups": [offer.target_groups.get().pk],
        "is_free": "on",
        "city": "Leipzig",
        "status": "active",
        "weekly_slots-TOTAL_FORMS": "0",
        "weekly_slots-INITIAL_FORMS": "0",
    }
    with django_capture_on_commit_callbacks() as callbacks:
        response = operator.post(reverse("admin:offers_offer_change", args=[offer.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert len(callbacks) == 1  # the synergy refresh of this offer
    assert list(search.filter_by_text(Offer.objects.all(), "Trommelgruppe")) == [offer]
