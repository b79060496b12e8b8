"""Decisions: numbers per network and year, corrections, links, the Beschlüsse page, exports."""

import datetime
import threading

import html5lib
import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.urls import reverse
from markdown_it import MarkdownIt

from netzwerkstatt.audit.models import AuditAction, AuditEntry
from netzwerkstatt.meetings import services
from netzwerkstatt.meetings.models import Decision
from tests.factories import NeedFactory
from tests.meetings.factories import BERLIN, ActionItemFactory, AgendaItemFactory, MeetingFactory


def _decide(meeting, by, text="Wir machen mit.", **data):
    return services.record_decision(meeting, data={"text": text, **data}, by=by)


def _meeting_on(world, day: datetime.date, **fields):
    return MeetingFactory(
        network=world.network,
        starts_at=datetime.datetime.combine(day, datetime.time(16), BERLIN),
        **fields,
    )


# --- numbers ------------------------------------------------------------------------------


def test_numbers_are_sequential_per_network_and_year(world, clock, past_meeting):
    december = _meeting_on(world, datetime.date(2025, 12, 9))
    other = MeetingFactory(network=world.other_network, starts_at=past_meeting.starts_at)
    first = _decide(past_meeting, world.coordinator)
    second = _decide(past_meeting, world.coordinator)
    old = _decide(december, world.coordinator)
    elsewhere = _decide(other, world.coordinator)
    assert [first.reference, second.reference] == ["2026/01", "2026/02"]
    assert old.reference == "2025/01"
    assert elsewhere.reference == "2026/01"


def test_withdrawn_numbers_are_not_reused(world, clock, past_meeting):
    first = _decide(past_meeting, world.coordinator)
    services.withdraw_decision(first, reason="Irrtum", by=world.coordinator)
    assert _decide(past_meeting, world.coordinator).number == 2


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Concurrent decisions need PostgreSQL row locks; set DATABASE_URL=postgres://…",
)
def test_two_coordinators_recording_at_once_get_different_numbers(world, clock, past_meeting):
    """Four services run at the same moment, each in its own connection (thread)."""
    barrier = threading.Barrier(4)
    errors = []

    def record(index):
        try:
            barrier.wait()
            _decide(past_meeting, world.coordinator, text=f"Beschluss {index}")
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=record, args=(index,)) for index in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    numbers = sorted(Decision.objects.values_list("number", flat=True))
    assert numbers == [1, 2, 3, 4]


# --- bad input ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": "   "}, "was beschlossen wurde"),
        ({"text": "x" * 5001}, "5000 Zeichen"),
        ({"text": "Ja", "tags": [f"t{i}" for i in range(9)]}, "höchstens 8 Schlagwörter"),
    ],
)
def test_bad_decisions_are_refused(world, clock, past_meeting, data, message):
    with pytest.raises(ValidationError) as refused:
        services.record_decision(past_meeting, data=data, by=world.coordinator)
    assert message in " ".join(refused.value.messages)
    assert not Decision.objects.exists()


def test_links_only_to_the_own_network(world, clock, past_meeting):
    foreign_need = NeedFactory(network=world.other_network)
    with pytest.raises(ValidationError):
        _decide(past_meeting, world.coordinator, need=foreign_need)
    assert not Decision.objects.exists()


def test_empty_decision_text_in_the_form_saves_nothing(world, clock, past_meeting, as_user):
    url = reverse("meetings:minutes_edit", args=[world.network.slug, past_meeting.pk])
    response = as_user(world.coordinator).post(
        url, _general_minutes(text="", tags="Finanzen", general_notes="Allgemeines")
    )
    assert response.status_code == 200
    assert "Bitte schreiben Sie auf, was beschlossen wurde." in response.content.decode()
    assert not Decision.objects.exists()
    past_meeting.refresh_from_db()
    assert past_meeting.general_notes == ""


# --- minutes without agenda items ---------------------------------------------------------


def _general_minutes(*, text, tags="", general_notes="", public=False):
    data = {
        "public_summary": "",
        "general_notes": general_notes,
        "punkte-TOTAL_FORMS": 0,
        "punkte-INITIAL_FORMS": 0,
        "beschluesse-TOTAL_FORMS": 2,
        "beschluesse-INITIAL_FORMS": 0,
        "beschluesse-0-text": text,
        "beschluesse-0-tags": tags,
        "aufgaben-TOTAL_FORMS": 1,
        "aufgaben-INITIAL_FORMS": 0,
    }
    if public:
        data["beschluesse-0-is_public"] = "on"
    return data


def test_minutes_without_agenda_items_hold_decisions(world, clock, past_meeting, as_user):
    client = as_user(world.coordinator)
    url = reverse("meetings:minutes_edit", args=[world.network.slug, past_meeting.pk])
    form = client.get(url).content.decode()
    assert "Allgemeiner Teil" in form and "Neuer Beschluss 1" in form
    data = _general_minutes(
        text="Wir laden die Presse zum Sommerfest ein.",
        tags="Öffentlichkeitsarbeit, Sommerfest",
        general_notes="Kurze Runde ohne Tagesordnung.",
    )
    response = client.post(url, data, follow=True)
    assert "Das Protokoll wurde gespeichert." in response.content.decode()
    decision = Decision.objects.get()
    assert decision.reference == "2026/01" and decision.agenda_item is None
    assert sorted(tag.name for tag in decision.tags.all()) == [
        "Sommerfest",
        "Öffentlichkeitsarbeit",
    ]
    page = response.content.decode()
    assert "Beschluss 2026/01" in page and "Kurze Runde ohne Tagesordnung." in page


# --- corrections --------------------------------------------------------------------------


def test_correction_after_publication_needs_a_reason_and_is_logged(world, clock, past_meeting):
    decision = _decide(past_meeting, world.coordinator, text="Wir drucken 500 Flyer.")
    services.update_decision(
        decision, data={"text": "Wir drucken 400 Flyer."}, by=world.coordinator
    )
    assert not AuditEntry.objects.exists()  # a draft is corrected freely
    services.publish_minutes(past_meeting, by=world.coordinator, notify=False)
    with pytest.raises(ValidationError):
        services.update_decision(
            decision, data={"text": "Wir drucken 300 Flyer."}, by=world.coordinator
        )
    decision.refresh_from_db()
    assert decision.text == "Wir drucken 400 Flyer."
    services.update_decision(
        decision, data={"text": "Wir drucken 300 Flyer."}, note="Tippfehler", by=world.coordinator
    )
    entry = AuditEntry.objects.get()
    assert entry.action == AuditAction.DECISION_CORRECTED and entry.network == world.network
    assert entry.before["text"] == "Wir drucken 400 Flyer."
    assert entry.after["text"] == "Wir drucken 300 Flyer."
    services.withdraw_decision(decision, reason="Doch nicht", by=world.coordinator)
    assert AuditEntry.objects.filter(action=AuditAction.DECISION_WITHDRAWN).exists()
    with pytest.raises(ValidationError):
        services.update_decision(
            decision, data={"text": "Neu"}, note="Noch mal", by=world.coordinator
        )


def test_minute_taker_may_not_correct_published_decisions(world, clock, past_meeting, as_user):
    past_meeting.minute_taker = world.member
    past_meeting.save()
    decision = _decide(past_meeting, world.member)
    url = reverse("meetings:decision_edit", args=[world.network.slug, past_meeting.pk, decision.pk])
    assert as_user(world.member).get(url).status_code == 200
    minutes_form = reverse("meetings:minutes_edit", args=[world.network.slug, past_meeting.pk])
    assert url in as_user(world.member).get(minutes_form).content.decode()
    services.publish_minutes(past_meeting, by=world.coordinator, notify=False)
    assert as_user(world.member).get(url).status_code == 403
    assert url not in as_user(world.member).get(minutes_form).content.decode()
    assert url in as_user(world.coordinator).get(minutes_form).content.decode()


def test_decision_about_a_deleted_need_still_says_what_it_was(world, clock, past_meeting, as_user):
    need = NeedFactory(network=world.network, title="Räume für Jugendliche am Abend")
    _decide(past_meeting, world.coordinator, need=need)
    services.publish_minutes(past_meeting, by=world.coordinator, notify=False)
    need.delete()
    page = as_user(world.member).get(reverse("meetings:decisions", args=[world.network.slug]))
    text = page.content.decode()
    assert "Räume für Jugendliche am Abend" in text and "inzwischen gelöscht" in text


# --- the Beschlüsse page ------------------------------------------------------------------


@pytest.fixture
def decided(world, clock):
    spring = _meeting_on(world, datetime.date(2025, 4, 8))
    autumn = _meeting_on(world, datetime.date(2025, 10, 14))
    _decide(
        spring,
        world.coordinator,
        "Wir stellen die Öffentlichkeitsarbeit neu auf.",
        tags=["Öffentlichkeitsarbeit"],
        is_public=True,
    )
    _decide(spring, world.coordinator, "Die Kasse prüft Frau Schulz.", tags=["Finanzen"])
    _decide(
        autumn,
        world.coordinator,
        "Flyer für das Herbstfest in fünf Sprachen.",
        tags=["Öffentlichkeitsarbeit"],
    )
    for meeting in (spring, autumn):
        services.publish_minutes(meeting, by=world.coordinator, notify=False)
    return spring, autumn


def _list(client, world, **params):
    url = reverse("meetings:decisions", args=[world.network.slug])
    return client.get(url, params).content.decode()


@pytest.mark.parametrize(
    ("params", "found", "not_found"),
    [
        # The keyword counts as part of the decision.
        ({"q": "öffentlichkeit"}, ["neu auf", "Herbstfest"], ["Kasse"]),
        ({"q": "Offentlichkeit NEU"}, ["neu auf"], ["Kasse", "Herbstfest"]),
        ({"q": "Flyer Sprache"}, ["Herbstfest"], ["Kasse"]),
        ({"q": "2025/02"}, ["Kasse"], ["Herbstfest", "neu auf"]),
        ({"q": "Kasse 2025/2"}, ["Kasse"], ["Herbstfest", "neu auf"]),
        ({"zeitraum": "fruehjahr", "jahr": "2025"}, ["neu auf", "Kasse"], ["Herbstfest"]),
        ({"von": "2025-09-01", "bis": "2025-12-31"}, ["Herbstfest"], ["Kasse"]),
    ],
)
def test_search_and_filters(world, decided, as_user, params, found, not_found):
    text = _list(as_user(world.member), world, **params)
    for part in found:
        assert part in text
    for part in not_found:
        assert part not in text


def test_filter_by_keyword(world, decided, as_user):
    tag = Decision.objects.get(number=2).tags.get()
    text = _list(as_user(world.member), world, schlagwort=tag.pk)
    assert "Kasse" in text and "Herbstfest" not in text


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"von": "2025-12-31", "bis": "2025-01-01"}, "Der Zeitraum endet, bevor er beginnt."),
        ({"q": "x" * 100_000}, "höchstens 200 Zeichen"),
        ({"jahr": "zwei", "schlagwort": "999999", "seite": "-3"}, "Auswahl"),
    ],
)
def test_bad_filters_get_a_message(world, decided, as_user, params, message):
    response = as_user(world.member).get(
        reverse("meetings:decisions", args=[world.network.slug]), params
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert message in text
    assert "Kasse" in text  # all decisions are shown


def test_drafts_are_not_listed(world, clock, past_meeting, as_user):
    _decide(past_meeting, world.coordinator, "Noch nicht veröffentlicht.")
    assert "Noch nicht veröffentlicht." not in _list(as_user(world.member), world)


@pytest.mark.parametrize("count", [1, 25])
def test_page_query_count_is_fixed(world, clock, as_user, django_assert_num_queries, count):
    meeting = _meeting_on(world, datetime.date(2026, 1, 13))
    need = NeedFactory(network=world.network)
    for index in range(count):
        _decide(meeting, world.coordinator, f"Beschluss {index}", tags=["A", "B"], need=need)
    services.publish_minutes(meeting, by=world.coordinator, notify=False)
    client = as_user(world.member)
    url = reverse("meetings:decisions", args=[world.network.slug])
    with django_assert_num_queries(10):
        response = client.get(url, {"q": "Beschluss", "jahr": "2026"})
    assert response.status_code == 200


def test_public_list_is_paged(world, clock, client):
    meeting = _meeting_on(world, datetime.date(2026, 1, 13))
    for index in range(23):
        _decide(meeting, world.coordinator, f"Öffentlich {index}", is_public=True)
    services.publish_minutes(meeting, by=world.coordinator, notify=False)
    url = reverse("meetings:public_decisions", args=[world.network.slug])
    first = client.get(url).content.decode()
    assert "23 Beschlüsse" in first and "Seite 1 von 2" in first
    assert "Öffentlich 0" in client.get(url, {"seite": 2}).content.decode()


# --- exports ------------------------------------------------------------------------------


def test_exports_hold_decisions_and_action_items(world, clock, past_meeting, as_user):
    item = AgendaItemFactory(meeting=past_meeting, title="Sommerfest")
    _decide(past_meeting, world.coordinator, "Wir feiern am 20. Juni.\nIm Hof.", agenda_item=item)
    _decide(past_meeting, world.coordinator, "Die Kasse prüft <strong>Frau Schulz</strong>.")
    ActionItemFactory(meeting=past_meeting, title="Zelt leihen", owner_user=world.member)
    services.publish_minutes(past_meeting, by=world.coordinator, notify=False)
    client = as_user(world.member)
    args = [world.network.slug, past_meeting.pk]

    markdown = client.get(reverse("meetings:minutes_md", args=args)).content.decode()
    tokens = MarkdownIt("commonmark").parse(markdown)
    headings = [
        tokens[index + 1].content
        for index, token in enumerate(tokens)
        if token.type == "heading_open"
    ]
    assert "Allgemeiner Teil" in headings and "Beschlüsse" in headings
    list_text = " ".join(
        token.content for token in tokens if token.type == "inline" and token.level >= 3
    )
    assert "Beschluss 2026/01" in list_text and "Im Hof." in list_text
    assert "Beschluss 2026/02" in list_text and "Zelt leihen" in list_text

    html = client.get(reverse("meetings:minutes_html", args=args)).content.decode()
    document = html5lib.parse(html, namespaceHTMLElements=False)
    items = [" ".join(li.itertext()) for li in document.iter("li")]
    assert any("Beschluss 2026/01" in text and "Im Hof." in text for text in items)
    assert any("Frau Schulz" in text for text in items)
    assert document.find(".//strong[.='Frau Schulz']") is not None
    assert any("Zelt leihen" in text for text in items)
