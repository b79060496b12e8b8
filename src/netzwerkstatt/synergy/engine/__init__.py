"""The synergy engine: parallel offers and the best matches for a need, in pure Python.

No Django here: the web app turns its models into the records below, and benchmarks and other
projects can use the engine on their own. See ``bench/README.md`` for how it was measured.
"""

from .api import (
    OrganisationIndex,
    find_parallel_offers,
    rank_offers_for_need,
    rank_organisations_for_need,
)
from .index import OfferIndex
from .lexicon import (
    Lexicon,
    LexiconConflict,
    LexiconError,
    SituationNamesKind,
    TermRelation,
    TitleKind,
    UnknownKind,
    default_lexicon,
    entries_as_toml,
    extend_lexicon,
    kind_word,
    load_lexicon,
    use_lexicon,
)
from .records import (
    NeedRecord,
    OfferRecord,
    OrganisationRecord,
    Partition,
    RecordProblem,
    partition_valid,
    validate_need,
    validate_offer,
    validate_organisation,
)
from .results import (
    MissedAnswer,
    NeedMatch,
    OrganisationMatch,
    PairExplanation,
    ParallelOffers,
    ParallelParts,
    Reason,
)
from .scoring import DEFAULT_MIN_SCORE

__all__ = [
    "DEFAULT_MIN_SCORE",
    "Lexicon",
    "LexiconError",
    "PairExplanation",
    "ParallelParts",
    "Reason",
    "TitleKind",
    "default_lexicon",
    "load_lexicon",
    "use_lexicon",
    "LexiconConflict",
    "SituationNamesKind",
    "TermRelation",
    "UnknownKind",
    "entries_as_toml",
    "extend_lexicon",
    "kind_word",
    "MissedAnswer",
    "NeedMatch",
    "NeedRecord",
    "OfferIndex",
    "OfferRecord",
    "OrganisationIndex",
    "OrganisationMatch",
    "OrganisationRecord",
    "ParallelOffers",
    "Partition",
    "RecordProblem",
    "find_parallel_offers",
    "partition_valid",
    "rank_offers_for_need",
    "rank_organisations_for_need",
    "validate_need",
    "validate_offer",
    "validate_organisation",
]
