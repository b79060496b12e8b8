"""Properties of "Eingeschränktes HTML" for generated input: safe, deterministic, text kept."""

import re
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from netzwerkstatt.richtext import render_restricted_html
from netzwerkstatt.richtext.restricted_html import URL_LENGTH, URL_SCHEMES

ALLOWED_ATTRIBUTES = {
    "a": {"href", "hreflang", "rel"},
    "em": set(),
    "strong": set(),
    "cite": set(),
    "blockquote": {"cite"},
    "code": set(),
    "ul": {"type"},
    "ol": {"start", "type"},
    "li": set(),
    "dl": set(),
    "dt": set(),
    "dd": set(),
    "h2": {"id"},
    "h3": {"id"},
    "h4": {"id"},
    "h5": {"id"},
    "h6": {"id"},
    # Created by autop.
    "p": set(),
    "br": set(),
}
# Drupal allows these on every tag.
GLOBAL_ATTRIBUTES = {"lang", "dir"}
VOID_TAGS = {"br"}
PROPERTY_SETTINGS = settings(max_examples=250, deadline=None)


class _Output(HTMLParser):
    """Collects the tags, attributes and visible text of rendered output."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.open: list[str] = []
        self.balanced = True
        self.texts: list[str] = []
        self._link: dict[str, str] | None = None

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, attrs))
        if tag == "a":
            self._link = {"href": dict(attrs).get("href") or "", "text": ""}
        if tag not in VOID_TAGS:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, attrs))

    def handle_endtag(self, tag):
        if not self.open or self.open.pop() != tag:
            self.balanced = False
        if tag == "a" and self._link is not None:
            self.texts.append(_untrimmed(self._link["text"], self._link["href"]))
            self._link = None

    def handle_data(self, data):
        if self._link is not None:
            self._link["text"] += data
        else:
            self.texts.append(data)


def _untrimmed(text: str, href: str) -> str:
    """The full address behind a link text the URL filter shortened with "…"."""
    if text.endswith("…"):
        for address in (href, href.removeprefix("mailto:"), href.removeprefix("http://")):
            if address[: URL_LENGTH - 1].rstrip(".") + "…" == text:
                return address
    return text


def parse(html: str) -> _Output:
    output = _Output()
    output.feed(html)
    output.close()
    return output


def without_whitespace(text: str) -> str:
    return "".join(text.split())


def scheme_of(url: str) -> str | None:
    # Browsers ignore ASCII whitespace and control characters inside a URL's scheme.
    cleaned = re.sub(r"[\x00-\x20]", "", url).lower()
    match = re.match(r"([a-z][a-z0-9+.-]*):", cleaned)
    return match.group(1) if match else None


def assert_safe(html: str) -> None:
    lowered = html.lower()
    assert "<script" not in lowered
    assert "<style" not in lowered
    assert not re.search(r"<[^>]*\son\w+\s*=", lowered)
    output = parse(html)
    assert output.balanced and not output.open, html
    for tag, attributes in output.elements:
        assert tag in ALLOWED_ATTRIBUTES, (tag, html)
        for name, value in attributes:
            assert name in ALLOWED_ATTRIBUTES[tag] | GLOBAL_ATTRIBUTES, (tag, name, html)
            if name == "dir":
                assert value in ("ltr", "rtl"), (value, html)
            if name == "lang":
                assert re.fullmatch(r"[A-Za-z0-9-]*", value), (value, html)
            if name == "rel":
                assert value == "nofollow"
            if name in ("href", "cite"):
                scheme = scheme_of(value or "")
                assert scheme is None or scheme in URL_SCHEMES, (value, html)
                assert scheme not in ("javascript", "vbscript", "data", "livescript")
            # No id of the page around the text can be taken over or duplicated.
            if name == "id":
                assert value.startswith("user-content-"), (value, html)
    for tag, attributes in output.elements:
        if tag == "a":
            assert ("rel", "nofollow") in attributes


# --- arbitrary text ----------------------------------------------------------------------------


@PROPERTY_SETTINGS
@given(st.text())
def test_any_text_renders_safely_and_deterministically(text):
    html = render_restricted_html(text)
    assert_safe(html)
    assert render_restricted_html(text) == html
    assert_safe(render_restricted_html(html))


# Any code point, lone surrogates (U+D800–U+DFFF) included, which st.text() leaves out.
any_code_point = st.one_of(
    st.characters(exclude_categories=()),
    st.integers(min_value=0xD800, max_value=0xDFFF).map(chr),
)


@PROPERTY_SETTINGS
@given(st.text(any_code_point))
def test_text_with_lone_surrogates_renders_as_if_they_were_replacement_characters(text):
    html = render_restricted_html(text)
    html.encode("utf-8")
    assert_safe(html)
    replaced = re.sub("[\ud800-\udfff]", "\ufffd", text)
    assert html == render_restricted_html(replaced)


ATTACKS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<<script>script>alert(1)<</script>/script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)><circle /></svg>",
    "<iframe src=javascript:alert(1)></iframe>",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href="jav\tascript:alert(1)">x</a>',
    '<a href=" &#14;  javascript:alert(1)">x</a>',
    '<a href="javascript&#58;alert(1)">x</a>',
    "<a href=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)>x</a>",
    '<a href="VBScript:msgbox(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<blockquote cite="javascript:alert(1)">q</blockquote>',
    '<a href="http://ok.example/" onclick="alert(1)" style="color:red">x</a>',
    '<h2 id="x" onmouseover="alert(1)">h</h2>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<form><button formaction=javascript:alert(1)>x</button></form>",
    '<div style="background:url(javascript:alert(1))">x</div>',
    "<!--<img src=x onerror=alert(1)>-->",
    "<textarea><script>alert(1)</script></textarea>",
    "<a href='http://example.com/\"onmouseover=\"alert(1)'>x</a>",
    'http://example.com/"onmouseover="alert(1)',
    "www.example.com/<script>alert(1)</script>",
    "person@example.com<img src=x onerror=alert(1)>",
    "<code>http://example.com/<script>alert(1)</script></code>",
]


@PROPERTY_SETTINGS
@given(st.lists(st.one_of(st.sampled_from(ATTACKS), st.text(max_size=20)), max_size=8))
def test_known_attacks_mixed_with_text_render_safely(pieces):
    html = render_restricted_html("".join(pieces))
    assert_safe(html)
    assert_safe(render_restricted_html(html))


# --- text built from a grammar of tags, attributes, entities, addresses and line breaks --------

# (source, visible text) pairs.
WORD_CHARACTERS = "abcdefghijklmnopqrstuvwxyzäöüßÄÖÜ ABCXYZ0123456789.,;:!?()[]'\"-/*_+=#%~"
words = st.text(alphabet=WORD_CHARACTERS, min_size=1, max_size=12).map(lambda w: (w, w))
loose_characters = st.sampled_from(
    [("< ", "< "), ("<3", "<3"), (" > ", " > "), ("& ", "& "), ("&&", "&&"), ("a < b", "a < b")]
)
entities = st.sampled_from(
    [
        ("&amp;", "&"),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", '"'),
        ("&#x41;", "A"),
        ("&#65;", "A"),
        ("&auml;", "ä"),
        ("&nbsp;", "\xa0"),
        ("&#8364;", "€"),
        ("&lt;script&gt;alert(1)&lt;/script&gt;", "<script>alert(1)</script>"),
    ]
)
line_breaks = st.sampled_from(["\n", "\n\n", "\r\n", "\n\n\n", " \n "]).map(lambda b: (b, b))
labels = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=10).filter(
    lambda label: not label.startswith("-") and not label.endswith("-")
)
top_level_domains = st.sampled_from(["de", "com", "org", "info", "leipzig"])
paths = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789/_-.~", max_size=25)
urls = st.builds(
    lambda scheme, label, tld, path: f"{scheme}{label}.{tld}/{path}",
    st.sampled_from(["http://", "https://", "ftp://", "www.", "http://www."]),
    labels,
    top_level_domains,
    paths,
)
emails = st.builds(
    lambda user, label, tld: f"{user}@{label}.{tld}",
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789._+-", min_size=1, max_size=12),
    labels,
    top_level_domains,
)
# Addresses stand apart from the words around them; long ones are shortened, which
# the visible-text comparison undoes through the link target.
addresses = st.one_of(urls, emails).map(lambda address: (f" {address} ", f" {address} "))

hostile_values = st.sampled_from(
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "jav&#x0A;ascript:alert(1)",
        " &#14; javascript:alert(1)",
        "&#106;avascript:alert(1)",
        "javascript&colon;alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "http://example.com/ok",
        "https://example.com/?a=1&amp;b=2",
        "mailto:info@example.com",
        "/relative",
        "#anchor",
        "alert(1)",
        'x"><script>alert(1)</script>',
        "a>b",
        "rtl",
        "RTL",
        "auto",
        "ar",
        "sr-Latn",
    ]
)
attributes = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "href",
                "cite",
                "onclick",
                "onmouseover",
                "OnError",
                "style",
                "class",
                "id",
                "hreflang",
                "type",
                "start",
                "title",
                "rel",
                "lang",
                "dir",
            ]
        ),
        hostile_values,
        st.sampled_from(['"', "'"]),
    ),
    max_size=3,
).map(
    lambda pairs: "".join(
        f" {name}={quote}{value.replace(quote, '')}{quote}" for name, value, quote in pairs
    )
)
ELEMENTS = [
    # allowed
    "a",
    "em",
    "strong",
    "cite",
    "blockquote",
    "code",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "h2",
    "h3",
    "h6",
    # not allowed, text kept
    "span",
    "div",
    "p",
    "b",
    "i",
    "u",
    "font",
    "section",
    "h1",
    "small",
    "label",
    "nav",
    "A",
    "EM",
]
# Their content is never visible text.
invisible = st.one_of(
    st.builds(
        lambda tag, attrs, body: f"<{tag}{attrs}>{body}</{tag}>",
        st.sampled_from(["script", "style", "SCRIPT"]),
        attributes,
        st.text(alphabet=WORD_CHARACTERS, max_size=20),
    ),
    st.builds(lambda attrs: f"<img{attrs} src=x onerror=alert(1)>", attributes),
    st.builds(lambda body: f"<!-- {body} -->", st.text(alphabet=WORD_CHARACTERS, max_size=20)),
    st.sampled_from(["<br>", "<br/>", "<hr>", "<svg onload=alert(1)></svg>"]),
).map(lambda source: (source, ""))


def _element(children: st.SearchStrategy) -> st.SearchStrategy:
    return st.builds(
        lambda tag, attrs, content: (
            f"<{tag}{attrs}>{''.join(source for source, _ in content)}</{tag}>",
            "".join(visible for _, visible in content),
        ),
        st.sampled_from(ELEMENTS),
        attributes,
        st.lists(children, max_size=4),
    )


fragments = st.recursive(
    st.one_of(words, loose_characters, entities, line_breaks, addresses, invisible),
    _element,
    max_leaves=25,
)
documents = st.lists(fragments, max_size=12).map(
    lambda parts: ("".join(source for source, _ in parts), "".join(text for _, text in parts))
)


@PROPERTY_SETTINGS
@given(documents)
def test_generated_markup_renders_safely(document):
    source, _ = document
    html = render_restricted_html(source)
    assert_safe(html)
    assert render_restricted_html(source) == html
    assert_safe(render_restricted_html(html))


@PROPERTY_SETTINGS
@given(documents)
def test_generated_markup_keeps_its_visible_text(document):
    source, visible = document
    output = parse(render_restricted_html(source))
    assert without_whitespace("".join(output.texts)) == without_whitespace(visible)


@PROPERTY_SETTINGS
@given(
    st.lists(
        st.one_of(
            st.one_of(words, line_breaks).map(lambda part: (part[0], False)),
            addresses.map(lambda part: (part[0], True)),
        ),
        max_size=15,
    )
)
def test_every_address_in_plain_text_becomes_a_link(parts):
    source = "".join(part for part, _ in parts)
    output = parse(render_restricted_html(source))
    hrefs = [dict(attrs)["href"] for tag, attrs in output.elements if tag == "a"]
    for part, is_address in parts:
        if not is_address:
            continue
        address = part.strip()
        if "@" in address:
            assert f"mailto:{address}" in hrefs
            continue
        # The link covers at least the host and at most the whole address: punctuation at the
        # end of a path stays outside.
        partial = address.startswith("www.")
        host = address.split("/")[0] if partial else "/".join(address.split("/")[:3])
        linked = [href.removeprefix("http://") if partial else href for href in hrefs]
        assert any(address.startswith(href) and href.startswith(host) for href in linked), (
            address,
            hrefs,
        )
