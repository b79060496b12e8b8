"""Writes to organisations, memberships and join requests.

Views call these; nothing else changes the rows.
"""

import logging
import secrets
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from netzwerkstatt.accounts.models import Invitation, User
from netzwerkstatt.accounts.services import (
    INVITATION_VALID_FOR,
    create_contact_user,
    hash_token,
    invite_user,
)
from netzwerkstatt.audit.models import AuditAction
from netzwerkstatt.audit.services import record_changes, record_entry
from netzwerkstatt.core.address_hashes import address_hash
from netzwerkstatt.core.content_translations import apply_translation
from netzwerkstatt.core.mail import send_templated_mail
from netzwerkstatt.networks.models import (
    ConsentStatus,
    JoinRequest,
    JoinRequestEvent,
    JoinRequestEventKind,
    JoinRequestSource,
    JoinRequestStatus,
    Membership,
    MembershipRole,
    MembershipStatus,
    Network,
    NetworkInvitation,
    Organisation,
    Project,
    SocialLink,
    Staff,
    StaffRequest,
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
    from_outside = by is not None and not is_staff_of(by, organisation)
    before = organisation_snapshot(organisation) if from_outside else {}
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
    if from_outside:
        record_outside_edit(
            organisation,
            by=by,
            target=organisation,
            before=before,
            after=organisation_snapshot(organisation),
        )
    return organisation


def is_staff_of(user: User, organisation: Organisation) -> bool:
    return Staff.objects.filter(user_id=user.pk, organisation_id=organisation.pk).exists()


def organisation_snapshot(organisation: Organisation) -> dict[str, Any]:
    """The organisation's profile, projects and links as plain values, for the audit log."""
    data = {
        field.name: getattr(organisation, field.attname)
        for field in Organisation._meta.concrete_fields
        # Translations are logged by translate_organisation, language by language.
        if field.name not in ("id", "created_at", "updated_at", "translations")
    }
    data["target_groups"] = sorted(organisation.target_groups.values_list("name", flat=True))
    data["topics"] = sorted(organisation.topics.values_list("name", flat=True))
    data["projects"] = [
        f"{row.name}: {row.description}".strip(": ") for row in organisation.projects.all()
    ]
    data["links"] = [f"{row.kind} {row.url}" for row in organisation.links.all()]
    return data


def record_outside_edit(
    organisation: Organisation,
    *,
    by: User,
    target: Any,
    before: dict[str, Any],
    after: dict[str, Any],
) -> None:
    """Log a change to an organisation's data (profile, offers …) by someone not its staff.

    Other apps (offers) call this too; the organisation's own staff need no log entry.
    """
    if by is None or is_staff_of(by, organisation):
        return
    record_changes(
        action=AuditAction.ORGANISATION_EDITED,
        actor=by,
        organisation=organisation,
        target=target,
        before=before,
        after=after,
    )


@transaction.atomic
def add_membership(
    network: Network,
    *,
    organisation: Organisation | None = None,
    new_name: str = "",
    status: str = MembershipStatus.MEMBER,
    role: str = MembershipRole.MEMBER,
    by: User | None = None,
    consented: bool = False,
) -> Membership:
    """Add a placeholder organisation (no staff), or a new one created from its name, to the
    network. An organisation with staff joins only by its own consent: an accepted invitation
    or join request (`consented`)."""
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
        record_entry(
            action=AuditAction.ORGANISATION_CREATED,
            actor=by,
            organisation=organisation,
            network=network,
            target=organisation,
        )
    elif not consented and organisation.staff.exists():
        # An organisation with its own staff decides itself: it is invited instead.
        raise ValidationError(
            _(
                "%(name)s has its own staff on the platform and decides itself whether to join. "
                "Please send it an invitation."
            )
            % {"name": organisation.name}
        )
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
    record_entry(
        action=AuditAction.MEMBERSHIP_ADDED,
        actor=by,
        organisation=organisation,
        network=network,
        target=membership,
        after={"status": status, "role": role},
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
    if status == MembershipStatus.MEMBER and (
        membership.joined_on is None or membership.status == MembershipStatus.FORMER
    ):
        membership.joined_on = timezone.localdate()
        membership.left_on = None
    if status == MembershipStatus.FORMER and membership.status != MembershipStatus.FORMER:
        membership.left_on = timezone.localdate()
    before = {"status": membership.status, "role": membership.role}
    membership.status = status
    membership.role = role
    membership.updated_by = by
    membership.save()
    record_changes(
        action=(
            AuditAction.ROLE_CHANGED
            if before["role"] != role and before["status"] == status
            else AuditAction.MEMBERSHIP_CHANGED
        ),
        actor=by,
        organisation=membership.organisation,
        network=membership.network,
        target=membership,
        before=before,
        after={"status": status, "role": role},
    )
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
        language=translation.get_language() or settings.LANGUAGE_CODE,
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


@transaction.atomic
def create_join_request_from_help_offer(
    network: Network,
    *,
    organisation_name: str,
    contact_name: str,
    email: str,
    message: str,
    by: User,
) -> JoinRequest:
    """A coordinator turns a visitor's offer of help for a public need into a join request.

    The visitor agreed to the privacy notice when offering help; the request then follows the
    usual steps (question, accept with an invitation, or decline).
    """
    join_request = JoinRequest(
        network=network,
        organisation_name=(organisation_name.strip() or contact_name.strip())[:200],
        contact_name=contact_name.strip()[:150],
        email=email.strip().lower(),
        message=message.strip()[:4000],
        source=JoinRequestSource.HELP_OFFER,
        consent_at=timezone.now(),
        created_by=by,
    )
    try:
        join_request.full_clean()
    except ValidationError as error:
        raise ValidationError(
            _("The offer of help cannot be turned into a join request: %(problems)s")
            % {"problems": " ".join(error.messages)}
        ) from error
    join_request.save()
    _record(join_request, JoinRequestEventKind.FROM_HELP_OFFER, by=by)
    return join_request


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


def _mail_on_commit(
    template: str, context: dict, to: list[str], reply_to=None, language: str | None = None
) -> None:
    transaction.on_commit(
        lambda: send_templated_mail(
            template=template, context=context, to=to, reply_to=reply_to, language=language
        )
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
        "networks/email/join_request_question",
        context,
        [join_request.email],
        [by.email],
        language=join_request.language,
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
        "networks/email/join_request_declined",
        context,
        [join_request.email],
        [by.email],
        language=join_request.language,
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
    applicant_is_staff = (
        organisation is not None
        and user is not None
        and Staff.objects.filter(organisation=organisation, user=user).exists()
    )
    if organisation is not None and organisation.staff.exists() and not applicant_is_staff:
        # Nobody joins an organisation's staff through a form anyone can fill in.
        raise ValidationError(
            _(
                "%(name)s has its own staff on the platform, and %(email)s is not one of them. "
                "Please invite the organisation from the memberships page instead; its staff "
                "decide."
            )
            % {"name": organisation.name, "email": join_request.email}
        )
    # All checks done; from here on only writes.
    if membership is None:
        membership = add_membership(
            network,
            organisation=organisation,
            new_name=new_name,
            status=MembershipStatus.MEMBER,
            by=by,
            consented=applicant_is_staff,
        )
        organisation = membership.organisation
    elif membership.status != MembershipStatus.MEMBER:
        change_membership(membership, status=MembershipStatus.MEMBER, role=membership.role, by=by)
    if join_request.website and not organisation.website:
        organisation.website = join_request.website
        organisation.save(update_fields=["website", "updated_at"])
        record_outside_edit(
            organisation,
            by=by,
            target=organisation,
            before={"website": ""},
            after={"website": organisation.website},
        )
    if user is None:
        user = create_contact_user(
            email=join_request.email,
            display_name=join_request.contact_name,
            language=join_request.language,
        )
    staff, created = Staff.objects.get_or_create(user=user, organisation=organisation)
    if created:
        record_entry(
            action=AuditAction.STAFF_ADDED,
            actor=by,
            organisation=organisation,
            network=network,
            target=staff,
            label=user.display_name or user.email,
            note=_("contact person of the accepted join request"),
        )
    record_entry(
        action=AuditAction.JOIN_REQUEST_ACCEPTED,
        actor=by,
        organisation=organisation,
        network=network,
        target=join_request,
        label=join_request.organisation_name,
    )
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


STAFF_REQUEST_VALID_FOR = INVITATION_VALID_FOR


def _name(user: User | None) -> str:
    return (user.display_name or user.email) if user is not None else ""


def _tell_staff(
    organisation: Organisation, *, change: str, person: User, by: User | None, exclude=()
) -> None:
    """Tell the organisation's staff of a change to its staff, except those in `exclude`."""
    emails = list(
        User.objects.filter(staff_positions__organisation=organisation, is_active=True)
        .exclude(pk__in=[user.pk for user in exclude if user is not None])
        .values_list("email", flat=True)
    )
    if not emails:
        return
    _mail_on_commit(
        "networks/email/staff_changed",
        {
            "organisation_name": organisation.name,
            "change": change,
            "person_name": _name(person),
            "person_email": person.email,
            "by_name": _name(by),
            "staff_path": reverse("networks:staff_list", args=[organisation.slug]),
        },
        emails,
    )


@transaction.atomic
def invite_staff(
    organisation: Organisation,
    *,
    email: str,
    display_name: str,
    job_title: str = "",
    by: User,
) -> StaffRequest | None:
    """Ask a person to work for the organisation; they become staff when they accept.

    A person who can log in gets a one-time link to accept or decline. A new address gets an
    account without a password and the invitation link; choosing the password accepts. The
    inviter sees the same answer in every case (known address or not), so the form does not
    reveal who has an account; for an address that is already staff or deactivated, nothing
    is sent and None is returned. The organisation's other staff are told.
    """
    email, display_name, job_title = _clean_staff_details(
        email=email, display_name=display_name, job_title=job_title
    )
    # Lock the organisation: two editors may invite the same colleague at once.
    organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
    if not by.is_superuser and not is_staff_of(by, organisation):
        # A coordinator asks only the first person of a placeholder; the rest is theirs.
        if (
            StaffRequest.objects.filter(
                organisation=organisation, status=ConsentStatus.OPEN, expires_at__gt=timezone.now()
            )
            .exclude(user__email=email)
            .exists()
        ):
            raise ValidationError(
                _(
                    "%(organisation)s has asked its first staff member already. Further staff "
                    "are invited by the organisation's own staff."
                )
                % {"organisation": organisation.name}
            )
    user = User.objects.select_for_update().filter(email=email).first()
    if user is not None and (
        not user.is_active or Staff.objects.filter(user=user, organisation=organisation).exists()
    ):
        return None
    if user is None:
        user = create_contact_user(email=email, display_name=display_name)
    now = timezone.now()
    StaffRequest.objects.filter(
        organisation=organisation, user=user, status=ConsentStatus.OPEN
    ).update(status=ConsentStatus.WITHDRAWN, decided_at=now)
    token = secrets.token_urlsafe(32)
    staff_request = StaffRequest.objects.create(
        organisation=organisation,
        user=user,
        name=display_name,
        job_title=job_title,
        token_hash=hash_token(token),
        created_by=by,
        expires_at=now + STAFF_REQUEST_VALID_FOR,
    )
    record_entry(
        action=AuditAction.STAFF_REQUESTED,
        actor=by,
        organisation=organisation,
        target=staff_request,
        label=display_name,
    )
    if user.has_usable_password():
        _mail_on_commit(
            "networks/email/staff_request",
            {
                "name": _name(user),
                "organisation_name": organisation.name,
                "by_name": _name(by),
                "path": reverse("networks:staff_request", args=[token]),
                "valid_until": staff_request.expires_at,
            },
            [user.email],
        )
    else:
        # Choosing the first password through this link accepts the request.
        invite_user(user, organisation=organisation, by=by)
    _tell_staff(
        organisation,
        change=_("%(by)s asked %(person)s to join the staff.")
        % {"by": _name(by), "person": f"{display_name} <{email}>"},
        person=user,
        by=by,
        exclude=[by],
    )
    return staff_request


def _lock_staff_request(token: str = "", *, pk: int | None = None, user=None) -> StaffRequest:
    """Lock the request of a link's token, or of `pk` addressed to `user`, and check it is
    open; a ValidationError says why not."""
    found = StaffRequest.objects.select_for_update(of=("self",)).select_related(
        "organisation", "user", "created_by"
    )
    if pk is not None:
        found = found.filter(pk=pk, user_id=getattr(user, "pk", None))
    else:
        found = found.filter(token_hash=hash_token(token))
    staff_request = found.first()
    if staff_request is None:
        raise ValidationError(_("This link is not valid. Please check that it is complete."))
    if staff_request.status == ConsentStatus.ACCEPTED:
        raise ValidationError(_("This request has been accepted already."))
    if staff_request.status == ConsentStatus.DECLINED:
        raise ValidationError(_("This request has been declined already."))
    if staff_request.status == ConsentStatus.WITHDRAWN:
        raise ValidationError(_("This request has been replaced by a newer one or withdrawn."))
    if staff_request.expires_at <= timezone.now() or not staff_request.user.is_active:
        raise ValidationError(
            _("This link has expired. Please ask the organisation to invite you again.")
        )
    return staff_request


def check_staff_request(token: str) -> StaffRequest:
    """The open request behind a link, or a ValidationError saying why it cannot be used."""
    with transaction.atomic():
        return _lock_staff_request(token)


def _accept(staff_request: StaffRequest) -> Staff:
    user, organisation = staff_request.user, staff_request.organisation
    staff, _created = Staff.objects.get_or_create(
        user=user, organisation=organisation, defaults={"job_title": staff_request.job_title}
    )
    staff_request.status = ConsentStatus.ACCEPTED
    staff_request.decided_at = timezone.now()
    staff_request.save(update_fields=["status", "decided_at"])
    record_entry(
        action=AuditAction.STAFF_ACCEPTED,
        actor=user,
        organisation=organisation,
        target=staff,
        label=_name(user),
        note=_("asked by %(name)s") % {"name": _name(staff_request.created_by)},
    )
    _tell_staff(
        organisation,
        change=_("%(person)s accepted and now works for the organisation.")
        % {"person": _name(user)},
        person=user,
        by=user,
        exclude=[user],
    )
    return staff


@transaction.atomic
def accept_staff_request(*, token: str = "", pk: int | None = None, user=None) -> Staff:
    """The person accepts by their one-time link (or, logged in, in their area) and becomes
    staff."""
    return _accept(_lock_staff_request(token, pk=pk, user=user))


@transaction.atomic
def decline_staff_request(*, token: str = "", pk: int | None = None, user=None) -> StaffRequest:
    """The person declines by their one-time link (or in their area); the staff are told."""
    staff_request = _lock_staff_request(token, pk=pk, user=user)
    staff_request.status = ConsentStatus.DECLINED
    staff_request.decided_at = timezone.now()
    staff_request.save(update_fields=["status", "decided_at"])
    user = staff_request.user
    record_entry(
        action=AuditAction.STAFF_DECLINED,
        actor=user,
        organisation=staff_request.organisation,
        target=staff_request,
        label=_name(user),
    )
    _tell_staff(
        staff_request.organisation,
        change=_("%(person)s declined to join the staff.") % {"person": _name(user)},
        person=user,
        by=user,
    )
    return staff_request


@transaction.atomic
def accept_staff_requests_after_invitation(*, user: User, organisation: Organisation) -> int:
    """A new person chose their first password through the link of the staff request of
    `organisation`: that accepts the open request. Returns how many were accepted."""
    accepted = 0
    for staff_request in (
        StaffRequest.objects.select_for_update(of=("self",))
        .select_related("organisation", "user", "created_by")
        .filter(
            user=user,
            organisation=organisation,
            status=ConsentStatus.OPEN,
            expires_at__gt=timezone.now(),
        )
    ):
        _accept(staff_request)
        accepted += 1
    return accepted


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
    """End a person's work for the organisation; their account and other positions stay.

    The last person of an organisation cannot be removed: it would become a placeholder that
    coordinators could edit. The remaining staff and the person are told.
    """
    # Lock the organisation's staff rows: two editors may remove each other at once.
    rows = list(
        Staff.objects.select_for_update(of=("self",))
        .select_related("user", "organisation")
        .filter(organisation_id=staff.organisation_id)
    )
    staff = next((row for row in rows if row.pk == staff.pk), None)
    if staff is None:
        raise ValidationError(_("This person has been removed already."))
    if len(rows) == 1:
        raise ValidationError(
            _(
                "%(name)s is the only staff member of %(organisation)s and cannot be removed. "
                "Please invite someone else first."
            )
            % {"name": _name(staff.user), "organisation": staff.organisation.name}
        )
    Staff.objects.filter(pk=staff.pk).delete()
    record_entry(
        action=AuditAction.STAFF_REMOVED,
        actor=by,
        organisation=staff.organisation,
        target=staff,
        label=_name(staff.user),
    )
    _tell_staff(
        staff.organisation,
        change=_("%(by)s removed %(person)s from the staff.")
        % {"by": _name(by), "person": _name(staff.user)},
        person=staff.user,
        by=by,
        exclude=[by],
    )
    logger.info(
        "Staff %s removed from organisation %s by user %s",
        staff.user_id,
        staff.organisation_id,
        by.pk,
    )


# Network invitations --------------------------------------------------------------------------


@transaction.atomic
def invite_organisation(
    network: Network, *, organisation: Organisation, role: str = MembershipRole.MEMBER, by: User
) -> NetworkInvitation:
    """Invite an organisation with staff into the network; its editors accept or decline."""
    if role not in MembershipRole.values:
        raise ValidationError(_("Unknown status or role."))
    organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
    membership = Membership.objects.filter(network=network, organisation=organisation).first()
    if membership is not None and membership.status != MembershipStatus.FORMER:
        raise ValidationError(
            _("%(name)s is already listed in this network.") % {"name": organisation.name}
        )
    if NetworkInvitation.objects.filter(
        network=network, organisation=organisation, status=ConsentStatus.OPEN
    ).exists():
        raise ValidationError(
            _("%(name)s has been invited already and has not answered yet.")
            % {"name": organisation.name}
        )
    invitation = NetworkInvitation.objects.create(
        network=network, organisation=organisation, role=role, created_by=by
    )
    record_entry(
        action=AuditAction.MEMBERSHIP_INVITED,
        actor=by,
        organisation=organisation,
        network=network,
        target=invitation,
        after={"role": role},
    )
    emails = list(
        User.objects.filter(staff_positions__organisation=organisation, is_active=True).values_list(
            "email", flat=True
        )
    )
    if emails:
        _mail_on_commit(
            "networks/email/network_invitation",
            {
                "organisation_name": organisation.name,
                "network_name": network.name,
                "network_path": network.get_absolute_url(),
                "by_name": _name(by),
                "dashboard_path": reverse("accounts:dashboard"),
            },
            emails,
            [by.email],
        )
    return invitation


def _lock_open_invitation(invitation: NetworkInvitation) -> NetworkInvitation:
    locked = (
        NetworkInvitation.objects.select_for_update(of=("self",))
        .select_related("network", "organisation")
        .get(pk=invitation.pk)
    )
    if locked.status == ConsentStatus.ACCEPTED:
        raise ValidationError(_("This invitation has been accepted already."))
    if locked.status == ConsentStatus.DECLINED:
        raise ValidationError(_("This invitation has been declined already."))
    if locked.status != ConsentStatus.OPEN:
        raise ValidationError(_("This invitation has been withdrawn."))
    return locked


@transaction.atomic
def accept_network_invitation(invitation: NetworkInvitation, *, by: User) -> Membership:
    """The organisation's editor accepts: the organisation becomes a member."""
    invitation = _lock_open_invitation(invitation)
    network, organisation = invitation.network, invitation.organisation
    membership = (
        Membership.objects.select_for_update().filter(network=network, organisation=organisation)
    ).first()
    before = {"status": membership.status, "role": membership.role} if membership else {}
    if membership is None:
        membership = Membership(network=network, organisation=organisation)
    membership.status = MembershipStatus.MEMBER
    membership.role = invitation.role
    if membership.joined_on is None or before.get("status") == MembershipStatus.FORMER:
        membership.joined_on = timezone.localdate()
    membership.left_on = None
    membership.updated_by = by
    membership.save()
    invitation.status = ConsentStatus.ACCEPTED
    invitation.decided_at = timezone.now()
    invitation.decided_by = by
    invitation.save(update_fields=["status", "decided_at", "decided_by"])
    record_entry(
        action=AuditAction.MEMBERSHIP_ACCEPTED,
        actor=by,
        organisation=organisation,
        network=network,
        target=membership,
        before=before,
        after={"status": membership.status, "role": membership.role},
    )
    schedule_network_refresh(network.pk)
    return membership


@transaction.atomic
def decline_network_invitation(invitation: NetworkInvitation, *, by: User) -> NetworkInvitation:
    """The organisation's editor declines; nothing else changes."""
    invitation = _lock_open_invitation(invitation)
    invitation.status = ConsentStatus.DECLINED
    invitation.decided_at = timezone.now()
    invitation.decided_by = by
    invitation.save(update_fields=["status", "decided_at", "decided_by"])
    record_entry(
        action=AuditAction.MEMBERSHIP_DECLINED,
        actor=by,
        organisation=invitation.organisation,
        network=invitation.network,
        target=invitation,
    )
    return invitation


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


@transaction.atomic
def translate_organisation(
    organisation: Organisation, *, language: str, values: dict[str, str], by: User | None
) -> Organisation:
    """Store the profile's texts in one language; logged like other edits from outside."""
    organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
    before, after = apply_translation(organisation, code=language, values=values)
    organisation.save(update_fields=["translations"])
    if by is not None:
        record_outside_edit(organisation, by=by, target=organisation, before=before, after=after)
    return organisation


# Leichte Sprache ------------------------------------------------------------------------------


@transaction.atomic
def update_easy_read_text(network: Network, *, text: str, by: User) -> Network:
    """The coordinators' own words in easy-read German on the network's easy-read page."""
    network = Network.objects.select_for_update().get(pk=network.pk)
    network.easy_read_text = text.strip().replace("\r\n", "\n")
    network.save(update_fields=["easy_read_text"])
    return network
