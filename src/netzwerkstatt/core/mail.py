"""E-mail from templates: German text with a plain-text part, and links that work outside the site.

Every app sends its messages through `send_templated_mail` (or builds them with
`build_templated_mail` when it sends many over one connection), so all of them share the
sender, the language and the absolute base URL. Callers send after the transaction commits
(`on_commit`) or in a background task, never in the middle of a write.

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
from django.utils import translation


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
    context = {"site_name": settings.SITE_NAME, "base_url": settings.SITE_BASE_URL, **context}
    # Messages go out in the platform's language whatever the language of the person acting,
    # unless the caller knows the recipient's own choice.
    with translation.override(language or settings.LANGUAGE_CODE):
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
) -> None:
    """Render `<template>_subject.txt`, `<template>.txt` and, if there, `<template>.html`; send."""
    build_templated_mail(template=template, context=context, to=to, reply_to=reply_to).send()
