"""Facts about the request that several apps need, e.g. for rate limits."""

import ipaddress

from django.http import HttpRequest


def client_address(request: HttpRequest) -> str:
    """The sender's address, also behind the reverse proxy of docs/deployment.md.

    When the request comes from a proxy on this machine or the private network, the proxy has
    appended the real sender as the last entry of X-Forwarded-For; earlier entries come from
    the sender and may be forged, so only the last one counts.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    try:
        behind_proxy = ipaddress.ip_address(remote).is_private
    except ValueError:
        behind_proxy = False
    if behind_proxy and forwarded:
        last = forwarded.split(",")[-1].strip()
        try:
            return str(ipaddress.ip_address(last))
        except ValueError:
            return remote
    return remote
