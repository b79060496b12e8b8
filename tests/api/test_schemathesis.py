"""Schemathesis drives the live Django app from its published schema (/api/openapi.json).

Every operation, the token-authenticated writes included, gets generated requests; each
answer must not be a server error, and its status code, content type and body must be the
ones the schema promises. The data is the demo network; path parameters point at its rows
(the editor's own organisation and offer, a network it is a member of) so that the writes
reach the forms and services instead of stopping at a 404. 404s are tested in test_read.py.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from netzwerkstatt.api.services import create_api_token
from netzwerkstatt.core.models import District, Language, TargetGroup, Topic
from netzwerkstatt.demo.loader import load_demo_network
from netzwerkstatt.events.models import Event, Visibility
from netzwerkstatt.networks.models import Membership, MembershipStatus, Staff
from netzwerkstatt.networks.permissions import editable_organisations
from netzwerkstatt.offers.models import Need, Offer
from netzwerkstatt.offers.permissions import can_edit_need

# Per operation; with 15 operations the test takes well under a minute on two cores.
MAX_EXAMPLES = 100

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture
def wsgi_app():
    """Django's WSGI application inside the test's transaction: like Django's test client,
    keep each request from closing the connection (on PostgreSQL that would end the test's
    transaction)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield get_wsgi_application()
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def api_world(db):
    load_demo_network()
    # An editor of a member organisation, acting through a token.
    staff = (
        Staff.objects.filter(
            organisation__memberships__status=MembershipStatus.MEMBER,
            organisation__offers__isnull=False,
        )
        .select_related("user", "organisation")
        .order_by("pk")
        .first()
    )
    user = staff.user
    organisation = editable_organisations(user).order_by("pk").first()
    network = (
        Membership.objects.filter(organisation=organisation, status=MembershipStatus.MEMBER)
        .first()
        .network
    )
    need = next(n for n in Need.objects.filter(network=network) if can_edit_need(user, n))
    return {
        "secret": create_api_token(user, name="Schemathesis", lifetime_days=30).secret,
        "network": network.slug,
        "organisation": organisation.slug,
        "offer": Offer.objects.filter(organisation=organisation).order_by("pk").first().pk,
        "need": need.pk,
        "event": Event.objects.filter(visibility=Visibility.PUBLIC).order_by("pk").first().pk,
        "district": District.objects.order_by("pk").first().slug,
        "terms": {
            "target_groups": list(
                TargetGroup.objects.order_by("pk").values_list("slug", flat=True)
            ),
            "topics": list(Topic.objects.order_by("pk").values_list("slug", flat=True)),
            "languages": list(Language.objects.order_by("pk").values_list("slug", flat=True)),
        },
    }


def _point_at_rows(case, world) -> None:
    """Known rows in the path and known slugs in the body, so that writes get past lookups."""
    if isinstance(case.body, dict):
        for field, slugs in world["terms"].items():
            if isinstance(case.body.get(field), list):
                case.body[field] = slugs[: max(1, len(case.body[field]) % 3)]
        if isinstance(case.body.get("district"), str):
            case.body["district"] = world["district"]
        if isinstance(case.body.get("raised_by"), str):
            case.body["raised_by"] = world["organisation"]
        if isinstance(case.body.get("answering_offers"), list):
            case.body["answering_offers"] = [world["offer"]]
    parameters = case.path_parameters or {}
    path = case.operation.path
    if "slug" in parameters:
        parameters["slug"] = (
            world["organisation"] if path.startswith("/api/v1/organisations") else world["network"]
        )
    if "pk" in parameters:
        if path.startswith("/api/v1/offers"):
            parameters["pk"] = world["offer"]
        elif path.startswith("/api/v1/needs"):
            parameters["pk"] = world["need"]
        else:
            parameters["pk"] = world["event"]


# schemathesis' own pytest plugin renames test nodes through a private pytest attribute that
# pytest 9 no longer has; its Python API (one hypothesis strategy per operation) needs none.
def test_every_answer_matches_the_schema(api_world, wsgi_app):
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", wsgi_app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 14, [op.label for op in operations]
    # schemathesis asks for gzip but its WSGI transport does not decode it (an HTTP client
    # would); compression is checked in tests/core/test_page_cache.py.
    headers = {"Authorization": f"Bearer {api_world['secret']}", "Accept-Encoding": "identity"}
    answered: dict[str, set[int]] = {}
    sent: dict[str, int] = {}
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=MAX_EXAMPLES,
            derandomize=True,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def check(case):
            _point_at_rows(case, api_world)
            response = case.call_and_validate(headers=headers, checks=CHECKS)
            answered.setdefault(case.operation.label, set()).add(response.status_code)
            sent[case.operation.label] = sent.get(case.operation.label, 0) + 1

        check()
    # Every operation was exercised; those with parameters many times (the index has none,
    # so one request says all there is).
    assert set(sent) == {operation.label for operation in operations}
    assert sorted(sent.values())[1] >= 10, sent
    # The generated requests reached the services: every write succeeded at least once.
    not_written = [
        label
        for label, statuses in answered.items()
        if label.split()[0] in ("POST", "PATCH") and not statuses & {200, 201}
    ]
    assert not not_written, {label: answered[label] for label in not_written}
