"""Term entries ("Begriffe"): what a network's coordinators teach the engine about words.

"Trödelmarkt" and "Flohmarkt" name the same kind of offer; "Englischkurs" and "Deutschkurs"
name different kinds; "Gerichtsvollzieher" in a need tells of a situation that
"Schuldnerberatung" meets. The entries extend the lexicon for this network's findings and need
suggestions only (`index_cache.network_lexicon`); every entry and every withdrawal is written
to the audit log and starts a recalculation of the network's findings. Nothing is learnt
silently: only what a coordinator entered here changes the engine, and the page lists it with
name and date.
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
    SituationNamesKind,
    UnknownKind,
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
    # No index_cache.forget: the entries' version is part of the keys of the cached index and
    # of the organisation ranking, so every process rebuilds them on their next use.
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


def _unknown_kind_message(term: str) -> str:
    return _(
        "“%(term)s” is no kind of offer the synergy search knows. Enter a kind it knows, or "
        "first record with “the same kind of offer” which known kind “%(term)s” belongs to. "
        "Nothing was saved."
    ) % {"term": term}


def _situation_names_kind_message(situation: str, kind: str) -> str:
    return _(
        "“%(situation)s” is itself a name of the kind of offer “%(kind)s”, not a situation: "
        "needs that say it find these offers already. Please enter words that describe the "
        "situation, for example “Gerichtsvollzieher” for “Schuldnerberatung”. Nothing was saved."
    ) % {"situation": situation, "kind": kind}


def _refuse_known_situation(
    base: Lexicon, extended: Lexicon, entries: list[LexiconEntry], situation: str, term: str
) -> None:
    """A situation the network's lexicon already leads to that kind would change nothing."""
    kind = extended.kind_named(term)
    if kind is None:  # extend_lexicon has checked it
        return
    key = _key(situation)
    for entry in entries:
        if (
            entry.relation == TermRelation.SITUATION
            and _key(entry.term_a) == key
            and extended.kind_named(entry.term_b) == kind
        ):
            raise ValidationError(_("This entry already exists: “%(entry)s”.") % {"entry": entry})
    # The base kinds the network's "same" entries merged into this one are among its names.
    merged = {kind, *extended.kinds.get(kind, ())}
    for base_kind, words in base.situations.items():
        if base_kind in merged and any(_key(word) == key for word in words):
            raise ValidationError(
                _(
                    "The installation’s lexicon already leads from “%(situation)s” in a need "
                    "to “%(kind)s”. Nothing was saved."
                )
                % {"situation": situation, "kind": kind}
            )


@transaction.atomic
def add_entry(
    network: Network, *, relation: str, term_a: str, term_b: str, by: User | None
) -> LexiconEntry:
    """Record one entry; a ValidationError with a German message changes nothing.

    For a situation, `term_a` is the situation as needs write it and `term_b` a term that
    names a kind of offer the network's lexicon knows.
    """
    if relation not in TermRelation.values:
        raise ValidationError(_("Unknown relation. Nothing was saved."))
    term_a, term_b = clean_term(term_a), clean_term(term_b)
    # A situation equal to its kind is explained by the lexicon below (a kind's name, or none).
    if _key(term_a) == _key(term_b) and relation != TermRelation.SITUATION:
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
        # A situation points one way: "A → B" and "B → A" are not the same entry.
        same_way = _key(entry.term_a) == _key(term_a) or relation != TermRelation.SITUATION
        if entry.relation == relation and same_way:
            raise ValidationError(_("This entry already exists: “%(entry)s”.") % {"entry": entry})
        raise ValidationError(
            _(
                "This contradicts the entry “%(entry)s” of %(date)s. Withdraw that entry first "
                "if it is wrong."
            )
            % {"entry": entry, "date": formats.date_format(entry.created_at, "SHORT_DATE_FORMAT")}
        )
    rows = [(e.relation, e.term_a, e.term_b) for e in entries] + [(relation, term_a, term_b)]
    base = default_lexicon()
    try:
        extended = extend_lexicon(base, rows)
    except LexiconConflict as conflict:
        raise ValidationError(_conflict_message(conflict)) from None
    except UnknownKind as unknown:
        raise ValidationError(_unknown_kind_message(unknown.term)) from None
    except SituationNamesKind as named:
        raise ValidationError(_situation_names_kind_message(named.situation, named.kind)) from None
    except LexiconError:
        raise ValidationError(_("These terms cannot be used. Nothing was saved.")) from None
    if relation == TermRelation.SITUATION:
        _refuse_known_situation(base, extended, entries, term_a, term_b)
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


def _refuse_orphaned_situation(entry: LexiconEntry) -> None:
    """A situation entry may point to a kind that only this entry makes (a "same" entry of two
    new terms); withdrawn, it would leave the situation without a kind, and then none of the
    network's entries would apply."""
    entries = list(active_entries(entry.network).order_by("created_at", "pk"))
    remaining = [e for e in entries if e.pk != entry.pk]
    base = default_lexicon()
    try:
        extend_lexicon(base, [(e.relation, e.term_a, e.term_b) for e in remaining])
    except UnknownKind as unknown:
        try:
            extend_lexicon(base, [(e.relation, e.term_a, e.term_b) for e in entries])
        except LexiconError:
            return  # broken already (the installation's lexicon changed): withdrawing may mend it
        raise ValidationError(
            _(
                "The entry “%(entry)s” needs this one: without it, “%(term)s” is no kind of "
                "offer. Withdraw that entry first."
            )
            % {"entry": remaining[unknown.number - 1], "term": unknown.term}
        ) from None
    except LexiconError:
        return


@transaction.atomic
def withdraw_entry(entry: LexiconEntry, *, by: User | None) -> LexiconEntry:
    """Withdraw an entry; it stays listed as withdrawn, and the findings are recalculated.

    Refused while a situation entry needs the kind this entry makes.
    """
    # Serialised with add_entry: a situation saved meanwhile may need this entry.
    Network.objects.select_for_update().filter(pk=entry.network_id).first()
    _refuse_orphaned_situation(entry)
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
