from django.urls import path

from netzwerkstatt.offers import views

app_name = "offers"
urlpatterns = [
    path("angebote/", views.offer_list, name="list"),
    path("angebote/karte.json", views.offer_map_data, name="map_data"),
    path("angebote/karte/stadtteile.geojson", views.map_districts, name="map_districts"),
    path("angebote/<int:pk>/", views.offer_detail, name="detail"),
    path("angebote/neu/<slug:org_slug>/", views.offer_create, name="create"),
    path("angebote/<int:pk>/bearbeiten/", views.offer_edit, name="edit"),
    path("angebote/<int:pk>/status/", views.offer_status, name="status"),
    path("angebote/<int:pk>/uebersetzungen/", views.offer_translations, name="translations"),
    path(
        "angebote/<int:pk>/uebersetzungen/<str:language>/",
        views.offer_translate,
        name="translate",
    ),
    path("netzwerke/<slug:slug>/bedarfe/", views.need_list, name="need_list"),
    path("netzwerke/<slug:slug>/bedarfe/neu/", views.need_create, name="need_create"),
    path("bedarfe/<int:pk>/", views.need_detail, name="need_detail"),
    path("bedarfe/<int:pk>/bearbeiten/", views.need_edit, name="need_edit"),
    path(
        "bedarfe/<int:pk>/herkunft/bestaetigen/",
        views.need_raised_by_confirm,
        name="need_raised_by_confirm",
    ),
    path(
        "bedarfe/<int:pk>/herkunft/ablehnen/",
        views.need_raised_by_decline,
        name="need_raised_by_decline",
    ),
    path("bedarfe/<int:pk>/oeffentlich/", views.need_publish, name="need_publish"),
    path("netzwerke/<slug:slug>/wir-suchen/", views.public_need_list, name="public_need_list"),
    path("wir-suchen/<int:pk>/", views.public_need_detail, name="public_need_detail"),
    path("wir-suchen/<int:pk>/danke/", views.help_offer_thanks, name="help_offer_thanks"),
    path("netzwerke/<slug:slug>/hilfsangebote/", views.help_offer_list, name="help_offer_list"),
    path(
        "hilfsangebote/<int:pk>/<slug:action>/",
        views.help_offer_handle,
        name="help_offer_handle",
    ),
]
