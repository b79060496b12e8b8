"""Factories for news rows; rendered fields are filled as the services would fill them."""

import datetime
import io

import factory
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from factory.django import DjangoModelFactory
from PIL import Image

from netzwerkstatt.news.models import Comment, CommentStatus, Post, PostStatus, Update
from netzwerkstatt.richtext import FORMAT_VERSION, render_restricted_html
from tests.factories import NetworkFactory, OrganisationFactory


class PostFactory(DjangoModelFactory):
    class Meta:
        model = Post

    network = factory.SubFactory(NetworkFactory)
    title = factory.Sequence(lambda n: f"Neuigkeit {n}")
    slug = factory.Sequence(lambda n: f"neuigkeit-{n}")
    teaser = "Kurz gesagt: es gibt Neues."
    body = "Ein Absatz.\n\nNoch einer."
    body_html = factory.LazyAttribute(lambda post: render_restricted_html(post.body))
    body_format_version = FORMAT_VERSION
    status = PostStatus.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))


class UpdateFactory(DjangoModelFactory):
    class Meta:
        model = Update

    organisation = factory.SubFactory(OrganisationFactory)
    title = factory.Sequence(lambda n: f"Update {n}")
    body = "Bei uns gibt es etwas Neues."
    body_html = factory.LazyAttribute(lambda update: render_restricted_html(update.body))
    body_format_version = FORMAT_VERSION
    published_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1))
    # Written by the organisation's staff; pass None for one waiting for its confirmation.
    confirmed_at = factory.LazyFunction(timezone.now)


class CommentFactory(DjangoModelFactory):
    class Meta:
        model = Comment

    post = factory.SubFactory(PostFactory)
    author_name = factory.Sequence(lambda n: f"Besucherin {n}")
    author_email = factory.Sequence(lambda n: f"besucherin{n}@example.com")
    body = "Ein Kommentar."
    body_html = factory.LazyAttribute(lambda comment: render_restricted_html(comment.body))
    body_format_version = FORMAT_VERSION
    status = CommentStatus.PENDING


def image_upload(name: str = "bild.png", image_format: str = "PNG") -> SimpleUploadedFile:
    """A real, tiny image file as a browser would upload it."""
    buffer = io.BytesIO()
    Image.new("RGB", (4, 3), "teal").save(buffer, format=image_format)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{image_format.lower()}")
