"""German full-text search, the same on SQLite (FTS5) and PostgreSQL."""

import pytest
from django.core.management import call_command
from django.db import connection

from netzwerkstatt.offers import search
from netzwerkstatt.offers.models import Offer
from tests.factories import OfferFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def found(query: str) -> set[str]:
    return set(search.filter_by_text(Offer.objects.all(), query).values_list("title", flat=True))


@pytest.fixture
def offers(db):
    OfferFactory(title="Treff für Jugendlichen", description="Billard, Musik und Gespräche.")
    OfferFactory(title="Hausaufgabenhilfe", description="Wir lernen gemeinsam für die Schule.")
    OfferFactory(title="Frühstück für Familien", description="Jeden Samstag im Stadtteil.")
    OfferFactory(title="Fahrradwerkstatt", description="Reparieren statt wegwerfen.")


def test_inflected_forms_find_each_other(offers):
    assert found("Jugendliche") == {"Treff für Jugendlichen"}
    assert found("Familie") == {"Frühstück für Familien"}


def test_prefix_finds_compounds(offers):
    assert found("Hausaufgaben") == {"Hausaufgabenhilfe"}


def test_umlauts_match_with_and_without_dots(offers):
    assert found("Frühstück") == {"Frühstück für Familien"}
    assert found("fruhstuck") == {"Frühstück für Familien"}


def test_every_word_must_match(offers):
    assert found("Frühstück Fahrrad") == set()
    assert found("Schule lernen") == {"Hausaufgabenhilfe"}


def test_organisation_name_is_searchable(db):
    organisation = OrganisationFactory(name="Kulturkutsche WILMA")
    OfferFactory(organisation=organisation, title="Theater auf dem Platz")
    assert found("Kulturkutsche") == {"Theater auf dem Platz"}


@pytest.mark.parametrize(
    "query",
    ['"', "'", "AND OR NOT", "*", "a:b", "NEAR(", "(", "\\", "' & !", "-- ;", "ü" * 300, "\x00"],
)
def test_operator_characters_never_break_the_search(offers, query):
    assert isinstance(found(query), set)


def test_empty_query_filters_nothing(offers):
    assert len(found("   ")) == 4


def test_reindexing_follows_changes(offers):
    from netzwerkstatt.offers.services import update_search_index

    offer = Offer.objects.get(title="Fahrradwerkstatt")
    offer.title = "Nähcafé"
    offer.save()
    update_search_index(offer)
    assert found("Nähcafé") == {"Nähcafé"}
    assert found("Fahrradwerkstatt") == set()


def test_reindex_command_rebuilds_a_lost_index(offers):
    Offer.objects.update(search_text="")
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM offers_offer_fts")
    assert found("Fahrradwerkstatt") == set()
    call_command("reindex_offers", verbosity=0)
    assert found("Fahrradwerkstatt") == {"Fahrradwerkstatt"}
