"""Each cached index has its own lock: one network's need page never waits for another's."""

import threading

import pytest

from netzwerkstatt.core.models import TargetGroup
from netzwerkstatt.synergy import index_cache
from tests.factories import NetworkFactory, OfferFactory

# The need for homework help, and the member organisations' profiles that fit it.
from tests.synergy.test_organisation_ranking_cache import need  # noqa: F401

WAIT_S = 60


@pytest.fixture
def homework(world, need):  # noqa: F811
    OfferFactory(
        organisation=world.member_org,
        title="Hausaufgabenhilfe",
        description="Hilfe bei den Hausaufgaben für Grundschulkinder, montags bis donnerstags.",
        target_groups=[TargetGroup.objects.get(slug="kinder")],
    )


def _held_elsewhere(key):
    """Holds the lock of `key` in another thread (an index being built there) until the test
    releases it; says whether it had to give up waiting."""
    holding, release, gave_up = threading.Event(), threading.Event(), threading.Event()

    def build():
        with index_cache._lock_of(key):
            holding.set()
            if not release.wait(WAIT_S):
                gave_up.set()

    thread = threading.Thread(target=build)
    thread.start()
    assert holding.wait(WAIT_S)
    return thread, release, gave_up


@pytest.mark.django_db
def test_a_need_does_not_wait_for_another_networks_index(world, need, homework):  # noqa: F811
    other = NetworkFactory()
    thread, release, gave_up = _held_elsewhere(other.pk)
    try:
        ranked, missed = index_cache.rank_offers_for_need(world.network, need, limit=5)
        organisations = index_cache.rank_organisations(world.network, need, limit=5)
        # Done while the other network's index was still held: with one lock for all, the
        # rankings would only have run after the other thread gave up.
        assert not gave_up.is_set()
    finally:
        release.set()
        thread.join()
    assert [match.offer_id for match in ranked] and missed == []
    assert organisations[0][0] == world.member_org


def test_one_lock_per_cached_index():
    assert index_cache._lock_of(7) is index_cache._lock_of(7)
    assert index_cache._lock_of(7) is not index_cache._lock_of(8)
    assert index_cache._lock_of(7) is not index_cache._lock_of(("organisations", 7))
    assert index_cache._lock_of(index_cache.CITYWIDE) is not index_cache._lock_of(7)
