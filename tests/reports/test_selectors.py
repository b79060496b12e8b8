"""The activity report's figures against a small network counted by hand.

The period is the first half of 2024. Every kind of row exists inside the period, before it,
after it and in another network; the expected numbers below were counted from the list.
Dates that the platform sets itself (created_at, found_at) are moved with update() to where
the story needs them.
"""

import datetime
from zoneinfo import ZoneInfo

import pytest

from netzwerkstatt.events import services as event_services
from netzwerkstatt.events.models import EventReport, Registration
from netzwerkstatt.meetings.models import ActionItem, Attendance
from netzwerkstatt.networks import services as network_services
from netzwerkstatt.networks.models import Membership, MembershipRole
from netzwerkstatt.offers import services as offer_services
from netzwerkstatt.offers.models import Need, Offer
from netzwerkstatt.reports.selectors import Figure, OrganisationAttendance, Period, activity_report
from netzwerkstatt.synergy import services as synergy_services
from netzwerkstatt.synergy.models import FindingDecision, ParallelOfferFinding
from tests.events.factories import EventFactory, RegistrationFactory
from tests.factories import (
    MembershipFactory,
    NeedFactory,
    NetworkFactory,
    OfferFactory,
    OrganisationFactory,
    StaffFactory,
    TargetGroupFactory,
    TopicFactory,
    UserFactory,
)
from tests.meetings.factories import ActionItemFactory, MeetingFactory

BERLIN = ZoneInfo("Europe/Berlin")
PERIOD = Period(start=datetime.date(2024, 1, 1), end=datetime.date(2024, 6, 30))


def at(year, month, day, hour=12, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def day(year, month, d):
    return datetime.date(year, month, d)


def _moved(model, obj, **fields):
    model.objects.filter(pk=obj.pk).update(**fields)
    obj.refresh_from_db()
    return obj


@pytest.fixture
def story(db):
    network = NetworkFactory(slug="bericht", name="Berichtsnetz")
    elsewhere = NetworkFactory(slug="woanders")
    orgs = {
        key: OrganisationFactory(name=name)
        for key, name in [
            ("c", "C Koordination"),
            ("a", "A Verein"),
            ("b", "B Projekt"),
            ("d", "D Ehemalige"),
            ("e", "E Später"),
            ("f", "F Früher"),
            ("x", "X Draußen"),
        ]
    }
    membership = {
        "c": MembershipFactory(
            network=network,
            organisation=orgs["c"],
            role=MembershipRole.COORDINATOR,
            joined_on=day(2022, 1, 1),
        ),
        "a": MembershipFactory(network=network, organisation=orgs["a"], joined_on=day(2023, 5, 1)),
        "b": MembershipFactory(network=network, organisation=orgs["b"], joined_on=day(2024, 3, 1)),
        "d": MembershipFactory(
            network=network,
            organisation=orgs["d"],
            joined_on=day(2022, 6, 1),
            left_on=day(2024, 4, 15),
            status="former",
        ),
        "e": MembershipFactory(network=network, organisation=orgs["e"], joined_on=day(2024, 8, 1)),
        "f": MembershipFactory(
            network=network,
            organisation=orgs["f"],
            joined_on=day(2021, 1, 1),
            left_on=day(2023, 12, 31),
            status="former",
        ),
    }
    MembershipFactory(network=elsewhere, organisation=orgs["x"], joined_on=day(2020, 1, 1))
    coordinator = StaffFactory(organisation=orgs["c"]).user

    # Meetings: two held in the period, one cancelled, one before, one after, one elsewhere.
    m1 = MeetingFactory(network=network, starts_at=at(2024, 2, 10, 16))
    m2 = MeetingFactory(network=network, starts_at=at(2024, 5, 12, 16))
    MeetingFactory(network=network, starts_at=at(2024, 3, 3, 16), is_cancelled=True)
    m4 = MeetingFactory(network=network, starts_at=at(2023, 12, 9, 16))
    MeetingFactory(network=network, starts_at=at(2024, 7, 7, 16))
    m6 = MeetingFactory(network=elsewhere, starts_at=at(2024, 2, 10, 16))

    def attend(meeting, org):
        Attendance.objects.create(meeting=meeting, user=UserFactory(), organisation=org)

    attend(m1, orgs["c"])
    attend(m1, orgs["c"])
    attend(m1, orgs["a"])
    attend(m2, orgs["c"])
    attend(m2, orgs["b"])
    attend(m2, None)
    attend(m4, orgs["a"])
    attend(m6, orgs["c"])

    # Events.
    ev1 = EventFactory(
        network=network,
        organiser=orgs["a"],
        title="Ideencafé",
        dates=[(at(2024, 4, 20, 15), at(2024, 4, 20, 18))],
    )
    EventReport.objects.create(event=ev1, participants=25)
    r1 = RegistrationFactory(event=ev1, people=2)
    RegistrationFactory(event=ev1, people=1, status="cancelled", cancelled_at=at(2024, 4, 1))
    RegistrationFactory(event=ev1, people=3, status="waiting")
    RegistrationFactory(event=ev1, people=1, status="cancelled", cancelled_at=at(2024, 8, 1))
    for registration in Registration.objects.filter(event=ev1):
        _moved(Registration, registration, created_at=at(2024, 3, 1))
    EventFactory(
        network=network, title="Herbstfest", dates=[(at(2024, 9, 1, 15), at(2024, 9, 1, 18))]
    )
    ev3 = EventFactory(
        network=network,
        title="Wintertreff",
        dates=[
            (at(2023, 12, 20, 15), at(2023, 12, 20, 17)),
            (at(2024, 1, 15, 15), at(2024, 1, 15, 17)),
        ],
    )
    late = RegistrationFactory(event=ev3, people=4)
    _moved(Registration, late, created_at=at(2024, 7, 5))
    EventFactory(network=elsewhere, dates=[(at(2024, 2, 2, 15), at(2024, 2, 2, 17))])
    EventFactory(
        network=network,
        title="Nie bestätigt",
        organiser_confirmed_at=None,
        dates=[(at(2024, 2, 3, 15), at(2024, 2, 3, 17))],
    )

    # Offers.
    kinder = TargetGroupFactory(slug="r-kinder", name="Kinder")
    familien = TargetGroupFactory(slug="r-familien", name="Familien")
    sprache = TopicFactory(slug="r-sprache", name="Sprache")
    sport = TopicFactory(slug="r-sport", name="Sport")

    def offer(org, created, *, ended=None, groups, topics=()):
        made = OfferFactory(organisation=org, target_groups=groups, topics=list(topics))
        return _moved(
            Offer,
            made,
            created_at=created,
            ended_at=ended,
            status="ended" if ended else "active",
        )

    o1 = offer(orgs["a"], at(2023, 3, 1), groups=[kinder], topics=[sprache])
    o2 = offer(
        orgs["c"], at(2024, 2, 1), ended=at(2024, 3, 1), groups=[kinder, familien], topics=[sport]
    )
    o3 = offer(orgs["a"], at(2023, 1, 1), ended=at(2023, 11, 30), groups=[kinder])
    o4 = offer(orgs["b"], at(2024, 7, 10), groups=[familien])
    o5 = offer(orgs["f"], at(2022, 1, 1), groups=[kinder])
    o6 = offer(orgs["d"], at(2023, 1, 1), groups=[familien])
    o7 = offer(orgs["x"], at(2023, 1, 1), groups=[kinder])

    # Needs.
    def need(network_, created, met=None):
        made = NeedFactory(network=network_, status="met" if met else "open")
        return _moved(Need, made, created_at=created, met_at=met)

    n1 = need(network, at(2023, 11, 1))
    need(network, at(2024, 2, 1), met=at(2024, 5, 1))
    need(network, at(2024, 3, 1), met=at(2024, 8, 1))
    need(network, at(2023, 10, 1), met=at(2023, 12, 1))
    need(network, at(2024, 7, 15))
    need(elsewhere, at(2024, 2, 1))

    # Synergy findings and decisions.
    def finding(network_, a, b, found, status="new", changed=None):
        row = ParallelOfferFinding.objects.create(
            network=network_,
            offer_a=min(a, b, key=lambda o: o.pk),
            offer_b=max(a, b, key=lambda o: o.pk),
            score=0.8,
            status=status,
        )
        if changed is not None:
            # An earlier decision the later one replaced on the finding.
            FindingDecision.objects.create(
                finding=row, status="next_meeting", decided_at=changed - datetime.timedelta(days=1)
            )
            FindingDecision.objects.create(finding=row, status=status, decided_at=changed)
        return _moved(ParallelOfferFinding, row, found_at=found, status_changed_at=changed)

    f1 = finding(network, o1, o2, at(2024, 2, 1), "intended", at(2024, 3, 1))
    finding(network, o1, o3, at(2023, 10, 1), "dismissed", at(2024, 1, 10))
    finding(network, o1, o4, at(2024, 5, 1))
    finding(network, o1, o5, at(2024, 6, 1), "done", at(2024, 7, 2))
    finding(elsewhere, o1, o6, at(2024, 3, 1), "intended", at(2024, 3, 2))

    # Action items of meetings of the network.
    def action(due, closed=None, meeting=m1):
        return ActionItemFactory(
            meeting=meeting, due_date=due, closed_at=closed, owner_organisation=orgs["a"]
        )

    action(day(2024, 3, 31), at(2024, 3, 30))
    action(day(2024, 3, 31), at(2024, 3, 31, 23, 30))
    action(day(2024, 4, 30), at(2024, 5, 5))
    a4 = action(day(2024, 6, 15))
    action(day(2024, 6, 20), at(2024, 7, 3))
    action(day(2024, 7, 15))
    action(None)
    ActionItemFactory(meeting=m6, due_date=day(2024, 3, 1), owner_organisation=orgs["x"])

    return {
        "network": network,
        "coordinator": coordinator,
        "membership": membership,
        "o1": o1,
        "o7": o7,
        "n1": n1,
        "r1": r1,
        "ev1": ev1,
        "a4": a4,
        "f1": f1,
    }


def test_every_figure_matches_the_hand_count(story):
    report = activity_report(story["network"], PERIOD)

    # Members: C, A and D on 1 January (F left on 31 December); C, A and B on 30 June.
    assert report.members_at_start == 3
    assert report.members_at_end == 3
    assert report.joined == ["B Projekt"]
    assert report.left == ["D Ehemalige"]

    # Meetings 10 Feb and 12 May; the cancelled one, 2023, July and the other network's not.
    assert report.meetings_held == 2
    assert report.attendance == [
        OrganisationAttendance("C Koordination", meetings=2, people=3),
        OrganisationAttendance("A Verein", meetings=1, people=1),
        OrganisationAttendance("B Projekt", meetings=1, people=1),
        OrganisationAttendance("ohne Organisation", meetings=1, people=1),
    ]
    assert report.attendance_total == 6

    # Ideencafé: 2 + 3 (waiting list) + 1 (cancelled only in August); not the one cancelled
    # in April. Wintertreff: its January date counts, its registration came in July.
    assert [(e.title, e.registrations, e.people, e.participants) for e in report.events] == [
        ("Wintertreff", 0, 0, None),
        ("Ideencafé", 3, 6, 25),
    ]
    assert report.events[0].first_date == at(2024, 1, 15, 15)
    assert report.registrations_total == 3
    assert report.registered_people_total == 6

    # Offers o1 (A), o2 (C, ended in March) and o6 (D, left in April).
    assert report.offers_active == 3
    assert report.offers_by_target_group == [Figure("Familien", 2), Figure("Kinder", 2)]
    assert report.offers_by_topic == [Figure("Sport", 1), Figure("Sprache", 1)]

    # Needs: recorded Feb and Mar; met in May; open at the end: Nov 2023 and Mar (met in Aug).
    assert (report.needs_raised, report.needs_met, report.needs_open_at_end) == (2, 1, 2)

    # Findings found Feb, May, June; decisions in the period: intended (Mar), dismissed (Jan).
    assert report.findings_found == 3
    assert {f.label: f.value for f in report.decisions} == {
        "gewollt": 1,
        "erledigt": 0,
        "verworfen": 1,
        "für das nächste Treffen": 0,
    }

    # Action items due in the period: two on time (one late in the evening of the due day),
    # one late, two open at the end (one done only in July); July and undated ones not.
    assert report.actions_due == 5
    assert (report.actions_on_time, report.actions_late, report.actions_open_at_end) == (2, 1, 2)


def test_later_changes_leave_the_period_unchanged(story):
    """Everything below happens after the period; the report for it must stay the same."""
    before = activity_report(story["network"], PERIOD)
    coordinator = story["coordinator"]

    offer_services.set_offer_status(story["o1"], status="ended", by=coordinator)
    offer_services.update_need(story["n1"], data={"status": "met"}, by=coordinator)
    network_services.change_membership(
        story["membership"]["a"], status="former", role="member", by=coordinator
    )
    ActionItem.objects.filter(pk=story["a4"].pk).update(closed_at=at(2024, 12, 1))
    event_services.cancel_registration(story["r1"])
    RegistrationFactory(event=story["ev1"], people=5)
    OfferFactory(organisation=story["membership"]["b"].organisation)
    synergy_services.set_finding_status(story["f1"], status="dismissed", by=coordinator)

    after = activity_report(story["network"], PERIOD)
    assert Membership.objects.get(pk=story["membership"]["a"].pk).left_on is not None
    assert Need.objects.get(pk=story["n1"].pk).met_at is not None
    assert after == before


def test_the_report_takes_a_fixed_number_of_queries(story, django_assert_num_queries):
    with django_assert_num_queries(12):
        activity_report(story["network"], PERIOD)
