"""A task for the worker test: it notes each run in a file of its own."""

import os
import time
from pathlib import Path

from django_tasks import task


@task()
def note_run(folder: str, number: int) -> int:
    # Long enough that two workers are busy at the same time.
    time.sleep(0.02)
    with (Path(folder) / f"{number}.run").open("a") as runs:
        runs.write(f"{os.getpid()}\n")
    return number
