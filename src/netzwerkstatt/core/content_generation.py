"""Public content generations: one random token per table, renewed with every write to it.

Rendered public pages are cached with the tokens of the tables they read (core.page_cache); a
write to one of those tables renews its token, which makes the page unusable at once in every
process that shares the cache. Pages that read nothing of the written table stay: a coordinator
writing minutes or reviewing findings no longer empties the cache of the offers directory. The
tokens are random, not counters: when the cache evicts one, the next can never meet pages stored
with an old one.

Writes are seen at the SQL level, in an execute wrapper on every database connection, not with
model signals: signals miss `QuerySet.update()`, `bulk_create()`, queryset deletes and raw SQL.
Each INSERT, UPDATE, DELETE or REPLACE on a table that can show on a public page renews that
table's token twice:

- right after the statement, so that a page this connection renders next (it sees its own
  uncommitted rows; in autocommit mode the statement is committed already) gets a new key;
- after the commit (`transaction.on_commit`), so that a page another process rendered between the
  write and the commit, from the data before it, is not served afterwards.

Within a transaction the first renewal is skipped while no page of this process has read the
table's token since its last renewal: a bulk import then costs one cache write per transaction,
not per row. Schema changes and writes whose table cannot be told renew `ANY_TABLE`, which every
page depends on. A cache that fails never breaks a write: the renewal is retried before the next
page is read from or put into the cache (see `check_pending`), and until then no page is.

The tables a page reads are taken from its SELECT statements while it is rendered for the cache
(`Recording`): each table's token is read *before* the first statement that reads the table, so a
write committed after that statement renews a token the page was stored with. A statement whose
tables cannot be told (not a string, or a comma join) makes the page uncacheable. This is exact
only because every change of a table's rows goes through SQL naming that table: database triggers,
rules and cascading foreign keys would change rows unseen (tests/core/test_page_cache.py checks
that the schema has none).
"""

import contextvars
import itertools
import logging
import re
import uuid
from collections.abc import Iterable

from django.core.cache import cache
from django.db import connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.signals import connection_created

logger = logging.getLogger(__name__)

KEY_PREFIX = "netzwerkstatt:public-generation:"
# Renewed with schema changes and writes whose table cannot be told; every page depends on it.
ANY_TABLE = "*"

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
_NAME = r"""(?:[`"]?\w+[`"]?\.)?[`"]?\w+[`"]?"""
_WRITE_TABLE = re.compile(
    rf"""(?:INSERT|REPLACE|UPDATE|DELETE)
        (?:\s+OR\s+\w+)?                  # INSERT OR REPLACE / OR IGNORE (SQLite)
        (?:\s+(?:INTO|FROM))?
        (?:\s+ONLY)?
        \s+({_NAME})""",
    re.I | re.X,
)
# Every table a SELECT names after FROM or JOIN (also in subqueries and CTEs). Words after FROM
# that are no table (EXTRACT(YEAR FROM "t"."c")) only add a token that is never renewed.
_READ_TABLE = re.compile(rf"\b(?:FROM|JOIN)\s+({_NAME})", re.I)
# `FROM a, b` (or `FROM a x, b`): the ORM never writes it; raw SQL that does is not followed.
_COMMA_JOIN = re.compile(rf"""\bFROM\s+{_NAME}(?:\s+(?:AS\s+)?[`"]?\w+[`"]?)?\s*,""", re.I)
# Logging in writes the time of the login into the user's row; no page shows it.
_LAST_LOGIN_ONLY = re.compile(
    r"""^UPDATE\s+[`"]?accounts_user[`"]?\s+SET\s+[`"]?last_login[`"]?\s*=\s*%s\s+WHERE\s""", re.I
)
_WRITES = {"insert", "update", "delete", "replace"}
_SCHEMA_CHANGES = {"create", "alter", "drop", "truncate"}
# Statements around the queries that read no rows of a table.
_NO_ROWS = {"savepoint", "release", "rollback", "begin", "commit", "set", "pragma", "show"}
_WRITE_WORDS = re.compile(r"\b(?:INSERT|UPDATE|DELETE)\b", re.I)

# Tickets order the token reads of this process and the renewals (see module doc).
_tickets = itertools.count(1)
_last_read = 0
_last_renewal: dict[str, int] = {}
# Renewals that failed because the cache was down; made before the next page.
_pending: set[str] = set()
# The page being rendered for the cache, if any (see Recording).
_recording: contextvars.ContextVar["Recording | None"] = contextvars.ContextVar(
    "netzwerkstatt_recording", default=None
)


class CacheUnavailable(Exception):
    """The tokens cannot be read or renewed; pages are rendered without the cache."""


def _table_name(name: str) -> str:
    return name.replace('"', "").replace("`", "").rsplit(".", 1)[-1].lower()


def _statement(sql: str) -> tuple[str, str]:
    """The statement without leading comments, and its first word in lower case."""
    statement = _COMMENTS.sub("", sql, count=1)
    first = _FIRST_WORD.match(statement)
    return statement, first.group(0).lower() if first else ""


def tables_written(sql: str) -> frozenset[str]:
    """The tables a statement can change that can show on a public page (empty for reads).

    `ANY_TABLE` when the statement changes the schema or its table cannot be told.
    """
    statement, word = _statement(sql)
    if word in _SCHEMA_CHANGES:
        return frozenset({ANY_TABLE})
    if word == "with":  # a common table expression in front of a write: be safe
        return frozenset({ANY_TABLE}) if _WRITE_WORDS.search(statement) else frozenset()
    if word not in _WRITES or _LAST_LOGIN_ONLY.match(statement):
        return frozenset()
    match = _WRITE_TABLE.match(statement)
    if match is None:
        return frozenset({ANY_TABLE})
    table = _table_name(match.group(1))
    if table in EXCLUDED_TABLES or table.startswith(EXCLUDED_TABLE_PREFIXES):
        return frozenset()
    return frozenset({table})


def tables_read(sql: str) -> frozenset[str] | None:
    """The tables a statement reads for a page; None when they cannot be told.

    Writes (their rows are not what a page shows) and transaction or session commands read none;
    any other statement (`TABLE x`, `EXPLAIN`, a comma join) cannot be told.
    """
    statement, word = _statement(sql)
    if word in _WRITES or word in _NO_ROWS:
        return frozenset()
    if word not in ("select", "with") or _COMMA_JOIN.search(statement):
        return None
    return frozenset(_table_name(name) for name in _READ_TABLE.findall(statement))


def _key(table: str) -> str:
    return KEY_PREFIX + table


def check_pending() -> None:
    """Make the renewals that failed; CacheUnavailable while the cache still refuses them."""
    if _pending:
        renew(set(_pending))
        if _pending:  # pages stored with the old tokens might be stale: use none
            raise CacheUnavailable("The tables' tokens could not be renewed.")


def tokens(tables: Iterable[str]) -> dict[str, str]:
    """The current token of each table, a new one where the cache has none.

    Raises the cache's error when it is down; the page cache then serves without it.
    """
    global _last_read
    check_pending()
    _last_read = next(_tickets)
    wanted = [_key(table) for table in tables]
    found = cache.get_many(wanted)
    for key in wanted:
        if key not in found:
            cache.add(key, uuid.uuid4().hex, timeout=None)
            found[key] = cache.get(key)
            if found[key] is None:
                raise CacheUnavailable("The cache keeps no token for these tables.")
    return {key.removeprefix(KEY_PREFIX): found[key] for key in wanted}


def still_current(stored: dict[str, str]) -> bool:
    """Whether no table of a stored page was written since (a token the cache lost counts)."""
    check_pending()
    found = cache.get_many([_key(table) for table in stored])
    return all(found.get(_key(table)) == token for table, token in stored.items())


def renew(tables: Iterable[str]) -> None:
    """New tokens for these tables; a cache error is logged and the renewal retried later."""
    tables = set(tables)
    ticket = next(_tickets)
    for table in tables:
        _last_renewal[table] = ticket
    try:
        cache.set_many({_key(table): uuid.uuid4().hex for table in tables}, timeout=None)
    except Exception:  # noqa: BLE001 – any backend's failure; the write itself stands.
        _pending.update(tables)
        logger.warning("The tables' tokens could not be renewed.", exc_info=True)
    else:
        _pending.difference_update(tables)


class Recording:
    """The tokens of the tables one page reads while it is rendered for the cache.

    `tokens` is None when the page read something it cannot be kept for: a statement whose
    tables could not be told, or a cache that failed.
    """

    def __init__(self) -> None:
        self.tokens: dict[str, str] | None = tokens([ANY_TABLE])

    def before(self, sql) -> None:
        if self.tokens is None:
            return
        tables = tables_read(sql) if isinstance(sql, str) else None
        if tables is None:
            self.tokens = None
            return
        new = tables - self.tokens.keys()
        if new:
            try:
                self.tokens.update(tokens(new))
            except Exception:  # noqa: BLE001 – any backend's failure: the page is not kept.
                logger.warning("Page cache: reading tokens failed.", exc_info=True)
                self.tokens = None


def record() -> contextvars.Token:
    """Follow the tables read from now on, for a page rendered for the cache (see `stop`).

    Raises CacheUnavailable or the cache's error when the tokens cannot be read.
    """
    return _recording.set(Recording())


def recorded() -> dict[str, str] | None:
    recording = _recording.get()
    return None if recording is None else recording.tokens


def stop(token: contextvars.Token) -> None:
    _recording.reset(token)


class _RenewAfterCommit:
    """The renewal one transaction registers once, for every table it writes."""

    def __init__(self) -> None:
        self.tables: set[str] = set()

    def __call__(self) -> None:
        renew(self.tables)


def _watch_statements(execute, sql, params, many, context):
    # SQL that is not a string (composed by a driver's helpers) counts as a write of any table.
    written = tables_written(sql) if isinstance(sql, str) else frozenset({ANY_TABLE})
    if not written:
        recording = _recording.get()
        if recording is not None:
            recording.before(sql)
        return execute(sql, params, many, context)
    try:
        return execute(sql, params, many, context)
    finally:
        _changed(context["connection"], written)


def _changed(connection: BaseDatabaseWrapper, tables: frozenset[str]) -> None:
    if not connection.in_atomic_block:
        # Autocommit: the statement is committed already. (A transaction opened with
        # set_autocommit(False) has no commit hook; the renewal after the statement must do.)
        renew(tables)
        return
    now = {table for table in tables if _last_read > _last_renewal.get(table, 0)}
    if now:
        renew(now)
    # Once per transaction. A rolled-back savepoint takes its callbacks along, so a later
    # write registers again; there is no flag that could go stale.
    registered = (func for _sids, func, _robust in connection.run_on_commit)
    after_commit = next((f for f in registered if isinstance(f, _RenewAfterCommit)), None)
    if after_commit is None:
        after_commit = _RenewAfterCommit()
        connection.on_commit(after_commit, robust=True)
    after_commit.tables.update(tables)


def watch_connection(connection: BaseDatabaseWrapper, **kwargs) -> None:
    """Put the wrapper innermost, so that `execute_wrapper()` blocks still pop their own."""
    if _watch_statements not in connection.execute_wrappers:
        connection.execute_wrappers.insert(0, _watch_statements)


def install() -> None:
    """Watch every connection: those open already and each one opened from now on."""
    connection_created.connect(watch_connection, dispatch_uid="netzwerkstatt.content_generation")
    for connection in connections.all(initialized_only=True):
        watch_connection(connection)
