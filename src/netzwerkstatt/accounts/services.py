"""Writes to accounts: invitations with one-time links to set a first password."""

import datetime
import hashlib
import secrets
from dataclasses import dataclass
from enum import Enum

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from netzwerkstatt.accounts.models import Invitation, User
from netzwerkstatt.core.mail import send_templated_mail

INVITATION_VALID_FOR = datetime.timedelta(days=7)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_contact_user(*, email: str, display_name: str, language: str = "") -> User:
    """An account for an invited person: no usable password until they accept an invitation.

    `language` is the one the person used on the site so far (their join request), if known.
    """
    email = User.objects.normalize_email(email).lower()
    if User.objects.filter(email=email).exists():
        raise ValidationError(_("An account with this e-mail address exists already."))
    user = User(email=email, display_name=display_name[:150])
    if language in dict(settings.LANGUAGES):
        user.language = language
    user.set_unusable_password()
    user.full_clean(exclude=["password", "username"])
    user.save()
    return user


@transaction.atomic
def invite_user(
    user: User,
    *,
    organisation=None,
    network=None,
    by: User | None = None,
) -> Invitation:
    """Send `user` a fresh one-time link; earlier unused links of theirs stop working."""
    user = User.objects.select_for_update().get(pk=user.pk)
    if not user.is_active:
        raise ValidationError(_("This account is inactive and cannot be invited."))
    if user.has_usable_password():
        raise ValidationError(
            _("This person has set a password already and can log in (or reset the password).")
        )
    now = timezone.now()
    Invitation.objects.filter(user=user, used_at__isnull=True, expires_at__gt=now).update(
        expires_at=now
    )
    token = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(
        user=user,
        token_hash=hash_token(token),
        organisation=organisation,
        network=network,
        created_by=by,
        expires_at=now + INVITATION_VALID_FOR,
    )
    context = {
        "name": user.display_name,
        "organisation_name": organisation.name if organisation else "",
        "network_name": network.name if network else "",
        # A colleague's invitation says who sent it, so the person knows it is genuine.
        "inviter_name": (by.display_name or by.email) if by and not network else "",
        "path": reverse("accounts:invitation", args=[token]),
        "valid_until": invitation.expires_at,
    }
    transaction.on_commit(
        lambda: send_templated_mail(
            template="accounts/email/invitation", context=context, to=[user.email]
        )
    )
    return invitation


class InvitationProblem(Enum):
    UNKNOWN = "unknown"
    USED = "used"
    EXPIRED = "expired"


@dataclass
class InvitationCheck:
    invitation: Invitation | None
    problem: InvitationProblem | None


def check_invitation(token: str) -> InvitationCheck:
    """Find the invitation for a link's token and tell whether it can still be used."""
    invitation = (
        Invitation.objects.select_related("user", "organisation")
        .filter(token_hash=hash_token(token))
        .first()
    )
    if invitation is None:
        return InvitationCheck(None, InvitationProblem.UNKNOWN)
    if invitation.used_at is not None or invitation.user.has_usable_password():
        return InvitationCheck(invitation, InvitationProblem.USED)
    if invitation.expires_at <= timezone.now() or not invitation.user.is_active:
        return InvitationCheck(invitation, InvitationProblem.EXPIRED)
    return InvitationCheck(invitation, None)


@transaction.atomic
def accept_invitation(*, token: str, password: str) -> User:
    """Set the first password through a one-time link and use the link up."""
    invitation = (
        Invitation.objects.select_for_update(of=("self",))
        .select_related("user")
        .filter(token_hash=hash_token(token))
        .first()
    )
    # Lock, then check: the same link opened in two tabs must set a password only once.
    if invitation is None or invitation.used_at is not None:
        raise ValidationError(_("This invitation link has been used already."))
    if invitation.expires_at <= timezone.now():
        raise ValidationError(_("This invitation link has expired."))
    user = invitation.user
    if user.has_usable_password():
        raise ValidationError(_("This invitation link has been used already."))
    user.set_password(password)
    user.save(update_fields=["password"])
    invitation.used_at = timezone.now()
    invitation.save(update_fields=["used_at"])
    return user


@transaction.atomic
def renew_invitation(*, email: str) -> Invitation | None:
    """Send a fresh link to an address whose invitation expired unused; otherwise do nothing.

    The caller shows the same message either way, so the form does not reveal which
    addresses have an account.
    """
    email = User.objects.normalize_email(email).strip().lower()
    user = User.objects.filter(email=email, is_active=True).first()
    if user is None or user.has_usable_password():
        return None
    last = (
        Invitation.objects.filter(user=user, used_at__isnull=True)
        .select_related("organisation", "network", "created_by")
        .first()
    )
    if last is None or last.expires_at > timezone.now():
        return None
    return invite_user(
        user, organisation=last.organisation, network=last.network, by=last.created_by
    )


# Privacy ------------------------------------------------------------------------------------
# Called by netzwerkstatt.privacy; the login protection's records belong to logging in.


def _login_record_models() -> list:
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    return [AccessAttempt, AccessLog, AccessFailureLog]


@transaction.atomic
def delete_user_account(user: User) -> None:
    """Delete the account and its login records.

    Rows that only record who acted keep their place without the name (their foreign keys are
    set to null); the person's own rows (invitations, answers, calendar feed) go with it.
    """
    for model in _login_record_models():
        model.objects.filter(username__iexact=user.email).delete()
    User.objects.filter(pk=user.pk).delete()


@transaction.atomic
def set_language(user: User, language: str) -> None:
    """The person's language for the interface and their e-mails; anything else is ignored."""
    if language in dict(settings.LANGUAGES) and user.language != language:
        user.language = language
        user.save(update_fields=["language"])


def purge_login_records(*, before: datetime.datetime) -> int:
    """Delete the login protection's records of logins and attempts older than `before`."""
    deleted = 0
    for model in _login_record_models():
        _total, rows = model.objects.filter(attempt_time__lt=before).delete()
        deleted += rows.get(model._meta.label, 0)
    return deleted
