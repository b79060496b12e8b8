"""The Synergien page, decisions, the gap overview and its CSV: who may, who may not."""

import csv
import io

import pytest
from django.urls import reverse

from netzwerkstatt.synergy import services
from netzwerkstatt.synergy.models import FindingStatus, ParallelOfferFinding
from tests.factories import (
    DistrictFactory,
    NeedFactory,
    OfferFactory,
    TargetGroupFactory,
    TopicFactory,
)
from tests.synergy.test_web_refresh import homework  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


@pytest.fixture
def finding(world, homework):  # noqa: F811
    services.refresh_network(world.network)
    return ParallelOfferFinding.objects.get()


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("anonymous", 302),
        ("outsider", 403),
        ("member", 200),
        ("coordinator", 200),
        ("superuser", 200),
    ],
)
def test_who_sees_the_synergies(as_user, user_for, world, finding, who, expected):
    response = as_user(user_for(who)).get(reverse("synergy:findings", args=["sis"]))
    assert response.status_code == expected
    if expected == 200:
        content = response.content.decode()
        assert "Hilfe bei den Hausaufgaben" in content and "Beide für <bdi>Kinder</bdi>" in content


def test_only_coordinators_see_the_decision_buttons(as_user, world, finding):
    url = reverse("synergy:findings", args=["sis"])
    action = reverse("synergy:finding_status", args=["sis", finding.pk])
    assert action not in as_user(world.member).get(url).content.decode()
    assert action in as_user(world.coordinator).get(url).content.decode()


@pytest.mark.parametrize(
    "params",
    [{"seite": "abc"}, {"seite": "99999"}, {"seite": "9" * 40}, {"status": "x" * 100_000}],
    ids=["not-a-number", "past-the-end", "huge", "long-status"],
)
def test_bad_page_numbers_and_statuses_show_the_findings(as_user, world, finding, params):
    response = as_user(world.member).get(reverse("synergy:findings", args=["sis"]), params)
    assert response.status_code == 200
    assert [f.pk for f in response.context["page"]] == [finding.pk]


@pytest.mark.parametrize(
    ("who", "allowed"),
    [("anonymous", False), ("outsider", False), ("member", False), ("coordinator", True)],
)
def test_who_may_decide(as_user, user_for, world, finding, who, allowed):
    response = as_user(user_for(who)).post(
        reverse("synergy:finding_status", args=["sis", finding.pk]),
        {"status": "next_meeting", "note": "Beim nächsten Treffen besprechen"},
    )
    finding.refresh_from_db()
    assert finding.status == (FindingStatus.NEXT_MEETING if allowed else FindingStatus.NEW)
    assert response.status_code in ((302,) if allowed else (302, 403))


def test_decision_with_htmx_returns_the_updated_card(as_user, world, finding):
    response = as_user(world.coordinator).post(
        reverse("synergy:finding_status", args=["sis", finding.pk]),
        {"status": "intended", "note": "Andere Sprache"},
        headers={"HX-Request": "true"},
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in content
    assert "gewollt" in content and "Andere Sprache" in content and 'role="status"' in content


@pytest.mark.parametrize("data", [{"status": "geheim"}, {"status": "done", "note": "x" * 501}, {}])
def test_bad_decisions_change_nothing(as_user, world, finding, data):
    response = as_user(world.coordinator).post(
        reverse("synergy:finding_status", args=["sis", finding.pk]), data
    )
    assert response.status_code == 302
    finding.refresh_from_db()
    assert finding.status == FindingStatus.NEW and finding.note == ""


def test_a_finding_of_another_network_is_not_found(as_user, world, finding):
    url = reverse("synergy:finding_status", args=["anderes-netz", finding.pk])
    assert as_user(world.outsider).post(url, {"status": "done"}).status_code == 404


def test_decision_route_rejects_get(as_user, world, finding):
    url = reverse("synergy:finding_status", args=["sis", finding.pk])
    assert as_user(world.coordinator).get(url).status_code == 405


def test_status_filter_lists_decided_findings(as_user, world, finding):
    services.set_finding_status(finding, status=FindingStatus.DISMISSED)
    client = as_user(world.coordinator)
    url = reverse("synergy:findings", args=["sis"])
    assert finding.offer_a.title not in client.get(url).content.decode()
    assert finding.offer_a.title in client.get(url, {"status": "dismissed"}).content.decode()
    assert client.get(url, {"status": "<b>"}).status_code == 200


@pytest.mark.parametrize(
    ("who", "allowed"),
    [("anonymous", False), ("outsider", False), ("member", False), ("coordinator", True)],
)
def test_who_may_start_a_recalculation(as_user, user_for, world, homework, who, allowed):  # noqa: F811
    response = as_user(user_for(who)).post(reverse("synergy:refresh", args=["sis"]))
    assert ParallelOfferFinding.objects.exists() == allowed
    assert response.status_code in ((302,) if allowed else (302, 403))


def test_findings_page_query_count_is_pinned(as_user, world, finding, django_assert_num_queries):
    client = as_user(world.coordinator)
    url = reverse("synergy:findings", args=["sis"])
    client.get(url)
    with django_assert_num_queries(16):
        client.get(url)
    for index in range(4):
        OfferFactory(
            organisation=finding.offer_a.organisation,
            title=f"Hausaufgabenhilfe {index}",
            description=finding.offer_a.description,
            target_groups=list(finding.offer_a.target_groups.all()),
            latitude=finding.offer_a.latitude,
            longitude=finding.offer_a.longitude,
        )
    services.refresh_network(world.network)
    assert ParallelOfferFinding.objects.filter(is_current=True).count() > 1
    with django_assert_num_queries(16):
        client.get(url)


@pytest.fixture
def gaps(world, homework):  # noqa: F811
    kinder = TargetGroupFactory(slug="kinder", name="Kinder")
    jugend = TargetGroupFactory(slug="jugendliche", name="Jugendliche")
    freizeit = TopicFactory(slug="freizeit")
    mockau = DistrictFactory(slug="mockau", name="Mockau")
    uncovered = NeedFactory(
        network=world.network, title="Ferienangebote für Jugendliche", district=mockau
    )
    uncovered.target_groups.set([jugend])
    uncovered.topics.set([freizeit])
    covered = NeedFactory(network=world.network, title="Lernhilfe")
    covered.target_groups.set([kinder])
    covered.topics.set(homework[0].topics.all())
    covered.answering_offers.set([homework[0]])
    met = NeedFactory(network=world.network, title="Erledigt", status="met")
    met.target_groups.set([jugend])
    return uncovered, covered


@pytest.mark.parametrize(
    ("who", "expected"),
    [("anonymous", 302), ("outsider", 403), ("member", 200), ("coordinator", 200)],
)
def test_who_sees_the_gap_overview(as_user, user_for, world, gaps, who, expected):
    response = as_user(user_for(who)).get(reverse("synergy:gaps", args=["sis"]))
    assert response.status_code == expected


def test_gap_overview_shows_the_uncovered_need_and_the_crowded_cell(as_user, world, gaps):
    response = as_user(world.member).get(reverse("synergy:gaps", args=["sis"]))
    overview = response.context["overview"]
    assert [need.title for need in overview.uncovered_needs] == ["Ferienangebote für Jugendliche"]
    cells = {(c.target_group.slug, c.topic.slug if c.topic else None): c for c in overview.cells()}
    assert cells[("jugendliche", "freizeit")].is_gap
    assert cells[("kinder", "lernen")].is_crowded and not cells[("kinder", "lernen")].is_gap
    content = response.content.decode()
    assert '<table class="heatmap-table">' in content and 'class="gap-table"' in content
    # The uncovered cell, labelled in German; a letter and its number never part at a line end.
    assert "B\u00a01 · A\u00a00" in content
    assert 'class="hm-gap-3">B\u00a01 · A\u00a00' in content  # the only gap is the darkest

    assert "Erledigt" not in content


def test_gap_overview_filters_by_district(as_user, world, gaps):
    response = as_user(world.member).get(
        reverse("synergy:gaps", args=["sis"]), {"stadtteil": "mockau"}
    )
    overview = response.context["overview"]
    assert [need.title for need in overview.uncovered_needs] == ["Ferienangebote für Jugendliche"]
    assert all(cell.offers == 0 for cell in overview.cells())
    for unknown in ("x", "x" * 100_000):
        response = as_user(world.member).get(
            reverse("synergy:gaps", args=["sis"]), {"stadtteil": unknown}
        )
        assert response.status_code == 200
        assert response.context["overview"].district is None


def test_gap_csv_has_the_same_numbers(as_user, world, gaps):
    response = as_user(world.member).get(reverse("synergy:gaps_csv", args=["sis"]))
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][0] == "Zielgruppe"
    learning = gaps[1].topics.get().name
    assert ["Jugendliche", "Freizeit", "1", "1", "0", "0"] in rows
    assert ["Kinder", learning, "1", "0", "2", "2"] in rows
    assert as_user(world.outsider).get(reverse("synergy:gaps_csv", args=["sis"])).status_code == 403


def test_gap_page_query_count_is_pinned(as_user, world, gaps, django_assert_num_queries):
    client = as_user(world.member)
    url = reverse("synergy:gaps", args=["sis"])
    client.get(url)
    with django_assert_num_queries(15):
        client.get(url)
    for index in range(5):
        need = NeedFactory(network=world.network, title=f"Bedarf {index}")
        need.target_groups.set([TargetGroupFactory()])
    with django_assert_num_queries(15):
        client.get(url)


def test_need_page_suggests_offers_and_organisations(as_user, world, gaps, homework):  # noqa: F811
    uncovered, covered = gaps
    need = NeedFactory(
        network=world.network,
        title="Hausaufgabenhilfe für Grundschulkinder",
        description="Kinder brauchen Hilfe bei den Hausaufgaben.",
    )
    need.target_groups.set(homework[0].target_groups.all())
    content = (
        as_user(world.member).get(reverse("offers:need_detail", args=[need.pk])).content.decode()
    )
    assert "Wer könnte helfen?" in content
    assert "Hilfe bei den Hausaufgaben" in content
    # Offers already linked are not suggested again.
    response = as_user(world.member).get(reverse("offers:need_detail", args=[covered.pk]))
    suggested = [s.offer for s in response.context["suggestions"].offers]
    assert homework[0] not in suggested
