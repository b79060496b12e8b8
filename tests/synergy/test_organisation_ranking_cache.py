"""The need page ranks the network's organisations from a cached index, rebuilt on change."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from netzwerkstatt.networks.models import MembershipStatus
from netzwerkstatt.synergy import index_cache, records
from tests.factories import MembershipFactory, NeedFactory, OrganisationFactory, TargetGroupFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def need(world):
    kinder = TargetGroupFactory(slug="kinder", name="Kinder")
    for organisation, strengths in [
        (world.member_org, "Hausaufgabenhilfe und Lernförderung für Grundschulkinder"),
        (world.coordinator_org, "Beratung für Familien in Mietfragen"),
    ]:
        organisation.strengths = strengths
        organisation.save()
        organisation.target_groups.set([kinder])
    need = NeedFactory(
        network=world.network,
        title="Kinder brauchen Hilfe bei den Hausaufgaben",
        description="Viele Grundschulkinder schaffen ihre Hausaufgaben nicht allein.",
    )
    need.target_groups.set([kinder])
    return records.need_record(need)


def ranked_names(world, need):
    return [o.name for o, _m in index_cache.rank_organisations(world.network, need, limit=5)]


def test_second_ranking_reads_one_query_and_gives_the_same_result(world, need):
    first = ranked_names(world, need)
    assert first and first[0] == world.member_org.name
    # The need page reads the network's lexicon once for both rankings and passes it on.
    lexicon = index_cache.network_lexicon(world.network)
    with CaptureQueriesContext(connection) as queries:
        ranked = index_cache.rank_organisations(world.network, need, limit=5, lexicon=lexicon)
        assert [o.name for o, _m in ranked] == first
    assert len(queries) == 1
    # Without it, the entries are one more query.
    with CaptureQueriesContext(connection) as queries:
        assert ranked_names(world, need) == first
    assert len(queries) == 2


def test_changed_profile_rebuilds_the_ranking(world, need):
    ranked_names(world, need)
    world.coordinator_org.strengths = "Hausaufgabenhilfe für Grundschulkinder, jeden Tag"
    world.coordinator_org.save()
    world.member_org.strengths = "Mieterberatung"
    world.member_org.save()
    assert ranked_names(world, need)[0] == world.coordinator_org.name


def test_new_and_departed_members_rebuild_the_ranking(world, need):
    ranked_names(world, need)
    newcomer = OrganisationFactory(name="Lernhaus", strengths="Hausaufgabenhilfe für Kinder")
    newcomer.target_groups.set(world.member_org.target_groups.all())
    membership = MembershipFactory(network=world.network, organisation=newcomer)
    assert "Lernhaus" in ranked_names(world, need)
    membership.status = MembershipStatus.FORMER
    membership.save()
    assert "Lernhaus" not in ranked_names(world, need)
