from django.urls import path

from netzwerkstatt.privacy import views

app_name = "privacy"
urlpatterns = [
    path("netzwerke/<slug:slug>/datenschutz/", views.visitor_data, name="visitor_data"),
    path(
        "netzwerke/<slug:slug>/datenschutz/loeschen/",
        views.visitor_erase,
        name="visitor_erase",
    ),
]
