"""The plain shapes every reader produces and the services consume.

Readers know file formats, not the database: they turn a file into organisations and offers
with raw terms (target groups, topics, languages as the source names them) and a list of
problems. Matching terms to our vocabulary and writing happen in `services`.
"""

import datetime
from dataclasses import dataclass, field
from typing import Any


class ImportFailed(Exception):
    """The file as a whole cannot be read; nothing is imported. The message is for people."""


@dataclass
class Problem:
    row: str
    field: str
    message: str
    #: True: the row is not imported. False: imported, but this part of it was left out.
    skipped: bool = True


@dataclass
class Slot:
    weekday: int
    start_time: datetime.time
    end_time: datetime.time

    def as_dict(self) -> dict[str, Any]:
        return {"weekday": self.weekday, "start_time": self.start_time, "end_time": self.end_time}


@dataclass
class OrganisationRecord:
    source_id: str
    row: str
    name: str
    description: str = ""
    website: str = ""
    phone: str = ""


@dataclass
class OfferRecord:
    source_id: str
    row: str
    #: The organisation's source id (HSDS) or its name (spreadsheets, see `organisation_by_name`).
    organisation_key: str
    data: dict[str, Any] = field(default_factory=dict)
    slots: list[Slot] = field(default_factory=list)
    target_groups: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    organisation_by_name: bool = False


@dataclass
class Package:
    organisations: list[OrganisationRecord] = field(default_factory=list)
    offers: list[OfferRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
