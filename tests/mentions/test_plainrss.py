"""plainrss (expat) must read plain RSS 2.0 exactly as feedparser does, and refuse the rest.

The oracle is ``rss.parse_with_feedparser``: for every document plainrss accepts, the items
and warnings of ``rss.parse_feed`` must equal feedparser's, field for field.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mentions.connectors import plainrss, rss

FIXTURES = Path(__file__).parent / "fixtures"
FEED_URL = "https://site.example/news/feed/"
RSS = "application/rss+xml"
NAMESPACES = (
    'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:atom="http://www.w3.org/2005/Atom" '
    'xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
    'xmlns:slash="http://purl.org/rss/1.0/modules/slash/"'
)


def both(document: bytes, content_type: str = RSS) -> tuple[object, object]:
    fast = rss.parse_feed(document, content_type=content_type, url=FEED_URL)
    reference = rss.parse_with_feedparser(document, content_type=content_type, url=FEED_URL)
    return fast, reference


@pytest.mark.parametrize(
    ("name", "content_type", "plain"),
    [
        ("rss20.xml", RSS, True),
        ("rss20.xml", "text/xml; charset=UTF-8", True),
        ("google_news.xml", "application/xml", True),
        ("hostile.xml", RSS, True),
        ("rss20.xml", "text/xml", False),  # RFC 3023: feedparser assumes US-ASCII first
        ("rss20.xml", "", False),  # no Content-Type: feedparser warns about it
        ("atom.xml", "application/atom+xml", False),
        ("google_alerts.xml", "application/atom+xml", False),
        ("rss10.rdf", RSS, False),
        ("rss091.xml", RSS, False),
        ("malformed.xml", RSS, False),
    ],
)
def test_fixtures_read_as_feedparser_reads_them(name: str, content_type: str, plain: bool) -> None:
    document = (FIXTURES / name).read_bytes()
    accepted = plainrss.parse(document, content_type=content_type, url=FEED_URL)
    assert (accepted is not None) == plain
    fast, reference = both(document, content_type)
    assert fast == reference


def test_a_dtd_is_left_to_feedparser() -> None:
    document = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><rss version="2.0"><channel><title>t</title>'
        b"<item><title>&b;</title></item></channel></rss>"
    )
    assert plainrss.parse(document, content_type=RSS) is None


ITEMS_NOT_PLAIN = [
    "<title>a</title><title>b</title>",  # feedparser keeps the first
    "<media:title xmlns:media='http://search.yahoo.com/mrss/'>m</media:title>",
    "<itunes:author xmlns:itunes='http://www.itunes.com/dtds/podcast-1.0.dtd'>x</itunes:author>",
    "<author>jane@example.com (Jane)</author>",
    "<dc:creator>jane@example.com</dc:creator>",
    "<description><p>markup as elements</p></description>",
    "<title type='html'>a</title>",
    "<title xml:lang='de'>a</title>",
    "<title>a</title><source url='x'><item>nested</item></source>",
]


@pytest.mark.parametrize(
    "channel",
    [
        *(f"<item>{item}</item>" for item in ITEMS_NOT_PLAIN),
        "<dc:language>de</dc:language><item><title>a</title></item>",
        "<language>en</language><language>de</language><item><title>a</title></item>",
        "<item lang='de'><title>a</title></item>",
    ],
)
def test_documents_outside_the_plain_shape_are_left_to_feedparser(channel: str) -> None:
    document = f'<rss version="2.0" {NAMESPACES}><channel>{channel}</channel></rss>'
    assert plainrss.parse(document.encode(), content_type=RSS) is None
    # (while the smallest such document, without the odd part, is plain)
    assert plainrss.parse(PLAIN.encode(), content_type=RSS) is not None


PLAIN = f'<rss version="2.0" {NAMESPACES}><channel><item><title>a</title></item></channel></rss>'


# --- generated feeds --------------------------------------------------------------------

TEXT = st.lists(
    st.sampled_from(
        [
            *"aZ0 <>&\"'/;#é\u2019\u201c\u0080\u0093\u0099\t\n",
            "&amp;",
            "&nbsp;",
            "<b>",
            "</b>",
            # UTF-8 read as Latin-1 ("café" as "cafÃ©"): feedparser repairs a text of it.
            *["\u00c3\u00a9"] * 6,
        ]
    ),
    max_size=25,
).map("".join)
URLS = st.sampled_from(
    [
        "https://news.example/a?x=1&y=2",
        "https://news.example/a?x=1&amp;y=2",
        "/relative/path",
        "../up",
        "//cdn.example/x",
        "  https://news.example/spaced  ",
        "",
        "not a url",
        "urn:uuid:1234",
        "javascript:alert(1)",
    ]
)
DATES = st.sampled_from(
    [
        "Wed, 01 May 2024 17:00:00 GMT",
        "Wed, 01 May 2024 17:00:00 +0200",
        "2024-05-01T17:00:00Z",
        "1 May 2024",
        "yesterday",
        "",
    ]
)


def _element(tag: str, text: str, *, cdata: bool = False, attrs: str = "") -> str:
    body = f"<![CDATA[{text.replace(']]>', '')}]]>" if cdata else escape(text)
    return f"<{tag}{attrs}>{body}</{tag}>"


@st.composite
def items(draw: st.DrawFn) -> str:
    parts = []
    if draw(st.booleans()):
        parts.append(_element("title", draw(TEXT), cdata=draw(st.booleans())))
    if draw(st.booleans()):
        parts.append(_element("link", draw(URLS)))
    if draw(st.booleans()):
        permalink = draw(st.sampled_from(["", "true", "false", "True"]))
        attrs = f" isPermaLink={quoteattr(permalink)}" if permalink else ""
        parts.append(_element("guid", draw(st.one_of(URLS, TEXT)), attrs=attrs))
    for tag in ("description", "content:encoded"):
        if draw(st.booleans()):
            parts.append(_element(tag, draw(TEXT), cdata=draw(st.booleans())))
    if draw(st.booleans()):
        parts.append(_element("dc:creator", draw(TEXT)))
    if draw(st.booleans()):
        parts.append(_element("pubDate", draw(DATES)))
    if draw(st.booleans()):
        parts.append(_element("source", draw(TEXT), attrs=' url="https://pub.example/rss"'))
    if draw(st.booleans()):
        parts.append('<category domain="x">c</category><comments>/c</comments>')
        parts.append('<enclosure url="/a.mp3" length="1" type="audio/mpeg"/>')
        parts.append("<wfw:commentRss>/c/feed</wfw:commentRss><slash:comments>3</slash:comments>")
    order = draw(st.permutations(parts))
    return "<item>" + "".join(order) + "</item>"


@st.composite
def documents(draw: st.DrawFn) -> bytes:
    channel = ["<title>Feed</title><link>https://site.example/</link>"]
    channel.append('<atom:link href="https://site.example/feed" rel="self"/>')
    if draw(st.booleans()):
        language = draw(st.sampled_from(["en", "en-us", "de_DE", " fr ", ""]))
        channel.insert(draw(st.integers(0, 1)), _element("language", language))
    if draw(st.booleans()):
        channel.append("<image><url>/logo.png</url><link>/</link><title>L</title></image>")
    channel.extend(draw(st.lists(items(), max_size=3)))
    declaration = draw(st.sampled_from(['<?xml version="1.0" encoding="utf-8"?>', ""]))
    text = (
        f'{declaration}<rss version="2.0" {NAMESPACES}><channel>{"".join(channel)}</channel></rss>'
    )
    return text.encode()


MOJIBAKE = (
    '<rss version="2.0"><channel><item><title>caf\u00c3\u00a9</title><link>/a</link>'
    "<description>&lt;p&gt;na\u00c3\u00afve&lt;/p&gt;</description></item></channel></rss>"
).encode()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents(), st.sampled_from([RSS, "application/xml", "text/xml; charset=utf-8"]))
@example(MOJIBAKE, RSS)
def test_generated_feeds_read_as_feedparser_reads_them(document: bytes, content_type: str) -> None:
    fast, reference = both(document, content_type)
    assert fast == reference


@settings(max_examples=60, deadline=None)
@given(documents())
def test_generated_plain_feeds_take_the_fast_path(document: bytes) -> None:
    # The generator writes no e-mail address (an author with one is left to feedparser), so
    # every document it makes has the plain shape.
    assert b"@" not in document
    assert plainrss.parse(document, content_type=RSS, url=FEED_URL) is not None
