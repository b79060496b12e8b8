"""Writes to organisations, memberships and join requests.

Views call these; nothing else changes the rows.
"""

import logging
from datetime import timedelta
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from netzwerkstatt.accounts.models import Invitation, User
from netzwerkstatt.accounts.services import create_contact_user, invite_user
from netzwerkstatt.core.address_hashes import address_hash
from netzwerkstatt.core.mail import send_templated_mail
from netzwerkstatt.networks.models import (
    JoinRequest,
    JoinRequestEvent,
    JoinRequestEventKind,
    JoinRequestSource,
    JoinRequestStatus,
    Membership,
    MembershipRole,
    MembershipStatus,
    Network,
    Organisation,
    Project,
    SocialLink,
    Staff,
)
from netzwerkstatt.synergy.tasks import schedule_network_refresh

ORGANISATION_M2M_FIELDS = ("target_groups", "topics")
# The public join form is limited per sender address: enough for an organisation that
# corrects a typo, too few for a script.
JOIN_REQUESTS_PER_ADDRESS_PER_HOUR = 3
ADDRESS_PURPOSE = "networks.join-request"
EMAIL_MAX_LENGTH = 254
NAME_MAX_LENGTH = 150
JOB_TITLE_MAX_LENGTH = 150

logger = logging.getLogger(__name__)


def _unique_slug(name: str) -> str:
    base = slugify(name.replace("ß", "ss"))[:70].strip("-") or "organisation"
    slug, number = base, 2
    while Organisation.objects.filter(slug=slug).exists():
        slug = f"{base}-{number}"
        number += 1
    return slug


@transaction.atomic
def update_organisation(
    organisation: Organisation,
    *,
    data: dict[str, Any],
    projects: list[dict[str, Any]] | None = None,
    links: list[dict[str, Any]] | None = None,
    by: User | None = None,
) -> Organisation:
    """Save an organisation's profile; `projects` and `links`, when given, replace the old ones."""
    organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
    old_name = organisation.name
    related = {}
    for name, value in data.items():
        if name in ORGANISATION_M2M_FIELDS:
            related[name] = value
        else:
            setattr(organisation, name, value)
    organisation.full_clean(exclude=list(ORGANISATION_M2M_FIELDS))
    organisation.save()
    for name, value in related.items():
        getattr(organisation, name).set(value)
    if projects is not None:
        organisation.projects.all().delete()
        Project.objects.bulk_create(
            Project(organisation=organisation, position=position, **row)
            for position, row in enumerate(projects)
        )
    if links is not None:
        organisation.links.all().delete()
        SocialLink.objects.bulk_create(
            SocialLink(organisation=organisation, **row) for row in links
        )
    if organisation.name != old_name:
        # Offers are found by their organisation's name too.
        from netzwerkstatt.offers.services import reindex_organisation_offers

        reindex_organisation_offers(organisation)
    return organisation


@transaction.atomic
def add_membership(
    network: Network,
    *,
    organisation: Organisation | None = None,
    new_name: str = "",
    status: str = MembershipStatus.MEMBER,
    role: str = MembershipRole.MEMBER,
    by: User | None = None,
) -> Membership:
    """Add an existing organisation, or a new one created from its name, to the network."""
    if status not in MembershipStatus.values or role not in MembershipRole.values:
        raise ValidationError(_("Unknown status or role."))
    if organisation is None:
        new_name = new_name.strip()
        if not new_name:
            raise ValidationError(
                _("Choose an existing organisation or enter the name of a new one.")
            )
        if Organisation.objects.filter(name__iexact=new_name).exists():
            raise ValidationError(
                _("An organisation with this name exists already. Please choose it from the list.")
            )
        organisation = Organisation(name=new_name, slug=_unique_slug(new_name))
        organisation.full_clean()
        organisation.save()
    if Membership.objects.filter(network=network, organisation=organisation).exists():
        raise ValidationError(
            _("%(name)s is already listed in this network.") % {"name": organisation.name}
        )
    membership = Membership.objects.create(
        network=network,
        organisation=organisation,
        status=status,
        role=role,
        joined_on=timezone.localdate() if status == MembershipStatus.MEMBER else None,
        updated_by=by,
    )
    # A new member's offers may run parallel to those already in the network.
    schedule_network_refresh(network.pk)
    return membership


@transaction.atomic
def change_membership(
    membership: Membership, *, status: str, role: str, by: User | None = None
) -> Membership:
    """Change status or role. A network always keeps at least one active coordinator."""
    if status not in MembershipStatus.values or role not in MembershipRole.values:
        raise ValidationError(_("Unknown status or role."))
    # Lock the network's memberships: two coordinators may demote each other at once.
    memberships = list(
        Membership.objects.select_for_update().filter(network_id=membership.network_id)
    )
    membership = next(m for m in memberships if m.pk == membership.pk)
    stays_coordinator = role == MembershipRole.COORDINATOR and status == MembershipStatus.MEMBER
    other_coordinators = [m for m in memberships if m.is_coordinator and m.pk != membership.pk]
    if membership.is_coordinator and not stays_coordinator and not other_coordinators:
        raise ValidationError(
            _(
                "%(name)s is the network's only coordinating organisation. Make another "
                "organisation coordinator first."
            )
            % {"name": membership.organisation.name}
        )
    if status == MembershipStatus.MEMBER and membership.joined_on is None:
        membership.joined_on = timezone.localdate()
    membership.status = status
    membership.role = role
    membership.updated_by = by
    membership.save()
    schedule_network_refresh(membership.network_id)
    return membership


# Join requests ("Mitglied werden") ------------------------------------------------------------


def _record(
    join_request: JoinRequest, kind: str, *, by: User | None, message: str = ""
) -> JoinRequestEvent:
    return JoinRequestEvent.objects.create(
        join_request=join_request, kind=kind, actor=by, message=message
    )


@transaction.atomic
def submit_join_request(
    network: Network,
    *,
    organisation_name: str,
    contact_name: str,
    email: str,
    message: str,
    website: str = "",
    consent: bool,
    ip_address: str = "",
) -> JoinRequest:
    """An outside organisation asks to join through the public form."""
    if not consent:
        raise ValidationError(
            _("Please agree to the privacy notice, otherwise we cannot store your request.")
        )
    ip_hash = address_hash(ip_address, purpose=ADDRESS_PURPOSE)
    if ip_hash:
        recent = JoinRequest.objects.filter(
            ip_hash=ip_hash, created_at__gte=timezone.now() - timedelta(hours=1)
        ).count()
        if recent >= JOIN_REQUESTS_PER_ADDRESS_PER_HOUR:
            raise ValidationError(
                _(
                    "Too many requests have been sent from your connection in the last hour. "
                    "Please try again later."
                )
            )
    join_request = JoinRequest(
        network=network,
        organisation_name=organisation_name.strip(),
        contact_name=contact_name.strip(),
        email=email.strip().lower(),
        message=message.strip(),
        website=website.strip(),
        source=JoinRequestSource.FORM,
        consent_at=timezone.now(),
        ip_hash=ip_hash,
    )
    join_request.full_clean()
    join_request.save()
    _record(join_request, JoinRequestEventKind.SUBMITTED, by=None)
    return join_request


@transaction.atomic
def create_join_request_from_comment(*, comment: Any, by: User) -> tuple[JoinRequest, bool]:
    """Turn a news comment (like the DAA's on the seed page) into a join request.

    Returns the request and whether it is new: a second click finds the first request.
    """
    network = comment.post.network
    existing = JoinRequest.objects.filter(source_comment_id=comment.pk).first()
    if existing is not None:
        return existing, False
    name = (comment.author_name or "").strip()
    email = (comment.author_email or "").strip().lower()
    if not email:
        raise ValidationError(
            _("This comment has no e-mail address, so there is nobody to answer.")
        )
    join_request = JoinRequest(
        network=network,
        organisation_name=name[:200] or email,
        contact_name=name[:150] or email,
        email=email,
        website=(comment.author_homepage or "").strip(),
        message=(comment.body or "").strip()[:4000],
        source=JoinRequestSource.COMMENT,
        source_comment_id=comment.pk,
        created_by=by,
    )
    try:
        join_request.full_clean(exclude=["website"])
    except ValidationError as error:
        raise ValidationError(
            _("The comment cannot be turned into a join request: %(problems)s")
            % {"problems": " ".join(error.messages)}
        ) from error
    if join_request.website:
        try:
            URLValidator()(join_request.website)
        except ValidationError:
            join_request.website = ""  # A homepage that is no valid address is left out.
    try:
        with transaction.atomic():
            join_request.save()
    except IntegrityError:
        # Two coordinators clicked at once; the other click made the request.
        return JoinRequest.objects.get(source_comment_id=comment.pk), False
    _record(join_request, JoinRequestEventKind.FROM_COMMENT, by=by)
    return join_request, True


def _lock_open(join_request: JoinRequest) -> JoinRequest:
    # Lock the request row: two coordinators may answer the same request at once.
    locked = (
        JoinRequest.objects.select_for_update(of=("self",))
        .select_related("network")
        .get(pk=join_request.pk)
    )
    if not locked.is_open:
        raise ValidationError(
            _("This request has been %(status)s already.") % {"status": locked.get_status_display()}
        )
    return locked


def _mail_on_commit(template: str, context: dict, to: list[str], reply_to=None) -> None:
    transaction.on_commit(
        lambda: send_templated_mail(template=template, context=context, to=to, reply_to=reply_to)
    )


def _request_context(join_request: JoinRequest) -> dict:
    return {
        "contact_name": join_request.contact_name,
        "organisation_name": join_request.organisation_name,
        "network_name": join_request.network.name,
        "network_path": join_request.network.get_absolute_url(),
    }


@transaction.atomic
def ask_join_request_question(
    join_request: JoinRequest, *, message: str, by: User
) -> JoinRequestEvent:
    """Ask the applicant something by e-mail; their answer goes to the coordinator's address."""
    join_request = _lock_open(join_request)
    message = message.strip()
    if not message:
        raise ValidationError(_("Please write your question."))
    event = _record(join_request, JoinRequestEventKind.QUESTION, by=by, message=message)
    context = {
        **_request_context(join_request),
        "message": message,
        "coordinator_name": by.display_name or by.email,
    }
    _mail_on_commit(
        "networks/email/join_request_question", context, [join_request.email], [by.email]
    )
    return event


@transaction.atomic
def decline_join_request(join_request: JoinRequest, *, message: str = "", by: User) -> JoinRequest:
    """Say no, politely, by e-mail."""
    join_request = _lock_open(join_request)
    join_request.status = JoinRequestStatus.DECLINED
    join_request.decided_at = timezone.now()
    join_request.decided_by = by
    join_request.save(update_fields=["status", "decided_at", "decided_by"])
    message = message.strip()
    _record(join_request, JoinRequestEventKind.DECLINED, by=by, message=message)
    context = {
        **_request_context(join_request),
        "message": message,
        "coordinator_name": by.display_name or by.email,
    }
    _mail_on_commit(
        "networks/email/join_request_declined", context, [join_request.email], [by.email]
    )
    return join_request


@transaction.atomic
def accept_join_request(
    join_request: JoinRequest,
    *,
    organisation: Organisation | None = None,
    new_name: str = "",
    by: User,
) -> JoinRequest:
    """Make the applicant a member and invite its contact person.

    With `organisation` the request is linked to that existing organisation, otherwise a new
    one is created, named `new_name` or, if that is empty, as in the request. The contact
    person gets an account with no usable password, becomes its staff and receives a one-time
    link to choose a password.
    """
    join_request = _lock_open(join_request)
    network = join_request.network
    user = User.objects.filter(email=join_request.email).first()
    new_name = new_name.strip() or join_request.organisation_name
    if organisation is None:
        if Organisation.objects.filter(name__iexact=new_name).exists():
            raise ValidationError(
                _(
                    "An organisation named %(name)s exists already. Please choose it instead "
                    "of creating a new one."
                )
                % {"name": new_name}
            )
    membership = (
        Membership.objects.filter(network=network, organisation=organisation).first()
        if organisation is not None
        else None
    )
    if membership is not None and membership.is_coordinator:
        raise ValidationError(
            _("%(name)s coordinates this network already.") % {"name": organisation.name}
        )
    # All checks done; from here on only writes.
    if membership is None:
        membership = add_membership(
            network,
            organisation=organisation,
            new_name=new_name,
            status=MembershipStatus.MEMBER,
            by=by,
        )
        organisation = membership.organisation
    elif membership.status != MembershipStatus.MEMBER:
        change_membership(membership, status=MembershipStatus.MEMBER, role=membership.role, by=by)
    if join_request.website and not organisation.website:
        organisation.website = join_request.website
        organisation.save(update_fields=["website", "updated_at"])
    if user is None:
        user = create_contact_user(email=join_request.email, display_name=join_request.contact_name)
    Staff.objects.get_or_create(user=user, organisation=organisation)
    join_request.status = JoinRequestStatus.ACCEPTED
    join_request.decided_at = timezone.now()
    join_request.decided_by = by
    join_request.organisation = organisation
    join_request.contact_user = user
    join_request.save(
        update_fields=["status", "decided_at", "decided_by", "organisation", "contact_user"]
    )
    _record(join_request, JoinRequestEventKind.ACCEPTED, by=by)
    if user.is_active and not user.has_usable_password():
        invite_user(user, organisation=organisation, network=network, by=by)
        _record(join_request, JoinRequestEventKind.INVITED, by=by, message=user.email)
    else:
        # Someone who can log in already needs no invitation, only the news.
        _mail_on_commit(
            "networks/email/join_request_accepted",
            {
                **_request_context(join_request),
                "organisation_path": organisation.get_absolute_url(),
            },
            [user.email],
            [by.email],
        )
    return join_request


@transaction.atomic
def resend_join_request_invitation(join_request: JoinRequest, *, by: User) -> JoinRequest:
    """Send the contact person of an accepted request a fresh invitation link."""
    join_request = (
        JoinRequest.objects.select_for_update(of=("self",))
        .select_related("network", "organisation", "contact_user")
        .get(pk=join_request.pk)
    )
    user = join_request.contact_user
    if join_request.status != JoinRequestStatus.ACCEPTED or user is None:
        raise ValidationError(_("Only accepted requests have an invitation to send again."))
    invite_user(user, organisation=join_request.organisation, network=join_request.network, by=by)
    _record(join_request, JoinRequestEventKind.INVITED, by=by, message=user.email)
    return join_request


# Staff ("Mitarbeiter:innen einladen") ----------------------------------------------------------


def _clean_staff_details(*, email: str, display_name: str, job_title: str) -> tuple[str, str, str]:
    email = User.objects.normalize_email(email.strip()).lower()
    display_name, job_title = display_name.strip(), job_title.strip()
    problems = []
    try:
        validate_email(email)
    except ValidationError:
        problems.append(_("Please enter a valid e-mail address."))
    if len(email) > EMAIL_MAX_LENGTH:
        problems.append(_("The e-mail address is too long."))
    if not display_name:
        problems.append(_("Please enter the person's name."))
    if len(display_name) > NAME_MAX_LENGTH:
        problems.append(_("The name may have at most 150 characters."))
    if len(job_title) > JOB_TITLE_MAX_LENGTH:
        problems.append(_("The job title may have at most 150 characters."))
    if problems:
        raise ValidationError(problems)
    return email, display_name, job_title


@transaction.atomic
def invite_staff(
    organisation: Organisation,
    *,
    email: str,
    display_name: str,
    job_title: str = "",
    by: User,
) -> Staff:
    """Make a person staff of the organisation and tell them by e-mail.

    A new address gets an account without a password and a one-time link to choose one; a
    person who can log in already (staff of another organisation, say) gets a short note.
    """
    email, display_name, job_title = _clean_staff_details(
        email=email, display_name=display_name, job_title=job_title
    )
    # Lock the person's row: two editors may invite the same colleague at once.
    user = User.objects.select_for_update().filter(email=email).first()
    if user is not None:
        if Staff.objects.filter(user=user, organisation=organisation).exists():
            raise ValidationError(
                _("%(email)s is already a staff member of %(organisation)s.")
                % {"email": email, "organisation": organisation.name}
            )
        if not user.is_active:
            raise ValidationError(
                _(
                    "The account of %(email)s has been deactivated. Please contact the "
                    "administration."
                )
                % {"email": email}
            )
    # All checks done; from here on only writes.
    try:
        with transaction.atomic():
            if user is None:
                user = create_contact_user(email=email, display_name=display_name)
            staff = Staff.objects.create(user=user, organisation=organisation, job_title=job_title)
    except IntegrityError as error:
        # The other invitation of the same address won the race.
        raise ValidationError(
            _("%(email)s has just been invited by someone else. Please reload the page.")
            % {"email": email}
        ) from error
    if user.has_usable_password():
        _mail_on_commit(
            "networks/email/staff_added",
            {
                "name": user.display_name or user.email,
                "organisation_name": organisation.name,
                "by_name": by.display_name or by.email,
                "dashboard_path": reverse("accounts:dashboard"),
            },
            [user.email],
            [by.email],
        )
    else:
        # Invited before but never chose a password: the fresh link serves both organisations.
        invite_user(user, organisation=organisation, by=by)
    return staff


@transaction.atomic
def resend_staff_invitation(staff: Staff, *, by: User) -> Invitation:
    """Send a pending colleague a fresh link; the earlier links stop working."""
    staff = Staff.objects.select_related("user", "organisation").get(pk=staff.pk)
    if staff.user.has_usable_password():
        raise ValidationError(
            _("%(name)s has chosen a password already and can log in.")
            % {"name": staff.user.display_name or staff.user.email}
        )
    return invite_user(staff.user, organisation=staff.organisation, by=by)


@transaction.atomic
def remove_staff(staff: Staff, *, by: User) -> None:
    """End a person's work for the organisation; their account and other positions stay."""
    deleted, _rows = Staff.objects.filter(pk=staff.pk).delete()
    if not deleted:
        raise ValidationError(_("This person has been removed already."))
    logger.info(
        "Staff %s removed from organisation %s by user %s",
        staff.user_id,
        staff.organisation_id,
        by.pk,
    )


# Privacy ------------------------------------------------------------------------------------
# Called by netzwerkstatt.privacy: a person deletes their account, a coordinator erases a
# visitor's data, the daily purge runs.


@transaction.atomic
def remove_staff_positions_of(user: User) -> int:
    """End every staff position of a person who leaves; the organisations keep everything else."""
    _total, rows = Staff.objects.filter(user=user).delete()
    return rows.get(Staff._meta.label, 0)


@transaction.atomic
def anonymise_join_requests_of(user: User, *, placeholder: str) -> int:
    """Keep the networks' record of a leaving person's requests without their name or address."""
    return JoinRequest.objects.filter(contact_user=user).update(
        contact_name=placeholder, email="", ip_hash="", contact_user=None
    )


@transaction.atomic
def erase_join_requests(network: Network, *, email: str, placeholder: str) -> int:
    """Erase what one network keeps about a contact person's requests.

    Open and declined requests go. An accepted one stays as the record of how the organisation
    joined, without the person's name, address and the messages written to them.
    """
    requests = JoinRequest.objects.select_for_update().filter(network=network, email__iexact=email)
    accepted = list(requests.filter(status=JoinRequestStatus.ACCEPTED).values_list("pk", flat=True))
    JoinRequestEvent.objects.filter(join_request__in=accepted).update(message="")
    anonymised = JoinRequest.objects.filter(pk__in=accepted).update(
        contact_name=placeholder, email="", ip_hash="", contact_user=None
    )
    _total, rows = requests.exclude(pk__in=accepted).delete()
    return anonymised + rows.get(JoinRequest._meta.label, 0)


@transaction.atomic
def purge_declined_join_requests(*, decided_before: Any) -> int:
    """Delete declined requests decided before the given time, with their history."""
    _total, rows = JoinRequest.objects.filter(
        status=JoinRequestStatus.DECLINED, decided_at__lt=decided_before
    ).delete()
    return rows.get(JoinRequest._meta.label, 0)
