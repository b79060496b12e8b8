"""The one cache setting: `CACHE_URL` becomes Django's CACHES.

- unset or empty: files under `var/cache/`, shared by every process of one machine (the demo and
  small installations need nothing else);
- `redis://host:6379/0` (or `rediss://…`): Django's Redis backend, shared by every app server;
- `locmem://`: memory of one process (tests only: other processes would not see invalidations);
- `file:///absolute/path`: files in another folder.
"""

from pathlib import Path
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

# FileBasedCache lists its folder on every write and deletes a third of the files once there
# are more than this; the rendered public pages of a city fit well below it.
FILE_CACHE_MAX_ENTRIES = 20000
# A Redis server that does not answer must not hold a page for long: pages are served without
# the cache (slower) and /healthz reports it.
REDIS_TIMEOUT_SECONDS = 0.5


def caches_from_url(url: str, var_dir: Path) -> dict:
    """Django's CACHES for `url`; ImproperlyConfigured for a scheme not listed above."""
    url = (url or "").strip()
    if not url:
        return {"default": _file_cache(var_dir / "cache")}
    scheme = urlsplit(url).scheme.lower()
    if scheme in {"redis", "rediss"}:
        return {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": url,
                "OPTIONS": {
                    "socket_connect_timeout": REDIS_TIMEOUT_SECONDS,
                    "socket_timeout": REDIS_TIMEOUT_SECONDS,
                },
            }
        }
    if scheme == "locmem":
        return {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    if scheme == "file":
        path = urlsplit(url).path
        if not path.startswith("/"):
            raise ImproperlyConfigured("CACHE_URL: file:// needs an absolute path (file:///…).")
        return {"default": _file_cache(Path(path))}
    raise ImproperlyConfigured(
        f"CACHE_URL: unknown scheme {scheme!r}; use redis://, rediss://, file:// or locmem:// "
        "(or leave it unset for files under var/cache)."
    )


def _file_cache(path: Path) -> dict:
    return {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(path),
        "OPTIONS": {"MAX_ENTRIES": FILE_CACHE_MAX_ENTRIES},
    }
