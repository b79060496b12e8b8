"""Memberships, join requests, organisation profiles and staff."""

from django.urls import reverse

from netzwerkstatt.accounts.models import Invitation
from netzwerkstatt.networks.models import (
    ConsentStatus,
    JoinRequest,
    JoinRequestStatus,
    Membership,
    Network,
    NetworkInvitation,
    Organisation,
    Staff,
    StaffRequest,
)
from tests.networks.factories import join_form_data
from tests.permission_matrix.helpers import form_data
from tests.permission_matrix.matrix import (
    ADMIN,
    COORDINATORS,
    EVERYONE,
    LOGGED_IN,
    OWN_EDITORS,
    Case,
    GetOnly,
)


def _join_request_url(name, key="join_request"):
    return lambda w: reverse(f"networks:{name}", args=[w.net_a.slug, getattr(w, key).pk])


def _profile_case(slug_attr, *, variant, allowed):
    def url(w):
        return reverse("networks:organisation_edit", args=[getattr(w, slug_attr).slug])

    return Case(
        "networks:organisation_edit",
        url,
        allowed=allowed,
        variant=variant,
        data=lambda w, actor: form_data(
            url(w), as_user=w.user("admin"), changes={"description": "Geändertes Profil"}
        ),
        effect=lambda ctx: (
            Organisation.objects.get(pk=getattr(ctx.world, slug_attr).pk).description
            == "Geändertes Profil"
        ),
    )


def _translate_case(slug_attr, *, variant, allowed):
    def url(w):
        return reverse("networks:organisation_translate", args=[getattr(w, slug_attr).slug, "en"])

    def translated(ctx):
        organisation = Organisation.objects.get(pk=getattr(ctx.world, slug_attr).pk)
        return (
            organisation.translations.get("en", {}).get("description") == "New profile in English"
        )

    return Case(
        "networks:organisation_translate",
        url,
        allowed=allowed,
        variant=variant,
        # The world's profiles need a German text to translate.
        prepare=lambda w, user: Organisation.objects.filter(
            pk=getattr(w, slug_attr).pk, description=""
        ).update(description="Profil"),
        data=lambda w, actor: {"description": "New profile in English"},
        effect=translated,
    )


def _invite_case(slug_attr, *, variant, allowed):
    return Case(
        "networks:staff_invite",
        lambda w: reverse("networks:staff_invite", args=[getattr(w, slug_attr).slug]),
        allowed=allowed,
        variant=variant,
        data=lambda w, actor: {
            "display_name": "Neue Kollegin",
            "email": "kollegin@example.org",
            "job_title": "",
        },
        # A pending request the person accepts by link; no staff row before that.
        effect=lambda ctx: (
            StaffRequest.objects.filter(
                organisation=getattr(ctx.world, slug_attr),
                user__email="kollegin@example.org",
                status=ConsentStatus.OPEN,
            ).exists()
            and not Staff.objects.filter(
                organisation=getattr(ctx.world, slug_attr), user__email="kollegin@example.org"
            ).exists()
        ),
    )


CASES = [
    Case(
        "networks:membership_list",
        lambda w: reverse("networks:membership_list", args=[w.net_a.slug]),
        allowed=COORDINATORS,
        variant="new placeholder",
        data=lambda w, actor: {
            "organisation": "",
            "new_name": "Neuer Partner gGmbH",
            "status": "member",
            "role": "member",
        },
        effect=lambda ctx: Membership.objects.filter(
            network=ctx.world.net_a, organisation__name="Neuer Partner gGmbH"
        ).exists(),
    ),
    Case(
        # An organisation with staff joins only by its own consent: coordinators send an
        # invitation it accepts; no membership before that.
        "networks:membership_list",
        lambda w: reverse("networks:membership_list", args=[w.net_a.slug]),
        allowed=COORDINATORS,
        variant="organisation with staff as applicant",
        data=lambda w, actor: {
            "organisation": str(w.org_outsider.pk),
            "new_name": "",
            "status": "applicant",
            "role": "member",
        },
        effect=lambda ctx: (
            NetworkInvitation.objects.filter(
                network=ctx.world.net_a,
                organisation=ctx.world.org_outsider,
                status=ConsentStatus.OPEN,
            ).exists()
            and not Membership.objects.filter(
                network=ctx.world.net_a, organisation=ctx.world.org_outsider
            ).exists()
        ),
    ),
    Case(
        "networks:membership_change",
        lambda w: reverse(
            "networks:membership_change", args=[w.net_a.slug, w.colleague_membership.pk]
        ),
        allowed=COORDINATORS,
        data=lambda w, actor: {
            f"m{w.colleague_membership.pk}-status": "member",
            f"m{w.colleague_membership.pk}-role": "coordinator",
        },
        effect=lambda ctx: (
            Membership.objects.get(pk=ctx.world.colleague_membership.pk).role == "coordinator"
        ),
    ),
    Case(
        "networks:join",
        lambda w: reverse("networks:join", args=[w.net_a.slug]),
        allowed=EVERYONE,
        public=True,
        data=lambda w, actor: join_form_data(),
        effect=lambda ctx: JoinRequest.objects.filter(
            network=ctx.world.net_a, organisation_name="DAA Leipzig"
        ).exists(),
    ),
    Case(
        "networks:join_request_ask",
        _join_request_url("join_request_ask"),
        allowed=COORDINATORS,
        data=lambda w, actor: {"frage-message": "Welche Kurse bieten Sie an?"},
        effect=lambda ctx: ctx.world.join_request.events.filter(
            message__contains="Welche Kurse"
        ).exists(),
    ),
    Case(
        "networks:join_request_accept",
        _join_request_url("join_request_accept"),
        allowed=COORDINATORS,
        data=lambda w, actor: {"organisation": "", "new_name": "Neuer Träger"},
        effect=lambda ctx: (
            JoinRequest.objects.get(pk=ctx.world.join_request.pk).status
            == JoinRequestStatus.ACCEPTED
        ),
    ),
    Case(
        "networks:join_request_decline",
        _join_request_url("join_request_decline"),
        allowed=COORDINATORS,
        data=lambda w, actor: {"absage-message": "Leider passt es nicht."},
        effect=lambda ctx: (
            JoinRequest.objects.get(pk=ctx.world.join_request.pk).status
            == JoinRequestStatus.DECLINED
        ),
    ),
    Case(
        "networks:join_request_resend",
        _join_request_url("join_request_resend", "accepted_join_request"),
        allowed=COORDINATORS,
        effect=lambda ctx: Invitation.objects.filter(
            user=ctx.world.accepted_join_request.contact_user
        ).exists(),
    ),
    Case(
        "networks:join_request_from_comment",
        lambda w: reverse("networks:join_request_from_comment", args=[w.net_a.slug, w.comment.pk]),
        allowed=COORDINATORS,
        effect=lambda ctx: JoinRequest.objects.filter(
            source_comment_id=ctx.world.comment.pk
        ).exists(),
    ),
    _profile_case(
        "org_owner",
        variant="organisation with staff",
        allowed=OWN_EDITORS,
    ),
    _profile_case("org_placeholder", variant="placeholder without staff", allowed=COORDINATORS),
    # Left network A: its former coordinators no longer edit it.
    _profile_case("org_left_placeholder", variant="placeholder that left", allowed=ADMIN),
    _translate_case("org_owner", variant="organisation with staff", allowed=OWN_EDITORS),
    _translate_case("org_placeholder", variant="placeholder without staff", allowed=COORDINATORS),
    _translate_case("org_left_placeholder", variant="placeholder that left", allowed=ADMIN),
    _invite_case(
        "org_owner",
        variant="organisation with staff",
        allowed=OWN_EDITORS,
    ),
    _invite_case("org_placeholder", variant="placeholder without staff", allowed=COORDINATORS),
    Case(
        "networks:staff_resend",
        lambda w: reverse("networks:staff_resend", args=[w.org_owner.slug, w.invited_staff.pk]),
        allowed=OWN_EDITORS,
        effect=lambda ctx: (
            Invitation.objects.filter(user=ctx.world.invited_staff.user).count() == 2
        ),
    ),
    Case(
        "networks:staff_remove",
        lambda w: reverse("networks:staff_remove", args=[w.org_owner.slug, w.invited_staff.pk]),
        allowed=OWN_EDITORS,
        data=lambda w, actor: {"confirmed": "True"},
        effect=lambda ctx: not Staff.objects.filter(pk=ctx.world.invited_staff.pk).exists(),
    ),
]


def _staff_request_status(ctx):
    return StaffRequest.objects.get(pk=ctx.world.staff_request.pk).status


def _network_invitation_status(ctx):
    return NetworkInvitation.objects.get(pk=ctx.world.network_invitation.pk).status


def _network_invitation_url(name):
    return lambda w: reverse(f"networks:{name}", args=[w.org_owner.slug, w.network_invitation.pk])


CASES += [
    # The link is the credential: whoever holds it answers for the person it was sent to.
    Case(
        "networks:staff_request",
        lambda w: reverse("networks:staff_request", args=[w.staff_request_token]),
        allowed=EVERYONE,
        public=True,
        variant="accept",
        data=lambda w, actor: {"decision": "accept"},
        effect=lambda ctx: Staff.objects.filter(
            organisation=ctx.world.org_owner, user=ctx.world.user("outsider")
        ).exists(),
    ),
    Case(
        "networks:staff_request",
        lambda w: reverse("networks:staff_request", args=[w.staff_request_token]),
        allowed=EVERYONE,
        public=True,
        variant="decline",
        data=lambda w, actor: {"decision": "decline"},
        effect=lambda ctx: _staff_request_status(ctx) == ConsentStatus.DECLINED,
    ),
    # From "My area": only the person the request is for; others are told it is not theirs.
    Case(
        "networks:staff_request_decide",
        lambda w: reverse("networks:staff_request_decide", args=[w.staff_request.pk]),
        allowed=frozenset({"outsider"}),
        no_grant=LOGGED_IN - {"outsider"},
        variant="accept",
        data=lambda w, actor: {"decision": "accept"},
        effect=lambda ctx: Staff.objects.filter(
            organisation=ctx.world.org_owner, user=ctx.world.user("outsider")
        ).exists(),
    ),
    Case(
        "networks:staff_request_decide",
        lambda w: reverse("networks:staff_request_decide", args=[w.staff_request.pk]),
        allowed=frozenset({"outsider"}),
        no_grant=LOGGED_IN - {"outsider"},
        variant="decline",
        data=lambda w, actor: {"decision": "decline"},
        effect=lambda ctx: _staff_request_status(ctx) == ConsentStatus.DECLINED,
    ),
    Case(
        "networks:network_invitation_accept",
        _network_invitation_url("network_invitation_accept"),
        allowed=OWN_EDITORS,
        effect=lambda ctx: Membership.objects.filter(
            network=ctx.world.net_c, organisation=ctx.world.org_owner
        ).exists(),
    ),
    Case(
        "networks:network_invitation_decline",
        _network_invitation_url("network_invitation_decline"),
        allowed=OWN_EDITORS,
        effect=lambda ctx: _network_invitation_status(ctx) == ConsentStatus.DECLINED,
    ),
]

CASES += [
    # Only the network's own coordinators write its easy-read text; a coordinator of network B,
    # which shares the owning organisation with A, is refused like everyone else.
    Case(
        "networks:easy_read_network_edit",
        lambda w: reverse("networks:easy_read_network_edit", args=[w.net_a.slug]),
        allowed=COORDINATORS,
        data=lambda w, actor: {"easy_read_text": "Wir arbeiten zusammen."},
        effect=lambda ctx: (
            Network.objects.get(pk=ctx.world.net_a.pk).easy_read_text == "Wir arbeiten zusammen."
        ),
    ),
]

GET_ONLY = [
    GetOnly("networks:easy_read", lambda w: reverse("networks:easy_read")),
    GetOnly("networks:easy_read_offers", lambda w: reverse("networks:easy_read_offers")),
    GetOnly("networks:easy_read_join", lambda w: reverse("networks:easy_read_join")),
    GetOnly("networks:easy_read_privacy", lambda w: reverse("networks:easy_read_privacy")),
    GetOnly(
        "networks:easy_read_network",
        lambda w: reverse("networks:easy_read_network", args=[w.net_a.slug]),
    ),
    GetOnly(
        "networks:organisation_log",
        lambda w: reverse("networks:organisation_log", args=[w.org_owner.slug]),
    ),
    GetOnly("networks:network_log", lambda w: reverse("networks:network_log", args=[w.net_a.slug])),
    GetOnly("networks:home", lambda w: reverse("networks:home")),
    GetOnly(
        "networks:organisation_translations",
        lambda w: reverse("networks:organisation_translations", args=[w.org_owner.slug]),
    ),
    GetOnly("networks:detail", lambda w: reverse("networks:detail", args=[w.net_a.slug])),
    GetOnly(
        "networks:join_request_thanks",
        lambda w: reverse("networks:join_request_thanks", args=[w.net_a.slug]),
    ),
    GetOnly(
        "networks:join_request_list",
        lambda w: reverse("networks:join_request_list", args=[w.net_a.slug]),
    ),
    GetOnly("networks:join_request_detail", _join_request_url("join_request_detail")),
    GetOnly("networks:privacy", lambda w: reverse("networks:privacy")),
    GetOnly("networks:organisation_list", lambda w: reverse("networks:organisation_list")),
    GetOnly(
        "networks:organisation",
        lambda w: reverse("networks:organisation", args=[w.org_owner.slug]),
    ),
    GetOnly(
        "networks:staff_list", lambda w: reverse("networks:staff_list", args=[w.org_owner.slug])
    ),
]
