import pytest

from tests.news.factories import PostFactory


@pytest.fixture
def post(world):
    """A published post of the world's network."""
    return PostFactory(network=world.network, title="Sommerfest", slug="sommerfest")


@pytest.fixture(autouse=True)
def _no_minimum_fill_time(settings):
    """Forms in tests are sent at once; tests of the timing set the minimum themselves."""
    settings.PUBLIC_FORM_MIN_SECONDS = 0
