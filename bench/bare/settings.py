"""The bare reference page of bench/web_load.py: plain Django 5.2, one list of 30 ORM rows.

Nothing but what every Django site has: the ORM, the template engine with its cached loader
(the default without DEBUG) and gunicorn in front. Each page of Netzwerkstatt is measured as a
fraction of this page's requests per second, in the same run on the same machine.
"""

import os
from pathlib import Path

SECRET_KEY = "bench-only-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "barelist.urls"
INSTALLED_APPS = ["barelist"]
MIDDLEWARE: list[str] = []
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("BARE_DATABASE", str(Path(__file__).parent / "bare.sqlite3")),
    }
}
TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates", "APP_DIRS": True}]
USE_TZ = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
