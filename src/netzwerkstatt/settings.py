"""Settings, read from environment variables with safe defaults.

Production needs SECRET_KEY, ALLOWED_HOSTS and usually DATABASE_URL; without
DATABASE_URL an SQLite file under var/ is used (WAL mode, see core.apps).
"""

import datetime
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from netzwerkstatt.core.cache_config import caches_from_url
from netzwerkstatt.core.http import parse_trusted_proxies
from netzwerkstatt.settings_paths import var_dir

PACKAGE_DIR = Path(__file__).resolve().parent
BASE_DIR = PACKAGE_DIR.parent.parent
VAR_DIR = var_dir()


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
TESTING = env_bool("NETZWERKSTATT_TESTING", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if DEBUG or TESTING:
        SECRET_KEY = "insecure-development-key-only-for-local-use-and-tests-0123456789"
    else:
        raise ImproperlyConfigured(
            "Set the SECRET_KEY environment variable (the demo generates one in var/)."
        )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "netzwerkstatt.core",
    "netzwerkstatt.accounts",
    "netzwerkstatt.networks",
    "netzwerkstatt.audit",
    "netzwerkstatt.offers",
    "netzwerkstatt.synergy",
    "netzwerkstatt.news",
    "netzwerkstatt.meetings",
    "netzwerkstatt.events",
    "netzwerkstatt.privacy",
    "netzwerkstatt.operations",
    "netzwerkstatt.circulars",
    "netzwerkstatt.reports",
    "netzwerkstatt.opendata",
    "netzwerkstatt.imports",
    "netzwerkstatt.api",
    "netzwerkstatt.demo",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.forms",
    "django_htmx",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_tasks",
    "django_tasks_db",
    "ninja",
]

MIDDLEWARE = [
    # First, so that its time and query count cover every other layer.
    "netzwerkstatt.operations.request_log.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Compresses every answer that follows, also pages from the page cache (Django pads
    # compressed HTML against BREACH, see docs/architecture.md, "Page cache").
    "django.middleware.gzip.GZipMiddleware",
    "netzwerkstatt.api.middleware.ApiErrorMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "netzwerkstatt.core.middleware.PathLanguageMiddleware",
    "netzwerkstatt.core.middleware.FormCharsetMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After the session, language, CSRF, login and message layers, which still answer for
    # cached pages (the CSRF cookie above all); see core.page_cache.
    "netzwerkstatt.core.page_cache.PublicPageCacheMiddleware",
    "netzwerkstatt.accounts.middleware.TwoFactorRequiredMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as its documentation asks: it answers locked-out logins.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "netzwerkstatt.urls"
WSGI_APPLICATION = "netzwerkstatt.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "netzwerkstatt.core.context_processors.site",
                # After Django's own CSRF processor: a placeholder in pages for the cache.
                "netzwerkstatt.core.page_cache.csrf_context",
            ],
        },
    },
]

# Database: DATABASE_URL (postgres://…) or an SQLite file under var/.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'netzwerkstatt.sqlite3'}"),
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            # WAL lets readers continue while one request writes; IMMEDIATE
            # takes the write lock at BEGIN so concurrent writers wait instead
            # of failing with "database is locked" half-way through.
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )

# The cache (core.cache_config): unset, files under var/cache/ shared by the processes of one
# machine; redis://host:6379/0 for Redis, which several app servers must share. It holds the
# rendered public pages (core.page_cache), the API's rate limits and nothing that is lost badly.
CACHES = caches_from_url(os.environ.get("CACHE_URL", ""), VAR_DIR)
# Rendered fragments whose key names everything they show (the offers directory's filter
# panel): nothing to invalidate, so each process keeps its own, and a shared cache that is down
# cannot take the page with it.
CACHES["fragments"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "fragments",
}
# Rendered public pages for visitors without a login; PAGE_CACHE=off renders every page afresh.
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE", "on").strip().lower() not in {
    "off",
    "0",
    "false",
    "no",
}
# The longest a cached page lives; writes to the database replace it at once anyway, this only
# bounds lines that move with the clock ("next date" of weekly offers).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:dashboard"
LOGOUT_REDIRECT_URL = "networks:home"

# Login rate limiting (django-axes): five failures per account and address
# lock that combination for 15 minutes (both configurable).
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_RESET_ON_SUCCESS = True
# The login form's field is called "username" although it holds the e-mail address.
AXES_USERNAME_FORM_FIELD = "username"
AXES_ENABLED = env_bool("AXES_ENABLED", True)
# The lockout counts per sender, found the same way as for the public forms' rate limits.
AXES_CLIENT_IP_CALLABLE = "netzwerkstatt.core.http.client_address"

# Reverse proxies whose X-Forwarded-For entries are believed (core.http.client_address):
# addresses or networks, comma-separated. Empty by default, so the header counts for nothing;
# behind the documented nginx on the same machine set TRUSTED_PROXIES=127.0.0.1,::1.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
try:
    parse_trusted_proxies(TRUSTED_PROXIES)
except ValueError as error:
    raise ImproperlyConfigured(f"TRUSTED_PROXIES: {error}") from error

# Two-factor login (django-otp): anyone may switch it on; TWO_FACTOR_REQUIRED_FOR makes it
# compulsory for "coordinators" (staff of an organisation that coordinates a network) and/or
# "admins" (staff and superuser accounts), comma-separated; "none" (the default) for nobody.
TWO_FACTOR_ROLES = {"coordinators", "admins"}
TWO_FACTOR_REQUIRED_FOR = {
    role.lower() for role in env_list("TWO_FACTOR_REQUIRED_FOR", "none") if role.lower() != "none"
}
if not TWO_FACTOR_REQUIRED_FOR <= TWO_FACTOR_ROLES:
    raise ImproperlyConfigured(
        "TWO_FACTOR_REQUIRED_FOR takes 'none' or a comma-separated list of 'coordinators' "
        "and 'admins'."
    )
# The second step of a login must follow the password within this many seconds.
TWO_FACTOR_LOGIN_TIMEOUT = int(os.environ.get("TWO_FACTOR_LOGIN_TIMEOUT", "600"))
# After each wrong code a device waits 1, 2, 4, 8 … seconds (times this factor) before it
# checks the next one; wrong codes also count towards the login lockout above.
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1

LANGUAGE_CODE = "de"
# The interface languages; German is the reference wording and has no address prefix
# (docs/architecture.md, "Languages"). Arabic and Farsi are written right to left.
LANGUAGES = [
    ("de", _("German")),
    ("en", _("English")),
    ("ar", _("Arabic")),
    ("fa", _("Persian")),
    ("uk", _("Ukrainian")),
    ("ru", _("Russian")),
    ("tr", _("Turkish")),
]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
# Dates and times per language: core/formats/<language>/formats.py. Numbers carry no thousands
# separator: the numbers shown are counts, ages, years and house numbers, which a separator
# would only make harder to read ("2.026").
FORMAT_MODULE_PATH = ["netzwerkstatt.core.formats"]
USE_THOUSAND_SEPARATOR = False
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATICFILES_DIRS: list = []
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    # Leaflet and its marker clusters, from their XStatic packages (offers.vendor).
    "netzwerkstatt.offers.vendor.LeafletFinder",
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or TESTING
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "/media/"
# Uploaded images (core.images): larger files, or images with more pixels than this, are
# refused with a message before they are decoded; every accepted one is re-encoded.
UPLOAD_MAX_IMAGE_BYTES = int(os.environ.get("UPLOAD_MAX_IMAGE_MB", "5")) * 1024 * 1024
UPLOAD_MAX_IMAGE_PIXELS = int(os.environ.get("UPLOAD_MAX_IMAGE_MEGAPIXELS", "40")) * 1_000_000

# E-mail: console in the demo, SMTP when EMAIL_HOST is set.
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if os.environ.get("EMAIL_HOST")
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Netzwerkstatt <noreply@localhost>")

# Security baseline. Cookies are secure unless the demo runs on plain http.
SECURE_HTTPS = env_bool("SECURE_HTTPS", not DEBUG)
SESSION_COOKIE_SECURE = SECURE_HTTPS
CSRF_COOKIE_SECURE = SECURE_HTTPS
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", SECURE_HTTPS)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if SECURE_HTTPS else None
SECURE_HSTS_SECONDS = int(
    os.environ.get("SECURE_HSTS_SECONDS", "31536000" if SECURE_HTTPS else "0")
)
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HTTPS
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
# Preloading is the operator's decision: it binds the whole domain to https in browsers for
# months. Off by default, so the deploy check need not warn about it.
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Strict Content-Security-Policy: everything from our own origin, no inline
# scripts or styles, no third-party embeds or trackers.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    }
}

# The map of offers (offers.maps). Background tiles are loaded only after the visitor agrees;
# the Content-Security-Policy allows the tile host only for those who did. {z}/{x}/{y} (and
# {s} for subdomains) as in Leaflet; empty: no background tiles at all, markers only.
# OpenStreetMap's own tiles are for light use (docs/deployment.md): run or rent tiles for more.
MAP_TILE_URL = os.environ.get("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = os.environ.get(
    "MAP_TILE_ATTRIBUTION",
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
)
# A GeoJSON file of district outlines drawn under the markers (also without tiles); empty: none.
MAP_DISTRICTS_GEOJSON = os.environ.get("MAP_DISTRICTS_GEOJSON", "")
# At most this many offers on the directory's map; the map says when there were more.
MAP_MAX_OFFERS = int(os.environ.get("MAP_MAX_OFFERS", "2000"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"message": {"format": "%(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        # The request log's lines are JSON already; nothing is put around them.
        "request_log": {"class": "logging.StreamHandler", "formatter": "message"},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        "netzwerkstatt.requests": {
            "handlers": ["request_log"],
            "level": "INFO",
            "propagate": False,
        },
    },
}
# One JSON line per request on stderr (operations.request_log), for finding slow pages.
REQUEST_LOG = os.environ.get("REQUEST_LOG", "false").lower() in ("1", "true", "yes")
# /healthz reports "degraded" when a due background task has waited longer than this.
HEALTH_TASK_AGE_LIMIT_SECONDS = int(os.environ.get("HEALTH_TASK_AGE_LIMIT_SECONDS", "600"))

# The platform's name in the page header, titles and e-mails.
SITE_NAME = os.environ.get("SITE_NAME", "Netzwerkstatt")
# The name authenticator apps show next to the account.
OTP_TOTP_ISSUER = SITE_NAME
# Absolute links in e-mails and calendar feeds, which are built without a request.
SITE_BASE_URL = os.environ.get("SITE_BASE_URL", "http://localhost:8000").rstrip("/")
# Open data (HSDS 3.0, netzwerkstatt.opendata): the namespace its stable UUIDs derive from.
# Keep it once data is published; give a second installation its own, so ids never collide.
HSDS_ID_NAMESPACE = os.environ.get("HSDS_ID_NAMESPACE", "6f1c0a52-3b8e-4c1e-9a57-2d4f8e0b7c31")
# HSDS addresses require a state and a country; our rows keep only street, postcode and city.
HSDS_STATE_PROVINCE = os.environ.get("HSDS_STATE_PROVINCE", "Sachsen")
HSDS_COUNTRY = os.environ.get("HSDS_COUNTRY", "DE")
# Public forms (comments, join requests) sent faster than this after being shown come from
# scripts, not people (core.forms.BotTrapForm).
PUBLIC_FORM_MIN_SECONDS = int(os.environ.get("PUBLIC_FORM_MIN_SECONDS", "4"))

# Background tasks (django-tasks): "immediate" runs them in the request, as the demo and the
# tests do; "database" queues them for `netzwerkstatt db_worker` (production).
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "immediate")
if TASKS_BACKEND not in TASK_BACKENDS:
    raise ImproperlyConfigured("TASKS_BACKEND must be 'immediate' or 'database'.")
TASKS = {"default": {"BACKEND": TASK_BACKENDS[TASKS_BACKEND]}}
# Circulars go out in batches: this many messages per SMTP connection, this many batches per
# task run before the task enqueues itself again (netzwerkstatt.circulars.tasks).
CIRCULAR_BATCH_SIZE = int(os.environ.get("CIRCULAR_BATCH_SIZE", "100"))
CIRCULAR_BATCHES_PER_TASK = int(os.environ.get("CIRCULAR_BATCHES_PER_TASK", "10"))

# Data protection: visitors' event registrations and declined join requests are deleted this
# many days after the event or the decision (`netzwerkstatt purge_personal_data`, run daily).
PERSONAL_DATA_RETENTION_DAYS = int(os.environ.get("PERSONAL_DATA_RETENTION_DAYS", "183"))

# REST API (netzwerkstatt.api) rate limits: requests per sender address without a token, and
# per access token; "N/second", "N/minute", "N/hour" or "N/day".
API_RATE_ANONYMOUS = os.environ.get("API_RATE_ANONYMOUS", "60/minute")
API_RATE_TOKEN = os.environ.get("API_RATE_TOKEN", "120/minute")

# Which network the start page shows when the installation hosts several.
DEFAULT_NETWORK_SLUG = os.environ.get("DEFAULT_NETWORK_SLUG", "")

FORM_RENDERER = "netzwerkstatt.core.forms.FormRenderer"
# Web addresses typed without a scheme are taken as https (the default from Django 6 on).
FORMS_URLFIELD_ASSUME_HTTPS = True

# Spreadsheet import in the web app: the largest file, the most rows, how far an XLSX may
# unpack (a guard against zip bombs), and how long an upload waits for its confirmation.
IMPORT_MAX_UPLOAD_BYTES = int(os.environ.get("IMPORT_MAX_UPLOAD_MB", "5")) * 1024 * 1024
IMPORT_MAX_ROWS = int(os.environ.get("IMPORT_MAX_ROWS", "5000"))
IMPORT_MAX_UNPACKED_BYTES = 50 * 1024 * 1024
IMPORT_UPLOAD_VALID_FOR = datetime.timedelta(hours=24)

# Extra lexicon files of offer kinds for the synergy engine (synergy/engine/offer_kinds.toml
# shows the form), added to the shipped one; a bad file is logged and ignored.
SYNERGY_LEXICON_FILES = env_list("SYNERGY_LEXICON_FILES")
# The sentence encoder as a second opinion on what offers and needs are about
# (synergy/engine/meaning.py): vectors are made by the background worker and kept in the
# database. "off" spares the worker the model (about 500 MB) at the cost of missed synonyms.
SYNERGY_MEANING = env_bool("SYNERGY_MEANING", True)
# e5 beside USE where its package is installed (Linux on x86-64): synergy/meanings.py.
SYNERGY_SECOND_MODEL = env_bool("SYNERGY_SECOND_MODEL", True)
