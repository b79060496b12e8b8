"""One JSON line per request, so that a slow page can be found in production.

Switched on with the setting REQUEST_LOG (environment variable REQUEST_LOG=true). A line holds
what is needed to find slow or failing pages and nothing about the person: no query string (it
may hold a search or a token), no address, no account; only whether someone was logged in.
"""

import json
import logging
import time
import uuid

from django.conf import settings
from django.core.exceptions import MiddlewareNotUsed
from django.db import connections

logger = logging.getLogger("netzwerkstatt.requests")


class QueryCounter:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


class RequestLogMiddleware:
    def __init__(self, get_response):
        if not settings.REQUEST_LOG:
            raise MiddlewareNotUsed
        self.get_response = get_response

    def __call__(self, request):
        counter = QueryCounter()
        started = time.perf_counter()
        request_id = request.headers.get("X-Request-ID", "")[:64] or uuid.uuid4().hex
        wrappers = [connection.execute_wrapper(counter) for connection in connections.all()]
        for wrapper in wrappers:
            wrapper.__enter__()
        status = 500
        try:
            response = self.get_response(request)
            status = response.status_code
        finally:
            for wrapper in reversed(wrappers):
                wrapper.__exit__(None, None, None)
            match = getattr(request, "resolver_match", None)
            user = getattr(request, "user", None)
            logger.info(
                json.dumps(
                    {
                        "request_id": request_id,
                        "method": request.method,
                        "path": request.path,
                        "route": match.view_name if match else "",
                        "status": status,
                        "ms": round((time.perf_counter() - started) * 1000, 1),
                        "queries": counter.count,
                        "logged_in": bool(user is not None and user.is_authenticated),
                    },
                    ensure_ascii=False,
                )
            )
        response["X-Request-ID"] = request_id
        return response
