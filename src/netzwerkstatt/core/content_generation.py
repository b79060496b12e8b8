"""The public content generation: one random token that changes with every write to the database.

Rendered public pages are cached under the token (core.page_cache); a new token makes every
earlier page unreachable at once, in every process that shares the cache. The token is random,
not a counter: when the cache evicts it, the next one can never meet pages stored under an old.

The token changes at the SQL level, in an execute wrapper on every database connection, not with
model signals: signals miss `QuerySet.update()`, `bulk_create()`, queryset deletes and raw SQL.
Each INSERT, UPDATE, DELETE or REPLACE (and DDL) on a table that can show on a public page
changes it twice:

- right after the statement, so that a page this connection renders next (it sees its own
  uncommitted rows; in autocommit mode the statement is committed already) gets a new key;
- after the commit (`transaction.on_commit`), so that a page another process rendered between the
  write and the commit, from the data before it, is not served afterwards.

Within a transaction the first change is skipped while no page of this process has read the token
since the last change: a bulk import then costs one cache write per transaction, not per row.
A cache that fails never breaks a write: the change is retried on the next request (see
`current`), and until then pages are at most `PAGE_CACHE_SECONDS` old.
"""

import itertools
import logging
import re
import uuid

from django.core.cache import cache
from django.db import connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.signals import connection_created

logger = logging.getLogger(__name__)

CACHE_KEY = "netzwerkstatt:public-generation"

# Tables whose rows never show on a public page: logins, sessions, queued tasks, audit and admin
# logs, second-factor devices, API and calendar tokens, delivery records of circulars, uploads
# waiting for their import. Everything else counts, also tables added later.
EXCLUDED_TABLES = frozenset(
    {
        "django_session",
        "django_migrations",
        "django_admin_log",
        "audit_auditentry",
        "api_apitoken",
        "events_calendartoken",
        "circulars_circulardelivery",
        "imports_spreadsheetupload",
    }
)
EXCLUDED_TABLE_PREFIXES = ("axes_", "otp_", "django_tasks_")

_COMMENTS = re.compile(r"^\s*(?:(?:--[^\n]*\n|/\*.*?\*/)\s*)*", re.S)
_FIRST_WORD = re.compile(r"\w+")
_WRITE_TABLE = re.compile(
    r"""(?:INSERT|REPLACE|UPDATE|DELETE)
        (?:\s+OR\s+\w+)?                  # INSERT OR REPLACE / OR IGNORE (SQLite)
        (?:\s+(?:INTO|FROM))?
        (?:\s+ONLY)?
        \s+((?:[`"]?\w+[`"]?\.)?[`"]?\w+[`"]?)""",
    re.I | re.X,
)
# Logging in writes the time of the login into the user's row; no page shows it.
_LAST_LOGIN_ONLY = re.compile(
    r"""^UPDATE\s+[`"]?accounts_user[`"]?\s+SET\s+[`"]?last_login[`"]?\s*=\s*%s\s+WHERE\s""", re.I
)
_WRITES = {"insert", "update", "delete", "replace"}
_SCHEMA_CHANGES = {"create", "alter", "drop", "truncate"}

# Tickets order the page reads of this process and the changes of the token (see module doc).
_tickets = itertools.count(1)
_last_read = 0
_last_bump = 0
# A change that failed because the cache was down; done on the next read.
_pending = False


class CacheUnavailable(Exception):
    """The generation cannot be read or renewed; pages are rendered without the cache."""


def changes_public_content(sql: str) -> bool:
    """Whether a statement can change what a public page shows."""
    statement = _COMMENTS.sub("", sql, count=1)
    first = _FIRST_WORD.match(statement)
    if first is None:
        return False
    word = first.group(0).lower()
    if word in _SCHEMA_CHANGES:
        return True
    if word == "with":  # a common table expression in front of a write: be safe
        return bool(re.search(r"\b(?:INSERT|UPDATE|DELETE)\b", statement, re.I))
    if word not in _WRITES:
        return False
    if _LAST_LOGIN_ONLY.match(statement):
        return False
    match = _WRITE_TABLE.match(statement)
    if match is None:
        return True
    table = match.group(1).replace('"', "").replace("`", "").rsplit(".", 1)[-1].lower()
    return not (table in EXCLUDED_TABLES or table.startswith(EXCLUDED_TABLE_PREFIXES))


def current() -> str:
    """The token pages are cached under now (a new one when the cache has none).

    Raises the cache's error when it is down; the page cache then serves without it.
    """
    global _last_read
    if _pending:
        bump()
        if _pending:  # pages stored under the old token might be stale: use none
            raise CacheUnavailable("The public content generation could not be renewed.")
    _last_read = next(_tickets)
    token = cache.get(CACHE_KEY)
    if token is None:
        cache.add(CACHE_KEY, uuid.uuid4().hex, timeout=None)
        token = cache.get(CACHE_KEY)
    if token is None:
        raise CacheUnavailable("The cache keeps no public content generation.")
    return token


def bump() -> None:
    """A new token; a cache error is logged and the change retried with the next read."""
    global _last_bump, _pending
    _last_bump = next(_tickets)
    try:
        cache.set(CACHE_KEY, uuid.uuid4().hex, timeout=None)
    except Exception:  # noqa: BLE001 – any backend's failure; the write itself stands.
        _pending = True
        logger.warning("The public content generation could not be renewed.", exc_info=True)
    else:
        _pending = False


def _bump_after_commit() -> None:
    bump()


def _watch_writes(execute, sql, params, many, context):
    try:
        return execute(sql, params, many, context)
    finally:
        # SQL that is not a string (composed by a driver's helpers) counts as a write.
        if not isinstance(sql, str) or changes_public_content(sql):
            _changed(context["connection"])


def _changed(connection: BaseDatabaseWrapper) -> None:
    if not connection.in_atomic_block:
        # Autocommit: the statement is committed already. (A transaction opened with
        # set_autocommit(False) has no commit hook; the change after the statement must do.)
        bump()
        return
    if _last_read > _last_bump:
        bump()
    # Once per transaction. A rolled-back savepoint takes its callbacks along, so a later
    # write registers again; there is no flag that could go stale.
    if not any(func is _bump_after_commit for _sids, func, _robust in connection.run_on_commit):
        connection.on_commit(_bump_after_commit, robust=True)


def watch_connection(connection: BaseDatabaseWrapper, **kwargs) -> None:
    """Put the wrapper innermost, so that `execute_wrapper()` blocks still pop their own."""
    if _watch_writes not in connection.execute_wrappers:
        connection.execute_wrappers.insert(0, _watch_writes)


def install() -> None:
    """Watch every connection: those open already and each one opened from now on."""
    connection_created.connect(watch_connection, dispatch_uid="netzwerkstatt.content_generation")
    for connection in connections.all(initialized_only=True):
        watch_connection(connection)
