"""Term entries ("Begriffe"): what a network's coordinators teach the engine about words.

"Trödelmarkt" and "Flohmarkt" name the same kind of offer; "Englischkurs" and "Deutschkurs"
name different kinds. The entries extend the lexicon for this network's findings only
(`index_cache.network_lexicon`); every entry and every withdrawal is written to the audit log
and starts a recalculation of the network's findings. Nothing is learnt silently: only what a
coordinator entered here changes the engine, and the page lists it with name and date.
"""

import re
import unicodedata
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from netzwerkstatt.accounts.models import User
from netzwerkstatt.audit.models import AuditAction
from netzwerkstatt.audit.services import record_entry
from netzwerkstatt.networks.models import Network
from netzwerkstatt.synergy import index_cache
from netzwerkstatt.synergy.engine import (
    Lexicon,
    LexiconConflict,
    LexiconError,
    default_lexicon,
    entries_as_toml,
    extend_lexicon,
    kind_word,
)
from netzwerkstatt.synergy.engine.lexicon import text_stems
from netzwerkstatt.synergy.models import (
    TERM_MAX_LENGTH,
    LexiconEntry,
    SynergyRefresh,
    TermRelation,
)
from netzwerkstatt.synergy.selectors import last_refresh

#: Words of German (Latin) letters, umlauts and accents of loan words ("Café"), joined by
#: single spaces or hyphens: "Flohmarkt", "Eltern-Kind-Gruppe", "Deutsch lernen".
_TERM = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿ]+(?:[ -][A-Za-zÀ-ÖØ-öø-ÿ]+)*$")


def clean_term(value: str) -> str:
    """The term as it is stored: NFC, single spaces; a German message for a bad one."""
    term = " ".join(unicodedata.normalize("NFC", value or "").split())
    if not term:
        raise ValidationError(_("Please enter both terms."))
    if len(term) > TERM_MAX_LENGTH:
        raise ValidationError(
            _("“%(term)s…” is too long: a term may have at most %(max)s characters.")
            % {"term": term[:20], "max": TERM_MAX_LENGTH}
        )
    if not _TERM.match(term) or not text_stems(term):
        raise ValidationError(
            _("“%(term)s”: please use words in German letters, joined by spaces or hyphens.")
            % {"term": term}
        )
    return term


def _key(term: str) -> tuple[str, ...]:
    return tuple(text_stems(term))


def active_entries(network: Network) -> QuerySet[LexiconEntry]:
    return LexiconEntry.objects.filter(network=network, withdrawn_at__isnull=True)


def _schedule_refresh(network: Network) -> None:
    # No index_cache.forget: the entries' version is part of the cached index's key, so every
    # process rebuilds it on its next use; dropping it would also throw away the
    # organisation ranking, which entries do not change.
    from netzwerkstatt.synergy.tasks import schedule_network_refresh

    schedule_network_refresh(network.pk)


def _conflict_message(conflict: LexiconConflict) -> str:
    if conflict.in_base:
        return _(
            "The installation’s lexicon counts “%(first)s” and “%(second)s” as the same kind "
            "of offer; a network cannot separate them. Please ask the administrators."
        ) % {"first": conflict.first, "second": conflict.second}
    return _(
        "“%(first)s” and “%(second)s” would be different kinds and, through “%(chain)s”, the "
        "same kind at once. Withdraw one of these entries first."
    ) % {"first": conflict.first, "second": conflict.second, "chain": " = ".join(conflict.chain)}


@transaction.atomic
def add_entry(
    network: Network, *, relation: str, term_a: str, term_b: str, by: User | None
) -> LexiconEntry:
    """Record one entry; a ValidationError with a German message changes nothing."""
    if relation not in TermRelation.values:
        raise ValidationError(_("Unknown relation. Nothing was saved."))
    term_a, term_b = clean_term(term_a), clean_term(term_b)
    if _key(term_a) == _key(term_b):
        raise ValidationError(
            _("“%(first)s” and “%(second)s” are the same word.")
            % {"first": term_a, "second": term_b}
        )
    # Serialise entries of one network, so two coordinators cannot save a contradiction.
    Network.objects.select_for_update().filter(pk=network.pk).first()
    entries = list(
        active_entries(network).select_related("created_by").order_by("created_at", "pk")
    )
    pair = {_key(term_a), _key(term_b)}
    for entry in entries:
        if {_key(entry.term_a), _key(entry.term_b)} != pair:
            continue
        if entry.relation == relation:
            raise ValidationError(_("This entry already exists: “%(entry)s”.") % {"entry": entry})
        raise ValidationError(
            _(
                "This contradicts the entry “%(entry)s” of %(date)s. Withdraw that entry first "
                "if it is wrong."
            )
            % {"entry": entry, "date": formats.date_format(entry.created_at, "SHORT_DATE_FORMAT")}
        )
    rows = [(e.relation, e.term_a, e.term_b) for e in entries] + [(relation, term_a, term_b)]
    try:
        extend_lexicon(default_lexicon(), rows)
    except LexiconConflict as conflict:
        raise ValidationError(_conflict_message(conflict)) from None
    except LexiconError:
        raise ValidationError(_("These terms cannot be used. Nothing was saved.")) from None
    entry = LexiconEntry.objects.create(
        network=network, relation=relation, term_a=term_a, term_b=term_b, created_by=by
    )
    record_entry(
        action=AuditAction.SYNERGY_TERM_ADDED,
        actor=by,
        network=network,
        target=entry,
        label=str(entry),
        after={"relation": relation, "term_a": term_a, "term_b": term_b},
    )
    _schedule_refresh(network)
    return entry


@transaction.atomic
def withdraw_entry(entry: LexiconEntry, *, by: User | None) -> LexiconEntry:
    """Withdraw an entry; it stays listed as withdrawn, and the findings are recalculated."""
    updated = LexiconEntry.objects.filter(pk=entry.pk, withdrawn_at__isnull=True).update(
        withdrawn_at=timezone.now(), withdrawn_by=by
    )
    if not updated:
        raise ValidationError(_("This entry has already been withdrawn."))
    entry.refresh_from_db()
    record_entry(
        action=AuditAction.SYNERGY_TERM_WITHDRAWN,
        actor=by,
        network=entry.network,
        target=entry,
        label=str(entry),
        before={"relation": entry.relation, "term_a": entry.term_a, "term_b": entry.term_b},
    )
    _schedule_refresh(entry.network)
    return entry


# -- reading -------------------------------------------------------------------------------


@dataclass
class TermsPage:
    active: list[LexiconEntry]
    withdrawn: list[LexiconEntry]
    last_refresh: SynergyRefresh | None
    #: Set when the entries no longer fit the installation's lexicon and are not applied.
    problem: str


def terms_of_network(network: Network) -> TermsPage:
    """The network's entries, each marked whether the last full calculation used it."""
    entries = list(
        LexiconEntry.objects.filter(network=network).select_related("created_by", "withdrawn_by")
    )
    last = last_refresh(network)
    for entry in entries:
        changed = entry.withdrawn_at or entry.created_at
        entry.pending = last is None or last.finished_at < changed
    return TermsPage(
        active=[e for e in entries if e.withdrawn_at is None],
        withdrawn=[e for e in entries if e.withdrawn_at is not None],
        last_refresh=last,
        problem=index_cache.network_lexicon(network).error,
    )


def get_entry(network: Network, pk: int) -> LexiconEntry | None:
    return LexiconEntry.objects.filter(network=network, pk=pk).select_related("network").first()


def kind_words(
    first_title: str, second_title: str, lexicon: Lexicon | None = None
) -> tuple[str, str] | None:
    """What the two titles say the offers are, as words to prefill an entry; None if unclear
    or if the lexicon (the network's, with its entries) already counts them as one kind."""
    lexicon = lexicon or default_lexicon()
    first, second = kind_word(lexicon, first_title), kind_word(lexicon, second_title)
    if not first or not second or _key(first) == _key(second):
        return None
    if not _TERM.match(first) or not _TERM.match(second):
        return None
    return first, second


# -- export --------------------------------------------------------------------------------


def export_toml(network: Network | None = None) -> str:
    """The active entries of one network (or of all) as a lexicon file of the shipped form.

    Raises ValidationError when the entries of several networks contradict each other.
    """
    entries = LexiconEntry.objects.filter(withdrawn_at__isnull=True).select_related("network")
    if network is not None:
        entries = entries.filter(network=network)
    entries = list(entries.order_by("network__slug", "created_at", "pk"))
    names = sorted({e.network.name for e in entries})
    origin = (
        f"Entered by the coordinators of the network {network.name} ({network.slug})"
        if network is not None
        else f"Entered by the coordinators of the networks: {', '.join(names) or '-'}"
    )
    header = "\n".join(
        [
            "Offer kinds entered on the page 'Begriffe' of Netzwerkstatt.",
            f"{origin}; exported {timezone.now():%Y-%m-%d}.",
            "Same licence as offer_kinds.toml: AGPL-3.0-or-later.",
            "Review before adding it to SYNERGY_LEXICON_FILES (it then applies to all networks).",
        ]
    )
    try:
        return entries_as_toml(
            default_lexicon(), [(e.relation, e.term_a, e.term_b) for e in entries], header=header
        )
    except LexiconError as error:
        raise ValidationError(str(error)) from None
