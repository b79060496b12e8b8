"""Rate limits: per sender address without a token, per token with one; 429 with Retry-After."""

import datetime

import pytest
import time_machine
from django.core.cache import cache

from netzwerkstatt.api.services import create_api_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def low_limits(settings):
    settings.API_RATE_ANONYMOUS = "3/minute"
    settings.API_RATE_TOKEN = "2/minute"
    cache.clear()
    # Frozen in the middle of a minute: the requests of a test share one counting window.
    with time_machine.travel(
        datetime.datetime(2026, 5, 4, 10, 0, 30, tzinfo=datetime.UTC), tick=False
    ):
        yield
    cache.clear()


def test_anonymous_requests_are_limited_per_address(client, world, low_limits):
    statuses = [client.get("/api/v1/networks/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = client.get("/api/v1/offers/")
    assert response.status_code == 429
    assert response.json()["error"]["code"] == "rate_limited"
    assert response["Retry-After"] == "30"
    # Another sender has its own count.
    assert client.get("/api/v1/networks/", REMOTE_ADDR="192.0.2.7").status_code == 200


def test_token_requests_are_limited_per_token(client, world, low_limits):
    first = create_api_token(world.member, name="Eins", lifetime_days=30).secret
    second = create_api_token(world.member, name="Zwei", lifetime_days=30).secret

    def patch(secret):
        return client.patch(
            "/api/v1/offers/999999/",
            {"title": "X"},
            content_type="application/json",
            headers={"Authorization": f"Bearer {secret}"},
        ).status_code

    assert [patch(first) for _ in range(3)] == [404, 404, 429]
    assert patch(second) == 404
