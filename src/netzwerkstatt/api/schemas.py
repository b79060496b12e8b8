"""The shapes the API reads and writes (pydantic, published in the OpenAPI schema).

Outgoing schemas list only what the public pages show; nothing here reaches staff e-mail
addresses, internal needs, unpublished items or visitors' registrations unless a schema
names it, and none does.
"""

import datetime
from typing import Any

from ninja import Field, Schema

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20


class ErrorDetail(Schema):
    code: str = Field(description="Stable, machine-readable reason, e.g. `token_expired`.")
    message: str = Field(description="Human-readable explanation; may change.")
    details: Any = Field(None, description="Per-field problems, where there are any.")


class Error(Schema):
    error: ErrorDetail


class ApiIndex(Schema):
    openapi: str = Field(description="Address of this OpenAPI 3.1 schema.")
    docs: str = Field(description="Address of the documentation page.")


class Term(Schema):
    slug: str
    name: str


class NetworkRef(Schema):
    slug: str
    name: str


class OrganisationRef(Schema):
    slug: str
    name: str


class PageMeta(Schema):
    page: int
    page_size: int
    count: int = Field(description="Number of items on all pages together.")
    pages: int


class NetworkOut(Schema):
    slug: str
    name: str
    tagline: str
    description: str
    district: Term | None
    founded_year: int | None
    url: str


class NetworkPage(Schema):
    meta: PageMeta
    items: list[NetworkOut]


class OrganisationOut(Schema):
    slug: str
    name: str
    short_name: str
    legal_form: str
    description: str
    strengths: str
    target_groups: list[Term]
    topics: list[Term]
    street: str
    postcode: str
    city: str
    district: Term | None
    latitude: float | None
    longitude: float | None
    website: str
    phone: str
    networks: list[NetworkRef] = Field(description="Networks it is a member of now.")
    url: str


class OrganisationPage(Schema):
    meta: PageMeta
    items: list[OrganisationOut]


# Times of the week are local times of the installation (Europe/Berlin), "HH:MM": JSON
# Schema's "time" format would demand a UTC offset, which a weekly time does not have.
TIME_PATTERN = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"


class WeeklySlotOut(Schema):
    weekday: int = Field(description="0 = Monday … 6 = Sunday")
    start_time: str = Field(pattern=TIME_PATTERN, description="Local time, HH:MM.")
    end_time: str = Field(pattern=TIME_PATTERN, description="Local time, HH:MM.")
    note: str


class OfferOut(Schema):
    id: int
    organisation: OrganisationRef
    title: str
    summary: str
    description: str
    status: str
    target_groups: list[Term]
    topics: list[Term]
    languages: list[Term]
    age_min: int | None
    age_max: int | None
    is_free: bool
    cost_note: str
    wheelchair_accessible: bool
    accessibility_note: str
    registration_note: str
    place_name: str
    street: str
    postcode: str
    city: str
    district: Term | None
    latitude: float | None
    longitude: float | None
    contact_name: str
    contact_phone: str
    weekly_slots: list[WeeklySlotOut]
    updated_at: datetime.datetime
    url: str


class OfferPage(Schema):
    meta: PageMeta
    items: list[OfferOut]


class EventDateOut(Schema):
    starts_at: datetime.datetime
    ends_at: datetime.datetime


class EventOut(Schema):
    id: int
    title: str
    description: str
    network: NetworkRef
    organiser: OrganisationRef
    co_organisers: list[OrganisationRef]
    place_name: str
    street: str
    postcode: str
    city: str
    online_url: str
    cost: str
    accessibility: str
    capacity: int | None
    target_groups: list[Term]
    languages: list[Term]
    dates: list[EventDateOut]
    url: str


class EventDateItem(Schema):
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    event: EventOut


class EventDatePage(Schema):
    meta: PageMeta
    items: list[EventDateItem]


class PostOut(Schema):
    id: int
    network: NetworkRef
    title: str
    teaser: str
    body_html: str
    published_at: datetime.datetime
    url: str


class PostPage(Schema):
    meta: PageMeta
    items: list[PostOut]


# Writing -------------------------------------------------------------------------------------


class WeeklySlotIn(Schema):
    weekday: int = Field(ge=0, le=6, description="0 = Monday … 6 = Sunday")
    start_time: str = Field(pattern=TIME_PATTERN, description="Local time, HH:MM.")
    end_time: str = Field(pattern=TIME_PATTERN, description="Local time, HH:MM.")
    note: str = Field("", max_length=100)


class OfferIn(Schema):
    """An offer as the web form takes it; taxonomy terms and the district by slug."""

    title: str = Field(max_length=200)
    summary: str = Field("", max_length=300)
    description: str = Field(max_length=5000)
    target_groups: list[str] = Field(min_length=1, max_length=50)
    topics: list[str] = Field(default_factory=list, max_length=50)
    languages: list[str] = Field(default_factory=list, max_length=50)
    age_min: int | None = Field(None, ge=0, le=120)
    age_max: int | None = Field(None, ge=0, le=120)
    is_free: bool = True
    cost_note: str = Field("", max_length=200)
    wheelchair_accessible: bool = False
    accessibility_note: str = Field("", max_length=300)
    registration_note: str = Field("", max_length=300)
    place_name: str = Field("", max_length=200)
    street: str = Field("", max_length=200)
    postcode: str = Field("", max_length=10)
    city: str = Field("", max_length=100)
    district: str | None = None
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)
    contact_name: str = Field("", max_length=150)
    contact_phone: str = Field("", max_length=40)
    weekly_slots: list[WeeklySlotIn] = Field(default_factory=list, max_length=14)


class OfferPatch(Schema):
    """Only the fields sent are changed; `weekly_slots`, when sent, replaces all times."""

    title: str | None = Field(None, max_length=200)
    summary: str | None = Field(None, max_length=300)
    description: str | None = Field(None, max_length=5000)
    target_groups: list[str] | None = Field(None, min_length=1, max_length=50)
    topics: list[str] | None = Field(None, max_length=50)
    languages: list[str] | None = Field(None, max_length=50)
    age_min: int | None = Field(None, ge=0, le=120)
    age_max: int | None = Field(None, ge=0, le=120)
    is_free: bool | None = None
    cost_note: str | None = Field(None, max_length=200)
    wheelchair_accessible: bool | None = None
    accessibility_note: str | None = Field(None, max_length=300)
    registration_note: str | None = Field(None, max_length=300)
    place_name: str | None = Field(None, max_length=200)
    street: str | None = Field(None, max_length=200)
    postcode: str | None = Field(None, max_length=10)
    city: str | None = Field(None, max_length=100)
    district: str | None = None
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)
    contact_name: str | None = Field(None, max_length=150)
    contact_phone: str | None = Field(None, max_length=40)
    weekly_slots: list[WeeklySlotIn] | None = Field(None, max_length=14)


class OfferStatusIn(Schema):
    status: str = Field(pattern="^(active|paused|ended)$")


class NeedIn(Schema):
    title: str = Field(max_length=200)
    description: str = Field(max_length=5000)
    scope: str = Field("target_group", pattern="^(target_group|organisation)$")
    target_groups: list[str] = Field(default_factory=list, max_length=50)
    topics: list[str] = Field(default_factory=list, max_length=50)
    district: str | None = None
    raised_by: str | None = Field(None, description="Slug of a member organisation.")
    raised_at: str = Field("", max_length=200)
    raised_on: datetime.date | None = None
    priority: str = Field("medium", pattern="^(low|medium|high)$")
    status: str = Field("open", pattern="^(open|in_progress|met)$")
    answering_offers: list[int] = Field(default_factory=list, max_length=100)


class NeedPatch(Schema):
    title: str | None = Field(None, max_length=200)
    description: str | None = Field(None, max_length=5000)
    scope: str | None = Field(None, pattern="^(target_group|organisation)$")
    target_groups: list[str] | None = Field(None, max_length=50)
    topics: list[str] | None = Field(None, max_length=50)
    district: str | None = None
    raised_by: str | None = None
    raised_at: str | None = Field(None, max_length=200)
    raised_on: datetime.date | None = None
    priority: str | None = Field(None, pattern="^(low|medium|high)$")
    status: str | None = Field(None, pattern="^(open|in_progress|met)$")
    answering_offers: list[int] | None = Field(None, max_length=100)


class NeedOut(Schema):
    """A need, answered only to the person who wrote it (needs are internal to a network)."""

    id: int
    network: NetworkRef
    title: str
    description: str
    scope: str
    status: str
    priority: str
    target_groups: list[Term]
    topics: list[Term]
    district: Term | None
    raised_by: OrganisationRef | None
    raised_by_confirmed: bool
    raised_at: str
    raised_on: datetime.date | None
    answering_offers: list[int]
    url: str
