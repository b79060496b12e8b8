"""Meetings, series, agendas, minutes and action items of network A."""

import datetime

from django.urls import reverse
from django.utils import timezone

from netzwerkstatt.meetings import recurrence
from netzwerkstatt.meetings.models import (
    ActionItem,
    AgendaItem,
    Decision,
    Meeting,
    MeetingSeries,
    Rsvp,
    SeriesException,
)
from tests.permission_matrix.helpers import form_data
from tests.permission_matrix.matrix import COORDINATORS, MEMBERS_OF_A, Case, GetOnly


def _days(days: int) -> str:
    return (timezone.localdate() + datetime.timedelta(days=days)).isoformat()


def _second_series_date(world) -> str:
    """A date the series really meets on (its rule decides, not the calendar the tests run on)."""
    series = world.series
    dates = recurrence.local_occurrences(
        series.rrule, start_date=series.start_date, start_time=series.start_time, limit=2
    )
    return dates[-1].date().isoformat()


def _meeting(name, key="meeting", *extra):
    return lambda w: reverse(f"meetings:{name}", args=[w.net_a.slug, getattr(w, key).pk, *extra])


def _decision(name):
    return lambda w: reverse(
        f"meetings:{name}", args=[w.net_a.slug, w.past_meeting.pk, w.decision.pk]
    )


def _series(name):
    return lambda w: reverse(f"meetings:{name}", args=[w.net_a.slug, w.series.pk])


def _fetch(model, pk):
    return model.objects.get(pk=pk)


def _page_data(url, changes):
    return lambda w, actor: form_data(url(w), as_user=w.user("admin"), changes=changes(w))


CASES = [
    Case(
        "meetings:add",
        lambda w: reverse("meetings:add", args=[w.net_a.slug]),
        allowed=COORDINATORS,
        data=lambda w, actor: {
            "title": "Sondertreffen",
            "date": _days(20),
            "start_time": "16:00",
            "end_time": "18:00",
            "location": "Stadtteilbüro",
            "online_url": "",
        },
        effect=lambda ctx: Meeting.objects.filter(
            network=ctx.world.net_a, title="Sondertreffen"
        ).exists(),
    ),
    Case(
        "meetings:series_add",
        lambda w: reverse("meetings:series_add", args=[w.net_a.slug]),
        allowed=COORDINATORS,
        data=lambda w, actor: {
            "title": "Wochentreffen",
            "frequency": "weekly",
            "nth": "2",
            "weekday": "1",
            "interval": "1",
            "start_date": _days(5),
            "start_time": "16:00",
            "end_time": "18:00",
            "count": "3",
            "places": "Stadtteilbüro",
            "online_url": "",
            "invitation_days_ahead": "7",
        },
        effect=lambda ctx: MeetingSeries.objects.filter(
            network=ctx.world.net_a, title="Wochentreffen"
        ).exists(),
    ),
    Case(
        "meetings:series_edit",
        _series("series_edit"),
        allowed=COORDINATORS,
        data=_page_data(_series("series_edit"), lambda w: {"title": "Umbenannte Reihe"}),
        effect=lambda ctx: _fetch(MeetingSeries, ctx.world.series.pk).title == "Umbenannte Reihe",
    ),
    Case(
        "meetings:series_exception",
        _series("series_exception"),
        allowed=COORDINATORS,
        data=lambda w, actor: {"date": _second_series_date(w), "reason": "Ferien"},
        effect=lambda ctx: SeriesException.objects.filter(series=ctx.world.series).exists(),
    ),
    Case(
        "meetings:rsvp",
        _meeting("rsvp"),
        # Staff of member organisations answer for themselves.
        allowed=MEMBERS_OF_A,
        data=lambda w, actor: {"answer": "yes", "note": ""},
        effect=lambda ctx: Rsvp.objects.filter(
            meeting=ctx.world.meeting, user=ctx.user, answer="yes"
        ).exists(),
    ),
    Case(
        "meetings:propose",
        _meeting("propose"),
        allowed=MEMBERS_OF_A,
        data=lambda w, actor: {
            "title": "Vorschlag Sommerfest",
            "description": "",
            "minutes_needed": "10",
            "need": "",
            "offer": "",
        },
        effect=lambda ctx: AgendaItem.objects.filter(title="Vorschlag Sommerfest").exists(),
    ),
    Case(
        "meetings:edit",
        _meeting("edit"),
        allowed=COORDINATORS,
        data=_page_data(_meeting("edit"), lambda w: {"title": "Geändertes Treffen"}),
        effect=lambda ctx: _fetch(Meeting, ctx.world.meeting.pk).title == "Geändertes Treffen",
    ),
    Case(
        "meetings:cancel",
        _meeting("cancel"),
        allowed=COORDINATORS,
        data=lambda w, actor: {"reason": "Krankheit"},
        effect=lambda ctx: _fetch(Meeting, ctx.world.meeting.pk).is_cancelled,
    ),
    Case(
        "meetings:agenda",
        _meeting("agenda"),
        allowed=COORDINATORS,
        data=lambda w, actor: {
            "punkte-TOTAL_FORMS": "1",
            "punkte-INITIAL_FORMS": "1",
            "punkte-0-id": str(w.agenda_item.pk),
            "punkte-0-status": "accepted",
            "punkte-0-position": "1",
            "punkte-0-minutes_needed": "33",
        },
        effect=lambda ctx: _fetch(AgendaItem, ctx.world.agenda_item.pk).minutes_needed == 33,
    ),
    Case(
        "meetings:agenda_publish",
        _meeting("agenda_publish"),
        allowed=COORDINATORS,
        effect=lambda ctx: _fetch(Meeting, ctx.world.meeting.pk).agenda_published_at is not None,
    ),
    Case(
        "meetings:minutes_edit",
        _meeting("minutes_edit", "past_meeting"),
        allowed=COORDINATORS,
        data=lambda w, actor: {
            "public_summary": "Gutes Treffen.",
            "punkte-TOTAL_FORMS": "1",
            "punkte-INITIAL_FORMS": "1",
            "punkte-0-id": str(w.past_agenda_item.pk),
            "punkte-0-notes": "Notiz",
            "beschluesse-TOTAL_FORMS": "0",
            "beschluesse-INITIAL_FORMS": "0",
            "aufgaben-TOTAL_FORMS": "0",
            "aufgaben-INITIAL_FORMS": "0",
        },
        effect=lambda ctx: _fetch(AgendaItem, ctx.world.past_agenda_item.pk).notes == "Notiz",
    ),
    Case(
        "meetings:minutes_publish",
        _meeting("minutes_publish", "past_meeting"),
        allowed=COORDINATORS,
        effect=lambda ctx: (
            _fetch(Meeting, ctx.world.past_meeting.pk).minutes_published_at is not None
        ),
    ),
    Case(
        "meetings:action_edit",
        lambda w: reverse(
            "meetings:action_edit", args=[w.net_a.slug, w.past_meeting.pk, w.action_item.pk]
        ),
        allowed=COORDINATORS,
        data=lambda w, actor: form_data(
            reverse(
                "meetings:action_edit", args=[w.net_a.slug, w.past_meeting.pk, w.action_item.pk]
            ),
            as_user=w.user("admin"),
            changes={"title": "Plakate drucken"},
        ),
        effect=lambda ctx: _fetch(ActionItem, ctx.world.action_item.pk).title == "Plakate drucken",
    ),
    Case(
        "meetings:minutes_edit",
        _meeting("minutes_edit", "past_meeting"),
        variant="decision",
        allowed=COORDINATORS,
        data=lambda w, actor: {
            "public_summary": "",
            "general_notes": "Allgemeines",
            "punkte-TOTAL_FORMS": "0",
            "punkte-INITIAL_FORMS": "0",
            "beschluesse-TOTAL_FORMS": "1",
            "beschluesse-INITIAL_FORMS": "0",
            "beschluesse-0-text": "Wir laden die Presse ein.",
            "beschluesse-0-tags": "Öffentlichkeitsarbeit",
            "aufgaben-TOTAL_FORMS": "0",
            "aufgaben-INITIAL_FORMS": "0",
        },
        effect=lambda ctx: Decision.objects.filter(
            meeting=ctx.world.past_meeting, text="Wir laden die Presse ein."
        ).exists(),
    ),
    Case(
        "meetings:decision_edit",
        _decision("decision_edit"),
        # Whoever records the minutes while they are a draft; the matrix's meeting has no
        # minute-taker.
        allowed=COORDINATORS,
        data=_page_data(_decision("decision_edit"), lambda w: {"text": "Wir feiern mit."}),
        effect=lambda ctx: _fetch(Decision, ctx.world.decision.pk).text == "Wir feiern mit.",
    ),
    Case(
        "meetings:decision_withdraw",
        _decision("decision_withdraw"),
        allowed=COORDINATORS,
        data=lambda w, actor: {"reason": "Das Fest fällt aus."},
        effect=lambda ctx: _fetch(Decision, ctx.world.decision.pk).withdrawn_at is not None,
    ),
    Case(
        "meetings:action_close",
        lambda w: reverse("meetings:action_close", args=[w.action_item.pk]),
        # Staff of the responsible organisation, the network's coordinators, the admin.
        allowed=frozenset({"owner", "coordinator", "admin"}),
        effect=lambda ctx: _fetch(ActionItem, ctx.world.action_item.pk).closed_at is not None,
    ),
]

GET_ONLY = [
    GetOnly("meetings:list", lambda w: reverse("meetings:list", args=[w.net_a.slug])),
    GetOnly("meetings:feed", lambda w: reverse("meetings:feed", args=[w.net_a.slug])),
    GetOnly("meetings:detail", _meeting("detail")),
    GetOnly("meetings:minutes", _meeting("minutes", "past_meeting")),
    GetOnly("meetings:summary", _meeting("summary", "past_meeting")),
    GetOnly("meetings:minutes_md", _meeting("minutes_md", "past_meeting")),
    GetOnly("meetings:minutes_html", _meeting("minutes_html", "past_meeting")),
    GetOnly("meetings:ics", _meeting("ics")),
    GetOnly("meetings:my_tasks", lambda w: reverse("meetings:my_tasks")),
    GetOnly("meetings:decisions", lambda w: reverse("meetings:decisions", args=[w.net_a.slug])),
    GetOnly(
        "meetings:public_decisions",
        lambda w: reverse("meetings:public_decisions", args=[w.net_a.slug]),
    ),
]
