"""Unit vectors by index slot in 8 bits, for the sentence models' opinions.

A city's index holds one vector per offer and model. In float16 the vectors of 500k offers
take 488 MiB (USE) and 366 MiB (e5), beside an index that already needs most of its 4 GB; in
8 bits (integers −127…127 and one scale per vector) they take half, and the labelled files
give the same figures with them (bench/README.md, "A second model", ``--bits 8``, and "USE's
vectors in 8 bits"). Turning int8 into float32 is also faster than turning float16, which is
most of what comparing a need with a city's offers costs.
"""

from __future__ import annotations

import numpy as np

#: Rows turned into float32 at once when one vector is compared with many (see
#: :meth:`EightBitVectors.cosines_with`): a few MB, so the chunk stays in the cache.
VECTOR_CHUNK = 4_096


def products_with(rows: np.ndarray, slots: np.ndarray, query: np.ndarray) -> np.ndarray:
    """``rows[slots] @ query`` in float32, :data:`VECTOR_CHUNK` rows at a time: a city's rows
    turned into float32 at once would cost more than the product."""
    query = np.asarray(query, dtype=np.float32)
    products = np.empty(len(slots), dtype=np.float32)
    for start in range(0, len(slots), VECTOR_CHUNK):
        part = slots[start : start + VECTOR_CHUNK]
        products[start : start + len(part)] = rows[part].astype(np.float32) @ query
    return products


class EightBitVectors:
    """Rows of unit vectors kept as ``codes * scale``; a slot without a vector has scale 0."""

    def __init__(self, rows: int, dimensions: int) -> None:
        self.codes = np.zeros((rows, dimensions), dtype=np.int8)
        self.scales = np.zeros(rows, dtype=np.float32)

    def __len__(self) -> int:
        return len(self.scales)

    @property
    def dimensions(self) -> int:
        return self.codes.shape[1]

    def grow(self, rows: int) -> None:
        """Room for ``rows`` slots at least (new slots have no vector)."""
        if rows <= len(self):
            return
        codes = np.zeros((rows, self.dimensions), dtype=np.int8)
        codes[: len(self)] = self.codes
        scales = np.zeros(rows, dtype=np.float32)
        scales[: len(self)] = self.scales
        self.codes, self.scales = codes, scales

    def set(self, start: int, vectors: np.ndarray) -> None:
        """Keep ``vectors`` (float rows) in the slots from ``start`` on; a row of zeros (a
        text not read yet) stays without a vector."""
        vectors = np.asarray(vectors, dtype=np.float32).reshape(-1, self.dimensions)
        largest = np.abs(vectors).max(axis=1) if len(vectors) else np.zeros(0, np.float32)
        scales = (largest / 127).astype(np.float32)
        divisor = np.where(scales > 0, scales, 1.0)[:, None]
        end = start + len(vectors)
        self.codes[start:end] = np.round(vectors / divisor).astype(np.int8)
        self.scales[start:end] = scales

    def clear(self, slot: int) -> None:
        self.codes[slot] = 0
        self.scales[slot] = 0

    def has(self, slots: np.ndarray) -> np.ndarray:
        return self.scales[slots] > 0

    def rows(self, slots: np.ndarray) -> np.ndarray:
        """The vectors of ``slots`` as float32 rows (zeros where a slot has none)."""
        return self.codes[slots].astype(np.float32) * self.scales[slots, None]

    def cosines_of_pairs(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        """The cosine of each pair of slots; ``nan`` where either has no vector."""
        cosine = np.einsum("ij,ij->i", self.rows(first), self.rows(second))
        return np.where(self.has(first) & self.has(second), cosine, np.nan)

    def products_with(self, slots: np.ndarray, query: np.ndarray) -> np.ndarray:
        """The product of ``query`` (a float vector) and each slot's vector; 0 where a slot
        has none."""
        # Each row's scale applied to its product rather than to its codes.
        return products_with(self.codes, slots, query) * self.scales[slots]

    def cosines_with(self, slots: np.ndarray, query: np.ndarray) -> np.ndarray:
        """The cosine of ``query`` (a unit vector) and each slot's vector; ``nan`` where a
        slot, or the query, has none."""
        if not np.any(query):
            return np.full(len(slots), np.nan)
        return np.where(self.has(slots), self.products_with(slots, query), np.nan)
