"""Background work of the synergy app, run through Django's task interface (django-tasks).

The demo and the tests run tasks immediately; production runs them in `netzwerkstatt
db_worker` (see docs/deployment.md).
"""

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from django.db import transaction
from django_tasks import task

from netzwerkstatt.networks.models import Network
from netzwerkstatt.synergy import meanings, services


@task()
def refresh_offer_synergies(offer_id: int) -> int:
    return services.refresh_offer(offer_id)


@task()
def refresh_network_synergies(network_id: int) -> int:
    network = Network.objects.filter(pk=network_id).first()
    if network is None:
        return 0
    return services.refresh_network(network).findings


@task()
def refresh_citywide_synergies() -> int:
    from netzwerkstatt.synergy import citywide

    return citywide.refresh().findings


@task()
def remember_need_meaning(need_id: int) -> int:
    return services.remember_need_meaning(need_id)


@task()
def preview_threshold(network_id: int, proposed: float) -> dict | None:
    """The effect of a threshold (services.threshold_preview): it runs the engine over the
    whole network, seconds for a city network, so not in the request where a worker runs."""
    network = Network.objects.filter(pk=network_id).first()
    if network is None:
        return None
    return services.preview_as_json(services.threshold_preview(network, proposed))


_bulk = threading.local()


@contextmanager
def full_refresh_follows() -> Iterator[None]:
    """Skip per-offer refreshes inside the block; the caller refreshes whole networks after.

    For bulk writes (the demo loader, imports), where one full refresh per network is far
    cheaper than one incremental refresh per changed offer.
    """
    _bulk.active = True
    try:
        yield
    finally:
        _bulk.active = False


def schedule_offer_refresh(offer_id: int) -> None:
    """Refresh an offer's findings once the current transaction has committed."""
    if not getattr(_bulk, "active", False):
        transaction.on_commit(lambda: refresh_offer_synergies.enqueue(offer_id))


def schedule_need_meaning(need_id: int) -> None:
    """Encode a saved need's text once the current transaction has committed, so that the
    need page ranks offers by meaning too (a bulk write leaves it to the network refresh)."""
    if meanings.enabled() and not getattr(_bulk, "active", False):
        transaction.on_commit(lambda: remember_need_meaning.enqueue(need_id))


def schedule_network_refresh(network_id: int) -> None:
    if not getattr(_bulk, "active", False):
        transaction.on_commit(lambda: refresh_network_synergies.enqueue(network_id))
