"""No GET changes data: every URL pattern, requested with GET, leaves the database as it was.

The test enumerates the project's URL resolver, so a route added later is covered without a
change here. Its arguments are filled from the demo network (`netzwerkstatt.demo.loader`): a
slug after ``netzwerke/`` or ``organisationen/`` names a network or an organisation, a
``pk`` or ``<model>_pk`` the model whose name the URL name or the argument starts with, and the
arguments of one URL are taken from related rows (a post of that network, a staff row of that
organisation). Anonymous visitors, a member organisation's editor, a coordinator, the admin
and a city-wide coordinator each GET every URL. Two checks watch for writes:

- the SQL each request runs: no INSERT, UPDATE or DELETE, which names the URL that wrote;
- every table's row count and a hash of its rows, before and after the whole walk.

Only ``django_session`` may change: logging in stores a session, and views may keep state in
it (the password-reset view keeps the link's token there, as Django's own view does).
"""

import datetime
import hashlib
import re
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Model
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from netzwerkstatt.accounts.models import Invitation, User
from netzwerkstatt.accounts.services import hash_token
from netzwerkstatt.api.services import create_api_token
from netzwerkstatt.audit.models import AuditAction
from netzwerkstatt.audit.services import record_entry
from netzwerkstatt.circulars import services as circular_services
from netzwerkstatt.circulars.models import MailPreference
from netzwerkstatt.circulars.selectors import Audience
from netzwerkstatt.demo.loader import load_demo_network
from netzwerkstatt.events import services as event_services
from netzwerkstatt.events.models import Event, EventCoOrganiser, EventReport, Visibility
from netzwerkstatt.meetings.models import ActionItem, Decision
from netzwerkstatt.networks.models import (
    Membership,
    MembershipRole,
    MembershipStatus,
    Network,
    NetworkInvitation,
    Organisation,
    Staff,
    StaffRequest,
)
from netzwerkstatt.news.models import NetworkCommentPolicy
from netzwerkstatt.offers.models import HelpOffer, Need
from netzwerkstatt.opendata import hsds
from netzwerkstatt.opendata import selectors as opendata_selectors
from netzwerkstatt.synergy import citywide, terms
from netzwerkstatt.synergy.models import ParallelOfferFinding

# Tables that change by design, each with the reason.
EXCLUDED_TABLES = {
    "django_session": "logging the five people in stores sessions; views may keep state in "
    "the session (Django's password-reset view stores the link's token there)",
}

# A slug's model, by the path segment in front of it.
SLUG_SEGMENTS: dict[str, type[Model]] = {
    "netzwerke": Network,
    "organisationen": Organisation,
    # The REST API's addresses (api app) are English.
    "networks": Network,
    "organisations": Organisation,
}

# URL names whose arguments must come from a different row than the first integer argument's
# model, with the reason: the name alone would point elsewhere.
ANCHOR_MODELS: dict[str, type[Model]] = {
    # pk is the event; the organisation is one of its co-organisers, not the organiser.
    "events:confirm_co_organiser": EventCoOrganiser,
    # "veranstaltungen/<pk>/aufgaben/": the pk is the event the task is added to.
    "events:task_add": Event,
    # "konto/aufgaben/<pk>/erledigt/": the pk is an action item of the meetings app.
    "meetings:action_close": ActionItem,
}


@dataclass
class Route:
    """One URL pattern with the names of its arguments and its converters."""

    route: str
    name: str
    callback: Callable
    converters: dict[str, Any]
    arguments: list[str]
    default_kwargs: dict[str, Any] = field(default_factory=dict)

    @property
    def app(self) -> str:
        return self.name.split(":")[0] if ":" in self.name else ""

    @property
    def short_name(self) -> str:
        return self.name.split(":")[-1]

    def __str__(self) -> str:
        return f"{self.name or '(unnamed)'} {self.route}"


class CannotFill(Exception):
    """The demo holds no row that fills this pattern's arguments."""


def walk_resolver(resolver=None, prefix="", namespace="", converters=None) -> Iterator[Route]:
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        pattern_converters = {**(converters or {}), **getattr(entry.pattern, "converters", {})}
        if isinstance(entry, URLResolver):
            inner = ":".join(part for part in (namespace, entry.namespace) if part)
            yield from walk_resolver(entry, prefix + str(entry.pattern), inner, pattern_converters)
        elif isinstance(entry, URLPattern):
            route = prefix + str(entry.pattern)
            name = f"{namespace}:{entry.name or ''}" if namespace else (entry.name or "")
            arguments = list(dict.fromkeys(re.findall(r"\(\?P<(\w+)>", full_regex(route))))
            yield Route(route, name, entry.callback, pattern_converters, arguments)


def full_regex(route: str) -> str:
    """The named groups of a route, whether written as ``<conv:name>`` or as a regex."""
    return re.sub(r"<(?:\w+:)?(\w+)>", r"(?P<\1>x)", route)


# --- filling the arguments ---------------------------------------------------------------------


def project_models() -> list[type[Model]]:
    return [
        model
        for model in apps.get_models()
        if model.__module__.startswith("netzwerkstatt.") or model is User
    ]


# Arguments whose model the URL's name does not spell: a "term" of "Begriffe" is an entry of
# the network's lexicon.
NAMED_ELSEWHERE = {("synergy:term_withdraw", "pk"): "synergy.LexiconEntry"}


def model_for_argument(route: Route, argument: str) -> type[Model]:
    """The model an integer argument names: by the argument, else by the URL's name.

    ``comment_pk`` names a Comment; for ``pk`` the words of the URL name are tried from the
    shortest ("join" "joinrequest" …), each as a model name or the end of one
    ("series" → MeetingSeries). Without a match the app's own model ("events" → Event).
    """
    if (route.name, argument) in NAMED_ELSEWHERE:
        return apps.get_model(NAMED_ELSEWHERE[route.name, argument])
    words = route.short_name.split("_")
    prefixes = ["".join(words[:end]) for end in range(1, len(words) + 1)]
    if argument == "pk":
        candidates = prefixes
    else:
        head = argument.removesuffix("_pk").replace("_", "")
        candidates = [head] + [prefix + head for prefix in prefixes]
    models = sorted(project_models(), key=lambda model: model._meta.app_label != route.app)
    for candidate in candidates:
        exact = [m for m in models if m._meta.model_name == candidate]
        if exact:
            return exact[0]
        ending = [m for m in models if m._meta.model_name.endswith(candidate)]
        if len(ending) == 1:
            return ending[0]
    try:
        return apps.get_model(route.app, route.app.removesuffix("s"))
    except (LookupError, ValueError):
        raise CannotFill(f"no model for the argument {argument!r}") from None


def model_for_slug(route: Route, argument: str) -> type[Model] | str:
    """A slug's model; "own" for ``<model>_slug``, the slug of the row the URL is about."""
    if argument == "org_slug":
        return Organisation
    if argument != "slug":
        return "own"
    segment = re.search(r"([\w-]+)/<slug:slug>", route.route)
    if segment and segment.group(1) in SLUG_SEGMENTS:
        return SLUG_SEGMENTS[segment.group(1)]
    raise CannotFill("no model for the slug: add its path segment to SLUG_SEGMENTS")


def admin_model(route: Route) -> type[Model]:
    model_admin = getattr(route.callback, "model_admin", None)
    if model_admin is not None:
        return model_admin.model
    match = re.match(r"admin/(\w+)/(\w+)/", route.route)
    if match:
        try:
            return apps.get_model(match.group(1), match.group(2))
        except LookupError:
            pass
    raise CannotFill("an admin route of no model")


def forward_related(obj: Model, target: type[Model], depth: int = 3) -> Model | None:
    """The nearest row of ``target`` reached from ``obj`` along foreign keys."""
    queue = deque([(obj, 0)])
    seen = set()
    while queue:
        current, level = queue.popleft()
        if isinstance(current, target):
            return current
        if level == depth or (type(current), current.pk) in seen:
            continue
        seen.add((type(current), current.pk))
        for model_field in current._meta.concrete_fields:
            if model_field.is_relation and model_field.related_model is not None:
                related = getattr(current, model_field.name)
                if related is not None:
                    queue.append((related, level + 1))
    return None


def related(obj: Model, target: type[Model]) -> Model | None:
    """A row of ``target`` that belongs with ``obj``: along its keys, or pointing at it."""
    found = forward_related(obj, target)
    if found is not None:
        return found
    for model_field in target._meta.concrete_fields:
        if model_field.is_relation and model_field.related_model is type(obj):
            found = target._base_manager.filter(**{model_field.name: obj}).order_by("pk").first()
            if found is not None:
                return found
    return None


def argument_targets(route: Route) -> dict[str, type[Model] | str]:
    targets: dict[str, type[Model] | str] = {}
    for argument in route.arguments:
        converter = type(route.converters.get(argument)).__name__
        if argument in ("year", "month"):
            targets[argument] = argument
        elif argument == "object_id" and route.app == "admin":
            targets[argument] = admin_model(route)
        elif argument == "id" and route.app == "admin":
            targets[argument] = admin_model(route)
        elif converter == "IntConverter":
            targets[argument] = model_for_argument(route, argument)
        elif converter == "SlugConverter":
            targets[argument] = model_for_slug(route, argument)
        else:
            raise CannotFill(
                f"no rule for the argument {argument!r} ({converter or 'regex'}): add one to "
                "PROVIDERS"
            )
    return targets


@dataclass
class Demo:
    network: Network
    organisation: Organisation
    people: dict[str, User | None]
    tokens: dict[str, dict[str, str]]
    rows: dict[type[Model], list[Model]] = field(default_factory=dict)


# How many rows the walk tries for a pattern until one is found (a meeting's summary exists
# only once its minutes are published, for one).
CANDIDATES = 8


def fill(route: Route, demo: Demo) -> list[dict[str, str]]:
    """Up to CANDIDATES sets of arguments for ``route``, the demo's main network's first."""
    if route.name in PROVIDERS:
        return [PROVIDERS[route.name](demo)]
    targets = argument_targets(route)
    if not targets:
        return [{}]
    found = []
    today = timezone.localdate()
    models = [target for target in targets.values() if isinstance(target, type)]
    anchor_model = ANCHOR_MODELS.get(route.name) or (
        targets.get("pk") if isinstance(targets.get("pk"), type) else None
    )
    anchor_model = anchor_model or next(
        (m for m in models if m not in (Network, Organisation)), models[0] if models else None
    )
    for anchor in preferred_rows(anchor_model, demo) if anchor_model else [None]:
        values: dict[str, str] = {}
        for argument, target in targets.items():
            if target == "year":
                values[argument] = str(today.year)
            elif target == "month":
                values[argument] = str(today.month)
            elif target == "own":
                values[argument] = getattr(anchor, "slug", "")
            else:
                row = anchor if isinstance(anchor, target) else related(anchor, target)
                if row is None:
                    break
                values[argument] = row.slug if argument.endswith("slug") else str(row.pk)
        else:
            if all(values.values()) and values not in found:
                found.append(values)
                if len(found) == CANDIDATES:
                    break
    if found:
        return found
    raise CannotFill(
        f"no row of {anchor_model.__name__ if anchor_model else '?'} fills {sorted(targets)}"
    )


def preferred_rows(model: type[Model], demo: Demo) -> list[Model]:
    """Rows of the demo's main network and the member's organisation first."""
    if model not in demo.rows:
        demo.rows[model] = _preferred_rows(model, demo)
    return demo.rows[model]


def _preferred_rows(model: type[Model], demo: Demo) -> list[Model]:
    rows = list(model._base_manager.order_by("pk")[:300])

    def distance(row: Model) -> tuple[int, int]:
        network = related(row, Network) if model is not Network else row
        organisation = related(row, Organisation) if model is not Organisation else row
        return (network != demo.network, organisation != demo.organisation)

    return sorted(rows, key=distance)


def _first_pk(model: type[Model]) -> int:
    return model.objects.order_by("pk").values_list("pk", flat=True)[0]


def _decision_arguments(demo: Demo) -> dict[str, str]:
    decision = Decision.objects.filter(network=demo.network).order_by("pk").first()
    return {
        "slug": demo.network.slug,
        "pk": str(decision.meeting_id),
        "decision_pk": str(decision.pk),
    }


def _spreadsheet_upload(demo: Demo) -> dict[str, str]:
    """A parsed spreadsheet waiting for review in the demo's network (the demo has none)."""
    from netzwerkstatt.imports.models import SpreadsheetUpload

    upload, _created = SpreadsheetUpload.objects.get_or_create(
        network=demo.network,
        filename="angebote.csv",
        defaults={
            "expires_at": timezone.now() + datetime.timedelta(hours=1),
            "file_format": "CSV",
            "headers": ["Titel", "Beschreibung", "Organisation"],
            "rows": [["Importiertes Angebot", "Aus einer Tabelle", "Importierter Verein"]],
            "mapping": {"0": "title", "1": "description", "2": "organisation"},
        },
    )
    return {"slug": demo.network.slug, "pk": str(upload.pk)}


# Patterns whose arguments are secrets the database keeps only hashed or that are signed, so
# no row holds them: the walk creates them before it starts (see `demo`).
PROVIDERS: dict[str, Callable[[Demo], dict[str, str]]] = {
    "accounts:invitation": lambda demo: demo.tokens["invitation"],
    "accounts:password_reset_confirm": lambda demo: demo.tokens["password_reset"],
    "events:private_feed": lambda demo: demo.tokens["calendar"],
    # The unsubscribe link's GET only asks; the one-click POST switches off.
    "circulars:unsubscribe": lambda demo: demo.tokens["unsubscribe"],
    "circulars:detail": lambda demo: demo.tokens["circular"],
    "events:cancel_visitor": lambda demo: demo.tokens["cancel_visitor"],
    "networks:staff_request": lambda demo: demo.tokens["staff_request"],
    # The invitation's page belongs to the invited organisation, not to the network.
    "networks:network_invitation_accept": lambda demo: demo.tokens["network_invitation"],
    "networks:network_invitation_decline": lambda demo: demo.tokens["network_invitation"],
    "admin:view_on_site": lambda demo: {
        "content_type_id": str(ContentType.objects.get_for_model(Network).pk),
        "object_id": str(demo.network.pk),
    },
    "admin:app_list": lambda demo: {"app_label": "networks"},
    # A section of the sitemap (all are built the same way; see tests/core/test_discoverability.py).
    "sitemap_section": lambda demo: {"section": "angebote"},
    # The pk is one of the member editor's access tokens (the demo has none of its own).
    "apitokens:revoke": lambda demo: {"pk": str(demo.tokens["api_token"]["pk"])},
    # "veranstaltungen/<pk>/bericht/": the pk is the event, one with a report (its own pk may
    # differ from the event's once other tests have used the sequences).
    "events:report": lambda demo: {
        "pk": str(EventReport.objects.order_by("pk").values_list("event_id", flat=True)[0])
    },
    # A decision's pages name its meeting (pk) and the decision; the name alone would read pk
    # as the decision.
    "meetings:decision_edit": lambda demo: _decision_arguments(demo),
    "meetings:decision_withdraw": lambda demo: _decision_arguments(demo),
    # django-otp's admin pages of one authenticator app (its settings and its QR code).
    "admin:otp_totp_totpdevice_config": lambda demo: {"pk": str(_first_pk(TOTPDevice))},
    "admin:otp_totp_totpdevice_qrcode": lambda demo: {"pk": str(_first_pk(TOTPDevice))},
    # A city-wide finding (the demo fixture shares the network and refreshes them).
    "synergy:citywide_finding_status": lambda demo: {
        "pk": str(
            ParallelOfferFinding.objects.filter(network__isnull=True)
            .order_by("pk")
            .values_list("pk", flat=True)[0]
        )
    },
    # Public needs: the pk is a need shown publicly; an offer of help is answered by action.
    "offers:public_need_detail": lambda demo: {"pk": str(_public_need_pk())},
    "offers:help_offer_thanks": lambda demo: {"pk": str(_public_need_pk())},
    "offers:help_offer_handle": lambda demo: {"pk": str(_first_pk(HelpOffer)), "action": "kontakt"},
    # A translation form: an offer, event or profile of the member editor's organisation,
    # in a language of the settings other than German.
    "offers:translate": lambda demo: {
        "pk": str(demo.organisation.offers.order_by("pk").values_list("pk", flat=True)[0]),
        "language": "en",
    },
    "events:translate": lambda demo: {"pk": str(_event_of(demo.organisation)), "language": "en"},
    "networks:organisation_translate": lambda demo: {
        "slug": demo.organisation.slug,
        "language": "en",
    },
    # The steps of a spreadsheet import: the pk is an upload of the network.
    "imports:mapping": _spreadsheet_upload,
    "imports:preview": _spreadsheet_upload,
    "imports:confirm": _spreadsheet_upload,
    # Django admin's catch-all for unknown admin addresses.
    "admin:": lambda demo: {"url": "gibt-es-nicht/"},
    # The open data API names rows by UUIDs derived from their keys.
    "hsds:service": lambda demo: {"id": hsds.service_id(_public_offer())},
    "hsds:service_at_location": lambda demo: {"id": hsds.service_at_location_id(_public_offer())},
    "hsds:organization": lambda demo: {"id": hsds.organization_id(_public_offer().organisation)},
    "hsds:taxonomy": lambda demo: {"id": hsds.TOPICS.id},
    "hsds:taxonomy_term": lambda demo: {
        "id": hsds.TARGET_GROUPS.term_id(_public_offer().target_groups.first())
    },
}


def _event_of(organisation: Organisation) -> int:
    """An event the organisation organises, else any (its editors then see the refusal)."""
    events = Event.objects.order_by("pk")
    own = events.filter(organiser=organisation).values_list("pk", flat=True).first()
    return own or events.values_list("pk", flat=True)[0]


def _public_need_pk() -> int:
    return Need.objects.filter(is_public=True).order_by("pk").values_list("pk", flat=True)[0]


def _public_offer():
    return opendata_selectors.public_offers().order_by("pk").first()


# Patterns nothing can fill, with the reason. Keep this list short.
UNFILLABLE: dict[str, str] = {
    **{
        f"admin:{model}_{view}": "the admin's pages for one row of a third-party model that "
        "only failed logins (django-axes) or background tasks write; the demo holds none, and "
        "their list pages are walked"
        for model in (
            "axes_accessattempt",
            "axes_accesslog",
            "axes_accessfailurelog",
            "django_tasks_database_dbtaskresult",
        )
        for view in ("change", "delete", "history")
    },
}


def unfillable(route: Route) -> bool:
    """Whether UNFILLABLE lists the route; Django's unnamed redirect from an admin row's old
    address to its change page counts with the change page."""
    if route.name in UNFILLABLE:
        return True
    match = re.match(r"admin/(\w+)/(\w+)/<path:object_id>/$", route.route)
    return bool(match) and f"admin:{match.group(1)}_{match.group(2)}_change" in UNFILLABLE


# --- the demo and the people -------------------------------------------------------------------


@pytest.fixture
def demo(settings) -> Demo:
    settings.DEFAULT_NETWORK_SLUG = "sis-schoenefeld"
    load_demo_network()
    network = max(Network.objects.all(), key=lambda n: n.memberships.count())
    coordinating = Membership.objects.filter(
        network=network, role=MembershipRole.COORDINATOR, status=MembershipStatus.MEMBER
    ).values("organisation")
    members = Membership.objects.filter(
        network=network, role=MembershipRole.MEMBER, status=MembershipStatus.MEMBER
    ).values("organisation")
    coordinator = Staff.objects.filter(organisation__in=coordinating).order_by("pk").first()
    member = Staff.objects.filter(organisation__in=members).order_by("pk").first()
    admin = User.objects.filter(is_superuser=True).order_by("pk").first()
    assert coordinator and member and admin, "the demo lacks a coordinator, member or admin"

    # Secrets for the patterns in PROVIDERS.
    invited = User.objects.create_user(email="eingeladen@example.org", password=None)
    Invitation.objects.create(
        user=invited,
        token_hash=hash_token("walk-invitation"),
        expires_at=timezone.now() + datetime.timedelta(days=7),
    )
    # Rows of models the demo has none of, so that their pages are walked too.
    Group.objects.create(name="Redaktion")
    # The member uses two-factor login, so its pages (and the admin's) show a device.
    TOTPDevice.objects.create(user=member.user, name="Telefon", confirmed=True)
    StaticDevice.objects.create(user=member.user, name="Ersatzcodes", confirmed=True)
    NetworkCommentPolicy.objects.get_or_create(network=network)
    EventReport.objects.get_or_create(
        event=Event.objects.filter(network=network).order_by("pk").first(),
        defaults={"participants": 12, "follow_ups": "Plakate drucken"},
    )
    # A visitor's registration for an upcoming public event, for the link to cancel it.
    event = (
        Event.objects.filter(visibility=Visibility.PUBLIC, dates__starts_at__gt=timezone.now())
        .order_by("dates__starts_at")
        .first()
    )
    assert event, "the demo has no upcoming public event"
    registration = event_services.register_for_event(
        event, name="Besucherin", email="besucherin@example.org"
    )
    # An open request to join the member's staff (its link is the token) and an open
    # invitation of an organisation outside the network; both leave an entry in the log.
    staff_request = StaffRequest.objects.create(
        organisation=member.organisation,
        user=invited,
        name="Eingeladen",
        token_hash=hash_token("walk-staff-request"),
        created_by=coordinator.user,
        expires_at=timezone.now() + datetime.timedelta(days=7),
    )
    record_entry(
        action=AuditAction.STAFF_REQUESTED,
        actor=coordinator.user,
        organisation=member.organisation,
        target=staff_request,
        label="Eingeladen",
    )
    outside = Organisation.objects.exclude(memberships__network=network).order_by("pk").first()
    if outside is None:
        outside = Organisation.objects.create(name="Draußen e.V.", slug="draussen")
    network_invitation = NetworkInvitation.objects.create(
        network=network, organisation=outside, created_by=coordinator.user
    )
    # A circular of the network (the demo sends none), for its archive and delivery pages.
    circular = circular_services.send_circular(
        network,
        by=coordinator.user,
        subject="Rundschreiben",
        body="Liebe Mitglieder",
        audience=Audience(),
        audience_label="alle",
        form_key=uuid.uuid4(),
    )
    MailPreference.objects.create(user=member.user, digest="weekly")
    # A city's social planning office with the city-wide role; the network shares with it.
    planner = User.objects.create_user(email="sozialplanung@example.org", password=None)
    citywide.grant_role(planner, by=admin)
    for shared in Network.objects.all():
        citywide.set_sharing(shared, True, by=coordinator.user)
    citywide.refresh()
    # A term entry of the network ("Begriffe"), for its withdraw route and its admin pages.
    terms.add_entry(
        network, relation="same", term_a="Trödelbörse", term_b="Krempelmarkt", by=coordinator.user
    )
    tokens = {
        "circular": {"slug": network.slug, "pk": str(circular.pk)},
        "unsubscribe": {"token": circular_services.unsubscribe_token(member.user, "circulars")},
        "staff_request": {"token": "walk-staff-request"},
        "network_invitation": {"slug": outside.slug, "pk": str(network_invitation.pk)},
        "invitation": {"token": "walk-invitation"},
        "password_reset": {
            "uidb64": urlsafe_base64_encode(force_bytes(member.user.pk)),
            "token": default_token_generator.make_token(member.user),
        },
        "calendar": {"token": event_services.calendar_token_for(member.user).token},
        "cancel_visitor": {"token": event_services.cancel_token(registration)},
        "api_token": {
            "pk": str(create_api_token(member.user, name="Walk", lifetime_days=30).token.pk)
        },
    }
    people = {
        "anonymous": None,
        "member editor": member.user,
        "coordinator": coordinator.user,
        "admin": admin,
        "city-wide coordination": planner,
    }
    return Demo(network, member.organisation, people, tokens)


# --- the database ------------------------------------------------------------------------------


def snapshot() -> dict[str, tuple[int, str]]:
    """Every table's row count and a hash of its rows, in an order that does not depend on
    the database's."""
    tables = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names(cursor)):
            if table in EXCLUDED_TABLES:
                continue
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            rows = sorted(repr(tuple(_plain(value) for value in row)) for row in cursor)
            tables[table] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
    return tables


def _plain(value: Any) -> Any:
    return bytes(value) if isinstance(value, memoryview) else value


WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)


def writes_in(queries: list[dict[str, str]]) -> list[str]:
    return [
        query["sql"][:200]
        for query in queries
        if WRITE.match(query["sql"]) and not any(table in query["sql"] for table in EXCLUDED_TABLES)
    ]


def url_for(route: Route, kwargs: dict[str, str]) -> str:
    url = "/" + route.route
    for argument, value in kwargs.items():
        url = re.sub(rf"<(?:\w+:)?{argument}>|\(\?P<{argument}>[^)]*\)", value, url)
    return url.replace("^", "").replace("$", "").replace("\\Z", "")


# --- the walk ----------------------------------------------------------------------------------


def test_the_resolver_is_walked_into_every_app_and_the_admin():
    routes = list(walk_resolver())
    names = {route.name for route in routes}
    for expected in ("networks:detail", "news:post", "events:subscribe", "admin:index", "admin:"):
        assert expected in names
    assert {route.app for route in routes} >= {"networks", "offers", "news", "events", "admin"}


@pytest.mark.django_db
def test_no_get_changes_data(demo):
    urls = []
    cannot_fill = []
    for route in walk_resolver():
        if unfillable(route):
            continue
        try:
            urls.append((route, [url_for(route, kwargs) for kwargs in fill(route, demo)]))
        except CannotFill as problem:
            cannot_fill.append(f"{route}: {problem}")
    assert not cannot_fill, "URL patterns whose arguments cannot be filled:\n" + "\n".join(
        cannot_fill
    )

    clients = {}
    for role, user in demo.people.items():
        client = Client(raise_request_exception=False)
        if user is not None:
            client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        clients[role] = client

    before = snapshot()
    problems: list[str] = []

    def get(role: str, route: Route, url: str) -> int:
        client = clients[role]
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        for sql in writes_in(queries.captured_queries):
            problems.append(f"{role}: GET {url} ({route}) wrote: {sql}")
        if response.status_code >= 500:
            problems.append(f"{role}: GET {url} ({route}) answered {response.status_code}")
        if demo.people[role] is not None and "_auth_user_id" not in client.session:
            problems.append(f"{role}: GET {url} ({route}) logged the person out")
            client.force_login(demo.people[role])
        return response.status_code

    # The admin may see every page: the first candidate the admin finds is the one everybody
    # requests. None found means the arguments do not come from matching rows.
    chosen = []
    for route, candidates in urls:
        for url in candidates:
            if get("admin", route, url) != 404:
                chosen.append((route, url))
                break
        else:
            chosen.append((route, candidates[0]))
            if route.name != "admin:":  # the admin's answer to unknown addresses
                problems.append(
                    f"admin: GET {candidates} ({route}) not found: fill its arguments from "
                    "matching rows (see ANCHOR_MODELS)"
                )
    for role in clients:
        for route, url in chosen:
            if role != "admin":
                get(role, route, url)
    after = snapshot()

    changed = [
        f"{table}: {before[table][0]} rows before, {after.get(table, (0,))[0]} after, "
        "not the same rows"
        for table in before
        if before[table] != after.get(table)
    ] + [f"{table}: new table" for table in after if table not in before]
    assert not problems and not changed, "\n".join(
        [*problems, *(["Tables GET requests changed:"] if changed else []), *changed]
    )
