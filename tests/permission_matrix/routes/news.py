"""Posts, comments and moderation of network A; updates of the owning organisation."""

from django.urls import reverse

from netzwerkstatt.core.forms import bot_trap_token
from netzwerkstatt.news.models import Comment, NetworkCommentPolicy, Post, Update
from tests.permission_matrix.helpers import form_data
from tests.permission_matrix.matrix import (
    COORDINATORS,
    EVERYONE,
    OWN_EDITORS,
    Case,
    GetOnly,
)


def visitor_data(**fields) -> dict:
    return {
        "author_name": "Meike Johnsen",
        "author_email": "meike.johnsen@example.com",
        "author_homepage": "",
        "fax": "",
        "started": bot_trap_token(),
        **fields,
    }


def _post(name):
    return lambda w: reverse(f"news:{name}", args=[w.net_a.slug, w.post.pk])


def _comment(name):
    return lambda w: reverse(f"news:{name}", args=[w.net_a.slug, w.comment.pk])


def _update(name):
    return lambda w: reverse(f"news:{name}", args=[w.org_owner.slug, w.update.pk])


def _comment_status(ctx):
    comment = Comment.objects.filter(pk=ctx.world.comment.pk).first()
    return comment.status if comment else None


def _moderation(action, status):
    return Case(
        f"news:comment_{action}",
        _comment(f"comment_{action}"),
        allowed=COORDINATORS,
        effect=lambda ctx: _comment_status(ctx) == status,
    )


CASES = [
    Case(
        "news:post_create",
        lambda w: reverse("news:post_create", args=[w.net_a.slug]),
        allowed=COORDINATORS,
        data=lambda w, actor: form_data(
            reverse("news:post_create", args=[w.net_a.slug]),
            as_user=w.user("admin"),
            changes={"title": "Neuer Beitrag", "body": "Text.", "teaser": "Kurz."},
        ),
        effect=lambda ctx: Post.objects.filter(title="Neuer Beitrag").exists(),
    ),
    Case(
        "news:post_edit",
        _post("post_edit"),
        allowed=COORDINATORS,
        data=lambda w, actor: form_data(
            _post("post_edit")(w), as_user=w.user("admin"), changes={"title": "Geänderter Beitrag"}
        ),
        effect=lambda ctx: Post.objects.get(pk=ctx.world.post.pk).title == "Geänderter Beitrag",
    ),
    Case(
        "news:post_delete",
        _post("post_delete"),
        allowed=COORDINATORS,
        effect=lambda ctx: not Post.objects.filter(pk=ctx.world.post.pk).exists(),
    ),
    Case(
        "news:comment_create",
        _post("comment_create"),
        allowed=EVERYONE,
        public=True,
        data=lambda w, actor: visitor_data(body="Ein Kommentar aus der Matrix."),
        effect=lambda ctx: Comment.objects.filter(body="Ein Kommentar aus der Matrix.").exists(),
    ),
    Case(
        "news:comment_settings",
        lambda w: reverse("news:comment_settings", args=[w.net_a.slug]),
        allowed=COORDINATORS,
        data=lambda w, actor: {},
        effect=lambda ctx: NetworkCommentPolicy.objects.filter(
            network=ctx.world.net_a, moderate_anonymous=False
        ).exists(),
    ),
    Case(
        "news:comment_edit",
        _comment("comment_edit"),
        allowed=COORDINATORS,
        data=lambda w, actor: {"body": "Bearbeiteter Kommentar"},
        effect=lambda ctx: (
            Comment.objects.get(pk=ctx.world.comment.pk).body == "Bearbeiteter Kommentar"
        ),
    ),
    _moderation("approve", "published"),
    _moderation("spam", "spam"),
    _moderation("delete", None),
    Case(
        "news:update_create",
        lambda w: reverse("news:update_create", args=[w.org_owner.slug]),
        allowed=OWN_EDITORS,
        data=lambda w, actor: {"title": "Neues Update", "body": "Text.", "visibility": "public"},
        effect=lambda ctx: Update.objects.filter(
            organisation=ctx.world.org_owner, title="Neues Update"
        ).exists(),
    ),
    Case(
        "news:update_edit",
        _update("update_edit"),
        allowed=OWN_EDITORS,
        data=lambda w, actor: {
            "title": "Geändertes Update",
            "body": "Text.",
            "visibility": "public",
        },
        effect=lambda ctx: Update.objects.get(pk=ctx.world.update.pk).title == "Geändertes Update",
    ),
    Case(
        "news:update_delete",
        _update("update_delete"),
        allowed=OWN_EDITORS,
        effect=lambda ctx: not Update.objects.filter(pk=ctx.world.update.pk).exists(),
    ),
]


def _unconfirmed_update(name):
    return lambda w: reverse(f"news:{name}", args=[w.org_owner.slug, w.unconfirmed_update.pk])


CASES += [
    # Only the organisation's own staff answer for it; the admin does not.
    Case(
        "news:update_confirm",
        _unconfirmed_update("update_confirm"),
        allowed=frozenset({"owner"}),
        effect=lambda ctx: (
            Update.objects.get(pk=ctx.world.unconfirmed_update.pk).confirmed_at is not None
        ),
    ),
    Case(
        "news:update_decline",
        _unconfirmed_update("update_decline"),
        allowed=frozenset({"owner"}),
        effect=lambda ctx: (
            Update.objects.get(pk=ctx.world.unconfirmed_update.pk).declined_at is not None
        ),
    ),
]

GET_ONLY = [
    GetOnly("news:archive", lambda w: reverse("news:archive", args=[w.net_a.slug])),
    GetOnly("news:post_rss", lambda w: reverse("news:post_rss", args=[w.net_a.slug])),
    GetOnly("news:post_atom", lambda w: reverse("news:post_atom", args=[w.net_a.slug])),
    GetOnly(
        "news:post",
        lambda w: reverse("news:post", args=[w.net_a.slug, w.post.pk, w.post.slug]),
    ),
    GetOnly("news:updates", lambda w: reverse("news:updates", args=[w.net_a.slug])),
    GetOnly("news:update_rss", lambda w: reverse("news:update_rss", args=[w.net_a.slug])),
    GetOnly("news:update_atom", lambda w: reverse("news:update_atom", args=[w.net_a.slug])),
    GetOnly("news:moderation", lambda w: reverse("news:moderation", args=[w.net_a.slug])),
    GetOnly("news:update", _update("update")),
]
