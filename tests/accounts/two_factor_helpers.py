"""Codes as an authenticator app computes them, and people with two-factor login on."""

import time

from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice


def code_for(device: TOTPDevice, *, steps_ahead: int = 0) -> str:
    """The code the app shows now (or that many 30-second steps later)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def switch_on_two_factor(user, backup_codes=("abcd2345", "efgh6723")) -> TOTPDevice:
    device = TOTPDevice.objects.create(user=user, name="App", confirmed=True)
    static = StaticDevice.objects.create(user=user, name="Backup", confirmed=True)
    for token in backup_codes:
        StaticToken.objects.create(device=static, token=token)
    return device
