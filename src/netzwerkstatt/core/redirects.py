"""Back to the page an action was sent from, without becoming an open redirect."""

from typing import Any

from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def safe_next_url(request: HttpRequest) -> str | None:
    """The `next` address posted with the form, if it stays on this site; else None."""
    return safe_address(request, request.POST.get("next", ""))


def safe_address(request: HttpRequest, target: str) -> str | None:
    """`target` (a `next` from a form, a link or the session) if it stays on this site.

    Another host, a scheme such as `javascript:`, and on an HTTPS request a plain `http:`
    address are refused: a forged form could otherwise send a signed-in person anywhere. So is
    anything that is neither a path nor a full address (`redirect` would take `foo` for the
    name of a route and fail on it).
    """
    is_address = target.startswith("/") or target.lower().startswith(("http://", "https://"))
    if is_address and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return None


def redirect_to_next(request: HttpRequest, fallback: Any) -> HttpResponseRedirect:
    """To the posted `next` address when it is safe, otherwise to `fallback` (anything
    `redirect` takes: an object with `get_absolute_url`, a URL name, a path)."""
    return redirect(safe_next_url(request) or fallback)
