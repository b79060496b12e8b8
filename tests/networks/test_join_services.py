"""Join request services: submit, ask, accept, decline, resend, and turning a comment into one."""

import datetime
from types import SimpleNamespace

import pytest
import time_machine
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command

from netzwerkstatt.accounts.models import Invitation, User
from netzwerkstatt.core.address_hashes import purge_address_hashes
from netzwerkstatt.networks import selectors, services
from netzwerkstatt.networks.models import (
    JoinRequest,
    JoinRequestEventKind,
    JoinRequestStatus,
    Membership,
    MembershipStatus,
    Organisation,
    Staff,
)
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory
from tests.networks.factories import JoinRequestFactory

pytestmark = pytest.mark.django_db


def kinds(join_request):
    return list(join_request.events.values_list("kind", flat=True))


def test_submit_stores_the_request_with_consent_time_and_a_first_step(world):
    join_request = services.submit_join_request(
        world.network,
        organisation_name="  DAA Leipzig ",
        contact_name="Petra Beispiel",
        email="Petra.Beispiel@DAA.example",
        message="Wir möchten mitmachen.",
        consent=True,
    )
    assert join_request.status == JoinRequestStatus.OPEN
    assert join_request.organisation_name == "DAA Leipzig"
    assert join_request.email == "petra.beispiel@daa.example"
    assert join_request.consent_at is not None
    assert kinds(join_request) == [JoinRequestEventKind.SUBMITTED]


def submit(world, **overrides):
    fields = {
        "organisation_name": "DAA Leipzig",
        "contact_name": "Petra Beispiel",
        "email": "petra@daa.example",
        "message": "Wir möchten mitmachen.",
        "consent": True,
        "ip_address": "192.0.2.7",
        **overrides,
    }
    return services.submit_join_request(world.network, **fields)


NOON = datetime.datetime(2024, 7, 17, 12, 0, tzinfo=datetime.UTC)


def test_one_address_may_send_three_requests_an_hour(world):
    with time_machine.travel(NOON, tick=False):
        for _ in range(services.JOIN_REQUESTS_PER_ADDRESS_PER_HOUR):
            submit(world)
        with pytest.raises(ValidationError, match="Too many requests|zu viele Anträge"):
            submit(world)
        # Another address is not affected.
        submit(world, ip_address="192.0.2.99")
    assert JoinRequest.objects.count() == services.JOIN_REQUESTS_PER_ADDRESS_PER_HOUR + 1
    assert "192.0.2.7" not in JoinRequest.objects.first().ip_hash

    with time_machine.travel(NOON + datetime.timedelta(minutes=61), tick=False):
        submit(world)


def test_address_hashes_of_join_requests_are_forgotten_after_30_days(world):
    with time_machine.travel(NOON, tick=False):
        old = submit(world)
    with time_machine.travel(NOON + datetime.timedelta(days=29), tick=False):
        recent = submit(world)

    with time_machine.travel(NOON + datetime.timedelta(days=30, minutes=1), tick=False):
        assert purge_address_hashes()["networks.JoinRequest"] == 1
        call_command("purge_address_hashes", verbosity=0)

    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.ip_hash == ""
    assert recent.ip_hash != ""


def test_submit_without_consent_stores_nothing(world):
    with pytest.raises(ValidationError):
        services.submit_join_request(
            world.network,
            organisation_name="DAA",
            contact_name="Petra",
            email="petra@daa.example",
            message="Hallo",
            consent=False,
        )
    assert not JoinRequest.objects.exists()


def test_accept_makes_a_member_an_account_and_sends_an_invitation(
    world, django_capture_on_commit_callbacks
):
    join_request = JoinRequestFactory(
        network=world.network, organisation_name="DAA Leipzig", email="petra@daa.example"
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.accept_join_request(join_request, by=world.coordinator)
    join_request.refresh_from_db()
    assert join_request.status == JoinRequestStatus.ACCEPTED
    assert join_request.decided_by == world.coordinator
    organisation = Organisation.objects.get(name="DAA Leipzig")
    assert join_request.organisation == organisation
    assert organisation.website == "https://traeger.example"
    membership = Membership.objects.get(network=world.network, organisation=organisation)
    assert membership.status == MembershipStatus.MEMBER
    user = User.objects.get(email="petra@daa.example")
    assert not user.has_usable_password()
    assert Staff.objects.filter(user=user, organisation=organisation).exists()
    assert Invitation.objects.filter(user=user, used_at__isnull=True).count() == 1
    assert kinds(join_request) == [JoinRequestEventKind.ACCEPTED, JoinRequestEventKind.INVITED]
    [message] = mail.outbox
    assert message.to == ["petra@daa.example"]
    assert "DAA Leipzig" in message.body
    assert "/konto/einladung/" in message.body


def test_accept_links_an_existing_applicant_organisation(world):
    applicant = OrganisationFactory(name="DAA Deutsche Angestellten-Akademie")
    MembershipFactory(
        network=world.network, organisation=applicant, status=MembershipStatus.APPLICANT
    )
    join_request = JoinRequestFactory(network=world.network, organisation_name="DAA")
    services.accept_join_request(join_request, organisation=applicant, by=world.coordinator)
    membership = Membership.objects.get(network=world.network, organisation=applicant)
    assert membership.status == MembershipStatus.MEMBER
    assert not Organisation.objects.filter(name="DAA").exists()


def test_accept_refuses_a_duplicate_name_and_changes_nothing(world):
    join_request = JoinRequestFactory(
        network=world.network, organisation_name="internationale frauen e.v."
    )
    with pytest.raises(ValidationError, match="gibt es bereits"):
        services.accept_join_request(join_request, by=world.coordinator)
    join_request.refresh_from_db()
    assert join_request.status == JoinRequestStatus.OPEN
    assert not User.objects.filter(email=join_request.email).exists()
    assert kinds(join_request) == []


def test_a_request_is_accepted_only_once(world):
    join_request = JoinRequestFactory(network=world.network)
    stale_copy = JoinRequest.objects.get(pk=join_request.pk)
    services.accept_join_request(join_request, by=world.coordinator)
    with pytest.raises(ValidationError, match="bereits"):
        services.accept_join_request(stale_copy, by=world.member)
    with pytest.raises(ValidationError, match="bereits"):
        services.decline_join_request(stale_copy, by=world.member)
    assert Invitation.objects.count() == 1


def test_accepting_someone_who_can_log_in_needs_no_invitation(
    world, django_capture_on_commit_callbacks
):
    person = UserFactory(email="petra@daa.example")
    join_request = JoinRequestFactory(network=world.network, email="petra@daa.example")
    with django_capture_on_commit_callbacks(execute=True):
        services.accept_join_request(join_request, by=world.coordinator)
    assert not Invitation.objects.exists()
    assert Staff.objects.filter(user=person, organisation__name=join_request.organisation_name)
    [message] = mail.outbox
    assert message.subject.startswith("Willkommen")


def test_decline_sends_a_polite_mail_with_reply_to_the_coordinator(
    world, django_capture_on_commit_callbacks
):
    join_request = JoinRequestFactory(network=world.network, contact_name="Petra Beispiel")
    with django_capture_on_commit_callbacks(execute=True):
        services.decline_join_request(
            join_request, message="Wir melden uns im Herbst.", by=world.coordinator
        )
    join_request.refresh_from_db()
    assert join_request.status == JoinRequestStatus.DECLINED
    assert join_request.decided_by == world.coordinator
    [message] = mail.outbox
    assert message.reply_to == [world.coordinator.email]
    assert "Hallo Petra Beispiel" in message.body
    assert "Wir melden uns im Herbst." in message.body
    assert "Herzliche Grüße" in message.body
    assert not Organisation.objects.filter(name=join_request.organisation_name).exists()


def test_a_question_is_mailed_and_recorded(world, django_capture_on_commit_callbacks):
    join_request = JoinRequestFactory(network=world.network)
    with django_capture_on_commit_callbacks(execute=True):
        services.ask_join_request_question(
            join_request, message="Wo finden Ihre Kurse statt?", by=world.coordinator
        )
    [event] = join_request.events.all()
    assert (event.kind, event.actor, event.message) == (
        JoinRequestEventKind.QUESTION,
        world.coordinator,
        "Wo finden Ihre Kurse statt?",
    )
    [message] = mail.outbox
    assert message.to == [join_request.email]
    assert message.reply_to == [world.coordinator.email]
    assert "Wo finden Ihre Kurse statt?" in message.body
    assert JoinRequest.objects.get(pk=join_request.pk).is_open


def test_an_empty_question_is_refused(world):
    join_request = JoinRequestFactory(network=world.network)
    with pytest.raises(ValidationError):
        services.ask_join_request_question(join_request, message="   ", by=world.coordinator)
    assert not join_request.events.exists()


def test_resending_replaces_the_earlier_link(world, django_capture_on_commit_callbacks):
    join_request = JoinRequestFactory(network=world.network)
    services.accept_join_request(join_request, by=world.coordinator)
    first = Invitation.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        services.resend_join_request_invitation(join_request, by=world.coordinator)
    first.refresh_from_db()
    latest = Invitation.objects.exclude(pk=first.pk).get()
    assert first.expires_at <= latest.created_at
    assert latest.expires_at > latest.created_at
    assert len(mail.outbox) == 1
    assert kinds(join_request).count(JoinRequestEventKind.INVITED) == 2


def test_an_open_request_has_no_invitation_to_resend(world):
    join_request = JoinRequestFactory(network=world.network)
    with pytest.raises(ValidationError):
        services.resend_join_request_invitation(join_request, by=world.coordinator)


def fake_comment(world, pk=41, **fields):
    values = {
        "author_name": "DAA Leipzig",
        "author_email": "Beratung@DAA.example",
        "author_homepage": "https://www.daa.example/leipzig",
        "body": "Wir würden gern mitmachen.",
    }
    values.update(fields)
    return SimpleNamespace(pk=pk, post=SimpleNamespace(network=world.network), **values)


def test_a_comment_becomes_a_request_once(world):
    comment = fake_comment(world)
    join_request, created = services.create_join_request_from_comment(
        comment=comment, by=world.coordinator
    )
    assert created
    assert (join_request.organisation_name, join_request.contact_name) == ("DAA Leipzig",) * 2
    assert join_request.email == "beratung@daa.example"
    assert join_request.website == "https://www.daa.example/leipzig"
    assert join_request.message == "Wir würden gern mitmachen."
    assert join_request.source_comment_id == 41
    assert join_request.created_by == world.coordinator
    again, created = services.create_join_request_from_comment(
        comment=comment, by=world.coordinator
    )
    assert (again, created) == (join_request, False)
    assert JoinRequest.objects.count() == 1


def test_a_comment_with_a_bad_homepage_keeps_the_rest(world):
    join_request, _created = services.create_join_request_from_comment(
        comment=fake_comment(world, author_homepage="javascript:alert(1)"), by=world.coordinator
    )
    assert join_request.website == ""


def test_a_comment_without_e_mail_address_cannot_become_a_request(world):
    with pytest.raises(ValidationError):
        services.create_join_request_from_comment(
            comment=fake_comment(world, author_email=""), by=world.coordinator
        )
    assert not JoinRequest.objects.exists()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Internationale Frauen", ["Internationale Frauen e.V."]),
        ("internationale frauen e. V.", ["Internationale Frauen e.V."]),
        ("Wir im Quartier (WiQ)", ["Wir im Quartier"]),
        ("Tafel Leipzig", []),
        ("", []),
    ],
)
def test_similar_organisations(world, name, expected):
    assert [o.name for o in selectors.similar_organisations(name)] == expected


def test_accept_can_name_the_new_organisation(world):
    join_request = JoinRequestFactory(network=world.network, organisation_name="Meike Johnsen")
    services.accept_join_request(
        join_request, new_name=" Deutsche Angestellten-Akademie (DAA) ", by=world.coordinator
    )
    join_request.refresh_from_db()
    assert join_request.organisation.name == "Deutsche Angestellten-Akademie (DAA)"
    assert not Organisation.objects.filter(name="Meike Johnsen").exists()


def test_a_request_signed_by_a_person_finds_the_organisation_its_message_names(world):
    daa = OrganisationFactory(name="Deutsche Angestellten-Akademie (DAA)", short_name="DAA")
    OrganisationFactory(name="Tafel", short_name="TA")  # too short to count as a mention
    join_request = JoinRequestFactory(
        network=world.network,
        organisation_name="Meike Johnsen",
        message="die Deutsche Angestellten-Akademie (DAA) unterstützt mit zwei Projekten …",
    )
    assert list(selectors.organisations_for_join_request(join_request)) == [daa]
    assert list(
        selectors.organisations_for_join_request(join_request, also_named="Wir im Quartier")
    ) == [world.coordinator_org, daa]
