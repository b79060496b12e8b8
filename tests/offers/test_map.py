"""The directory's map: its GeoJSON shows what the list shows, tiles only after consent, and
sorting by distance never fails on what a visitor types."""

import datetime
import json
import re

import pytest
from django.urls import reverse

from netzwerkstatt.offers import maps, selectors
from netzwerkstatt.offers.models import OfferStatus
from tests.factories import (
    MembershipFactory,
    OfferFactory,
    OrganisationFactory,
    TargetGroupFactory,
    WeeklySlotFactory,
)

pytestmark = pytest.mark.django_db

GORKI = (51.3634, 12.4231)
MOCKAU = (51.3702, 12.4128)
ZENTRUM = (51.3448, 12.3912)


@pytest.fixture
def offers(world):
    kinder = TargetGroupFactory(slug="kinder", name="Kinder")
    jugend = TargetGroupFactory(slug="jugendliche", name="Jugendliche")
    made = {
        "hausaufgaben": OfferFactory(
            organisation=world.member_org,
            title="Hausaufgabenhilfe",
            target_groups=[kinder],
            latitude=GORKI[0],
            longitude=GORKI[1],
            place_name="Stadtteilprojekt Gorkistraße 120",
        ),
        "sprechstunde": OfferFactory(
            organisation=world.coordinator_org,
            title="Sprechstunde",
            target_groups=[jugend],
            latitude=GORKI[0],
            longitude=GORKI[1],
            is_free=False,
            cost_note="2 €",
        ),
        "mockau": OfferFactory(
            organisation=world.member_org,
            title="Bürgerhaus-Treff",
            target_groups=[kinder],
            latitude=MOCKAU[0],
            longitude=MOCKAU[1],
            street="Kieler Straße 60",
        ),
        "ortlos": OfferFactory(
            organisation=world.member_org, title="Ohne Ort", target_groups=[kinder]
        ),
        "pausiert": OfferFactory(
            organisation=world.member_org,
            title="Pausiert",
            status=OfferStatus.PAUSED,
            latitude=ZENTRUM[0],
            longitude=ZENTRUM[1],
        ),
        "fremd": OfferFactory(
            organisation=OrganisationFactory(), title="Kein Mitglied", latitude=ZENTRUM[0]
        ),
    }
    made["fremd"].longitude = ZENTRUM[1]
    made["fremd"].save()
    WeeklySlotFactory(offer=made["hausaufgaben"], weekday=1)
    return made


def map_data(client, query: str = "") -> dict:
    response = client.get(reverse("offers:map_data") + query)
    assert response.status_code == 200
    return response.json()


def map_config(html: str) -> dict:
    found = re.search(r'<script id="map-config" type="application/json">(.*?)</script>', html)
    return json.loads(found.group(1))


def offer_urls(data: dict) -> set[str]:
    return {
        offer["url"] for feature in data["features"] for offer in feature["properties"]["offers"]
    }


def list_urls(client, query: str = "") -> set[str]:
    response = client.get(reverse("offers:list") + query)
    return {offer.get_absolute_url() for offer in response.context["page"].paginator.object_list}


@pytest.mark.parametrize(
    "query",
    ["", "?zielgruppe=kinder", "?kostenlos=on", "?q=Hausaufgaben", "?tag=1", "?netzwerk=sis"],
)
def test_map_shows_the_lists_offers_with_a_place(client, offers, query):
    data = map_data(client, query)
    listed = list_urls(client, query)
    with_place = {url for url in listed if not url.endswith(f"/{offers['ortlos'].pk}/")}
    assert offer_urls(data) == with_place
    assert data["total"] == len(listed)


def test_offers_at_one_place_share_a_marker_and_the_placeless_are_counted(client, offers):
    data = map_data(client)
    assert data["type"] == "FeatureCollection"
    gorki = next(
        f for f in data["features"] if f["geometry"]["coordinates"] == [GORKI[1], GORKI[0]]
    )
    assert gorki["properties"]["name"] == "Stadtteilprojekt Gorkistraße 120"
    assert [o["title"] for o in gorki["properties"]["offers"]] == [
        "Hausaufgabenhilfe",
        "Sprechstunde",
    ]
    assert gorki["properties"]["offers"][0]["next"].startswith("Dienstag")
    assert (
        gorki["properties"]["offers"][0]["organisation"] == offers["hausaufgaben"].organisation.name
    )
    assert data["without_place"] == 1
    assert data["notes"] == ["1 Angebot der Liste hat keinen Ort und fehlt auf der Karte."]


def test_map_leaves_out_what_the_directory_does_not_show(client, offers):
    urls = offer_urls(map_data(client))
    assert offers["pausiert"].get_absolute_url() not in urls
    assert offers["fremd"].get_absolute_url() not in urls


def test_map_is_capped_and_says_so(client, offers, settings):
    settings.MAP_MAX_OFFERS = 2
    data = map_data(client)
    assert data["shown"] == 2 and data["truncated"]
    assert len(offer_urls(data)) == 2
    assert "ersten 2 Angebote" in " ".join(data["notes"])


@pytest.mark.parametrize(
    "query",
    [
        "?zielgruppe=gibt-es-nicht",
        "?tag=9",
        "?alter=-4",
        "?alter=99999999999999999999",
        "?near=abc",
        "?near=1e400,5",
        "?near=nan,nan",
        "?near=91,0",
        "?near=" + "9" * 500,
        "?near=51.3,12.4,7",
        "?ort=" + "x" * 5000,
        "?ort=%00",
        "?stadtteil=%FF",
    ],
)
def test_bad_input_is_ignored_with_a_message_never_an_error(client, offers, query):
    data = map_data(client, query)
    assert data["total"] == 4
    assert "Some filters" in data["notes"][0] or "Filter" in data["notes"][0]
    page = client.get(reverse("offers:list") + query)
    assert page.status_code == 200
    assert page.context["page"].paginator.count == 4


def test_a_bad_near_is_named_on_the_page(client, offers):
    page = client.get(reverse("offers:list") + "?near=abc").content.decode()
    assert "Der Ort für die Sortierung nach Entfernung war nicht verständlich" in page
    assert "km entfernt" not in page


def test_near_sorts_the_list_by_distance_and_shows_it(client, offers):
    response = client.get(reverse("offers:list") + f"?near={MOCKAU[0]},{MOCKAU[1]}")
    page = list(response.context["page"])
    assert [offer.title for offer in page][:2] == ["Bürgerhaus-Treff", "Hausaufgabenhilfe"]
    assert page[-1].title == "Ohne Ort"
    assert page[0].distance_km == pytest.approx(0)
    assert page[1].distance_km == pytest.approx(1.05, abs=0.1)
    html = response.content.decode()
    assert "0,0 km entfernt" in html and "1,0 km entfernt" in html or "1,1 km entfernt" in html
    assert "nach Entfernung von dem gewählten Punkt sortiert" in html


def test_a_known_street_is_found_without_any_outside_service(client, offers):
    response = client.get(reverse("offers:list") + "?ort=kieler str.")
    assert response.context["page"][0].title == "Bürgerhaus-Treff"
    assert "nach Entfernung von Kieler Straße 60 sortiert" in response.content.decode()
    unknown = client.get(reverse("offers:list") + "?ort=Mondstraße").content.decode()
    assert (
        "Keine Adresse eines Angebots oder einer Organisation hier passt zu „Mondstraße“" in unknown
    )


def test_filter_changes_keep_the_distance_parameters_in_the_links(client, offers):
    response = client.get(reverse("offers:list") + f"?near={GORKI[0]},{GORKI[1]}&zielgruppe=kinder")
    # The form that sorts by distance carries the other filters, not the old point.
    html = response.content.decode()
    assert '<input type="hidden" name="zielgruppe" value="kinder">' in html
    assert (
        '<input type="hidden" name="near"'
        not in html.split("data-near-form")[1].split("</form>")[0]
    )


def test_next_time_is_the_coming_slot():
    slot = type("Slot", (), {})

    def make(weekday, start, end):
        made = slot()
        made.weekday, made.start_time, made.end_time = weekday, start, end
        made.get_weekday_display = lambda: ["Montag", "Dienstag", "Mittwoch"][weekday]
        return made

    tuesday_noon = datetime.datetime(2026, 12, 8, 12, 0)
    slots = [
        make(0, datetime.time(9), datetime.time(10)),
        make(1, datetime.time(9), datetime.time(11)),
    ]
    # Tuesday's slot is over: next is Monday.
    assert selectors.next_time(slots, tuesday_noon).startswith("Montag, 14.12.2026")
    slots.append(make(1, datetime.time(15), datetime.time(17)))
    assert selectors.next_time(slots, tuesday_noon) == "Dienstag, 08.12.2026, 15:00–17:00 Uhr"
    assert selectors.next_time([], tuesday_noon) == ""


def test_tiles_are_allowed_by_the_policy_only_after_consent(client, offers, settings):
    settings.MAP_TILE_URL = "https://{s}.tiles.example.org/{z}/{x}/{y}.png"
    page = client.get(reverse("offers:list"))
    assert "example.org" not in page["Content-Security-Policy"]
    assert "Cookie" in page["Vary"]
    assert b"Karte mit " in page.content and b"tiles.example.org" in page.content
    config = map_config(page.content.decode())
    assert config["tiles"] == ""

    client.cookies[maps.CONSENT_COOKIE] = maps.CONSENT_VALUE
    page = client.get(reverse("offers:list"))
    assert "img-src 'self' data: https://*.tiles.example.org" in page["Content-Security-Policy"]
    assert "connect-src 'self';" in page["Content-Security-Policy"] + ";"
    config = map_config(page.content.decode())
    assert config["tiles"] == settings.MAP_TILE_URL


@pytest.mark.parametrize(
    "tile_url", ["", "javascript:alert(1)", "//no-scheme/{z}", "https://{z}.x/"]
)
def test_without_a_usable_tile_address_there_are_no_tiles_at_all(
    client, offers, settings, tile_url
):
    settings.MAP_TILE_URL = tile_url
    client.cookies[maps.CONSENT_COOKIE] = maps.CONSENT_VALUE
    page = client.get(reverse("offers:list"))
    assert page["Content-Security-Policy"].split("img-src ")[1].startswith("'self' data:;") or (
        "img-src 'self' data:" in page["Content-Security-Policy"]
        and "x/" not in page["Content-Security-Policy"]
    )
    assert b"data-map-ask" not in page.content


def test_district_outlines_come_from_the_configured_file(client, settings, tmp_path):
    assert client.get(reverse("offers:map_districts")).json()["features"] == []
    example = maps.Path(maps.__file__).parent / "map_data" / "schoenefeld-ungefaehr.geojson"
    settings.MAP_DISTRICTS_GEOJSON = str(example)
    data = client.get(reverse("offers:map_districts")).json()
    assert {f["properties"]["name"] for f in data["features"]} == {
        "Schönefeld-Abtnaundorf (ungefähr)",
        "Schönefeld-Ost (ungefähr)",
    }
    broken = tmp_path / "broken.geojson"
    broken.write_text("{not json")
    settings.MAP_DISTRICTS_GEOJSON = str(broken)
    assert client.get(reverse("offers:map_districts")).json()["features"] == []
    settings.MAP_DISTRICTS_GEOJSON = str(tmp_path / "missing.geojson")
    assert client.get(reverse("offers:map_districts")).json()["features"] == []


def test_organisation_page_shows_its_place_on_the_map(client, world):
    world.member_org.latitude, world.member_org.longitude = GORKI
    world.member_org.save()
    page = client.get(world.member_org.get_absolute_url()).content.decode()
    config = map_config(page)
    assert [(p["lat"], p["lon"]) for p in config["places"]] == [GORKI]
    assert config["tiles"] == "" and config["source"] == ""


@pytest.mark.django_db
def test_marker_lists_name_offers_in_the_visitors_language(client):
    from netzwerkstatt.core.languages import path_in_language
    from netzwerkstatt.offers.services import translate_offer

    offer = OfferFactory(title="Hausaufgabenhilfe", latitude=51.36, longitude=12.41)
    MembershipFactory(organisation=offer.organisation)
    translate_offer(offer, language="uk", values={"title": "Допомога з уроками"}, by=None)
    url = reverse("offers:map_data")
    uk = client.get(path_in_language(url, "uk")).json()
    ar = client.get(path_in_language(url, "ar")).json()
    (entry_uk,) = [o for f in uk["features"] for o in f["properties"]["offers"]]
    (entry_ar,) = [o for f in ar["features"] for o in f["properties"]["offers"]]
    assert entry_uk["title"] == "Допомога з уроками" and entry_uk["lang"] is None
    assert entry_ar["title"] == "Hausaufgabenhilfe" and entry_ar["lang"] == "de"
