"""The activity report page and CSV: who reads them, bad periods, and what spreadsheets see."""

import csv
import datetime
import io
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse
from django.utils import translation

from netzwerkstatt.meetings.models import Attendance
from netzwerkstatt.networks.models import Membership
from tests.events.factories import EventFactory
from tests.factories import OfferFactory, OrganisationFactory, UserFactory
from tests.meetings.factories import MeetingFactory
from tests.permission_matrix.world import ACTORS, build_world

SVG = "{http://www.w3.org/2000/svg}"


def _url(slug="sis", csv_=False, **query):
    url = reverse("reports:activity_csv" if csv_ else "reports:activity", args=[slug])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


@pytest.mark.django_db
def test_only_coordinators_and_admins_read_the_report(client):
    """Members see their network, but how often each organisation came is the coordinators'
    business; the coordinator of network B, which shares a member, is refused too."""
    world = build_world()
    readers = {"coordinator", "admin"}
    for actor in ACTORS:
        client.logout()
        user = world.user(actor)
        if user is not None:
            client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        for as_csv in (False, True):
            response = client.get(_url(world.net_a.slug, csv_=as_csv))
            if actor in readers:
                assert response.status_code == 200, (actor, as_csv)
            elif actor == "anonymous":
                assert response.status_code == 302, (actor, as_csv)
            else:
                assert response.status_code == 403, (actor, as_csv, response.status_code)


def test_report_page_shows_the_chosen_year(world, as_user):
    response = as_user(world.coordinator).get(_url(von="2026-01-01", bis="2026-12-31"))
    assert response.status_code == 200
    text = response.content.decode()
    assert "Tätigkeitsbericht von SIS – Synergien in Schönefeld" in text
    assert "Zeitraum: 1. Januar 2026 bis 31. Dezember 2026" in text


def test_organisations_that_joined_are_listed_in_the_pages_language(world, as_user):
    """The names of the organisations that joined, in the language's list ("A und B",
    "A وB" – no Latin comma on an Arabic page), each isolated from the text around it."""
    for name in ("Café <Nord>", "مركز الأسرة"):
        Membership.objects.create(
            network=world.network,
            organisation=OrganisationFactory(name=name),
            joined_on=datetime.date(2026, 3, 1),
        )
    client = as_user(world.coordinator)
    german = client.get(_url(von="2026-01-01", bis="2026-12-31")).content.decode()
    assert "2: <bdi>Café &lt;Nord&gt;</bdi> und <bdi>مركز الأسرة</bdi>" in german
    client.cookies.load({"django_language": "ar"})
    with translation.override("ar"):
        url = _url(von="2026-01-01", bis="2026-12-31")
    arabic = client.get(url).content.decode()
    assert "<bdi>Café &lt;Nord&gt;</bdi> و<bdi>مركز الأسرة</bdi>" in arabic


def test_without_a_period_the_report_covers_this_year(world, as_user):
    response = as_user(world.coordinator).get(_url())
    assert response.status_code == 200
    report = response.context["report"]
    assert report.period.start.month == 1 and report.period.start.day == 1
    assert report.period.end.month == 12 and report.period.end.day == 31


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"von": "2026-12-31", "bis": "2026-01-01"}, "Der Zeitraum endet, bevor er beginnt."),
        ({"von": "2006-01-01", "bis": "2026-12-31"}, "höchstens 5 Jahre"),
        ({"von": "2026-02-30", "bis": "2026-12-31"}, "Bitte geben Sie ein gültiges Datum ein"),
        ({"von": "", "bis": "2026-12-31"}, "Bitte geben Sie ein Datum ein."),
        ({"von": "x" * 5000, "bis": "2026-12-31"}, "Bitte geben Sie ein gültiges Datum ein"),
        ({"von": "9999-01-01", "bis": "9999-12-31"}, "zwischen 1900 und 2200"),
        ({"von": "0001-01-01", "bis": "0001-12-31"}, "zwischen 1900 und 2200"),
    ],
)
def test_a_bad_period_gets_a_german_message_not_an_error(world, as_user, query, message):
    for as_csv in (False, True):
        response = as_user(world.coordinator).get(_url(csv_=as_csv, **query))
        assert response.status_code == 400
        assert message in response.content.decode()
        assert response.context["report"] is None


def test_a_span_of_just_under_five_years_is_accepted(world, as_user):
    response = as_user(world.coordinator).get(_url(von="2022-01-01", bis="2026-12-31"))
    assert response.status_code == 200


def test_csv_opens_in_german_spreadsheets_and_cannot_inject_formulas(world, as_user):
    evil = OrganisationFactory(name='=HYPERLINK("http://example.com")')
    meeting = MeetingFactory(
        network=world.network,
        starts_at=datetime.datetime(2026, 3, 10, 16, tzinfo=datetime.UTC),
    )
    Attendance.objects.create(meeting=meeting, user=UserFactory(), organisation=evil)
    Attendance.objects.create(meeting=meeting, user=UserFactory(), organisation=world.member_org)
    response = as_user(world.coordinator).get(_url(csv_=True, von="2026-01-01", bis="2026-12-31"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    raw = response.content
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Bereich", "Kennzahl", "Wert"]
    values = {(row[0], row[1]): row[2] for row in rows}
    assert values[("Treffen", "Abgehaltene Treffen")] == "1"
    assert values[("Teilnahme nach Organisation", "Internationale Frauen e.V.")] == "1"
    assert values[("Teilnahme nach Organisation", '\'=HYPERLINK("http://example.com")')] == "1"
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_charts_are_accessible_svg_with_the_numbers_of_the_table(world, as_user):
    meeting = MeetingFactory(
        network=world.network,
        starts_at=datetime.datetime(2026, 3, 10, 16, tzinfo=datetime.UTC),
    )
    for _ in range(3):
        Attendance.objects.create(
            meeting=meeting, user=UserFactory(), organisation=world.member_org
        )
    response = as_user(world.coordinator).get(_url(von="2026-01-01", bis="2026-12-31"))
    html = response.content.decode()
    start = html.index('<figure class="bar-chart">')
    svg_text = html[html.index("<svg", start) : html.index("</svg>", start) + 6]
    svg = ET.fromstring(svg_text)
    assert svg.get("role") == "img"
    assert svg.find(f"{SVG}title").text == "Teilnahme an Treffen nach Organisation"
    assert svg.find(f"{SVG}desc").text
    texts = [t.text for t in svg.iter(f"{SVG}text")]
    assert texts == ["Internationale Frauen e.V.", "3"]
    assert not any(el.get("style") for el in svg.iter())
    assert "<script" not in svg_text
    table_rows = response.context["report"].attendance
    assert [(r.organisation, r.people) for r in table_rows] == [("Internationale Frauen e.V.", 3)]


def test_the_report_page_takes_a_fixed_number_of_queries(world, as_user, django_assert_num_queries):
    client = as_user(world.coordinator)
    url = _url(von="2026-01-01", bis="2026-12-31")
    client.get(url)
    meeting = MeetingFactory(
        network=world.network,
        starts_at=datetime.datetime(2026, 3, 10, 16, tzinfo=datetime.UTC),
    )
    for organisation in (world.member_org, world.coordinator_org):
        Attendance.objects.create(meeting=meeting, user=UserFactory(), organisation=organisation)
    Membership.objects.filter(network=world.network).update(joined_on=datetime.date(2020, 1, 1))
    OfferFactory(organisation=world.member_org)
    when = datetime.datetime(2026, 5, 1, 15, tzinfo=datetime.UTC)
    EventFactory(network=world.network, dates=[(when, when + datetime.timedelta(hours=2))])
    # With every part non-empty (an empty part skips its query): session, user, the network,
    # whether the user coordinates it, and the report's 12.
    with django_assert_num_queries(16):
        assert client.get(url).status_code == 200
