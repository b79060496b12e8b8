"""No HTML error page under /api/: Django's own 404, 405 and 500 answers there become the
API's error object (the API's views answer their errors themselves, see api.api)."""

import json
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

CODES = {
    400: "bad_request",
    401: "authentication_required",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    500: "server_error",
}
MESSAGES = {
    404: "Nothing was found at this address.",
    405: "This address does not accept this method.",
    500: "Something went wrong on our side.",
}


class ApiErrorMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            not request.path.startswith("/api/")
            or response.status_code < 400
            or response.get("Content-Type", "").startswith("application/json")
        ):
            return response
        status = response.status_code
        body = {
            "error": {
                "code": CODES.get(status, "http_error"),
                "message": MESSAGES.get(status, "The request could not be answered."),
                "details": None,
            }
        }
        replacement = HttpResponse(json.dumps(body), status=status, content_type="application/json")
        for header in ("Allow", "Retry-After", "WWW-Authenticate"):
            if header in response:
                replacement[header] = response[header]
        return replacement
