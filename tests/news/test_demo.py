import importlib

import pytest
from django.apps import apps

from netzwerkstatt.demo.loader import load_demo_network
from netzwerkstatt.news.models import Comment, CommentStatus, Post, Update


@pytest.fixture
def taxonomy(db):
    module = importlib.import_module("netzwerkstatt.core.migrations.0002_default_taxonomy")
    module.create_default_taxonomy(apps, None)


def test_demo_news_loads_twice_without_duplicates(taxonomy):
    load_demo_network()
    counts = (Post.objects.count(), Update.objects.count(), Comment.objects.count())
    seed = Post.objects.get(slug="das-akteursnetzwerk-sis-synergien-in-schonefeld")
    seed.title = "Umbenannt"
    seed.save()

    load_demo_network()

    assert (Post.objects.count(), Update.objects.count(), Comment.objects.count()) == counts
    seed.refresh_from_db()
    assert seed.title == "Das Akteursnetzwerk „SIS - Synergien in Schönefeld“"
    assert seed.published_at.date().isoformat() == "2024-06-12"
    assert seed.is_public
    assert "<h2>Ziele des Netzwerks</h2>" in seed.body_html
    # The DAA's comment is the visitor's to write.
    assert not seed.comments.exists()
    assert Comment.objects.filter(status=CommentStatus.PUBLISHED, user__isnull=False).count() == 2
    assert set(Update.objects.values_list("visibility", flat=True)) == {"public", "members"}
    assert Post.objects.filter(status="draft").count() == 1
