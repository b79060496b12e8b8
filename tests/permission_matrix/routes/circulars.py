"""Circulars of network A, the own e-mail settings, and the one-click unsubscribe link."""

import uuid

from django.urls import reverse

from netzwerkstatt.circulars import services
from netzwerkstatt.circulars.models import Circular, MailPreference
from tests.permission_matrix.matrix import COORDINATORS, EVERYONE, LOGGED_IN, Case, GetOnly


def _unsubscribe_url(w):
    token = services.unsubscribe_token(w.user("owner"), "circulars")
    return reverse("circulars:unsubscribe", args=[token])


CASES = [
    # Only network A's coordination writes to its members; the coordinator of network B,
    # which shares member organisations, does not.
    Case(
        "circulars:compose",
        lambda w: reverse("circulars:compose", args=[w.net_a.slug]),
        allowed=COORDINATORS,
        data=lambda w, actor: {
            "subject": "Rundschreiben Juni",
            "body": "Liebe Mitglieder",
            "role": "",
            "form_key": str(uuid.uuid4()),
            "action": "send",
        },
        effect=lambda ctx: Circular.objects.filter(
            network=ctx.world.net_a, subject="Rundschreiben Juni"
        ).exists(),
    ),
    # Everyone logged in chooses their own e-mail, nobody another's.
    Case(
        "circulars:settings",
        lambda w: reverse("circulars:settings"),
        allowed=LOGGED_IN,
        data=lambda w, actor: {"digest": "weekly", "circulars": "on", "language": "de"},
        effect=lambda ctx: (
            ctx.user is not None
            and MailPreference.objects.filter(user=ctx.user, digest="weekly").exists()
        ),
    ),
    # The link in the owner's circular works for whoever holds it (the mail program posts
    # it without a login) and only ever switches the owner's circulars off.
    Case(
        "circulars:unsubscribe",
        _unsubscribe_url,
        allowed=EVERYONE,
        public=True,
        effect=lambda ctx: MailPreference.objects.filter(
            user=ctx.world.user("owner"), circulars=False
        ).exists(),
    ),
]

GET_ONLY = [
    GetOnly("circulars:list", lambda w: reverse("circulars:list", args=[w.net_a.slug])),
    GetOnly(
        "circulars:detail",
        lambda w: reverse("circulars:detail", args=[w.net_a.slug, w.circular.pk]),
    ),
]
