"""Reads for two-factor login: whether a person has it on, and whether they must."""

from dataclasses import dataclass

from django.conf import settings
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from netzwerkstatt.accounts.models import User
from netzwerkstatt.networks.permissions import coordinated_networks


@dataclass
class TwoFactorStatus:
    enabled: bool
    backup_codes_left: int
    setup_started: bool
    required: bool


def has_two_factor(user: User) -> bool:
    """The person has a confirmed device, so a login needs a code after the password."""
    return user.is_authenticated and user_has_device(user, confirmed=True)


def unconfirmed_totp_device(user: User) -> TOTPDevice | None:
    """The authenticator app a person is setting up, until they confirm it with a code."""
    return TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()


def is_two_factor_required(user: User) -> bool:
    """Whether the installation requires two-factor login of this person (see settings)."""
    roles = settings.TWO_FACTOR_REQUIRED_FOR
    if not roles or not user.is_authenticated:
        return False
    if "admins" in roles and (user.is_staff or user.is_superuser):
        return True
    # coordinated_networks() gives superusers every network; they are covered by "admins".
    return "coordinators" in roles and not user.is_superuser and coordinated_networks(user).exists()


def two_factor_status(user: User) -> TwoFactorStatus:
    return TwoFactorStatus(
        enabled=has_two_factor(user),
        backup_codes_left=StaticToken.objects.filter(
            device__user=user, device__confirmed=True
        ).count(),
        setup_started=TOTPDevice.objects.filter(user=user, confirmed=False).exists(),
        required=is_two_factor_required(user),
    )
