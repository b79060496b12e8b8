"""Reads for the privacy pages: a person's data, a visitor's data in one network, the notice.

Every function runs a fixed number of queries, whatever the amount of data (pinned in
tests/privacy/test_selectors.py).
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from axes.models import AccessAttempt, AccessLog
from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.db.models import Model, Q, QuerySet
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from netzwerkstatt.accounts.models import Invitation, User
from netzwerkstatt.api.models import ApiToken
from netzwerkstatt.audit.models import AuditEntry
from netzwerkstatt.circulars.models import Circular, CircularDelivery, MailPreference
from netzwerkstatt.core.address_hashes import RETENTION as ADDRESS_HASH_RETENTION
from netzwerkstatt.events.models import (
    CalendarToken,
    Event,
    EventReport,
    EventTask,
    Registration,
    TaskClaim,
)
from netzwerkstatt.meetings.models import ActionItem, AgendaItem, Attendance, Meeting, Rsvp
from netzwerkstatt.networks.models import (
    JoinRequest,
    MembershipStatus,
    Network,
    Organisation,
    Staff,
    StaffRequest,
)
from netzwerkstatt.news.models import Comment, Post, Update
from netzwerkstatt.offers.models import HelpOffer, Need
from netzwerkstatt.privacy.registry import REGISTRY, PersonalData
from netzwerkstatt.synergy.models import CitywideCoordinator


@dataclass
class Table:
    """Rows of one kind: `rows` for the JSON file, `labelled` for the page."""

    key: str
    title: Promise
    rows: list[dict[str, Any]]
    labelled: list[list[tuple[Any, Any]]] = field(default_factory=list)


@dataclass
class Section:
    entry: PersonalData
    tables: list[Table]

    @property
    def is_empty(self) -> bool:
        return not any(table.rows for table in self.tables)


def _table(key: str, title: Promise, queryset: QuerySet, columns: list[tuple[str, Any]]) -> Table:
    """One query: the given lookups of each row, with choice codes also shown by their label."""
    model = queryset.model
    lookups = [lookup for lookup, _label in columns]
    rows = list(queryset.values(*lookups))
    choices: dict[str, dict] = {}
    for lookup in lookups:
        if "__" not in lookup:
            model_field = model._meta.get_field(lookup)
            if model_field.choices:
                choices[lookup] = dict(model_field.flatchoices)
    labelled = [
        [
            (
                label,
                choices[lookup].get(row[lookup], row[lookup]) if lookup in choices else row[lookup],
            )
            for lookup, label in columns
        ]
        for row in rows
    ]
    return Table(key=key, title=title, rows=rows, labelled=labelled)


def _by_person(model: type[Model], user_field: str, user: User) -> QuerySet:
    return model.objects.filter(**{user_field: user}).order_by("pk")


def _recorded_changes(user: User, entry: PersonalData) -> list[Table]:
    """Per model, the rows that name the person as having acted: one query per model."""
    tables = []
    for label, fields in entry.fields.items():
        model = _model(label)
        condition = Q()
        for name in fields:
            condition |= Q(**{name: user})
        rows = list(model.objects.filter(condition).order_by("pk").values("pk", *fields))
        labelled = [
            [(_("number"), row["pk"])]
            + [
                (model._meta.get_field(name).verbose_name, _("you") if row[name] == user.pk else "")
                for name in fields
            ]
            for row in rows
        ]
        for row in rows:
            for name in fields:
                row[name] = row[name] == user.pk
        tables.append(
            Table(
                key=label,
                title=model._meta.verbose_name_plural,
                rows=rows,
                labelled=labelled,
            )
        )
    return tables


def _model(label: str) -> type[Model]:
    from django.apps import apps

    return apps.get_model(label)


def personal_data_of(user: User) -> list[Section]:
    """Everything the platform keeps about a person, in the registry's order and sections."""
    email = user.email
    comments = Comment.objects.filter(Q(user=user) | Q(author_email__iexact=email)).order_by("pk")
    registrations = Registration.objects.filter(Q(user=user) | Q(email__iexact=email)).order_by(
        "pk"
    )
    join_requests = JoinRequest.objects.filter(
        Q(contact_user=user) | Q(email__iexact=email)
    ).order_by("pk")
    login_filter = Q(username__iexact=email)
    tables: dict[str, list[Table]] = {
        "account": [
            _table(
                "account",
                _("Account"),
                User.objects.filter(pk=user.pk),
                [
                    ("display_name", _("name")),
                    ("email", _("e-mail address")),
                    ("date_joined", _("registered")),
                    ("last_login", _("last login")),
                    ("is_active", _("active")),
                ],
            )
        ],
        "staff_positions": [
            _table(
                "staff_positions",
                _("Staff positions"),
                _by_person(Staff, "user", user),
                [("organisation__name", _("organisation")), ("job_title", _("job title"))],
            )
        ],
        "invitations": [
            _table(
                "invitations",
                _("Invitations"),
                _by_person(Invitation, "user", user),
                [
                    ("created_at", _("sent")),
                    ("created_by__display_name", _("sent by")),
                    ("organisation__name", _("organisation")),
                    ("network__name", _("network")),
                    ("expires_at", _("valid until")),
                    ("used_at", _("used")),
                ],
            )
        ],
        "staff_requests": [
            _table(
                "staff_requests",
                _("Requests to work for an organisation"),
                _by_person(StaffRequest, "user", user),
                [
                    ("organisation__name", _("organisation")),
                    ("name", _("name")),
                    ("job_title", _("job title")),
                    ("created_at", _("sent")),
                    ("created_by__display_name", _("sent by")),
                    ("status", _("status")),
                    ("decided_at", _("answered")),
                ],
            )
        ],
        "audit_log": [
            _table(
                "audit_log",
                _("Your entries in the log of rights and changes"),
                _by_person(AuditEntry, "actor", user),
                [
                    ("created_at", _("when")),
                    ("action", _("action")),
                    ("organisation__name", _("organisation")),
                    ("network__name", _("network")),
                    ("object_label", _("object")),
                ],
            )
        ],
        "calendar_feed": [
            _table(
                "calendar_feed",
                _("Personal calendar feed"),
                _by_person(CalendarToken, "user", user),
                [("created_at", _("created"))],
            )
        ],
        "mail": [
            _table(
                "mail_settings",
                _("E-mail settings"),
                _by_person(MailPreference, "user", user),
                [
                    ("digest", _("digest")),
                    ("circulars", _("receive circulars")),
                    ("language", _("language of the digest")),
                    ("updated_at", _("last changed")),
                ],
            ),
            _table(
                "circular_deliveries",
                _("Circulars sent to you"),
                CircularDelivery.objects.filter(Q(user=user) | Q(email__iexact=email)).order_by(
                    "pk"
                ),
                [
                    ("circular__network__name", _("network")),
                    ("circular__subject", _("subject")),
                    ("email", _("e-mail address")),
                    ("state", _("state")),
                    ("sent_at", _("sent")),
                    ("error", _("error")),
                ],
            ),
            _table(
                "circulars_written",
                _("Circulars you wrote"),
                _by_person(Circular, "author", user),
                [
                    ("network__name", _("network")),
                    ("subject", _("subject")),
                    ("reply_to", _("replies to")),
                    ("created_at", _("written")),
                ],
            ),
        ],
        "citywide_role": [
            _table(
                "citywide_role",
                _("City-wide coordination"),
                _by_person(CitywideCoordinator, "user", user),
                [("granted_at", _("granted")), ("note", _("note"))],
            ),
            _table(
                "citywide_roles_granted",
                _("City-wide coordination roles you granted"),
                _by_person(CitywideCoordinator, "granted_by", user),
                [("user__email", _("person")), ("granted_at", _("granted"))],
            ),
        ],
        "api_tokens": [
            _table(
                "api_tokens",
                _("Access tokens"),
                _by_person(ApiToken, "user", user),
                [
                    ("name", _("name")),
                    ("prefix", _("beginning of the key")),
                    ("created_at", _("created")),
                    ("last_used_at", _("last used")),
                    ("expires_at", _("valid until")),
                    ("revoked_at", _("revoked")),
                ],
            )
        ],
        "two_factor": [
            _table(
                "two_factor_apps",
                _("Authenticator apps"),
                _by_person(TOTPDevice, "user", user),
                [("name", _("name")), ("confirmed", _("confirmed")), ("created_at", _("created"))],
            ),
            _table(
                "two_factor_backup_codes",
                _("Backup codes"),
                _by_person(StaticDevice, "user", user),
                [("name", _("name")), ("confirmed", _("confirmed")), ("created_at", _("created"))],
            ),
        ],
        "login_records": [
            _table(
                "login_attempts",
                _("Failed login attempts"),
                AccessAttempt.objects.filter(login_filter).order_by("pk"),
                [
                    ("attempt_time", _("time")),
                    ("ip_address", _("internet address")),
                    ("user_agent", _("browser")),
                    ("failures_since_start", _("failed attempts")),
                ],
            ),
            _table(
                "logins",
                _("Logins"),
                AccessLog.objects.filter(login_filter).order_by("pk"),
                [
                    ("attempt_time", _("time")),
                    ("logout_time", _("logged out")),
                    ("ip_address", _("internet address")),
                    ("user_agent", _("browser")),
                ],
            ),
        ],
        "admin_log": [
            _table(
                "admin_log",
                _("Changes in the administration area"),
                _by_person(LogEntry, "user", user),
                [("action_time", _("time")), ("object_repr", _("entry"))],
            )
        ],
        "comments": [
            _table(
                "comments",
                _("Comments"),
                comments,
                [
                    ("created_at", _("written")),
                    ("post__title", _("news post")),
                    ("author_name", _("name")),
                    ("author_email", _("e-mail address")),
                    ("author_homepage", _("homepage")),
                    ("body", _("comment")),
                    ("status", _("status")),
                ],
            )
        ],
        "join_requests": [
            _table(
                "join_requests",
                _("Join requests"),
                join_requests,
                [
                    ("created_at", _("received")),
                    ("network__name", _("network")),
                    ("organisation_name", _("name of the organisation")),
                    ("contact_name", _("contact person")),
                    ("email", _("e-mail address")),
                    ("message", _("message")),
                    ("consent_at", _("consent to the privacy notice")),
                    ("status", _("status")),
                    ("decided_at", _("decided")),
                ],
            )
        ],
        "registrations": [
            _table(
                "registrations",
                _("Event registrations"),
                registrations,
                [
                    ("created_at", _("registered")),
                    ("event__title", _("event")),
                    ("name", _("name")),
                    ("email", _("e-mail address")),
                    ("people", _("number of people")),
                    ("status", _("status")),
                    ("cancelled_at", _("cancelled")),
                ],
            )
        ],
        "meetings": [
            _table(
                "meeting_answers",
                _("Answers to meeting invitations"),
                _by_person(Rsvp, "user", user),
                [
                    ("meeting__title", _("meeting")),
                    ("meeting__starts_at", _("starts")),
                    ("answer", _("answer")),
                    ("note", _("note")),
                ],
            ),
            _table(
                "meeting_attendance",
                _("Meetings attended"),
                _by_person(Attendance, "user", user),
                [("meeting__title", _("meeting")), ("meeting__starts_at", _("starts"))],
            ),
            _table(
                "agenda_items",
                _("Agenda items proposed"),
                _by_person(AgendaItem, "proposed_by", user),
                [("meeting__title", _("meeting")), ("title", _("title"))],
            ),
            _table(
                "action_items",
                _("Action items"),
                _by_person(ActionItem, "owner_user", user),
                [
                    ("meeting__title", _("meeting")),
                    ("title", _("what")),
                    ("due_date", _("due")),
                    ("closed_at", _("done on")),
                ],
            ),
            _table(
                "minutes_taken",
                _("Minutes taken"),
                _by_person(Meeting, "minute_taker", user),
                [("title", _("meeting")), ("starts_at", _("starts"))],
            ),
        ],
        "contributions": [
            _table(
                "updates",
                _("Updates"),
                _by_person(Update, "created_by", user),
                [
                    ("published_at", _("published")),
                    ("organisation__name", _("organisation")),
                    ("title", _("title")),
                    ("body", _("text")),
                ],
            ),
            _table(
                "news_posts",
                _("News posts"),
                _by_person(Post, "created_by", user),
                [
                    ("created_at", _("created")),
                    ("network__name", _("network")),
                    ("title", _("title")),
                ],
            ),
            _table(
                "events",
                _("Events"),
                _by_person(Event, "created_by", user),
                [("organiser__name", _("organiser")), ("title", _("title"))],
            ),
            _table(
                "event_tasks",
                _("Tasks for events"),
                _by_person(EventTask, "created_by", user),
                [("event__title", _("event")), ("description", _("task"))],
            ),
            _table(
                "task_claims",
                _("Tasks you claimed"),
                _by_person(TaskClaim, "user", user),
                [
                    ("task__event__title", _("event")),
                    ("task__description", _("task")),
                    ("quantity", _("how many")),
                ],
            ),
            _table(
                "event_reports",
                _("Event reports"),
                _by_person(EventReport, "written_by", user),
                [("event__title", _("event")), ("what_worked", _("what worked"))],
            ),
            _table(
                "needs",
                _("Needs"),
                _by_person(Need, "created_by", user),
                [("network__name", _("network")), ("title", _("title"))],
            ),
        ],
    }
    sections = []
    for entry in REGISTRY:
        if not entry.exported:
            continue
        if entry.key == "changes":
            sections.append(Section(entry, _recorded_changes(user, entry)))
        else:
            sections.append(Section(entry, tables[entry.key]))
    return sections


def export_document(user: User, sections: list[Section]) -> dict[str, Any]:
    """The machine-readable export: one key per kind of data, one list of rows per table."""
    return {
        "site": settings.SITE_NAME,
        "exported_at": timezone.now(),
        "person": user.email,
        "data": {
            section.entry.key: {table.key: table.rows for table in section.tables}
            for section in sections
        },
    }


@dataclass
class LastEditorLoss:
    organisation: Organisation
    networks: list[Network]


def organisations_losing_last_editor(user: User) -> list[LastEditorLoss]:
    """Member organisations in which the person is the last colleague who can log in.

    Two queries. After the person leaves, such an organisation has no staff who can log in; its
    networks' coordinators are told (see services.delete_account).
    """
    own = list(
        Organisation.objects.filter(staff__user=user, memberships__status=MembershipStatus.MEMBER)
        .distinct()
        .order_by("name")
        .prefetch_related("memberships__network")
    )
    others = set(
        Staff.objects.filter(organisation__in=own, user__is_active=True)
        .exclude(user=user)
        .exclude(user__password__startswith=UNUSABLE_PASSWORD_PREFIX)
        .exclude(user__password="")
        .values_list("organisation_id", flat=True)
    )
    return [
        LastEditorLoss(
            organisation=organisation,
            networks=[
                membership.network
                for membership in organisation.memberships.all()
                if membership.status == MembershipStatus.MEMBER
            ],
        )
        for organisation in own
        if organisation.pk not in others
    ]


@dataclass
class VisitorData:
    """What one network keeps under one e-mail address of a visitor."""

    email: str
    comments: list[Comment]
    registrations: list[Registration]
    join_requests: list[JoinRequest]
    help_offers: list[HelpOffer]

    @property
    def is_empty(self) -> bool:
        return not (self.comments or self.registrations or self.join_requests or self.help_offers)


def visitor_data_in(network: Network, *, email: str) -> VisitorData:
    """Visitors' comments on the network's posts, registrations for its events, join requests
    to it and offers of help for its needs, under this address; nothing outside the network.
    Four queries."""
    return VisitorData(
        email=email,
        comments=list(
            Comment.objects.filter(
                post__network=network, user__isnull=True, author_email__iexact=email
            )
            .select_related("post__network")
            .order_by("created_at", "pk")
        ),
        registrations=list(
            Registration.objects.filter(
                event__network=network, user__isnull=True, email__iexact=email
            )
            .select_related("event__network")
            .order_by("created_at", "pk")
        ),
        join_requests=list(
            JoinRequest.objects.filter(network=network, email__iexact=email).order_by(
                "created_at", "pk"
            )
        ),
        help_offers=list(
            HelpOffer.objects.filter(need__network=network, email__iexact=email)
            .select_related("need")
            .order_by("created_at", "pk")
        ),
    )


@dataclass
class NoticeEntry:
    key: str
    title: str
    what: str
    why: str
    kept: str


def privacy_notice() -> list[NoticeEntry]:
    """The registry as the notice shows it, with the configured periods filled in."""
    periods = {
        "retention_days": settings.PERSONAL_DATA_RETENTION_DAYS,
        "hash_days": ADDRESS_HASH_RETENTION.days,
    }
    return [
        NoticeEntry(
            key=entry.key,
            title=str(entry.title),
            what=str(entry.what),
            why=str(entry.why),
            kept=str(entry.kept) % periods,
        )
        for entry in REGISTRY
    ]


def retention_cutoff(now: datetime | None = None) -> datetime:
    return (now or timezone.now()) - timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS)
