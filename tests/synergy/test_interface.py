"""The public interface: what the web app imports and the shape of what it gets back."""

import dataclasses
import pathlib
import re

import pytest

from netzwerkstatt.synergy import engine
from netzwerkstatt.synergy.engine import (
    DEFAULT_MIN_SCORE,
    NeedRecord,
    ParallelOffers,
    Reason,
    find_parallel_offers,
)
from tests.synergy.offers import NEARBY, background, offer, pair_ids


def test_engine_imports_no_django():
    django_import = re.compile(r"^\s*(from|import)\s+django\b", re.MULTILINE)
    sources = list(pathlib.Path(engine.__file__).parent.glob("*.py"))
    assert len(sources) >= 5
    for path in sources:
        assert not django_import.search(path.read_text(encoding="utf-8")), path.name


def test_records_are_frozen_and_normalise_containers():
    record = offer(target_groups=["Kinder", "Jugendliche"], weekly_slots=[[1, "15:00", "17:00"]])
    assert record.target_groups == frozenset({"Kinder", "Jugendliche"})
    assert record.weekly_slots == ((1, "15:00", "17:00"),)
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.title = "Neu"  # type: ignore[misc]


def test_need_record_has_the_documented_fields():
    need = NeedRecord(id="n", title="Lernhilfe", target_groups=["Kinder"], district="Schönefeld")
    assert need.target_groups == frozenset({"Kinder"})
    assert need.lat is None and need.lon is None


def test_parallel_offers_are_sorted_ordered_and_scored_within_0_and_1():
    offers = background() + [
        offer(id="z-homework", title="Hausaufgabenhilfe"),
        offer(id="a-homework", title="Hilfe bei den Hausaufgaben", lat=NEARBY[0], lon=NEARBY[1]),
        offer(
            id="m-homework", title="Hausaufgabenbetreuung", weekly_slots=((1, "16:00", "18:00"),)
        ),
    ]
    findings = find_parallel_offers(offers)
    assert len(findings) == 3
    assert all(isinstance(f, ParallelOffers) for f in findings)
    assert all(f.a < f.b for f in findings)
    assert all(0.0 <= f.score <= 1.0 for f in findings)
    assert [f.score for f in findings] == sorted((f.score for f in findings), reverse=True)
    assert all(f.reasons and all(isinstance(r, Reason) for r in f.reasons) for f in findings)


def test_min_score_filters_and_defaults_to_the_documented_value():
    offers = background() + [
        offer(title="Hausaufgabenhilfe"),
        offer(title="Hausaufgabenhilfe", lat=NEARBY[0], lon=NEARBY[1]),
        offer(title="Hilfe bei den Hausaufgaben", topics=set(), weekly_slots=()),
    ]
    default = find_parallel_offers(offers)
    assert default == find_parallel_offers(offers, min_score=DEFAULT_MIN_SCORE)
    strict = find_parallel_offers(offers, min_score=0.99)
    assert len(strict) < len(default)
    assert all(f.score >= 0.99 for f in strict)
    assert pair_ids(find_parallel_offers(offers, min_score=0.0)) >= pair_ids(default)


def test_min_score_outside_0_and_1_is_rejected():
    with pytest.raises(ValueError, match="min_score"):
        find_parallel_offers([offer()], min_score=1.5)


def test_empty_input_gives_no_findings():
    assert find_parallel_offers([]) == []
    assert find_parallel_offers([offer()]) == []
