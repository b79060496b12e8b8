"""The tables of the permission matrix, one module per app."""

from tests.permission_matrix.routes import (
    accounts,
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
EXCLUDED_NAMESPACES = {"admin"}

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
]
ALL_CASES = [case for module in MODULES for case in module.CASES]
ALL_GET_ONLY = [route for module in MODULES for route in module.GET_ONLY]
