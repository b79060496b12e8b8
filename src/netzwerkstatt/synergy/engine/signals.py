"""Structured signals of offers as compact arrays: target groups, topics, place and times.

Scoring millions of candidate pairs has to happen in numpy, so each record's labels become bit
sets (one bit per distinct label), its weekly times a bitmap of quarter hours over the week, and
its place coordinates or a district number. The German wording of these signals for people is
in :mod:`.reasons`.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable

import numpy as np

from .records import WeeklySlot, parse_time

EARTH_RADIUS_M = 6_371_008.8

#: Quarter hours: fine enough for "15:00–16:30" and small enough for 11 machine words a week.
BIN_MINUTES = 15
BINS_PER_DAY = 24 * 60 // BIN_MINUTES
WEEK_WORDS = (7 * BINS_PER_DAY + 63) // 64
#: Offers that follow each other within this gap count as "neighbouring" times: a family can
#: go from one to the other, so they compete for the same afternoon.
NEIGHBOUR_GAP_MINUTES = 60


@functools.lru_cache(maxsize=65_536)
def label_key(label: str) -> str:
    """Labels from different forms of the app compare without case and extra spaces."""
    return " ".join(label.split()).casefold()


class LabelBits:
    """Maps labels to bit positions; bit sets are rows of uint64 words."""

    def __init__(self) -> None:
        self.positions: dict[str, int] = {}

    @property
    def words(self) -> int:
        return max(1, (len(self.positions) + 63) // 64)

    def register(self, labels: Iterable[str]) -> None:
        for label in labels:
            self.positions.setdefault(label_key(label), len(self.positions))

    def bits(self, labels: Iterable[str], words: int | None = None) -> np.ndarray:
        row = np.zeros(words or self.words, dtype=np.uint64)
        for label in labels:
            position = self.positions.get(label_key(label))
            if position is not None and position // 64 < len(row):
                row[position // 64] |= np.uint64(1) << np.uint64(position % 64)
        return row


if hasattr(np, "bitwise_count"):

    def bit_count(bits: np.ndarray) -> np.ndarray:
        """Number of set bits of every element of a uint64 array."""
        return np.bitwise_count(bits)

else:  # numpy < 2.0 has no popcount ufunc; count bytes through a lookup table.
    _BYTE_BITS = np.array([bin(value).count("1") for value in range(256)], dtype=np.uint8)

    def bit_count(bits: np.ndarray) -> np.ndarray:
        """Number of set bits of every element of a uint64 array."""
        as_bytes = np.ascontiguousarray(bits).view(np.uint8).reshape(*bits.shape, 8)
        return _BYTE_BITS[as_bytes].sum(axis=-1, dtype=np.uint8)


def popcount(bits: np.ndarray) -> np.ndarray:
    """Number of set bits per row of a 2-D uint64 array."""
    return bit_count(bits).sum(axis=-1, dtype=np.int32)


def week_bitmap(slots: tuple[WeeklySlot, ...]) -> tuple[np.ndarray, int]:
    """Quarter-hour bitmap of the week and a 7-bit mask of the weekdays with a slot."""
    bits = np.zeros(WEEK_WORDS * 64, dtype=bool)
    days = 0
    for weekday, start, end in slots:
        first = parse_time(start) // BIN_MINUTES
        last = -(-parse_time(end) // BIN_MINUTES)
        offset = weekday * BINS_PER_DAY
        bits[offset + first : offset + last] = True
        days |= 1 << weekday
    return np.packbits(bits, bitorder="little").view(np.uint64), days


def dilate(bitmap: np.ndarray, bins: int) -> np.ndarray:
    """Widen every slot by ``bins`` quarter hours on both sides, without crossing midnight."""
    flat = np.unpackbits(bitmap.view(np.uint8), bitorder="little").astype(bool)
    week = flat[: 7 * BINS_PER_DAY].reshape(7, BINS_PER_DAY)
    grown = week.copy()
    for shift in range(1, bins + 1):
        grown[:, shift:] |= week[:, :-shift]
        grown[:, :-shift] |= week[:, shift:]
    out = np.zeros(WEEK_WORDS * 64, dtype=bool)
    out[: 7 * BINS_PER_DAY] = grown.ravel()
    return np.packbits(out, bitorder="little").view(np.uint64)


def haversine_m(
    lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray
) -> np.ndarray:
    phi1, phi2 = np.radians(lat1), np.radians(lat2)
    dphi = phi2 - phi1
    dlmb = np.radians(lon2 - lon1)
    a = np.sin(dphi / 2) ** 2 + np.cos(phi1) * np.cos(phi2) * np.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance of two points in metres (the scalar twin of :func:`haversine_m`)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((phi2 - phi1) / 2) ** 2
        + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(min(1.0, max(0.0, a))))


def metres_per_degree_lat() -> float:
    return EARTH_RADIUS_M * math.pi / 180.0


def unit_vectors(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """Points on the unit sphere, shape (n, 3).

    Blocking works on these instead of on latitude and longitude: a straight-line (chord)
    distance is never longer than the great-circle distance, so a grid of cubes in this space
    finds every pair within a distance anywhere on earth, near the poles and across the date
    line included.
    """
    phi, lmb = np.radians(lat), np.radians(lon)
    return np.stack([np.cos(phi) * np.cos(lmb), np.cos(phi) * np.sin(lmb), np.sin(phi)], axis=-1)


def grid_cells(points: np.ndarray, cell_m: float) -> np.ndarray:
    """Integer cube coordinates, shape (n, 3), of unit-sphere points for cubes of ``cell_m``."""
    return np.floor(points * (EARTH_RADIUS_M / cell_m)).astype(np.int64)


#: Neighbour cubes "after" a cube, so that every pair of neighbouring cubes is visited once.
FORWARD_NEIGHBOURS: tuple[tuple[int, int, int], ...] = tuple(
    (dx, dy, dz)
    for dx in (-1, 0, 1)
    for dy in (-1, 0, 1)
    for dz in (-1, 0, 1)
    if (dx, dy, dz) > (0, 0, 0)
)
ALL_NEIGHBOURS: tuple[tuple[int, int, int], ...] = tuple(
    (dx, dy, dz) for dx in (-1, 0, 1) for dy in (-1, 0, 1) for dz in (-1, 0, 1)
)
