"""The HSDS 3.0 API: read-only JSON of what the public pages show, paths as its OpenAPI says.

Open data for other portals: anyone may read it from any site (CORS `*`), no cookies are
read or set. Errors are JSON objects with a stable `code`; the texts are in the installation's
language, as the data is.
"""

import math
import uuid
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from netzwerkstatt.opendata import hsds, params, selectors
from netzwerkstatt.opendata.params import BadParameter

CACHE_SECONDS = 300
OPENAPI_URL = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json"
PROFILE_URL = "https://docs.openreferral.org/en/v3.0/"


def _json(data: Any, *, status: int = 200) -> JsonResponse:
    response = JsonResponse(
        data, status=status, safe=False, json_dumps_params={"ensure_ascii": False}
    )
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = f"public, max-age={CACHE_SECONDS}" if status == 200 else "no-cache"
    return response


def _error(status: int, code: str, message: str, **extra: str) -> JsonResponse:
    return _json({"error": {"code": code, "message": message, **extra}}, status=status)


def _not_found() -> JsonResponse:
    return _error(404, "not_found", _("There is no public entry with this id."))


def hsds_endpoint(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """GET and HEAD (and CORS preflights); bad parameters become a 400 JSON error, never a
    500."""

    # Nothing here writes, so there is nothing to protect: exempt, so that a POST gets the
    # JSON 405 below rather than the CSRF failure page.
    @csrf_exempt
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        with translation.override(settings.LANGUAGE_CODE):
            if request.method == "OPTIONS":
                # A CORS preflight, which a portal's script sends when it adds a header of
                # its own: allow reading, nothing else.
                response = HttpResponse(status=204)
                response["Access-Control-Allow-Origin"] = "*"
                response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
                response["Access-Control-Allow-Headers"] = "Accept, Accept-Language, Content-Type"
                response["Access-Control-Max-Age"] = "86400"
                return response
            if request.method not in ("GET", "HEAD"):
                response = _error(
                    405, "method_not_allowed", _("This open data service only answers GET.")
                )
                response["Allow"] = "GET, HEAD, OPTIONS"
                return response
            try:
                params.response_format(request.GET)
                return view(request, *args, **kwargs)
            except BadParameter as bad:
                return _error(400, bad.code, bad.message, parameter=bad.parameter)

    return wrapper


def _page(listing: selectors.Listing, contents: list[dict[str, Any]]) -> JsonResponse:
    total_pages = math.ceil(listing.total / listing.per_page)
    return _json(
        {
            "total_items": listing.total,
            "total_pages": total_pages,
            "page_number": listing.page,
            "size": len(contents),
            "first_page": listing.page == 1,
            "last_page": listing.page >= total_pages,
            "empty": not contents,
            "contents": contents,
        }
    )


def _path_id(raw: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(raw)
    except ValueError:
        return None


def _offer_filters(request: HttpRequest) -> selectors.OfferFilters:
    query = request.GET
    filters = selectors.OfferFilters(
        search=params.text(query, "search"), modified_after=params.moment(query, "modified_after")
    )
    term_id = params.an_id(query, "taxonomy_term_id")
    if term_id is not None:
        filters.term = selectors.term_by_id(term_id)
        filters.unknown |= filters.term is None
    taxonomy_id = params.an_id(query, "taxonomy_id")
    if taxonomy_id is not None:
        filters.taxonomy = selectors.taxonomy_by_id(taxonomy_id)
        filters.unknown |= filters.taxonomy is None
    organization_id = params.an_id(query, "organization_id")
    if organization_id is not None:
        filters.organisation_pk = selectors.organisation_pk(organization_id)
        filters.unknown |= filters.organisation_pk is None
    return filters


@hsds_endpoint
def index(request: HttpRequest) -> JsonResponse:
    return _json(
        {
            "version": hsds.HSDS_VERSION,
            "profile": PROFILE_URL,
            "openapi_url": OPENAPI_URL,
        }
    )


@hsds_endpoint
def service_list(request: HttpRequest) -> JsonResponse:
    page, per_page = params.paging(request.GET)
    minimal = params.boolean(request.GET, "minimal")
    full = params.boolean(request.GET, "full") and not minimal
    listing = selectors.service_list(
        _offer_filters(request), page=page, per_page=per_page, full=full
    )
    site = hsds.Site.from_settings()
    if minimal:
        contents = [hsds.service_minimal(offer) for offer in listing.rows]
    elif full:
        contents = [hsds.service(offer, site) for offer in listing.rows]
    else:
        contents = [hsds.service_summary(offer, site) for offer in listing.rows]
    return _page(listing, contents)


@hsds_endpoint
def service_detail(request: HttpRequest, id: str) -> JsonResponse:
    wanted = _path_id(id)
    offer = selectors.service_detail(wanted) if wanted else None
    if offer is None:
        return _not_found()
    return _json(hsds.service(offer, hsds.Site.from_settings()))


@hsds_endpoint
def service_at_location_list(request: HttpRequest) -> JsonResponse:
    page, per_page = params.paging(request.GET)
    full = params.boolean(request.GET, "full")
    params.unsupported(request.GET, "proximity")
    filters = _offer_filters(request)
    filters.postcode = params.text(request.GET, "postcode")
    listing = selectors.service_at_location_list(filters, page=page, per_page=per_page, full=full)
    site = hsds.Site.from_settings()
    contents = [
        hsds.service_at_location(offer, site, full=full, with_service=True)
        for offer in listing.rows
    ]
    return _page(listing, contents)


@hsds_endpoint
def service_at_location_detail(request: HttpRequest, id: str) -> JsonResponse:
    wanted = _path_id(id)
    offer = selectors.service_at_location_detail(wanted) if wanted else None
    if offer is None:
        return _not_found()
    return _json(hsds.service_at_location(offer, hsds.Site.from_settings(), full=True))


@hsds_endpoint
def organization_list(request: HttpRequest) -> JsonResponse:
    page, per_page = params.paging(request.GET)
    full = params.boolean(request.GET, "full")
    full_services = params.boolean(request.GET, "full_service")
    listing = selectors.organisation_list(
        search_text=params.text(request.GET, "search"),
        page=page,
        per_page=per_page,
        full=full or full_services,
        full_services=full_services,
    )
    site = hsds.Site.from_settings()
    if full or full_services:
        contents = [
            hsds.organization(
                organisation,
                site,
                services=organisation.public_offers,
                full_services=full_services,
            )
            for organisation in listing.rows
        ]
    else:
        contents = [hsds.organization_summary(row, site) for row in listing.rows]
    return _page(listing, contents)


@hsds_endpoint
def organization_detail(request: HttpRequest, id: str) -> JsonResponse:
    full_services = params.boolean(request.GET, "full_service")
    wanted = _path_id(id)
    organisation = (
        selectors.organisation_detail(wanted, full_services=full_services) if wanted else None
    )
    if organisation is None:
        return _not_found()
    return _json(
        hsds.organization(
            organisation,
            hsds.Site.from_settings(),
            services=organisation.public_offers,
            full_services=full_services,
        )
    )


@hsds_endpoint
def taxonomy_list(request: HttpRequest) -> JsonResponse:
    page, per_page = params.paging(request.GET)
    listing = selectors.taxonomy_list(
        search_text=params.text(request.GET, "search"), page=page, per_page=per_page
    )
    return _page(listing, [hsds.taxonomy(tax) for tax in listing.rows])


@hsds_endpoint
def taxonomy_detail(request: HttpRequest, id: str) -> JsonResponse:
    wanted = _path_id(id)
    tax = selectors.taxonomy_by_id(wanted) if wanted else None
    if tax is None:
        return _not_found()
    return _json(hsds.taxonomy(tax))


@hsds_endpoint
def taxonomy_term_list(request: HttpRequest) -> JsonResponse:
    page, per_page = params.paging(request.GET)
    taxonomy_id = params.an_id(request.GET, "taxonomy_id")
    taxonomy = selectors.taxonomy_by_id(taxonomy_id) if taxonomy_id else None
    # top_only: every term of ours is at the top, so it changes nothing.
    params.boolean(request.GET, "top_only")
    parent_id = params.an_id(request.GET, "parent_id")
    listing = selectors.taxonomy_term_list(
        search_text=params.text(request.GET, "search"),
        taxonomy=taxonomy,
        nothing=parent_id is not None or (taxonomy_id is not None and taxonomy is None),
        page=page,
        per_page=per_page,
    )
    return _page(listing, [hsds.taxonomy_term(tax, term) for tax, term in listing.rows])


@hsds_endpoint
def taxonomy_term_detail(request: HttpRequest, id: str) -> JsonResponse:
    wanted = _path_id(id)
    found = selectors.term_by_id(wanted) if wanted else None
    if found is None:
        return _not_found()
    return _json(hsds.taxonomy_term(*found))
