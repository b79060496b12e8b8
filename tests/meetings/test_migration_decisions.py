"""The data migration that numbers the free-text decisions of earlier minutes."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from netzwerkstatt.meetings.models import AgendaItem, Decision
from tests.factories import NetworkFactory
from tests.meetings.factories import BERLIN, AgendaItemFactory, MeetingFactory

BEFORE = [("meetings", "0003_decisions")]
AFTER = [("meetings", "0004_number_free_text_decisions")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)


@pytest.mark.django_db(transaction=True)
def test_free_text_decisions_become_numbered_members_only_decisions():
    _migrate(BEFORE)
    try:
        network = NetworkFactory()
        other = NetworkFactory()
        later = MeetingFactory(
            network=network, starts_at=datetime.datetime(2025, 11, 11, 16, tzinfo=BERLIN)
        )
        earlier = MeetingFactory(
            network=network, starts_at=datetime.datetime(2025, 3, 11, 16, tzinfo=BERLIN)
        )
        elsewhere = MeetingFactory(network=other, starts_at=later.starts_at)
        AgendaItemFactory(meeting=later, decisions="Wir drucken Flyer.")
        AgendaItemFactory(
            meeting=earlier, position=2, decisions="Öffentlichkeitsarbeit bündeln\n\nJa."
        )
        AgendaItemFactory(meeting=earlier, position=1, decisions="Erster Beschluss")
        AgendaItemFactory(meeting=elsewhere, decisions="Anderswo")
        AgendaItemFactory(meeting=elsewhere, decisions="")
        _migrate(AFTER)
    finally:
        _migrate(AFTER)
    rows = list(
        Decision.objects.filter(network=network)
        .order_by("number")
        .values_list("year", "number", "text", "is_public")
    )
    assert rows == [
        (2025, 1, "Erster Beschluss", False),
        (2025, 2, "Öffentlichkeitsarbeit bündeln", False),
        (2025, 3, "Ja.", False),
        (2025, 4, "Wir drucken Flyer.", False),
    ]
    assert Decision.objects.get(network=other).reference == "2025/01"
    assert not AgendaItem.objects.exclude(decisions="").exists()
    bundled = Decision.objects.get(number=2, network=network)
    assert "offentlichkeitsarbeit" in bundled.search_text
    assert "<p>Öffentlichkeitsarbeit bündeln</p>" in bundled.rendered_text()
