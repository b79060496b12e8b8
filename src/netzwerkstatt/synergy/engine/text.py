"""German text normalisation and the text-similarity model of the engine.

Owns everything that turns an offer's title and description into a sparse TF-IDF vector:
gender forms, umlauts, stop words, stemming, and character n-grams of the stems. Character
n-grams carry compounds ("Hausaufgabenhilfe" shares "hausaufgab" and "hilf" with "Hilfe bei den
Hausaufgaben") and typos; stemming first removes inflection ("Familien", "Familie"). The choice
and its measurements are in ``bench/README.md``.

Vectors are built in bulk as a product of two sparse matrices (documents × distinct words and
distinct words × n-grams), so each distinct word is cut into n-grams once, however often it
occurs in a corpus of half a million offers.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Sequence

import numpy as np
import scipy.sparse as sp
import snowballstemmer

from .lexicon import (
    FOLD,
    Lexicon,
    default_lexicon,
    strip_feminine,
    text_stems,
    text_words,
    word_stem,
)

# Stop words after umlaut folding. Domain words ("Angebot", "Hilfe") are deliberately kept:
# IDF lowers their weight, but "Hilfe" is part of what an offer is.
STOP_WORDS = frozenset(
    """
    aber alle allem allen aller alles als also am an ander andere anderen anderer anderes auch
    auf aus bei beim bin bis bist da dabei dadurch dafuer dagegen daher damit dann darf darum
    das dass dein deine dem den denn der des deshalb dessen die dies diese diesem diesen dieser
    dieses doch dort du durch ein eine einem einen einer eines einmal er es etwa etwas euch euer
    eure fuer gab gegen gibt habe haben hat hatte hier hin hinter ich ihm ihn ihnen ihr ihre
    ihrem ihren ihrer im in ins ist ja jede jedem jeden jeder jedes jetzt kann kein keine
    koennen koennt mal man mehr mein meine mit muss nach nicht nichts noch nur ob oder ohne
    sehr sein seine sich sie sind so solche soll sollen sondern sowie ueber um und uns unser
    unsere unter viel vom von vor waehrend war waren was weil welche wenn wer werden wie wieder
    wir wird wo wollen wuerde zu zum zur zwar zwischen sowohl gerne gern z b bzw usw ca uhr
    """.split()
)


# Words that name the audience (after umlaut folding and gender normalisation). Target groups
# are a signal of their own; left in the text, "Deutschkurs für Frauen" and "Nähkurs für
# Frauen" would look alike because of who they are for, not what they do. Compounds keep them
# ("Seniorengymnastik"): there the word is part of what the offer is.
AUDIENCE_WORDS = frozenset(
    """
    kind kinder kindern kids jugendliche jugendlichen jugendlicher frau frauen mann maenner
    maennern senior senioren eltern familie familien erwachsene erwachsenen erwachsener
    maedchen junge jungen leute menschen geflucht gefluechtete gefluechteten migrant
    migranten zugewanderte zugewanderten alle allen interessierte interessierten
    """.split()
)


#: Weight of an audience word against other words (0 drops them). At full weight they help a
#: little to match needs ("Kinder brauchen Hilfe"), but "Deutschkurs für Frauen" and "Nähkurs
#: für Frauen" then score 0.87 as parallel offers, for who they serve rather than what they do.
#: The measurements behind 0 are in bench/README.md.
AUDIENCE_WEIGHT = 0.0

#: Every kind of offer a text names (see :mod:`.lexicon`) adds a word of this many features of
#: its own, which only texts naming the same kind share: "Sprachmittlung" and
#: "Dolmetscherdienst" then meet although they share no stem. Chosen on the tuning pairs
#: (bench/README.md); about the weight of one long word.
KIND_FEATURES = 16
#: The text cosine a need and an offer reach at least when the need tells of a situation the
#: lexicon links to a kind the offer names ("Mahnung" / "Schuldnerberatung"): a third opinion
#: beside TF-IDF and the encoder, which the larger one wins. 0.15 gives half the text term, so
#: place, people and topic must agree well for the pair to pass. Chosen on the spent labelled
#: files (bench/README.md, "Situations"); 0.12–0.2 gave the same pairs there.
SITUATION_COSINE = 0.15
#: An offer that names no kind of the lexicon is written in plain language ("Sie können nicht
#: mehr gut sehen? Lesen Sie mit den Fingern."): what it is, the situations it tells of say.
#: Such a text gets every kind whose situations it tells of as a word of this weight that
#: shares all but one of the kind's features, so it meets the offers that name the kind
#: ("Treff für Hinterbliebene" / "Offene Trauergruppe"). A text that names a kind keeps to it
#: (a German course telling of "kein Deutsch" is no interpreting service), and needs are read
#: without: their situations have a rule of their own (SITUATION_COSINE). Chosen on the spent
#: labelled files (bench/README.md, "Offers in plain language").
TOLD_KIND_WEIGHT = 1.0
#: Marks the pseudo-word of a kind; no text can contain it.
_KIND_MARK = "\x00"
#: Marks the pseudo-word of a kind whose situations a text tells of.
_TOLD_MARK = "\x01"


def fold(text: str) -> str:
    return text.casefold().translate(FOLD)


class GermanAnalyzer:
    """Text → list of normalised word stems (stop words removed)."""

    def __init__(self, *, stem: bool = True, drop_audience: bool = False) -> None:
        self._stemmer = snowballstemmer.stemmer("german") if stem else None
        self._dropped = STOP_WORDS | AUDIENCE_WORDS if drop_audience else STOP_WORDS
        # Stemming dominates the per-word cost; the vocabulary of a directory is small.
        self._cache: dict[str, str | None] = {}
        self._token_cache: dict[str, tuple[str, ...]] = {}

    def words(self, text: str) -> list[str]:
        return text_words(text)

    def normalise_word(self, word: str) -> str | None:
        try:
            return self._cache[word]
        except KeyError:
            pass
        folded = strip_feminine(word).translate(FOLD)
        result: str | None
        if folded in self._dropped or len(folded) < 2 or folded.isdigit():
            result = None
        else:
            result = self._stemmer.stemWord(folded) if self._stemmer else folded
            if len(self._cache) > 500_000:
                self._cache.clear()
        self._cache[word] = result
        return result

    def token_stems(self, token: str) -> tuple[str, ...]:
        """Stems of one written token ("Schüler:innen"), cached: reasons look up many tokens."""
        try:
            return self._token_cache[token]
        except KeyError:
            pass
        if len(self._token_cache) > 500_000:
            self._token_cache.clear()
        result = tuple(self.stems(token))
        self._token_cache[token] = result
        return result

    def plain_stem(self, word: str) -> str | None:
        """The stem of a word, whether or not the analyzer drops it from texts."""
        folded = word.translate(FOLD)
        return self._stemmer.stemWord(folded) if self._stemmer else folded

    def stems(self, text: str) -> list[str]:
        normalise = self.normalise_word
        return [s for s in (normalise(w) for w in self.words(text)) if s is not None]


class TextModel:
    """TF-IDF over character n-grams of word stems, with a frozen IDF after :meth:`fit`.

    Features of words first seen after fitting get the highest IDF: they match nothing yet
    but still count in the vector's length, so a new offer is not made to look more similar
    than it is. Call :meth:`fit` again (a rebuild of the index) to refresh the IDF.
    """

    def __init__(
        self,
        *,
        ngram_range: tuple[int, int] = (3, 5),
        stem: bool = True,
        audience_weight: float | None = None,
        lexicon: Lexicon | None = None,
        kind_features: int | None = None,
    ) -> None:
        self.ngram_range = ngram_range
        self.stem = stem
        #: The lexicon this model was built with; kept for its life, so a changed lexicon
        #: takes effect on the next build (``OfferIndex.rebuild``), never halfway.
        self.lexicon = lexicon if lexicon is not None else default_lexicon()
        self.kind_features = KIND_FEATURES if kind_features is None else kind_features
        self.audience_weight = AUDIENCE_WEIGHT if audience_weight is None else audience_weight
        self.analyzer = GermanAnalyzer(stem=stem, drop_audience=self.audience_weight == 0)
        self._audience_stems = {
            stem for stem in map(self.analyzer.plain_stem, AUDIENCE_WORDS) if stem is not None
        }
        self._word_weight: list[float] = []
        self._word_ids: dict[str, int] = {}
        self._word_features: list[np.ndarray] = []
        self._ngram_ids: dict[str, int] = {}
        self._df = np.zeros(0, dtype=np.int64)
        self._n_docs = 0
        self._idf = np.zeros(0, dtype=np.float32)
        self._stem_weights: dict[str, float] = {}
        self._word_info: dict[str, tuple[int, str | None, bool]] = {}
        self.boilerplate: frozenset[str] = frozenset()

    def unfitted(self, lexicon: Lexicon | None = None) -> TextModel:
        """A new model with this one's settings, not fitted yet; with this one's lexicon
        unless ``lexicon`` is given."""
        return TextModel(
            ngram_range=self.ngram_range,
            stem=self.stem,
            audience_weight=self.audience_weight,
            lexicon=self.lexicon if lexicon is None else lexicon,
            kind_features=self.kind_features,
        )

    @property
    def n_features(self) -> int:
        return len(self._ngram_ids)

    def _word_id(self, stem: str) -> int:
        word_id = self._word_ids.get(stem)
        if word_id is None:
            word_id = len(self._word_ids)
            self._word_ids[stem] = word_id
            low, high = self.ngram_range
            padded = f" {stem} "
            if stem.startswith(_KIND_MARK):
                grams = {f"{stem}{_KIND_MARK}{k}" for k in range(self.kind_features)}
            elif stem.startswith(_TOLD_MARK):
                # Feature 0 stays the named kind's own: it tells naming from telling.
                kind = _KIND_MARK + stem[1:]
                grams = {f"{kind}{_KIND_MARK}{k}" for k in range(1, self.kind_features)}
            else:
                grams = {
                    padded[i : i + n]
                    for n in range(low, high + 1)
                    for i in range(max(len(padded) - n + 1, 0))
                }
            ngram_ids = self._ngram_ids
            ids = []
            # Sorted, so the columns do not depend on the string hash seed: the same texts
            # give bit-identical vectors in every process.
            for gram in sorted(grams):
                gram_id = ngram_ids.get(gram)
                if gram_id is None:
                    gram_id = len(ngram_ids)
                    ngram_ids[gram] = gram_id
                ids.append(gram_id)
            self._word_features.append(np.array(sorted(ids), dtype=np.int32))
            if stem.startswith(_TOLD_MARK):
                weight = TOLD_KIND_WEIGHT
            elif stem in self._audience_stems:
                weight = self.audience_weight
            else:
                weight = 1.0
            self._word_weight.append(weight)
        return word_id

    def _describe_word(self, word: str) -> tuple[int, str | None, bool]:
        """A written word's feature word (-1 if dropped), its stem for the lexicon and whether
        the lexicon knows that stem (as a kind or as the start of a phrase)."""
        if len(self._word_info) > 500_000:
            self._word_info.clear()
        stem = self.analyzer.normalise_word(word)
        lexicon_stem = word_stem(word)
        known = lexicon_stem is not None and self.lexicon.knows(lexicon_stem)
        return (-1 if stem is None else self._word_id(stem)), lexicon_stem, known

    def _counts(self, texts: Iterable[str], *, offers: bool = True) -> sp.csr_matrix:
        """Raw n-gram counts, one row per text; ``offers=False`` for needs (see
        :data:`TOLD_KIND_WEIGHT`)."""
        # Machine integers, not a list of int objects: a city's texts hold tens of millions of
        # words, which as Python ints would cost four times the memory.
        indptr = array("q", [0])
        word_ids = array("q")
        words_of = self.analyzer.words
        word_id = self._word_id
        strip = self.strip_boilerplate
        kinds_in = self.lexicon.kinds_in
        with_kinds = self.kind_features > 0
        told_in = self.lexicon.situation_kinds_in
        may_tell = self.lexicon.may_tell
        with_told = offers and with_kinds and TOLD_KIND_WEIGHT > 0 and bool(self.lexicon.situations)
        info = self._word_info
        for text in texts:
            known = []
            for word in words_of(strip(text)):
                found = info.get(word)
                if found is None:
                    found = info[word] = self._describe_word(word)
                known.append(found)
            word_ids.extend(found[0] for found in known if found[0] >= 0)
            # Most words name no kind: only texts with a word the lexicon knows are read for it.
            named = False
            lexicon_stems = None
            if with_kinds and any(found[2] for found in known):
                lexicon_stems = [found[1] for found in known if found[1] is not None]
                kinds = kinds_in(lexicon_stems)
                word_ids.extend(word_id(_KIND_MARK + k) for k in kinds)
                named = bool(kinds)
            # Only an offer naming no kind is read for situations: most offers name one.
            if with_told and not named:
                if lexicon_stems is None:
                    lexicon_stems = [found[1] for found in known if found[1] is not None]
                if any(may_tell(stem) for stem in lexicon_stems):
                    word_ids.extend(word_id(_TOLD_MARK + k) for k in told_in(lexicon_stems))
            indptr.append(len(word_ids))
        # Only the words these texts use: one new offer must not cost the whole vocabulary.
        ids = np.frombuffer(word_ids, dtype=np.int64)
        used, columns = np.unique(ids, return_inverse=True)
        weight = np.array(self._word_weight, dtype=np.float32)
        docs = sp.csr_matrix(
            (
                weight[ids],
                columns.astype(np.int32).ravel(),
                np.frombuffer(indptr, dtype=np.int64),
            ),
            shape=(len(indptr) - 1, len(used)),
        )
        docs.sum_duplicates()
        features = [self._word_features[word] for word in used.tolist()]
        lengths = np.fromiter((len(f) for f in features), np.int64, len(features))
        words = sp.csr_matrix(
            (
                np.ones(int(lengths.sum()), dtype=np.float32),
                np.concatenate(features) if features else np.zeros(0, np.int32),
                np.concatenate(([0], np.cumsum(lengths))),
            ),
            shape=(len(used), self.n_features),
        )
        counts = (docs @ words).tocsr()
        counts.sort_indices()
        return counts

    def _find_boilerplate(self, texts: Sequence[str]) -> None:
        """Remember sentences that a large share of all distinct texts contain.

        "Die Teilnahme ist kostenlos." or "Eine Anmeldung ist nicht nötig." say nothing about
        what an offer is, yet two offers that share two such sentences look alike. IDF lowers
        their words but not enough when they make up half of a short description. Distinct
        texts are counted, so one offer copied to many places is not mistaken for boilerplate;
        short lines (titles) never are.
        """
        counts: dict[str, int] = {}
        for text in set(texts):
            for key in {_sentence_key(s) for s in _SENTENCE_END.split(text)}:
                if key.count(" ") >= BOILERPLATE_MIN_WORDS - 1:
                    counts[key] = counts.get(key, 0) + 1
        distinct = len(set(texts))
        limit = max(BOILERPLATE_MIN_TEXTS, BOILERPLATE_SHARE * distinct)
        self.boilerplate = frozenset(key for key, count in counts.items() if count >= limit)

    def strip_boilerplate(self, text: str) -> str:
        if not self.boilerplate:
            return text
        return "\n".join(
            s for s in _SENTENCE_END.split(text) if _sentence_key(s) not in self.boilerplate
        )

    def trim_caches(self) -> None:
        """Forget per-word lookups kept while vectorising a corpus (they are rebuilt on demand).

        After a build of half a million offers they hold hundreds of thousands of words that an
        edit seldom needs again; dropping them keeps the peak memory of the bulk search lower.
        """
        self._word_info = {}
        self.lexicon.trim_caches()

    def kinds_of(self, text: str) -> list[str]:
        """The kinds of offer a text names, in order, without repeats (for explanations)."""
        return list(dict.fromkeys(self.lexicon.kinds_in(text_stems(self.strip_boilerplate(text)))))

    def told_kinds_of(self, text: str) -> list[tuple[str, str]]:
        """(situation, kind) an offer's text tells of when it names no kind (see
        :data:`TOLD_KIND_WEIGHT`), for explanations; empty when it names one."""
        if not self.kind_features or TOLD_KIND_WEIGHT <= 0:
            return []
        stems = text_stems(self.strip_boilerplate(text))
        if self.lexicon.kinds_in(stems):
            return []
        return self.lexicon.situations_told(stems)

    def situations_of(self, text: str) -> list[tuple[str, str]]:
        """(situation, kind) for every situation of the lexicon a need's text tells of."""
        return self.lexicon.situations_told(text_stems(self.strip_boilerplate(text)))

    def situation_cosine(self, need_text: str, rows: sp.csr_matrix) -> np.ndarray:
        """Per row (vectors of this model): :data:`SITUATION_COSINE` where the row names a kind
        whose situation the need tells of, else 0."""
        told = {kind for _, kind in self.situations_of(need_text)}
        # Feature 0 of a kind: only offers that name it have it, not those telling of it.
        found = (self._ngram_ids.get(f"{_KIND_MARK}{kind}{_KIND_MARK}0") for kind in told)
        # A kind first named after ``rows`` were built is named by none of them.
        columns = sorted({c for c in found if c is not None and c < rows.shape[1]})
        if not columns:
            return np.zeros(rows.shape[0])
        # Each kind's features are its own: one of them tells whether a row names the kind.
        # A dense column: a sparse one would make scipy build a sparse product of every row.
        indicator = np.zeros(rows.shape[1], dtype=np.float32)
        indicator[columns] = 1.0
        names = rows @ indicator > 0
        return np.where(names, SITUATION_COSINE, 0.0)

    def stem_weight(self, stem: str) -> float:
        """Mean IDF of a stem's n-grams: how telling a shared word is, for the reasons text."""
        weight = self._stem_weights.get(stem)
        if weight is not None:
            return weight
        word_id = self._word_ids.get(stem)
        if word_id is None or not len(self._idf):
            return 0.0
        features = self._word_features[word_id]
        features = features[features < len(self._idf)]
        weight = float(self._idf[features].sum()) / len(features) if len(features) else 0.0
        self._stem_weights[stem] = weight
        return weight

    @property
    def is_fitted(self) -> bool:
        return self._n_docs > 0

    def fit_transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        self._find_boilerplate(texts)
        counts = self._counts(texts)
        self._n_docs = counts.shape[0]
        self._df = np.bincount(counts.indices, minlength=self.n_features).astype(np.int64)
        self._update_idf()
        return self._weigh(counts)

    def transform(self, texts: Sequence[str], *, offers: bool = True) -> sp.csr_matrix:
        """Vectors of ``texts`` under the fitted IDF; ``offers=False`` for needs."""
        counts = self._counts(texts, offers=offers)
        if len(self._idf) < self.n_features:
            self._update_idf()
        return self._weigh(counts)

    def _update_idf(self) -> None:
        df = np.zeros(self.n_features, dtype=np.float64)
        df[: len(self._df)] = self._df
        self._idf = (np.log((1.0 + self._n_docs) / (1.0 + df)) + 1.0).astype(np.float32)
        self._stem_weights = {}

    def _weigh(self, counts: sp.csr_matrix) -> sp.csr_matrix:
        """TF-IDF rows of unit length, computed in the counts' own arrays (a city's counts hold
        hundreds of millions of entries: every copy of them would raise the peak memory)."""
        matrix = counts.astype(np.float32, copy=False)
        # Sublinear term frequency: a word repeated in a long text should not dominate. Counts
        # below 1 come from down-weighted audience words and stay as they are.
        data = matrix.data
        many = data > 1.0
        data[many] = np.log(data[many]) + np.float32(1.0)
        del many
        data *= self._idf[matrix.indices]
        squares = sp.csr_matrix((data * data, matrix.indices, matrix.indptr), shape=matrix.shape)
        norms = np.sqrt(np.asarray(squares.sum(axis=1)).ravel())
        del squares
        norms[norms == 0] = 1.0
        data /= np.repeat(norms.astype(np.float32), np.diff(matrix.indptr))
        return matrix

    def widen(self, matrix: sp.csr_matrix) -> sp.csr_matrix:
        """The same vectors with room for n-grams added since ``matrix`` was built."""
        if matrix.shape[1] == self.n_features:
            return matrix
        return sp.csr_matrix(
            (matrix.data, matrix.indices, matrix.indptr), shape=(matrix.shape[0], self.n_features)
        )


#: A sentence found in this share of all distinct texts (and in at least BOILERPLATE_MIN_TEXTS
#: of them) is boilerplate; the synthetic and the Afeefa corpora stay clear of real content.
BOILERPLATE_SHARE = 0.02
BOILERPLATE_MIN_TEXTS = 20
BOILERPLATE_MIN_WORDS = 4
# A run of white space after ".", "!" or "?", or of line ends. Written to begin with white space
# rather than with the look-behind: the regex engine then skips to the next white space instead of
# trying the look-behind at every character.
_SENTENCE_END = re.compile(r"\s(?<=[.!?]\s)\s*|\n+")
_WORD = re.compile(r"\w+")


def _sentence_key(sentence: str) -> str:
    return " ".join(_WORD.findall(sentence.casefold()))


def offer_text(title: str, description: str) -> str:
    # The title says in a few words what the offer is; counting it twice keeps a long,
    # chatty description from drowning it.
    return f"{title}\n{title}\n{description}"
