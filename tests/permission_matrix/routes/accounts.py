"""Log-in, password and invitation routes (public by design) and the routes of the own account."""

from django.contrib.auth.tokens import default_token_generator
from django.core import mail
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from netzwerkstatt.accounts.models import Invitation, User
from tests.factories import PASSWORD
from tests.permission_matrix.matrix import EVERYONE, LOGGED_IN, Case, GetOnly

NEW_PASSWORD = "ein-neues-Passwort-2025"


def _reset_url(w, token):
    uid = urlsafe_base64_encode(force_bytes(w.user("owner").pk))
    return reverse("accounts:password_reset_confirm", args=[uid, token])


def _open_reset_link(w, client):
    # The first visit trades the token in the address for one in the session.
    owner = User.objects.get(pk=w.user("owner").pk)
    client.get(_reset_url(w, default_token_generator.make_token(owner)))


def _password_is_new(ctx):
    return User.objects.get(pk=ctx.world.user("owner").pk).check_password(NEW_PASSWORD)


CASES = [
    Case(
        "accounts:login",
        lambda w: reverse("accounts:login"),
        allowed=EVERYONE,
        public=True,
        data=lambda w, actor: {"username": "owner@example.org", "password": PASSWORD},
        effect=lambda ctx: "_auth_user_id" in ctx.client.session,
        # Logged in already: the page sends them on and they stay logged in.
        holds_before=LOGGED_IN,
    ),
    Case(
        "accounts:logout",
        lambda w: reverse("accounts:logout"),
        allowed=EVERYONE,
        public=True,
        effect=lambda ctx: "_auth_user_id" not in ctx.client.session,
        holds_before=frozenset({"anonymous"}),
    ),
    Case(
        "accounts:invitation",
        lambda w: reverse("accounts:invitation", args=[w.invitation_token]),
        allowed=EVERYONE,
        public=True,
        data=lambda w, actor: {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
        effect=lambda ctx: User.objects.get(pk=ctx.world.invited_staff.user_id).check_password(
            NEW_PASSWORD
        ),
    ),
    Case(
        "accounts:invitation_renew",
        lambda w: reverse("accounts:invitation_renew"),
        allowed=EVERYONE,
        public=True,
        data=lambda w, actor: {"email": "abgelaufen@example.org"},
        effect=lambda ctx: (
            Invitation.objects.filter(user__email="abgelaufen@example.org").count() == 2
        ),
    ),
    Case(
        "accounts:password_reset",
        lambda w: reverse("accounts:password_reset"),
        allowed=EVERYONE,
        public=True,
        data=lambda w, actor: {"email": "owner@example.org"},
        effect=lambda ctx: any("owner@example.org" in m.to for m in mail.outbox),
    ),
    Case(
        "accounts:password_reset_confirm",
        lambda w: _reset_url(w, "set-password"),
        allowed=EVERYONE,
        public=True,
        prepare=_open_reset_link,
        data=lambda w, actor: {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
        effect=_password_is_new,
    ),
    # Anyone may pick a language (it opens the page under its prefix); a logged-in person's
    # choice is stored on their own account only.
    Case(
        "choose_language",
        lambda w: reverse("choose_language"),
        allowed=EVERYONE,
        public=True,
        data=lambda w, actor: {"language": "uk", "next": "/angebote/"},
        effect=lambda ctx: (
            ctx.response is not None
            and ctx.response.status_code == 302
            and ctx.response["Location"] == "/uk/angebote/"
            and (ctx.user is None or type(ctx.user).objects.get(pk=ctx.user.pk).language == "uk")
        ),
    ),
]

CASES += [
    # Everyone logged in deletes their own account (with the password), nobody another's;
    # the world's only admin is told to hand over the rights first and keeps the account.
    Case(
        "accounts:account_delete",
        lambda w: reverse("accounts:account_delete"),
        allowed=LOGGED_IN - {"admin"},
        no_grant=frozenset({"admin"}),
        data=lambda w, actor: {
            "password": PASSWORD,
            "authored_content": "keep",
            "confirmed": "on",
        },
        effect=lambda ctx: (
            ctx.user is not None and not User.objects.filter(pk=ctx.user.pk).exists()
        ),
    ),
]


def _totp(ctx, *, confirmed):
    return (
        ctx.user is not None
        and TOTPDevice.objects.filter(user=ctx.user, confirmed=confirmed).exists()
    )


def _code_for_new_device(w, actor):
    """An app set up but not confirmed yet, and its current code."""
    user = w.user(actor)
    if user is None:
        return {"code": "123456"}
    device = TOTPDevice.objects.create(user=user, name="Telefon", confirmed=False)
    return {"code": f"{totp(device.bin_key):06d}"}


CASES += [
    # Every logged-in person switches on two-factor login for their own account only.
    Case(
        "accounts:two_factor_setup_start",
        lambda w: reverse("accounts:two_factor_setup_start"),
        allowed=LOGGED_IN,
        effect=lambda ctx: _totp(ctx, confirmed=False),
    ),
    Case(
        "accounts:two_factor_setup",
        lambda w: reverse("accounts:two_factor_setup"),
        allowed=LOGGED_IN,
        data=_code_for_new_device,
        effect=lambda ctx: _totp(ctx, confirmed=True),
    ),
]


def _logged_in_user(client):
    user_id = client.session.get("_auth_user_id")
    return User.objects.filter(pk=user_id).first() if user_id else None


def _with_app(verified):
    """The logged-in person uses an authenticator app; `verified`: this session entered a code."""

    def prepare(w, client):
        user = _logged_in_user(client)
        if user is None:
            return
        device = TOTPDevice.objects.create(user=user, name="Telefon", confirmed=True)
        if verified:
            session = client.session
            session[DEVICE_ID_SESSION_KEY] = device.persistent_id
            session.save()

    return prepare


def _current_code(w, actor):
    user = w.user(actor)
    device = TOTPDevice.objects.filter(user=user).first() if user else None
    return {"code": f"{totp(device.bin_key):06d}" if device else "123456"}


CASES += [
    # New backup codes: only for oneself, and only from a session verified with a code.
    Case(
        "accounts:two_factor_backup_codes",
        lambda w: reverse("accounts:two_factor_backup_codes"),
        allowed=LOGGED_IN,
        prepare=_with_app(verified=True),
        effect=lambda ctx: (
            ctx.user is not None and StaticToken.objects.filter(device__user=ctx.user).exists()
        ),
    ),
    Case(
        "accounts:two_factor_switch_off",
        lambda w: reverse("accounts:two_factor_switch_off"),
        allowed=LOGGED_IN,
        prepare=_with_app(verified=True),
        data=lambda w, actor: {"password": PASSWORD, "code": ""},
        effect=lambda ctx: (
            ctx.user is not None and not TOTPDevice.objects.filter(user=ctx.user).exists()
        ),
    ),
    # The code step of a login: a logged-in session that has not entered its code yet.
    Case(
        "accounts:two_factor_login",
        lambda w: reverse("accounts:two_factor_login"),
        allowed=LOGGED_IN,
        prepare=_with_app(verified=False),
        data=_current_code,
        effect=lambda ctx: bool(ctx.client.session.get(DEVICE_ID_SESSION_KEY)),
    ),
]

GET_ONLY = [
    GetOnly("accounts:my_data", lambda w: reverse("accounts:my_data")),
    GetOnly("accounts:two_factor", lambda w: reverse("accounts:two_factor")),
    GetOnly("accounts:my_data_export", lambda w: reverse("accounts:my_data_export")),
    GetOnly("accounts:dashboard", lambda w: reverse("accounts:dashboard")),
    GetOnly("accounts:password_reset_done", lambda w: reverse("accounts:password_reset_done")),
    GetOnly(
        "accounts:password_reset_complete", lambda w: reverse("accounts:password_reset_complete")
    ),
]
