"""Facts about the request that several apps need, e.g. for rate limits."""

import ipaddress
from collections.abc import Iterable

from django.conf import settings
from django.http import HttpRequest

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def parse_trusted_proxies(entries: Iterable[str]) -> tuple[IPNetwork, ...]:
    """Addresses and networks ("127.0.0.1", "10.0.0.0/8", "::1"); raises ValueError on a typo."""
    return tuple(ipaddress.ip_network(entry.strip(), strict=False) for entry in entries)


def _address(text: str) -> IPAddress | None:
    try:
        address = ipaddress.ip_address(text.strip())
    except ValueError:
        return None
    # "::ffff:127.0.0.1" is 127.0.0.1 reached over IPv6; compare it as the IPv4 address.
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def _is_trusted(address: IPAddress, proxies: tuple[IPNetwork, ...]) -> bool:
    return any(address.version == proxy.version and address in proxy for proxy in proxies)


def client_address(request: HttpRequest) -> str:
    """The sender's address, for the login lockout (django-axes) and the public forms' limits.

    Only the reverse proxies in `settings.TRUSTED_PROXIES` may name the sender. Each proxy
    appends the address it received the request from to X-Forwarded-For, so the header is read
    from the right: entries written by trusted proxies are skipped, and the first entry that is
    not a trusted proxy is the sender. Everything left of it came from the sender and may be
    forged. Without trusted proxies, or when the peer itself is not one, the header is ignored
    and the peer (REMOTE_ADDR) is the sender.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = parse_trusted_proxies(settings.TRUSTED_PROXIES)
    peer = _address(remote)
    if peer is None or not _is_trusted(peer, proxies):
        return str(peer) if peer is not None else remote
    sender = peer
    for entry in reversed(request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")):
        hop = _address(entry)
        if hop is None:
            # A trusted proxy writes valid addresses; garbage here means the header came from
            # somewhere else, so the last proxy we trust is as far as we can see.
            break
        sender = hop
        if not _is_trusted(hop, proxies):
            break
    return str(sender)
