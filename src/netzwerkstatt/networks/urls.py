from django.urls import path

from netzwerkstatt.networks import views

app_name = "networks"
urlpatterns = [
    path("", views.home, name="home"),
    path("netzwerke/<slug:slug>/", views.network_detail, name="detail"),
    path("netzwerke/<slug:slug>/mitgliedschaften/", views.membership_list, name="membership_list"),
    path(
        "netzwerke/<slug:slug>/mitgliedschaften/<int:pk>/",
        views.membership_change,
        name="membership_change",
    ),
    path("organisationen/", views.organisation_list, name="organisation_list"),
    path("organisationen/<slug:slug>/", views.organisation_detail, name="organisation"),
    path(
        "organisationen/<slug:slug>/bearbeiten/",
        views.organisation_edit,
        name="organisation_edit",
    ),
]
