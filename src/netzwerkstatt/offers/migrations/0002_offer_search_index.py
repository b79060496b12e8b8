"""Full-text index over Offer.search_text, one per database backend.

SQLite: an FTS5 table (rowid = offer id) filled by offers.search. Its text is
stemmed in Python with the German Snowball stemmer, because FTS5 has no German
stemmer of its own. PostgreSQL: a GIN index on the German tsvector of the
column, which the query in offers.search uses verbatim so the index applies.
"""

from django.db import migrations

SQLITE_CREATE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS offers_offer_fts USING fts5("
    "stems, tokenize='unicode61 remove_diacritics 2')"
)
SQLITE_DROP = "DROP TABLE IF EXISTS offers_offer_fts"
POSTGRES_CREATE = (
    "CREATE INDEX IF NOT EXISTS offers_offer_search_gin ON offers_offer "
    "USING gin (to_tsvector('german'::regconfig, search_text))"
)
POSTGRES_DROP = "DROP INDEX IF EXISTS offers_offer_search_gin"


def create_index(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute(SQLITE_CREATE)
    elif vendor == "postgresql":
        schema_editor.execute(POSTGRES_CREATE)


def drop_index(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute(SQLITE_DROP)
    elif vendor == "postgresql":
        schema_editor.execute(POSTGRES_DROP)


class Migration(migrations.Migration):
    dependencies = [("offers", "0001_initial")]

    operations = [migrations.RunPython(create_index, drop_index)]
