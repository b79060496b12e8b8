from django.urls import path

from netzwerkstatt.meetings import views

app_name = "meetings"
base = "netzwerke/<slug:slug>/treffen/"
one = base + "<int:pk>/"
urlpatterns = [
    path(base, views.meeting_list, name="list"),
    path(base + "neu/", views.meeting_add, name="add"),
    path(base + "reihe/neu/", views.series_add, name="series_add"),
    path(base + "reihe/<int:pk>/", views.series_edit, name="series_edit"),
    path(base + "reihe/<int:pk>/ausnahme/", views.series_exception, name="series_exception"),
    path("netzwerke/<slug:slug>/treffen.ics", views.network_feed, name="feed"),
    path(one, views.meeting_detail, name="detail"),
    path(one + "zusage/", views.rsvp, name="rsvp"),
    path(one + "vorschlagen/", views.propose, name="propose"),
    path(one + "bearbeiten/", views.meeting_edit, name="edit"),
    path(one + "absagen/", views.meeting_cancel, name="cancel"),
    path(one + "tagesordnung/", views.agenda_edit, name="agenda"),
    path(one + "tagesordnung/veroeffentlichen/", views.agenda_publish, name="agenda_publish"),
    path(one + "protokoll/", views.minutes_view, name="minutes"),
    path(one + "protokoll/bearbeiten/", views.minutes_edit, name="minutes_edit"),
    path(one + "protokoll/veroeffentlichen/", views.minutes_publish, name="minutes_publish"),
    path(one + "protokoll/aufgaben/<int:item_pk>/", views.action_edit, name="action_edit"),
    path(
        one + "protokoll/beschluesse/<int:decision_pk>/",
        views.decision_edit,
        name="decision_edit",
    ),
    path(
        one + "protokoll/beschluesse/<int:decision_pk>/zurueckziehen/",
        views.decision_withdraw,
        name="decision_withdraw",
    ),
    path(one + "zusammenfassung/", views.public_summary, name="summary"),
    path(one + "protokoll.md", views.minutes_markdown, name="minutes_md"),
    path(one + "protokoll.html", views.minutes_html, name="minutes_html"),
    path(one + "treffen.ics", views.meeting_ics, name="ics"),
    path("netzwerke/<slug:slug>/beschluesse/", views.decision_list, name="decisions"),
    path(
        "netzwerke/<slug:slug>/beschluesse/oeffentlich/",
        views.public_decision_list,
        name="public_decisions",
    ),
    path("konto/aufgaben/", views.my_tasks, name="my_tasks"),
    path("konto/aufgaben/<int:pk>/erledigt/", views.action_close, name="action_close"),
]
