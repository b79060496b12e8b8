"""Who was a member on a given day: joined_on <= day < left_on, kept by the services."""

import datetime

import pytest
from django.utils import timezone

from netzwerkstatt.networks import services
from netzwerkstatt.networks.models import MembershipStatus
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


def test_leaving_dates_the_membership_and_rejoining_starts_a_new_period():
    membership = MembershipFactory(joined_on=datetime.date(2020, 1, 1))
    today = timezone.localdate()

    services.change_membership(membership, status=MembershipStatus.FORMER, role=membership.role)
    membership.refresh_from_db()
    assert membership.left_on == today
    assert membership.was_member_on(datetime.date(2021, 6, 1))
    assert not membership.was_member_on(today)

    services.change_membership(membership, status=MembershipStatus.MEMBER, role=membership.role)
    membership.refresh_from_db()
    assert (membership.joined_on, membership.left_on) == (today, None)
    assert not membership.was_member_on(datetime.date(2021, 6, 1))
    assert membership.was_member_on(today)


def test_a_role_change_keeps_the_dates():
    membership = MembershipFactory(joined_on=datetime.date(2020, 1, 1))
    services.change_membership(membership, status=MembershipStatus.MEMBER, role="coordinator")
    membership.refresh_from_db()
    assert (membership.joined_on, membership.left_on) == (datetime.date(2020, 1, 1), None)


def test_an_applicant_was_never_a_member():
    membership = MembershipFactory(status=MembershipStatus.APPLICANT, joined_on=None)
    assert not membership.was_member_on(timezone.localdate())
