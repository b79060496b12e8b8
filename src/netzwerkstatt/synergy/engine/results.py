"""What the engine hands back: findings with a score and reasons a coordinator can read."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ParallelOffers:
    """Two offers of different organisations that do the same for the same people nearby.

    ``a`` and ``b`` are offer ids with ``a < b``, so a pair has exactly one form and the web
    app can use it as a key for the coordinator's decision (intended, dismissed, on the agenda).
    """

    a: str
    b: str
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NeedMatch:
    """An offer, and so its organisation, that could meet a need."""

    offer_id: str
    organisation_id: str
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OrganisationMatch:
    """An organisation whose profile fits a need that no offer meets yet."""

    organisation_id: str
    score: float
    reasons: tuple[str, ...]
