"""Sentence vectors kept in files between benchmark runs (the web app keeps them in its
database): the run after the first need not encode again."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

#: Where the benchmarks keep vectors (under var/, outside git).
VECTOR_CACHE = Path(__file__).resolve().parent.parent / "var" / "bench-meaning"


class FileVectors:
    """A vector store in two files, ``name.keys.json`` and ``name.npy``."""

    def __init__(self, name: str) -> None:
        self.keys_file = VECTOR_CACHE / f"{name}.keys.json"
        self.vectors_file = VECTOR_CACHE / f"{name}.npy"
        self.vectors: dict[str, np.ndarray] = {}
        if self.keys_file.exists() and self.vectors_file.exists():
            keys = json.loads(self.keys_file.read_text())
            matrix = np.load(self.vectors_file)
            self.vectors = dict(zip(keys, matrix, strict=True))

    # Kept as float16, as the web app's table and the index keep them: at 500k offers float32
    # copies would add a gigabyte the web app never holds.
    def get_many(self, keys):
        return {key: self.vectors[key].astype(np.float32) for key in keys if key in self.vectors}

    def set_many(self, vectors) -> None:
        self.vectors.update({key: v.astype(np.float16) for key, v in vectors.items()})

    def save(self) -> None:
        if not self.vectors:
            return
        VECTOR_CACHE.mkdir(parents=True, exist_ok=True)
        keys = list(self.vectors)
        self.keys_file.write_text(json.dumps(keys))
        np.save(self.vectors_file, np.stack([self.vectors[key] for key in keys]))
