"""Meetings of the demo network: a monthly series, a past meeting with minutes, the next one.

The series is the network's real rhythm (every 2nd Tuesday, 16:00–18:00, places in turn).
Its most recent past meeting has published minutes with decisions and action items, one of
them overdue; the next meeting has proposals and answers. Rows are found by natural keys,
so loading again changes nothing.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from netzwerkstatt.accounts.models import User
from netzwerkstatt.meetings import services
from netzwerkstatt.meetings.models import (
    ActionItem,
    AgendaItem,
    AgendaItemStatus,
    Meeting,
    MeetingSeries,
    RsvpAnswer,
)
from netzwerkstatt.meetings.selectors import member_organisation_of
from netzwerkstatt.networks.models import Network, Organisation

SERIES_TITLE = "SIS-Netzwerktreffen"
SERIES_PLACES = "WiQ-Stadtteilbüro, Gorkistraße 120\nInternationale Frauen e.V., Ossietzkystraße 10"
COORDINATOR = "koordination@wiq.example.org"

PAST_ITEMS = [
    {
        "title": "Ideencafé bei Marianne: Auswertung",
        "by": "redaktion@frauen.example.org",
        "notes": "Rund 30 Gäste, viele Familien aus der Nachbarschaft. Gewünscht: mehr "
        "Angebote in den Ferien und ein Treffpunkt für Jugendliche am Abend.",
        # (text, keywords, public)
        "decisions": [
            ("Die Wünsche werden als Bedarfe im Netzwerk erfasst.", ["Bedarfe"], False),
            (
                "Das nächste Ideencafé findet im Frühjahr statt.",
                ["Ideencafé", "Öffentlichkeitsarbeit"],
                True,
            ),
        ],
        "actions": [
            ("Bedarfe aus dem Ideencafé eintragen", "wiq", COORDINATOR, 14),
            (
                "Raum für das nächste Ideencafé anfragen",
                "internationale-frauen",
                "redaktion@frauen.example.org",
                -7,
            ),
        ],
    },
    {
        "title": "PARK(ing) Day: erste Ideen",
        "by": "redaktion@cvjm.example.net",
        "notes": "CVJM, Kulturkutsche WILMA und Kinderbüro möchten mitmachen.",
        "decisions": [
            (
                "Wir beteiligen uns am PARK(ing) Day mit einer gemeinsamen Fläche.",
                ["PARK(ing) Day", "Öffentlichkeitsarbeit"],
                True,
            )
        ],
        "actions": [
            ("Genehmigung beim Ordnungsamt erfragen", "cvjm", "redaktion@cvjm.example.net", 21),
        ],
    },
]
NEXT_ITEMS = [
    ("Hausaufgabenhilfe am Dienstag: Angebote abstimmen", "redaktion@raa.example.org", 20),
    ("Vorstellung: Sozialberatung der Poliklinik", "redaktion@poliklinik.example.net", 10),
    ("Ferienangebote für Jugendliche im Sommer", "redaktion@malteser.example.org", 15),
]
NEXT_RSVPS = [
    (COORDINATOR, RsvpAnswer.YES, ""),
    ("redaktion@frauen.example.org", RsvpAnswer.YES, ""),
    ("redaktion@cvjm.example.net", RsvpAnswer.MAYBE, "Ich komme eventuell später."),
    ("redaktion@poliklinik.example.net", RsvpAnswer.NO, "Leider Teamsitzung."),
]


def _first_second_tuesday(day: datetime.date) -> datetime.date:
    """The 2nd Tuesday of the month three months before `day`'s month."""
    month = (day.month - 4) % 12 + 1
    year = day.year - (1 if day.month <= 3 else 0)
    first = datetime.date(year, month, 1)
    return first + datetime.timedelta(days=(1 - first.weekday()) % 7 + 7)


def load_demo_meetings(network: Network) -> int:
    """Load the demo meetings of `network`; returns the number of new rows."""
    users = {user.email: user for user in User.objects.filter(email__contains="example")}
    organisations = {org.slug: org for org in Organisation.objects.all()}
    coordinator = users[COORDINATOR]
    with transaction.atomic():
        series = MeetingSeries.objects.filter(network=network, title=SERIES_TITLE).first()
        created = 0
        if series is None:
            series = MeetingSeries.objects.create(
                network=network,
                title=SERIES_TITLE,
                rrule="FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU",
                start_date=_first_second_tuesday(timezone.localdate()),
                start_time=datetime.time(16, 0),
                duration_minutes=120,
                places=SERIES_PLACES,
                invitation_days_ahead=7,
                created_by=coordinator,
            )
            created += 1
        created += len(services.extend_series(series))
        now = timezone.now()
        past = series.meetings.filter(is_cancelled=False, starts_at__lt=now).last()
        upcoming = series.meetings.filter(is_cancelled=False, starts_at__gt=now).first()
        if past is not None:
            created += _load_past(past, users, organisations, coordinator)
        if upcoming is not None:
            created += _load_next(upcoming, users, coordinator)
    return created


def _load_past(meeting: Meeting, users, organisations, coordinator: User) -> int:
    created = 0
    items = []
    for position, spec in enumerate(PAST_ITEMS, start=1):
        item, is_new = AgendaItem.objects.update_or_create(
            meeting=meeting,
            title=spec["title"],
            defaults={
                "status": AgendaItemStatus.ACCEPTED,
                "position": position,
                "proposed_by": users[spec["by"]],
                "organisation": member_organisation_of(users[spec["by"]], meeting.network),
            },
        )
        created += is_new
        items.append(item)
    today = timezone.localdate()
    recorded = set(meeting.action_items.values_list("title", flat=True))
    actions = [
        {
            "agenda_item": item,
            "title": title,
            "owner_organisation": organisations[org],
            "owner_user": users[email],
            "due_date": today + datetime.timedelta(days=max(days, 0)),
        }
        for spec, item in zip(PAST_ITEMS, items, strict=True)
        for title, org, email, days in spec["actions"]
        if title not in recorded
    ]
    decided = set(meeting.decisions.values_list("text", flat=True))
    decisions = [
        {"text": text, "agenda_item": item, "tags": tags, "is_public": public}
        for spec, item in zip(PAST_ITEMS, items, strict=True)
        for text, tags, public in spec["decisions"]
        if text not in decided
    ]
    present = [users[email] for email, answer, _note in NEXT_RSVPS if answer == RsvpAnswer.YES]
    services.save_minutes(
        meeting,
        attendees=present + [users["redaktion@cvjm.example.net"]],
        items=[
            {"id": item.pk, "notes": spec["notes"]}
            for spec, item in zip(PAST_ITEMS, items, strict=True)
        ],
        actions=actions,
        decisions=decisions,
        public_summary="Das Netzwerk hat das Ideencafé ausgewertet und plant die Teilnahme "
        "am PARK(ing) Day.",
        by=coordinator,
    )
    created += len(actions) + len(decisions)
    # The demo needs an overdue item; minutes refuse due dates in the past, so the date of the
    # one the demo marks as late (negative days) is set afterwards.
    for spec in PAST_ITEMS:
        for title, _org, _email, days in spec["actions"]:
            if days < 0:
                ActionItem.objects.filter(meeting=meeting, title=title).update(
                    due_date=today + datetime.timedelta(days=days), closed_at=None
                )
    if not meeting.minutes_published:
        services.publish_minutes(meeting, by=coordinator, notify=False)
    return created


def _load_next(meeting: Meeting, users, coordinator: User) -> int:
    created = 0
    titles = set(meeting.agenda_items.values_list("title", flat=True))
    for title, email, minutes in NEXT_ITEMS:
        if title not in titles:
            services.propose_agenda_item(
                network=meeting.network,
                proposed_by=users[email],
                title=title,
                minutes_needed=minutes,
                meeting=meeting,
            )
            created += 1
    first = meeting.agenda_items.order_by("position").first()
    if first is not None and first.status == AgendaItemStatus.PROPOSED:
        services.update_agenda(
            meeting,
            items=[
                {
                    "id": first.pk,
                    "status": AgendaItemStatus.ACCEPTED,
                    "position": 1,
                    "minutes_needed": first.minutes_needed,
                }
            ],
            by=coordinator,
        )
    for email, answer, note in NEXT_RSVPS:
        services.respond_to_meeting(meeting, user=users[email], answer=answer, note=note)
    return created
