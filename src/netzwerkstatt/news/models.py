"""News posts of a network, updates of member organisations, and comments on posts.

Post bodies, update bodies and comments are written in the restricted HTML format of
`netzwerkstatt.richtext`. Each row keeps the source text, the rendered HTML and the format
version it was rendered with, so `rerender_richtext` can bring old rows up to date when the
format changes. Templates and feeds show `rendered_body()`, the only place that marks a
rendering safe.
"""

from django.conf import settings
from django.core.validators import FileExtensionValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from netzwerkstatt import richtext
from netzwerkstatt.core.images import preview_copy, srcset
from netzwerkstatt.networks.models import Network, Organisation

COMMENT_MAX_LENGTH = 5000
IMAGE_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]


class RenderedBody:
    """A row whose `body` is kept as source, `body_html` and `body_format_version`."""

    body: str
    body_html: str
    body_format_version: int

    def rendered_body(self) -> SafeString:
        # A rendering of an older format version is shown rendered anew, so a new format
        # applies at once; `rerender_richtext` then stores it and saves the work.
        if self.body_format_version == richtext.FORMAT_VERSION:
            return mark_safe(self.body_html)  # sanitised by richtext when it was stored
        return mark_safe(richtext.render_restricted_html(self.body))


class PostStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("post status", "draft")
    PUBLISHED = "published", pgettext_lazy("post status", "published")


class PostQuerySet(models.QuerySet):
    def public(self) -> "PostQuerySet":
        """Published posts whose publication date has come."""
        return self.filter(status=PostStatus.PUBLISHED, published_at__lte=timezone.now())


class Post(RenderedBody, models.Model):
    network = models.ForeignKey(
        Network, verbose_name=_("network"), on_delete=models.CASCADE, related_name="news_posts"
    )
    title = models.CharField(_("title"), max_length=200)
    # Set once from the first title and never changed, so permalinks stay stable.
    slug = models.SlugField(_("short name"), max_length=80, allow_unicode=False)
    teaser = models.CharField(
        _("teaser"),
        max_length=400,
        help_text=_("One or two sentences shown in lists and feeds."),
    )
    body = models.TextField(_("text"), max_length=20000)
    body_html = models.TextField(_("text (rendered)"), blank=True, editable=False)
    body_format_version = models.PositiveIntegerField(default=0, editable=False)
    status = models.CharField(
        _("status"), max_length=20, choices=PostStatus.choices, default=PostStatus.DRAFT
    )
    published_at = models.DateTimeField(
        _("publication date"),
        default=timezone.now,
        help_text=_("A date in the future schedules the post: it stays hidden until then."),
    )
    # Stored re-encoded without metadata, at most core.images.LARGEST_WIDTH wide; the smaller
    # copies for `srcset` are listed in image_renditions.
    image = models.ImageField(
        _("image"),
        upload_to="news/%Y/%m/",
        blank=True,
        validators=[FileExtensionValidator(IMAGE_EXTENSIONS)],
    )
    # Not width_field/height_field: with those Django opens the file of every row loaded
    # without stored dimensions (rows older than these fields) to measure it.
    image_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_renditions = models.JSONField(default=list, blank=True, editable=False)
    image_alt = models.CharField(
        _("image description (alt text)"),
        max_length=300,
        blank=True,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = PostQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("news post")
        verbose_name_plural = _("news posts")
        indexes = [models.Index(fields=["network", "status", "-published_at"])]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("news:post", args=[self.network.slug, self.pk, self.slug])

    @property
    def is_public(self) -> bool:
        return self.status == PostStatus.PUBLISHED and self.published_at <= timezone.now()

    @property
    def image_srcset(self) -> str:
        return srcset(self.image, self.image_renditions, self.image_width) if self.image else ""

    @property
    def preview_image(self) -> dict | None:
        """The copy of the image that link previews (Open Graph) show."""
        return preview_copy(self.image, self.image_renditions, self.image_width, self.image_height)

    @property
    def image_files(self) -> list[str]:
        """The stored image and its smaller copies, to delete together."""
        if not self.image:
            return []
        return [self.image.name, *(rendition["name"] for rendition in self.image_renditions)]


class Visibility(models.TextChoices):
    PUBLIC = "public", pgettext_lazy("visibility", "public")
    MEMBERS = "members", pgettext_lazy("visibility", "members only")


class Update(RenderedBody, models.Model):
    """A short note of a member organisation about its projects or the neighbourhood."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="news_updates",
    )
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"), max_length=5000)
    body_html = models.TextField(_("text (rendered)"), blank=True, editable=False)
    body_format_version = models.PositiveIntegerField(default=0, editable=False)
    visibility = models.CharField(
        _("visible to"), max_length=20, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    published_at = models.DateTimeField(_("published"), default=timezone.now)
    # An update speaks in its organisation's name: written by one of its staff it is confirmed
    # at once; written by anyone else (a coordinator) it waits for their confirmation.
    confirmed_at = models.DateTimeField(_("confirmed by the organisation"), null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("confirmed for the organisation by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    declined_at = models.DateTimeField(_("declined by the organisation"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("written by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("update")
        verbose_name_plural = _("updates")
        indexes = [models.Index(fields=["organisation", "-published_at"])]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("news:update", args=[self.organisation.slug, self.pk])

    @property
    def is_public(self) -> bool:
        return self.visibility == Visibility.PUBLIC

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None

    @property
    def is_declined(self) -> bool:
        return self.declined_at is not None


class CommentStatus(models.TextChoices):
    PENDING = "pending", pgettext_lazy("comment status", "waiting for approval")
    PUBLISHED = "published", pgettext_lazy("comment status", "published")
    SPAM = "spam", pgettext_lazy("comment status", "spam")


class Comment(RenderedBody, models.Model):
    post = models.ForeignKey(
        Post, verbose_name=_("news post"), on_delete=models.CASCADE, related_name="comments"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_comments",
    )
    # The organisation a member wrote for, shown next to their verified name.
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    author_name = models.CharField(_("name"), max_length=100)
    author_email = models.EmailField(_("e-mail address"))
    author_homepage = models.URLField(_("homepage"), blank=True)
    body = models.TextField(_("comment"), max_length=COMMENT_MAX_LENGTH)
    body_html = models.TextField(_("comment (rendered)"), blank=True, editable=False)
    body_format_version = models.PositiveIntegerField(default=0, editable=False)
    status = models.CharField(
        _("status"), max_length=20, choices=CommentStatus.choices, default=CommentStatus.PENDING
    )
    created_at = models.DateTimeField(_("written"), default=timezone.now)
    # HMAC of the sender's address for rate limits; cleared after 30 days (purge_address_hashes).
    ip_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    moderated_at = models.DateTimeField(_("moderated"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("edited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        indexes = [
            models.Index(fields=["post", "status", "created_at"]),
            models.Index(fields=["status", "created_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.author_name}: {self.body[:40]}"

    def get_absolute_url(self) -> str:
        return f"{self.post.get_absolute_url()}#comment-{self.pk}"

    @property
    def is_verified(self) -> bool:
        return self.user_id is not None

    @property
    def anchor(self) -> str:
        return f"comment-{self.pk}"


class NetworkCommentPolicy(models.Model):
    """How a network handles comments on its news; missing row = the defaults."""

    network = models.OneToOneField(
        Network,
        verbose_name=_("network"),
        on_delete=models.CASCADE,
        related_name="comment_policy",
    )
    moderate_anonymous = models.BooleanField(
        _("approve comments of visitors before they appear"),
        default=True,
        help_text=_(
            "Comments of logged-in members always appear at once. Without approval, comments "
            "of visitors appear at once too, marked as not verified."
        ),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("comment settings")
        verbose_name_plural = _("comment settings")

    def __str__(self) -> str:
        return str(self.network)
