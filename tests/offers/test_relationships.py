"""Offers by relationship, not by role: who may change whose offer, and who sees it.

Regressions these tests guard (each was planted in the source and made a test here fail):

- R1 "any member of the same network may edit, pause or end another organisation's offer":
  `test_a_colleague_in_the_same_network_cannot_edit_pause_or_end_an_offer`.
- R7 "applicants' offers show in the public directory":
  `test_offers_of_an_applicant_stay_out_of_the_public_directory`.
- R10 "pausing or ending an offer does not record who did it":
  `test_pausing_and_ending_record_who_did_it`.
"""

import pytest
from django.urls import reverse

from netzwerkstatt.offers.models import Offer
from tests.factories import OfferFactory

# The permission matrix's world: built once per module, each test rolls back.
from tests.permission_matrix.conftest import matrix_world, mw  # noqa: F401


def _login(client, user):
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


@pytest.mark.parametrize("status", ["paused", "ended"])
def test_a_colleague_in_the_same_network_cannot_edit_pause_or_end_an_offer(mw, client, status):
    client = _login(client, mw.user("colleague"))
    offer = mw.offer
    response = client.post(reverse("offers:status", args=[offer.pk]), {"status": status})
    assert response.status_code == 403
    response = client.post(
        reverse("offers:edit", args=[offer.pk]), {"title": "Übernommen", "description": "x"}
    )
    assert response.status_code == 403
    stored = Offer.objects.get(pk=offer.pk)
    assert (stored.status, stored.title) == ("active", "Sprachcafé")


def test_offers_of_an_applicant_stay_out_of_the_public_directory(mw, client):
    OfferFactory(organisation=mw.org_applicant, title="Bewerberkurs")
    OfferFactory(organisation=mw.org_colleague, title="Mitgliederkurs")
    page = client.get(reverse("offers:list")).content.decode()
    assert "Mitgliederkurs" in page
    assert "Bewerberkurs" not in page


@pytest.mark.parametrize("status", ["paused", "ended"])
def test_pausing_and_ending_record_who_did_it(mw, client, status):
    owner = mw.user("owner")
    assert Offer.objects.get(pk=mw.offer.pk).updated_by_id != owner.pk
    _login(client, owner).post(reverse("offers:status", args=[mw.offer.pk]), {"status": status})
    stored = Offer.objects.get(pk=mw.offer.pk)
    assert stored.status == status
    assert stored.updated_by_id == owner.pk
