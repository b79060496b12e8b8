"""Writing with a token: the web forms' rules, the services' effects, bad input as 422."""

import pytest

from netzwerkstatt.api.services import create_api_token
from netzwerkstatt.offers.forms import WeeklySlotFormSet
from netzwerkstatt.offers.models import Need, Offer, OfferStatus
from tests.factories import DistrictFactory, NeedFactory, OfferFactory, TargetGroupFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def send(client, world):
    secret = create_api_token(world.member, name="Website", lifetime_days=30).secret

    def send(method: str, url: str, body):
        return getattr(client, method)(
            url,
            body,
            content_type="application/json",
            headers={"Authorization": f"Bearer {secret}"},
        )

    return send


def test_an_editor_creates_and_changes_an_offer_of_their_organisation(send, world):
    # The web page's formset, built first, must not change what the API reads from the form.
    WeeklySlotFormSet(prefix="zeiten")
    kids = TargetGroupFactory(slug="kinder")
    district = DistrictFactory(slug="schoenefeld")
    response = send(
        "post",
        "/api/v1/organisations/frauen/offers/",
        {
            "title": "Nähcafé",
            "description": "Gemeinsam nähen.",
            "target_groups": ["kinder"],
            "district": "schoenefeld",
            "weekly_slots": [{"weekday": 1, "start_time": "15:00", "end_time": "17:00"}],
        },
    )
    assert response.status_code == 201, response.json()
    offer = Offer.objects.get(title="Nähcafé")
    assert offer.organisation == world.member_org
    assert offer.updated_by == world.member
    assert list(offer.target_groups.all()) == [kids]
    assert offer.district == district
    assert response.json()["weekly_slots"] == [
        {"weekday": 1, "start_time": "15:00", "end_time": "17:00", "note": ""}
    ]
    response = send("patch", f"/api/v1/offers/{offer.pk}/", {"summary": "Jeden Dienstag."})
    assert response.status_code == 200
    offer.refresh_from_db()
    assert (offer.summary, offer.title, offer.weekly_slots.count()) == (
        "Jeden Dienstag.",
        "Nähcafé",
        1,
    )
    response = send("post", f"/api/v1/offers/{offer.pk}/status/", {"status": "ended"})
    assert response.json()["status"] == OfferStatus.ENDED


@pytest.mark.parametrize(
    ("body", "code", "field"),
    [
        (
            {"title": "X", "description": "Y", "target_groups": ["gibt-es-nicht"]},
            "unknown_value",
            "target_groups",
        ),
        (
            {"title": "X", "description": "Y", "target_groups": ["kinder"], "is_free": False},
            "invalid_fields",
            "cost_note",
        ),
        (
            {
                "title": "X",
                "description": "Y",
                "target_groups": ["kinder"],
                "age_min": 12,
                "age_max": 6,
            },
            "invalid_fields",
            "age_max",
        ),
        (
            {"title": "X", "description": "Y", "target_groups": ["kinder"], "latitude": 51.3},
            "invalid_fields",
            "longitude",
        ),
        ({"title": 5, "description": "Y", "target_groups": "kinder"}, "validation_error", None),
        (
            {
                "title": "X",
                "description": "Y",
                "target_groups": ["kinder"],
                "weekly_slots": [{"weekday": 1, "start_time": "18:00", "end_time": "17:00"}],
            },
            "invalid_fields",
            "weekly_slots",
        ),
    ],
)
def test_bad_input_changes_nothing_and_says_why(send, world, body, code, field):
    TargetGroupFactory(slug="kinder")
    response = send("post", "/api/v1/organisations/frauen/offers/", body)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == code
    if field:
        assert field in error["details"]
    assert not Offer.objects.exists()


def test_a_body_that_is_not_json_is_refused_with_a_code(send, world):
    response = send("post", "/api/v1/organisations/frauen/offers/", "{kaputt")
    assert response.status_code in (400, 422)
    assert response.json()["error"]["code"] in ("bad_request", "validation_error")


def test_a_body_over_the_size_limit_is_refused_with_a_code(send, world, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = send("post", "/api/v1/organisations/frauen/offers/", {"title": "x" * 2000})
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "payload_too_large"
    assert not Offer.objects.exists()


def test_another_organisations_offer_is_refused(send, world):
    offer = OfferFactory(organisation=world.coordinator_org)
    response = send("patch", f"/api/v1/offers/{offer.pk}/", {"title": "Übernommen"})
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "forbidden"
    offer.refresh_from_db()
    assert offer.title != "Übernommen"


def test_a_member_records_and_changes_a_need(send, world):
    response = send(
        "post",
        "/api/v1/networks/sis/needs/",
        {
            "title": "Räume",
            "description": "Für Treffen.",
            "scope": "organisation",
            "raised_by": "frauen",
        },
    )
    assert response.status_code == 201, response.json()
    need = Need.objects.get()
    assert need.raised_by_confirmed  # named by its own staff: confirmed at once
    response = send("patch", f"/api/v1/needs/{need.pk}/", {"priority": "high"})
    assert response.json()["priority"] == "high"
    response = send(
        "post", "/api/v1/networks/anderes-netz/needs/", {"title": "X", "description": "Y"}
    )
    assert response.status_code == 403


def test_a_naming_that_waits_for_confirmation_is_not_shown_to_others(send, world):
    """The member recorded the need; the coordinator named WiQ as raising it, which WiQ has not
    confirmed: like the web page, the answer does not name WiQ to the member."""
    need = NeedFactory(
        network=world.network,
        scope="organisation",
        created_by=world.member,
        raised_by=world.coordinator_org,
        raised_by_confirmed_at=None,
        raised_by_named_by=world.coordinator,
    )
    response = send("patch", f"/api/v1/needs/{need.pk}/", {"priority": "high"})
    assert response.status_code == 200, response.json()
    assert response.json()["raised_by"] is None
    assert response.json()["raised_by_confirmed"] is False
