"""The page cache for visitors without a login, and the table tokens that renew it (one process).

The same exactness across two processes: tests/core/test_page_cache_processes.py.
"""

import re

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.core.cache.backends.base import BaseCache
from django.db import connection, transaction
from django.test import Client, RequestFactory
from django.urls import reverse

from netzwerkstatt.core import content_generation, page_cache
from netzwerkstatt.core.cache_config import caches_from_url
from netzwerkstatt.core.models import Topic
from netzwerkstatt.networks.models import Membership
from netzwerkstatt.news.services import approve_comment
from netzwerkstatt.offers.models import Offer
from netzwerkstatt.offers.services import update_offer
from tests.events.factories import EventFactory
from tests.factories import MembershipFactory, OfferFactory, OrganisationFactory, TopicFactory
from tests.meetings.factories import MeetingFactory
from tests.news.factories import CommentFactory, PostFactory

CSRF_INPUT = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')
STARTED_INPUT = re.compile(rb'name="started" value="([^"]+)"')


class BrokenCache(BaseCache):
    """A cache server that does not answer."""

    def __init__(self, location, params):
        super().__init__(params)

    def _fail(self, *args, **kwargs):
        raise ConnectionError("the cache server does not answer")

    add = get = set = touch = delete = clear = incr = has_key = get_many = set_many = _fail


BROKEN_CACHES = {
    "default": {"BACKEND": "tests.core.test_page_cache.BrokenCache"},
    "fragments": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


def state(response) -> str | None:
    return response.headers.get("X-Page-Cache")


# --- CACHE_URL --------------------------------------------------------------------------------


def test_cache_url_chooses_the_backend(tmp_path):
    default = caches_from_url("", tmp_path)["default"]
    assert default["BACKEND"].endswith("FileBasedCache")
    assert default["LOCATION"] == str(tmp_path / "cache")
    assert default["OPTIONS"]["MAX_ENTRIES"] >= 20000
    redis = caches_from_url("redis://cache.internal:6379/2", tmp_path)["default"]
    assert redis["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert redis["LOCATION"] == "redis://cache.internal:6379/2"
    assert caches_from_url("locmem://", tmp_path)["default"]["BACKEND"].endswith("LocMemCache")
    assert caches_from_url("file:///srv/cache", tmp_path)["default"]["LOCATION"] == "/srv/cache"


@pytest.mark.parametrize("url", ["memcached://localhost", "file://relative", "nonsense"])
def test_an_unknown_cache_url_is_refused_clearly(url, tmp_path):
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured, match="CACHE_URL"):
        caches_from_url(url, tmp_path)


# --- Which statements renew a token -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sql", "tables"),
    [
        ('INSERT INTO "offers_offer" ("title") VALUES (%s)', {"offers_offer"}),
        ('UPDATE "offers_offer" SET "title" = %s WHERE "id" = %s', {"offers_offer"}),
        ('DELETE FROM "news_comment" WHERE "id" IN (%s)', {"news_comment"}),
        ("REPLACE INTO core_topic (name) VALUES (?)", {"core_topic"}),
        ("INSERT OR REPLACE INTO core_topic (name) VALUES (?)", {"core_topic"}),
        ('INSERT INTO "core_topic" ("slug") VALUES (%s) ON CONFLICT DO NOTHING', {"core_topic"}),
        ('UPDATE "public"."networks_membership" SET "role" = %s', {"networks_membership"}),
        ("/* a comment */ update networks_membership set role = 'x'", {"networks_membership"}),
        ("WITH gone AS (DELETE FROM offers_offer RETURNING id) SELECT 1", {"*"}),
        ('ALTER TABLE "offers_offer" ADD COLUMN "x" integer', {"*"}),
        ('SELECT "offers_offer"."id" FROM "offers_offer"', set()),
        ("SELECT 1 FROM offers_offer WHERE title = 'DELETE FROM x'", set()),
        ('UPDATE "django_session" SET "session_data" = %s', set()),
        ('INSERT INTO "axes_accessattempt" ("username") VALUES (%s)', set()),
        ('DELETE FROM "django_tasks_database_dbtaskresult"', set()),
        ('INSERT INTO "audit_auditentry" ("action") VALUES (%s)', set()),
        ('UPDATE "accounts_user" SET "last_login" = %s WHERE "accounts_user"."id" = %s', set()),
        (
            'UPDATE "accounts_user" SET "first_name" = %s WHERE "accounts_user"."id" = %s',
            {"accounts_user"},
        ),
        ("SAVEPOINT s1", set()),
        ("BEGIN IMMEDIATE", set()),
    ],
)
def test_the_tables_a_statement_can_change_on_public_pages(sql, tables):
    assert content_generation.tables_written(sql) == tables


@pytest.mark.parametrize(
    ("sql", "tables"),
    [
        ('SELECT "offers_offer"."id" FROM "offers_offer"', {"offers_offer"}),
        (
            'SELECT COUNT(*) FROM "offers_offer" INNER JOIN "networks_organisation" '
            'ON ("offers_offer"."organisation_id" = "networks_organisation"."id") '
            'LEFT OUTER JOIN "public"."core_district" T3 ON (T3."id" = 1)',
            {"offers_offer", "networks_organisation", "core_district"},
        ),
        (
            'SELECT 1 FROM "offers_offer" WHERE EXISTS(SELECT 1 AS "a" FROM '
            '"networks_membership" U0 WHERE U0."id" = 1) AND "offers_offer"."id" IN '
            "(SELECT rowid FROM offers_offer_fts WHERE offers_offer_fts MATCH %s)",
            {"offers_offer", "networks_membership", "offers_offer_fts"},
        ),
        ("WITH x AS (SELECT id FROM core_topic) SELECT * FROM x", {"core_topic", "x"}),
        ("SELECT 1", set()),
        ('UPDATE "django_session" SET "session_data" = %s', set()),
        ("SAVEPOINT s1", set()),
        ("RELEASE SAVEPOINT s1", set()),
        ("SET TIME ZONE 'UTC'", set()),
        # Statements whose reads are not followed: such a page is not kept.
        ("TABLE offers_offer", None),
        ("EXPLAIN SELECT * FROM offers_offer", None),
        ("SELECT * FROM offers_offer, core_topic", None),
        ("SELECT * FROM offers_offer o , core_topic t", None),
        ('SELECT * FROM "offers_offer" ORDER BY "title", "id"', {"offers_offer"}),
    ],
)
def test_the_tables_a_statement_reads(sql, tables):
    assert content_generation.tables_read(sql) == (None if tables is None else frozenset(tables))


def renewed(action, table: str = "offers_offer") -> bool:
    before = content_generation.tokens([table])
    action()
    return content_generation.tokens([table]) != before


@pytest.mark.django_db
def test_writes_of_every_kind_renew_the_token_of_their_table(world):
    offer = OfferFactory(organisation=world.member_org)
    assert renewed(lambda: offer.save())
    assert renewed(lambda: Offer.objects.filter(pk=offer.pk).update(title="Neu"))
    assert renewed(lambda: Topic.objects.bulk_create([Topic(slug="neu", name="Neu")]), "core_topic")
    assert renewed(lambda: Topic.objects.filter(slug="neu").delete(), "core_topic")
    with connection.cursor() as cursor:
        assert renewed(lambda: cursor.execute("UPDATE core_topic SET name = name"), "core_topic")
    # Only the written table's token changes.
    assert not renewed(lambda: Topic.objects.update(name="x"), "offers_offer")


@pytest.mark.django_db
def test_reads_and_sessions_leave_the_tokens_alone(world):
    assert not renewed(lambda: list(Offer.objects.all()))

    def session():
        store = SessionStore()
        store["x"] = 1
        store.save()

    assert not renewed(session, "django_session")
    assert not renewed(session, content_generation.ANY_TABLE)


def registered_renewals() -> list:
    return [
        func
        for _sids, func, _robust in connection.run_on_commit
        if isinstance(func, content_generation._RenewAfterCommit)
    ]


@pytest.mark.django_db
def test_one_renewal_after_the_commit_per_transaction_for_all_its_tables():
    # The test's own transaction may hold a renewal registered by a fixture's write (it never
    # commits, so the callback would never run): start from none.
    connection.run_on_commit.clear()
    assert registered_renewals() == []
    with transaction.atomic():
        try:
            with transaction.atomic():
                Topic.objects.update(name="y")
                assert len(registered_renewals()) == 1
                raise RuntimeError
        except RuntimeError:
            pass
        # The rolled-back savepoint took its callback along; the next write registers again.
        assert registered_renewals() == []
        Topic.objects.update(name="z")
        Offer.objects.update(title="z")
        Topic.objects.bulk_create([Topic(slug="neu", name="Neu")])
        (renewal,) = registered_renewals()
        assert renewal.tables == {"core_topic", "offers_offer"}


# --- What is cached ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_public_page_is_rendered_once_then_served_from_the_cache(world, client):
    from django.test.utils import CaptureQueriesContext

    url = reverse("offers:list")
    first = client.get(url)
    assert state(first) == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = client.get(url)
    assert len(queries) == 0
    assert state(second) == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert second["Content-Language"] == "de"
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


@pytest.mark.django_db
def test_a_cached_answer_keeps_the_views_own_cache_control(world, client):
    url = reverse("offers:map_districts")
    first = client.get(url)
    second = client.get(url)
    assert state(second) == "hit"
    assert "max-age=3600" in first["Cache-Control"]
    assert second["Cache-Control"] == first["Cache-Control"]


@pytest.mark.django_db
def test_pages_are_compressed_once_and_served_compressed(world, client, settings):
    import gzip

    OfferFactory(organisation=world.member_org, title="Yoga am Morgen")
    url = reverse("offers:list")
    plain = client.get(url)
    packed = client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert (state(plain), state(packed)) == ("miss", "hit")
    assert "Content-Encoding" not in plain
    assert packed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed["Vary"]
    assert gzip.decompress(packed.content) == plain.content
    assert int(packed["Content-Length"]) == len(packed.content)

    # A page with a form is filled in for each visitor, then compressed for each answer.
    event = EventFactory(network=world.network, organiser=world.member_org)
    for _ in range(2):
        page = Client().get(event.get_absolute_url(), HTTP_ACCEPT_ENCODING="gzip")
        assert page["Content-Encoding"] == "gzip"
        body = gzip.decompress(page.content)
        assert CSRF_INPUT.search(body)
        assert page_cache.csrf_placeholder().encode() not in body
    assert state(page) == "hit"


@pytest.mark.django_db
def test_the_key_holds_address_language_htmx_consent_and_day(world):
    factory = RequestFactory()

    def key(path="/angebote/", **extra):
        request = factory.get(path, **extra)
        return page_cache.cache_key(request)

    base = key()
    assert key() == base
    assert key("/en/angebote/") != base
    assert key("/angebote/?q=Sport") != base
    assert key(HTTP_HX_REQUEST="true") != base
    assert key(HTTP_COOKIE="karte=kacheln") != base
    assert key(HTTP_COOKIE="csrftoken=abc") == base
    # A consent value the map does not know is no consent: no new page for each made-up one.
    assert key(HTTP_COOKIE="karte=irgendwas") == key(HTTP_COOKIE="karte=nochwas") == base


def test_the_key_holds_the_release_and_its_settings(settings, tmp_path):
    assert page_cache.release_fingerprint() == page_cache.release_fingerprint()
    before = page_cache.release_fingerprint()
    settings.SITE_NAME = "Anderer Name"
    assert page_cache.release_fingerprint() != before
    # A new SECRET_KEY makes new placeholders: pages with the old ones are not served.
    renamed = page_cache.release_fingerprint()
    settings.SECRET_KEY = "ein-anderer-schluessel-" + "x" * 40
    assert page_cache.release_fingerprint() != renamed
    (tmp_path / "views.py").write_text("a = 1")
    code = page_cache.code_fingerprint(tmp_path)
    (tmp_path / "views.py").write_text("a = 2")
    assert page_cache.code_fingerprint(tmp_path) != code


@pytest.mark.django_db
def test_the_key_holds_the_day(world, monkeypatch):
    import datetime

    request = RequestFactory().get("/angebote/")
    today = page_cache.cache_key(request)
    monkeypatch.setattr(
        page_cache.timezone, "localdate", lambda: datetime.date.today() + datetime.timedelta(1)
    )
    assert page_cache.cache_key(request) != today


@pytest.mark.django_db
def test_private_and_personal_answers_are_not_cached(world, client, settings):
    url = reverse("offers:list")
    client.force_login(world.member, backend="django.contrib.auth.backends.ModelBackend")
    assert state(client.get(url)) is None
    client.logout()
    # A visitor with a session (a cookie from an earlier login) or a pending message.
    assert state(Client(HTTP_COOKIE=f"{settings.SESSION_COOKIE_NAME}=x").get(url)) is None
    assert state(Client(HTTP_COOKIE="messages=x").get(url)) is None
    assert state(client.post(url)) is None
    assert state(client.get("/angebote/999999/")) is None  # 404
    assert state(client.get(reverse("accounts:login"))) is None
    assert state(client.get("/admin/login/")) is None
    assert state(client.get(reverse("operations:healthz"))) is None
    settings.PAGE_CACHE_ENABLED = False
    assert state(client.get(url)) is None


def test_every_public_view_name_exists():
    from django.urls import NoReverseMatch

    for name in page_cache.PUBLIC_VIEWS:
        try:
            reverse(name)
        except NoReverseMatch as error:
            # Views with arguments: the name is known, only the arguments are missing.
            assert "with no arguments not found" in str(error) or "arguments '()'" in str(error)


# --- Per-visitor values in cached pages -------------------------------------------------------


@pytest.mark.django_db
def test_cached_forms_carry_each_visitors_own_csrf_token(world, settings):
    settings.PUBLIC_FORM_MIN_SECONDS = 0
    event = EventFactory(network=world.network, organiser=world.member_org)
    url = event.get_absolute_url()
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    page_one = first.get(url)
    page_two = second.get(url)
    assert (state(page_one), state(page_two)) == ("miss", "hit")
    for page in (page_one, page_two):
        assert page_cache.csrf_placeholder().encode() not in page.content
        assert page_cache.bot_trap_placeholder().encode() not in page.content
        assert settings.CSRF_COOKIE_NAME in page.cookies
    token_one = CSRF_INPUT.search(page_one.content).group(1).decode()
    token_two = CSRF_INPUT.search(page_two.content).group(1).decode()
    assert page_one.cookies[settings.CSRF_COOKIE_NAME].value != (
        page_two.cookies[settings.CSRF_COOKIE_NAME].value
    )
    started = STARTED_INPUT.search(page_two.content).group(1).decode()

    # The second visitor registers with the token and the stamp of the cached page.
    response = second.post(
        reverse("events:register", args=[event.pk]),
        {
            "csrfmiddlewaretoken": token_two,
            "started": started,
            "fax": "",
            "name": "Aylin",
            "email": "aylin@example.org",
            "people": "1",
        },
    )
    assert response.status_code == 302
    assert event.registrations.count() == 1
    # The first visitor's token is no good for the second.
    refused = second.post(
        reverse("events:register", args=[event.pk]),
        {"csrfmiddlewaretoken": token_one, "name": "X", "email": "x@example.org", "people": "1"},
    )
    assert refused.status_code == 403


# --- Exactness within one process -------------------------------------------------------------


@pytest.fixture
def commits(django_capture_on_commit_callbacks):
    """Writes as a request makes them: committed, with their after-commit work done."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.mark.django_db
def test_an_edited_offer_shows_at_once(world, client, commits):
    offer = OfferFactory(organisation=world.member_org, title="Yoga am Morgen")
    pages = [offer.get_absolute_url(), reverse("offers:list"), reverse("offers:map_data")]
    for url in pages:
        client.get(url)
        assert state(client.get(url)) == "hit"
    with commits():
        update_offer(offer, data={"title": "Yoga am Abend"}, by=world.member)
    for url in pages:
        assert state(client.get(url)) == "miss"
    for url in pages[:2]:
        page = client.get(url).content.decode()
        assert "Yoga am Abend" in page
        assert "Yoga am Morgen" not in page


@pytest.mark.django_db
def test_a_new_membership_shows_at_once(world, client, commits):
    newcomer = OrganisationFactory(slug="neu", name="Nachbarschaftshilfe Neu")
    url = reverse("networks:detail", args=[world.network.slug])
    assert "Nachbarschaftshilfe Neu" not in client.get(url).content.decode()
    with commits():
        MembershipFactory(network=world.network, organisation=newcomer)
    assert "Nachbarschaftshilfe Neu" in client.get(url).content.decode()
    with commits():
        Membership.objects.filter(organisation=newcomer).delete()
    assert "Nachbarschaftshilfe Neu" not in client.get(url).content.decode()


@pytest.mark.django_db
def test_an_approved_comment_shows_at_once(world, client, commits):
    post = PostFactory(network=world.network)
    comment = CommentFactory(post=post, body="Tolle Idee!")
    url = post.get_absolute_url()
    assert "Tolle Idee!" not in client.get(url).content.decode()
    assert state(client.get(url)) == "hit"
    with commits():
        approve_comment(comment, by=world.coordinator)
    assert "Tolle Idee!" in client.get(url).content.decode()


@pytest.mark.django_db
def test_a_changed_taxonomy_term_shows_at_once(world, client, commits):
    topic = TopicFactory(name="Gärtnern")
    offer = OfferFactory(organisation=world.member_org, topics=[topic])
    url = offer.get_absolute_url()
    assert "Gärtnern" in client.get(url).content.decode()
    with commits():
        Topic.objects.filter(pk=topic.pk).update(name="Urbanes Gärtnern")
    assert "Urbanes Gärtnern" in client.get(url).content.decode()


@pytest.mark.django_db
def test_a_deleted_event_leaves_the_calendar_at_once(world, client, commits):
    event = EventFactory(network=world.network, organiser=world.member_org, title="Sommerfest")
    url = reverse("events:calendar")
    assert "Sommerfest" in client.get(url).content.decode()
    assert state(client.get(url)) == "hit"
    with commits():
        event.delete()
    assert "Sommerfest" not in client.get(url).content.decode()


# --- A cache that is down ---------------------------------------------------------------------


@pytest.mark.django_db
def test_pages_and_writes_go_on_without_the_cache(world, client, settings, monkeypatch, commits):
    monkeypatch.setattr(page_cache, "REST_AFTER_ERROR_SECONDS", 0)
    offer = OfferFactory(organisation=world.member_org, title="Yoga am Morgen")
    settings.CACHES = BROKEN_CACHES
    for url in [offer.get_absolute_url(), reverse("offers:list"), reverse("offers:list")]:
        response = client.get(url)
        assert response.status_code == 200
        assert state(response) is None
    with commits():
        update_offer(offer, data={"title": "Yoga am Abend"}, by=world.member)
    assert Offer.objects.get(pk=offer.pk).title == "Yoga am Abend"
    assert "Yoga am Abend" in client.get(offer.get_absolute_url()).content.decode()
    # The API's rate limits count in the cache too: without it they let requests through.
    assert client.get("/api/v1/networks/").status_code == 200
    health = client.get(reverse("operations:healthz")).json()
    assert health["status"] == "degraded"
    assert health["checks"]["cache"]["status"] == "failing"


@pytest.mark.django_db
def test_a_renewal_that_failed_is_made_before_the_next_page(world, settings):
    before = content_generation.tokens(["offers_offer"])
    working = settings.CACHES
    settings.CACHES = BROKEN_CACHES
    content_generation.renew({"offers_offer"})  # logged, not raised
    with pytest.raises(Exception):  # noqa: B017 – whatever the backend raises
        content_generation.check_pending()
    settings.CACHES = working  # the same memory as before the failure
    # A page stored with the old token is not used any more.
    assert not content_generation.still_current(before)
    assert content_generation.tokens(["offers_offer"]) != before


@pytest.mark.django_db
def test_healthz_reports_a_redis_server_that_does_not_answer(world, client, settings, tmp_path):
    pytest.importorskip("redis")
    # Port 9 (discard) answers nobody on this machine.
    settings.CACHES = {
        **caches_from_url("redis://127.0.0.1:9/0", tmp_path),
        "fragments": settings.CACHES["fragments"],
    }
    response = client.get(reverse("operations:healthz"))
    assert response.status_code == 200
    assert response.json()["checks"]["cache"]["status"] == "failing"
    assert client.get(reverse("offers:list")).status_code == 200


# --- Only pages that read a written table are renewed ----------------------------------------


def stored_tables(client, url) -> set[str]:
    from django.core.cache import cache

    response = client.get(url)
    assert state(response) in ("miss", "hit")
    return set(cache.get(page_cache.cache_key(response.wsgi_request))["tokens"])


@pytest.mark.django_db
def test_a_page_is_kept_with_the_tables_it_read(world, client):
    OfferFactory(organisation=world.member_org, title="Yoga am Morgen")
    tables = stored_tables(client, reverse("offers:list"))
    assert {content_generation.ANY_TABLE, "offers_offer", "networks_organisation"} <= tables
    assert "meetings_meeting" not in tables
    assert "news_comment" not in tables


@pytest.mark.django_db
def test_a_write_elsewhere_keeps_the_page_and_a_write_it_read_renews_it(world, client, commits):
    from netzwerkstatt.meetings.models import Meeting

    offer = OfferFactory(organisation=world.member_org, title="Yoga am Morgen")
    url = reverse("offers:list")
    client.get(url)
    # A coordinator's work the offers directory does not show: a meeting and its place.
    with commits():
        MeetingFactory(network=world.network)
        Meeting.objects.update(location="Nachbarschaftsladen")
    assert state(client.get(url)) == "hit"
    with commits():
        Offer.objects.filter(pk=offer.pk).update(title="Yoga am Abend")
    response = client.get(url)
    assert state(response) == "miss"
    assert "Yoga am Abend" in response.content.decode()


@pytest.mark.django_db
def test_a_schema_change_renews_every_page(world, client):
    url = reverse("offers:list")
    client.get(url)
    assert state(client.get(url)) == "hit"
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE netzwerkstatt_probe (id integer)")
        cursor.execute("DROP TABLE netzwerkstatt_probe")
    assert state(client.get(url)) == "miss"


@pytest.mark.django_db
def test_a_page_whose_reads_cannot_be_told_is_not_kept(world):
    recording = content_generation.record()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM core_topic, core_district")
        assert content_generation.recorded() is None
    finally:
        content_generation.stop(recording)
    assert content_generation.recorded() is None


@pytest.mark.django_db
def test_a_token_is_read_before_the_statement_that_reads_its_table(world, monkeypatch):
    """A write committed after the page's read renews a token the page holds, never one it
    has not read yet (which would keep stale rows under a new token)."""
    order = []
    real_tokens = content_generation.tokens
    monkeypatch.setattr(
        content_generation,
        "tokens",
        lambda tables: order.append(("token", set(tables))) or real_tokens(tables),
    )
    recording = content_generation.record()
    try:
        with connection.execute_wrapper(
            lambda execute, sql, *args: order.append(("sql", sql)) or execute(sql, *args)
        ):
            list(Topic.objects.all())
    finally:
        content_generation.stop(recording)
    assert order[0] == ("token", {content_generation.ANY_TABLE})  # when the recording starts
    assert order[1] == ("token", {"core_topic"})
    assert order[2][0] == "sql"


@pytest.mark.django_db
def test_the_schema_changes_no_rows_unseen(world):
    """Triggers, rules and cascading foreign keys would change rows without SQL naming their
    table, and pages that read those rows would be kept (core.content_generation)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")
            assert cursor.fetchall() == []
            cursor.execute("SELECT rulename FROM pg_rules WHERE schemaname = current_schema()")
            assert cursor.fetchall() == []
            cursor.execute(
                "SELECT constraint_name FROM information_schema.referential_constraints "
                "WHERE constraint_schema = current_schema() "
                "AND (delete_rule <> 'NO ACTION' OR update_rule <> 'NO ACTION')"
            )
            assert cursor.fetchall() == []
        else:
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            assert cursor.fetchall() == []
            cursor.execute(
                'SELECT m.name, f."table" FROM sqlite_master m, '
                "pragma_foreign_key_list(m.name) f WHERE m.type = 'table' "
                "AND (f.on_delete <> 'NO ACTION' OR f.on_update <> 'NO ACTION')"
            )
            assert cursor.fetchall() == []


@pytest.mark.django_db
def test_every_kind_of_public_page_can_be_kept(world, client):
    """No public page reads something whose tables cannot be told (which would make it
    uncacheable and slow on a city's data without any test noticing)."""
    import datetime

    offer = OfferFactory(organisation=world.member_org, title="Hausaufgabenhilfe")
    event = EventFactory(network=world.network, organiser=world.member_org)
    post = PostFactory(network=world.network)
    today = datetime.date.today()
    urls = [
        reverse("networks:home"),
        reverse("networks:detail", args=[world.network.slug]),
        reverse("networks:organisation_list"),
        reverse("networks:organisation", args=[world.member_org.slug]),
        reverse("offers:list"),
        reverse("offers:list") + "?q=Hausaufgaben",
        reverse("offers:list") + "?seite=2",
        offer.get_absolute_url(),
        reverse("offers:map_data"),
        reverse("offers:public_need_list", args=[world.network.slug]),
        reverse("events:calendar"),
        reverse("events:month", args=[today.year, today.month]),
        event.get_absolute_url(),
        reverse("news:archive", args=[world.network.slug]),
        post.get_absolute_url(),
        "/en/angebote/",
        "/ar/",
    ]
    for url in urls:
        first = client.get(url)
        assert first.status_code == 200, url
        assert (state(first), state(client.get(url))) == ("miss", "hit"), url
