"""Who gives an organisation's word when it is named as organiser, author or source."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from netzwerkstatt.events.models import Event, Visibility
from netzwerkstatt.events.services import create_event
from netzwerkstatt.networks.models import MembershipRole, MembershipStatus
from netzwerkstatt.networks.permissions import speaks_for
from tests.factories import (
    MembershipFactory,
    NetworkFactory,
    OrganisationFactory,
    StaffFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def scene():
    network, other_network = NetworkFactory(), NetworkFactory()
    coordinating = OrganisationFactory()
    MembershipFactory(network=network, organisation=coordinating, role=MembershipRole.COORDINATOR)
    other_coordinating = OrganisationFactory()
    MembershipFactory(
        network=other_network, organisation=other_coordinating, role=MembershipRole.COORDINATOR
    )
    staffed = OrganisationFactory()
    placeholder = OrganisationFactory()
    left = OrganisationFactory()
    for organisation in (staffed, placeholder):
        MembershipFactory(network=network, organisation=organisation)
        MembershipFactory(network=other_network, organisation=organisation)
    MembershipFactory(network=network, organisation=left, status=MembershipStatus.FORMER)
    return {
        "network": network,
        "staffed": staffed,
        "placeholder": placeholder,
        "left": left,
        "staff": StaffFactory(organisation=staffed).user,
        "coordinator": StaffFactory(organisation=coordinating).user,
        "other_coordinator": StaffFactory(organisation=other_coordinating).user,
        "outsider": StaffFactory(organisation=OrganisationFactory()).user,
        "admin": UserFactory(is_superuser=True),
    }


@pytest.mark.parametrize(
    ("who", "organisation", "expected"),
    [
        ("staff", "staffed", True),
        ("coordinator", "staffed", False),
        ("other_coordinator", "staffed", False),
        ("admin", "staffed", False),
        ("outsider", "staffed", False),
        # Nobody else could ever confirm for a placeholder: those who keep it speak for it.
        ("coordinator", "placeholder", True),
        ("other_coordinator", "placeholder", True),
        ("outsider", "placeholder", False),
        ("staff", "placeholder", False),
        # A placeholder that left is nobody's to speak for.
        ("coordinator", "left", False),
    ],
)
def test_who_speaks_for_an_organisation(scene, who, organisation, expected):
    assert speaks_for(scene[who], scene[organisation]) is expected


def test_nobody_anonymous_or_deactivated_speaks_for_anyone(scene):
    assert not speaks_for(AnonymousUser(), scene["staffed"])
    assert not speaks_for(None, scene["staffed"])
    scene["staff"].is_active = False
    scene["staff"].save()
    assert not speaks_for(scene["staff"], scene["staffed"])


def test_an_event_a_coordinator_publishes_for_a_placeholder_shows_at_once(scene):
    starts = timezone.now() + datetime.timedelta(days=10)
    event = create_event(
        scene["network"],
        organiser=scene["placeholder"],
        data={
            "title": "Hoffest",
            "description": "Wir feiern im Hof.",
            "place_name": "Hof",
            "visibility": Visibility.PUBLIC,
        },
        dates=[{"starts_at": starts, "ends_at": starts + datetime.timedelta(hours=2)}],
        by=scene["coordinator"],
    )

    assert Event.objects.get(pk=event.pk).organiser_confirmed_at is not None
