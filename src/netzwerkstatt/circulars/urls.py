from django.urls import path

from netzwerkstatt.circulars import views

app_name = "circulars"
base = "netzwerke/<slug:slug>/rundschreiben/"
urlpatterns = [
    path(base, views.circular_list, name="list"),
    path(base + "neu/", views.circular_compose, name="compose"),
    path(base + "<int:pk>/", views.circular_detail, name="detail"),
    path("konto/e-mail-einstellungen/", views.mail_settings, name="settings"),
    path("abbestellen/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
