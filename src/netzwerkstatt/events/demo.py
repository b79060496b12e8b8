"""Demo events of the SIS network, written through the events services, idempotently.

Dates are computed from today, so the demo always shows upcoming events: the Ideencafé in
two weeks, a members' workshop next month, and PARK(ing) Day on the third Friday of the next
September that is still ahead.
"""

import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone

from netzwerkstatt.accounts.models import User
from netzwerkstatt.core.models import Language, TargetGroup
from netzwerkstatt.events import services
from netzwerkstatt.events.models import Event, EventCoOrganiser, EventTask, TaskClaim, Visibility
from netzwerkstatt.networks.models import Network, Organisation

PARKING_DAY_TITLE = "PARK(ing) Day an der Volbedingstraße"


def _at(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def _next_weekday(start: datetime.date, weekday: int) -> datetime.date:
    return start + datetime.timedelta(days=(weekday - start.weekday()) % 7)


def parking_day_date(today: datetime.date) -> datetime.date:
    """The third Friday of the next September that has not passed yet."""
    for year in (today.year, today.year + 1):
        third_friday = _next_weekday(datetime.date(year, 9, 1), 4) + datetime.timedelta(days=14)
        if third_friday > today:
            return third_friday
    raise AssertionError("unreachable")


def _specs(today: datetime.date) -> list[dict[str, Any]]:
    cafe_day = _next_weekday(today + datetime.timedelta(days=14), 3)
    workshop_day = _next_weekday(today + datetime.timedelta(days=35), 1)
    parking_day = parking_day_date(today)
    return [
        {
            "organiser": "wiq",
            "title": "Ideencafé bei Marianne",
            "description": (
                "Bei Kaffee und Kuchen sammeln wir Ideen für Schönefeld: Was fehlt im Viertel, "
                "was wünschen Sie sich, wer macht mit? Die Ergebnisse nehmen wir mit ins "
                "Netzwerktreffen. Kinderbetreuung ist vor Ort."
            ),
            "place_name": "Café bei Marianne",
            "street": "Stöckelplatz 3",
            "postcode": "04347",
            "cost": "kostenlos",
            "accessibility": "Ebenerdiger Zugang, barrierefreie Toilette im Nachbarhaus.",
            "visibility": Visibility.PUBLIC,
            "capacity": 25,
            "target_groups": ["nachbarschaft", "familien", "migrant-innen"],
            "languages": ["de", "ar", "fa"],
            "dates": [(_at(cafe_day, 16), _at(cafe_day, 18))],
            "co_organisers": [("internationale-frauen", "Übersetzung ins Arabische und Farsi")],
            "tasks": [],
            "created_by": "koordination@wiq.example.org",
        },
        {
            "organiser": "malteser",
            "title": "Werkstatt: Fördermittel für gemeinsame Projekte",
            "description": (
                "Welche Fördertöpfe passen zu unseren gemeinsamen Vorhaben? Wir sichten "
                "Programme der Stadt und von Stiftungen und verabreden, wer welchen Antrag "
                "vorbereitet. Nur für Mitgliedsorganisationen."
            ),
            "place_name": "Stadtteilprojekt Gorkistraße 120",
            "street": "Gorkistraße 120",
            "postcode": "04347",
            "cost": "",
            "accessibility": "Aufzug vorhanden.",
            "visibility": Visibility.MEMBERS,
            "capacity": None,
            "target_groups": ["fachkraefte"],
            "languages": ["de"],
            "dates": [(_at(workshop_day, 10), _at(workshop_day, 12, 30))],
            "co_organisers": [],
            "tasks": [],
            "created_by": "redaktion@malteser.example.org",
        },
        {
            "organiser": "kulturkutsche-wilma",
            "title": PARKING_DAY_TITLE,
            "description": (
                "Einen Tag lang werden Parkplätze zu Orten für Menschen: mit Stand, "
                "Kinderaktion, Musik und Pflanzen. Die Mitglieder von SIS teilen die Arbeit "
                "so auf, dass jede Organisation einbringt, was sie gut kann."
            ),
            "place_name": "Parkstreifen vor dem Nachbarschaftsgarten",
            "street": "Volbedingstraße 12",
            "postcode": "04347",
            "cost": "kostenlos",
            "accessibility": "Auf der Straße, ebenerdig; Sitzgelegenheiten vorhanden.",
            "visibility": Visibility.PUBLIC,
            "capacity": None,
            "target_groups": ["nachbarschaft", "kinder", "familien"],
            "languages": ["de", "ar"],
            "dates": [(_at(parking_day, 10), _at(parking_day, 17))],
            "co_organisers": [
                ("cvjm", "Kinderaktion und Spiele"),
                ("internationale-frauen", "Übersetzungen und Kuchenbuffet"),
                ("wiq", ""),
            ],
            # (description, needed, days before the event, [(organisation, quantity)])
            "tasks": [
                ("Stand aufbauen und abbauen", 4, 7, [("cvjm", 2)]),
                ("Tisch mitbringen", 3, 5, [("internationale-frauen", 1)]),
                ("Kinderaktion betreuen", 2, 7, []),
                ("Flyer ins Arabische übersetzen", 1, 21, [("internationale-frauen", 1)]),
            ],
            "created_by": "redaktion@wilma.example.com",
        },
    ]


@transaction.atomic
def load_demo_events(network: Network) -> list[Event]:
    today = timezone.localdate()
    organisations = {org.slug: org for org in Organisation.objects.all()}
    events = []
    for spec in _specs(today):
        organiser = organisations[spec["organiser"]]
        by = User.objects.filter(email=spec["created_by"]).first()
        data = {
            name: spec[name]
            for name in (
                "title",
                "description",
                "place_name",
                "street",
                "postcode",
                "cost",
                "accessibility",
                "visibility",
                "capacity",
            )
        }
        data["target_groups"] = list(TargetGroup.objects.filter(slug__in=spec["target_groups"]))
        data["languages"] = list(Language.objects.filter(slug__in=spec["languages"]))
        dates = [{"starts_at": start, "ends_at": end} for start, end in spec["dates"]]
        co_organisers = [organisations[slug] for slug, _part in spec["co_organisers"]]
        event = Event.objects.filter(network=network, title=spec["title"]).first()
        if event is None:
            event = services.create_event(
                network,
                organiser=organiser,
                data=data,
                dates=dates,
                co_organisers=co_organisers,
                by=by,
                notify=False,
            )
        else:
            event = services.update_event(
                event, data=data, dates=dates, co_organisers=co_organisers, by=by, notify=False
            )
        for slug, part in spec["co_organisers"]:
            if part:
                # Each co-organiser confirms its own part, as on the platform.
                colleague = (
                    User.objects.filter(staff_positions__organisation=organisations[slug])
                    .order_by("pk")
                    .first()
                )
                EventCoOrganiser.objects.filter(
                    event=event, organisation=organisations[slug]
                ).update(part="", confirmed_at=None, confirmed_by=None)
                services.confirm_co_organisation(
                    event, organisation=organisations[slug], part=part, by=colleague
                )
            else:
                EventCoOrganiser.objects.filter(
                    event=event, organisation=organisations[slug]
                ).update(part="", confirmed_at=None, confirmed_by=None)
        parking_day = spec["dates"][0][0].date()
        for description, needed, days_before, claims in spec["tasks"]:
            task = EventTask.objects.filter(event=event, description=description).first()
            deadline = parking_day - datetime.timedelta(days=days_before)
            if task is None:
                task = services.add_task(
                    event, description=description, needed=needed, deadline=deadline, by=by
                )
            else:
                EventTask.objects.filter(pk=task.pk).update(needed=needed, deadline=deadline)
            # Back to the demo state: the claims the demo knows, nothing else.
            TaskClaim.objects.filter(task=task).delete()
            for slug, quantity in claims:
                services.claim_task(
                    task, organisation=organisations[slug], quantity=quantity, by=by
                )
        events.append(event)
    return events
