"""Needs: the offers and organisations best placed to meet them, with reasons."""

import pytest

from netzwerkstatt.synergy.engine import (
    NeedMatch,
    NeedRecord,
    OrganisationRecord,
    Reason,
    rank_offers_for_need,
    rank_organisations_for_need,
)
from tests.synergy.offers import FAR_AWAY, SCHOENEFELD, background, offer

NEED = NeedRecord(
    id="need-1",
    title="Lernhilfe für Grundschüler:innen",
    description="Viele Kinder brauchen nachmittags Hilfe bei den Hausaufgaben.",
    target_groups={"Kinder"},
    topics={"Bildung"},
    district="Schönefeld",
    lat=SCHOENEFELD[0],
    lon=SCHOENEFELD[1],
)


def test_best_offer_first_with_organisation_and_reasons():
    offers = background() + [
        offer(id="homework", organisation_id="wiq", title="Hausaufgabenhilfe"),
        offer(id="football", title="Fußball-AG", description="Fußball für Kinder."),
        offer(id="seniors", title="Hausaufgabenhilfe", target_groups={"Senior:innen"}),
        offer(id="far", title="Hausaufgabenhilfe", lat=FAR_AWAY[0], lon=FAR_AWAY[1]),
    ]
    matches = rank_offers_for_need(NEED, offers)
    assert [m.offer_id for m in matches] == ["homework"]
    (match,) = matches
    assert isinstance(match, NeedMatch) and match.organisation_id == "wiq"
    first = match.reasons[0]
    assert (first.code, first["title"]) == ("offer_fits", "Hausaufgabenhilfe")
    assert Reason.of("need_groups", groups=("Kinder",)) in match.reasons
    assert Reason.of("at_need_place") in match.reasons


def test_limit_and_order():
    offers = [offer(id=f"o{n}", title="Hausaufgabenhilfe") for n in range(5)]
    matches = rank_offers_for_need(NEED, offers, limit=3)
    assert [m.offer_id for m in matches] == ["o0", "o1", "o2"]
    with pytest.raises(ValueError, match="limit"):
        rank_offers_for_need(NEED, offers, limit=0)


def test_organisations_ranked_by_their_profile():
    organisations = [
        OrganisationRecord(id="choir", name="Chor am Markt", strengths="Singen, Konzerte"),
        OrganisationRecord(
            id="school-club",
            name="Schulclub",
            strengths="Lernförderung, Hausaufgabenbetreuung, Elternarbeit",
            target_groups={"Kinder"},
            district="Schönefeld",
        ),
        OrganisationRecord(
            id="seniors",
            name="Seniorenbüro",
            strengths="Hausaufgaben für Senior:innen",
            target_groups={"Senior:innen"},
        ),
    ]
    matches = rank_organisations_for_need(NEED, organisations)
    assert [m.organisation_id for m in matches] == ["school-club"]
    assert Reason.of("need_district", district="Schönefeld") in matches[0].reasons
