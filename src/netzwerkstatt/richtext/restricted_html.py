"""The comment text format "Eingeschränktes HTML": Drupal core's ``restricted_html``, in Python.

The steps run in Drupal's order:

1. ``filter_html`` – keep only the allowed tags and attributes, drop dangerous URL schemes,
   add ``rel="nofollow"`` to links (Drupal's ``filter_html_nofollow``; Drupal's standard
   profile leaves it off, we switch it on because comments come from outside the network);
2. ``filter_autop`` – blank lines become paragraphs, single line breaks ``<br>``;
3. ``filter_url`` – web and e-mail addresses in the text become links;
4. well-formed output, the job of Drupal's ``filter_htmlcorrector`` in its richer formats.

The allow-list, attribute and URL-scheme checks are nh3's (the Rust sanitiser ammonia); the two
structural steps in between are ports of Drupal's regular expressions. nh3 runs again last,
with the allow-list plus the ``<p>`` and ``<br>`` that autop creates, so whatever the middle
steps produce, the output is sanitised and well formed.

Where the output differs from Drupal's, on purpose:

- the content of ``<script>`` and ``<style>`` is dropped (Drupal shows it as text; it is never
  visible text in a browser);
- a link or quotation source with a forbidden scheme (``javascript:``, ``data:`` …) loses the
  attribute (Drupal strips only the scheme and keeps ``href="alert(1)"``);
- a block tag (list, quotation, heading) always starts a new paragraph, as in WordPress's
  wpautop that Drupal's is based on (Drupal leaves "Text <blockquote>" in one paragraph and
  produces mis-nested markup);
- blank lines inside ``<code>`` become two ``<br>`` instead of breaking the paragraph inside the
  code element;
- an address is linked without a trailing colon ("www.example.de: Termine");
- the markup is HTML5 as nh3 serialises it (``<br>``, not ``<br />``);
- a heading's ``id`` gets the prefix ``user-content-`` and so does a link to it in the same
  text (``href="#plan"`` → ``href="#user-content-plan"``), as on GitHub: the text is shown
  inside a page whose own ids (``main``, ``comments``, ``comment-7``) a comment must not
  duplicate or take over. Any other link to a fragment (``href="#termine"``) stays as typed,
  as in Drupal, and so points at the page around the text;
- ``lang`` must look like a language tag (letters, digits and hyphens, as in ``uk`` or
  ``sr-Latn``) and ``dir`` is matched without regard to case (``RTL`` is kept as ``rtl``);
  Drupal keeps any ``lang`` and only the exact values ``ltr`` and ``rtl``;
- a lone surrogate (a code point that no Unicode encoding can write) becomes U+FFFD, the
  replacement character; Drupal's Xss::filter returns nothing at all for text that is not
  valid UTF-8.
"""

import functools
import html
import re
import unicodedata
import urllib.parse

import nh3

# Bump whenever the output for the same input changes, so stored renderings get refreshed.
# 2: heading ids and in-text anchors get the prefix ``user-content-``.
# 3: ``lang`` and ``dir`` on every tag; links to a fragment that no heading of the text names stay
#    as typed; lone surrogates become U+FFFD.
FORMAT_VERSION = 3

# Drupal's help text for the format lists the allowed tags exactly like this.
ALLOWED_TAGS_HELP = (
    "<a href hreflang> <em> <strong> <cite> <blockquote cite> <code> <ul type> "
    "<ol start type> <li> <dl> <dt> <dd> <h2 id> <h3 id> <h4 id> <h5 id> <h6 id>"
)

_ALLOWED_TAGS = frozenset(re.findall(r"<(\w+)", ALLOWED_TAGS_HELP))
_ALLOWED_ATTRIBUTES = {
    # Drupal's FilterHtml::getHTMLRestrictions() allows "lang" and "dir" on every tag (their
    # right values are known only to the author); nh3 would also allow "title".
    "*": {"lang", "dir"},
    **{
        tag: set(attributes.split())
        for tag, attributes in re.findall(r"<(\w+)([^>]*)>", ALLOWED_TAGS_HELP)
        if attributes.strip()
    },
}
# Drupal's filter_allowed_protocols (the container parameter "filter_protocols").
URL_SCHEMES = frozenset(
    {
        "http",
        "https",
        "ftp",
        "news",
        "nntp",
        "tel",
        "telnet",
        "mailto",
        "irc",
        "ssh",
        "sftp",
        "webcal",
        "rtsp",
    }
)
# Drupal's filter_url_length in restricted_html.
URL_LENGTH = 72
# Drupal's allowed values of "dir" ("auto" is not one of them).
DIRECTIONS = frozenset({"ltr", "rtl"})
# A language tag as BCP 47 spells it, loosely: subtags of letters and digits joined by hyphens
# ("de", "uk", "ar-EG", "sr-Latn", "x-klingon"). The empty value, "language unknown", is valid.
_LANGUAGE_TAG = re.compile(r"(?:[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)?", re.ASCII)
# Code points Python strings may hold but no Unicode encoding can write.
_SURROGATES = re.compile("[\ud800-\udfff]")
# Put before every id from the text, and after the "#" of every link to one, so the ids of the
# page around the text (the skip link's target, comment anchors) stay unique and its own.
ID_PREFIX = "user-content-"


def render_restricted_html(text: str) -> str:
    """Render comment text in the format "Eingeschränktes HTML" to safe HTML.

    Never fails on a ``str``: code points that cannot be encoded (lone surrogates, as a
    decoder with ``errors="surrogateescape"`` produces them) are read as U+FFFD.
    """
    text = replace_unencodable(text)
    # Drupal's filter_pre_render_text: every filter sees "\n" line endings only.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _filter_html(text, _ALLOWED_TAGS)
    # nh3 leaves line breaks inside attribute values as they are; autop would put "<br>" there
    # and break the tag, so they travel as character references (nh3 reads them back).
    text = re.sub(r"<[^>]*>", lambda tag: tag.group().replace("\n", "&#10;"), text)
    text = _filter_autop(text)
    text = _filter_url(text)
    return _filter_html(text, _ALLOWED_TAGS | {"p", "br"}, heading_ids=_heading_ids(text))


def replace_unencodable(text: str) -> str:
    """``text`` with every code point that no Unicode encoding can write replaced by U+FFFD.

    Those are the lone surrogates a Python string may hold (a request decoded as UTF-7, for
    one); UTF-8 encoders and databases refuse them.
    """
    return _SURROGATES.sub("\ufffd", text)


# --- filter_html -------------------------------------------------------------------------------


def _filter_html(
    text: str, tags: frozenset[str], *, heading_ids: frozenset[str] | None = None
) -> str:
    """Mirror Drupal's Xss::filter with the allow-list, FilterHtml and filter_html_nofollow.

    A disallowed tag goes, its text stays (``<span>hi</span>`` → ``hi``); a ``<`` that starts no
    tag stays as text; comments, event handlers and style attributes go. nh3 serialises text
    with ``<``, ``>`` and ``&`` escaped, also inside attribute values, so in its output every
    ``<`` starts a tag and every ``>`` ends one – the regular expressions below rely on that.
    With ``heading_ids`` (the last pass only, so no id is prefixed twice) ids, and links to one
    of these ids, get ``ID_PREFIX``.
    """
    if heading_ids is None:
        attribute_filter = _check_attribute
    else:
        attribute_filter = functools.partial(_check_and_prefix, heading_ids=heading_ids)
    return nh3.clean(
        text,
        tags=set(tags),
        attributes=_ALLOWED_ATTRIBUTES,
        attribute_filter=attribute_filter,
        url_schemes=set(URL_SCHEMES),
        link_rel="nofollow",
    )


def _check_attribute(element: str, attribute: str, value: str) -> str | None:
    """Check the values of ``dir``, ``lang`` and ``cite``; nh3 checks the others."""
    if attribute == "dir":
        direction = value.strip().lower()
        return direction if direction in DIRECTIONS else None
    if attribute == "lang":
        language = value.strip()
        return language if _LANGUAGE_TAG.fullmatch(language) else None
    if attribute != "cite":
        return value
    # Apply the URL-scheme check to <blockquote cite> too, as Drupal's Xss::filter does. nh3
    # checks the schemes of "href" only, so the value is handed to nh3 as an "href" and kept
    # only if nh3 keeps it.
    probe = nh3.clean(
        f'<a href="{html.escape(value)}"></a>',
        tags={"a"},
        attributes={"a": {"href"}},
        url_schemes=set(URL_SCHEMES),
        link_rel=None,
    )
    return value if "href=" in probe else None


def _check_and_prefix(
    element: str, attribute: str, value: str, *, heading_ids: frozenset[str]
) -> str | None:
    """``_check_attribute``, and ``ID_PREFIX`` for ids and for links to a heading of the text.

    A link to any other fragment stays as typed, as in Drupal: it names a place on the page
    around the text (``#termine``, ``#comment-7``) and takes nothing over, since only ids are
    what a text could duplicate.
    """
    if attribute == "id":
        # An empty id is invalid HTML and names nothing a link could point at.
        return ID_PREFIX + value if value else None
    if attribute == "href" and value.startswith("#") and _fragment_names(value, heading_ids):
        return "#" + ID_PREFIX + value[1:]
    return _check_attribute(element, attribute, value)


def _heading_ids(text: str) -> frozenset[str]:
    """The ids of the headings in ``text``, which has been through ``_filter_html``.

    In nh3's output every attribute value is double-quoted with ``"``, ``&`` and ``<``
    escaped, and only headings keep an ``id``.
    """
    return frozenset(
        html.unescape(value) for value in re.findall(r'<h[2-6]\s[^>]*?\bid="([^"]*)"', text)
    )


def _fragment_names(href: str, ids: frozenset[str]) -> bool:
    """Whether ``href`` ("#…") points at one of ``ids``, as a browser matches it."""
    fragment = href[1:]
    return bool(fragment) and (fragment in ids or urllib.parse.unquote(fragment) in ids)


# --- filter_autop ------------------------------------------------------------------------------

# Drupal's list of block-level tags in _filter_autop.
_BLOCK = (
    r"(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|select"
    r"|option|form|map|area|blockquote|address|math|input|p|h[1-6]|fieldset|legend|hr|article"
    r"|aside|details|figcaption|figure|footer|header|hgroup|menu|nav|section|summary)"
)
# A stand-in for a line break inside <code> while autop runs: after _filter_html no real tag can
# have this name, and autop neither splits paragraphs at it nor turns it into <br> twice.
_CODE_BREAK = "<code-break>"


def _filter_autop(text: str) -> str:
    """Port Drupal's _filter_autop: blank lines make paragraphs, single line breaks ``<br>``.

    Drupal skips ``<pre>``, ``<script>``, ``<style>``, ``<object>``, ``<iframe>`` and comments;
    none of them survives _filter_html, so the whole text is one chunk here. PCRE's ``\\s`` in
    these (non-Unicode) patterns is ASCII whitespace, hence ``re.ASCII``.
    """
    a = re.ASCII
    block = _BLOCK
    # Drupal would split a paragraph at a blank line inside <code> and leave the code element
    # open across two paragraphs; keep its line breaks out of the paragraph logic instead.
    text = re.sub(
        r"<code>.*?</code>",
        lambda match: match.group().replace("\n", _CODE_BREAK),
        text,
        flags=re.DOTALL,
    )
    # Pad the end, space the block tags out, and make a paragraph of every run of text between
    # blank lines. Drupal puts one line break before an opening block tag and removes one at
    # the start; two (as in WordPress's wpautop) end the paragraph before a quotation or list
    # that follows text on the same line, instead of nesting it inside the paragraph.
    text = text.rstrip("\n") + "\n\n"
    text = re.sub(r"<br>\s*<br>", "\n\n", text, flags=a)
    text = re.sub(rf"(<{block}[^>]*>)", r"\n\n\1", text)
    text = re.sub(rf"(</{block}>)", r"\1\n\n", text)
    text = re.sub(r"\n\n+", "\n\n", text)
    text = re.sub(r"^\n+|\n\s*\n$", "", text, flags=a)
    text = "<p>" + re.sub(r"\n\s*\n\n?(.)", r"</p>\n<p>\1", text, flags=a) + "</p>\n"
    # Undo paragraphs where they would wrap list items or block tags; quotations get their
    # paragraphs inside.
    text = re.sub(r"<p>(<li.+?)</p>", r"\1", text)
    text = re.sub(r"<p><blockquote([^>]*)>", r"<blockquote\1><p>", text, flags=re.IGNORECASE)
    text = text.replace("</blockquote></p>", "</p></blockquote>")
    text = re.sub(r"<p>\s*</p>\n?", "", text, flags=a)
    text = re.sub(rf"<p>\s*(</?{block}[^>]*>)", r"\1", text, flags=a)
    text = re.sub(rf"(</?{block}[^>]*>)\s*</p>", r"\1", text, flags=a)
    # Single line breaks, except right after block tags and before closing ones.
    text = re.sub(r"(?<!<br>)\s*\n", "<br>\n", text, flags=a)
    text = re.sub(rf"(</?{block}[^>]*>)\s*<br>", r"\1", text, flags=a)
    text = re.sub(r"<br>(\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)>)", r"\1", text, flags=a)
    return text.replace(_CODE_BREAK, "<br>\n")


# --- filter_url --------------------------------------------------------------------------------


def _unicode_marks() -> str:
    """PCRE's ``\\p{M}`` (combining marks) as the body of a Python character class."""
    # Unicode has no marks below U+0300 and, beyond U+1FFFF, only in U+E0000–U+E0FFF.
    codes = [
        code
        for block in (range(0x300, 0x20000), range(0xE0000, 0xE1000))
        for code in block
        if unicodedata.category(chr(code)).startswith("M")
    ]
    ranges = []
    start = previous = codes[0]
    for code in [*codes[1:], None]:
        if code != previous + 1:
            ranges.append(f"\\U{start:08x}-\\U{previous:08x}")
            start = code
        previous = code
    return "".join(ranges)


# Compiled on first use: the character class of all combining marks takes a moment to build.
@functools.cache
def _url_patterns() -> list[tuple[re.Pattern[str], str]]:
    """Drupal's three patterns of _filter_url, each with the prefix its link target gets.

    PCRE's ``[\\p{L}\\p{M}\\p{N}…_…]`` becomes ``[\\w{marks}…]``: Python's ``\\w`` is letters,
    digits and the underscore, which each of these classes contains anyway.
    """
    m = _unicode_marks()
    protocols = "|".join(f"{scheme}:(?://)?" for scheme in sorted(URL_SCHEMES))
    path_char = rf"[\w{m}!*';:=+,.$/%#\[\]\-~@&]"
    # Balanced parentheses inside a path, as in /wiki/Primer_(film).
    balanced_parens = rf"\({path_char}+\)"
    # A path does not end in punctuation, so "see http://example.com/foo." keeps its period
    # outside the link. Drupal lets a path end in ":"; we do not, so that "www.example.de: …"
    # links without the colon.
    ending_char = rf"[\w{m}+~#=/]|(?:{balanced_parens})"
    query_char = r"[a-zA-Z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]"
    query_ending_char = r"[a-zA-Z0-9_&=#/]"
    path = (
        rf"(?:(?:{path_char}*(?:{balanced_parens}{path_char}*)*(?:{ending_char}))"
        rf"|(?:@{path_char}+/))"
    )
    letter_or_mark = rf"(?:[^\W\d_]|[{m}])"
    domain = rf"(?:[\w{m}.+-]+\.)?{letter_or_mark}{{2,64}}\b"
    # An e-mail domain needs at least one dot. Drupal writes "(?:[…]+\.)+", which matches the
    # same strings, but the nested repetition takes exponential time on a long run of "b.b.b."
    # that never ends in a top-level domain.
    email_domain = rf"[\w{m}.+-]+\.{letter_or_mark}{{2,64}}\b"
    ip = r"(?:[0-9]{1,3}\.){3}[0-9]{1,3}"
    auth = rf"[\w{m}:%+*~#?&=.,/;-]+@"
    trail = rf"({path}*)?(\?{query_char}*{query_ending_char})?"
    return [
        (re.compile(rf"(?:{protocols})(?:{auth})?(?:{domain}|{ip})/?(?:{trail})?"), ""),
        (re.compile(rf"[\w{m}.+-]{{1,254}}@(?:{email_domain})"), "mailto:"),
        (re.compile(rf"www\.(?:{domain})/?(?:{trail})?"), "http://"),
    ]


# Drupal leaves the text inside these tags alone; only <a> and <code> survive _filter_html.
_IGNORE_TAGS = re.compile(r"<(a|code)[\s>]", re.IGNORECASE)


def _filter_url(text: str) -> str:
    """Port Drupal's _filter_url: turn addresses in the text, outside links and code, into links.

    Drupal splits the HTML at its tags and runs the patterns on the escaped text between them;
    here the text between tags is unescaped first, so an entity such as ``&gt;`` after an
    address is never cut in half, and each piece is escaped again on the way out.
    """
    parts = re.split(r"(<[^>]*>)", text)
    inside = ""
    for index, part in enumerate(parts):
        if index % 2:
            if not inside:
                opened = _IGNORE_TAGS.match(part)
                inside = opened.group(1).lower() if opened else ""
            elif part.lower() == f"</{inside}>":
                inside = ""
        elif part and not inside:
            parts[index] = _linkify(html.unescape(part), _url_patterns())
    return "".join(parts)


def _linkify(text: str, patterns: list[tuple[re.Pattern[str], str]]) -> str:
    """Link the matches of the first pattern, then of the others in the text between them.

    Drupal runs full URLs first, then e-mail addresses, then "www." addresses, each on the text
    the previous ones left outside links – so "mailto:a@example.com" is linked once.
    """
    if not patterns:
        return html.escape(text, quote=False)
    (pattern, prefix), rest = patterns[0], patterns[1:]
    pieces = []
    position = 0
    for match in pattern.finditer(text):
        pieces.append(_linkify(text[position : match.start()], rest))
        address = match.group()
        href = html.escape(prefix + address)
        pieces.append(f'<a href="{href}">{html.escape(_trim_url(address), quote=False)}</a>')
        position = match.end()
    pieces.append(_linkify(text[position:], rest))
    return "".join(pieces)


def _trim_url(address: str) -> str:
    """Mirror _filter_url_trim: Unicode::truncate($text, 72, FALSE, TRUE).

    A longer address is cut to 71 characters, loses trailing periods and gets "…"; the link
    itself keeps the full address.
    """
    if len(address) <= URL_LENGTH:
        return address
    return address[: URL_LENGTH - 1].rstrip(".") + "…"
