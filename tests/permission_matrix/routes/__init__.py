"""The tables of the permission matrix, one module per app."""

from tests.permission_matrix.routes import (
    accounts,
    api,
    circulars,
    core,
    events,
    imports,
    meetings,
    networks,
    news,
    offers,
    opendata,
    operations,
    privacy,
    reports,
    synergy,
)

#: URL namespaces not in the matrix: the Django admin checks `is_staff` and its own model
#: permissions for every view and is tested by Django and tests/core/test_admin.py.
#: The REST API ("api") authenticates with access tokens, not sessions, and refuses with 401:
#: tests/api/test_permission_matrix.py runs its matrix of tokens and relationships, and checks
#: that every write operation of the API has rows there.
EXCLUDED_NAMESPACES = {"admin", "api"}

MODULES = [
    core,
    accounts,
    networks,
    offers,
    synergy,
    news,
    meetings,
    events,
    privacy,
    operations,
    circulars,
    reports,
    opendata,
    imports,
    api,
]
ALL_CASES = [case for module in MODULES for case in module.CASES]
ALL_GET_ONLY = [route for module in MODULES for route in module.GET_ONLY]
