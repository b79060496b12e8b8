"""Spreading the search for all parallel offers over the machine's cores.

Finding every pair at half a million offers takes minutes, and the time goes to Python (sparse
indexing, the scoring calls, the reasons of each pair), so threads would not help. The place
blocks are independent of one another: forked child processes search parts of them and send
back the pairs they found. Forking shares the built index with the children without copying
or pickling it (the pages are shared until one side writes to them).

Forking is used only where it is safe: on a platform that has it, and in a process without
other threads (a child inherits the locks other threads hold and could wait for them forever;
a threaded web server is such a process, the task worker is not).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Sequence
from typing import Any

from threadpoolctl import threadpool_limits

#: Below this many offers all pairs take a second or two (bench/README.md, "Scale"): not worth
#: starting processes for.
PROCESSES_FROM = 20_000
#: Parts per process: the parts are handed out as processes become free, so a process that
#: met the dense city centre does not hold up the others.
PARTS_PER_PROCESS = 4

# The work of the forked children: set by run_parts() just before they are forked.
_work: tuple[Callable[[Sequence[Any]], Any], list[Sequence[Any]]] | None = None


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def default_processes(size: int) -> int:
    """How many processes search an index of ``size`` offers when the caller does not say."""
    if size < PROCESSES_FROM or not can_fork():
        return 1
    return usable_cores()


def can_fork() -> bool:
    return (
        "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
        # A child of a daemonic pool process may not start processes of its own.
        and not multiprocessing.current_process().daemon
    )


def split(costs: Sequence[float], parts: int) -> list[range]:
    """Consecutive runs of items whose costs add up to about the same, at most ``parts``.

    Consecutive, so that the pairs put together in the parts' order come in the order of the
    items: neighbouring blocks share offers, and whoever describes the pairs keeps the words of
    the offers it has just described.
    """
    total = float(sum(costs)) or 1.0
    runs, start, spent = [], 0, 0.0
    for number, cost in enumerate(costs):
        spent += cost
        if spent >= total * (len(runs) + 1) / parts and len(runs) < parts - 1:
            runs.append(range(start, number + 1))
            start = number + 1
    if start < len(costs):
        runs.append(range(start, len(costs)))
    return runs


def run_parts(
    work: Callable[[Sequence[Any]], Any], parts: list[Sequence[Any]], processes: int
) -> list[Any]:
    """``work(part)`` for every part in forked processes; the results in the parts' order."""
    global _work
    if processes <= 1 or len(parts) <= 1 or not can_fork():
        return [work(part) for part in parts]
    context = multiprocessing.get_context("fork")
    _work = work, parts
    # The collector marks every object it visits: in a child, that would copy each page of the
    # parent's objects. Frozen objects are left alone.
    gc.freeze()
    try:
        count = min(processes, len(parts))
        pool = context.Pool(count, initializer=_in_child, initargs=(count,))
    finally:
        gc.unfreeze()
        _work = None  # the children have their copy
    try:
        results = pool.map(_run_part, range(len(parts)), chunksize=1)
        pool.close()  # the children end by themselves once the parts are done
        return results
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()


def _in_child(processes: int) -> None:
    # A child inherits its parent's signal handlers; an application server's handler for
    # SIGTERM would keep the child alive where the pool ends it.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # Its share of the cores for the linear algebra (the encoder's dense products): each child
    # starting as many threads as there are cores would have them fight over the cores.
    threadpool_limits(max(1, usable_cores() // processes))


def _run_part(number: int) -> Any:
    assert _work is not None, "run only in a child forked by run_parts()"
    work, parts = _work
    return work(parts[number])
