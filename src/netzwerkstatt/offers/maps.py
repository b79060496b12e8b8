"""The map of offers: tile consent, the Content-Security-Policy that follows it, district outlines.

The browser asks a tile server for background images only after the visitor agreed (a cookie
set by offers/map.js); only then does the page's policy name the tile host in `img-src`, so
without consent the browser itself would refuse any tile request. Everything else on the map
(markers, outlines, the list of offers at a marker) comes from this site.
"""

import json
import logging
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _

from netzwerkstatt.core.page_cache import MAP_CONSENT_COOKIE, MAP_CONSENT_VALUE

logger = logging.getLogger(__name__)

# The page cache keys its pages on this consent; the names live with it (core.page_cache).
CONSENT_COOKIE = MAP_CONSENT_COOKIE
CONSENT_VALUE = MAP_CONSENT_VALUE


def tile_source() -> str:
    """The tile server as a CSP source ('https://tile.example.org'); '' without tiles."""
    parts = urlsplit(settings.MAP_TILE_URL or "")
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        return ""
    host = parts.netloc.replace("{s}", "*")
    if "{" in host:  # a placeholder other than {s} in the host name: no sensible source
        return ""
    return f"{parts.scheme}://{host}"


def tile_host() -> str:
    """The tile server's host name, as the consent text names it."""
    return urlsplit(settings.MAP_TILE_URL or "").hostname or ""


def has_tile_consent(request: HttpRequest) -> bool:
    return bool(tile_source()) and request.COOKIES.get(CONSENT_COOKIE) == CONSENT_VALUE


def allow_tiles(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """Name the tile host in the page's policy for a visitor who agreed, and only for them."""
    if has_tile_consent(request):
        response._csp_update = {"img-src": [tile_source()]}
    # The policy depends on the cookie: a cache must not give one visitor's page to another.
    patch_vary_headers(response, ["Cookie"])
    return response


def map_context(
    request: HttpRequest,
    *,
    source: str = "",
    places: list | None = None,
    near: tuple[float, float] | None = None,
) -> dict:
    """What offers/_map.html needs: markers come from `source` (a JSON address, given the
    page's query string) or `places`; `near` is the point the list is sorted from."""
    consented = has_tile_consent(request)
    config: dict[str, Any] = {
        "source": source,
        "places": places or [],
        "near": list(near) if near else None,
        "tiles": settings.MAP_TILE_URL if consented else "",
        "attribution": settings.MAP_TILE_ATTRIBUTION,
        "districts": reverse("offers:map_districts") if settings.MAP_DISTRICTS_GEOJSON else "",
        "cookie": {"name": CONSENT_COOKIE, "value": CONSENT_VALUE},
        "text": {
            "cluster": _("Several places, offers: {count}. Show the list"),
            "place": _("{place}, offers: {count}. Show the list"),
            "clusterHeading": _("Offers in this part of the map: {count}"),
            "zoomIn": _("Zoom in"),
            "searchHere": _("Sort the list by distance from here"),
            "chosenPoint": _("The point you chose"),
            "next": _("Next time: {time}"),
            "failed": _("The map data could not be loaded. The list below shows every offer."),
            "tilesFailed": _(
                "The background map is not available; the offers are shown without it."
            ),
            "locating": _("Finding your location …"),
            "noLocation": _("Your location could not be found."),
        },
    }
    host = tile_host()
    return {
        "map_config": config,
        "map_has_tiles": bool(tile_source()),
        "map_consented": consented,
        "map_tile_host": host,
        "map_tile_provider": "OpenStreetMap" if host.endswith("openstreetmap.org") else host,
    }


def districts_geojson() -> dict:
    """The installation's district outlines, or an empty collection if the file is unusable."""
    empty: dict = {"type": "FeatureCollection", "features": []}
    path = settings.MAP_DISTRICTS_GEOJSON
    if not path:
        return empty
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        logger.warning("MAP_DISTRICTS_GEOJSON %s cannot be read: %s", path, error)
        return empty
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        logger.warning("MAP_DISTRICTS_GEOJSON %s is not a GeoJSON FeatureCollection", path)
        return empty
    return data


def organisation_place(organisation) -> dict:
    """An organisation's place as one marker of the map (its profile page)."""
    place = " ".join(part for part in [organisation.postcode, organisation.city] if part)
    address = ", ".join(part for part in [organisation.street, place] if part)
    return {
        "lat": organisation.latitude,
        "lon": organisation.longitude,
        "name": organisation.name,
        "label": _("Place of %(name)s") % {"name": organisation.name},
        "lines": [address] if address else [],
        "offers": [],
    }
