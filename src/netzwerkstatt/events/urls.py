from django.urls import path

from netzwerkstatt.events import views

app_name = "events"
urlpatterns = [
    path("veranstaltungen/", views.calendar_list, name="calendar"),
    path("veranstaltungen/monat/", views.calendar_this_month, name="this_month"),
    path("veranstaltungen/monat/<int:year>/<int:month>/", views.calendar_month, name="month"),
    path("veranstaltungen/kalender.ics", views.public_feed, name="public_feed"),
    path("veranstaltungen/abonnieren/", views.subscribe, name="subscribe"),
    path("veranstaltungen/feed/<str:token>.ics", views.private_feed, name="private_feed"),
    path("veranstaltungen/abmelden/<str:token>/", views.visitor_cancel, name="cancel_visitor"),
    path("veranstaltungen/<int:pk>/", views.event_detail, name="detail"),
    path("veranstaltungen/<int:pk>/bearbeiten/", views.event_edit, name="edit"),
    path(
        "veranstaltungen/<int:pk>/uebersetzungen/",
        views.event_translations,
        name="translations",
    ),
    path(
        "veranstaltungen/<int:pk>/uebersetzungen/<str:language>/",
        views.event_translate,
        name="translate",
    ),
    path("veranstaltungen/<int:pk>/termin.ics", views.event_ics, name="ics"),
    path("veranstaltungen/<int:pk>/anmelden/", views.event_register, name="register"),
    path("veranstaltungen/<int:pk>/abmelden/", views.event_unregister, name="unregister"),
    path(
        "veranstaltungen/<int:pk>/mitveranstaltung/<slug:org_slug>/",
        views.co_organiser_confirm,
        name="confirm_co_organiser",
    ),
    path(
        "veranstaltungen/<int:pk>/mitveranstaltung/<slug:org_slug>/ablehnen/",
        views.co_organiser_decline,
        name="decline_co_organiser",
    ),
    path(
        "veranstaltungen/<int:pk>/veranstalter/bestaetigen/",
        views.organiser_confirm,
        name="confirm_organiser",
    ),
    path(
        "veranstaltungen/<int:pk>/veranstalter/ablehnen/",
        views.organiser_decline,
        name="decline_organiser",
    ),
    path("veranstaltungen/<int:pk>/aufgaben/", views.task_add, name="task_add"),
    path("aufgaben/<int:pk>/uebernehmen/", views.task_claim, name="task_claim"),
    path("uebernahmen/<int:pk>/freigeben/", views.claim_release, name="claim_release"),
    path("veranstaltungen/<int:pk>/bericht/", views.report_edit, name="report"),
    path("veranstaltungen/<int:pk>/bericht/bedarf/", views.follow_up_need, name="follow_up_need"),
    path(
        "veranstaltungen/<int:pk>/bericht/aufgabe/",
        views.follow_up_action_item,
        name="follow_up_action_item",
    ),
    path(
        "veranstaltungen/<int:pk>/bericht/treffen/", views.follow_up_agenda, name="follow_up_agenda"
    ),
    path("netzwerke/<slug:slug>/veranstaltungen/neu/", views.event_create, name="create"),
]
