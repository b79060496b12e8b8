"""Synergy findings of network A."""

from django.urls import reverse

from netzwerkstatt.synergy.models import ParallelOfferFinding, SynergyRefresh, SynergySettings
from tests.permission_matrix.matrix import COORDINATORS, Case, GetOnly

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
]

GET_ONLY = [
    GetOnly("synergy:findings", lambda w: reverse("synergy:findings", args=[w.net_a.slug])),
    GetOnly("synergy:gaps", lambda w: reverse("synergy:gaps", args=[w.net_a.slug])),
    GetOnly("synergy:explain", lambda w: reverse("synergy:explain", args=[w.net_a.slug])),
    GetOnly("synergy:gaps_csv", lambda w: reverse("synergy:gaps_csv", args=[w.net_a.slug])),
]
