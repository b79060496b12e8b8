"""German full-text search over offers, on SQLite (FTS5) and PostgreSQL.

Both backends see the same interface: `index_offer(offer)` after a change and
`filter_by_text(queryset, query)` to narrow a queryset. Words are matched by
stem and as prefixes, so "Jugendliche" finds "Jugendlichen" and "Hausaufgaben"
finds "Hausaufgabenhilfe"; umlauts match with or without their dots.
"""

import re
import unicodedata

import snowballstemmer
from django.db import connection
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL

_stemmer = snowballstemmer.stemmer("german")
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_QUERY_WORDS = 12


# Diacritics are stripped from Latin letters only: in Cyrillic and Arabic script they make
# other letters ("й" is not "и", "أ" is not "ا"), and PostgreSQL's index keeps them too.
_LATIN_END = "\u024f"


def _fold(word: str) -> str:
    """Lower-case and strip diacritics so "Frühstück" and "Fruhstuck" meet."""
    folded = []
    for char in unicodedata.normalize("NFC", word.casefold()):
        decomposed = unicodedata.normalize("NFKD", char)
        if decomposed[:1] <= _LATIN_END:
            folded += [part for part in decomposed if not unicodedata.combining(part)]
        else:
            folded.append(char)
    return "".join(folded)


def words(text: str) -> list[str]:
    return _WORD.findall(text or "")


def stems(text: str) -> list[str]:
    return [_fold(stem) for stem in _stemmer.stemWords([w.casefold() for w in words(text)])]


def index_offer(offer_id: int, search_text: str) -> None:
    """Bring the backend's index in line with one offer's `search_text`."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM offers_offer_fts WHERE rowid = %s", [offer_id])
            cursor.execute(
                "INSERT INTO offers_offer_fts (rowid, stems) VALUES (%s, %s)",
                [offer_id, " ".join(stems(search_text))],
            )
    # PostgreSQL's GIN index follows the column by itself.


def remove_offer(offer_id: int) -> None:
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM offers_offer_fts WHERE rowid = %s", [offer_id])


def filter_by_text(queryset: QuerySet, query: str) -> QuerySet:
    """Offers matching every word of `query`; an empty query filters nothing."""
    terms = [s for s in stems(query) if s][:MAX_QUERY_WORDS]
    if not terms:
        return queryset
    if connection.vendor == "postgresql":
        # Each stem becomes a quoted prefix term; quoting keeps user input
        # from being read as tsquery operators.
        tsquery = " & ".join("'" + term.replace("'", "") + "':*" for term in terms)
        # OFFSET 0 keeps the planner from pulling the subquery up into the directory's query:
        # it then walked the offers in title order and computed each one's tsvector until 20
        # matched (440 ms for "Hausaufgaben" among 20,000 offers); as a fence the GIN index
        # answers it once (23 ms with sort and count, bench/README.md "Web load").
        return queryset.filter(
            pk__in=RawSQL(
                "SELECT id FROM offers_offer WHERE to_tsvector('german'::regconfig, search_text)"
                " @@ to_tsquery('german'::regconfig, %s) OFFSET 0",
                [tsquery],
            )
        )
    # FTS5: a double-quoted string is a literal; the trailing * makes it a prefix.
    match = " AND ".join('"' + term.replace('"', "") + '"*' for term in terms)
    return queryset.filter(
        pk__in=RawSQL("SELECT rowid FROM offers_offer_fts WHERE offers_offer_fts MATCH %s", [match])
    )
