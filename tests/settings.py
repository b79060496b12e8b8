"""Settings for the test suite: the real settings with test-only relaxations."""

import os

os.environ.setdefault("NETZWERKSTATT_TESTING", "true")
os.environ.setdefault("SECURE_HTTPS", "false")

from netzwerkstatt.core.cache_config import caches_from_url  # noqa: E402
from netzwerkstatt.settings import *  # noqa: E402,F403

# Memory of the test process; the tests across processes (tests/core/test_page_cache_processes.py)
# give their workers a shared cache through TEST_CACHE_URL.
CACHES = {  # noqa: F405
    **caches_from_url(os.environ.get("TEST_CACHE_URL", "locmem://"), VAR_DIR),  # noqa: F405
    "fragments": CACHES["fragments"],  # noqa: F405
}
# Tests that share one Redis database run side by side (pytest-xdist); each pair of workers
# keeps to its own keys instead of emptying the database under the others.
CACHES["default"]["KEY_PREFIX"] = os.environ.get("TEST_CACHE_KEY_PREFIX", "")
# The page cache is on in the tests of the page cache (tests/core/test_page_cache*.py) and off
# elsewhere: many tests read `response.context` or count the queries of a page they requested
# before, which an answer from the cache has not. TEST_PAGE_CACHE=on runs every test with it.
PAGE_CACHE_ENABLED = os.environ.get("TEST_PAGE_CACHE", "off") == "on"

# The sentence encoder (SYNERGY_MEANING) is on in the tests of its wiring
# (tests/synergy/test_meanings_app.py) and off elsewhere: the findings other tests expect are
# the text's words alone, and a test process need not load the model. TEST_MEANING=on runs
# every test with it.
SYNERGY_MEANING = os.environ.get("TEST_MEANING", "off") == "on"

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# The API's rate limits count in the cache; tests/api/test_throttling.py sets
# low limits itself, every other test must not be refused for the requests of earlier ones.
API_RATE_ANONYMOUS = "100000/minute"
API_RATE_TOKEN = "100000/minute"
