"""Account deletion, a coordinator's erasure and the purge: what goes, what stays."""

import datetime

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

from netzwerkstatt.accounts.models import User
from netzwerkstatt.audit.models import AuditAction
from netzwerkstatt.audit.services import record_entry
from netzwerkstatt.events.models import Registration, RegistrationStatus
from netzwerkstatt.meetings.models import ActionItem, Rsvp
from netzwerkstatt.networks.models import (
    JoinRequest,
    JoinRequestStatus,
    MembershipRole,
    Organisation,
    Staff,
)
from netzwerkstatt.news.models import Comment, Update
from netzwerkstatt.offers.models import HelpOffer, HelpOfferStatus, Offer
from netzwerkstatt.privacy.selectors import organisations_losing_last_editor, personal_data_of
from netzwerkstatt.privacy.services import delete_account, erase_visitor_data, purge_personal_data
from tests.events.factories import EventFactory, RegistrationFactory, in_days
from tests.factories import (
    PASSWORD,
    HelpOfferFactory,
    MembershipFactory,
    NeedFactory,
    NetworkFactory,
    OfferFactory,
    StaffFactory,
    UserFactory,
)
from tests.meetings.factories import ActionItemFactory, MeetingFactory
from tests.news.factories import CommentFactory, PostFactory, UpdateFactory


@pytest.fixture
def colleague(world):
    return StaffFactory(organisation=world.member_org).user


def _authored(world, user):
    post = PostFactory(network=world.network)
    comment = CommentFactory(post=post, user=user, author_name="Mia", author_email=user.email)
    update = UpdateFactory(organisation=world.member_org, created_by=user)
    return comment, update


# Account deletion ----------------------------------------------------------------------------


def test_deleting_an_account_keeps_authored_content_as_former_member(world, colleague):
    member = world.member
    comment, update = _authored(world, member)
    others_comment = CommentFactory(post=comment.post, user=colleague, author_name="Kollegin")
    offer = OfferFactory(organisation=world.member_org, updated_by=member)

    result = delete_account(member, password=PASSWORD, authored_content="keep")

    assert not User.objects.filter(pk=member.pk).exists()
    assert not Staff.objects.filter(user_id=member.pk).exists()
    comment.refresh_from_db()
    assert (comment.user_id, comment.author_name, comment.author_email) == (
        None,
        "ehemaliges Mitglied",
        "",
    )
    update.refresh_from_db()
    assert update.created_by_id is None
    offer.refresh_from_db()
    assert offer.updated_by_id is None
    assert Organisation.objects.filter(pk=world.member_org.pk).exists()
    assert Offer.objects.filter(pk=offer.pk).exists()
    others_comment.refresh_from_db()
    assert others_comment.author_name == "Kollegin"
    assert result.comments == 1 and result.staff_positions == 1


def test_the_log_keeps_a_leaving_persons_acts_and_grants_without_their_name(world, colleague):
    member = world.member
    member.display_name = "Mia Beispiel"
    member.save()
    acted = record_entry(
        action=AuditAction.STAFF_REMOVED,
        actor=member,
        organisation=world.member_org,
        label=colleague.display_name,
    )
    granted = record_entry(
        action=AuditAction.STAFF_ADDED,
        actor=colleague,
        organisation=world.member_org,
        label=f"Mia Beispiel ({member.email})",
    )

    delete_account(member, password=PASSWORD, authored_content="keep")

    acted.refresh_from_db()
    granted.refresh_from_db()
    assert (acted.actor_id, acted.actor_name) == (None, "ehemaliges Mitglied")
    assert acted.object_label == colleague.display_name
    assert granted.object_label == "ehemaliges Mitglied (ehemaliges Mitglied)"
    assert granted.actor_name == (colleague.display_name or colleague.email)


def test_deleting_an_account_can_remove_authored_comments_and_updates(world, colleague):
    comment, update = _authored(world, world.member)
    colleagues_update = UpdateFactory(organisation=world.member_org, created_by=colleague)

    result = delete_account(world.member, password=PASSWORD, authored_content="remove")

    assert not Comment.objects.filter(pk=comment.pk).exists()
    assert not Update.objects.filter(pk=update.pk).exists()
    assert Update.objects.filter(pk=colleagues_update.pk).exists()
    assert (result.comments, result.updates) == (1, 1)


@pytest.mark.parametrize(
    "password, choice",
    [("falsch", "keep"), ("", "keep"), (PASSWORD, "something-else")],
)
def test_bad_input_deletes_nothing(world, password, choice):
    comment, _update = _authored(world, world.member)
    with pytest.raises(ValidationError):
        delete_account(world.member, password=password, authored_content=choice)
    assert User.objects.filter(pk=world.member.pk).exists()
    assert Staff.objects.filter(user=world.member).exists()
    comment.refresh_from_db()
    assert comment.user_id == world.member.pk


def test_an_account_deleted_already_cannot_be_deleted_again(world):
    member = world.member
    delete_account(member, password=PASSWORD, authored_content="keep")
    with pytest.raises(ValidationError, match="bereits gelöscht"):
        delete_account(member, password=PASSWORD, authored_content="keep")


def test_the_last_administrator_cannot_delete_their_account(db):
    admin = UserFactory(is_superuser=True, is_staff=True)
    with pytest.raises(ValidationError, match="letzte Person mit Administrationsrechten"):
        delete_account(admin, password=PASSWORD, authored_content="keep")
    UserFactory(is_superuser=True)
    delete_account(admin, password=PASSWORD, authored_content="keep")
    assert not User.objects.filter(pk=admin.pk).exists()


def test_a_place_given_up_by_a_leaving_member_goes_to_the_waiting_list(world, mailoutbox):
    event = EventFactory(network=world.network, organiser=world.member_org, capacity=1)
    mine = RegistrationFactory(event=event, user=world.member, email=world.member.email)
    waiting = RegistrationFactory(event=event, status=RegistrationStatus.WAITING)
    delete_account(world.member, password=PASSWORD, authored_content="keep")
    assert not Registration.objects.filter(pk=mine.pk).exists()
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.CONFIRMED


def test_a_leaving_persons_action_items_pass_to_their_organisation(world):
    meeting = MeetingFactory(network=world.network)
    personal = ActionItemFactory(meeting=meeting, owner_user=world.member)
    for_org = ActionItemFactory(
        meeting=meeting, owner_user=world.member, owner_organisation=world.coordinator_org
    )
    Rsvp.objects.create(meeting=meeting, user=world.member, answer="yes")

    delete_account(world.member, password=PASSWORD, authored_content="keep")

    personal.refresh_from_db()
    for_org.refresh_from_db()
    assert (personal.owner_user_id, personal.owner_organisation) == (None, world.member_org)
    assert (for_org.owner_user_id, for_org.owner_organisation) == (None, world.coordinator_org)
    assert not Rsvp.objects.filter(meeting=meeting).exists()
    assert ActionItem.objects.count() == 2


def test_the_last_editor_is_warned_and_the_coordination_told(
    world, colleague, mailoutbox, django_capture_on_commit_callbacks
):
    # The colleague never chose a password: the member is the last who can log in.
    colleague.set_unusable_password()
    colleague.save()
    [loss] = organisations_losing_last_editor(world.member)
    assert loss.organisation == world.member_org
    assert loss.networks == [world.network]

    with django_capture_on_commit_callbacks(execute=True):
        delete_account(world.member, password=PASSWORD, authored_content="keep")

    [message] = [m for m in mailoutbox if world.coordinator.email in m.to]
    assert "Internationale Frauen e.V." in message.subject
    assert Organisation.objects.filter(pk=world.member_org.pk).exists()


def test_no_warning_while_a_colleague_can_log_in(
    world, colleague, mailoutbox, django_capture_on_commit_callbacks
):
    assert organisations_losing_last_editor(world.member) == []
    with django_capture_on_commit_callbacks(execute=True):
        delete_account(world.member, password=PASSWORD, authored_content="keep")
    assert mailoutbox == []


def test_a_leaving_contact_persons_join_requests_lose_name_and_address(world):
    request = JoinRequest.objects.create(
        network=world.network,
        organisation_name="Frauen",
        contact_name="Mia",
        email=world.member.email,
        message="Hallo",
        status=JoinRequestStatus.ACCEPTED,
        contact_user=world.member,
    )
    delete_account(world.member, password=PASSWORD, authored_content="keep")
    request.refresh_from_db()
    assert (request.contact_name, request.email, request.contact_user_id) == (
        "ehemaliges Mitglied",
        "",
        None,
    )


# A coordinator erases a visitor's data -------------------------------------------------------


def _visitor_data(network, email, *, status=JoinRequestStatus.OPEN):
    post = PostFactory(network=network)
    comment = CommentFactory(post=post, author_email=email)
    event = EventFactory(network=network)
    registration = RegistrationFactory(event=event, email=email)
    join_request = JoinRequest.objects.create(
        network=network,
        organisation_name="Nachbarn e.V.",
        contact_name="Sam Besucher",
        email=email,
        message="Wir möchten mitmachen.",
        status=status,
    )
    return comment, registration, join_request


def test_erasure_stays_within_the_network(world):
    email = "sam@example.com"
    mine = _visitor_data(world.network, email)
    elsewhere = _visitor_data(world.other_network, email)
    member_comment = CommentFactory(
        post=mine[0].post, user=world.member, author_email=email, author_name="Mitglied"
    )

    erasure = erase_visitor_data(world.network, email="SAM@example.com", by=world.coordinator)

    assert (erasure.comments, erasure.registrations, erasure.join_requests) == (1, 1, 1)
    assert not Comment.objects.filter(pk=mine[0].pk).exists()
    assert not Registration.objects.filter(pk=mine[1].pk).exists()
    assert not JoinRequest.objects.filter(pk=mine[2].pk).exists()
    assert Comment.objects.filter(pk__in=[elsewhere[0].pk, member_comment.pk]).count() == 2
    assert Registration.objects.filter(pk=elsewhere[1].pk).exists()
    assert JoinRequest.objects.filter(pk=elsewhere[2].pk).exists()


def test_an_accepted_join_request_stays_without_contact_details(world):
    _comment, _registration, join_request = _visitor_data(
        world.network, "sam@example.com", status=JoinRequestStatus.ACCEPTED
    )
    erase_visitor_data(world.network, email="sam@example.com", by=world.coordinator)
    join_request.refresh_from_db()
    assert (join_request.contact_name, join_request.email) == ("ehemaliges Mitglied", "")
    assert join_request.organisation_name == "Nachbarn e.V."


def test_erasing_an_invalid_address_changes_nothing(world):
    comment, _registration, _join_request = _visitor_data(world.network, "sam@example.com")
    with pytest.raises(ValidationError):
        erase_visitor_data(world.network, email="kein-at-zeichen", by=world.coordinator)
    assert Comment.objects.filter(pk=comment.pk).exists()


# Purge ---------------------------------------------------------------------------------------


def test_the_purge_forgets_what_the_retention_period_no_longer_covers(world, settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 183
    now = timezone.now()
    old_event = EventFactory(
        network=world.network,
        dates=[(now - datetime.timedelta(days=200), now - datetime.timedelta(days=199))],
    )
    recent_event = EventFactory(
        network=world.network,
        dates=[(now - datetime.timedelta(days=20), now - datetime.timedelta(days=19))],
    )
    old_visitor = RegistrationFactory(event=old_event)
    old_member = RegistrationFactory(event=old_event, user=world.member, email=world.member.email)
    recent_visitor = RegistrationFactory(event=recent_event)
    declined_old = JoinRequest.objects.create(
        network=world.network,
        organisation_name="Alt",
        contact_name="A",
        email="a@example.com",
        message="x",
        status=JoinRequestStatus.DECLINED,
        decided_at=now - datetime.timedelta(days=190),
    )
    declined_recent = JoinRequest.objects.create(
        network=world.network,
        organisation_name="Neu",
        contact_name="B",
        email="b@example.com",
        message="x",
        status=JoinRequestStatus.DECLINED,
        decided_at=now - datetime.timedelta(days=10),
    )

    need = NeedFactory(network=world.network, is_public=True, public_description="Räume")
    help_old = HelpOfferFactory(
        need=need, status=HelpOfferStatus.CONTACTED, handled_at=now - datetime.timedelta(days=190)
    )
    help_noted = HelpOfferFactory(
        need=need, status=HelpOfferStatus.NOTED, handled_at=now - datetime.timedelta(days=190)
    )
    help_waiting = HelpOfferFactory(need=need)

    counts = purge_personal_data()

    assert counts["registrations"] == 1
    assert counts["declined_join_requests"] == 1
    assert counts["handled_help_offers"] == 1
    assert not HelpOffer.objects.filter(pk=help_old.pk).exists()
    # A note stays with its need; a waiting offer is still to be answered.
    assert set(HelpOffer.objects.values_list("pk", flat=True)) == {help_noted.pk, help_waiting.pk}
    assert set(Registration.objects.values_list("pk", flat=True)) == {
        old_member.pk,
        recent_visitor.pk,
    }
    assert list(JoinRequest.objects.values_list("pk", flat=True)) == [declined_recent.pk]
    assert not Registration.objects.filter(pk=old_visitor.pk).exists()
    assert not JoinRequest.objects.filter(pk=declined_old.pk).exists()
    # Idempotent: a second run finds nothing more.
    assert purge_personal_data() == {
        "registrations": 0,
        "declined_join_requests": 0,
        "handled_help_offers": 0,
        "login_records": 0,
    }

    # Half a year on, the recent ones have had their time too.
    with time_machine.travel(now + datetime.timedelta(days=184), tick=False):
        counts = purge_personal_data()
    assert counts["registrations"] == 1 and counts["declined_join_requests"] == 1
    assert list(Registration.objects.values_list("pk", flat=True)) == [old_member.pk]


def test_the_retention_period_is_a_setting(world, settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 10
    now = timezone.now()
    event = EventFactory(
        network=world.network,
        dates=[(now - datetime.timedelta(days=12), now - datetime.timedelta(days=11))],
    )
    RegistrationFactory(event=event)
    assert purge_personal_data()["registrations"] == 1


def test_an_upcoming_events_registrations_are_never_purged(world):
    event = EventFactory(network=world.network, dates=[(in_days(3), in_days(3, 18))])
    RegistrationFactory(event=event)
    with time_machine.travel(timezone.now() + datetime.timedelta(days=1), tick=False):
        assert purge_personal_data()["registrations"] == 0
    assert Registration.objects.filter(event=event).count() == 1


def test_the_command_says_what_it_did(world, capsys):
    now = timezone.now()
    event = EventFactory(
        network=world.network,
        dates=[(now - datetime.timedelta(days=300), now - datetime.timedelta(days=299))],
    )
    RegistrationFactory(event=event)
    call_command("purge_personal_data")
    out = capsys.readouterr().out
    assert "visitors' event registrations: 1 deleted" in out
    call_command("purge_personal_data")
    assert "visitors' event registrations: 0 deleted" in capsys.readouterr().out


# Export ---------------------------------------------------------------------------------------


def test_the_export_holds_the_persons_data_and_nobody_elses(world, colleague):
    _authored(world, world.member)
    _authored(world, colleague)
    RegistrationFactory(user=world.member, email=world.member.email)
    sections = {section.entry.key: section for section in personal_data_of(world.member)}
    comments = sections["comments"].tables[0].rows
    assert [row["author_email"] for row in comments] == [world.member.email]
    [registration] = sections["registrations"].tables[0].rows
    assert registration["email"] == world.member.email
    [position] = sections["staff_positions"].tables[0].rows
    assert position["organisation__name"] == world.member_org.name


def test_the_export_runs_a_fixed_number_of_queries(world, colleague):
    def count() -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            personal_data_of(User.objects.get(pk=world.member.pk))
        return len(queries)

    before = count()
    for _ in range(3):
        _authored(world, world.member)
        RegistrationFactory(user=world.member, email=world.member.email)
    other = NetworkFactory()
    MembershipFactory(network=other, organisation=world.member_org, role=MembershipRole.MEMBER)
    assert count() == before


def test_rows_under_the_accounts_address_go_with_the_account(world):
    """Written as a visitor before the account existed: the same (verified) address."""
    post = PostFactory(network=world.network)
    as_visitor = CommentFactory(post=post, author_email=world.member.email.upper())
    registration = RegistrationFactory(email=world.member.email)
    delete_account(world.member, password=PASSWORD, authored_content="remove")
    assert not Comment.objects.filter(pk=as_visitor.pk).exists()
    assert not Registration.objects.filter(pk=registration.pk).exists()
