"""Who reads the "Warum?" pages: members of network A for A's offers; the city-wide role for
offers of sharing networks only (network B shares, A does not).

The coordinator of network B, which shares member organisations with A, reads neither A's
comparison nor the city-wide one.
"""

import pytest
from django.urls import reverse

from tests.permission_matrix.world import ACTORS

NETWORK_READERS = {"owner", "colleague", "coordinator", "admin"}


def _get(client, world, actor, url):
    user = world.user(actor)
    if user is not None:
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client.get(url)


def _shown_to_network_readers_only(response, actor, text):
    """Members of A read the page with `text`; a visitor is sent to the login; anyone else is
    refused without seeing it."""
    if actor in NETWORK_READERS:
        assert response.status_code == 200
        assert text in response.content.decode()
    elif actor == "anonymous":
        assert response.status_code == 302
    else:
        assert response.status_code in (403, 404)
        assert text not in response.content.decode()


@pytest.mark.parametrize("actor", ACTORS)
def test_network_comparison_and_its_search(mw, client, actor):
    offer, colleague_offer = mw.offer, mw.colleague_offer
    url = reverse("synergy:explain", args=[mw.net_a.slug])
    response = _get(client, mw, actor, f"{url}?a={offer.pk}&b={colleague_offer.pk}&suche_a=café")
    _shown_to_network_readers_only(response, actor, "Sprachcafé")


@pytest.mark.parametrize("actor", ACTORS)
def test_citywide_comparison_and_its_search(mw, client, actor):
    url = reverse("synergy:citywide_explain")
    query = f"?a={mw.offer.pk}&b={mw.colleague_offer.pk}&suche_a=café"
    response = _get(client, mw, actor, url + query)
    if actor == "citywide":
        assert response.status_code == 200
        content = response.content.decode()
        # Both organisations are members of B, which shares: B is named, A is not.
        assert "Sprachcafé" in content and "Netzwerk B" in content
        assert "Netzwerk A" not in content
    elif actor == "anonymous":
        assert response.status_code == 302
    else:
        assert response.status_code == 403
        assert "Sprachcafé" not in response.content.decode()


def test_citywide_search_leaves_out_networks_that_do_not_share(mw, client):
    from tests.factories import OfferFactory

    hidden = OfferFactory(organisation=mw.org_partner, title="Partnercafé")  # only in A
    url = reverse("synergy:citywide_explain")
    response = _get(client, mw, "citywide", f"{url}?suche_a=café&b={hidden.pk}")
    content = response.content.decode()
    assert response.status_code == 200
    assert "Partnercafé" not in content
    assert "Das zweite Angebot kann hier nicht verglichen werden" in content


@pytest.mark.parametrize("actor", ACTORS)
def test_threshold_preview_page(mw, client, actor):
    """The page that waits for a threshold preview: A's coordinators only, whatever the id."""
    url = reverse("synergy:threshold", args=[mw.net_a.slug]) + "?vorschau=irgendwas"
    response = _get(client, mw, actor, url)
    if actor in {"coordinator", "admin"}:
        assert response.status_code == 200
    elif actor == "anonymous":
        assert response.status_code == 302
    else:
        assert response.status_code in (403, 404)


@pytest.mark.parametrize("actor", ACTORS)
def test_terms_page(mw, client, actor):
    """A network's term entries, with the names of the coordinators who entered them, are read
    by its members only."""
    from netzwerkstatt.synergy.models import LexiconEntry

    LexiconEntry.objects.create(
        network=mw.net_a, relation="same", term_a="Trödelmarkt", term_b="Flohmarkt"
    )
    response = _get(client, mw, actor, reverse("synergy:terms", args=[mw.net_a.slug]))
    _shown_to_network_readers_only(response, actor, "Trödelmarkt")


def test_a_coordinator_cannot_withdraw_another_networks_entry_through_their_own(mw, client):
    """Network B's coordinator sends A's entry id with B's address: no entry of B has it."""
    from netzwerkstatt.synergy.models import LexiconEntry

    entry = LexiconEntry.objects.create(
        network=mw.net_a, relation="same", term_a="Trödelmarkt", term_b="Flohmarkt"
    )
    client.force_login(
        mw.user("other_coordinator"), backend="django.contrib.auth.backends.ModelBackend"
    )
    response = client.post(reverse("synergy:term_withdraw", args=[mw.net_b.slug, entry.pk]))
    assert response.status_code == 404
    entry.refresh_from_db()
    assert entry.withdrawn_at is None
