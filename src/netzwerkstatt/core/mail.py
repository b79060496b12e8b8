"""E-mail from templates: the recipient's language, a plain-text part, links that work outside.

Every app sends its messages through `send_templated_mail` (or builds them with
`build_templated_mail` when it sends many over one connection), so all of them share the
sender, the language and the absolute base URL.

Language: a message is written in the recipient's language – the caller's `language` if it
knows it (a visitor without an account: the language of the page they used, stored on their
row), else the language of the account with the recipient's address, else German. Links in
the message point to the pages in that language: `{% url %}` in the templates follows the
active language, and paths handed over in the context (computed in whatever language the
person acting used) are moved to the recipient's prefix here.

Callers send after the transaction commits (`on_commit`) or in a background task, never in
the middle of a write.

Essential and optional mail: everything sent with `send_templated_mail` is essential – it
answers something the person did or concerns them directly (invitations and password links,
join requests, staff requests, meeting invitations and notices, their action items, event
registrations) – and cannot be unsubscribed from. Only circulars and the weekly digest
(`netzwerkstatt.circulars`) are optional: they carry List-Unsubscribe headers and a one-click
link that switch off exactly these two kinds.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.urls import Resolver404, resolve
from django.utils import translation

from netzwerkstatt.core.languages import path_in_language, supported_languages, unprefixed


def recipient_language(address: str) -> str:
    """The language chosen by the account with this e-mail address, else German."""
    from netzwerkstatt.accounts.models import User

    language = User.objects.filter(email__iexact=address).values_list("language", flat=True)
    chosen = language.first()
    return chosen if chosen in supported_languages() else settings.LANGUAGE_CODE


def _is_site_path(value: str) -> bool:
    path = unprefixed(value.split("?", 1)[0].split("#", 1)[0])
    with translation.override(settings.LANGUAGE_CODE):
        try:
            resolve(path)
        except Resolver404:
            return False
    return True


def _links_in_language(context: dict, language: str) -> dict:
    """Paths of this site in the context (`/angebote/3/`, also absolute) in `language`."""
    moved = {}
    for key, value in context.items():
        if isinstance(value, str) and value.startswith("/") and _is_site_path(value):
            value = path_in_language(value, language)
        elif (
            isinstance(value, str)
            and value.startswith(settings.SITE_BASE_URL + "/")
            and _is_site_path(value[len(settings.SITE_BASE_URL) :])
        ):
            path = value[len(settings.SITE_BASE_URL) :]
            value = settings.SITE_BASE_URL + path_in_language(path, language)
        moved[key] = value
    return moved


def build_templated_mail(
    *,
    template: str,
    context: dict,
    to: list[str],
    reply_to: list[str] | None = None,
    from_email: str | None = None,
    headers: dict[str, str] | None = None,
    language: str | None = None,
) -> EmailMultiAlternatives:
    """Render `<template>_subject.txt`, `<template>.txt` and, if there, `<template>.html`."""
    # Never the language of the person acting: a coordinator reading English writes to
    # members who read German or Arabic.
    if language not in supported_languages():
        language = recipient_language(to[0]) if len(to) == 1 else settings.LANGUAGE_CODE
    context = _links_in_language(context, language)
    context = {"site_name": settings.SITE_NAME, "base_url": settings.SITE_BASE_URL, **context}
    with translation.override(language):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}.txt", context)
        try:
            html = render_to_string(f"{template}.html", context)
        except TemplateDoesNotExist:
            html = None
    message = EmailMultiAlternatives(
        subject=subject,
        body=body,
        to=to,
        reply_to=reply_to,
        from_email=from_email,
        headers=headers,
    )
    if html is not None:
        message.attach_alternative(html, "text/html")
    return message


def send_templated_mail(
    *,
    template: str,
    context: dict,
    to: list[str],
    reply_to: list[str] | None = None,
    language: str | None = None,
) -> None:
    """Render `<template>_subject.txt`, `<template>.txt` and, if there, `<template>.html`; send.

    Several recipients without a given language get one message per language they chose.
    """
    if language is None and len(to) > 1:
        groups = recipients_by_language(to)
    else:
        groups = {language: to}
    for group_language, addresses in groups.items():
        build_templated_mail(
            template=template,
            context=context,
            to=addresses,
            reply_to=reply_to,
            language=group_language,
        ).send()


def recipients_by_language(addresses: list[str]) -> dict[str, list[str]]:
    """The addresses grouped by the language of their accounts (German for unknown ones)."""
    from netzwerkstatt.accounts.models import User

    chosen = dict(
        User.objects.filter(email__in=[address.lower() for address in addresses]).values_list(
            "email", "language"
        )
    )
    groups: dict[str, list[str]] = {}
    for address in addresses:
        language = chosen.get(address.lower(), settings.LANGUAGE_CODE)
        if language not in supported_languages():
            language = settings.LANGUAGE_CODE
        groups.setdefault(language, []).append(address)
    return groups
