"""What kind of offer a text is about: a German lexicon of offer kinds and compound heads.

Character n-grams see that "Deutschkurs" and "Englischkurs" share "kurs", and see nothing in
common between "Sprachmittlung" and "Dolmetscherdienst". The lexicon adds what they cannot know:

* **kinds with their names** – "Flohmarkt" is also called "Trödelmarkt"; the text model adds a
  feature for every kind a text names, so synonyms without a shared stem meet (:mod:`.text`);
* **compound heads** – "kurs", "werkstatt", "markt"…: a title word ending in a head is split
  into modifier and head ("Fahrrad|werkstatt"), and two offers whose titles have the same head
  but different modifiers are *look-alikes*, kept apart by the score (:mod:`.scoring`);
* **close kinds** – pairs such as "Tafel" / "Foodsharing" that differ although their heads do;
* **broad target groups** – "Migrant:innen", "Nachbarschaft / alle": sharing only those while the
  specific groups differ is not serving "the same people".

The words live in a data file, ``offer_kinds.toml`` next to this module (the project's own work,
under the project's licence, AGPL-3.0-or-later). An installation can add its own file (kinds
that coordinators taught it); :func:`load_lexicon` merges it into the shipped one. A bad file
raises :class:`LexiconError` and changes nothing: whoever configured it keeps the lexicon they had.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import snowballstemmer

from .signals import label_key

DEFAULT_FILE = Path(__file__).with_name("offer_kinds.toml")

#: A lexicon is read on every start of a worker: anything larger is a mistake, not a lexicon.
MAX_FILE_BYTES = 2_000_000
MAX_TERMS = 50_000
MAX_TERM_CHARS = 80
#: Only the start of a title is read for its kind; titles are short (the records allow 500).
MAX_TITLE_CHARS = 200
#: Latin letters (German umlauts and accents of loan words), digits, space, hyphen,
#: apostrophe, ampersand, slash and dot: a term in another script is in another language.
_LATIN_TERM = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿ0-9 \-'’&/.:*_()]+$")
#: A lexicon word that is a suffix of a text word counts only from this length on:
#: "flohmarkt" names "Kinderflohmarkt", but "kurs" names nothing on its own.
MIN_SUFFIX_STEM = 5
#: A compound's modifier must be at least this long ("Rad|werkstatt").
MIN_MODIFIER = 3

# Umlauts folded, so that "Kuche" and "Küche" meet after a typo or a keyboard without them.
FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# Accents of loan words ("Café"), folded before words are cut out of a text.
ACCENTS = str.maketrans("éèêëàâáçñôóîíûúÉÈÊÀÂ", "eeeeaaacnooiiuueeeaa")
# Binnen-I ("SchülerInnen", "LehrerIn"), handled before lower-casing erases it; gender star,
# colon, underscore, slash and bracket forms: "Schüler:innen", "Schüler*in", "Schüler(innen)".
_BINNEN_I = re.compile(r"(?<=[a-zäöüß])In(?:nen)?\b")
_GENDER_MARK = re.compile(r"(?<=\w)(?:[:*_/·'’]-?|\()in(?:nen)?\)?(?![a-zäöüß])")
_TOKEN = re.compile(r"[a-zäöüß0-9]+")
# A title word with its hyphens: "Mathe-Nachhilfe", "Senior-Café", "Repair-Café".
_TITLE_WORD = re.compile(r"[a-zäöüß0-9]+(?:-[a-zäöüß0-9]+)*")

_STOP = frozenset(
    """
    aber alle als am an auf aus bei beim bis das dem den der des die du ein eine einem einen
    einer eines er es fuer im in ins ist mit nach oder sie und vom von vor wir zu zum zur
    ueber unter gegen ohne sowie nur offen offene offener offenes neue neuer neues kostenlos
    kostenlose kostenloser
    """.split()
)


class LexiconError(ValueError):
    """A lexicon file that cannot be used; the message names the file and the entry."""


@functools.lru_cache(maxsize=1)
def _stemmer():
    return snowballstemmer.stemmer("german")


#: Feminine "-in" after these endings of person nouns ("Zahnärztin", "Psychologin",
#: "Therapeutin", "Spezialistin", "Dozentin"); "-erin" is handled on its own. Words such as
#: "Medizin", "Termin" or "Benzin" do not end in any of them.
FEMININE_IN = ("ärztin", "aerztin", "login", "gogin", "istin", "eutin", "antin", "entin")
# Words ending in "innen" that are not feminine plurals.
_INNEN_WORDS = frozenset(
    "innen binnen drinnen beginnen gewinnen spinnen sinnen besinnen rinnen linnen".split()
)


def strip_feminine(word: str) -> str:
    """The masculine form a feminine person noun shares its stem with (lower case).

    The text model and the lexicon both use it, so a title's words and a kind's words meet.
    """
    # After the gender marks are gone, "Schülerinnen und Schüler" still has the long form.
    if word.endswith("innen") and len(word) > 7 and word not in _INNEN_WORDS:
        return word[:-5]
    if word.endswith("erin") and len(word) > 6:
        return word[:-2]
    if word.endswith(FEMININE_IN) and len(word) > 6:
        return word[:-2]
    return word


@functools.lru_cache(maxsize=200_000)
def plain_stem(word: str) -> str:
    """The stem of one lower-case word: feminine endings, umlauts and inflection removed."""
    return _stemmer().stemWord(strip_feminine(word).translate(FOLD))


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(ACCENTS)
    return _GENDER_MARK.sub("", _BINNEN_I.sub("", text).casefold())


def text_words(text: str) -> list[str]:
    """The words of a text in lower case, without gender endings and accents (not stemmed)."""
    return _TOKEN.findall(_clean(text))


def text_stems(text: str) -> list[str]:
    """Stems of every word of a text that is not a function word (audience words included)."""
    return [plain_stem(w) for w in _TOKEN.findall(_clean(text)) if w.translate(FOLD) not in _STOP]


def word_stem(word: str) -> str | None:
    """The stem :func:`text_stems` gives one word cut from a cleaned text, ``None`` if dropped."""
    return None if word.translate(FOLD) in _STOP else plain_stem(word)


@dataclass(frozen=True, slots=True)
class TitleKind:
    """What a title says an offer is: a kind of the lexicon or a compound ``modifier|head``.

    ``modifier`` is ``None`` for a bare head ("Offener Treff") or a generic modifier
    ("Sprachkurs"): such a title says too little to tell kinds apart.
    """

    kind: str
    head: str | None
    modifier: str | None
    from_lexicon: bool


T = TypeVar("T")


def _whole_or_end(
    stem: str, whole: dict[str, T], ends: dict[str, T], known: dict[str, T | None]
) -> T | None:
    """What ``whole`` holds for a stem, else what ``ends`` holds for its longest end (a compound:
    "Kinderflohmarkt" ends in "Flohmarkt"; short ends name no compound), remembered in
    ``known``, which is emptied when it grows large."""
    try:
        return known[stem]
    except KeyError:
        pass
    found = whole.get(stem)
    if found is None:
        for start in range(1, len(stem) - MIN_SUFFIX_STEM + 1):
            found = ends.get(stem[start:])
            if found is not None:
                break
    if len(known) > 200_000:
        known.clear()
    known[stem] = found
    return found


@dataclass(slots=True)
class Lexicon:
    """Offer kinds and their names, compound heads, close kinds and broad target groups.

    Build it with :func:`load_lexicon`; the fields are the merged, validated content.
    """

    kinds: dict[str, tuple[str, ...]]
    heads: tuple[str, ...]
    generic_modifiers: frozenset[str]
    modifier_synonyms: dict[str, str]
    head_synonyms: dict[str, str]
    close: frozenset[tuple[str, str]]
    broad_groups: frozenset[str]
    sources: tuple[str, ...] = ()
    #: kind → words and phrases of the situations it meets ("Mahnung" → Schuldnerberatung),
    #: read in needs and in offers that name no kind (written in plain language).
    situations: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _single: dict[str, str] = field(default_factory=dict, repr=False)
    _suffixes: dict[str, str] = field(default_factory=dict, repr=False)
    _phrases: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict, repr=False)
    # stem → (term, kinds); first stem → [(stems, term, kinds)], longest first.
    _situation_words: dict[str, tuple[str, tuple[str, ...]]] = field(
        default_factory=dict, repr=False
    )
    _situation_suffixes: dict[str, tuple[str, tuple[str, ...]]] = field(
        default_factory=dict, repr=False
    )
    _situation_phrases: dict[str, list[tuple[tuple[str, ...], str, tuple[str, ...]]]] = field(
        default_factory=dict, repr=False
    )
    _head_stems: tuple[tuple[str, str], ...] = ()
    _kind_parts: dict[str, tuple[str | None, str | None]] = field(default_factory=dict, repr=False)
    _word_kind: dict[str, str | None] = field(default_factory=dict, repr=False)
    _word_situation: dict[str, tuple[str, tuple[str, ...]] | None] = field(
        default_factory=dict, repr=False
    )
    _titles: dict[str, tuple[TitleKind | None, tuple[str, ...]]] = field(
        default_factory=dict, repr=False
    )

    def __post_init__(self) -> None:
        # Heads are matched on the folded word, longest first ("nachhilfe" before "hilfe").
        self._head_stems = tuple(
            sorted(((h, plain_stem(h)) for h in self.heads), key=lambda p: -len(p[0]))
        )
        for kind, terms in self.kinds.items():
            for term in (kind, *terms):
                stems = tuple(text_stems(term))
                if not stems:
                    continue
                if len(stems) == 1:
                    self._single[stems[0]] = kind
                    if len(stems[0]) >= MIN_SUFFIX_STEM:
                        self._suffixes[stems[0]] = kind
                else:
                    self._phrases.setdefault(stems[0], []).append((stems, kind))
            last = _TITLE_WORD.findall(_clean(kind))
            split = self._split(last[-1].replace("-", "").translate(FOLD)) if last else None
            self._kind_parts[kind] = split if split else (None, None)
        for phrases in self._phrases.values():
            phrases.sort(key=lambda p: -len(p[0]))
        self._index_situations()

    def _index_situations(self) -> None:
        # One situation may call for several kinds ("einsam": Besuchsdienst, Seniorentreff);
        # the term is kept as first written, so a reason can quote it.
        told: dict[tuple[str, ...], tuple[str, list[str]]] = {}
        for kind, terms in self.situations.items():
            for term in terms:
                stems = tuple(text_stems(term))
                if stems:
                    told.setdefault(stems, (term, []))[1].append(kind)
        for stems, (term, kinds) in told.items():
            entry = (term, tuple(dict.fromkeys(kinds)))
            if len(stems) == 1:
                self._situation_words[stems[0]] = entry
                if len(stems[0]) >= MIN_SUFFIX_STEM:
                    self._situation_suffixes[stems[0]] = entry
            else:
                self._situation_phrases.setdefault(stems[0], []).append((stems, *entry))
        for found in self._situation_phrases.values():
            found.sort(key=lambda p: -len(p[0]))

    # -- kinds in a text ---------------------------------------------------------------------

    def word_kind(self, stem: str) -> str | None:
        """The kind one stemmed word names, as a whole or as the end of a compound."""
        return _whole_or_end(stem, self._single, self._suffixes, self._word_kind)

    def trim_caches(self) -> None:
        self._word_kind.clear()
        self._word_situation.clear()
        self._titles.clear()
        plain_stem.cache_clear()

    def knows(self, stem: str) -> bool:
        """Whether a stem names a kind or starts a phrase that may."""
        return stem in self._phrases or self.word_kind(stem) is not None

    def kinds_in(self, stems: Sequence[str]) -> list[str]:
        """Every kind the stems name, once per mention, phrases ("aufsuchende Arbeit") first."""
        found: list[str] = []
        position = 0
        n = len(stems)
        while position < n:
            stem = stems[position]
            for phrase, kind in self._phrases.get(stem, ()):
                if tuple(stems[position : position + len(phrase)]) == phrase:
                    found.append(kind)
                    position += len(phrase)
                    break
            else:
                kind = self.word_kind(stem)
                if kind is not None:
                    found.append(kind)
                position += 1
        return found

    def may_tell(self, stem: str) -> bool:
        """Whether a stem tells of a situation or starts a phrase that may."""
        return stem in self._situation_phrases or self._situation_word(stem) is not None

    def situation_kinds_in(self, stems: Sequence[str]) -> list[str]:
        """The kinds whose situations the stems tell of, once each, in order of mention."""
        return list(dict.fromkeys(kind for _, kind in self.situations_told(stems)))

    def situations_told(self, stems: Sequence[str]) -> list[tuple[str, str]]:
        """(situation as the lexicon writes it, kind) for every situation the stems tell of."""
        if not self.situations:
            return []
        found: list[tuple[str, str]] = []
        position = 0
        n = len(stems)
        while position < n:
            stem = stems[position]
            for phrase, term, kinds in self._situation_phrases.get(stem, ()):
                if tuple(stems[position : position + len(phrase)]) == phrase:
                    found.extend((term, kind) for kind in kinds)
                    position += len(phrase)
                    break
            else:
                entry = self._situation_word(stem)
                if entry is not None:
                    found.extend((entry[0], kind) for kind in entry[1])
                position += 1
        return list(dict.fromkeys(found))

    def _situation_word(self, stem: str) -> tuple[str, tuple[str, ...]] | None:
        # "Kontopfändung" tells what "Pfändung" does.
        return _whole_or_end(
            stem, self._situation_words, self._situation_suffixes, self._word_situation
        )

    def kinds_of_text(self, text: str) -> list[str]:
        return self.kinds_in(text_stems(text))

    def kind_named(self, term: str) -> str | None:
        """The kind a term is a name of, word for word ("Schuldenberatung"), else ``None``.

        Unlike :meth:`kinds_in`, a compound that merely ends in a name ("Kinderflohmarkt")
        names nothing here: the term must be the kind's name or one of its names.
        """
        stems = tuple(text_stems(term))
        if not stems:
            return None
        if len(stems) == 1:
            return self._single.get(stems[0])
        for phrase, kind in self._phrases.get(stems[0], ()):
            if phrase == stems:
                return kind
        return None

    # -- what a title says -------------------------------------------------------------------

    def _split(self, word: str) -> tuple[str | None, str] | None:
        """(modifier stem, head) of a folded word ending in a known head, else ``None``."""
        for head, _ in self._head_stems:
            if word.endswith(head):
                prefix = word[: len(word) - len(head)]
                head = self.head_synonyms.get(head, head)
                if not prefix:
                    return None, head
                if len(prefix) < MIN_MODIFIER:
                    return None
                modifier = plain_stem(prefix.rstrip("-"))
                modifier = self.modifier_synonyms.get(modifier, modifier)
                if modifier in self.generic_modifiers:
                    modifier = None
                return modifier, head
        return None

    def title_kind(self, title: str) -> TitleKind | None:
        """The kind the title names first: a lexicon kind, else a compound with a known head."""
        words = [w for w in _TITLE_WORD.findall(_clean(title)) if w.translate(FOLD) not in _STOP]
        # Hyphenated words are matched part by part ("Eltern-Kind-Gruppe", "Repair-Café") and
        # as one word ("Mathe-Nachhilfe" → "Nachhilfe").
        parts = [[plain_stem(p) for p in w.split("-") if p] for w in words]
        flat = [(number, stem) for number, stems in enumerate(parts) for stem in stems]
        stems = [stem for _, stem in flat]
        lexicon_at: dict[int, str] = {}
        fallback: TitleKind | None = None
        for position, (number, stem) in enumerate(flat):
            if number in lexicon_at:
                continue
            for phrase, kind in self._phrases.get(stem, ()):
                if tuple(stems[position : position + len(phrase)]) == phrase:
                    lexicon_at[number] = kind
                    break
        for number, word in enumerate(words):
            kind = lexicon_at.get(number)
            if kind is None and "-" in word:
                kind = self.word_kind(plain_stem(word.replace("-", ""))) or self.word_kind(
                    parts[number][-1]
                )
            elif kind is None and parts[number]:
                kind = self.word_kind(parts[number][0])
            split = self._split(word.replace("-", "").translate(FOLD))
            if kind is not None:
                # Head and modifier as written here: "Keramikwerkstatt" (a "Töpferkurs") and
                # "Schmuckwerkstatt" look alike by their words, whatever the kind is called.
                if split is not None:
                    modifier, head = split
                else:
                    head, modifier = self._parts(kind)
                return TitleKind(kind, head, modifier, True)
            if split is not None and fallback is None:
                modifier, head = split
                fallback = TitleKind(f"{modifier or ''}|{head}", head, modifier, False)
                if modifier is not None:
                    return fallback
            # A bare head or a generic modifier ("Workshop", "Sprechzeit", "Sprachkurs") says
            # little: a kind named further on ("Workshop Trommeln") says more.
        return fallback

    def describe_title(self, title: str) -> tuple[TitleKind | None, tuple[str, ...]]:
        """The title's kind and the stems of its words (modifier synonyms applied), cached."""
        try:
            return self._titles[title]
        except KeyError:
            pass
        words = _TITLE_WORD.findall(_clean(title[:MAX_TITLE_CHARS]))
        stems = []
        for word in words:
            for part in word.split("-"):
                if part and part.translate(FOLD) not in _STOP:
                    stem = plain_stem(part)
                    stems.append(self.modifier_synonyms.get(stem, stem))
            split = self._split(word.replace("-", "").translate(FOLD))
            if split is not None and split[0] is not None:
                stems.append(split[0])
        result = (self.title_kind(title[:MAX_TITLE_CHARS]), tuple(dict.fromkeys(stems)))
        if len(self._titles) > 100_000:
            self._titles.clear()
        self._titles[title] = result
        return result

    def _parts(self, kind: str) -> tuple[str | None, str | None]:
        modifier, head = self._kind_parts.get(kind, (None, None))
        return head, modifier

    def are_close(self, first: str, second: str) -> bool:
        return (first, second) in self.close or (second, first) in self.close

    def is_broad_group(self, label: str) -> bool:
        return label_key(label) in self.broad_groups


# -- loading -------------------------------------------------------------------------------


def _read(path: Path) -> dict:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise LexiconError(f"{path}: cannot be read ({error.strerror})") from None
    if size > MAX_FILE_BYTES:
        raise LexiconError(
            f"{path}: {size} bytes, more than the {MAX_FILE_BYTES} a lexicon may have"
        )
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise LexiconError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise LexiconError(f"{path}: not valid TOML ({error})") from None


def _strings(value: object, where: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LexiconError(f"{where}: expected a list of words")
    return value


def _check_term(term: str, where: str) -> str:
    term = " ".join(unicodedata.normalize("NFC", term).split())
    if not term:
        raise LexiconError(f"{where}: empty entry")
    if len(term) > MAX_TERM_CHARS:
        raise LexiconError(f"{where}: entry longer than {MAX_TERM_CHARS} characters")
    if not _LATIN_TERM.match(term):
        raise LexiconError(f"{where}: {term!r} is not written in German (Latin) letters")
    return term


def _resolve(aliases: dict[str, str], source: str) -> dict[str, str]:
    """Follow alias chains to their end; a chain that comes back to itself is an error."""
    resolved = {}
    for start in aliases:
        seen = [start]
        current = aliases[start]
        while current in aliases:
            if current in seen:
                cycle = " → ".join([*seen[seen.index(current) :], current])
                raise LexiconError(f"{source}: [aliases] form a cycle: {cycle}")
            seen.append(current)
            current = aliases[current]
        resolved[start] = current
    return resolved


def _merge(data: dict, source: str, into: dict) -> None:
    known = {"lexicon", "kinds", "aliases", "heads", "close", "broad_groups", "situations"}
    unknown = set(data) - known
    if unknown:
        raise LexiconError(f"{source}: unknown sections {sorted(unknown)}")
    meta = data.get("lexicon", {})
    if not isinstance(meta, dict):
        raise LexiconError(f"{source}: [lexicon] must be a table")
    language = meta.get("language", "de")
    if language != "de":
        raise LexiconError(f"{source}: language {language!r}; the engine reads German (de) only")
    kinds = data.get("kinds", {})
    if not isinstance(kinds, dict):
        raise LexiconError(f"{source}: [kinds] must be a table of kind = [names]")
    for kind, terms in kinds.items():
        kind = _check_term(kind, f"{source}: [kinds]")
        names = [
            _check_term(t, f"{source}: [kinds] {kind}")
            for t in _strings(terms, f"{source}: [kinds] {kind}")
        ]
        into["kinds"].setdefault(kind, [])
        into["kinds"][kind].extend(n for n in names if n not in into["kinds"][kind])
    situations = data.get("situations", {})
    if not isinstance(situations, dict):
        raise LexiconError(f"{source}: [situations] must be a table of kind = [words]")
    for kind, terms in situations.items():
        where = f"{source}: [situations] {kind}"
        kind = _check_term(kind, f"{source}: [situations]")
        words = [_check_term(t, where) for t in _strings(terms, where)]
        into["situations"].setdefault(kind, [])
        into["situations"][kind].extend(w for w in words if w not in into["situations"][kind])
    aliases = data.get("aliases", {})
    if not isinstance(aliases, dict) or not all(isinstance(v, str) for v in aliases.values()):
        raise LexiconError(f"{source}: [aliases] must be a table of kind = kind")
    for alias, target in aliases.items():
        into["aliases"][_check_term(alias, f"{source}: [aliases]")] = _check_term(
            target, f"{source}: [aliases] {alias}"
        )
    heads = data.get("heads", {})
    if not isinstance(heads, dict):
        raise LexiconError(f"{source}: [heads] must be a table")
    for key in ("words", "generic_modifiers"):
        for word in _strings(heads.get(key, []), f"{source}: [heads] {key}"):
            into[key].add(_check_term(word, f"{source}: [heads] {key}").casefold().translate(FOLD))
    for key in ("modifier_synonyms", "head_synonyms"):
        synonyms = heads.get(key, {})
        if not isinstance(synonyms, dict):
            raise LexiconError(f"{source}: [heads] {key} must be a table")
        for word, target in synonyms.items():
            if not isinstance(target, str):
                raise LexiconError(f"{source}: [heads] {key} {word}: expected a word")
            into[key][_check_term(word, source).casefold().translate(FOLD)] = (
                _check_term(target, source).casefold().translate(FOLD)
            )
    close_table = data.get("close", {})
    close = close_table.get("pairs", []) if isinstance(close_table, dict) else None
    if not isinstance(close, list):
        raise LexiconError(f"{source}: [close] pairs must be a list of [kind, kind]")
    for pair in close:
        if (
            not isinstance(pair, list)
            or len(pair) != 2
            or not all(isinstance(k, str) for k in pair)
        ):
            raise LexiconError(f"{source}: [close] {pair!r} is not a pair of kinds")
        into["close"].add(tuple(_check_term(k, f"{source}: [close]") for k in pair))
    broad = data.get("broad_groups", {})
    groups = broad.get("groups", []) if isinstance(broad, dict) else None
    if groups is None:
        raise LexiconError(f"{source}: [broad_groups] must be a table with groups = [...]")
    for group in _strings(groups, f"{source}: [broad_groups]"):
        into["broad_groups"].add(label_key(_check_term(group, f"{source}: [broad_groups]")))


def load_lexicon(*extra: str | Path, include_default: bool = True) -> Lexicon:
    """The shipped lexicon merged with ``extra`` files (later files add to earlier ones).

    Raises :class:`LexiconError` for a file that is missing, too large, not TOML, empty, in
    another script, or whose aliases form a cycle; nothing is changed then.
    """
    paths = ([DEFAULT_FILE] if include_default else []) + [Path(p) for p in extra]
    merged: dict = {
        "kinds": {},
        "aliases": {},
        "words": set(),
        "generic_modifiers": set(),
        "modifier_synonyms": {},
        "head_synonyms": {},
        "close": set(),
        "broad_groups": set(),
        "situations": {},
    }
    for path in paths:
        data = _read(path)
        if not any(data.get(section) for section in ("kinds", "aliases", "situations")):
            raise LexiconError(f"{path}: defines no kinds")
        _merge(data, str(path), merged)
    if not paths:
        raise LexiconError("no lexicon file given")
    source = ", ".join(str(p) for p in paths)
    aliases = _resolve(merged["aliases"], source)
    kinds: dict[str, list[str]] = {}
    for kind, terms in merged["kinds"].items():
        target = aliases.get(kind, kind)
        kinds.setdefault(target, [])
        kinds[target].extend([kind] if target != kind else [])
        kinds[target].extend(terms)
    for alias, target in aliases.items():
        kinds.setdefault(target, []).append(alias)
    total = sum(len(t) + 1 for t in kinds.values())
    total += sum(len(words) for words in merged["situations"].values())
    if total > MAX_TERMS:
        raise LexiconError(f"{source}: {total} entries, more than the {MAX_TERMS} allowed")
    owner: dict[tuple[str, ...], str] = {}
    for kind, terms in kinds.items():
        for term in (kind, *terms):
            key = tuple(text_stems(term))
            if not key:
                raise LexiconError(f"{source}: {term!r} ({kind}) has no word that counts")
            if owner.setdefault(key, kind) != kind:
                raise LexiconError(
                    f"{source}: {term!r} names both {owner[key]!r} and {kind!r}; "
                    "merge them under [aliases] or drop one"
                )
    close = frozenset(
        (aliases.get(a, a), aliases.get(b, b))
        for a, b in merged["close"]
        if aliases.get(a, a) != aliases.get(b, b)
    )
    for pair in close:
        for kind in pair:
            if kind not in kinds:
                raise LexiconError(f"{source}: [close] names {kind!r}, which is no kind")
    situations = _situations_of(merged["situations"], aliases, kinds, source)
    return Lexicon(
        kinds={k: tuple(dict.fromkeys(v)) for k, v in kinds.items()},
        situations=situations,
        heads=tuple(sorted(merged["words"])),
        generic_modifiers=frozenset(plain_stem(w) for w in merged["generic_modifiers"]),
        modifier_synonyms={
            plain_stem(k): plain_stem(v) for k, v in merged["modifier_synonyms"].items()
        },
        head_synonyms=dict(merged["head_synonyms"]),
        close=close,
        broad_groups=frozenset(merged["broad_groups"]),
        sources=tuple(str(p) for p in paths),
    )


def _situations_of(
    written: dict[str, list[str]], aliases: dict[str, str], kinds: dict, source: str
) -> dict[str, tuple[str, ...]]:
    """The situations by kind, aliases followed; a situation of no kind is an error."""
    situations: dict[str, list[str]] = {}
    for kind, words in written.items():
        target = aliases.get(kind, kind)
        if target not in kinds:
            raise LexiconError(f"{source}: [situations] names {kind!r}, which is no kind")
        for word in words:
            if not text_stems(word):
                raise LexiconError(f"{source}: {word!r} ({kind}) has no word that counts")
        situations.setdefault(target, []).extend(words)
    return {kind: tuple(dict.fromkeys(words)) for kind, words in situations.items()}


_default: Lexicon | None = None


def default_lexicon() -> Lexicon:
    """The lexicon new text models use: the shipped file, or what :func:`use_lexicon` set."""
    global _default
    if _default is None:
        _default = load_lexicon()
    return _default


def use_lexicon(*extra: str | Path) -> Lexicon:
    """Make the shipped lexicon plus ``extra`` files the default for new indexes.

    A bad file raises :class:`LexiconError` and the previous default stays in use. Indexes
    built before keep the lexicon they were built with until they are rebuilt.
    """
    global _default
    lexicon = load_lexicon(*extra)
    _default = lexicon
    return lexicon


def kind_names(lexicon: Lexicon, kinds: Iterable[str]) -> list[str]:
    """The kinds as a coordinator reads them (the lexicon's own spelling), without repeats."""
    return [k for k in dict.fromkeys(kinds) if k in lexicon.kinds or "|" not in k]


# -- entries of one network ----------------------------------------------------------------

#: The relations a network's coordinators can record between two terms.
SAME = "same"
DIFFERENT = "different"
#: The first term is a situation needs tell of, the second names the kind that meets it.
SITUATION = "situation"
RELATIONS = (SAME, DIFFERENT, SITUATION)


@dataclass(frozen=True, slots=True)
class TermRelation:
    """Two terms that name the same kind (``SAME``) or different kinds (``DIFFERENT``), or a
    situation and the kind of offer that meets it (``SITUATION``: ``first`` the situation as
    needs write it, ``second`` a name of the kind)."""

    relation: str
    first: str
    second: str

    def __iter__(self):
        return iter((self.relation, self.first, self.second))


class LexiconConflict(LexiconError):
    """Entries that contradict each other or the base lexicon.

    ``first``/``second`` are the terms of the "different" entry that cannot hold; ``chain``
    the terms that make them the same kind, from ``first`` to ``second``; ``in_base`` is true
    when the base lexicon alone names both as one kind.
    """

    def __init__(self, message: str, first: str, second: str, chain: tuple[str, ...], in_base):
        super().__init__(message)
        self.first, self.second, self.chain, self.in_base = first, second, chain, in_base


class UnknownKind(LexiconError):
    """A situation entry whose second term names no kind of the lexicon, entries included.

    ``number`` is the entry's position (from 1), ``situation`` and ``term`` its two terms.
    """

    def __init__(self, message: str, number: int, situation: str, term: str) -> None:
        super().__init__(message)
        self.number, self.situation, self.term = number, situation, term


class SituationNamesKind(LexiconError):
    """A situation entry whose situation is itself a name of the kind it points to: a need
    that says it already names the kind, so the entry would teach nothing."""

    def __init__(self, message: str, number: int, situation: str, kind: str) -> None:
        super().__init__(message)
        self.number, self.situation, self.kind = number, situation, kind


def _owners(lexicon: Lexicon) -> dict[tuple[str, ...], str]:
    return {
        tuple(text_stems(term)): kind
        for kind, terms in lexicon.kinds.items()
        for term in (kind, *terms)
    }


@dataclass
class _Plan:
    """What entries add to a base lexicon, in the terms of a lexicon file."""

    names: dict[str, list[str]]
    aliases: dict[str, str]
    close: set[tuple[str, str]]
    #: kind → situations entered for it, in the order entered
    situations: dict[str, list[str]] = field(default_factory=dict)


def _plan(base: Lexicon, entries: Iterable[TermRelation | tuple[str, str, str]]) -> _Plan:
    owners = _owners(base)
    checked: list[tuple[str, str, str]] = []
    told: list[tuple[int, str, str]] = []
    for number, entry in enumerate(entries, start=1):
        relation, first, second = entry
        where = f"entry {number}"
        if relation not in RELATIONS:
            raise LexiconError(f"{where}: unknown relation {relation!r}")
        first, second = _check_term(first, where), _check_term(second, where)
        if not text_stems(first) or not text_stems(second):
            raise LexiconError(f"{where}: a term has no word that counts")
        if relation == SITUATION:
            # Situations are read in needs only: they make no kinds and join none.
            told.append((number, first, second))
            continue
        if tuple(text_stems(first)) == tuple(text_stems(second)):
            raise LexiconError(f"{where}: {first!r} and {second!r} are the same word")
        checked.append((relation, first, second))

    # A node is a kind of the base lexicon, or a term it does not know (by its stems).
    def node(term: str) -> tuple[str, str]:
        key = tuple(text_stems(term))
        return ("kind", owners[key]) if key in owners else ("term", " ".join(key))

    parent: dict[tuple[str, str], tuple[str, str]] = {}
    spelling: dict[tuple[str, str], str] = {}
    edges: dict[tuple[str, str], list[tuple[tuple[str, str], str]]] = {}

    def find(item):
        parent.setdefault(item, item)
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for relation, first, second in checked:
        a, b = node(first), node(second)
        spelling.setdefault(a, a[1] if a[0] == "kind" else first)
        spelling.setdefault(b, b[1] if b[0] == "kind" else second)
        find(a), find(b)
        if relation == SAME:
            parent[find(a)] = find(b)
            edges.setdefault(a, []).append((b, second))
            edges.setdefault(b, []).append((a, first))
    for relation, first, second in checked:
        if relation != DIFFERENT:
            continue
        a, b = node(first), node(second)
        if a == b:
            raise LexiconConflict(
                f"{first!r} and {second!r} name the same kind ({a[1]!r}) in the base lexicon",
                first,
                second,
                (first, second),
                True,
            )
        if find(a) == find(b):
            path = {a: (first,)}
            queue = [a]
            while queue and b not in path:
                current = queue.pop(0)
                for neighbour, word in edges.get(current, ()):
                    if neighbour not in path:
                        path[neighbour] = (*path[current], word)
                        queue.append(neighbour)
            chain = path.get(b, (first, second))
            if chain[-1] != second:
                chain = (*chain, second)
            raise LexiconConflict(
                f"{first!r} and {second!r} are entered as different, "
                f"but {' = '.join(chain)} makes them one kind",
                first,
                second,
                chain,
                False,
            )
    classes: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for item in parent:
        classes.setdefault(find(item), []).append(item)
    kind_of: dict[tuple[str, str], str] = {}
    plan = _Plan({}, {}, set())
    for members in classes.values():
        known = sorted(m[1] for m in members if m[0] == "kind")
        # The first base kind keeps its name; without one, the first term entered names it.
        target = known[0] if known else spelling[min(members, key=list(parent).index)]
        for other in known[1:]:
            plan.aliases[other] = target
        new_names = [spelling[m] for m in members if m[0] == "term" and spelling[m] != target]
        if new_names or not known:
            plan.names.setdefault(target, []).extend(new_names)
        for member in members:
            kind_of[member] = target
    for relation, first, second in checked:
        if relation == DIFFERENT:
            plan.close.add((kind_of[node(first)], kind_of[node(second)]))

    def kind_named(term: str) -> str | None:
        item = node(term)
        if item in kind_of:
            return kind_of[item]
        return plan.aliases.get(item[1], item[1]) if item[0] == "kind" else None

    for number, situation, term in told:
        kind = kind_named(term)
        if kind is None:
            raise UnknownKind(
                f"entry {number}: {term!r} names no kind of offer; "
                "make it one with a 'same' entry first",
                number,
                situation,
                term,
            )
        if kind_named(situation) == kind:
            raise SituationNamesKind(
                f"entry {number}: {situation!r} is a name of the kind {kind!r}, not a situation",
                number,
                situation,
                kind,
            )
        plan.situations.setdefault(kind, []).append(situation)
    return plan


def extend_lexicon(
    base: Lexicon, entries: Iterable[TermRelation | tuple[str, str, str]], *, source: str = ""
) -> Lexicon:
    """A new lexicon: ``base`` plus one network's entries; ``base`` is left as it was.

    A "same" entry makes two terms one kind (two kinds of the base lexicon are merged, an
    unknown term becomes a name of the kind); a "different" entry makes two kinds close, so
    the score keeps them apart; a "situation" entry adds its words to the situations of the
    kind its second term names (after the merges). Raises :class:`LexiconError` for a term
    that is empty, too long or in another script, :class:`LexiconConflict` for a "different"
    entry that "same" entries, or the base lexicon itself, contradict, :class:`UnknownKind`
    for a situation of a term that names no kind and :class:`SituationNamesKind` for a
    situation that is a name of its own kind; nothing is built then.
    """
    plan = _plan(base, entries)
    kinds = {kind: list(terms) for kind, terms in base.kinds.items()}
    for alias, target in plan.aliases.items():
        kinds[target].extend([alias, *kinds.pop(alias)])
    for kind, names in plan.names.items():
        kinds.setdefault(kind, []).extend(names)
    total = sum(len(t) + 1 for t in kinds.values())
    total += sum(len(words) for words in base.situations.values())
    total += sum(len(words) for words in plan.situations.values())
    if total > MAX_TERMS:
        raise LexiconError(f"{source}: {total} entries, more than the {MAX_TERMS} allowed")
    close = {(plan.aliases.get(a, a), plan.aliases.get(b, b)) for a, b in base.close}
    close |= plan.close
    situations: dict[str, list[str]] = {}
    for kind, words in base.situations.items():
        situations.setdefault(plan.aliases.get(kind, kind), []).extend(words)
    for kind, words in plan.situations.items():
        situations.setdefault(kind, []).extend(words)
    return Lexicon(
        kinds={k: tuple(dict.fromkeys(v)) for k, v in kinds.items()},
        situations={k: tuple(dict.fromkeys(v)) for k, v in situations.items()},
        heads=base.heads,
        generic_modifiers=base.generic_modifiers,
        modifier_synonyms=dict(base.modifier_synonyms),
        head_synonyms=dict(base.head_synonyms),
        close=frozenset((a, b) for a, b in close if a != b),
        broad_groups=base.broad_groups,
        sources=(*base.sources, source) if source else base.sources,
    )


def _toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def entries_as_toml(
    base: Lexicon, entries: Iterable[TermRelation | tuple[str, str, str]], *, header: str = ""
) -> str:
    """The entries as a lexicon file of the shipped form, for :func:`load_lexicon`.

    ``header`` (origin, licence) is written as comments at the top. Loaded after the base
    lexicon's files, the file gives the lexicon :func:`extend_lexicon` gives.
    """
    plan = _plan(base, entries)
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    lines += ["", "[lexicon]", 'language = "de"', "", "[kinds]"]
    names = dict(plan.names)
    for pair in plan.close:
        for kind in pair:
            if kind not in plan.aliases:
                names.setdefault(kind, [])
    for target in plan.aliases.values():
        names.setdefault(target, [])
    for kind in sorted(names):
        listed = ", ".join(_toml_string(n) for n in names[kind])
        lines.append(f"{_toml_string(kind)} = [{listed}]")
    if plan.aliases:
        lines += ["", "[aliases]"]
        lines += [f"{_toml_string(a)} = {_toml_string(t)}" for a, t in sorted(plan.aliases.items())]
    if plan.close:
        lines += ["", "[close]", "pairs = ["]
        lines += [f"  [{_toml_string(a)}, {_toml_string(b)}]," for a, b in sorted(plan.close)]
        lines.append("]")
    if plan.situations:
        lines += ["", "[situations]"]
        for kind in sorted(plan.situations):
            told = ", ".join(_toml_string(w) for w in dict.fromkeys(plan.situations[kind]))
            lines.append(f"{_toml_string(kind)} = [{told}]")
    return "\n".join(lines) + "\n"


def kind_word(lexicon: Lexicon, title: str) -> str | None:
    """The word a coordinator would use for what a title says the offer is, if it says.

    A kind of the lexicon by its name, a compound the lexicon does not list ("Schmuckwerkstatt")
    as written in the title.
    """
    kind = lexicon.describe_title(title)[0]
    if kind is None:
        return None
    if kind.from_lexicon:
        return kind.kind
    for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", unicodedata.normalize("NFC", title)):
        folded = _clean(word).replace("-", "").translate(FOLD)
        if kind.head and folded.endswith(kind.head):
            return word
        for head, synonym in lexicon.head_synonyms.items():
            if synonym == kind.head and folded.endswith(head):
                return word
    return None
