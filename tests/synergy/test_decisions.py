"""Every decision about a finding is kept, not only the latest (the activity report counts them)."""

import importlib

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils import timezone

from netzwerkstatt.synergy import services
from netzwerkstatt.synergy.models import FindingDecision, FindingStatus, ParallelOfferFinding
from tests.factories import OfferFactory

pytestmark = pytest.mark.django_db


def _finding(world, **fields):
    a = OfferFactory(organisation=world.member_org)
    b = OfferFactory(organisation=world.coordinator_org)
    return ParallelOfferFinding.objects.create(
        network=world.network, offer_a=a, offer_b=b, score=0.9, **fields
    )


def test_each_decision_is_kept_in_order(world):
    finding = _finding(world)
    services.set_finding_status(finding, status=FindingStatus.NEXT_MEETING, by=world.coordinator)
    services.set_finding_status(finding, status=FindingStatus.INTENDED, by=world.coordinator)
    decisions = list(finding.decisions.values_list("status", flat=True))
    assert decisions == [FindingStatus.NEXT_MEETING, FindingStatus.INTENDED]
    finding.refresh_from_db()
    assert finding.decisions.last().decided_at == finding.status_changed_at


def test_an_unknown_decision_keeps_nothing(world):
    finding = _finding(world)
    with pytest.raises(ValidationError):
        services.set_finding_status(finding, status="egal")
    assert not FindingDecision.objects.exists()


def test_the_migration_keeps_the_current_decision_of_decided_findings(world):
    decided_at = timezone.now()
    decided = _finding(world, status=FindingStatus.DONE, status_changed_at=decided_at)
    _finding(world)
    importlib.import_module(
        "netzwerkstatt.synergy.migrations.0003_record_existing_finding_decisions"
    ).record_existing(apps, None)
    decision = FindingDecision.objects.get()
    assert (decision.finding_id, decision.status, decision.decided_at) == (
        decided.pk,
        FindingStatus.DONE,
        decided_at,
    )
