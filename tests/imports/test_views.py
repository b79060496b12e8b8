"""The web import: refusals, limits and bad input answered in German, never a 500."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from netzwerkstatt.imports.models import SpreadsheetUpload
from netzwerkstatt.offers.models import Offer
from tests.imports.test_spreadsheet import HEADERS, ROWS, csv_bytes

pytestmark = pytest.mark.django_db


def _upload(client, network, raw, name="angebote.csv"):
    return client.post(
        reverse("imports:upload", args=[network.slug]), {"file": SimpleUploadedFile(name, raw)}
    )


def test_coordinator_walks_through_upload_mapping_preview_confirm(world, as_user):
    client = as_user(world.coordinator)
    response = client.get(reverse("imports:upload", args=[world.network.slug]))
    assert response.status_code == 200
    response = _upload(client, world.network, csv_bytes([HEADERS, *ROWS]))
    upload = SpreadsheetUpload.objects.get()
    assert response.url == reverse("imports:mapping", args=[world.network.slug, upload.pk])
    page = client.get(response.url)
    assert 'value="title" selected' in page.content.decode()
    data = {f"column_{i}": field for i, field in upload.mapping.items()}
    response = client.post(response.url, data)
    preview_url = reverse("imports:preview", args=[world.network.slug, upload.pk])
    assert response.url == preview_url
    page = client.get(preview_url).content.decode()
    assert "„Zauberer“ gibt es in unseren Begriffen nicht" in page
    assert Offer.objects.count() == 0
    response = client.post(reverse("imports:confirm", args=[world.network.slug, upload.pk]))
    assert response.url == preview_url
    assert Offer.objects.count() == 3
    assert "Import abgeschlossen" in client.get(preview_url).content.decode()


@pytest.mark.parametrize(
    ("raw", "name", "message"),
    [
        (b"", "leer.csv", "Datei ist leer"),
        (";".join(HEADERS).encode(), "kopf.csv", "nur Spaltenüberschriften"),
        (b"PK\x03\x04kaputt", "kaputt.xlsx", "keine Excel-Arbeitsmappe"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "bild.csv", "keine Textdatei"),
    ],
)
def test_bad_files_are_answered_in_german_and_nothing_is_kept(world, as_user, raw, name, message):
    response = _upload(as_user(world.coordinator), world.network, raw, name)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not SpreadsheetUpload.objects.exists()


def test_a_file_over_the_limit_is_refused_while_it_streams(world, as_user, settings):
    settings.IMPORT_MAX_UPLOAD_BYTES = 10 * 1024
    raw = csv_bytes([HEADERS] + ROWS * 200)
    assert 10 * 1024 < len(raw) < 10 * 1024 + 64 * 1024
    response = _upload(as_user(world.coordinator), world.network, raw)
    assert response.status_code == 200
    assert (
        "größer als 0 MB" in response.content.decode() or "größer als" in response.content.decode()
    )
    assert not SpreadsheetUpload.objects.exists()


def test_a_100_mb_request_is_refused_before_its_body_is_read(world, as_user):
    client = as_user(world.coordinator)
    response = client.post(
        reverse("imports:upload", args=[world.network.slug]),
        {"file": SimpleUploadedFile("gross.csv", b"Titel\r\nx\r\n")},
        CONTENT_LENGTH=str(100 * 1024 * 1024),
    )
    assert response.status_code == 413
    assert "größer als 5 MB" in response.content.decode()
    assert not SpreadsheetUpload.objects.exists()


def test_another_networks_upload_is_not_found(world, as_user):
    upload = SpreadsheetUpload.objects.create(
        network=world.other_network,
        expires_at="2099-01-01T00:00:00Z",
        filename="a.csv",
        file_format="CSV",
        headers=HEADERS,
        rows=ROWS,
    )
    client = as_user(world.coordinator)
    url = reverse("imports:preview", args=[world.network.slug, upload.pk])
    assert client.get(url).status_code == 404


def test_expired_upload_asks_for_the_file_again(world, as_user):
    upload = SpreadsheetUpload.objects.create(
        network=world.network,
        expires_at="2000-01-01T00:00:00Z",
        filename="a.csv",
        file_format="CSV",
        headers=HEADERS,
        rows=ROWS,
        mapping={"0": "title", "1": "description", "2": "organisation"},
    )
    client = as_user(world.coordinator)
    response = client.post(reverse("imports:confirm", args=[world.network.slug, upload.pk]))
    assert response.url == reverse("imports:upload", args=[world.network.slug])
    assert Offer.objects.count() == 0
    response = client.get(reverse("imports:mapping", args=[world.network.slug, upload.pk]))
    assert response.status_code == 302


@pytest.mark.parametrize("role", ["anonymous", "outsider", "member"])
def test_only_coordinators_reach_the_import(world, as_user, user_for, role):
    response = as_user(user_for(role)).get(reverse("imports:upload", args=[world.network.slug]))
    assert response.status_code in (302, 403)


def _preview_queries(client, world, rows, _unused=None):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    upload = SpreadsheetUpload.objects.create(
        network=world.network,
        expires_at="2099-01-01T00:00:00Z",
        filename="a.csv",
        file_format="CSV",
        headers=HEADERS,
        rows=rows,
        mapping={"0": "title", "1": "description", "2": "organisation", "5": "target_groups"},
    )
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("imports:preview", args=[world.network.slug, upload.pk]))
    assert response.status_code == 200
    return len(queries)


def test_preview_queries_do_not_grow_with_the_rows(world, as_user, django_assert_num_queries):
    client = as_user(world.coordinator)
    _preview_queries(client, world, ROWS, None)  # fills the content-type cache
    few = _preview_queries(client, world, ROWS, None)
    many = [[f"{row[0]} {n}", *row[1:]] for n in range(30) for row in ROWS]
    assert _preview_queries(client, world, many, None) == few
    upload = SpreadsheetUpload.objects.latest("pk")
    # Session, user, network, coordinator check, upload; then the plan's reads: imported
    # records, memberships, organisations, staff, names outside, three vocabularies, offers.
    with django_assert_num_queries(14):
        client.get(reverse("imports:preview", args=[world.network.slug, upload.pk]))


def test_a_new_upload_deletes_expired_ones(world, as_user):
    expired = SpreadsheetUpload.objects.create(
        network=world.other_network,
        expires_at="2000-01-01T00:00:00Z",
        filename="alt.csv",
        file_format="CSV",
        headers=HEADERS,
        rows=ROWS,
    )
    _upload(as_user(world.coordinator), world.network, csv_bytes([HEADERS, *ROWS]))
    assert not SpreadsheetUpload.objects.filter(pk=expired.pk).exists()
    assert SpreadsheetUpload.objects.filter(network=world.network).exists()
