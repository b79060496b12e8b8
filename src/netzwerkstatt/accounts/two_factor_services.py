"""Writes for two-factor login with django-otp: an authenticator app (TOTP) and backup codes.

A person starts the setup, which creates an unconfirmed TOTP device; the device counts only
after the person has typed a current code from their app. Confirming also creates ten one-time
backup codes (a static device). Wrong codes are throttled by django-otp (the device waits
longer after each failure); the throttling state is saved even though the attempt fails, so
the checks below commit before they raise.
"""

import re
from base64 import b32encode
from dataclasses import dataclass
from enum import Enum

import segno
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from netzwerkstatt.accounts.models import User

BACKUP_CODE_COUNT = 10
TOTP_DEVICE_NAME = "Authenticator app"
BACKUP_DEVICE_NAME = "Backup codes"
TOTP_CODE = re.compile(r"[0-9]{6}")
QR_SCALE = 4


class CodeProblem(Enum):
    WRONG = "wrong"
    THROTTLED = "throttled"
    NO_SETUP = "no_setup"


def normalise_code(code: str) -> str:
    """Codes may be typed with spaces or hyphens and in any case."""
    return re.sub(r"[\s-]", "", code).lower()


def totp_secret(device: TOTPDevice) -> str:
    """The secret in the Base32 form authenticator apps accept, in groups of four."""
    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[start : start + 4] for start in range(0, len(secret), 4))


@dataclass(frozen=True)
class QrImage:
    data_uri: str
    size: int


def totp_qr_image(device: TOTPDevice) -> QrImage:
    """The setup QR code as an SVG data address, drawn here (no outside service)."""
    qr_code = segno.make(device.config_url, error="m")
    width, _height = qr_code.symbol_size(scale=QR_SCALE)
    return QrImage(qr_code.svg_data_uri(scale=QR_SCALE, light="#fff"), width)


def _raise_for(problem: CodeProblem) -> None:
    messages = {
        CodeProblem.WRONG: _(
            "This code is wrong or has expired. Please enter the current code from your app "
            "or one of your unused backup codes."
        ),
        CodeProblem.THROTTLED: _(
            "Too many wrong codes. Please wait a minute and then enter the current code."
        ),
        CodeProblem.NO_SETUP: _(
            "There is no setup to confirm. Please start switching on two-factor login again."
        ),
    }
    raise ValidationError(messages[problem], code=problem.value)


def _check(device: Device, code: str) -> CodeProblem | None:
    allowed, _details = device.verify_is_allowed()
    if not allowed:
        return CodeProblem.THROTTLED
    return None if device.verify_token(code) else CodeProblem.WRONG


@transaction.atomic
def start_two_factor_setup(*, user: User) -> TOTPDevice:
    """A new unconfirmed authenticator device for `user`; an earlier unfinished one goes."""
    if TOTPDevice.objects.filter(user=user, confirmed=True).exists():
        raise ValidationError(_("Two-factor login is already switched on."))
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return TOTPDevice.objects.create(user=user, name=TOTP_DEVICE_NAME, confirmed=False)


def confirm_two_factor_setup(*, user: User, code: str) -> tuple[TOTPDevice, list[str]]:
    """Confirm the unfinished device with a current code; returns it and new backup codes."""
    code = normalise_code(code)
    with transaction.atomic():
        device = (
            TOTPDevice.objects.select_for_update()
            .filter(user=user, confirmed=False)
            .order_by("-pk")
            .first()
        )
        if device is None:
            problem = CodeProblem.NO_SETUP
        else:
            problem = _check(device, code)
        if problem is None:
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            codes = _replace_backup_codes(user)
    if problem is not None:
        _raise_for(problem)
    return device, codes


def verify_second_factor(*, user: User, code: str) -> Device:
    """The confirmed device that accepts `code`: six digits from the app, else a backup code.

    A backup code works once. Raises ValidationError for a wrong, expired or throttled code.
    """
    code = normalise_code(code)
    model = TOTPDevice if TOTP_CODE.fullmatch(code) else StaticDevice
    problem = CodeProblem.WRONG
    with transaction.atomic():
        devices = model.objects.select_for_update().filter(user=user, confirmed=True)
        for device in devices:
            problem = _check(device, code)
            if problem is None:
                return device
    _raise_for(problem)


@transaction.atomic
def replace_backup_codes(*, user: User) -> list[str]:
    """New backup codes for a person with two-factor login on; the old ones stop working."""
    if not TOTPDevice.objects.filter(user=user, confirmed=True).exists():
        raise ValidationError(_("Please switch on two-factor login first."))
    return _replace_backup_codes(user)


def _replace_backup_codes(user: User) -> list[str]:
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=BACKUP_DEVICE_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _index in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


@transaction.atomic
def switch_off_two_factor(*, user: User) -> None:
    """Remove the person's authenticator devices and backup codes."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
