"""Back to the page an action was sent from: only to this site, never an open redirect."""

import pytest
from django.urls import reverse

from netzwerkstatt.core.redirects import redirect_to_next, safe_next_url

FALLBACK = "/netzwerke/"


def _post(rf, data, *, secure=False):
    return rf.post("/aktion/", data, secure=secure)


@pytest.mark.parametrize("target", ["/konto/", "/konto/aufgaben/?seite=2#offen"])
def test_a_path_of_this_site_is_followed(rf, target):
    request = _post(rf, {"next": target})
    assert safe_next_url(request) == target
    assert redirect_to_next(request, FALLBACK).url == target


def test_an_address_of_this_host_is_followed(rf):
    request = _post(rf, {"next": "https://testserver/konto/"}, secure=True)
    assert redirect_to_next(request, FALLBACK).url == "https://testserver/konto/"


@pytest.mark.parametrize(
    "data",
    [
        {"next": "https://evil.example/"},
        {"next": "//evil.example"},
        {"next": "/\\evil.example"},
        {"next": "javascript:alert(1)"},
        {"next": "networks:home"},
        {"next": "foo"},
        {"next": "../konto/"},
        {"next": ""},
        {},
    ],
    ids=[
        "other host",
        "scheme-relative",
        "backslash",
        "javascript",
        "route name",
        "word",
        "relative",
        "empty",
        "missing",
    ],
)
def test_anything_else_goes_to_the_fallback(rf, data):
    request = _post(rf, data)
    assert safe_next_url(request) is None
    assert redirect_to_next(request, FALLBACK).url == FALLBACK


def test_on_https_a_plain_http_address_of_this_host_is_refused(rf):
    request = _post(rf, {"next": "http://testserver/konto/"}, secure=True)
    assert redirect_to_next(request, FALLBACK).url == FALLBACK
    # Over plain HTTP the same address stays on the site the visitor is already on.
    request = _post(rf, {"next": "http://testserver/konto/"})
    assert redirect_to_next(request, FALLBACK).url == "http://testserver/konto/"


def test_only_the_posted_form_counts(rf):
    request = rf.post("/aktion/?next=/konto/")
    assert redirect_to_next(request, FALLBACK).url == FALLBACK


def test_the_fallback_may_be_a_url_name(rf):
    request = _post(rf, {"next": "https://evil.example/"})
    assert redirect_to_next(request, "meetings:my_tasks").url == reverse("meetings:my_tasks")
