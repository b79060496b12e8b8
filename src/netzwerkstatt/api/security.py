"""Who calls the API and how often: bearer tokens and the rate limits.

Both limits count in the project's cache (settings.CACHES, from CACHE_URL): by default files under
var/cache/, which the processes of one machine share; several app servers share Redis (see
docs/deployment.md). A cache that does not answer lets every request through: it must not take
the API down with it.
"""

import logging
import math
import time
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from ninja.security import HttpBearer
from ninja.throttling import BaseThrottle

from netzwerkstatt.api.models import ApiToken
from netzwerkstatt.api.selectors import token_for_secret
from netzwerkstatt.api.services import record_token_use
from netzwerkstatt.core.http import client_address

logger = logging.getLogger(__name__)


class ApiAuthError(Exception):
    """A token that was sent but does not work; `code` says why."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class TokenAuth(HttpBearer):
    """`Authorization: Bearer <token>`: the token acts with exactly its person's rights."""

    def authenticate(self, request: HttpRequest, token: str) -> ApiToken:
        api_token = token_for_secret(token.strip())
        if api_token is None or not api_token.user.is_active:
            raise ApiAuthError("token_invalid", "The access token is not known.")
        if api_token.is_revoked:
            raise ApiAuthError("token_revoked", "The access token has been revoked.")
        if api_token.is_expired:
            raise ApiAuthError("token_expired", "The access token has expired.")
        record_token_use(api_token)
        return api_token


def _parse_rate(rate: str) -> tuple[int, int]:
    """ "60/minute" → (60, 60). Periods: second, minute, hour, day (first letter suffices)."""
    count, _, period = rate.partition("/")
    seconds = {"s": 1, "m": 60, "h": 3600, "d": 86400}[period.strip()[:1].lower()]
    return int(count), seconds


class RateLimit(BaseThrottle):
    """A fixed-window counter per token (`scope` "token") or per sender address ("address").

    Counting with `cache.add` and `cache.incr` stays correct when requests of one caller
    arrive at once, in one process or, with a shared cache, in several. The instance is
    shared by all requests, so what a refusal needs to say is kept on the request.
    """

    def __init__(self, scope: str, setting: str) -> None:
        self.scope = scope
        self.setting = setting

    def _ident(self, request: HttpRequest) -> str | None:
        token = getattr(request, "auth", None)
        if self.scope == "token":
            return str(token.pk) if isinstance(token, ApiToken) else None
        return None if token is not None else client_address(request)

    def allow_request(self, request: HttpRequest) -> bool:
        ident = self._ident(request)
        if ident is None:
            return True
        limit, period = _parse_rate(getattr(settings, self.setting))
        now = time.time()
        window = int(now // period)
        key = f"api-rate:{self.scope}:{ident}:{window}"
        try:
            count = self._count(key, period)
        except Exception:  # noqa: BLE001 – any cache backend's failure: not counted.
            logger.warning("API rate limit: the cache does not answer; not counted.", exc_info=True)
            return True
        if count <= limit:
            return True
        request.api_retry_after = max(1, math.ceil((window + 1) * period - now))  # type: ignore[attr-defined]
        return False

    @staticmethod
    def _count(key: str, period: int) -> int:
        cache.add(key, 0, timeout=period + 1)
        try:
            return cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=period + 1)
            return 1

    def wait(self) -> Any:
        return None
