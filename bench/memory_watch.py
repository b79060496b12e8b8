"""The peak memory of a process together with its children, as the machine counts it.

    watcher = MemoryWatch()        # starts watching this process
    ...
    peak_mb = watcher.stop()

The engine spreads its search over forked processes, which share most of their pages with the
parent: adding up their resident sizes would count the index once per process. The
proportional set size (PSS, Linux) splits each shared page between the processes that hold
it, so the sum over the process tree is the memory they take together. It is sampled every
0.1 s by a separate process (a thread would keep the engine from forking).
"""

from __future__ import annotations

import os
import select
import subprocess
import sys
from pathlib import Path

INTERVAL_S = 0.1


def tree(root: int) -> list[int]:
    """The process and all its descendants."""
    pids = [root]
    for pid in pids:
        for task in Path(f"/proc/{pid}/task").glob("*"):
            try:
                pids.extend(int(child) for child in (task / "children").read_text().split())
            except OSError:
                pass
    return pids


def pss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:  # the process ended between listing and reading
        pass
    return 0


class MemoryWatch:
    def __init__(self) -> None:
        self._process = subprocess.Popen(
            [sys.executable, __file__, str(os.getpid())],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def stop(self) -> float:
        """Peak PSS of the process tree in MiB since the watch started (0 where Linux does
        not tell)."""
        output, _ = self._process.communicate("stop\n")
        return int(output) / 1024


def watch(root: int) -> None:
    peak, me = 0, os.getpid()
    # Until the watched process says stop (or closes the pipe).
    while not select.select([sys.stdin], [], [], INTERVAL_S)[0]:
        peak = max(peak, sum(pss_kib(pid) for pid in tree(root) if pid != me))
    print(peak)


if __name__ == "__main__":
    watch(int(sys.argv[1]))
