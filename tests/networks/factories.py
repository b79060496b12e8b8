"""Factories and helpers for join requests."""

import time

import factory
from factory.django import DjangoModelFactory

from netzwerkstatt.core.forms import bot_trap_token
from netzwerkstatt.networks.models import JoinRequest
from tests.factories import NetworkFactory


class JoinRequestFactory(DjangoModelFactory):
    class Meta:
        model = JoinRequest

    network = factory.SubFactory(NetworkFactory)
    organisation_name = factory.Sequence(lambda n: f"Bildungsträger {n} gGmbH")
    contact_name = factory.Sequence(lambda n: f"Kontakt {n}")
    email = factory.Sequence(lambda n: f"kontakt{n}@traeger.example")
    message = "Wir bieten Sprachkurse an und möchten uns im Stadtteil vernetzen."
    website = "https://traeger.example"


def started_seconds_ago(seconds: int) -> str:
    """The signed `started` value of a public form shown `seconds` ago."""
    return bot_trap_token(shown_at=time.time() - seconds)


def join_form_data(**overrides) -> dict:
    data = {
        "organisation_name": "DAA Leipzig",
        "website": "https://daa-leipzig.example",
        "contact_name": "Petra Beispiel",
        "email": "petra.beispiel@daa.example",
        "message": "Wir bieten Integrationskurse an und möchten mitmachen.",
        "consent": "on",
        "fax": "",
        "started": started_seconds_ago(60),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
