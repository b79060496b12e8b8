"""Spreadsheets of offers: reading CSV and XLSX as people export them, mapping, preview, import."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from openpyxl import Workbook

from netzwerkstatt.audit.models import AuditAction, AuditEntry
from netzwerkstatt.imports.readers.spreadsheet import guess_mapping, read_table
from netzwerkstatt.imports.records import ImportFailed
from netzwerkstatt.imports.selectors import preview_spreadsheet_import, preview_table
from netzwerkstatt.imports.services import (
    confirm_spreadsheet_import,
    parse_spreadsheet,
    save_column_mapping,
)
from netzwerkstatt.networks.models import Membership, Organisation
from netzwerkstatt.offers.models import Offer
from tests.factories import MembershipFactory, OrganisationFactory, StaffFactory

HEADERS = [
    "Titel",
    "Beschreibung",
    "Organisation",
    "Adresse",
    "Zeiten",
    "Zielgruppe",
    "Sprachen",
    "Kosten",
]
ROWS = [
    ["Hausaufgabenhilfe", "Lernen nach der Schule", "Lernhaus Schönefeld e.V.",
     "Gorkistraße 120, 04347 Leipzig", "Mo, Mi 15-17 Uhr", "Kinder, Jugendliche",
     "Deutsch, Arabisch", "kostenlos"],
    ["Näh-Café", "Gemeinsam nähen", "Lernhaus Schönefeld e.V.", "", "Di 10:00–12:00",
     "Frauen; Zauberer", "Deutsch", "2 € pro Treffen"],
    ["Sprechstunde", "Beratung", "Lernhaus Schönefeld e.V.", "", "nach Vereinbarung", "", "", ""],
]  # fmt: skip


def csv_bytes(rows, *, delimiter=";", encoding="utf-8", bom=False) -> bytes:
    lines = [
        delimiter.join(f'"{cell}"' if delimiter in cell else cell for cell in row) for row in rows
    ]
    data = ("\r\n".join(lines) + "\r\n").encode(encoding)
    return (b"\xef\xbb\xbf" + data) if bom else data


def xlsx_bytes(rows) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("delimiter", "encoding", "bom", "described"),
    [
        (";", "utf-8", True, "CSV, UTF-8, Semikolon"),
        (",", "utf-8", False, "CSV, UTF-8, Komma"),
        (";", "cp1252", False, "CSV, Windows-1252, Semikolon"),
    ],
)
def test_csv_in_the_encodings_and_delimiters_people_export(delimiter, encoding, bom, described):
    table = read_table(
        csv_bytes([HEADERS, *ROWS], delimiter=delimiter, encoding=encoding, bom=bom), "a.csv"
    )
    assert table.headers == HEADERS
    assert table.rows[0][2] == "Lernhaus Schönefeld e.V."
    assert table.rows[0][3] == "Gorkistraße 120, 04347 Leipzig"
    assert table.file_format == described


def test_excel_delimiter_hint_line():
    raw = b"sep=,\r\n" + csv_bytes([HEADERS, *ROWS], delimiter=",")
    table = read_table(raw, "angebote.csv")
    assert table.headers == HEADERS and table.file_format == "CSV, UTF-8, Komma"


def test_excel_unicode_text_is_utf16_with_tabs():
    raw = "\r\n".join("\t".join(row) for row in [HEADERS, *ROWS]).encode("utf-16")
    table = read_table(raw, "angebote.txt")
    assert table.file_format == "CSV, UTF-16, Tabulator"
    assert table.rows[1][0] == "Näh-Café"


def test_xlsx_written_by_openpyxl():
    table = read_table(xlsx_bytes([HEADERS, *ROWS, [None] * 8]), "angebote.xlsx")
    assert table.headers == HEADERS and len(table.rows) == 3
    assert table.rows[1][0] == "Näh-Café"


def test_guessed_mapping_of_german_headings():
    mapping = guess_mapping(HEADERS)
    assert [mapping[str(i)] for i in range(8)] == [
        "title", "description", "organisation", "address", "times", "target_groups",
        "languages", "costs",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "filename", "message"),
    [
        (b"", "leer.csv", "Die Datei ist leer."),
        (b"   \r\n", "leer.csv", "Die Datei ist leer."),
        (";".join(HEADERS).encode() + b"\r\n", "kopf.csv", "nur Spaltenüberschriften"),
        (b"\x00\x01\x02binary", "bild.csv", "keine Textdatei"),
        (b"PK\x03\x04 not really a zip", "kaputt.xlsx", "keine Excel-Arbeitsmappe"),
        (b'Titel;Beschreibung\r\n"offen;nie zu\r\n', "kaputt.csv", None),
    ],
)
def test_bad_files_fail_with_a_clear_german_message(raw, filename, message):
    if message is None:
        # An unclosed quote is read to the end of the file, as spreadsheet programs do.
        assert read_table(raw, filename).rows
        return
    with pytest.raises(ImportFailed, match=message):
        read_table(raw, filename)


def test_a_zip_that_is_no_workbook_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hallo.txt", "kein Excel")
    with pytest.raises(ImportFailed, match="keine Excel-Arbeitsmappe"):
        read_table(buffer.getvalue(), "tabelle.xlsx")


def test_a_zip_bomb_is_refused_before_unpacking(settings):
    settings.IMPORT_MAX_UNPACKED_BYTES = 1024 * 1024
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (5 * 1024 * 1024))
    assert len(buffer.getvalue()) < 100 * 1024
    with pytest.raises(ImportFailed, match="entpackt größer als 1 MB"):
        read_table(buffer.getvalue(), "bombe.xlsx")


def test_too_many_rows_are_refused(settings):
    settings.IMPORT_MAX_ROWS = 5
    with pytest.raises(ImportFailed, match="mehr als 5 Zeilen"):
        read_table(csv_bytes([HEADERS] + ROWS * 3), "viel.csv")
    with pytest.raises(ImportFailed, match="mehr als 5 Zeilen"):
        read_table(xlsx_bytes([HEADERS] + ROWS * 3), "viel.xlsx")


# The whole journey through the services -----------------------------------------------------


@pytest.fixture
def upload(world):
    return parse_spreadsheet(
        world.network,
        raw=csv_bytes([HEADERS, *ROWS]),
        filename="angebote.csv",
        by=world.coordinator,
    )


def test_parse_keeps_the_rows_and_saves_nothing_else(world, upload):
    assert upload.mapping["0"] == "title" and len(upload.rows) == 3
    assert Offer.objects.count() == 0
    assert not Organisation.objects.filter(name="Lernhaus Schönefeld e.V.").exists()


def test_preview_shows_every_problem_per_row_in_german(world, upload):
    report = preview_spreadsheet_import(upload)
    table = preview_table(upload, report)
    assert [row["action"] for row in table] == ["created", "created", "created"]
    messages = {row["number"]: [p.message for p in row["problems"]] for row in table}
    assert messages[2] == []
    assert messages[3] == ["„Zauberer“ gibt es in unseren Begriffen nicht; weggelassen."]
    assert "nicht als wöchentliche Zeiten lesen" in messages[4][0]
    assert Offer.objects.count() == 0


def test_confirm_imports_good_rows_once(world, upload):
    report = confirm_spreadsheet_import(upload, by=world.coordinator)
    assert report.counts["offers"]["created"] == 3
    homework = Offer.objects.get(title="Hausaufgabenhilfe")
    assert (homework.street, homework.postcode, homework.city) == (
        "Gorkistraße 120",
        "04347",
        "Leipzig",
    )
    assert sorted(homework.weekly_slots.values_list("weekday", flat=True)) == [0, 2]
    assert set(homework.target_groups.values_list("slug", flat=True)) == {"kinder", "jugendliche"}
    assert set(homework.languages.values_list("slug", flat=True)) == {"de", "ar"}
    assert homework.is_free
    cafe = Offer.objects.get(title="Näh-Café")
    assert not cafe.is_free and cafe.cost_note == "2 € pro Treffen"
    assert Offer.objects.get(title="Sprechstunde").registration_note == "nach Vereinbarung"
    lernhaus = Organisation.objects.get(name="Lernhaus Schönefeld e.V.")
    assert not lernhaus.staff.exists()
    assert Membership.objects.filter(network=world.network, organisation=lernhaus).exists()
    assert AuditEntry.objects.filter(action=AuditAction.IMPORTED, actor=world.coordinator).exists()
    with pytest.raises(ValidationError):
        confirm_spreadsheet_import(upload, by=world.coordinator)
    # The same file again updates nothing and creates nothing.
    again = parse_spreadsheet(
        world.network, raw=csv_bytes([HEADERS, *ROWS]), filename="b.csv", by=world.coordinator
    )
    assert preview_spreadsheet_import(again).counts["offers"]["unchanged"] == 3


def test_rows_of_an_organisation_with_staff_are_refused(world):
    rows = [
        HEADERS,
        ["Frauenfrühstück", "Jeden Freitag", world.member_org.name, "", "", "", "", ""],
    ]
    upload = parse_spreadsheet(
        world.network, raw=csv_bytes(rows), filename="a.csv", by=world.coordinator
    )
    table = preview_table(upload, report := preview_spreadsheet_import(upload))
    assert table[0]["action"] == "skipped"
    assert table[0]["problems"][0].message == (
        "Internationale Frauen e.V. hat eigene Mitarbeiter:innen; "
        "sie tragen ihre Angebote selbst ein."
    )
    assert report.counts["offers"]["skipped"] == 1
    with pytest.raises(ValidationError):
        confirm_spreadsheet_import(upload, by=world.coordinator)
    assert not world.member_org.offers.exists()


def test_placeholder_member_is_matched_by_name(world):
    placeholder = OrganisationFactory(name="Nachbarschaftsgarten")
    MembershipFactory(network=world.network, organisation=placeholder)
    rows = [HEADERS, ["Gießtreff", "Gemeinsam gießen", "nachbarschaftsgarten", "", "", "", "", ""]]
    upload = parse_spreadsheet(
        world.network, raw=csv_bytes(rows), filename="a.csv", by=world.coordinator
    )
    confirm_spreadsheet_import(upload, by=world.coordinator)
    assert Offer.objects.get(title="Gießtreff").organisation == placeholder


def test_formulas_duplicates_and_missing_fields_are_problems(world):
    rows = [
        HEADERS,
        ['=HYPERLINK("http://x")', "Text", "Verein", "", "", "", "", ""],
        ["Kurs", "Text", "Verein", "", "", "", "", ""],
        ["Kurs", "Anderer Text", "Verein", "", "", "", "", ""],
        ["Ohne Beschreibung", "", "Verein", "", "", "", "", ""],
    ]
    upload = parse_spreadsheet(
        world.network, raw=xlsx_bytes(rows), filename="a.xlsx", by=world.coordinator
    )
    table = preview_table(upload, preview_spreadsheet_import(upload))
    assert [row["action"] for row in table] == ["skipped", "created", "skipped", "skipped"]
    assert "enthält eine Formel" in table[0]["problems"][0].message
    assert "Dasselbe Angebot wie in Zeile 3" in table[2]["problems"][0].message
    assert table[3]["problems"][0].message == "Die Beschreibung fehlt."


def test_mapping_needs_title_organisation_and_description(world, upload):
    with pytest.raises(ValidationError, match="Titel"):
        save_column_mapping(upload, mapping={"1": "description", "2": "organisation"})
    with pytest.raises(ValidationError):
        save_column_mapping(upload, mapping={"0": "title", "1": "title", "2": "organisation"})


def test_organisation_of_the_same_name_outside_the_network_is_not_used(world):
    rows = [HEADERS, ["Kurs", "Text", world.outside_org.name, "", "", "", "", ""]]
    upload = parse_spreadsheet(
        world.network, raw=csv_bytes(rows), filename="a.csv", by=world.coordinator
    )
    table = preview_table(upload, preview_spreadsheet_import(upload))
    assert table[0]["action"] == "skipped"
    assert "außerhalb dieses Netzwerks" in table[0]["problems"][0].message


def test_an_organisation_with_staff_named_twice_is_refused_in_every_row(world):
    StaffFactory(organisation=world.member_org)
    rows = [HEADERS] + [
        [f"Kurs {n}", "Text", world.member_org.name, "", "", "", "", ""] for n in range(2)
    ]
    upload = parse_spreadsheet(
        world.network, raw=csv_bytes(rows), filename="a.csv", by=world.coordinator
    )
    table = preview_table(upload, preview_spreadsheet_import(upload))
    assert [len(row["problems"]) for row in table] == [1, 1]
