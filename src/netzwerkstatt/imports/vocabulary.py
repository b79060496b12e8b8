"""Matching the terms of a source to our vocabulary (target groups, topics, languages).

A term matches a term of ours by its name, its short name (slug), a part of its name
("Sport" in "Sport & Bewegung") or a synonym below. A term that matches nothing is reported,
never created: the vocabulary belongs to the coordinators who keep it in the admin.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from netzwerkstatt.core.models import Language, TargetGroup, Topic

TARGET_GROUP_SYNONYMS = {
    "children": "kinder", "kids": "kinder", "kind": "kinder", "youth": "jugendliche",
    "teenagers": "jugendliche", "young people": "jugendliche", "jugend": "jugendliche",
    "young adults": "junge-erwachsene", "families": "familien", "familie": "familien",
    "parents": "eltern", "women": "frauen", "girls": "maedchen", "men": "maenner",
    "seniors": "senior-innen", "senioren": "senior-innen", "seniorinnen": "senior-innen",
    "elderly": "senior-innen", "older adults": "senior-innen", "migrants": "migrant-innen",
    "migranten": "migrant-innen", "migrantinnen": "migrant-innen", "immigrants": "migrant-innen",
    "refugees": "gefluechtete", "fluechtlinge": "gefluechtete",
    "people with disabilities": "menschen-mit-behinderung", "alle": "nachbarschaft",
    "everyone": "nachbarschaft", "professionals": "fachkraefte",
}  # fmt: skip
TOPIC_SYNONYMS = {
    "education": "bildung", "homework": "lernen", "hausaufgaben": "lernen",
    "learning": "lernen", "language": "sprache", "deutschkurs": "sprache",
    "deutschkurse": "sprache", "german courses": "sprache", "counselling": "beratung",
    "counseling": "beratung", "advice": "beratung", "health": "gesundheit",
    "mental health": "gesundheit", "family": "familie", "kinderschutz": "familie",
    "leisure": "freizeit", "culture": "kultur", "sports": "sport", "bewegung": "sport",
    "employment": "arbeit", "work": "arbeit", "jobs": "arbeit", "ausbildung": "arbeit",
    "neighbourhood": "nachbarschaft", "begegnung": "nachbarschaft", "food": "ernaehrung",
    "environment": "umwelt", "klima": "umwelt", "participation": "teilhabe",
    "demokratie": "teilhabe",
}  # fmt: skip
LANGUAGE_SYNONYMS = {
    "german": "de", "deu": "de", "ger": "de", "english": "en", "eng": "en",
    "arabic": "ar", "ara": "ar", "farsi": "fa", "persian": "fa", "dari": "fa", "fas": "fa",
    "ukrainian": "uk", "ukr": "uk", "russian": "ru", "rus": "ru", "turkish": "tr",
    "tur": "tr", "kurdish": "ku", "kur": "ku", "french": "fr", "fra": "fr", "fre": "fr",
    "spanish": "es", "spa": "es", "vietnamese": "vi", "vie": "vi", "romanian": "ro",
    "ron": "ro", "bulgarian": "bg", "bul": "bg", "polish": "pl", "pol": "pl",
    "tigrinya": "ti", "tir": "ti", "somali": "so", "som": "so",
}  # fmt: skip


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ß", "ss"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", " ", plain).strip()


def _index(model, synonyms: dict[str, str]) -> dict[str, int]:
    terms = list(model.objects.values_list("pk", "slug", "name"))
    by_slug = {slug: pk for pk, slug, _name in terms}
    index: dict[str, int] = {}
    for key, slug in synonyms.items():
        if slug in by_slug:
            index[fold(key)] = by_slug[slug]
    for pk, slug, name in terms:
        for part in re.split(r"\s*(?:&|/|\(|\)|,)\s*", name):
            if fold(part):
                index.setdefault(fold(part), pk)
        index[fold(slug)] = pk
        index[fold(name)] = pk
    return index


@dataclass
class Vocabulary:
    target_groups: dict[str, int] = field(default_factory=dict)
    topics: dict[str, int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls) -> "Vocabulary":
        return cls(
            target_groups=_index(TargetGroup, TARGET_GROUP_SYNONYMS),
            topics=_index(Topic, TOPIC_SYNONYMS),
            languages=_index(Language, LANGUAGE_SYNONYMS),
        )

    def match(self, kind: str, terms: list[str]) -> tuple[list[int], list[str]]:
        """The ids of the terms we know, and the terms we do not."""
        index = getattr(self, kind)
        found: list[int] = []
        unknown: list[str] = []
        for term in terms:
            # "Spanish (limited)" is Spanish.
            pk = index.get(fold(term)) or index.get(fold(re.sub(r"\(.*?\)", "", term)))
            if pk is None:
                unknown.append(term)
            elif pk not in found:
                found.append(pk)
        return found, unknown
