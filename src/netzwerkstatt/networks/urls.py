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
    path("netzwerke/<slug:slug>/mitglied-werden/", views.join_request_create, name="join"),
    path(
        "netzwerke/<slug:slug>/mitglied-werden/danke/",
        views.join_request_thanks,
        name="join_request_thanks",
    ),
    path("netzwerke/<slug:slug>/antraege/", views.join_request_list, name="join_request_list"),
    path(
        "netzwerke/<slug:slug>/antraege/<int:pk>/",
        views.join_request_detail,
        name="join_request_detail",
    ),
    path(
        "netzwerke/<slug:slug>/antraege/<int:pk>/rueckfrage/",
        views.join_request_ask,
        name="join_request_ask",
    ),
    path(
        "netzwerke/<slug:slug>/antraege/<int:pk>/annehmen/",
        views.join_request_accept,
        name="join_request_accept",
    ),
    path(
        "netzwerke/<slug:slug>/antraege/<int:pk>/ablehnen/",
        views.join_request_decline,
        name="join_request_decline",
    ),
    path(
        "netzwerke/<slug:slug>/antraege/<int:pk>/einladung-erneut-senden/",
        views.join_request_resend,
        name="join_request_resend",
    ),
    path(
        "netzwerke/<slug:slug>/kommentare/<int:comment_pk>/als-mitgliedsantrag/",
        views.join_request_from_comment,
        name="join_request_from_comment",
    ),
    path("datenschutz/", views.privacy, name="privacy"),
    path("leichte-sprache/", views.easy_read_page, {"page": "easy_read"}, name="easy_read"),
    path(
        "leichte-sprache/angebote-finden/",
        views.easy_read_page,
        {"page": "easy_read_offers"},
        name="easy_read_offers",
    ),
    path(
        "leichte-sprache/mitglied-werden/",
        views.easy_read_page,
        {"page": "easy_read_join"},
        name="easy_read_join",
    ),
    path(
        "leichte-sprache/datenschutz/",
        views.easy_read_page,
        {"page": "easy_read_privacy"},
        name="easy_read_privacy",
    ),
    path(
        "netzwerke/<slug:slug>/leichte-sprache/",
        views.network_easy_read,
        name="easy_read_network",
    ),
    path(
        "netzwerke/<slug:slug>/leichte-sprache/bearbeiten/",
        views.network_easy_read_edit,
        name="easy_read_network_edit",
    ),
    path("organisationen/", views.organisation_list, name="organisation_list"),
    path("organisationen/<slug:slug>/", views.organisation_detail, name="organisation"),
    path(
        "organisationen/<slug:slug>/bearbeiten/",
        views.organisation_edit,
        name="organisation_edit",
    ),
    path(
        "organisationen/<slug:slug>/uebersetzungen/",
        views.organisation_translations,
        name="organisation_translations",
    ),
    path(
        "organisationen/<slug:slug>/uebersetzungen/<str:language>/",
        views.organisation_translate,
        name="organisation_translate",
    ),
    path("organisationen/<slug:slug>/mitarbeiterinnen/", views.staff_list, name="staff_list"),
    path(
        "organisationen/<slug:slug>/mitarbeiterinnen/einladen/",
        views.staff_invite,
        name="staff_invite",
    ),
    path(
        "organisationen/<slug:slug>/mitarbeiterinnen/<int:pk>/einladung-erneut-senden/",
        views.staff_resend,
        name="staff_resend",
    ),
    path(
        "organisationen/<slug:slug>/mitarbeiterinnen/<int:pk>/entfernen/",
        views.staff_remove,
        name="staff_remove",
    ),
    path(
        "organisationen/<slug:slug>/protokoll/",
        views.organisation_log,
        name="organisation_log",
    ),
    path("netzwerke/<slug:slug>/protokoll/", views.network_log, name="network_log"),
    path("mitarbeit/<str:token>/", views.staff_request, name="staff_request"),
    path(
        "mitarbeit-anfragen/<int:pk>/antworten/",
        views.staff_request_decide,
        name="staff_request_decide",
    ),
    path(
        "organisationen/<slug:slug>/netzwerk-einladungen/<int:pk>/annehmen/",
        views.network_invitation_accept,
        name="network_invitation_accept",
    ),
    path(
        "organisationen/<slug:slug>/netzwerk-einladungen/<int:pk>/ablehnen/",
        views.network_invitation_decline,
        name="network_invitation_decline",
    ),
]
