"""The two pages behind every "Translations" link: the languages with their status, and the
form of one language beside the German original. Apps check the permission and save."""

from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from netzwerkstatt.core.content_translations import (
    ContentTranslationForm,
    get_translation_language,
    translation_statuses,
)
from netzwerkstatt.core.languages import is_right_to_left, local_name
from netzwerkstatt.core.models import TranslatableContent


def translation_overview(
    request: HttpRequest,
    obj: TranslatableContent,
    *,
    title: str,
    form_url_name: str,
    url_args: list,
) -> HttpResponse:
    languages = [
        (status, reverse(form_url_name, args=[*url_args, status.code]))
        for status in translation_statuses(obj)
    ]
    return render(
        request,
        "core/translation_overview.html",
        {"object": obj, "title": title, "languages": languages},
    )


def translation_form_page(
    request: HttpRequest,
    obj: TranslatableContent,
    *,
    language: str,
    title: str,
    overview_url: str,
    save: Callable[[dict[str, str]], TranslatableContent],
) -> HttpResponse:
    """`save` stores the cleaned values through the app's service; a refusal is shown."""
    code, name = get_translation_language(language)
    form = ContentTranslationForm(
        request.POST if request.method == "POST" else None, obj=obj, code=code
    )
    if form.is_valid():
        try:
            save({field: form.cleaned_data[field] for field in obj.TRANSLATABLE_FIELDS})
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("The translation into %(language)s has been saved.") % {"language": name}
            )
            return redirect(overview_url)
    return render(
        request,
        "core/translation_form.html",
        {
            "object": obj,
            "title": title,
            "form": form,
            "language_name": name,
            "language_local_name": local_name(code),
            "language_code": code,
            "language_dir": "rtl" if is_right_to_left(code) else "ltr",
            "overview_url": overview_url,
        },
        status=400 if form.is_bound else 200,
    )
