"""Synergy findings of network A, and the city-wide view (network B shares with it)."""

from django.urls import reverse

from netzwerkstatt.synergy.models import (
    CitywideRefresh,
    LexiconEntry,
    ParallelOfferFinding,
    SynergyRefresh,
    SynergySettings,
)
from tests.permission_matrix.matrix import COORDINATORS, Case, GetOnly

#: Only the installation-wide role; superusers grant it but do not hold it.
CITYWIDE = frozenset({"citywide"})

CASES = [
    Case(
        "synergy:refresh",
        lambda w: reverse("synergy:refresh", args=[w.net_a.slug]),
        allowed=COORDINATORS,
        effect=lambda ctx: SynergyRefresh.objects.filter(network=ctx.world.net_a).exists(),
    ),
    Case(
        "synergy:finding_status",
        lambda w: reverse("synergy:finding_status", args=[w.net_a.slug, w.finding.pk]),
        allowed=COORDINATORS,
        data=lambda w, actor: {"status": "intended", "note": "Gewollt"},
        effect=lambda ctx: (
            ParallelOfferFinding.objects.get(pk=ctx.world.finding.pk).status == "intended"
        ),
    ),
    Case(
        "synergy:threshold",
        lambda w: reverse("synergy:threshold", args=[w.net_a.slug]),
        allowed=COORDINATORS,
        data=lambda w, actor: {"threshold": "0,7", "previewed": "0.7", "save": ""},
        effect=lambda ctx: SynergySettings.objects.filter(
            network=ctx.world.net_a, min_score=0.7
        ).exists(),
    ),
    Case(
        "synergy:citywide_sharing",
        lambda w: reverse("synergy:citywide_sharing", args=[w.net_a.slug]),
        allowed=COORDINATORS,
        data=lambda w, actor: {"shared_citywide": "on"},
        effect=lambda ctx: SynergySettings.objects.filter(
            network=ctx.world.net_a, shared_citywide=True
        ).exists(),
    ),
    Case(
        "synergy:citywide_refresh",
        lambda w: reverse("synergy:citywide_refresh"),
        allowed=CITYWIDE,
        effect=lambda ctx: CitywideRefresh.objects.exists(),
    ),
    Case(
        "synergy:citywide_finding_status",
        lambda w: reverse("synergy:citywide_finding_status", args=[w.citywide_finding.pk]),
        allowed=CITYWIDE,
        data=lambda w, actor: {"status": "dismissed", "note": "Zwei Stadtteile"},
        effect=lambda ctx: (
            ParallelOfferFinding.objects.get(pk=ctx.world.citywide_finding.pk).status == "dismissed"
        ),
    ),
    Case(
        "synergy:finding_status",
        lambda w: reverse("synergy:finding_status", args=[w.net_a.slug, w.citywide_finding.pk]),
        variant="city-wide finding",
        allowed=frozenset(),
        data=lambda w, actor: {"status": "dismissed"},
        effect=lambda ctx: (
            ParallelOfferFinding.objects.get(pk=ctx.world.citywide_finding.pk).status == "dismissed"
        ),
    ),
]


def _with_term_entry(world, _client) -> None:
    LexiconEntry.objects.create(
        network=world.net_a, relation="same", term_a="Trödelmarkt", term_b="Flohmarkt"
    )


def _term_entry_url(world) -> str:
    entry = LexiconEntry.objects.get(network=world.net_a, term_a="Trödelmarkt")
    return reverse("synergy:term_withdraw", args=[world.net_a.slug, entry.pk])


CASES += [
    Case(
        "synergy:terms",
        lambda w: reverse("synergy:terms", args=[w.net_a.slug]),
        allowed=COORDINATORS,
        data=lambda w, actor: {
            "relation": "different",
            "term_a": "Englischkurs",
            "term_b": "Deutschkurs",
        },
        effect=lambda ctx: LexiconEntry.objects.filter(
            network=ctx.world.net_a, term_a="Englischkurs"
        ).exists(),
    ),
    # A situation entry changes the need suggestions of the network at once: the same rights.
    Case(
        "synergy:terms",
        lambda w: reverse("synergy:terms", args=[w.net_a.slug]),
        variant="situation",
        allowed=COORDINATORS,
        data=lambda w, actor: {
            "relation": "situation",
            "term_a": "Gerichtsvollzieher",
            "term_b": "Sozialberatung",
        },
        effect=lambda ctx: LexiconEntry.objects.filter(
            network=ctx.world.net_a, relation="situation"
        ).exists(),
    ),
    Case(
        "synergy:term_withdraw",
        _term_entry_url,
        allowed=COORDINATORS,
        prepare=_with_term_entry,
        effect=lambda ctx: LexiconEntry.objects.filter(
            network=ctx.world.net_a, withdrawn_at__isnull=False
        ).exists(),
    ),
]

GET_ONLY = [
    GetOnly("synergy:findings", lambda w: reverse("synergy:findings", args=[w.net_a.slug])),
    GetOnly("synergy:gaps", lambda w: reverse("synergy:gaps", args=[w.net_a.slug])),
    GetOnly("synergy:explain", lambda w: reverse("synergy:explain", args=[w.net_a.slug])),
    GetOnly("synergy:gaps_csv", lambda w: reverse("synergy:gaps_csv", args=[w.net_a.slug])),
    GetOnly("synergy:citywide_findings", lambda w: reverse("synergy:citywide_findings")),
    GetOnly("synergy:citywide_needs", lambda w: reverse("synergy:citywide_needs")),
    GetOnly("synergy:citywide_explain", lambda w: reverse("synergy:citywide_explain")),
]
