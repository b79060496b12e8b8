import uuid

import pytest

from netzwerkstatt.circulars import services
from netzwerkstatt.circulars.selectors import Audience


@pytest.fixture
def send(world):
    """`send(**changes)`: a circular of the world's network written by its coordinator."""

    def _send(audience=None, network=None, by=None, **fields):
        return services.send_circular(
            network or world.network,
            by=by or world.coordinator,
            subject=fields.get("subject", "Einladung zum Sommerfest"),
            body=fields.get("body", "Liebe Mitglieder,\n\nwir laden Sie herzlich ein."),
            audience=audience or Audience(),
            audience_label="alle",
            form_key=fields.get("form_key") or uuid.uuid4(),
        )

    return _send
