"""The spreadsheet import of network A: only its coordinators (and the admin) may use it.

The coordinator of network B, which shares the owning organisation with A, is refused like
everyone else: coordinating one network gives no right to import into another.
"""

import datetime

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from netzwerkstatt.imports.models import SpreadsheetUpload
from netzwerkstatt.offers.models import Offer
from tests.permission_matrix.matrix import COORDINATORS, Case, GetOnly

HEADERS = ["Titel", "Beschreibung", "Organisation"]
ROWS = [["Importiertes Angebot", "Aus einer Tabelle", "Importierter Verein"]]
MAPPING = {"0": "title", "1": "description", "2": "organisation"}


def _upload(world, *, mapping=None) -> SpreadsheetUpload:
    upload, _created = SpreadsheetUpload.objects.get_or_create(
        network=world.net_a,
        filename="angebote.csv",
        defaults={
            "expires_at": timezone.now() + datetime.timedelta(hours=1),
            "file_format": "CSV",
            "headers": HEADERS,
            "rows": ROWS,
            "mapping": mapping or {},
        },
    )
    return upload


def _file(world, actor):
    return {
        "file": SimpleUploadedFile(
            "liste.csv", b"Titel;Beschreibung;Organisation\r\nKurs;Text;Verein\r\n"
        )
    }


CASES = [
    Case(
        "imports:upload",
        lambda w: reverse("imports:upload", args=[w.net_a.slug]),
        allowed=COORDINATORS,
        data=_file,
        effect=lambda ctx: SpreadsheetUpload.objects.filter(
            network=ctx.world.net_a, filename="liste.csv"
        ).exists(),
    ),
    Case(
        "imports:mapping",
        lambda w: reverse("imports:mapping", args=[w.net_a.slug, _upload(w).pk]),
        allowed=COORDINATORS,
        prepare=lambda w, client: _upload(w),
        data=lambda w, actor: {f"column_{index}": field for index, field in MAPPING.items()},
        effect=lambda ctx: (
            SpreadsheetUpload.objects.get(network=ctx.world.net_a).mapping == MAPPING
        ),
    ),
    Case(
        "imports:confirm",
        lambda w: reverse("imports:confirm", args=[w.net_a.slug, _upload(w, mapping=MAPPING).pk]),
        allowed=COORDINATORS,
        prepare=lambda w, client: _upload(w, mapping=MAPPING),
        effect=lambda ctx: Offer.objects.filter(title="Importiertes Angebot").exists(),
    ),
]

GET_ONLY = [
    GetOnly(
        "imports:preview",
        lambda w: reverse("imports:preview", args=[w.net_a.slug, _upload(w, mapping=MAPPING).pk]),
    ),
]
