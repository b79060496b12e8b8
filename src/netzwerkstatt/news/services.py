"""Writes to news posts, updates, comments and the comment settings. Views call these."""

import re
from datetime import timedelta
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import File
from django.db import transaction
from django.db.models.fields.files import FieldFile
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from netzwerkstatt import richtext
from netzwerkstatt.accounts.models import User
from netzwerkstatt.core.address_hashes import address_hash
from netzwerkstatt.core.images import (
    PreparedImage,
    delete_image_files,
    prepare_image,
    store_renditions,
)
from netzwerkstatt.core.mail import send_templated_mail
from netzwerkstatt.networks.models import Network, Organisation, Staff
from netzwerkstatt.networks.permissions import is_network_member, speaks_for
from netzwerkstatt.networks.selectors import coordinator_emails
from netzwerkstatt.news.models import (
    COMMENT_MAX_LENGTH,
    Comment,
    CommentStatus,
    NetworkCommentPolicy,
    Post,
    Update,
)

# Anonymous writes are limited per sender address; the numbers are generous for people and
# tight for scripts.
COMMENTS_PER_ADDRESS_PER_HOUR = 5
MAX_LINKS_PER_COMMENT = 3
ADDRESS_PURPOSE = "news.comment"

# A link in the rendered comment; e-mail addresses (an applicant's contact) do not count.
_WEB_LINK = re.compile(r'<a [^>]*href="(?!mailto:)')

POST_FIELDS = ("title", "teaser", "body", "status", "published_at", "image", "image_alt")
POST_FIELDS_BUT_IMAGE = tuple(name for name in POST_FIELDS if name != "image")
UPDATE_FIELDS = ("title", "body", "visibility", "published_at")


def _assign(row: Any, data: dict[str, Any], fields: tuple[str, ...]) -> None:
    """Copy the given form fields onto the row; fields missing from `data` stay as they are."""
    for name in fields:
        if name in data:
            setattr(row, name, data[name])


def _render(source: str) -> tuple[str, int]:
    return richtext.render_restricted_html(source), richtext.FORMAT_VERSION


def count_links(text: str) -> int:
    """The web links the text shows once rendered: "https://www.daa.de" is one, not two."""
    return len(_WEB_LINK.findall(richtext.render_restricted_html(text)))


# --- posts ---------------------------------------------------------------------------------


# Words the post URLs use for actions (news/urls.py); a slug must never be one of them.
RESERVED_SLUGS = {"neu", "rss", "atom", "bearbeiten", "loeschen", "kommentieren"}


def _unique_slug(network: Network, title: str) -> str:
    base = slugify(title)[:70] or "beitrag"
    slug, number = base, 2
    while slug in RESERVED_SLUGS or Post.objects.filter(network=network, slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def _check_post(data: dict[str, Any]) -> None:
    if data.get("image") and not (data.get("image_alt") or "").strip():
        raise ValidationError(_("Please describe the image for people who cannot see it."))


def store_post_image(post: Post, *, data: dict[str, Any]) -> list[str]:
    """Store a newly uploaded image with its smaller copies; returns the files it replaces.

    A post without a new upload keeps its files; a cleared image (False from the form's
    "clear" box) leaves none.
    """
    image = data.get("image", post.image)
    previous = list(post.image_files)
    if isinstance(image, File) and not isinstance(image, FieldFile | PreparedImage):
        # Not from the form (a script, the shell): checked and re-encoded all the same.
        image = prepare_image(
            image, invalid_message=forms.ImageField.default_error_messages["invalid_image"]
        )
    if isinstance(image, PreparedImage):
        post.image.save(image.name, image, save=False)
        post.image_width, post.image_height = image.width, image.height
        post.image_renditions = store_renditions(post.image, image)
        return previous
    if not image:
        post.image = ""
        post.image_width = post.image_height = None
        post.image_renditions = []
        post.image_alt = ""
        return previous
    return []


def delete_files_after_commit(post: Post, names: list[str]) -> None:
    if names:
        storage = post.image.storage
        transaction.on_commit(lambda: delete_image_files(names, storage))


@transaction.atomic
def create_post(network: Network, *, data: dict[str, Any], by: User | None) -> Post:
    _check_post(data)
    post = Post(network=network, created_by=by, updated_by=by)
    _assign(post, data, POST_FIELDS_BUT_IMAGE)
    store_post_image(post, data=data)
    post.slug = _unique_slug(network, post.title)
    post.body_html, post.body_format_version = _render(post.body)
    post.save()
    return post


@transaction.atomic
def update_post(post: Post, *, data: dict[str, Any], by: User | None) -> Post:
    """Change a post; its slug stays, so links to it keep working after a new title."""
    _check_post({"image": data.get("image", post.image), **data})
    post = Post.objects.select_for_update().get(pk=post.pk)
    replaced = store_post_image(post, data=data)
    _assign(post, data, POST_FIELDS_BUT_IMAGE)
    if not post.image:
        post.image_alt = ""
    delete_files_after_commit(post, replaced)
    post.body_html, post.body_format_version = _render(post.body)
    post.updated_by = by
    post.save()
    return post


def reencode_stored_images() -> tuple[int, list[tuple[Post, str]]]:
    """Re-encode the images stored before uploads were (rows without stored dimensions).

    Returns how many were done and the posts left alone with the reason (an image above the
    pixel limit or a damaged file: a coordinator replaces those by hand).
    """
    done, refused = 0, []
    pending = (
        Post.objects.exclude(image="").filter(image_width__isnull=True).values_list("pk", flat=True)
    )
    for pk in pending:
        with transaction.atomic():
            post = Post.objects.select_for_update().get(pk=pk)
            try:
                with post.image.open("rb") as stored:
                    prepared = prepare_image(stored, invalid_message=_("The file is damaged."))
            except (ValidationError, OSError) as problem:
                reason = "; ".join(getattr(problem, "messages", [str(problem)]))
                refused.append((post, reason))
                continue
            replaced = store_post_image(post, data={"image": prepared})
            post.save(update_fields=["image", "image_width", "image_height", "image_renditions"])
            delete_files_after_commit(post, replaced)
            done += 1
    return done, refused


@transaction.atomic
def delete_post(post: Post, *, by: User | None) -> None:
    delete_files_after_commit(post, post.image_files)
    post.delete()


# --- updates -------------------------------------------------------------------------------


def _name_organisation(update: Update, by: User | None) -> bool:
    """Confirmed at once when `by` works for the organisation; otherwise it waits (again).
    Returns whether the organisation's staff must be asked."""
    if speaks_for(by, update.organisation):
        update.confirmed_at, update.confirmed_by, update.declined_at = timezone.now(), by, None
        return False
    update.confirmed_at, update.confirmed_by, update.declined_at = None, None, None
    return True


def _mail_update_named(update: Update, by: User | None) -> None:
    to = list(
        Staff.objects.filter(organisation=update.organisation, user__is_active=True)
        .order_by("pk")
        .values_list("user__email", flat=True)
    )
    if not to:
        return
    context = {
        "update_title": update.title,
        "organisation_name": update.organisation.name,
        "named_by": (by.display_name or by.email) if by else "",
        "update_path": update.get_absolute_url(),
        "dashboard_path": reverse("accounts:dashboard"),
    }
    transaction.on_commit(
        lambda: send_templated_mail(template="news/email/update_named", context=context, to=to)
    )


@transaction.atomic
def create_update(
    organisation: Organisation, *, data: dict[str, Any], by: User | None, notify: bool = True
) -> Update:
    """Write an update in the organisation's name: published at once by its own staff, else
    it waits for their confirmation (they are e-mailed unless `notify` is off)."""
    update = Update(organisation=organisation, created_by=by, updated_by=by)
    _assign(update, data, UPDATE_FIELDS)
    update.body_html, update.body_format_version = _render(update.body)
    ask = _name_organisation(update, by)
    update.save()
    if ask and notify:
        _mail_update_named(update, by)
    return update


@transaction.atomic
def edit_update(
    update: Update, *, data: dict[str, Any], by: User | None, notify: bool = True
) -> Update:
    """Change an update. Changed by someone outside the organisation, it waits for the
    organisation's confirmation again: the new words are not theirs yet."""
    update = (
        Update.objects.select_for_update(of=("self",))
        .select_related("organisation")
        .get(pk=update.pk)
    )
    _assign(update, data, UPDATE_FIELDS)
    update.body_html, update.body_format_version = _render(update.body)
    update.updated_by = by
    ask = _name_organisation(update, by)
    update.save()
    if ask and notify:
        _mail_update_named(update, by)
    return update


@transaction.atomic
def confirm_update(update: Update, *, by: User) -> Update:
    """The organisation's staff confirm an update written in its name; it is published."""
    update = (
        Update.objects.select_for_update(of=("self",))
        .select_related("organisation")
        .get(pk=update.pk)
    )
    if not speaks_for(by, update.organisation):
        raise ValidationError(_("Only the staff of the organisation can confirm this update."))
    if update.is_confirmed:
        raise ValidationError(_("This update has already been confirmed."))
    if update.is_declined:
        raise ValidationError(_("This update has already been declined."))
    update.confirmed_at, update.confirmed_by = timezone.now(), by
    update.save(update_fields=["confirmed_at", "confirmed_by"])
    return update


@transaction.atomic
def decline_update(update: Update, *, by: User) -> Update:
    """The organisation's staff decline: the update stays unpublished; its writer is told."""
    update = (
        Update.objects.select_for_update(of=("self",))
        .select_related("organisation", "created_by")
        .get(pk=update.pk)
    )
    if not speaks_for(by, update.organisation):
        raise ValidationError(_("Only the staff of the organisation can decline this update."))
    if update.is_confirmed:
        raise ValidationError(
            _("This update has already been confirmed; it can no longer be declined.")
        )
    if update.is_declined:
        raise ValidationError(_("This update has already been declined."))
    update.declined_at = timezone.now()
    update.save(update_fields=["declined_at"])
    writer = update.created_by
    if writer is not None and writer.is_active:
        context = {
            "update_title": update.title,
            "organisation_name": update.organisation.name,
            "update_path": update.get_absolute_url(),
        }
        to = [writer.email]
        transaction.on_commit(
            lambda: send_templated_mail(
                template="news/email/update_declined", context=context, to=to
            )
        )
    return update


@transaction.atomic
def delete_update(update: Update, *, by: User | None) -> None:
    update.delete()


# --- comments ------------------------------------------------------------------------------


def comment_policy(network: Network) -> NetworkCommentPolicy:
    """The network's settings; an unsaved row with the defaults if none was stored."""
    policy = NetworkCommentPolicy.objects.filter(network=network).first()
    return policy or NetworkCommentPolicy(network=network)


@transaction.atomic
def set_comment_policy(
    network: Network, *, moderate_anonymous: bool, by: User | None
) -> NetworkCommentPolicy:
    policy, _created = NetworkCommentPolicy.objects.update_or_create(
        network=network, defaults={"moderate_anonymous": moderate_anonymous, "updated_by": by}
    )
    return policy


def organisation_in_network(user: User, network: Network) -> Organisation | None:
    """The organisation a member writes for: one of theirs that is a member of the network."""
    return (
        Organisation.objects.filter(
            staff__user=user, memberships__network=network, memberships__status="member"
        )
        .order_by("name")
        .first()
    )


def comment_appears_at_once(
    network: Network, *, user: User | None, is_member: bool | None = None
) -> bool:
    """Whether a comment by this user (None: a visitor) is published without approval."""
    if is_member is None:
        is_member = user is not None and is_network_member(user, network)
    return is_member or not comment_policy(network).moderate_anonymous


@transaction.atomic
def submit_comment(
    post: Post,
    *,
    body: str,
    user: User | None = None,
    author_name: str = "",
    author_email: str = "",
    author_homepage: str = "",
    ip_address: str = "",
) -> Comment:
    """Store a comment, published at once or waiting for approval.

    Members of the post's network publish directly under their verified name. Everybody else
    is checked against the per-address limit and waits for a coordinator unless the network
    lets visitors' comments through.
    """
    now = timezone.now()
    body = body.strip()
    if not post.is_public:
        raise ValidationError(_("This post cannot be commented on."))
    if not body:
        raise ValidationError(_("Please write a comment."))
    if len(body) > COMMENT_MAX_LENGTH:
        raise ValidationError(
            _("Your comment is too long: at most %(limit)d characters, please.")
            % {"limit": COMMENT_MAX_LENGTH}
        )
    if count_links(body) > MAX_LINKS_PER_COMMENT:
        raise ValidationError(
            _("Your comment contains too many links: at most %(limit)d, please.")
            % {"limit": MAX_LINKS_PER_COMMENT}
        )
    network = post.network
    is_member = user is not None and is_network_member(user, network)
    ip_hash = address_hash(ip_address, purpose=ADDRESS_PURPOSE)
    if not is_member and ip_hash:
        recent = Comment.objects.filter(
            ip_hash=ip_hash, created_at__gte=now - timedelta(hours=1)
        ).count()
        if recent >= COMMENTS_PER_ADDRESS_PER_HOUR:
            raise ValidationError(
                _(
                    "Too many comments have been sent from your connection in the last hour. "
                    "Please try again later."
                )
            )
    comment = Comment(post=post, body=body, created_at=now, ip_hash=ip_hash)
    if user is not None:
        comment.user = user
        comment.author_name = user.display_name or user.email
        comment.author_email = user.email
        comment.organisation = organisation_in_network(user, network)
    else:
        if not author_name.strip() or not author_email.strip():
            raise ValidationError(_("Please enter your name and e-mail address."))
        comment.author_name = author_name.strip()
        comment.author_email = author_email.strip()
        comment.author_homepage = author_homepage.strip()
    if comment_appears_at_once(network, user=user, is_member=is_member):
        comment.status = CommentStatus.PUBLISHED
    else:
        comment.status = CommentStatus.PENDING
    comment.body_html, comment.body_format_version = _render(body)
    comment.save()
    if comment.status == CommentStatus.PENDING:
        transaction.on_commit(lambda: _notify_coordinators(comment.pk))
    return comment


def _notify_coordinators(comment_id: int) -> None:
    comment = Comment.objects.select_related("post__network").filter(pk=comment_id).first()
    if comment is None:
        return
    recipients = coordinator_emails(comment.post.network)
    if not recipients:
        return
    send_templated_mail(
        template="news/email/comment_waiting",
        context={"comment": comment, "post": comment.post, "network": comment.post.network},
        to=recipients,
    )


def _moderate(comment: Comment, *, status: str, by: User | None) -> Comment:
    comment = Comment.objects.select_for_update().get(pk=comment.pk)
    comment.status = status
    comment.moderated_by = by
    comment.moderated_at = timezone.now()
    comment.save(update_fields=["status", "moderated_by", "moderated_at"])
    return comment


@transaction.atomic
def approve_comment(comment: Comment, *, by: User | None) -> Comment:
    return _moderate(comment, status=CommentStatus.PUBLISHED, by=by)


@transaction.atomic
def mark_comment_spam(comment: Comment, *, by: User | None) -> Comment:
    return _moderate(comment, status=CommentStatus.SPAM, by=by)


@transaction.atomic
def delete_comment(comment: Comment, *, by: User | None) -> None:
    comment.delete()


@transaction.atomic
def edit_comment(comment: Comment, *, body: str, by: User | None) -> Comment:
    """A coordinator corrects a comment (removes a phone number, fixes a broken link)."""
    body = body.strip()
    if not body:
        raise ValidationError(_("Please write a comment."))
    if len(body) > COMMENT_MAX_LENGTH:
        raise ValidationError(
            _("Your comment is too long: at most %(limit)d characters, please.")
            % {"limit": COMMENT_MAX_LENGTH}
        )
    comment = Comment.objects.select_for_update().get(pk=comment.pk)
    comment.body = body
    comment.body_html, comment.body_format_version = _render(body)
    comment.edited_by = by
    comment.edited_at = timezone.now()
    comment.save(
        update_fields=["body", "body_html", "body_format_version", "edited_by", "edited_at"]
    )
    return comment


# --- maintenance ---------------------------------------------------------------------------


def rerender_richtext(*, batch_size: int = 500) -> dict[str, int]:
    """Re-render every stored text whose format version differs from the current one.

    Returns the number of re-rendered rows per model. Rows are updated in batches, each
    with a conditional UPDATE on the source read, so an edit in between is never overwritten.
    """
    counts = {}
    for model in (Post, Update, Comment):
        done = 0
        stale = model.objects.exclude(body_format_version=richtext.FORMAT_VERSION)
        while True:
            rows = list(stale.order_by("pk").values_list("pk", "body")[:batch_size])
            if not rows:
                break
            for pk, body in rows:
                html, version = _render(body)
                # An edit in between rendered its own text already; the next pass sees the
                # row again only if it is still stale.
                done += model.objects.filter(pk=pk, body=body).update(
                    body_html=html, body_format_version=version
                )
        counts[model._meta.model_name] = done
    return counts


# Privacy ------------------------------------------------------------------------------------
# Called by netzwerkstatt.privacy when a person deletes their account or a coordinator erases a
# visitor's data.


@transaction.atomic
def anonymise_comments_of(user: User, *, name: str) -> int:
    """Keep a leaving member's comments under a neutral name, without any way to reach them."""
    return _comments_of(user).update(
        user=None, author_name=name, author_email="", author_homepage="", ip_hash=""
    )


def _comments_of(user: User):
    """The account's comments and those written as a visitor under its (verified) address."""
    return Comment.objects.filter(user=user) | Comment.objects.filter(
        user__isnull=True, author_email__iexact=user.email
    )


@transaction.atomic
def delete_comments_of(user: User) -> int:
    _total, rows = _comments_of(user).delete()
    return rows.get(Comment._meta.label, 0)


@transaction.atomic
def delete_updates_of(user: User) -> int:
    """Delete the updates a person wrote (their organisations' other updates stay)."""
    _total, rows = Update.objects.filter(created_by=user).delete()
    return rows.get(Update._meta.label, 0)


@transaction.atomic
def erase_visitor_comments(network: Network, *, email: str) -> int:
    """Delete a visitor's comments on this network's posts; members' comments are theirs."""
    _total, rows = Comment.objects.filter(
        post__network=network, user__isnull=True, author_email__iexact=email
    ).delete()
    return rows.get(Comment._meta.label, 0)
