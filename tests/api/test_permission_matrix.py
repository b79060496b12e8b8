"""The API's permission matrix: each write operation, for each actor of the matrix world,
sent with that actor's own access token.

A token acts with exactly its person's rights: the same permission helpers as the web forms
decide. Allowed actors write (the effect is in the database); everyone else is refused with
the error object (401 without a token, 403 or 404 with one) and nothing changes at all.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from netzwerkstatt.api.models import ApiToken
from netzwerkstatt.api.services import create_api_token
from netzwerkstatt.offers.models import Need, Offer, OfferStatus
from tests.permission_matrix.helpers import changed_tables, snapshot
from tests.permission_matrix.world import ACTORS, World

OFFER = {
    "title": "Neu per Schnittstelle",
    "description": "Angelegt über die API.",
    "target_groups": ["__tg__"],
}
NEED = {
    "title": "Bedarf per Schnittstelle",
    "description": "Über die API.",
    "scope": "organisation",
}


@dataclass(frozen=True)
class ApiCase:
    name: str
    method: str
    url: Callable[[World], str]
    body: Callable[[World], dict]
    allowed: frozenset
    effect: Callable[[World], bool]
    variant: str = ""

    @property
    def id(self) -> str:
        return f"{self.name}[{self.variant}]" if self.variant else self.name


def _offer_body(w: World) -> dict:
    return {**OFFER, "target_groups": [w.target_group.slug]}


CASES = [
    ApiCase(
        "api:offer_create",
        "post",
        lambda w: f"/api/v1/organisations/{w.org_owner.slug}/offers/",
        _offer_body,
        # Its own staff (and the admin); a coordinator of a network it belongs to may not.
        allowed=frozenset({"owner", "admin"}),
        effect=lambda w: Offer.objects.filter(
            organisation=w.org_owner, title=OFFER["title"]
        ).exists(),
    ),
    ApiCase(
        "api:offer_create",
        "post",
        lambda w: f"/api/v1/organisations/{w.org_placeholder.slug}/offers/",
        _offer_body,
        # A placeholder without staff: its network's coordinator keeps it.
        allowed=frozenset({"coordinator", "admin"}),
        effect=lambda w: Offer.objects.filter(
            organisation=w.org_placeholder, title=OFFER["title"]
        ).exists(),
        variant="placeholder",
    ),
    ApiCase(
        "api:offer_update",
        "patch",
        lambda w: f"/api/v1/offers/{w.offer.pk}/",
        lambda w: {"title": "Geändert per Schnittstelle"},
        allowed=frozenset({"owner", "admin"}),
        effect=lambda w: Offer.objects.get(pk=w.offer.pk).title == "Geändert per Schnittstelle",
    ),
    ApiCase(
        "api:offer_status",
        "post",
        lambda w: f"/api/v1/offers/{w.offer.pk}/status/",
        lambda w: {"status": "paused"},
        allowed=frozenset({"owner", "admin"}),
        effect=lambda w: Offer.objects.get(pk=w.offer.pk).status == OfferStatus.PAUSED,
    ),
    ApiCase(
        "api:need_create",
        "post",
        lambda w: f"/api/v1/networks/{w.net_a.slug}/needs/",
        lambda w: NEED,
        # Members of network A now: not the applicant, the former member or network B.
        allowed=frozenset({"owner", "colleague", "coordinator", "admin"}),
        effect=lambda w: Need.objects.filter(network=w.net_a, title=NEED["title"]).exists(),
    ),
    ApiCase(
        "api:need_update",
        "patch",
        lambda w: f"/api/v1/needs/{w.need.pk}/",
        lambda w: {"status": "met"},
        # Who recorded it (the owner), its network's coordinator and the admin.
        allowed=frozenset({"owner", "coordinator", "admin"}),
        effect=lambda w: Need.objects.get(pk=w.need.pk).status == "met",
    ),
]


def _send(client, case: ApiCase, w: World, secret: str | None):
    headers = {"Authorization": f"Bearer {secret}"} if secret else {}
    return getattr(client, case.method)(
        case.url(w), case.body(w), content_type="application/json", headers=headers
    )


@pytest.mark.parametrize(
    ("case", "actor"),
    [pytest.param(case, actor, id=f"{case.id}-{actor}") for case in CASES for actor in ACTORS],
)
def test_write_operation(mw, client, case, actor):
    user = mw.user(actor)
    secret = create_api_token(user, name="Matrix", lifetime_days=30).secret if user else None
    assert not case.effect(mw), f"the effect of {case.id} holds before the request"
    before = snapshot()
    response = _send(client, case, mw, secret)
    assert response["Content-Type"].startswith("application/json")
    if actor in case.allowed:
        assert response.status_code in (200, 201), response.json()
        assert case.effect(mw)
        return
    expected = (401,) if user is None else (403, 404)
    assert response.status_code in expected, (response.status_code, response.json())
    assert response.json()["error"]["code"] in {"authentication_required", "forbidden", "not_found"}
    assert not case.effect(mw)
    # Only the token's "last used" moment may have been written.
    assert [t for t in changed_tables(before, snapshot()) if t != "api.ApiToken"] == []


@pytest.mark.parametrize("state", ["revoked", "expired", "unknown"])
def test_a_revoked_expired_or_unknown_token_is_refused_with_its_code(mw, client, state):
    created = create_api_token(mw.user("owner"), name="Alt", lifetime_days=30)
    secret = created.secret
    if state == "revoked":
        ApiToken.objects.filter(pk=created.token.pk).update(revoked_at=timezone.now())
    elif state == "expired":
        ApiToken.objects.filter(pk=created.token.pk).update(
            expires_at=timezone.now() - datetime.timedelta(seconds=1)
        )
    else:
        secret += "x"
    for case in CASES:
        before = snapshot()
        response = _send(client, case, mw, secret)
        assert response.status_code == 401
        code = {"revoked": "token_revoked", "expired": "token_expired"}.get(state, "token_invalid")
        assert response.json()["error"]["code"] == code
        assert response["WWW-Authenticate"].startswith("Bearer")
        assert changed_tables(before, snapshot()) == []


def test_a_session_does_not_replace_the_token(mw, client):
    """A logged-in browser without a token cannot write: no CSRF-prone cookie access."""
    client.force_login(mw.user("owner"), backend="django.contrib.auth.backends.ModelBackend")
    response = _send(client, CASES[0], mw, None)
    assert response.status_code == 401


def _api_write_names(resolver: URLResolver, namespace: str = ""):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _api_write_names(pattern, inner)
        elif isinstance(pattern, URLPattern) and pattern.name and namespace == "api:":
            yield f"{namespace}{pattern.name}"


def test_every_write_operation_of_the_api_has_rows():
    from netzwerkstatt.api.api import api

    schema = api.get_openapi_schema()
    writes = {
        f"api:{operation['operationId']}"
        for path in schema["paths"].values()
        for method, operation in path.items()
        if method in ("post", "put", "patch", "delete")
    }
    # operationIds are the view names; url names equal them (see api.api).
    names = set(_api_write_names(get_resolver()))
    assert writes <= names
    assert writes == {case.name for case in CASES}
