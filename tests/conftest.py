"""Fixtures shared by all tests: one network with a coordinator, a member and an outsider."""

import importlib
from dataclasses import dataclass

import pytest

from netzwerkstatt.networks.models import MembershipRole, Network, Organisation
from tests.factories import (
    MembershipFactory,
    NetworkFactory,
    OrganisationFactory,
    StaffFactory,
    UserFactory,
)

DATABASE_FIXTURES = {"db", "transactional_db"}


def pytest_addoption(parser):
    parser.addoption(
        "--database-tests-only",
        action="store_true",
        help="run only the tests that use the test database (a second database's run)",
    )


def pytest_collection_modifyitems(config, items):
    """With --database-tests-only, leave out the tests that never touch the test database.

    pytest-django refuses such a test a connection, so its outcome cannot depend on which
    database DATABASE_URL names: the suite's run on PostgreSQL would repeat the SQLite run's
    result for them (the processes of tests/core/test_page_cache_processes.py even bring their
    own SQLite file).
    """
    if not config.getoption("database_tests_only"):
        return
    kept, left_out = [], []
    for item in items:
        uses_database = bool(DATABASE_FIXTURES & set(getattr(item, "fixturenames", ()))) or (
            item.get_closest_marker("django_db") is not None
        )
        (kept if uses_database else left_out).append(item)
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = kept


@dataclass
class World:
    """A small network: WiQ coordinates it, Frauen e.V. is a member, Outsider is not."""

    network: Network
    coordinator_org: Organisation
    member_org: Organisation
    outside_org: Organisation
    coordinator: object
    member: object
    outsider: object
    other_network: Network


@pytest.fixture
def world(db) -> World:
    network = NetworkFactory(slug="sis", name="SIS – Synergien in Schönefeld")
    other_network = NetworkFactory(slug="anderes-netz", name="Anderes Netzwerk")
    coordinator_org = OrganisationFactory(slug="wiq", name="Wir im Quartier")
    member_org = OrganisationFactory(slug="frauen", name="Internationale Frauen e.V.")
    outside_org = OrganisationFactory(slug="draussen", name="Draußen e.V.")
    MembershipFactory(
        network=network, organisation=coordinator_org, role=MembershipRole.COORDINATOR
    )
    MembershipFactory(network=network, organisation=member_org)
    MembershipFactory(
        network=other_network, organisation=outside_org, role=MembershipRole.COORDINATOR
    )
    coordinator = StaffFactory(organisation=coordinator_org).user
    member = StaffFactory(organisation=member_org).user
    outsider = StaffFactory(organisation=outside_org).user
    return World(
        network,
        coordinator_org,
        member_org,
        outside_org,
        coordinator,
        member,
        outsider,
        other_network,
    )


@pytest.fixture
def user_for(world):
    """`user_for(role)`: the world's user in that role; "anonymous" is None."""

    def _user(role: str):
        if role == "superuser":
            return UserFactory(is_superuser=True)
        return {
            "anonymous": None,
            "outsider": world.outsider,
            "member": world.member,
            "coordinator": world.coordinator,
        }[role]

    return _user


@pytest.fixture
def as_user(client):
    """`as_user(user)` returns the test client logged in as `user` (None: anonymous)."""

    def _as(user):
        if user is None:
            client.logout()
            return client
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        return client

    return _as


@pytest.fixture(autouse=True)
def _german_default(settings):
    settings.LANGUAGE_CODE = "de"


@pytest.fixture(autouse=True)
def _fresh_synergy_indexes():
    """Each test starts without engine indexes cached from an earlier test's database."""
    from netzwerkstatt.synergy import index_cache

    index_cache.forget()
    yield
    index_cache.forget()


@pytest.fixture(autouse=True)
def _empty_cache(request):
    """Each test starts with an empty cache: no page cached from an earlier test's database.

    With the page cache on (tests/settings.py) the rollback at a test's end writes nothing that
    would renew a table's token. Tests that pin query counts pin the cost of rendering a page,
    which a cached page skips: they render every page afresh (tests/core/test_page_cache.py
    pins the cached answer).
    """
    from django.core.cache import cache

    from netzwerkstatt.core import page_cache

    cache.clear()
    page_cache.forget_errors()
    if {"django_assert_num_queries", "django_assert_max_num_queries"} & set(request.fixturenames):
        request.getfixturevalue("settings").PAGE_CACHE_ENABLED = False
    yield


@pytest.fixture(autouse=True)
def _default_taxonomy(request):
    """Put the default taxonomy back when an earlier test flushed it.

    Transactional tests (the browser journeys, the PostgreSQL concurrency tests) end with a
    flush that also removes the rows of data migrations; pytest does not always run them last.
    """
    db_fixtures = {"db", "transactional_db"} & set(request.fixturenames)
    if request.node.get_closest_marker("django_db") is None and not db_fixtures:
        return
    # A test that asks for `db` by name gets its database first, so the terms go into it.
    for name in sorted(db_fixtures, reverse=True):
        request.getfixturevalue(name)
    from django.apps import apps

    from netzwerkstatt.core.models import District, Language, TargetGroup, Topic

    taxonomy = importlib.import_module("netzwerkstatt.core.migrations.0002_default_taxonomy")
    # Every default term by its slug: a transactional test may leave rows of its own behind
    # (made by a factory after the flush) while the defaults are gone.
    expected = [
        (TargetGroup, taxonomy.TARGET_GROUPS),
        (Topic, taxonomy.TOPICS),
        (Language, taxonomy.LANGUAGES),
        (District, taxonomy.DISTRICTS),
    ]
    if any(
        model.objects.filter(slug__in=[slug for slug, _name in terms]).count() != len(terms)
        for model, terms in expected
    ):
        taxonomy.create_default_taxonomy(apps, None)
        importlib.import_module(
            "netzwerkstatt.core.migrations.0004_translate_default_taxonomy"
        ).translate_default_taxonomy(apps, None)
