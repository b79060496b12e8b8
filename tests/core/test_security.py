"""Security baseline: headers, the deploy check, error pages, language switch, login limits."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def test_strict_content_security_policy_without_inline_code(client):
    response = client.get(reverse("offers:list"))
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "object-src 'none'" in policy
    assert "frame-ancestors 'none'" in policy
    content = response.content.decode()
    assert "<script>" not in content and " style=" not in content
    assert "<style" not in content


def test_htmx_is_served_by_the_app_itself(client):
    content = client.get(reverse("offers:list")).content.decode()
    assert '<script src="/static/django_htmx/htmx-2.min.js' in content
    # Absolute links to the site's own public address (canonical, Open Graph) are no loads.
    head = content.split("</head>")[0].replace(settings.SITE_BASE_URL + "/", "/")
    assert "https://" not in head and "http://" not in head


def test_no_third_party_resources_on_the_start_page(client, world):
    content = client.get(world.network.get_absolute_url()).content.decode()
    content = content.replace(settings.SITE_BASE_URL + "/", "/")
    for marker in ('src="http', 'href="http://', "googleapis", "cdn"):
        assert marker not in content


def test_security_headers(client):
    response = client.get(reverse("offers:list"))
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"


def test_deploy_check_is_clean_with_production_settings(tmp_path):
    env = {
        **os.environ,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "netzwerk.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "netzwerkstatt.settings",
    }
    # The browser tests' relaxation must not leak into a production check.
    for name in ("DEBUG", "NETZWERKSTATT_TESTING", "SECURE_HTTPS", "DJANGO_ALLOW_ASYNC_UNSAFE"):
        env.pop(name, None)
    result = subprocess.run(
        [sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr + result.stdout


def test_production_refuses_to_start_without_secret_key(tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "DEBUG", "NETZWERKSTATT_TESTING"}
    }
    env["DJANGO_SETTINGS_MODULE"] = "netzwerkstatt.settings"
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_unknown_url_gives_a_german_404_page(client):
    response = client.get("/gibt-es-nicht/")
    assert response.status_code == 404
    content = response.content.decode()
    assert "Seite nicht gefunden" in content
    assert '<html lang="de" dir="ltr">' in content


def test_forbidden_action_gives_a_german_403_page(as_user, world):
    response = as_user(world.outsider).get(reverse("networks:membership_list", args=["sis"]))
    assert response.status_code == 403
    assert "Zugriff verweigert" in response.content.decode()


def test_a_refused_organisation_edit_says_why_in_german(as_user, world):
    response = as_user(world.outsider).get(
        reverse("networks:organisation_edit", args=[world.member_org.slug])
    )
    assert response.status_code == 403
    assert "Nur die Mitarbeiter:innen dieser Organisation" in response.content.decode()


def test_english_has_its_own_address(client):
    content = client.get("/en/angebote/").content.decode()
    assert '<html lang="en" dir="ltr">' in content
    assert "Offers in the neighbourhood" in content


def test_german_is_the_default(client):
    content = client.get(reverse("offers:list")).content.decode()
    assert "Angebote im Stadtteil" in content


def test_csrf_is_enforced_on_writes(world):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(world.member, backend="django.contrib.auth.backends.ModelBackend")
    response = client.post(
        reverse("networks:organisation_edit", args=[world.member_org.slug]), {"name": "X"}
    )
    assert response.status_code == 403
    world.member_org.refresh_from_db()
    assert world.member_org.name != "X"


def test_login_is_locked_after_repeated_failures(client, settings):
    user = UserFactory(email="anna@example.org")
    url = reverse("accounts:login")
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post(url, {"username": user.email, "password": "falsch"})
        assert response.status_code == 200
    client.post(url, {"username": user.email, "password": "falsch"})
    response = client.post(url, {"username": user.email, "password": PASSWORD})
    assert response.status_code == 429
    assert "für 15 Minuten gesperrt" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_browser_language_does_not_override_german(client):
    content = client.get(reverse("offers:list"), headers={"Accept-Language": "en-US,en"})
    assert "Angebote im Stadtteil" in content.content.decode()
    assert content.headers["Content-Language"] == "de"


def test_unknown_language_cookie_falls_back_to_german(client):
    client.cookies["django_language"] = "xx"
    assert "Angebote im Stadtteil" in client.get(reverse("offers:list")).content.decode()


@pytest.mark.parametrize("charset", ["utf-7", "unicode_escape", "latin-1"])
def test_a_form_sent_in_another_charset_than_utf8_is_refused_before_any_view(client, charset):
    response = client.generic(
        "POST",
        reverse("accounts:login"),
        b"username=a%40example.org&password=x",
        content_type=f"application/x-www-form-urlencoded; charset={charset}",
    )

    assert response.status_code == 400
    assert "Die Anfrage konnte nicht verarbeitet werden" in response.content.decode()
