"""Who sent a request: the peer, or the sender named by a trusted reverse proxy."""

import pytest
from django.urls import reverse

from netzwerkstatt.core.http import client_address
from netzwerkstatt.news import services as news_services
from netzwerkstatt.news.models import Comment
from tests.factories import PASSWORD, UserFactory
from tests.news.factories import PostFactory
from tests.news.test_views import comment_url, visitor_data

PROXY = "127.0.0.1"


@pytest.mark.parametrize(
    ("remote", "forwarded", "expected"),
    [
        ("93.184.216.34", "", "93.184.216.34"),
        # Without trusted proxies nobody can choose their address with the header, not even
        # a peer on this machine or the private network.
        ("93.184.216.34", "198.51.100.1", "93.184.216.34"),
        ("127.0.0.1", "198.51.100.7", "127.0.0.1"),
        ("10.0.0.5", "198.51.100.7", "10.0.0.5"),
    ],
)
def test_without_trusted_proxies_only_the_peer_counts(rf, settings, remote, forwarded, expected):
    settings.TRUSTED_PROXIES = []
    request = rf.post("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)

    assert client_address(request) == expected


@pytest.mark.parametrize(
    ("remote", "forwarded", "expected"),
    [
        # The proxy appended the sender as the last entry; what the sender wrote is left of it.
        ("127.0.0.1", "198.51.100.7", "198.51.100.7"),
        ("127.0.0.1", "10.9.9.9, 198.51.100.7", "198.51.100.7"),
        ("127.0.0.1", "1.2.3.4, 5.6.7.8, 198.51.100.7", "198.51.100.7"),
        # A chain of trusted proxies is skipped from the right.
        ("127.0.0.1", "198.51.100.7, 10.0.0.3", "198.51.100.7"),
        ("127.0.0.1", "203.0.113.9, 198.51.100.7, 10.0.0.3, 10.0.0.4", "198.51.100.7"),
        ("::1", "2001:db8::7", "2001:db8::7"),
        ("::ffff:127.0.0.1", "198.51.100.7", "198.51.100.7"),
        # A peer that is not a trusted proxy cannot name anyone else.
        ("93.184.216.34", "198.51.100.1", "93.184.216.34"),
        ("10.1.0.1", "198.51.100.1", "10.1.0.1"),
        # Nothing usable in the header: the nearest proxy is as far as can be seen.
        ("127.0.0.1", "", "127.0.0.1"),
        ("127.0.0.1", "kaputt", "127.0.0.1"),
        ("127.0.0.1", "198.51.100.7, kaputt, 10.0.0.3", "10.0.0.3"),
        # Only proxies in the header (a request from the proxy host itself).
        ("127.0.0.1", "10.0.0.3", "10.0.0.3"),
    ],
)
def test_trusted_proxies_name_the_sender(rf, settings, remote, forwarded, expected):
    settings.TRUSTED_PROXIES = ["127.0.0.1", "::1", "10.0.0.0/24"]
    request = rf.post("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)

    assert client_address(request) == expected


def test_trusted_proxies_setting_refuses_typos(tmp_path):
    import os
    import subprocess
    import sys

    env = {
        **os.environ,
        "NETZWERKSTATT_TESTING": "true",
        "NETZWERKSTATT_VAR_DIR": str(tmp_path),
        "TRUSTED_PROXIES": "127.0.0.1,localhost",
    }
    result = subprocess.run(
        [sys.executable, "-c", "import netzwerkstatt.settings"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "TRUSTED_PROXIES" in result.stderr


# --- the login lockout -----------------------------------------------------------------------


def fail_logins(client, email, *, times, **extra):
    for _attempt in range(times):
        client.post(reverse("accounts:login"), {"username": email, "password": "falsch"}, **extra)


def log_in(client, email, **extra):
    return client.post(
        reverse("accounts:login"), {"username": email, "password": PASSWORD}, **extra
    )


@pytest.fixture
def behind_proxy(settings, db):
    settings.TRUSTED_PROXIES = [PROXY, "::1"]


def via_proxy(sender):
    return {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": sender}


def test_behind_the_proxy_one_senders_failures_do_not_lock_out_another(
    client, settings, behind_proxy
):
    user = UserFactory(email="anna@example.org")
    fail_logins(client, user.email, times=settings.AXES_FAILURE_LIMIT, **via_proxy("203.0.113.66"))

    assert log_in(client, user.email, **via_proxy("203.0.113.66")).status_code == 429
    response = log_in(client, user.email, **via_proxy("198.51.100.20"))
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_without_trusted_proxies_everyone_behind_the_proxy_is_one_sender(client, settings, db):
    # The failure this setting exists for: behind an unconfigured proxy, anyone's five wrong
    # passwords lock the account for everybody.
    settings.TRUSTED_PROXIES = []
    user = UserFactory(email="anna@example.org")
    fail_logins(client, user.email, times=settings.AXES_FAILURE_LIMIT, **via_proxy("203.0.113.66"))

    assert log_in(client, user.email, **via_proxy("198.51.100.20")).status_code == 429


def test_spoofed_forwarded_for_from_an_untrusted_peer_is_ignored(client, settings, behind_proxy):
    user = UserFactory(email="anna@example.org")
    for number in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            reverse("accounts:login"),
            {"username": user.email, "password": "falsch"},
            REMOTE_ADDR="203.0.113.66",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{number}",
        )

    response = log_in(
        client, user.email, REMOTE_ADDR="203.0.113.66", HTTP_X_FORWARDED_FOR="198.51.100.99"
    )
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_forged_entries_left_of_the_proxys_do_not_escape_the_lockout(
    client, settings, behind_proxy
):
    user = UserFactory(email="anna@example.org")
    for number in range(settings.AXES_FAILURE_LIMIT):
        fail_logins(client, user.email, times=1, **via_proxy(f"10.0.0.{number}, 203.0.113.66"))

    assert log_in(client, user.email, **via_proxy("10.0.0.99, 203.0.113.66")).status_code == 429


# --- the public forms' rate limits -----------------------------------------------------------


@pytest.fixture
def post(world, settings):
    settings.PUBLIC_FORM_MIN_SECONDS = 0
    return PostFactory(network=world.network)


def test_behind_the_proxy_comment_limits_count_per_sender(client, post, behind_proxy):
    for _ in range(news_services.COMMENTS_PER_ADDRESS_PER_HOUR):
        response = client.post(comment_url(post), visitor_data(), **via_proxy("203.0.113.66"))
        assert response.status_code == 302

    refused = client.post(comment_url(post), visitor_data(), **via_proxy("203.0.113.66"))
    assert "Zu viele Kommentare" in refused.content.decode()
    other = client.post(comment_url(post), visitor_data(), **via_proxy("198.51.100.20"))
    assert other.status_code == 302
    assert Comment.objects.count() == news_services.COMMENTS_PER_ADDRESS_PER_HOUR + 1


def test_comment_limits_ignore_forwarded_for_from_an_untrusted_peer(client, post, behind_proxy):
    for number in range(news_services.COMMENTS_PER_ADDRESS_PER_HOUR + 1):
        client.post(
            comment_url(post),
            visitor_data(),
            REMOTE_ADDR="203.0.113.66",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{number}",
        )

    assert Comment.objects.count() == news_services.COMMENTS_PER_ADDRESS_PER_HOUR
