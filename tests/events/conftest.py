"""Events on the shared world: Frauen e.V. organises, CVJM co-organises, Malteser looks on."""

from dataclasses import dataclass

import pytest

from netzwerkstatt.core.forms import bot_trap_token
from netzwerkstatt.events.models import Event, Visibility
from netzwerkstatt.networks.models import Organisation
from tests.events.factories import CoOrganiserFactory, EventFactory, TaskFactory
from tests.factories import MembershipFactory, OrganisationFactory, StaffFactory


@dataclass
class EventWorld:
    world: object
    event: Event  # public, organised by the world's member organisation
    members_event: Event  # members only
    co_org: Organisation
    co_editor: object
    other_org: Organisation
    other_member: object


@pytest.fixture
def ew(world) -> EventWorld:
    co_org = OrganisationFactory(slug="cvjm", name="CVJM Leipzig")
    other_org = OrganisationFactory(slug="malteser", name="Malteser")
    MembershipFactory(network=world.network, organisation=co_org)
    MembershipFactory(network=world.network, organisation=other_org)
    co_editor = StaffFactory(organisation=co_org).user
    other_member = StaffFactory(organisation=other_org).user
    event = EventFactory(network=world.network, organiser=world.member_org, title="Ideencafé")
    CoOrganiserFactory(event=event, organisation=co_org)
    TaskFactory(event=event, description="Tisch mitbringen", needed=2)
    members_event = EventFactory(
        network=world.network,
        organiser=world.member_org,
        title="Nur für Mitglieder",
        visibility=Visibility.MEMBERS,
    )
    return EventWorld(world, event, members_event, co_org, co_editor, other_org, other_member)


@pytest.fixture
def role_user(ew, user_for):
    """`role_user(role)` for the event roles; None for anonymous visitors."""

    def _user(role: str):
        return {
            "anonymous": None,
            "outsider": ew.world.outsider,
            "other_member": ew.other_member,
            "organiser": ew.world.member,
            "co_organiser": ew.co_editor,
            "coordinator": ew.world.coordinator,
        }[role]

    return _user


@pytest.fixture(autouse=True)
def _no_minimum_fill_time(settings):
    """Visitors' registrations are timed against bots; the tests send at once."""
    settings.PUBLIC_FORM_MIN_SECONDS = 0


def visitor_data(**fields) -> dict:
    """A visitor's registration form as the browser sends it, bot-trap stamp included."""
    return {"started": bot_trap_token(), "fax": "", **fields}
