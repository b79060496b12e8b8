"""Settings for the test suite: the real settings with test-only relaxations."""

import os

os.environ.setdefault("NETZWERKSTATT_TESTING", "true")
os.environ.setdefault("SECURE_HTTPS", "false")

from netzwerkstatt.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# The API's rate limits count in the process-wide cache; tests/api/test_throttling.py sets
# low limits itself, every other test must not be refused for the requests of earlier ones.
API_RATE_ANONYMOUS = "100000/minute"
API_RATE_TOKEN = "100000/minute"
