"""Stored findings: full and incremental refresh, and coordinators' decisions surviving them."""

import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone, translation
from django.utils.html import strip_tags

from netzwerkstatt.offers import services as offer_services
from netzwerkstatt.offers.models import OfferStatus
from netzwerkstatt.synergy import index_cache, services
from netzwerkstatt.synergy.models import FindingStatus, ParallelOfferFinding, SynergyRefresh
from netzwerkstatt.synergy.reason_text import reasons_html
from tests.factories import (
    MembershipFactory,
    OfferFactory,
    TargetGroupFactory,
    TopicFactory,
    WeeklySlotFactory,
)

pytestmark = pytest.mark.django_db

HOMEWORK = "Hausaufgabenhilfe für Grundschulkinder: wir lernen gemeinsam und machen Aufgaben."


@pytest.fixture
def homework(world):
    """Two organisations help primary-school children with homework, 150 m apart, Tuesdays."""
    kinder = TargetGroupFactory(slug="kinder", name="Kinder")
    lernen = TopicFactory(slug="lernen", name="Lernen")
    first = OfferFactory(
        organisation=world.member_org,
        title="Hausaufgabenhilfe",
        description=HOMEWORK,
        target_groups=[kinder],
        topics=[lernen],
        latitude=51.3600,
        longitude=12.4100,
    )
    second = OfferFactory(
        organisation=world.coordinator_org,
        title="Hilfe bei den Hausaufgaben",
        description="Wir helfen Grundschulkindern bei den Hausaufgaben und lernen gemeinsam.",
        target_groups=[kinder],
        topics=[lernen],
        latitude=51.3610,
        longitude=12.4115,
    )
    WeeklySlotFactory(offer=first, weekday=1)
    WeeklySlotFactory(offer=second, weekday=1, start_time=datetime.time(14, 30))
    return first, second


def test_full_refresh_stores_the_pair_once_with_reasons(world, homework):
    result = services.refresh_network(world.network)
    assert result.findings == 1
    finding = ParallelOfferFinding.objects.get()
    first, second = sorted(homework, key=lambda o: o.pk)
    assert (finding.offer_a, finding.offer_b) == (first, second)
    assert finding.status == FindingStatus.NEW and finding.is_current
    assert 0 < finding.score <= 1
    # Stored as codes and values, worded when shown: here in German.
    assert {"code": "same_groups", "groups": ["Kinder"]} in finding.reasons
    with translation.override("de"):
        worded = " ".join(strip_tags(text) for text in reasons_html(finding.reasons))
    assert "Beide für Kinder" in worded and "dienstags" in worded
    summary = SynergyRefresh.objects.get(network=world.network)
    assert (summary.offers_checked, summary.findings) == (2, 1)


def test_offers_of_the_same_organisation_are_never_paired(world, homework):
    first, second = homework
    second.organisation = first.organisation
    second.save()
    assert services.refresh_network(world.network).findings == 0


def test_offers_of_non_members_are_left_out(world, homework):
    homework[1].organisation = world.outside_org
    homework[1].save()
    assert services.refresh_network(world.network).findings == 0


def test_a_decision_survives_the_next_refresh(world, homework, django_user_model):
    services.refresh_network(world.network)
    finding = ParallelOfferFinding.objects.get()
    services.set_finding_status(
        finding, status=FindingStatus.INTENDED, note="Verschiedene Sprachen", by=world.coordinator
    )
    services.refresh_network(world.network)
    finding.refresh_from_db()
    assert finding.status == FindingStatus.INTENDED
    assert finding.note == "Verschiedene Sprachen"
    assert finding.status_changed_by == world.coordinator
    assert ParallelOfferFinding.objects.count() == 1


def test_a_pair_no_longer_found_is_hidden_and_comes_back_with_its_decision(world, homework):
    services.refresh_network(world.network)
    finding = ParallelOfferFinding.objects.get()
    services.set_finding_status(finding, status=FindingStatus.DISMISSED)
    homework[1].status = OfferStatus.PAUSED
    homework[1].save()
    services.refresh_network(world.network)
    finding.refresh_from_db()
    assert not finding.is_current
    homework[1].status = OfferStatus.ACTIVE
    homework[1].save()
    services.refresh_network(world.network)
    finding.refresh_from_db()
    assert finding.is_current and finding.status == FindingStatus.DISMISSED


def test_a_bad_offer_is_skipped_and_reported_without_stopping_the_refresh(world, homework):
    broken = OfferFactory(organisation=world.member_org, title="Riesig", description="x" * 20_001)
    result = services.refresh_network(world.network)
    assert result.findings == 1
    assert [problem["offer"] for problem in result.problems] == [str(broken.pk)]
    assert "description" in result.problems[0]["problem"]
    assert SynergyRefresh.objects.get().problems == result.problems


def test_editing_an_offer_refreshes_its_findings_after_commit(
    world, homework, django_capture_on_commit_callbacks
):
    first, second = homework
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        offer_services.update_offer(first, data={"title": "Hausaufgabenhilfe"}, by=world.member)
    assert len(callbacks) == 1
    assert ParallelOfferFinding.objects.filter(is_current=True).count() == 1
    # Moving it to a different target group ends the parallel.
    jugend = TargetGroupFactory(slug="jugendliche", name="Jugendliche")
    with django_capture_on_commit_callbacks(execute=True):
        offer_services.update_offer(first, data={"target_groups": [jugend]}, by=world.member)
    assert not ParallelOfferFinding.objects.get().is_current


def test_pausing_an_offer_hides_its_findings(world, homework, django_capture_on_commit_callbacks):
    services.refresh_network(world.network)
    with django_capture_on_commit_callbacks(execute=True):
        offer_services.set_offer_status(homework[0], status=OfferStatus.PAUSED)
    assert not ParallelOfferFinding.objects.get().is_current


def test_incremental_and_full_refresh_agree(world, homework):
    first, _second = homework
    assert services.refresh_offer(first.pk) == 1
    incremental = list(ParallelOfferFinding.objects.values_list("offer_a", "offer_b"))
    ParallelOfferFinding.objects.all().delete()
    services.refresh_network(world.network)
    assert list(ParallelOfferFinding.objects.values_list("offer_a", "offer_b")) == incremental


def test_refreshing_a_deleted_offer_changes_nothing_else(world, homework):
    services.refresh_network(world.network)
    assert services.refresh_offer(999_999) == 0
    assert ParallelOfferFinding.objects.get().is_current


def test_unknown_decision_is_rejected(world, homework):
    services.refresh_network(world.network)
    finding = ParallelOfferFinding.objects.get()
    with pytest.raises(Exception, match="Unbekannter Status"):
        services.set_finding_status(finding, status="egal")
    finding.refresh_from_db()
    assert finding.status == FindingStatus.NEW


def test_refresh_command_reports_each_network(world, homework):
    out = StringIO()
    call_command("synergy", "refresh", "--network", "sis", stdout=out, stderr=StringIO())
    assert "2 offers checked, 1 parallel pairs" in out.getvalue()
    call_command("synergy", "refresh", stdout=StringIO(), stderr=StringIO())
    assert SynergyRefresh.objects.count() == 2
    with pytest.raises(CommandError):
        call_command("synergy", "refresh", "--network", "gibt-es-nicht", stderr=StringIO())


def test_cached_index_follows_changes_made_elsewhere(world, homework):
    first, second = homework
    index = index_cache.network_index(world.network)
    assert {str(first.pk), str(second.pk)} <= set(o.id for o in index.offers())
    # Another process pauses one offer and renames the other, without telling this one.
    type(first).objects.filter(pk=first.pk).update(status=OfferStatus.PAUSED)
    type(second).objects.filter(pk=second.pk).update(
        title="Theatergruppe", description="Wir spielen Theater.", updated_at=timezone.now()
    )
    index = index_cache.network_index(world.network)
    assert str(first.pk) not in index
    assert index.get(str(second.pk)).title == "Theatergruppe"


def test_incremental_refreshes_match_a_full_refresh_after_many_edits(world, homework):
    first, second = homework
    third = OfferFactory(
        organisation=world.outside_org,
        title="Lerntreff Hausaufgaben",
        description=HOMEWORK,
        target_groups=list(first.target_groups.all()),
        latitude=51.3605,
        longitude=12.4105,
    )
    MembershipFactory(network=world.network, organisation=world.outside_org)
    for offer in (first, second, third):
        services.refresh_offer(offer.pk)
    offer_services.update_offer(third, data={"description": "Schach und Go für alle."})
    services.refresh_offer(third.pk)
    incremental = set(
        ParallelOfferFinding.objects.filter(is_current=True).values_list("offer_a", "offer_b")
    )
    services.refresh_network(world.network)
    full = set(
        ParallelOfferFinding.objects.filter(is_current=True).values_list("offer_a", "offer_b")
    )
    assert incremental == full
