"""Audience, sending in batches, claiming rows, unsubscribing and the weekly digest."""

import datetime
import smtplib
import uuid

import pytest
import time_machine
from django.core import mail
from django.core.exceptions import ValidationError

from netzwerkstatt.circulars import selectors, services
from netzwerkstatt.circulars.models import (
    Circular,
    CircularDelivery,
    CircularState,
    DeliveryState,
    MailPreference,
)
from netzwerkstatt.circulars.selectors import Audience
from netzwerkstatt.networks.models import MembershipRole, MembershipStatus
from tests.factories import (
    MembershipFactory,
    NeedFactory,
    OfferFactory,
    OrganisationFactory,
    StaffFactory,
    TargetGroupFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def emails(circular):
    return sorted(circular.deliveries.values_list("email", flat=True))


# --- audience -------------------------------------------------------------------------------


def test_a_circular_goes_to_the_staff_of_member_organisations_only(
    world, send, django_capture_on_commit_callbacks
):
    applicant = OrganisationFactory()
    MembershipFactory(network=world.network, organisation=applicant, status="applicant")
    StaffFactory(organisation=applicant)
    former = OrganisationFactory()
    MembershipFactory(network=world.network, organisation=former, status="former")
    StaffFactory(organisation=former)
    with django_capture_on_commit_callbacks() as callbacks:
        circular = send()
    assert emails(circular) == sorted([world.coordinator.email, world.member.email])
    assert circular.recipient_count == 2
    assert circular.state == CircularState.SENDING
    # One task for the whole circular, not one per message.
    assert len(callbacks) == 1


def test_a_person_working_for_two_member_organisations_gets_it_once(world, send):
    StaffFactory(organisation=world.member_org, user=world.coordinator)
    circular = send()
    assert emails(circular).count(world.coordinator.email) == 1


def test_the_audience_can_be_narrowed_by_organisation_role_and_target_group(world, send):
    group = TargetGroupFactory(name="Familien")
    OfferFactory(organisation=world.member_org, target_groups=[group])
    assert emails(send(Audience(organisation_ids=(world.member_org.pk,)))) == [world.member.email]
    assert emails(send(Audience(role=MembershipRole.COORDINATOR))) == [world.coordinator.email]
    assert emails(send(Audience(target_group_ids=(group.pk,)))) == [world.member.email]


def test_the_role_is_the_one_in_this_network(world, send):
    # The member organisation coordinates another network: here it is a plain member.
    MembershipFactory(
        network=world.other_network, organisation=world.member_org, role=MembershipRole.COORDINATOR
    )
    assert emails(send(Audience(role=MembershipRole.COORDINATOR))) == [world.coordinator.email]
    assert emails(send(Audience(role=MembershipRole.MEMBER))) == [world.member.email]


def test_unsubscribed_people_are_skipped_and_counted(world, send):
    MailPreference.objects.create(user=world.member, circulars=False)
    count = selectors.count_audience(world.network, Audience())
    assert (count.people, count.organisations, count.unsubscribed) == (1, 1, 1)
    assert emails(send()) == [world.coordinator.email]


def test_organisations_of_another_network_are_never_reached(world, send):
    # The outsider's organisation is a member of the other network only; the form never
    # offers it, and the service finds nobody there either.
    with pytest.raises(ValidationError):
        send(Audience(organisation_ids=(world.outside_org.pk,)))
    assert not CircularDelivery.objects.filter(email=world.outsider.email).exists()


# --- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"subject": "  "}, "Bitte geben Sie einen Betreff ein."),
        ({"body": "   "}, "Bitte schreiben Sie den Text des Rundschreibens."),
    ],
)
def test_an_empty_circular_is_refused_in_german(world, send, fields, message):
    with pytest.raises(ValidationError) as error:
        send(**fields)
    assert error.value.messages == [message]
    assert not Circular.objects.exists()


def test_a_circular_without_recipients_is_refused_and_nothing_is_stored(world, send):
    MailPreference.objects.create(user=world.member, circulars=False)
    with pytest.raises(ValidationError) as error:
        send(Audience(organisation_ids=(world.member_org.pk,)))
    assert "Niemand würde dieses Rundschreiben erhalten" in error.value.messages[0]
    assert not Circular.objects.exists()
    assert not CircularDelivery.objects.exists()


def test_the_same_form_sent_twice_makes_one_circular(world, send):
    key = uuid.uuid4()
    first = send(form_key=key)
    second = send(form_key=key)
    assert first.pk == second.pk
    assert Circular.objects.count() == 1
    assert CircularDelivery.objects.count() == 2


def test_only_the_coordination_sends(world, send):
    with pytest.raises(ValidationError):
        send(by=world.member)
    with pytest.raises(ValidationError):
        send(by=world.outsider)
    assert not Circular.objects.exists()


# --- sending in batches ---------------------------------------------------------------------


def _many_members(world, count):
    for _index in range(count):
        organisation = OrganisationFactory()
        MembershipFactory(network=world.network, organisation=organisation)
        StaffFactory(organisation=organisation)


def test_deliveries_go_out_in_batches_and_the_circular_completes(
    world, send, django_capture_on_commit_callbacks
):
    _many_members(world, 3)
    with django_capture_on_commit_callbacks():
        circular = send()
    assert circular.recipient_count == 5

    first = services.deliver_batch(circular.pk, size=2)
    assert (first.sent, first.remaining) == (2, 3)
    assert len(mail.outbox) == 2
    services.deliver_batch(circular.pk, size=2)
    last = services.deliver_batch(circular.pk, size=2)
    assert (last.sent, last.remaining) == (1, 0)
    circular.refresh_from_db()
    assert circular.state == CircularState.SENT
    assert circular.sent_at is not None
    assert sorted(m.to[0] for m in mail.outbox) == emails(circular)
    # Nothing is sent twice, even when the task runs once more.
    assert services.deliver_batch(circular.pk, size=2).sent == 0
    assert len(mail.outbox) == 5


def test_a_row_claimed_by_another_worker_is_not_sent_again(
    world, send, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks():
        circular = send()
    taken = circular.deliveries.order_by("pk").first()
    CircularDelivery.objects.filter(pk=taken.pk).update(state=DeliveryState.SENDING)
    result = services.deliver_batch(circular.pk, size=10)
    assert result.sent == 1
    assert [m.to for m in mail.outbox] == [[circular.deliveries.exclude(pk=taken.pk).get().email]]
    # The row in flight elsewhere keeps the circular open.
    assert result.remaining == 1
    circular.refresh_from_db()
    assert circular.state == CircularState.SENDING


def test_the_task_sends_everything_and_reenqueues_itself(
    world, send, settings, django_capture_on_commit_callbacks
):
    settings.CIRCULAR_BATCH_SIZE = 2
    settings.CIRCULAR_BATCHES_PER_TASK = 1
    _many_members(world, 3)
    with django_capture_on_commit_callbacks(execute=True):
        circular = send()
    # Immediate backend: the task ran batch after batch, each run enqueuing the next.
    assert len(mail.outbox) == 5
    circular.refresh_from_db()
    assert circular.state == CircularState.SENT


class RefusingBackend:
    """A mail connection whose server refuses one address and then breaks."""

    def __init__(self, refused=(), broken=False, **kwargs):
        self.refused = set(refused)
        self.broken = broken
        self.sent = []

    def open(self):
        return True

    def close(self):
        pass

    def send_messages(self, messages):
        for message in messages:
            if self.broken:
                raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
            if message.to[0] in self.refused:
                raise smtplib.SMTPRecipientsRefused(
                    {message.to[0]: (550, b"5.1.1 Mailbox unavailable")}
                )
            self.sent.append(message)
        return len(messages)


def test_a_refused_address_is_marked_failed_with_the_reason(
    world, send, monkeypatch, django_capture_on_commit_callbacks
):
    backend = RefusingBackend(refused={world.member.email})
    monkeypatch.setattr(services, "get_connection", lambda: backend)
    with django_capture_on_commit_callbacks():
        circular = send()
    result = services.deliver_batch(circular.pk, size=10)
    assert (result.sent, result.failed, result.remaining) == (1, 1, 0)
    failed = circular.deliveries.get(email=world.member.email)
    assert failed.state == DeliveryState.FAILED
    assert failed.error == "550 5.1.1 Mailbox unavailable"


def test_a_broken_connection_leaves_the_rows_waiting(
    world, send, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(services, "get_connection", lambda: RefusingBackend(broken=True))
    with django_capture_on_commit_callbacks():
        circular = send()
    result = services.deliver_batch(circular.pk, size=10)
    assert result.interrupted
    assert set(circular.deliveries.values_list("state", flat=True)) == {DeliveryState.QUEUED}
    # After enough broken attempts the row is given up, the others still wait.
    for _attempt in range(services.MAX_ATTEMPTS - 1):
        services.deliver_batch(circular.pk, size=10)
    states = sorted(circular.deliveries.values_list("state", flat=True))
    assert states == [DeliveryState.FAILED, DeliveryState.QUEUED]


def test_waiting_deliveries_are_resumed_after_a_broken_connection(
    world, send, monkeypatch, django_capture_on_commit_callbacks
):
    from django.core.management import call_command

    monkeypatch.setattr(services, "get_connection", lambda: RefusingBackend(broken=True))
    with django_capture_on_commit_callbacks(execute=True):
        circular = send()
    assert circular.deliveries.filter(state=DeliveryState.QUEUED).count() == 2
    monkeypatch.undo()
    call_command("resume_circulars", verbosity=0)
    assert sorted(m.to[0] for m in mail.outbox) == emails(circular)
    circular.refresh_from_db()
    assert circular.state == CircularState.SENT
    # Nothing waits any more: running it again sends nothing.
    call_command("resume_circulars", verbosity=0)
    assert len(mail.outbox) == 2


def test_bounces_reported_later_are_recorded(world, send, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        circular = send()
    assert services.mark_bounced([world.member.email.upper()]) == 1
    bounced = circular.deliveries.get(email=world.member.email)
    assert bounced.state == DeliveryState.BOUNCED
    assert bounced.error == "Als unzustellbar zurückgekommen."
    # The next circular's preview warns, and still reaches the address.
    assert selectors.count_audience(world.network, Audience()).bounced == 1
    assert selectors.count_audience(world.other_network, Audience()).bounced == 0
    assert world.member.email in emails(send())


# --- unsubscribing --------------------------------------------------------------------------


def test_an_unsubscribe_token_switches_off_exactly_its_kind(world):
    token = services.unsubscribe_token(world.member, "circulars")
    user, kind = services.read_unsubscribe_token(token)
    assert (user, kind) == (world.member, "circulars")
    services.unsubscribe(user, kind=kind)
    services.unsubscribe(user, kind=kind)  # one click twice: still fine
    preference = MailPreference.objects.get(user=world.member)
    assert preference.circulars is False
    assert preference.digest == "none"


@pytest.mark.parametrize("token", ["", "kaputt", "eyJ1IjoxfQ:falsch"])
def test_a_forged_token_is_refused(world, token):
    assert services.read_unsubscribe_token(token) is None


def test_a_token_for_another_kind_cannot_be_made_up(world):
    from django.core import signing

    token = signing.dumps({"u": world.member.pk, "k": "meetings"}, salt=services.UNSUBSCRIBE_SALT)
    assert services.read_unsubscribe_token(token) is None


def test_unsubscribing_keeps_essential_mail(world, django_capture_on_commit_callbacks):
    from netzwerkstatt.meetings.tasks import send_meeting_notice
    from tests.meetings.factories import MeetingFactory

    services.unsubscribe(world.member, kind="circulars")
    services.save_mail_preference(world.member, digest="none", circulars=False)
    meeting = MeetingFactory(network=world.network)
    mail.outbox.clear()
    send_meeting_notice.call(meeting.pk, "invitation")
    assert world.member.email in [m.to[0] for m in mail.outbox]


# --- the weekly digest ----------------------------------------------------------------------

MONDAY = datetime.datetime(2026, 3, 2, 7, 0, tzinfo=datetime.UTC)


def _weekly(user, **fields):
    return MailPreference.objects.create(user=user, digest="weekly", **fields)


def test_the_digest_lists_the_week_and_goes_out_once_per_week(world):
    _weekly(world.member)
    with time_machine.travel(MONDAY - datetime.timedelta(days=2), tick=False):
        OfferFactory(organisation=world.member_org, title="Nähcafé")
        NeedFactory(network=world.network, raised_by=world.member_org, title="Lastenrad")
    with time_machine.travel(MONDAY, tick=False):
        assert services.send_weekly_digests() == 1
        assert services.send_weekly_digests() == 0
    [message] = mail.outbox
    assert message.to == [world.member.email]
    assert message.subject == "Ihr Wochenüberblick von Netzwerkstatt"
    assert "Neue Angebote" in message.body
    assert "Nähcafé" in message.body
    assert "Lastenrad" in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert MailPreference.objects.get(user=world.member).digest_week == "2026-W10"
    # Next week it comes again.
    with time_machine.travel(MONDAY + datetime.timedelta(days=7), tick=False):
        NeedFactory(network=world.network, raised_by=world.member_org, title="Beamer")
        assert services.send_weekly_digests() == 1


def test_a_digest_the_mail_server_refused_is_tried_again(world, monkeypatch):
    from django.core.mail import EmailMultiAlternatives

    _weekly(world.member)
    with time_machine.travel(MONDAY - datetime.timedelta(days=2), tick=False):
        NeedFactory(network=world.network, raised_by=world.member_org, title="Lastenrad")

    def refuse(self, *args, **kwargs):
        raise smtplib.SMTPServerDisconnected("connection lost")

    with time_machine.travel(MONDAY, tick=False):
        monkeypatch.setattr(EmailMultiAlternatives, "send", refuse)
        assert services.send_weekly_digests() == 0
        monkeypatch.undo()
        assert services.send_weekly_digests() == 1
    assert [message.to for message in mail.outbox] == [[world.member.email]]


def test_an_empty_digest_is_not_sent(world):
    _weekly(world.outsider)  # member of a network with nothing in it
    with time_machine.travel(MONDAY, tick=False):
        assert services.send_weekly_digests() == 0
    assert mail.outbox == []


def test_the_digest_is_opt_in(world):
    with time_machine.travel(MONDAY, tick=False):
        OfferFactory(organisation=world.member_org)
        assert services.send_weekly_digests() == 0


def test_the_digest_speaks_the_chosen_language(world):
    _weekly(world.member, language="en")
    with time_machine.travel(MONDAY, tick=False):
        OfferFactory(organisation=world.member_org, title="Nähcafé")
        services.send_weekly_digests()
    [message] = mail.outbox
    assert message.subject == "Your weekly digest from Netzwerkstatt"
    assert "New offers" in message.body


def test_a_former_members_digest_has_no_news_of_the_network(world):
    _weekly(world.member)
    world.member_org.memberships.filter(network=world.network).update(
        status=MembershipStatus.FORMER
    )
    with time_machine.travel(MONDAY, tick=False):
        NeedFactory(network=world.network, raised_by=world.coordinator_org, title="Geheim")
        assert services.send_weekly_digests() == 0


def test_deleting_an_account_forgets_its_deliveries(world, send):
    circular = send()
    other = UserFactory()
    assert services.forget_mail_data_of(world.member) == 1
    assert emails(circular) == [world.coordinator.email]
    assert services.forget_mail_data_of(other) == 0


def test_an_old_open_need_alone_makes_no_digest(world):
    _weekly(world.member)
    with time_machine.travel(MONDAY - datetime.timedelta(days=30), tick=False):
        NeedFactory(network=world.network, raised_by=world.member_org, title="Alt")
    with time_machine.travel(MONDAY, tick=False):
        assert services.send_weekly_digests() == 0


def test_account_deletion_forgets_deliveries_and_settings(world, send):
    from netzwerkstatt.privacy.services import delete_account
    from tests.factories import PASSWORD

    circular = send()
    MailPreference.objects.create(user=world.member, digest="weekly")
    delete_account(world.member, password=PASSWORD, authored_content="keep")
    assert emails(circular) == [world.coordinator.email]
    assert not MailPreference.objects.exists()
    assert Circular.objects.filter(pk=circular.pk).exists()
