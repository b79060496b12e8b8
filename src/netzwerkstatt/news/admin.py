from django.contrib import admin
from django.db import models
from django.utils.text import slugify

from netzwerkstatt.core.forms import UploadedImageField
from netzwerkstatt.news import services
from netzwerkstatt.news.models import Comment, NetworkCommentPolicy, Post, Update
from netzwerkstatt.richtext import FORMAT_VERSION, render_restricted_html


class RenderOnSave(admin.ModelAdmin):
    """Keeps the stored rendering in step with a source edited in the admin."""

    def save_model(self, request, obj, form, change):
        obj.body_html = render_restricted_html(obj.body)
        obj.body_format_version = FORMAT_VERSION
        super().save_model(request, obj, form, change)


@admin.register(Post)
class PostAdmin(RenderOnSave):
    list_display = ["title", "network", "status", "published_at"]
    list_filter = ["network", "status"]
    search_fields = ["title", "teaser", "body"]
    autocomplete_fields = ["network"]
    readonly_fields = ["slug", "created_at", "created_by", "updated_at", "updated_by"]
    # Images uploaded here are checked and re-encoded like those from the post form.
    formfield_overrides = {models.ImageField: {"form_class": UploadedImageField}}

    def save_model(self, request, obj, form, change):
        if not change:
            obj.slug = slugify(obj.title)[:70] or "beitrag"
            obj.created_by = request.user
        obj.updated_by = request.user
        if "image" in form.changed_data:
            previous = Post.objects.get(pk=obj.pk).image_files if change else []
            obj.image_renditions = []
            services.store_post_image(obj, data={"image": form.cleaned_data["image"]})
            services.delete_files_after_commit(obj, previous)
        super().save_model(request, obj, form, change)

    def delete_model(self, request, obj):
        services.delete_post(obj, by=request.user)


@admin.register(Update)
class UpdateAdmin(RenderOnSave):
    list_display = ["title", "organisation", "visibility", "published_at"]
    list_filter = ["visibility"]
    search_fields = ["title", "body", "organisation__name"]
    autocomplete_fields = ["organisation"]
    readonly_fields = ["created_by", "updated_at", "updated_by", "confirmed_at", "confirmed_by"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(Comment)
class CommentAdmin(RenderOnSave):
    list_display = ["author_name", "post", "status", "created_at"]
    list_filter = ["status", "post__network"]
    search_fields = ["author_name", "author_email", "body"]
    raw_id_fields = ["post", "user", "organisation"]
    readonly_fields = ["created_at", "moderated_at", "moderated_by", "edited_at", "edited_by"]


@admin.register(NetworkCommentPolicy)
class NetworkCommentPolicyAdmin(admin.ModelAdmin):
    list_display = ["network", "moderate_anonymous", "updated_at"]
    readonly_fields = ["updated_at", "updated_by"]
