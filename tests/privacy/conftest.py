import pytest


@pytest.fixture(autouse=True)
def _no_minimum_fill_time(settings):
    settings.PUBLIC_FORM_MIN_SECONDS = 0
