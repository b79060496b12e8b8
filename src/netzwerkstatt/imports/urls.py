from django.urls import path

from netzwerkstatt.imports import views

app_name = "imports"
urlpatterns = [
    path("netzwerke/<slug:slug>/import/", views.upload, name="upload"),
    path("netzwerke/<slug:slug>/import/<int:pk>/spalten/", views.mapping, name="mapping"),
    path("netzwerke/<slug:slug>/import/<int:pk>/vorschau/", views.preview, name="preview"),
    path("netzwerke/<slug:slug>/import/<int:pk>/importieren/", views.confirm, name="confirm"),
]
