from django.urls import path

from netzwerkstatt.synergy import views, views_citywide, views_terms

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
    path("netzwerke/<slug:slug>/synergien/begriffe/", views_terms.term_list, name="terms"),
    path(
        "netzwerke/<slug:slug>/synergien/begriffe/<int:pk>/zurueckziehen/",
        views_terms.term_withdraw,
        name="term_withdraw",
    ),
    path(
        "netzwerke/<slug:slug>/synergien/stadtweit/",
        views_citywide.sharing,
        name="citywide_sharing",
    ),
    path("stadtweit/synergien/", views_citywide.findings, name="citywide_findings"),
    path(
        "stadtweit/synergien/neu-berechnen/",
        views_citywide.refresh,
        name="citywide_refresh",
    ),
    path(
        "stadtweit/synergien/<int:pk>/entscheidung/",
        views_citywide.finding_status,
        name="citywide_finding_status",
    ),
    path("stadtweit/synergien/warum/", views_citywide.explain_pair, name="citywide_explain"),
    path("stadtweit/bedarfe/", views_citywide.needs, name="citywide_needs"),
    path("netzwerke/<slug:slug>/fehlstellen/", views.gap_overview, name="gaps"),
    path("netzwerke/<slug:slug>/fehlstellen.csv", views.gap_csv, name="gaps_csv"),
]
