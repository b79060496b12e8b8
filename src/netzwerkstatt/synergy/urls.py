from django.urls import path

from netzwerkstatt.synergy import views

app_name = "synergy"
urlpatterns = [
    path("netzwerke/<slug:slug>/synergien/", views.finding_list, name="findings"),
    path("netzwerke/<slug:slug>/synergien/neu-berechnen/", views.refresh, name="refresh"),
    path(
        "netzwerke/<slug:slug>/synergien/<int:pk>/entscheidung/",
        views.finding_status,
        name="finding_status",
    ),
    path(
        "netzwerke/<slug:slug>/synergien/schwelle/",
        views.threshold_settings,
        name="threshold",
    ),
    path("netzwerke/<slug:slug>/synergien/warum/", views.explain_pair, name="explain"),
    path("netzwerke/<slug:slug>/fehlstellen/", views.gap_overview, name="gaps"),
    path("netzwerke/<slug:slug>/fehlstellen.csv", views.gap_csv, name="gaps_csv"),
]
