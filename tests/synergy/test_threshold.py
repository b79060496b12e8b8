"""The coordinators' threshold: its effect is shown before saving, bad values change nothing."""

import datetime

import pytest
from django.urls import reverse

from netzwerkstatt.audit.models import AuditAction, AuditEntry
from netzwerkstatt.synergy import selectors, services
from netzwerkstatt.synergy.engine.scoring import DEFAULT_MIN_SCORE
from netzwerkstatt.synergy.models import (
    FindingDecision,
    FindingStatus,
    ParallelOfferFinding,
    SynergySettings,
)
from tests.synergy.test_web_refresh import homework  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


@pytest.fixture
def finding(world, homework):  # noqa: F811
    # Right after the other, the two homework offers compete a little less: a pair below 1.
    homework[1].weekly_slots.update(
        start_time=datetime.time(17, 30), end_time=datetime.time(18, 30)
    )
    services.refresh_network(world.network)
    finding = ParallelOfferFinding.objects.get()
    assert DEFAULT_MIN_SCORE <= finding.score < 0.99
    return finding


def url(world):
    return reverse("synergy:threshold", args=[world.network.slug])


def test_default_threshold_until_coordinators_choose(world):
    assert selectors.threshold_of(world.network) == DEFAULT_MIN_SCORE


def test_preview_counts_pairs_and_decisions_without_saving(as_user, world, finding):
    services.set_finding_status(finding, status=FindingStatus.DISMISSED, by=world.coordinator)
    response = as_user(world.coordinator).post(url(world), {"threshold": "0,99", "preview": ""})
    content = response.content.decode()
    assert response.status_code == 200
    assert "0 Paare würden gemeldet (jetzt 1)." in content
    assert "Nicht mehr gemeldet, zum Beispiel" in content
    assert "Hilfe bei den Hausaufgaben" in content
    # The dismissed pair: reported now, not with the proposed threshold.
    assert "<td>1</td><td>1</td><td>0</td>" in content
    assert not SynergySettings.objects.exists()


def test_save_applies_the_previewed_value_and_recalculates(as_user, world, finding):
    response = as_user(world.coordinator).post(
        url(world), {"threshold": "0,99", "previewed": "0.99", "save": ""}
    )
    assert response.status_code == 302
    assert selectors.threshold_of(world.network) == 0.99
    # The refresh ran (tasks run at once in tests): the pair scores below 0.99.
    assert not ParallelOfferFinding.objects.get(pk=finding.pk).is_current
    entry = AuditEntry.objects.get(action=AuditAction.SYNERGY_THRESHOLD_CHANGED)
    assert entry.network == world.network
    assert entry.before == {"threshold": DEFAULT_MIN_SCORE} and entry.after == {"threshold": 0.99}


def test_a_value_other_than_the_previewed_one_is_previewed_first(as_user, world, finding):
    response = as_user(world.coordinator).post(
        url(world), {"threshold": "0,3", "previewed": "0.99", "save": ""}
    )
    assert response.status_code == 200
    assert "Auswirkung von 0,30" in response.content.decode()
    assert not SynergySettings.objects.exists()


@pytest.mark.parametrize("value", ["1,5", "-0,1", "abc", "", "1e400", "9" * 5000])
def test_bad_values_keep_the_previous_threshold(as_user, world, finding, value):
    services.set_threshold(world.network, 0.65, by=world.coordinator)
    response = as_user(world.coordinator).post(
        url(world), {"threshold": value, "previewed": value, "save": ""}
    )
    assert response.status_code == 200
    assert 'class="errorlist' in response.content.decode()
    assert selectors.threshold_of(world.network) == 0.65


@pytest.mark.parametrize("value", [1.5, -0.1, None])
def test_service_refuses_values_outside_0_to_1(world, value):
    if value is None:
        services.set_threshold(world.network, None, by=None)  # back to the default
        assert selectors.threshold_of(world.network) == DEFAULT_MIN_SCORE
        return
    with pytest.raises(Exception, match="zwischen 0 und 1"):
        services.set_threshold(world.network, value, by=None)
    with pytest.raises(Exception, match="zwischen 0 und 1"):
        services.threshold_preview(world.network, value)


def test_lower_threshold_reports_more_pairs(world, finding):
    services.set_threshold(world.network, 0.99, by=None)
    assert services.refresh_network(world.network).findings == 0
    services.set_threshold(world.network, 0.3, by=None)
    assert services.refresh_network(world.network).findings == 1


def test_decision_keeps_the_pair_as_the_engine_saw_it(world, finding):
    services.set_finding_status(finding, status=FindingStatus.INTENDED, by=world.coordinator)
    pair = FindingDecision.objects.get().pair
    assert {pair["a"]["title"], pair["b"]["title"]} == {
        finding.offer_a.title,
        finding.offer_b.title,
    }
    assert pair["a"]["target_groups"] == ["Kinder"] and pair["score"] == finding.score


def test_latest_labelled_decisions_become_evaluation_pairs(world, finding):
    from netzwerkstatt.synergy import evidence

    services.set_finding_status(finding, status=FindingStatus.DISMISSED, by=world.coordinator)
    services.set_finding_status(finding, status=FindingStatus.INTENDED, by=world.coordinator)
    (pair,) = evidence.labelled_pairs()
    assert pair["label"] == 1 and pair["case"] == "decision: intended"
    assert pair["network"] == world.network.slug and pair["a"]["title"]
    # For the next meeting, or undone: no label.
    services.set_finding_status(finding, status=FindingStatus.NEXT_MEETING, by=world.coordinator)
    assert list(evidence.labelled_pairs()) == []
    services.set_finding_status(finding, status=FindingStatus.DISMISSED, by=world.coordinator)
    assert [p["label"] for p in evidence.labelled_pairs(world.network.slug)] == [0]
    assert list(evidence.labelled_pairs("other-network")) == []


def test_offers_linked_to_a_need_become_need_pairs_that_tell_recall(world, finding):
    from netzwerkstatt.synergy import evidence
    from netzwerkstatt.synergy.engine import NeedRecord, OfferRecord
    from tests.factories import NeedFactory

    need = NeedFactory(
        network=world.network, title="Kinder kommen ohne Hausaufgaben", description="Seit Mai."
    )
    need.answering_offers.add(finding.offer_a)
    NeedFactory(network=world.network, title="Noch ohne Antwort")  # links nothing
    (pair,) = evidence.labelled_pairs(world.network.slug)
    assert (pair["type"], pair["label"], pair["case"]) == ("need", 1, evidence.LINKED_CASE)
    assert pair["need"]["title"] == "Kinder kommen ohne Hausaufgaben"
    assert pair["offer"]["title"] == finding.offer_a.title
    assert pair["network"] == world.network.slug
    # The records load as the evaluation loads them (bench/eval_quality.py).
    NeedRecord(**pair["need"])
    OfferRecord(
        **{**pair["offer"], "weekly_slots": tuple(map(tuple, pair["offer"]["weekly_slots"]))}
    )
    assert list(evidence.labelled_pairs("other-network")) == []


def test_labelled_pairs_command_writes_json_lines(world, finding):
    import io
    import json

    from django.core.management import call_command

    services.set_finding_status(finding, status=FindingStatus.DONE, by=world.coordinator)
    out = io.StringIO()
    call_command("synergy", "labelled-pairs", stdout=out)
    (line,) = out.getvalue().splitlines()
    assert json.loads(line)["label"] == 1


# Where a worker runs the tasks, the effect is calculated there, not in the request ----------


@pytest.fixture
def worker_backend(settings):
    """Tasks wait for a worker (as with the database backend): nothing runs by itself."""
    from django_tasks import task_backends

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    backend = task_backends["default"]
    backend.clear()
    return backend


def finish(result):
    """What the worker does: run the task and store its return value."""
    from django.utils import timezone
    from django_tasks import TaskResultStatus

    value = result.task.call(*result.args, **result.kwargs)
    object.__setattr__(result, "_return_value", value)
    object.__setattr__(result, "status", TaskResultStatus.SUCCESSFUL)
    object.__setattr__(result, "finished_at", timezone.now())


def test_preview_waits_for_the_worker_then_shows_the_effect(
    as_user, world, finding, worker_backend
):
    client = as_user(world.coordinator)
    response = client.post(url(world), {"threshold": "0,99", "preview": ""})
    assert response.status_code == 302 and "?vorschau=" in response["Location"]
    (result,) = worker_backend.results
    content = client.get(response["Location"]).content.decode()
    assert "Die Auswirkung wird berechnet." in content
    assert 'data-hx-trigger="every 3s"' in content
    assert 'value="0,99"' in content  # the value asked about stays in the form
    finish(result)
    content = client.get(response["Location"]).content.decode()
    assert "0 Paare würden gemeldet (jetzt 1)." in content
    assert "Hilfe bei den Hausaufgaben" in content
    assert 'name="previewed" value="0.99"' in content
    # Saving works as after a preview in the request.
    client.post(response["Location"], {"threshold": "0,99", "previewed": "0.99", "save": ""})
    assert selectors.threshold_of(world.network) == 0.99


@pytest.mark.parametrize("result_id", ["quatsch", "", "x" * 100_000, "%00"])
def test_unknown_preview_is_a_message(as_user, world, worker_backend, result_id):
    response = as_user(world.coordinator).get(f"{url(world)}?vorschau={result_id}")
    assert response.status_code == 200
    assert "Diese Vorschau ist nicht mehr verfügbar." in response.content.decode()


def test_preview_of_another_network_is_not_shown(as_user, world, finding, worker_backend):
    from netzwerkstatt.networks.models import MembershipRole
    from tests.factories import MembershipFactory, NetworkFactory, StaffFactory

    client = as_user(world.coordinator)
    location = client.post(url(world), {"threshold": "0,99", "preview": ""})["Location"]
    finish(worker_backend.results[0])
    other = NetworkFactory(slug="nachbarn")
    # The other network's coordinator shares a member organisation with this network.
    MembershipFactory(network=other, organisation=world.member_org)
    other_coordinator = StaffFactory(
        organisation=MembershipFactory(network=other, role=MembershipRole.COORDINATOR).organisation
    ).user
    other_client = as_user(other_coordinator)
    assert other_client.get(location).status_code == 403
    other_url = reverse("synergy:threshold", args=["nachbarn"]) + "?" + location.split("?")[1]
    content = other_client.get(other_url).content.decode()
    assert "Diese Vorschau ist nicht mehr verfügbar." in content
    assert "Hilfe bei den Hausaufgaben" not in content


def test_preview_survives_its_trip_through_json(world, finding):
    preview = services.threshold_preview(world.network, 0.99)
    again = services.preview_from_json(services.preview_as_json(preview))
    assert again == preview
