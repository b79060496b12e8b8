"""Public reading: what the HTML pages show publicly, nothing more; paging; error objects;
query counts of the lists pinned."""

import pytest
from django.test import Client

from netzwerkstatt.events.models import Visibility
from netzwerkstatt.networks.models import MembershipStatus
from netzwerkstatt.news.models import PostStatus
from netzwerkstatt.offers.models import OfferStatus
from tests.events.factories import CoOrganiserFactory, EventFactory, RegistrationFactory, in_days
from tests.factories import (
    MembershipFactory,
    NeedFactory,
    OfferFactory,
    OrganisationFactory,
    TargetGroupFactory,
    WeeklySlotFactory,
)
from tests.news.factories import PostFactory

pytestmark = pytest.mark.django_db


def _get(client: Client, url: str, status: int = 200):
    response = client.get(url)
    assert response.status_code == status, response.content[:500]
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def _error(client: Client, url: str, status: int) -> dict:
    body = _get(client, url, status)
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "details"}
    return body["error"]


def test_offers_list_only_public_offers_with_the_directory_filters(client, world):
    kids = TargetGroupFactory(slug="kinder", name="Kinder")
    shown = OfferFactory(
        organisation=world.member_org, title="Hausaufgabenhilfe", target_groups=[kids]
    )
    OfferFactory(organisation=world.member_org, title="Pausiert", status=OfferStatus.PAUSED)
    OfferFactory(organisation=world.member_org, title="Beendet", status=OfferStatus.ENDED)
    # An organisation in no network: its offers are not in the directory.
    OfferFactory(organisation=OrganisationFactory(), title="Ohne Netzwerk")
    applicant = OrganisationFactory()
    MembershipFactory(
        network=world.network, organisation=applicant, status=MembershipStatus.APPLICANT
    )
    OfferFactory(organisation=applicant, title="Bewerber")

    body = _get(client, "/api/v1/offers/")
    assert [item["title"] for item in body["items"]] == ["Hausaufgabenhilfe"]
    assert body["meta"] == {"page": 1, "page_size": 20, "count": 1, "pages": 1}
    assert body["items"][0]["organisation"] == {"slug": "frauen", "name": world.member_org.name}

    assert _get(client, "/api/v1/offers/?target_group=kinder")["meta"]["count"] == 1
    assert _get(client, "/api/v1/offers/?q=Hausaufgaben")["meta"]["count"] == 1
    assert _get(client, "/api/v1/offers/?q=Schwimmen")["meta"]["count"] == 0
    assert _get(client, "/api/v1/offers/?network=anderes-netz")["meta"]["count"] == 0
    assert _get(client, f"/api/v1/offers/{shown.pk}/")["title"] == "Hausaufgabenhilfe"


def test_an_offer_that_is_not_public_is_not_found(client, world):
    paused = OfferFactory(organisation=world.member_org, status=OfferStatus.PAUSED)
    assert _error(client, f"/api/v1/offers/{paused.pk}/", 404)["code"] == "not_found"


def test_unknown_filter_values_and_huge_pages_are_refused_with_a_code(client, world):
    error = _error(client, "/api/v1/offers/?target_group=gibt-es-nicht", 422)
    assert error["code"] == "invalid_filter"
    assert "zielgruppe" in error["details"]
    error = _error(client, "/api/v1/offers/?page_size=101", 422)
    assert error["code"] == "validation_error"
    assert error["details"][0]["loc"] == ["query", "page_size"]
    assert _error(client, "/api/v1/offers/?page=abc", 422)["code"] == "validation_error"
    assert _error(client, "/api/v1/offers/?age=-1", 422)["code"] == "validation_error"


def test_a_page_after_the_last_is_empty(client, world):
    for _ in range(3):
        OfferFactory(organisation=world.member_org)
    body = _get(client, "/api/v1/offers/?page_size=2&page=2")
    assert len(body["items"]) == 1
    assert body["meta"]["pages"] == 2
    assert _get(client, "/api/v1/offers/?page_size=2&page=9")["items"] == []


def test_unknown_addresses_and_methods_answer_with_the_error_object(client, world):
    assert _error(client, "/api/v1/gibt-es-nicht/", 404)["code"] == "not_found"
    response = client.delete("/api/v1/offers/1/")
    assert response.status_code == 405
    assert response.json()["error"]["code"] == "method_not_allowed"
    response = client.post(
        "/api/v1/organisations/frauen/offers/", "{kaputt", content_type="application/json"
    )
    assert response.status_code == 401  # the token is checked before the body is read


def test_organisations_list_current_members_without_staff_addresses(client, world):
    OrganisationFactory(slug="nirgends")
    body = _get(client, "/api/v1/organisations/")
    assert {item["slug"] for item in body["items"]} == {"wiq", "frauen", "draussen"}
    text = str(body)
    assert "@" not in text  # no staff e-mail addresses, nobody's account
    frauen = _get(client, "/api/v1/organisations/frauen/")
    assert frauen["networks"] == [{"slug": "sis", "name": world.network.name}]
    assert _get(client, "/api/v1/organisations/?network=sis")["meta"]["count"] == 2


def test_events_list_only_public_confirmed_upcoming_dates(client, world):
    public = EventFactory(network=world.network, organiser=world.member_org, title="Fest")
    CoOrganiserFactory(event=public, organisation=world.coordinator_org, confirmed_at=None)
    RegistrationFactory(event=public, email="besucherin@example.com")
    EventFactory(network=world.network, organiser=world.member_org, visibility=Visibility.MEMBERS)
    EventFactory(network=world.network, organiser=world.member_org, organiser_confirmed_at=None)
    EventFactory(
        network=world.network, organiser=world.member_org, dates=[(in_days(-3), in_days(-3, 18))]
    )
    body = _get(client, "/api/v1/events/")
    assert [item["event"]["title"] for item in body["items"]] == ["Fest"]
    # Unconfirmed co-organisers and visitors' registrations stay out.
    assert body["items"][0]["event"]["co_organisers"] == []
    assert "besucherin" not in str(body)
    members_only = EventFactory(
        network=world.network, organiser=world.member_org, visibility=Visibility.MEMBERS
    )
    assert _error(client, f"/api/v1/events/{members_only.pk}/", 404)["code"] == "not_found"


def test_news_only_published_posts(client, world):
    PostFactory(network=world.network, title="Sommerfest")
    PostFactory(network=world.network, title="Entwurf", status=PostStatus.DRAFT)
    body = _get(client, "/api/v1/networks/sis/news/")
    assert [item["title"] for item in body["items"]] == ["Sommerfest"]
    assert _error(client, "/api/v1/networks/gibt-es-nicht/news/", 404)["code"] == "not_found"


def test_needs_are_not_readable_without_a_token(client, world):
    need = NeedFactory(network=world.network)
    assert client.get(f"/api/v1/needs/{need.pk}/").status_code == 405
    assert client.get("/api/v1/networks/sis/needs/").status_code == 405


def test_the_schema_is_openapi_3_1_and_the_docs_page_loads_without_cdn(client, world):
    schema = _get(client, "/api/openapi.json")
    assert schema["openapi"].startswith("3.1")
    assert schema["components"]["securitySchemes"]["TokenAuth"]["scheme"] == "bearer"
    response = client.get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html
    assert "cdn" not in html.lower()
    assert "Content-Security-Policy" in response


def _with_page_of(world, count: int) -> None:
    for index in range(count):
        offer = OfferFactory(
            organisation=world.member_org, target_groups=[TargetGroupFactory()], title=f"O{index}"
        )
        WeeklySlotFactory(offer=offer)
        event = EventFactory(network=world.network, organiser=world.member_org)
        CoOrganiserFactory(event=event, organisation=world.coordinator_org)
        PostFactory(network=world.network)


# count, pages and the rows; then one query per prefetched relation.
@pytest.mark.parametrize(
    ("url", "queries"),
    [
        ("/api/v1/networks/", 2),
        ("/api/v1/organisations/", 5),
        ("/api/v1/offers/", 6),
        ("/api/v1/events/", 6),
        ("/api/v1/networks/sis/news/", 3),
    ],
)
@pytest.mark.parametrize("rows", [1, 5])
def test_list_query_counts_do_not_grow_with_the_rows(
    client, world, django_assert_num_queries, url, queries, rows
):
    _with_page_of(world, rows)
    with django_assert_num_queries(queries):
        client.get(url)


def test_a_session_that_owes_a_second_factor_still_reads_the_api(client, world, settings):
    settings.TWO_FACTOR_REQUIRED_FOR = {"coordinators"}
    client.force_login(world.coordinator, backend="django.contrib.auth.backends.ModelBackend")
    assert client.get("/konto/").status_code == 302
    assert _get(client, "/api/v1/networks/")["meta"]["count"] == 2
