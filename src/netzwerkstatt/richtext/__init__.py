"""The comment text format "Eingeschränktes HTML" (restricted HTML); imports nothing from Django.

``render_restricted_html(text)`` turns what someone typed into safe HTML: only the tags of
``ALLOWED_TAGS_HELP`` survive, line breaks and paragraphs are added, and web and e-mail
addresses become links – the behaviour of Drupal core's text format ``restricted_html``.
Store ``FORMAT_VERSION`` with a stored rendering and render again when it changes.
``replace_unencodable(text)`` turns lone surrogates into U+FFFD, so the source text can be
stored too.
"""

from netzwerkstatt.richtext.restricted_html import (
    ALLOWED_TAGS_HELP,
    FORMAT_VERSION,
    render_restricted_html,
    replace_unencodable,
)

__all__ = [
    "ALLOWED_TAGS_HELP",
    "FORMAT_VERSION",
    "render_restricted_html",
    "replace_unencodable",
]
