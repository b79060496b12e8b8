"""The permission matrix: every route that accepts POST, for every relationship.

For each write route (the tables in `tests/permission_matrix/routes/`) and each actor of
`world.ACTORS`, a POST either does the write (the effect is visible in the database) or is
refused (403/404, anonymous visitors may be sent to log in) and changes nothing at all. Routes
that only show are listed as such and must not change anything on POST. A meta-test fails when
a URL pattern of the project is in neither list.
"""

import pytest
from django.conf import settings
from django.shortcuts import resolve_url
from django.urls import URLPattern, URLResolver, get_resolver

from tests.permission_matrix.helpers import changed_tables, snapshot
from tests.permission_matrix.matrix import Context
from tests.permission_matrix.routes import ALL_CASES, ALL_GET_ONLY, EXCLUDED_NAMESPACES
from tests.permission_matrix.world import ACTORS


def _rows():
    for case in ALL_CASES:
        for actor in ACTORS:
            yield pytest.param(case, actor, id=f"{case.id}-{actor}")


def _login(client, user):
    if user is not None:
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")


@pytest.mark.parametrize(("case", "actor"), list(_rows()))
def test_write_route(mw, client, case, actor):
    user = mw.user(actor)
    _login(client, user)
    if case.prepare is not None:
        case.prepare(mw, client)
    data = case.data(mw, actor) if case.data else {}
    url = case.url(mw)
    if actor not in case.holds_before:
        unsent = Context(world=mw, actor=actor, user=user, client=client)
        assert not case.effect(unsent), f"the effect of {case.id} holds before the request"
    allowed = case.public or actor in case.allowed
    # Only a refused request is shown to change nothing at all.
    before = snapshot() if not allowed and actor not in case.no_grant else None
    response = client.post(url, data)
    ctx = Context(world=mw, actor=actor, user=user, client=client, response=response)
    assert response.status_code < 500, response.status_code
    if allowed:
        assert response.status_code < 400, (response.status_code, _errors(response))
        assert case.effect(ctx), f"{actor} may {case.id}, but nothing happened: {_errors(response)}"
        return
    if actor in case.no_grant:
        assert not case.effect(ctx), f"{actor} must not gain the right by {case.id}"
        return
    if actor == "anonymous" and response.status_code == 302:
        assert response.url.startswith(resolve_url(settings.LOGIN_URL)), response.url
    else:
        assert response.status_code in (403, 404), f"{actor}: {response.status_code}"
    assert not case.effect(ctx)
    assert changed_tables(before, snapshot()) == []


@pytest.mark.parametrize("route", ALL_GET_ONLY, ids=lambda r: r.route)
@pytest.mark.parametrize("actor", ["anonymous", "admin"])
def test_get_only_route_changes_nothing_on_post(mw, client, route, actor):
    _login(client, mw.user(actor))
    url = route.url(mw)
    before = snapshot()
    response = client.post(url, {"title": "x", "status": "ended", "name": "x"})
    assert response.status_code < 500
    assert changed_tables(before, snapshot()) == []


def _errors(response) -> str:
    """Form errors of a re-shown page, to say why an allowed write did not happen."""
    context = getattr(response, "context", None)
    if not context:
        return ""
    found = []
    values = {}
    for layer in context if isinstance(context, list) else [context]:
        values.update(layer.flatten())
    for value in values.values():
        errors = getattr(value, "errors", None)
        if errors and hasattr(value, "is_bound"):
            found.append(str(errors))
        non_form = getattr(value, "non_form_errors", None)
        if callable(non_form) and non_form():
            found.append(str(non_form()))
    return " ".join(found)[:2000]


def _url_names(resolver: URLResolver, namespace: str = ""):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _url_names(pattern, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}{pattern.name}"


def test_every_url_pattern_has_rows_in_the_matrix():
    """A new route must be declared: as a write route with rows, or as a route that only shows.

    Excluded: the Django admin (its own permission system, checked by tests/core/test_admin.py)
    and static or media files served in development.
    """
    declared = {case.route for case in ALL_CASES} | {route.route for route in ALL_GET_ONLY}
    names = {
        name for name in _url_names(get_resolver()) if name.split(":")[0] not in EXCLUDED_NAMESPACES
    }
    assert sorted(names - declared) == [], "routes without rows in the permission matrix"
    assert sorted(declared - names) == [], "rows for routes that do not exist"


def test_no_route_is_both_write_and_get_only():
    writes = {case.route for case in ALL_CASES}
    assert writes.isdisjoint(route.route for route in ALL_GET_ONLY)
