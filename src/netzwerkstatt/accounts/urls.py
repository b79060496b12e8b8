from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from netzwerkstatt.accounts import two_factor_views, views
from netzwerkstatt.accounts.forms import LanguagePasswordResetForm

app_name = "accounts"
urlpatterns = [
    path("anmelden/", two_factor_views.LoginView.as_view(), name="login"),
    path("anmelden/code/", two_factor_views.two_factor_login, name="two_factor_login"),
    path("zwei-faktor/", two_factor_views.two_factor, name="two_factor"),
    path(
        "zwei-faktor/einschalten/",
        two_factor_views.two_factor_setup_start,
        name="two_factor_setup_start",
    ),
    path("zwei-faktor/einrichten/", two_factor_views.two_factor_setup, name="two_factor_setup"),
    path(
        "zwei-faktor/ersatzcodes/",
        two_factor_views.two_factor_backup_codes,
        name="two_factor_backup_codes",
    ),
    path(
        "zwei-faktor/ausschalten/",
        two_factor_views.two_factor_switch_off,
        name="two_factor_switch_off",
    ),
    path("abmelden/", auth_views.LogoutView.as_view(), name="logout"),
    path("", views.dashboard, name="dashboard"),
    path("meine-daten/", views.my_data, name="my_data"),
    path("meine-daten/export.json", views.my_data_export, name="my_data_export"),
    path("meine-daten/konto-loeschen/", views.account_delete, name="account_delete"),
    path("einladung/<str:token>/", views.invitation, name="invitation"),
    path("einladung-erneuern/", views.invitation_renew, name="invitation_renew"),
    path(
        "passwort-vergessen/",
        auth_views.PasswordResetView.as_view(
            form_class=LanguagePasswordResetForm,
            template_name="accounts/password_reset.html",
            email_template_name="accounts/password_reset_email.txt",
            subject_template_name="accounts/password_reset_subject.txt",
            success_url=reverse_lazy("accounts:password_reset_done"),
            extra_email_context={"site_name": settings.SITE_NAME},
        ),
        name="password_reset",
    ),
    path(
        "passwort-vergessen/gesendet/",
        auth_views.PasswordResetDoneView.as_view(template_name="accounts/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "passwort-setzen/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="accounts/password_reset_confirm.html",
            success_url=reverse_lazy("accounts:password_reset_complete"),
        ),
        name="password_reset_confirm",
    ),
    path(
        "passwort-setzen/fertig/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="accounts/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
]
