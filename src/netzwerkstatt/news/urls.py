from django.urls import path

from netzwerkstatt.news import feeds, views

app_name = "news"
urlpatterns = [
    path("netzwerke/<slug:slug>/neuigkeiten/", views.archive, name="archive"),
    path("netzwerke/<slug:slug>/neuigkeiten/neu/", views.post_create, name="post_create"),
    path("netzwerke/<slug:slug>/neuigkeiten/rss/", feeds.PostRssFeed(), name="post_rss"),
    path("netzwerke/<slug:slug>/neuigkeiten/atom/", feeds.PostAtomFeed(), name="post_atom"),
    path(
        "netzwerke/<slug:slug>/neuigkeiten/<int:pk>/bearbeiten/",
        views.post_edit,
        name="post_edit",
    ),
    path(
        "netzwerke/<slug:slug>/neuigkeiten/<int:pk>/loeschen/",
        views.post_delete,
        name="post_delete",
    ),
    path(
        "netzwerke/<slug:slug>/neuigkeiten/<int:pk>/kommentieren/",
        views.comment_create,
        name="comment_create",
    ),
    path(
        "netzwerke/<slug:slug>/neuigkeiten/<int:pk>/<slug:post_slug>/",
        views.post_detail,
        name="post",
    ),
    path("netzwerke/<slug:slug>/updates/", views.network_updates, name="updates"),
    path("netzwerke/<slug:slug>/updates/rss/", feeds.UpdateRssFeed(), name="update_rss"),
    path("netzwerke/<slug:slug>/updates/atom/", feeds.UpdateAtomFeed(), name="update_atom"),
    path("netzwerke/<slug:slug>/kommentare/", views.moderation, name="moderation"),
    path(
        "netzwerke/<slug:slug>/kommentare/einstellungen/",
        views.comment_settings,
        name="comment_settings",
    ),
    path(
        "netzwerke/<slug:slug>/kommentare/<int:pk>/bearbeiten/",
        views.comment_edit,
        name="comment_edit",
    ),
    path(
        "netzwerke/<slug:slug>/kommentare/<int:pk>/freigeben/",
        views.moderate,
        {"action": "approve"},
        name="comment_approve",
    ),
    path(
        "netzwerke/<slug:slug>/kommentare/<int:pk>/spam/",
        views.moderate,
        {"action": "spam"},
        name="comment_spam",
    ),
    path(
        "netzwerke/<slug:slug>/kommentare/<int:pk>/loeschen/",
        views.moderate,
        {"action": "delete"},
        name="comment_delete",
    ),
    path("organisationen/<slug:slug>/updates/neu/", views.update_create, name="update_create"),
    path("organisationen/<slug:slug>/updates/<int:pk>/", views.update_detail, name="update"),
    path(
        "organisationen/<slug:slug>/updates/<int:pk>/bearbeiten/",
        views.update_edit,
        name="update_edit",
    ),
    path(
        "organisationen/<slug:slug>/updates/<int:pk>/bestaetigen/",
        views.update_confirm,
        name="update_confirm",
    ),
    path(
        "organisationen/<slug:slug>/updates/<int:pk>/ablehnen/",
        views.update_decline,
        name="update_decline",
    ),
    path(
        "organisationen/<slug:slug>/updates/<int:pk>/loeschen/",
        views.update_delete,
        name="update_delete",
    ),
]
