"""Tools of the matrix: a snapshot of the whole database and the data of a form on a page."""

import functools
from html.parser import HTMLParser

from django.apps import apps
from django.db import DEFAULT_DB_ALIAS, connection
from django.test import Client

#: Tables that change on every request or log-in and say nothing about a write route.
UNWATCHED_APPS = {"sessions", "axes", "admin", "contenttypes", "django_tasks_database"}
UNWATCHED_FIELDS = {("accounts.User", "last_login")}


def snapshot() -> dict[str, list]:
    """Every row of every table we own, so a refused request can be shown to change nothing."""
    state = {}
    with connection.cursor() as cursor:
        for label, sql, params in _snapshot_queries():
            cursor.execute(sql, params)
            state[label] = cursor.fetchall()
    return state


@functools.cache
def _snapshot_queries() -> list[tuple[str, str, tuple]]:
    """The query of each watched table, compiled once: the matrix takes two snapshots around
    each refused request, and building the same queries anew for every one of them cost more
    than running them. The rows are the database's own values, which compare just as well."""
    queries = []
    for model in apps.get_models(include_auto_created=True):
        if model._meta.app_label in UNWATCHED_APPS:
            continue
        names = [
            f.attname
            for f in model._meta.concrete_fields
            if (model._meta.label, f.name) not in UNWATCHED_FIELDS
        ]
        query = model.objects.order_by("pk").values_list(*names).query
        sql, params = query.get_compiler(using=DEFAULT_DB_ALIAS).as_sql()
        queries.append((model._meta.label, sql, params))
    return queries


def changed_tables(before: dict, after: dict) -> list[str]:
    return [label for label in before if before[label] != after.get(label)]


class _FormParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[tuple[str, list]] = []
        self._fields = None
        self._select = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (attrs.get("method") or "").lower() == "post":
            self._fields = []
            self.forms.append((attrs.get("action") or "", self._fields))
        if self._fields is None:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = (attrs.get("type") or "text").lower()
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self._fields.append((name, attrs.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "select" and name:
            self._select = {
                "name": name,
                "first": None,
                "chosen": [],
                "multiple": "multiple" in attrs,
            }
        elif tag == "option" and self._select is not None:
            value = attrs.get("value", "")
            if self._select["first"] is None:
                self._select["first"] = value
            if "selected" in attrs:
                self._select["chosen"].append(value)
        elif tag == "textarea" and name:
            self._textarea = [name, ""]

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "select" and self._select is not None:
            select, self._select = self._select, None
            chosen = select["chosen"]
            if not chosen and not select["multiple"] and select["first"] is not None:
                chosen = [select["first"]]
            self._fields.extend((select["name"], value) for value in chosen)
        elif tag == "textarea" and self._textarea is not None:
            name, text = self._textarea
            self._fields.append((name, text.removeprefix("\n")))
            self._textarea = None
        elif tag == "form":
            self._fields = None


def form_data(
    page_url: str, *, as_user, action: str | None = None, changes: dict | None = None
) -> dict:
    """The fields of the POST form on `page_url` as `as_user` sees it, filled as shown.

    `action` picks the form by its target (default: the form that posts to the page itself).
    `changes` replace fields; a value of None removes one.
    """
    client = Client()
    client.force_login(as_user, backend="django.contrib.auth.backends.ModelBackend")
    response = client.get(page_url)
    assert response.status_code == 200, (page_url, response.status_code)
    parser = _FormParser()
    parser.feed(response.content.decode())
    wanted = {action or page_url, ""} if action is None else {action}
    for target, fields in parser.forms:
        if target in wanted and any(name != "csrfmiddlewaretoken" for name, _ in fields):
            break
    else:
        raise AssertionError(f"no POST form for {action or page_url} on {page_url}")
    data: dict[str, list[str]] = {}
    for name, value in fields:
        if name != "csrfmiddlewaretoken":
            data.setdefault(name, []).append(value)
    for name, value in (changes or {}).items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value if isinstance(value, list) else [value]
    return data
