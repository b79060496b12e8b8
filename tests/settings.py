"""Settings for the test suite: the real settings with test-only relaxations."""

import os

os.environ.setdefault("NETZWERKSTATT_TESTING", "true")
os.environ.setdefault("SECURE_HTTPS", "false")

from netzwerkstatt.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
