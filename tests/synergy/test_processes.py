"""All pairs in several processes: the same findings as in one, forked only where safe."""

import os
import threading

import pytest

from netzwerkstatt.synergy.engine import OfferIndex, processes
from netzwerkstatt.synergy.engine import index as index_module
from tests.synergy.test_index import _corpus, spread_over_town

pytestmark = pytest.mark.skipif(
    "fork" not in processes.multiprocessing.get_all_start_methods(), reason="needs fork"
)


def _pid_of_part(part):
    return os.getpid(), list(part)


def _fails_on_two(part):
    if 2 in part:
        raise ValueError(f"part {list(part)} failed")
    return list(part)


@pytest.fixture
def forking(monkeypatch):
    """Fork even if a fixture elsewhere in this test process left a thread running (a live
    server): the children here run only the engine, which takes none of its locks."""
    monkeypatch.setattr(processes, "can_fork", lambda: True)


def test_parts_run_in_child_processes_in_order(forking):
    parts = [range(0, 3), range(3, 5), range(5, 9)]
    results = processes.run_parts(_pid_of_part, parts, 2)
    assert [items for _, items in results] == [[0, 1, 2], [3, 4], [5, 6, 7, 8]]
    assert os.getpid() not in {pid for pid, _ in results}


def test_a_failing_part_fails_the_whole_search(forking):
    with pytest.raises(ValueError, match=r"part \[2\] failed"):
        processes.run_parts(_fails_on_two, [range(1, 2), range(2, 3), range(3, 4)], 2)


def test_no_fork_while_another_thread_runs():
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not processes.can_fork()
        results = processes.run_parts(_pid_of_part, [range(2), range(2, 4)], 2)
        assert {pid for pid, _ in results} == {os.getpid()}
        assert processes.default_processes(1_000_000) == 1
    finally:
        stop.set()
        other.join()


def test_small_indexes_are_searched_in_one_process():
    assert processes.default_processes(processes.PROCESSES_FROM - 1) == 1


def test_split_keeps_blocks_in_order_with_about_equal_costs():
    costs = [5, 1, 1, 1, 1, 1, 4, 2, 2, 2]
    runs = processes.split(costs, 4)
    assert [i for run in runs for i in run] == list(range(len(costs)))
    assert [sum(costs[i] for i in run) for run in runs] == [5, 5, 6, 4]
    assert processes.split([], 4) == []
    assert processes.split([3], 4) == [range(0, 1)]


def test_all_pairs_in_several_processes_equal_one_process(forking, monkeypatch):
    # Dense cells, many small cells across town, district-only and nowhere blocks.
    index = OfferIndex(_corpus(3, 300) + spread_over_town(120, prefix="s", seed=11))
    parts_run = []
    run_parts = index_module.run_parts

    def counting(work, parts, count):
        parts_run.append(len(parts))
        return run_parts(work, parts, count)

    monkeypatch.setattr(index_module, "run_parts", counting)
    alone = index.all_parallels(processes=1)
    together = index.all_parallels(processes=2)
    assert parts_run == [2 * processes.PARTS_PER_PROCESS]
    assert len(alone) > 100
    assert together == alone
