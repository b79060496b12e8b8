"""The access token pages in "My area" (the API itself is mounted from api.api)."""

from django.urls import path

from netzwerkstatt.api import views

app_name = "apitokens"
urlpatterns = [
    path("", views.token_list, name="list"),
    path("<int:pk>/widerrufen/", views.token_revoke, name="revoke"),
]
