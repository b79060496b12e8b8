"""Pinned query counts of the circular pages: more circulars or recipients, same queries."""

import uuid

import pytest
from django.urls import reverse

from netzwerkstatt.circulars.models import Circular, CircularDelivery, DeliveryState

pytestmark = pytest.mark.django_db


def add_circulars(world, count: int) -> Circular:
    circulars = Circular.objects.bulk_create(
        Circular(
            network=world.network,
            subject=f"Rundschreiben {index}",
            body="Text",
            author=world.coordinator,
            form_key=uuid.uuid4(),
        )
        for index in range(count)
    )
    CircularDelivery.objects.bulk_create(
        CircularDelivery(
            circular=circulars[0],
            email=f"kontakt{index}@example.org",
            state=DeliveryState.FAILED if index % 7 == 0 else DeliveryState.SENT,
        )
        for index in range(count * 30)
    )
    return circulars[0]


PAGES = [
    # (name, url, who, queries)
    # Session, user, network, coordinator and member checks, the archive.
    ("archive", lambda w, c: reverse("circulars:list", args=[w.network.slug]), "member", 6),
    # + the circular; the coordinator sees state counts and one page of deliveries.
    ("detail_member", lambda w, c: c.get_absolute_url(), "member", 6),
    ("detail_coordinator", lambda w, c: c.get_absolute_url(), "coordinator", 7),
    # The coordinator check, the member organisations and target groups to choose from.
    (
        "compose",
        lambda w, c: reverse("circulars:compose", args=[w.network.slug]),
        "coordinator",
        6,
    ),
    ("settings", lambda w, c: reverse("circulars:settings"), "member", 3),
]


@pytest.mark.parametrize(("name", "url", "who", "queries"), PAGES, ids=[p[0] for p in PAGES])
@pytest.mark.parametrize("rows", [2, 40])
def test_circular_page_query_count_is_pinned(
    world, as_user, django_assert_num_queries, name, url, who, queries, rows
):
    circular = add_circulars(world, rows)
    client = as_user(getattr(world, who))
    with django_assert_num_queries(queries):
        response = client.get(url(world, circular))
    assert response.status_code == 200
