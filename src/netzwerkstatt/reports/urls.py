from django.urls import path

from netzwerkstatt.reports import views

app_name = "reports"

urlpatterns = [
    path("netzwerke/<slug:slug>/taetigkeitsbericht/", views.activity_report, name="activity"),
    path(
        "netzwerke/<slug:slug>/taetigkeitsbericht.csv",
        views.activity_report_csv,
        name="activity_csv",
    ),
]
