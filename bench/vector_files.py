"""Sentence vectors kept in files between benchmark runs (the web app keeps them in its
database): the run after the first need not encode again."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

#: Where the benchmarks keep vectors (under var/, outside git).
VECTOR_CACHE = Path(__file__).resolve().parent.parent / "var" / "bench-meaning"


class FileVectors:
    """A vector store in two files, ``name.keys.json`` and ``name.npy``.

    Like the web app's table, it is read where it lies: the process keeps the keys and the
    vectors written since the last :meth:`save`, and reads the rest from the file on each
    :meth:`get_many` (mapped for the call only). A store that held all of a city's vectors in
    the process would be counted in the engine's memory, which the web app never holds: at 500k
    offers USE's alone take 500 MB in float16.
    """

    def __init__(self, name: str) -> None:
        self.keys_file = VECTOR_CACHE / f"{name}.keys.json"
        self.vectors_file = VECTOR_CACHE / f"{name}.npy"
        self.rows: dict[str, int] = {}
        self.new: dict[str, np.ndarray] = {}
        if self.keys_file.exists() and self.vectors_file.exists():
            keys = json.loads(self.keys_file.read_text())
            self.rows = {key: row for row, key in enumerate(keys)}

    # Kept as float16, as the web app's table keeps them (the index keeps them in 8 bits).
    def get_many(self, keys):
        found = {key: self.new[key].astype(np.float32) for key in keys if key in self.new}
        stored = [key for key in keys if key in self.rows and key not in found]
        if stored:
            matrix = np.load(self.vectors_file, mmap_mode="r")
            rows = np.asarray(matrix[[self.rows[key] for key in stored]], dtype=np.float32)
            del matrix
            found.update(zip(stored, rows, strict=True))
        return found

    def set_many(self, vectors) -> None:
        self.new.update({key: v.astype(np.float16) for key, v in vectors.items()})

    def save(self) -> None:
        if not self.new:
            return
        VECTOR_CACHE.mkdir(parents=True, exist_ok=True)
        keys = list(self.rows)
        parts = []
        if keys:
            parts.append(np.load(self.vectors_file))
        added = [key for key in self.new if key not in self.rows]
        parts.append(np.stack([self.new[key] for key in added]).astype(np.float16))
        matrix = np.concatenate(parts) if len(parts) > 1 else parts[0]
        keys += added
        # The keys last: a run stopped while writing leaves a store that reads as before.
        np.save(self.vectors_file, matrix)
        self.keys_file.write_text(json.dumps(keys))
        self.rows = {key: row for row, key in enumerate(keys)}
        self.new = {}
