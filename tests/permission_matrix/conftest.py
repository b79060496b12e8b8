"""One world per test module: built once, every test runs in a savepoint and rolls back."""

import pytest
from django.db import transaction

from tests.permission_matrix.world import build_world


@pytest.fixture(scope="module")
def matrix_world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        world = build_world()
    yield world
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


@pytest.fixture
def mw(matrix_world, db, settings):
    """The module's world inside this test's transaction."""
    settings.PUBLIC_FORM_MIN_SECONDS = 0
    return matrix_world
