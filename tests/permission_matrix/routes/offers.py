"""Offers and needs."""

import time

from django.urls import reverse

from netzwerkstatt.core.forms import bot_trap_token
from netzwerkstatt.offers.models import HelpOffer, HelpOfferStatus, Need, Offer
from tests.permission_matrix.helpers import form_data
from tests.permission_matrix.matrix import (
    COORDINATORS,
    EVERYONE,
    MEMBERS_OF_A,
    OWN_EDITORS,
    Case,
    GetOnly,
)


def _offer_form(w, page):
    return form_data(page, as_user=w.user("admin"), changes={"title": "Geändertes Angebot"})


def _offer_create_data(slug):
    def data(w, actor):
        page = reverse("offers:create", args=[slug])
        return form_data(
            page,
            as_user=w.user("admin"),
            changes={
                "title": "Neues Angebot",
                "description": "Ein neues Angebot.",
                "target_groups": [str(w.target_group.pk)],
            },
        )

    return data


def _offer_created(slug):
    return lambda ctx: Offer.objects.filter(organisation__slug=slug, title="Neues Angebot").exists()


CASES = [
    Case(
        "offers:create",
        lambda w: reverse("offers:create", args=[w.org_owner.slug]),
        allowed=OWN_EDITORS,
        data=_offer_create_data("eigentuemer"),
        effect=_offer_created("eigentuemer"),
        variant="organisation with staff",
    ),
    Case(
        "offers:create",
        lambda w: reverse("offers:create", args=[w.org_placeholder.slug]),
        allowed=COORDINATORS,
        data=_offer_create_data("platzhalter"),
        effect=_offer_created("platzhalter"),
        variant="placeholder without staff",
    ),
    Case(
        "offers:edit",
        lambda w: reverse("offers:edit", args=[w.offer.pk]),
        allowed=OWN_EDITORS,
        data=lambda w, actor: _offer_form(w, reverse("offers:edit", args=[w.offer.pk])),
        effect=lambda ctx: Offer.objects.get(pk=ctx.world.offer.pk).title == "Geändertes Angebot",
    ),
    Case(
        "offers:translate",
        lambda w: reverse("offers:translate", args=[w.offer.pk, "en"]),
        allowed=OWN_EDITORS,
        data=lambda w, actor: {"title": "New offer in English"},
        effect=lambda ctx: (
            Offer.objects.get(pk=ctx.world.offer.pk).translations.get("en", {}).get("title")
            == "New offer in English"
        ),
    ),
    Case(
        "offers:status",
        lambda w: reverse("offers:status", args=[w.offer.pk]),
        allowed=OWN_EDITORS,
        data=lambda w, actor: {"status": "paused"},
        effect=lambda ctx: Offer.objects.get(pk=ctx.world.offer.pk).status == "paused",
    ),
    Case(
        "offers:need_create",
        lambda w: reverse("offers:need_create", args=[w.net_a.slug]),
        allowed=MEMBERS_OF_A,
        data=lambda w, actor: form_data(
            reverse("offers:need_create", args=[w.net_a.slug]),
            as_user=w.user("admin"),
            changes={
                "title": "Neuer Bedarf",
                "description": "Es fehlt etwas.",
                "target_groups": [str(w.target_group.pk)],
            },
        ),
        effect=lambda ctx: Need.objects.filter(
            network=ctx.world.net_a, title="Neuer Bedarf"
        ).exists(),
    ),
    Case(
        "offers:need_edit",
        lambda w: reverse("offers:need_edit", args=[w.need.pk]),
        # The person who recorded it (the owner), the coordinators, the admin.
        allowed=frozenset({"owner", "coordinator", "admin"}),
        data=lambda w, actor: form_data(
            reverse("offers:need_edit", args=[w.need.pk]),
            as_user=w.user("admin"),
            changes={"title": "Geänderter Bedarf"},
        ),
        effect=lambda ctx: Need.objects.get(pk=ctx.world.need.pk).title == "Geänderter Bedarf",
    ),
]


def _unconfirmed_need(ctx):
    return Need.objects.get(pk=ctx.world.unconfirmed_need.pk)


CASES += [
    # Only the named organisation's own staff answer for it; the admin does not.
    Case(
        "offers:need_raised_by_confirm",
        lambda w: reverse("offers:need_raised_by_confirm", args=[w.unconfirmed_need.pk]),
        allowed=frozenset({"owner"}),
        effect=lambda ctx: _unconfirmed_need(ctx).raised_by_confirmed_at is not None,
    ),
    Case(
        "offers:need_raised_by_decline",
        lambda w: reverse("offers:need_raised_by_decline", args=[w.unconfirmed_need.pk]),
        allowed=frozenset({"owner"}),
        effect=lambda ctx: _unconfirmed_need(ctx).raised_by_id is None,
    ),
]


def _public_need(ctx):
    return Need.objects.get(pk=ctx.world.public_need.pk)


def _help_offer(ctx):
    return HelpOffer.objects.get(pk=ctx.world.help_offer.pk)


def _handle(action):
    return lambda w: reverse("offers:help_offer_handle", args=[w.help_offer.pk, action])


def _help_form(w, actor):
    return {
        "name": "Paul Paten",
        "email": "paul@example.org",
        "message": "Ich kann dienstags einen Raum im Gemeindehaus öffnen.",
        "consent": "on",
        "fax": "",
        "started": bot_trap_token(shown_at=time.time() - 60),
    }


CASES += [
    # Coordinators decide what the public sees of the network's needs.
    Case(
        "offers:need_publish",
        lambda w: reverse("offers:need_publish", args=[w.need.pk]),
        allowed=COORDINATORS,
        variant="publish",
        data=lambda w, actor: {"public_description": "Wir suchen Fahrräder für Kinder."},
        effect=lambda ctx: Need.objects.get(pk=ctx.world.need.pk).is_public,
    ),
    Case(
        "offers:need_publish",
        lambda w: reverse("offers:need_publish", args=[w.public_need.pk]),
        allowed=COORDINATORS,
        variant="unpublish",
        data=lambda w, actor: {"action": "unpublish"},
        effect=lambda ctx: not _public_need(ctx).is_public,
    ),
    # Anyone may offer help for a public need; it only waits in the coordinators' queue.
    Case(
        "offers:public_need_detail",
        lambda w: reverse("offers:public_need_detail", args=[w.public_need.pk]),
        allowed=EVERYONE,
        public=True,
        data=_help_form,
        effect=lambda ctx: HelpOffer.objects.filter(email="paul@example.org").exists(),
    ),
    Case(
        "offers:help_offer_handle",
        _handle("kontakt"),
        allowed=COORDINATORS,
        variant="kontakt",
        effect=lambda ctx: _help_offer(ctx).status == HelpOfferStatus.CONTACTED,
    ),
    Case(
        "offers:help_offer_handle",
        _handle("notiz"),
        allowed=COORDINATORS,
        variant="notiz",
        effect=lambda ctx: _help_offer(ctx).status == HelpOfferStatus.NOTED,
    ),
    Case(
        "offers:help_offer_handle",
        _handle("verwerfen"),
        allowed=COORDINATORS,
        variant="verwerfen",
        effect=lambda ctx: _help_offer(ctx).status == HelpOfferStatus.DISMISSED,
    ),
    Case(
        "offers:help_offer_handle",
        _handle("beitrittsanfrage"),
        allowed=COORDINATORS,
        variant="beitrittsanfrage",
        effect=lambda ctx: _help_offer(ctx).join_request_id is not None,
    ),
]

GET_ONLY = [
    GetOnly("offers:list", lambda w: reverse("offers:list")),
    GetOnly("offers:map_data", lambda w: reverse("offers:map_data")),
    GetOnly("offers:map_districts", lambda w: reverse("offers:map_districts")),
    GetOnly("offers:detail", lambda w: reverse("offers:detail", args=[w.offer.pk])),
    GetOnly("offers:translations", lambda w: reverse("offers:translations", args=[w.offer.pk])),
    GetOnly("offers:need_list", lambda w: reverse("offers:need_list", args=[w.net_a.slug])),
    GetOnly("offers:need_detail", lambda w: reverse("offers:need_detail", args=[w.need.pk])),
    GetOnly(
        "offers:public_need_list", lambda w: reverse("offers:public_need_list", args=[w.net_a.slug])
    ),
    GetOnly(
        "offers:help_offer_thanks",
        lambda w: reverse("offers:help_offer_thanks", args=[w.public_need.pk]),
    ),
    GetOnly(
        "offers:help_offer_list", lambda w: reverse("offers:help_offer_list", args=[w.net_a.slug])
    ),
]
