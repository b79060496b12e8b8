"""The spreadsheet import of a network: upload, map columns, preview, confirm.

Nothing about the offers is saved before the confirmation; the parsed upload waits in a
`SpreadsheetUpload` row, where every app server finds it.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods, require_POST

from netzwerkstatt.imports import selectors, services
from netzwerkstatt.imports.forms import ColumnMappingForm, SpreadsheetUploadForm
from netzwerkstatt.imports.permissions import get_network_upload
from netzwerkstatt.imports.uploads import LimitedUploadHandler
from netzwerkstatt.networks.permissions import get_coordinated_network

# Room for the form's other fields and the multipart framing around the file.
REQUEST_MARGIN = 64 * 1024


@login_required
@csrf_exempt  # checked in _upload, after the size limit is in place (see Django's upload docs)
@require_http_methods(["GET", "POST"])
def upload(request: HttpRequest, slug: str) -> HttpResponse:
    network = get_coordinated_network(request.user, slug)
    limit = settings.IMPORT_MAX_UPLOAD_BYTES
    handler = None
    if request.method == "POST":
        length = request.META.get("CONTENT_LENGTH") or "0"
        if not length.isdigit() or int(length) > limit + REQUEST_MARGIN:
            # Refused before a byte of the body is read.
            return render(
                request,
                "imports/upload.html",
                {
                    "network": network,
                    "form": SpreadsheetUploadForm(),
                    "error": services.too_large_message(),
                },
                status=413,
            )
        handler = LimitedUploadHandler(request, limit=limit)
        request.upload_handlers = [handler]
    return _upload(request, network, handler)


@csrf_protect
def _upload(request: HttpRequest, network, handler: LimitedUploadHandler | None) -> HttpResponse:
    form = SpreadsheetUploadForm(request.POST or None, request.FILES or None)
    error = ""
    if request.method == "POST":
        if handler is not None and handler.too_large:
            form = SpreadsheetUploadForm()
            error = services.too_large_message()
        elif form.is_valid():
            file = form.cleaned_data["file"]
            try:
                upload = services.parse_spreadsheet(
                    network, raw=file.read(), filename=file.name, by=request.user
                )
            except ValidationError as problem:
                form.add_error("file", problem)
            else:
                return redirect("imports:mapping", slug=network.slug, pk=upload.pk)
    return render(
        request, "imports/upload.html", {"network": network, "form": form, "error": error}
    )


def _gone(request: HttpRequest, upload) -> HttpResponse | None:
    """An imported or expired upload shows its result or asks for the file again."""
    if upload.imported_at is not None:
        return redirect("imports:preview", slug=upload.network.slug, pk=upload.pk)
    if upload.is_expired:
        messages.error(request, _("This upload has expired. Please upload the file again."))
        return redirect("imports:upload", slug=upload.network.slug)
    return None


@login_required
@require_http_methods(["GET", "POST"])
def mapping(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    upload = get_network_upload(request.user, slug, pk)
    gone = _gone(request, upload)
    if gone is not None:
        return gone
    form = ColumnMappingForm(
        request.POST or None,
        headers=upload.headers,
        samples=upload.rows[:3],
        initial_mapping=upload.mapping,
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.save_column_mapping(upload, mapping=form.mapping())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("imports:preview", slug=slug, pk=upload.pk)
    return render(
        request,
        "imports/mapping.html",
        {"network": upload.network, "upload": upload, "form": form, "row_count": len(upload.rows)},
    )


@login_required
@require_http_methods(["GET"])
def preview(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    upload = get_network_upload(request.user, slug, pk)
    context = {"network": upload.network, "upload": upload}
    if upload.imported_at is not None:
        return render(request, "imports/result.html", context)
    if upload.is_expired:
        return _gone(request, upload)
    if not upload.mapping:
        return redirect("imports:mapping", slug=slug, pk=upload.pk)
    report = selectors.preview_spreadsheet_import(upload)
    context.update(
        report=report,
        rows=selectors.preview_table(upload, report),
        importable=report.counts["offers"]["created"] + report.counts["offers"]["updated"],
    )
    return render(request, "imports/preview.html", context)


@login_required
@require_POST
def confirm(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    upload = get_network_upload(request.user, slug, pk)
    try:
        report = services.confirm_spreadsheet_import(upload, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        if upload.is_expired:
            return redirect("imports:upload", slug=slug)
        return redirect("imports:preview", slug=slug, pk=upload.pk)
    offers = report.counts["offers"]
    messages.success(
        request,
        _("Imported: %(created)s new offers, %(updated)s updated.")
        % {"created": offers["created"], "updated": offers["updated"]},
    )
    return redirect("imports:preview", slug=slug, pk=upload.pk)
