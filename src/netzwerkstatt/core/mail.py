"""E-mail from templates: German text with a plain-text part, and links that work outside the site.

Every app sends its messages through `send_templated_mail`, so all of them share the sender, the
language and the absolute base URL. Callers send after the transaction commits (`on_commit`) or in
a background task, never in the middle of a write.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import translation


def send_templated_mail(
    *,
    template: str,
    context: dict,
    to: list[str],
    reply_to: list[str] | None = None,
) -> None:
    """Render `<template>_subject.txt`, `<template>.txt` and, if there, `<template>.html`; send."""
    context = {"site_name": settings.SITE_NAME, "base_url": settings.SITE_BASE_URL, **context}
    # Messages go out in the platform's language whatever the language of the person acting.
    with translation.override(settings.LANGUAGE_CODE):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}.txt", context)
        try:
            html = render_to_string(f"{template}.html", context)
        except TemplateDoesNotExist:
            html = None
    message = EmailMultiAlternatives(subject=subject, body=body, to=to, reply_to=reply_to)
    if html is not None:
        message.attach_alternative(html, "text/html")
    message.send()
