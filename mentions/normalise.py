"""Turn a connector's raw item into what we store: canonical URL, safe HTML, plain text,
a fingerprint and a content hash. Mention content is hostile; nothing here trusts it."""

from __future__ import annotations

import functools
import hashlib
import html as html_lib
import re
from datetime import datetime, timedelta
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import nh3

TRACKING_PARAMS = {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid"}
# Link wrappers: (host pattern, paths, query parameters that carry the real URL).
REDIRECTORS = [
    (re.compile(r"^(?:www\.|news\.)?google\.[a-z]{2,3}(?:\.[a-z]{2})?$"), {"/url"}, ("url", "q")),
    (re.compile(r"^(?:l\.|lm\.|www\.)?facebook\.com$"), {"/l.php"}, ("u",)),
]
ALLOWED_TAGS = set(
    "a abbr b blockquote br code em i li ol p pre q s strong sub sup u ul h1 h2 h3 h4 h5 h6 hr"
    " span table thead tbody tr th td figure figcaption cite del ins".split()
)
# No hx-*, no data-*, no style, no event handlers, no images (tracking pixels): only these.
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "td": {"colspan"},
    "th": {"colspan"},
}
MAX_TEXT = 100_000


def unwrap_redirect(url: str) -> str:
    """The real target of a wrapped link (Google Alerts' google.com/url?url=…, Facebook's
    l.php?u=…), else ``url``: storing the wrapper would defeat URL-based deduplication."""
    for _ in range(3):  # wrappers inside wrappers, bounded
        try:
            parts = urlsplit(url)
            host = (parts.hostname or "").lower()
        except ValueError:
            return url
        if parts.scheme not in ("http", "https"):
            return url
        target = None
        for pattern, paths, keys in REDIRECTORS:
            if parts.path in paths and pattern.match(host):
                params = dict(parse_qsl(parts.query))
                target = next((params[k] for k in keys if _is_web_url(params.get(k, ""))), None)
        if not target:
            return url
        url = target
    return url


def _is_web_url(value: str) -> bool:
    try:
        return urlsplit(value).scheme in ("http", "https")
    except ValueError:
        return False


@functools.lru_cache(maxsize=4096)  # ingest asks twice per item: before and after dedupe
def canonical_url(url: str) -> str:
    """Unwrapped, lower-case host, no fragment, no tracking parameters (utm_*, fbclid…)."""
    url = (url or "").strip()
    if not url:
        return ""
    url = unwrap_redirect(url)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # hostile input such as "http://[::1" or an out-of-range port
        return ""
    if parts.scheme not in ("http", "https"):
        return ""
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in TRACKING_PARAMS
    ]
    netloc = (parts.hostname or "").lower()
    if port and port not in (80, 443):
        netloc += f":{port}"
    return urlunsplit((parts.scheme, netloc, parts.path or "/", urlencode(query), ""))


def sanitize_html(raw: str) -> str:
    """Safe HTML for display: a small allow-list, links forced to noopener/noreferrer."""
    if not raw:
        return ""
    return nh3.clean(
        raw,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow ugc",
        strip_comments=True,
    )


# Block-level tags, opening or closing, end a line: "<p>a</p><p>b</p>" and "a<li>b" must not
# read as "ab", and a paragraph without a full stop is still a sentence of its own.
_BLOCK_TAGS = re.compile(
    r"<\s*/?\s*(?:address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|"
    r"h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|td|th|tr|ul)\b[^>]*>",
    re.IGNORECASE,
)
_NEWLINES = re.compile(r"\n\s*\n+")


def html_to_text(raw: str) -> str:
    """Plain text from hostile HTML, for matching, scoring and snippets (never for display):
    block tags become line breaks (which also end sentences), tags, scripts and styles
    vanish, entities are decoded. The one HTML-to-text of the pipeline; connectors use it."""
    if not raw:
        return ""
    text = _BLOCK_TAGS.sub("\n", raw)
    text = nh3.clean(text, tags=set(), clean_content_tags={"script", "style"})
    return clean_text(html_lib.unescape(text))


# Control characters (C0 and C1, but not tab and newline) and stray BOMs; format characters
# such as the zero-width joiner stay, emoji sequences need them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Control characters gone, each line's whitespace (any Unicode space, such as the
    no-break spaces of decoded &nbsp;) collapsed to single spaces, at most one blank line
    in a row. str.split() does the collapsing in C, several times faster than a regex."""
    text = _CONTROL.sub("", text)
    text = "\n".join(" ".join(line.split()) for line in text.split("\n"))
    return _NEWLINES.sub("\n\n", text).strip()[:MAX_TEXT]


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


_WORD = re.compile(r"\w+")
# ASCII characters that are not word characters (\w) become spaces.
_ASCII_NON_WORD = str.maketrans(
    {c: " " for c in map(chr, range(128)) if not (c.isalnum() or c == "_")}
)


def normalised_words(text: str) -> str:
    """The \\w+ words of the case-folded text, one space apart. Done with translate() and
    split() (C, several times faster than the regex); only a token holding a non-ASCII
    character that is not a word character goes through the regex."""
    folded = text.casefold()
    words = folded.translate(_ASCII_NON_WORD).split()
    if folded.isascii() or all(w.isascii() or w.isalnum() for w in words):
        return " ".join(words)
    return " ".join(part for w in words for part in _WORD.findall(w))


def fingerprint(external_id: str, url: str, title: str, text: str) -> str:
    """GUID first, else canonical URL, else title and text: what makes an item itself."""
    if external_id.strip():
        return "id:" + _digest(external_id.strip())[:60]
    if url:
        return "url:" + _digest(url)[:59]
    return "txt:" + _digest(normalised_words(title), normalised_words(text))[:59]


def url_key(url: str) -> str:
    return _digest(url)[:32] if url else ""


def content_hash(title: str, text: str) -> str:
    """Same normalised title and text = a syndicated copy. Too short to tell: no hash."""
    words = normalised_words(f"{title} {text}")
    if words.count(" ") < 11:  # fewer than 12 words: ordinary short posts repeat by chance
        return ""
    return _digest(words)[:64]


def scored_text(title: str, text: str) -> str:
    """What brands are matched in and sentiment is scored on: the title, then the text. A
    title that is only the text's opening (a post's first line, as feeds of social sites
    give it) is left out, or that sentence would count twice."""
    if not title:
        return text
    rest = text[len(title) : len(title) + 1]
    if text.startswith(title) and not (rest.isalnum() or rest == "_"):
        return text  # "Acme" is the opening of "Acme is great", not of "Acmeville is nice"
    return f"{title}\n{text}"


def clamp_published(published: datetime | None, now: datetime) -> datetime:
    """Unknown -> fetch time; in the future (bad clocks, time zones) -> now."""
    if published is None or published > now + timedelta(minutes=5):
        return now
    return published
