"""The incremental index: edits one by one give what a full recomputation gives."""

import gc
import random

import pytest

from netzwerkstatt.synergy.engine import OfferIndex, find_parallel_offers
from netzwerkstatt.synergy.engine import index as index_module
from tests.synergy.offers import NEARBY, SCHOENEFELD, background, offer

_KINDS = [
    ("Hausaufgabenhilfe", "Hilfe bei den Hausaufgaben für Schüler:innen"),
    ("Sprachcafé", "Deutsch sprechen üben bei Kaffee"),
    ("Nähkurs", "Nähen lernen an der Maschine"),
    ("Spielgruppe", "Spielen und Basteln für Kinder"),
]


def _corpus(seed: int, size: int) -> list:
    rng = random.Random(seed)
    offers = []
    for number in range(size):
        title, description = rng.choice(_KINDS)
        offers.append(
            offer(
                id=f"o{seed}-{number:03d}",
                organisation_id=f"org-{rng.randrange(8)}",
                title=title,
                description=description,
                target_groups={rng.choice(["Kinder", "Familien", "Frauen"])},
                weekly_slots=((rng.randrange(3), "15:00", "17:00"),),
                lat=SCHOENEFELD[0] + rng.uniform(-0.02, 0.02),
                lon=SCHOENEFELD[1] + rng.uniform(-0.03, 0.03),
                district=rng.choice([None, "Schönefeld", "Mockau"]),
            )
        )
    # Some offers without coordinates: district-only and nowhere blocks.
    for number in range(0, size, 7):
        offers[number] = offer(**{**_fields(offers[number]), "lat": None, "lon": None})
    return background() + offers


def spread_over_town(count: int, *, prefix: str, seed: int) -> list:
    """Offers of one kind, each of its own organisation, scattered over some 30 km: a few per
    grid cell, so the search joins such cells into blocks."""
    rng = random.Random(seed)
    return [
        offer(
            id=f"{prefix}{number:03d}",
            organisation_id=f"org-{prefix}{number}",
            lat=SCHOENEFELD[0] + rng.uniform(-0.15, 0.15),
            lon=SCHOENEFELD[1] + rng.uniform(-0.22, 0.22),
        )
        for number in range(count)
    ]


def _fields(record) -> dict:
    return {name: getattr(record, name) for name in record.__slots__}


def _as_set(findings) -> set:
    return {(f.a, f.b, round(f.score, 4), f.reasons) for f in findings}


def test_build_finds_the_same_pairs_as_the_function():
    offers = _corpus(1, 60)
    assert _as_set(OfferIndex(offers).all_parallels()) == _as_set(find_parallel_offers(offers))


def test_edits_equal_a_full_recomputation():
    offers = _corpus(2, 60)
    index = OfferIndex(offers[:40])
    for record in offers[40:]:
        index.add(record)
    current = {record.id: record for record in offers}
    rng = random.Random(3)
    for record in rng.sample(offers, 10):
        changed = offer(
            **{**_fields(record), "lat": NEARBY[0], "lon": NEARBY[1], "target_groups": {"Kinder"}}
        )
        index.update(changed)
        current[record.id] = changed
    for record in rng.sample(list(current.values()), 10):
        index.remove(record.id)
        del current[record.id]
    # Same fitted text model: what the edits must reproduce is the pairs, not a new IDF.
    fresh = OfferIndex(current.values(), text_model=index.text_model)
    expected = fresh.all_parallels()
    assert expected, "the corpus should contain parallel offers"
    assert _as_set(index.all_parallels()) == _as_set(expected)
    for offer_id in current:
        mine = [f for f in expected if offer_id in (f.a, f.b)]
        assert _as_set(index.parallels_of(offer_id)) == _as_set(mine)


def test_rebuild_equals_the_one_off_function():
    offers = _corpus(4, 40)
    index = OfferIndex(offers[:20])
    for record in offers[20:]:
        index.add(record)
    index.remove(offers[25].id)
    index.rebuild()
    rest = [record for record in offers if record.id != offers[25].id]
    assert _as_set(index.all_parallels()) == _as_set(find_parallel_offers(rest))


def test_parallels_of_one_offer_after_adding_it():
    index = OfferIndex(background() + [offer(id="a")])
    index.add(offer(id="b", lat=NEARBY[0], lon=NEARBY[1]))
    (finding,) = index.parallels_of("b")
    assert (finding.a, finding.b) == ("a", "b")
    index.remove("a")
    assert index.parallels_of("b") == []
    assert "a" not in index and len(index) == len(background()) + 1


def test_index_rejects_duplicates_and_unknown_ids():
    index = OfferIndex([offer(id="a")])
    with pytest.raises(ValueError, match="'a'"):
        index.add(offer(id="a"))
    with pytest.raises(KeyError, match="'x'"):
        index.remove("x")
    with pytest.raises(KeyError, match="'x'"):
        index.update(offer(id="x"))
    with pytest.raises(ValueError, match="'b'"):
        index.add(offer(id="b", weekly_slots=((9, "15:00", "17:00"),)))
    assert "b" not in index


def test_many_edits_fold_into_the_matrix_without_changing_results(monkeypatch):
    monkeypatch.setattr(index_module, "MAX_LOOSE_ROWS", 3)
    offers = _corpus(5, 40)
    index = OfferIndex(offers[:10])
    for record in offers[10:]:
        index.add(record)
    assert len(index._loose) <= 3
    fresh = OfferIndex(offers, text_model=index.text_model)
    assert _as_set(index.all_parallels()) == _as_set(fresh.all_parallels())


def test_small_cells_searched_together_find_every_pair_once():
    # A few offers per grid cell over some 30 km: the search groups such cells into one block,
    # and must still find each pair of neighbouring cells exactly once, in every direction.
    offers = spread_over_town(160, prefix="t", seed=5)
    index = OfferIndex(offers)
    found = [(f.a, f.b) for f in index.all_parallels()]
    assert len(found) == len(set(found))
    exhaustive = {
        (a.id, b.id)
        for number, a in enumerate(offers)
        for b in offers[number + 1 :]
        if index.score_pair(a.id, b.id) >= index.min_score
    }
    assert len(exhaustive) > 20, "the offers should meet across cell borders"
    assert set(found) == exhaustive


def test_findings_are_ordered_best_first_then_by_their_offers_ids():
    # Ids in an order unlike the index's slots, and many pairs of one score to break ties.
    offers = _corpus(5, 60)
    random.Random(5).shuffle(offers)
    offers += [offer(id=f"twin-{letter}", title="Hausaufgabenhilfe") for letter in "dbeac"]
    findings = OfferIndex(offers).all_parallels()
    keys = [(-f.score, f.a, f.b) for f in findings]
    assert len(set(keys)) == len(keys) > 30
    assert keys == sorted(keys)
    assert len({f.score for f in findings}) < len(findings)
    assert all(f.score == round(f.score, 6) for f in findings)


@pytest.mark.parametrize("collecting", [True, False])
def test_building_and_searching_leave_the_cycle_collector_as_they_found_it(collecting):
    """The build and the search pause Python's cycle collector; a web process must get it
    back, and a caller that switched it off must not find it on (nor after an error)."""
    before = gc.isenabled()
    try:
        if not collecting:
            gc.disable()
        index = OfferIndex(_corpus(11, 40))
        assert gc.isenabled() is collecting
        index.all_parallels(processes=1)
        assert gc.isenabled() is collecting
        with pytest.raises(ValueError):
            OfferIndex([index.get("o11-000"), index.get("o11-000")])
        assert gc.isenabled() is collecting
    finally:
        if before:
            gc.enable()
