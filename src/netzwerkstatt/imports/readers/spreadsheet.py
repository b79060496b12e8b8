"""Spreadsheets of offers as people export them: CSV (`;` or `,`, UTF-8 with or without BOM,
or Windows-1252) and XLSX, and the column mapping that turns their rows into offers.

An XLSX file is a zip archive; it is opened only after its table of contents shows it is a
workbook whose unpacked size stays within bounds, so a zip bomb is refused before anything
is unpacked.
"""

import csv
import io
import re
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from netzwerkstatt.imports.records import ImportFailed, OfferRecord, Package, Problem
from netzwerkstatt.imports.text import clean, decode, parse_weekly_times

#: The fields a column can be mapped to, with their labels.
FIELDS = {
    "": gettext_lazy("(do not import)"),
    "id": gettext_lazy("Number (id) of the offer"),
    "title": gettext_lazy("Title"),
    "summary": gettext_lazy("Short description"),
    "description": gettext_lazy("Description"),
    "organisation": gettext_lazy("Organisation"),
    "place_name": gettext_lazy("Place"),
    "address": gettext_lazy("Address"),
    "times": gettext_lazy("Weekly times"),
    "target_groups": gettext_lazy("Target groups"),
    "topics": gettext_lazy("Topics"),
    "languages": gettext_lazy("Languages"),
    "costs": gettext_lazy("Costs"),
    "registration": gettext_lazy("Registration"),
    "phone": gettext_lazy("Contact phone"),
}

#: Headings people use, folded to lower case, per field.
HEADINGS = {
    "id": ["id", "nr", "nummer", "kennung"],
    "title": ["titel", "title", "name", "angebot", "bezeichnung", "name des angebots"],
    "summary": ["kurzbeschreibung", "summary", "kurztext"],
    "description": ["beschreibung", "description", "text", "details"],
    "organisation": ["organisation", "organization", "träger", "traeger", "anbieter", "verein"],
    "place_name": ["ort", "place", "location", "veranstaltungsort"],
    "address": ["adresse", "address", "anschrift", "straße", "strasse"],
    "times": ["zeiten", "zeit", "times", "öffnungszeiten", "termine", "wann", "schedule"],
    "target_groups": ["zielgruppe", "zielgruppen", "target group", "target groups", "für wen"],
    "topics": ["thema", "themen", "topic", "topics", "kategorie", "kategorien"],
    "languages": ["sprache", "sprachen", "language", "languages"],
    "costs": ["kosten", "costs", "cost", "preis", "gebühr", "gebühren", "fees"],
    "registration": ["anmeldung", "registration"],
    "phone": ["telefon", "phone", "tel", "tel."],
}

FREE_WORDS = {"", "0", "0 €", "0€", "0,00 €", "kostenlos", "kostenfrei", "frei", "gratis",
              "free", "keine", "nein", "umsonst"}  # fmt: skip
_POSTCODE_CITY = re.compile(r"^(?P<street>.*?)[,\s]+(?P<postcode>\d{5})\s+(?P<city>[^,]+)$")


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    file_format: str


def read_table(raw: bytes, filename: str) -> Table:
    """The headings and rows of a CSV or XLSX file, every cell as text."""
    max_rows = settings.IMPORT_MAX_ROWS
    if not raw.strip():
        raise ImportFailed(_("The file is empty."))
    if raw[:4] == b"PK\x03\x04" or filename.lower().endswith((".xlsx", ".xlsm")):
        table = _read_xlsx(raw, max_rows)
    else:
        table = _read_csv(raw, max_rows)
    while table.headers and not table.headers[-1]:
        table.headers.pop()
    if not any(table.headers):
        raise ImportFailed(_("The first row holds no column headings."))
    width = len(table.headers)
    table.rows = [
        (row + [""] * width)[:width] for row in table.rows if any(cell.strip() for cell in row)
    ]
    if not table.rows:
        raise ImportFailed(_("The file holds only column headings and no rows."))
    return table


def _read_csv(raw: bytes, max_rows: int) -> Table:
    text, encoding = decode(raw)
    first, _newline, rest = text.partition("\n")
    hint = first.strip().lower()
    if hint.startswith("sep=") and len(hint) == 5 and hint[4] in ";,\t":
        # Excel writes and honours a first line "sep=;" naming the delimiter.
        delimiter, text = first.strip()[4], rest
    else:
        delimiter = _sniff(text[:8192])
    try:
        rows = []
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            rows.append([cell.strip() for cell in row])
            if len(rows) > max_rows + 1:
                raise ImportFailed(_too_many_rows(max_rows))
    except csv.Error as error:
        raise ImportFailed(
            _("The file cannot be read as CSV (%(error)s).") % {"error": error}
        ) from None
    if not rows:
        raise ImportFailed(_("The file is empty."))
    names = {";": _("semicolon"), ",": _("comma"), "\t": _("tab")}
    return Table(rows[0], rows[1:], f"CSV, {encoding}, {names[delimiter]}")


def _sniff(sample: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        first = sample.split("\n", 1)[0]
        return ";" if first.count(";") >= first.count(",") else ","


def _too_many_rows(max_rows: int) -> str:
    return _("The file has more than %(max)s rows. Please split it into smaller files.") % {
        "max": max_rows
    }


def _read_xlsx(raw: bytes, max_rows: int) -> Table:
    not_xlsx = _("The file is not an Excel workbook (XLSX). Please save it as XLSX or CSV.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ImportFailed(not_xlsx) from None
    if "xl/workbook.xml" not in {member.filename for member in members}:
        raise ImportFailed(not_xlsx)
    if sum(member.file_size for member in members) > settings.IMPORT_MAX_UNPACKED_BYTES:
        raise ImportFailed(
            _("The workbook unpacks to more than %(mb)s MB. Please save it as CSV.")
            % {"mb": settings.IMPORT_MAX_UNPACKED_BYTES // (1024 * 1024)}
        )
    from openpyxl import load_workbook

    try:
        # read_only streams the sheet; data_only=False keeps formulas visible as "=…".
        workbook = load_workbook(io.BytesIO(raw), read_only=True, data_only=False)
        sheet = workbook.worksheets[0]
        rows = []
        for values in sheet.iter_rows(values_only=True):
            rows.append([_cell(value) for value in values])
            if len(rows) > max_rows + 1:
                raise ImportFailed(_too_many_rows(max_rows))
        workbook.close()
    except ImportFailed:
        raise
    except Exception:  # openpyxl raises many kinds on broken files; all mean the same here.
        raise ImportFailed(not_xlsx) from None
    if not rows:
        raise ImportFailed(_("The file is empty."))
    return Table(rows[0], rows[1:], "XLSX")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """Column index (as text) → field, for headings we recognise; each field once."""
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for index, heading in enumerate(headers):
        folded = heading.strip().lower().rstrip(":")
        for field, names in HEADINGS.items():
            if field not in used and folded in names:
                mapping[str(index)] = field
                used.add(field)
                break
    return mapping


def _split_terms(value: str) -> list[str]:
    return [part.strip() for part in re.split(r"[,;/\n]+", value) if part.strip()]


def rows_to_package(headers: list[str], rows: list[list[str]], mapping: dict[str, str]) -> Package:
    """Offers from the rows, with every problem per row. Organisations are named, not
    numbered: the services match them to the network's members by name."""
    package = Package()
    columns = {field: int(index) for index, field in mapping.items() if field}
    seen: dict[str, int] = {}
    for number, row in enumerate(rows, start=2):
        label = _("row %(row)s") % {"row": number}
        values = {field: row[index] if index < len(row) else "" for field, index in columns.items()}
        problems = []
        for field, value in list(values.items()):
            if value.startswith("="):
                problems.append(
                    Problem(
                        label,
                        str(FIELDS[field]),
                        _("The cell holds a formula (%(formula)s). Please enter the value itself.")
                        % {"formula": clean(value, 40)},
                    )
                )
                values[field] = ""
        title = clean(values.get("title"), 200)
        organisation = clean(values.get("organisation"), 200)
        description = clean(values.get("description"), 5000)
        if not title:
            problems.append(Problem(label, str(FIELDS["title"]), _("The title is missing.")))
        if not organisation:
            problems.append(
                Problem(label, str(FIELDS["organisation"]), _("The organisation is missing."))
            )
        if not description:
            problems.append(
                Problem(label, str(FIELDS["description"]), _("The description is missing."))
            )
        source_id = clean(values.get("id")) or f"{organisation.lower()}|{title.lower()}"
        if title and organisation and source_id in seen:
            problems.append(
                Problem(
                    label,
                    str(FIELDS["id"] if values.get("id") else FIELDS["title"]),
                    _("Same offer as in row %(row)s; only the first is imported.")
                    % {"row": seen[source_id]},
                )
            )
        seen.setdefault(source_id, number)
        package.problems.extend(problems)
        if any(problem.skipped for problem in problems):
            continue
        offer = OfferRecord(
            source_id=source_id,
            row=label,
            organisation_key=organisation,
            organisation_by_name=True,
            target_groups=_split_terms(values.get("target_groups", "")),
            topics=_split_terms(values.get("topics", "")),
            languages=_split_terms(values.get("languages", "")),
        )
        costs = clean(values.get("costs"), 200)
        offer.data = {
            "title": title,
            "summary": clean(values.get("summary"), 300),
            "description": description,
            "is_free": costs.lower() in FREE_WORDS,
            "cost_note": "" if costs.lower() in FREE_WORDS else costs,
            "registration_note": clean(values.get("registration"), 300),
            "place_name": clean(values.get("place_name"), 200),
            "contact_phone": clean(values.get("phone"), 40),
        }
        address = clean(values.get("address"))
        if address:
            match = _POSTCODE_CITY.match(address.replace("\n", ", "))
            if match:
                offer.data["street"] = clean(match.group("street").strip(" ,"), 200)
                offer.data["postcode"] = match.group("postcode")
                offer.data["city"] = clean(match.group("city"), 100)
            else:
                offer.data["street"] = clean(address, 200)
        times = clean(values.get("times"))
        if times:
            slots = parse_weekly_times(times)
            if slots is None:
                package.problems.append(
                    Problem(
                        label,
                        str(FIELDS["times"]),
                        _(
                            "“%(times)s” cannot be read as weekly times (for example "
                            "“Mo 15-17 Uhr; Mi, Fr 10:00-12:00”). The offer is imported "
                            "without times; the text goes into the registration note."
                        )
                        % {"times": clean(times, 80)},
                        False,
                    )
                )
                if not offer.data["registration_note"]:
                    offer.data["registration_note"] = clean(times, 300)
            else:
                offer.slots = slots
        package.offers.append(offer)
    return package
