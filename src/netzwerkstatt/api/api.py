"""The REST API: public reading, token-authenticated writing, one error shape.

This module only translates between HTTP and the apps: reads go through the same selectors
as the HTML pages, writes through the same forms, permission helpers and services as the
web forms. See docs/architecture.md ("REST API").
"""

import logging
from typing import Any

from django.core.exceptions import (
    ObjectDoesNotExist,
    PermissionDenied,
    RequestDataTooBig,
    SuspiciousOperation,
)
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.datastructures import MultiValueDict
from ninja import NinjaAPI, Query, Status, Swagger
from ninja.errors import AuthenticationError, HttpError, Throttled
from ninja.errors import ValidationError as NinjaValidationError

from netzwerkstatt.api import forms_bridge, serializers
from netzwerkstatt.api.schemas import (
    DEFAULT_PAGE_SIZE,
    MAX_PAGE_SIZE,
    ApiIndex,
    Error,
    EventDatePage,
    EventOut,
    NeedIn,
    NeedOut,
    NeedPatch,
    NetworkOut,
    NetworkPage,
    OfferIn,
    OfferOut,
    OfferPage,
    OfferPatch,
    OfferStatusIn,
    OrganisationOut,
    OrganisationPage,
    PostPage,
)
from netzwerkstatt.api.security import ApiAuthError, RateLimit, TokenAuth
from netzwerkstatt.events import selectors as event_selectors
from netzwerkstatt.events.forms import CalendarFilterForm
from netzwerkstatt.networks import selectors as network_selectors
from netzwerkstatt.networks.forms import DirectoryFilterForm
from netzwerkstatt.networks.permissions import (
    OrganisationEditRefused,
    get_editable_organisation,
    get_member_network,
)
from netzwerkstatt.news import selectors as news_selectors
from netzwerkstatt.offers import selectors as offer_selectors
from netzwerkstatt.offers import services as offer_services
from netzwerkstatt.offers.forms import OfferFilterForm
from netzwerkstatt.offers.permissions import (
    can_see_raised_by,
    get_editable_need,
    get_editable_offer,
)

logger = logging.getLogger(__name__)


class Api(NinjaAPI):
    def get_openapi_operation_id(self, operation: Any) -> str:
        # The view's name, as its URL name: stable and short for generated clients.
        return operation.view_func.__name__


api = Api(
    title="Netzwerkstatt API",
    version="1",
    description=(
        "Public reading of networks, organisations, offers, events and news; writing of an "
        "organisation's own offers and needs with a personal access token "
        "(`Authorization: Bearer <token>`, created under “My area”). Every error is "
        '`{"error": {"code": …, "message": …, "details": …}}` with a stable `code`.'
    ),
    urls_namespace="api",
    docs=Swagger(settings={"persistAuthorization": False}),
    docs_url="/docs/",
    openapi_url="/openapi.json",
    throttle=[
        RateLimit("address", "API_RATE_ANONYMOUS"),
        RateLimit("token", "API_RATE_TOKEN"),
    ],
)
token_auth = TokenAuth()

READ_ERRORS = {404: Error, 422: Error, 429: Error}
WRITE_ERRORS = {
    400: Error,
    401: Error,
    403: Error,
    404: Error,
    413: Error,
    422: Error,
    429: Error,
}


# Errors ----------------------------------------------------------------------------------------


def error_response(
    request: HttpRequest, status: int, code: str, message: str, details: Any = None
) -> HttpResponse:
    return api.create_response(
        request,
        {"error": {"code": code, "message": message, "details": details}},
        status=status,
    )


class ApiProblem(Exception):
    """A refusal with its own status and code, raised inside an endpoint."""

    def __init__(self, status: int, code: str, message: str, details: Any = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.details = status, code, message, details


@api.exception_handler(ApiProblem)
def _problem(request: HttpRequest, exc: ApiProblem) -> HttpResponse:
    return error_response(request, exc.status, exc.code, exc.message, exc.details)


@api.exception_handler(NinjaValidationError)
def _invalid(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
    details = [
        {"loc": list(error.get("loc", ())), "msg": str(error.get("msg", ""))}
        for error in exc.errors
    ]
    return error_response(
        request, 422, "validation_error", "The request does not match the schema.", details
    )


@api.exception_handler(DjangoValidationError)
def _rule(request: HttpRequest, exc: DjangoValidationError) -> HttpResponse:
    return error_response(request, 422, "rule_violation", " ".join(exc.messages), exc.messages)


@api.exception_handler(ApiAuthError)
def _token(request: HttpRequest, exc: ApiAuthError) -> HttpResponse:
    response = error_response(request, 401, exc.code, exc.message)
    response["WWW-Authenticate"] = f'Bearer error="invalid_token", error_description="{exc.code}"'
    return response


@api.exception_handler(AuthenticationError)
def _unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    response = error_response(
        request,
        401,
        "authentication_required",
        "Send a personal access token: Authorization: Bearer <token>.",
    )
    response["WWW-Authenticate"] = "Bearer"
    return response


@api.exception_handler(Throttled)
def _throttled(request: HttpRequest, exc: Throttled) -> HttpResponse:
    retry_after = getattr(request, "api_retry_after", 60)
    response = error_response(
        request,
        429,
        "rate_limited",
        "Too many requests; please wait before sending more.",
        {"retry_after": retry_after},
    )
    response["Retry-After"] = str(retry_after)
    return response


@api.exception_handler(OrganisationEditRefused)
def _refused(request: HttpRequest, exc: OrganisationEditRefused) -> HttpResponse:
    return error_response(request, 403, "forbidden", str(exc.reason))


@api.exception_handler(PermissionDenied)
def _forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return error_response(request, 403, "forbidden", "This token's person may not do this.")


@api.exception_handler(Http404)
@api.exception_handler(ObjectDoesNotExist)
def _not_found(request: HttpRequest, exc: Exception) -> HttpResponse:
    return error_response(request, 404, "not_found", "Nothing was found at this address.")


@api.exception_handler(SuspiciousOperation)
def _suspicious(request: HttpRequest, exc: SuspiciousOperation) -> HttpResponse:
    if isinstance(exc, RequestDataTooBig):
        return error_response(request, 413, "payload_too_large", "The request body is too large.")
    return error_response(request, 400, "bad_request", "The request could not be read.")


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    codes = {400: "bad_request", 405: "method_not_allowed", 415: "unsupported_media_type"}
    return error_response(
        request, exc.status_code, codes.get(exc.status_code, "http_error"), str(exc)
    )


@api.exception_handler(Exception)
def _unexpected(request: HttpRequest, exc: Exception) -> HttpResponse:
    logger.exception("API request failed: %s %s", request.method, request.path)
    return error_response(request, 500, "server_error", "Something went wrong on our side.")


# Paging ----------------------------------------------------------------------------------------


def _page(queryset: Any, page: int, page_size: int, serialise: Any) -> dict[str, Any]:
    """One page of a selector's rows; a page after the last is empty, not an error."""
    paginator = Paginator(queryset, page_size)
    count = paginator.count
    items = list(paginator.page(page).object_list) if page <= paginator.num_pages else []
    return {
        "meta": {
            "page": page,
            "page_size": page_size,
            "count": count,
            "pages": paginator.num_pages if count else 0,
        },
        "items": [serialise(row) for row in items],
    }


PageNumber = Query(1, ge=1, le=1_000_000, description="Page number, from 1.")
PageSize = Query(
    DEFAULT_PAGE_SIZE,
    ge=1,
    le=MAX_PAGE_SIZE,
    description=f"Items per page, at most {MAX_PAGE_SIZE}; more is refused with 422.",
)


def _filters(form_class: type, data: dict[str, Any], **form_kwargs: Any) -> dict[str, Any]:
    """Validate list filters with the HTML page's own filter form; unknown values are 422."""
    form = form_class(MultiValueDict(data), **form_kwargs)
    if not form.is_valid():
        raise ApiProblem(
            422,
            "invalid_filter",
            "A filter has a value that is not valid.",
            form.errors.get_json_data(),
        )
    return form.cleaned_data


# Reading ---------------------------------------------------------------------------------------


@api.get("/", response={200: ApiIndex, 429: Error}, url_name="index", tags=["index"])
def index(request: HttpRequest):
    """Where the schema and its documentation are."""
    return {
        "openapi": request.build_absolute_uri(reverse("api:openapi-json")),
        "docs": request.build_absolute_uri(reverse("api:openapi-view")),
    }


@api.get(
    "/v1/networks/",
    response={200: NetworkPage, **READ_ERRORS},
    url_name="network_list",
    tags=["networks"],
)
def network_list(request: HttpRequest, page: int = PageNumber, page_size: int = PageSize):
    return _page(network_selectors.all_networks(), page, page_size, serializers.network)


@api.get(
    "/v1/networks/{slug:slug}/",
    response={200: NetworkOut, **READ_ERRORS},
    url_name="network_detail",
    tags=["networks"],
)
def network_detail(request: HttpRequest, slug: str):
    return serializers.network(network_selectors.get_network(slug))


@api.get(
    "/v1/networks/{slug:slug}/news/",
    response={200: PostPage, **READ_ERRORS},
    url_name="network_news",
    tags=["news"],
)
def network_news(
    request: HttpRequest, slug: str, page: int = PageNumber, page_size: int = PageSize
):
    """The network's published news posts, newest first."""
    network = network_selectors.get_network(slug)
    return _page(news_selectors.published_posts(network), page, page_size, serializers.post)


@api.get(
    "/v1/organisations/",
    response={200: OrganisationPage, **READ_ERRORS},
    url_name="organisation_list",
    tags=["organisations"],
)
def organisation_list(
    request: HttpRequest,
    network: str | None = Query(None, max_length=80, description="Slug of a network."),
    target_group: list[str] | None = Query(None, description="Target group slugs (any)."),
    topic: list[str] | None = Query(None, description="Topic slugs (any)."),
    page: int = PageNumber,
    page_size: int = PageSize,
):
    """Organisations that are members of a network now, as in the member directory."""
    valid = _filters(
        DirectoryFilterForm,
        {
            "netzwerk": [network] if network else [],
            "zielgruppe": target_group or [],
            "thema": topic or [],
        },
    )
    filters = network_selectors.DirectoryFilters(
        network=valid.get("netzwerk"),
        target_groups=list(valid.get("zielgruppe") or []),
        topics=list(valid.get("thema") or []),
    )
    rows = network_selectors.directory_organisations(filters)
    return _page(rows, page, page_size, serializers.organisation)


@api.get(
    "/v1/organisations/{slug:slug}/",
    response={200: OrganisationOut, **READ_ERRORS},
    url_name="organisation_detail",
    tags=["organisations"],
)
def organisation_detail(request: HttpRequest, slug: str):
    return serializers.organisation(network_selectors.public_organisation(slug))


@api.get(
    "/v1/offers/",
    response={200: OfferPage, **READ_ERRORS},
    url_name="offer_list",
    tags=["offers"],
)
def offer_list(
    request: HttpRequest,
    q: str | None = Query(None, max_length=200, description="Words to search for."),
    target_group: list[str] | None = Query(None, description="Target group slugs (any)."),
    topic: list[str] | None = Query(None, description="Topic slugs (any)."),
    language: list[str] | None = Query(None, description="Language codes (any)."),
    weekday: list[int] | None = Query(None, description="0 = Monday … 6 = Sunday (any)."),
    free: bool = Query(False, description="Only offers free of charge."),
    age: int | None = Query(None, ge=0, le=120, description="Suitable for this age."),
    district: str | None = Query(None, max_length=60, description="Slug of a district."),
    network: str | None = Query(None, max_length=80, description="Slug of a network."),
    page: int = PageNumber,
    page_size: int = PageSize,
):
    """Active offers of member organisations, with the offer directory's filters."""
    data = {
        "q": [q] if q else [],
        "zielgruppe": target_group or [],
        "thema": topic or [],
        "sprache": language or [],
        "tag": [str(day) for day in weekday or []],
        "kostenlos": ["on"] if free else [],
        "alter": [str(age)] if age is not None else [],
        "stadtteil": [district] if district else [],
        "netzwerk": [network] if network else [],
    }
    filters = _filters(OfferFilterForm, data)
    rows = offer_selectors.directory_offers_in_full(filters)
    return _page(rows, page, page_size, serializers.offer)


@api.get(
    "/v1/offers/{int:pk}/",
    response={200: OfferOut, **READ_ERRORS},
    url_name="offer_detail",
    tags=["offers"],
)
def offer_detail(request: HttpRequest, pk: int):
    offer = offer_selectors.offer_detail(pk)
    if not offer_selectors.offer_is_public(offer):
        raise Http404
    return serializers.offer(offer)


@api.get(
    "/v1/events/",
    response={200: EventDatePage, **READ_ERRORS},
    url_name="event_list",
    tags=["events"],
)
def event_list(
    request: HttpRequest,
    target_group: list[str] | None = Query(None, description="Target group slugs (any)."),
    organisation: str | None = Query(None, max_length=80, description="Organisation slug."),
    network: str | None = Query(None, max_length=80, description="Slug of a network."),
    page: int = PageNumber,
    page_size: int = PageSize,
):
    """Upcoming dates of public events, soonest first, as in the calendar."""
    filters = _filters(
        CalendarFilterForm,
        {
            "zielgruppe": target_group or [],
            "organisation": [organisation] if organisation else [],
            "netzwerk": [network] if network else [],
        },
    )
    rows = event_selectors.public_upcoming_dates(filters)
    return _page(rows, page, page_size, serializers.event_date)


@api.get(
    "/v1/events/{int:pk}/",
    response={200: EventOut, **READ_ERRORS},
    url_name="event_detail",
    tags=["events"],
)
def event_detail(request: HttpRequest, pk: int):
    return serializers.event(event_selectors.public_event(pk))


# Writing ---------------------------------------------------------------------------------------


def _user(request: HttpRequest):
    return request.auth.user  # type: ignore[attr-defined]


@api.post(
    "/v1/organisations/{slug:slug}/offers/",
    response={201: OfferOut, **WRITE_ERRORS},
    auth=token_auth,
    url_name="offer_create",
    tags=["offers"],
)
def offer_create(request: HttpRequest, slug: str, payload: OfferIn):
    """Create an offer of an organisation the token's person may edit."""
    organisation = get_editable_organisation(_user(request), slug)
    data, slots = forms_bridge.offer_data(payload.model_dump(), instance=None)
    offer = offer_services.create_offer(organisation, data=data, slots=slots, by=_user(request))
    return Status(201, serializers.offer(offer_selectors.offer_detail(offer.pk)))


@api.patch(
    "/v1/offers/{int:pk}/",
    response={200: OfferOut, **WRITE_ERRORS},
    auth=token_auth,
    url_name="offer_update",
    tags=["offers"],
)
def offer_update(request: HttpRequest, pk: int, payload: OfferPatch):
    """Change an offer; only the fields sent change."""
    offer = get_editable_offer(_user(request), pk)
    data, slots = forms_bridge.offer_data(payload.model_dump(exclude_unset=True), instance=offer)
    offer_services.update_offer(offer, data=data, slots=slots, by=_user(request))
    return serializers.offer(offer_selectors.offer_detail(pk))


@api.post(
    "/v1/offers/{int:pk}/status/",
    response={200: OfferOut, **WRITE_ERRORS},
    auth=token_auth,
    url_name="offer_status",
    tags=["offers"],
)
def offer_status(request: HttpRequest, pk: int, payload: OfferStatusIn):
    """Pause, resume or end an offer (offers are ended, not deleted, as on the web)."""
    offer = get_editable_offer(_user(request), pk)
    offer_services.set_offer_status(offer, status=payload.status, by=_user(request))
    return serializers.offer(offer_selectors.offer_detail(pk))


@api.post(
    "/v1/networks/{slug:slug}/needs/",
    response={201: NeedOut, **WRITE_ERRORS},
    auth=token_auth,
    url_name="need_create",
    tags=["needs"],
)
def need_create(request: HttpRequest, slug: str, payload: NeedIn):
    """Record a need in a network the token's person's organisation is a member of."""
    network = get_member_network(_user(request), slug)
    data = forms_bridge.need_data(payload.model_dump(), network=network, instance=None)
    need = offer_services.create_need(network, data=data, by=_user(request))
    return Status(201, _need_for(request, need.pk))


@api.patch(
    "/v1/needs/{int:pk}/",
    response={200: NeedOut, **WRITE_ERRORS},
    auth=token_auth,
    url_name="need_update",
    tags=["needs"],
)
def need_update(request: HttpRequest, pk: int, payload: NeedPatch):
    """Change a need the token's person may edit; only the fields sent change."""
    need = get_editable_need(_user(request), pk)
    data = forms_bridge.need_data(
        payload.model_dump(exclude_unset=True), network=need.network, instance=need
    )
    offer_services.update_need(need, data=data, by=_user(request))
    return _need_for(request, pk)


def _need_for(request, pk: int) -> dict:
    need = offer_selectors.need_detail(pk)
    return serializers.need(need, shows_raised_by=can_see_raised_by(_user(request), need))
