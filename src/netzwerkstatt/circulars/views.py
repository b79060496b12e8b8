"""Circular pages (archive, writing with preview, delivery), e-mail settings, unsubscribing."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from netzwerkstatt import richtext
from netzwerkstatt.circulars import selectors, services
from netzwerkstatt.circulars.forms import CircularForm, MailPreferenceForm
from netzwerkstatt.circulars.permissions import get_circular_for_members
from netzwerkstatt.networks.permissions import get_coordinated_network, get_network_for_members


@login_required
@require_GET
def circular_list(request: HttpRequest, slug: str) -> HttpResponse:
    network, coordinates = get_network_for_members(request.user, slug)
    return render(
        request,
        "circulars/circular_list.html",
        {
            "network": network,
            "circulars": selectors.circular_archive(network),
            "is_coordinator": coordinates,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def circular_compose(request: HttpRequest, slug: str) -> HttpResponse:
    network = get_coordinated_network(request.user, slug)
    form = CircularForm(request.POST or None, network=network)
    preview = None
    if request.method == "POST" and form.is_valid():
        audience = form.audience()
        if request.POST.get("action") == "send":
            try:
                circular = services.send_circular(
                    network,
                    by=request.user,
                    subject=form.cleaned_data["subject"],
                    body=form.cleaned_data["body"],
                    audience=audience,
                    audience_label=form.audience_label(),
                    form_key=form.cleaned_data["form_key"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request,
                    _("The circular is being sent to %(count)s people.")
                    % {"count": circular.recipient_count},
                )
                return redirect(circular.get_absolute_url())
        preview = {
            "count": selectors.count_audience(network, audience),
            "body": mark_safe(richtext.render_restricted_html(form.cleaned_data["body"])),
            "subject": form.cleaned_data["subject"],
        }
    return render(
        request,
        "circulars/circular_form.html",
        {"network": network, "form": form, "preview": preview},
    )


@login_required
@require_GET
def circular_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    circular, coordinates = get_circular_for_members(request.user, slug, pk)
    report = None
    if coordinates:
        report = selectors.delivery_report(circular, page=request.GET.get("seite", 1))
    return render(
        request,
        "circulars/circular_detail.html",
        {
            "network": circular.network,
            "circular": circular,
            "is_coordinator": coordinates,
            "report": report,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def mail_settings(request: HttpRequest) -> HttpResponse:
    preference = selectors.preference_of(request.user)
    form = MailPreferenceForm(
        request.POST or None,
        initial={
            "digest": preference.digest,
            "circulars": preference.circulars,
            "language": preference.language or request.user.language,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.save_mail_preference(request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your e-mail settings have been saved."))
            return redirect("circulars:settings")
    return render(request, "circulars/mail_settings.html", {"form": form})


# Mail programs send the one-click POST of RFC 8058 without cookies or a CSRF token; the
# signed token in the address is what authorises it, and it can only switch mail off.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    found = services.read_unsubscribe_token(token)
    if found is None:
        return render(request, "circulars/unsubscribe_invalid.html", status=404)
    user, kind = found
    if request.method == "POST":
        services.unsubscribe(user, kind=kind)
        return render(request, "circulars/unsubscribe_done.html", {"kind": kind})
    return render(request, "circulars/unsubscribe.html", {"kind": kind, "person": user})
