"""The rss connector: every feed dialect we promise, Google's feeds, broken feeds, 304s."""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mentions.connectors import ConfigError, get, rss
from orm_dashboard.http import FetchError
from tests.localserver import LocalServer, Reply, Request
from tests.mentions.factories import entries, rss_feed

FIXTURES = Path(__file__).parent / "fixtures"
FEED_URL = "https://site.example/feed/"


def parse(name: str, content_type: str = "application/xml") -> rss.FetchResult:
    return rss.parse_feed((FIXTURES / name).read_bytes(), content_type=content_type, url=FEED_URL)


def test_registered_under_its_kind() -> None:
    assert isinstance(get("rss"), rss.RssConnector)


def test_rss_2_0_items() -> None:
    result = parse("rss20.xml")
    assert result.warnings == []
    first, second = result.items
    assert first.external_id == "https://widgetweekly.example/?p=4812"
    assert first.url == "https://widgetweekly.example/2024/05/acme-globex-settle/"
    assert first.title == "Acme & Globex settle their sprocket dispute"
    # content:encoded wins over description; paragraphs stay lines, entities decoded.
    assert first.text == (
        "After two years in court, Acme and Globex have agreed terms.\n\n"
        "Analysts call it \u201ca relief\u201d for sprocket buyers."
    )
    assert "<strong>Acme</strong>" in first.html
    # Relative links in the HTML are resolved against the feed's real (final) URL.
    assert 'href="https://site.example/tags/sprockets/"' in first.html
    assert first.author == "Priya Natarajan"
    assert first.published_at == datetime(2024, 5, 2, 7, 15, tzinfo=UTC)
    assert first.language == "en"
    assert first.reach is None
    assert second.text == "Plain words only, no markup here."
    assert second.published_at == datetime(2024, 5, 1, 17, 0, tzinfo=UTC)


def test_rss_1_0_rdf_items() -> None:
    (item,) = parse("rss10.rdf").items
    assert item.external_id == "https://gearsgazette.example/artikel/acme-werk-leipzig"
    assert item.url == "https://gearsgazette.example/artikel/acme-werk-leipzig"
    assert item.title == "Acme eröffnet Werk in Leipzig"
    assert item.text == "Das neue Werk soll 300 Arbeitsplätze schaffen."
    assert item.author == "Jonas Becker"
    assert item.published_at == datetime(2024, 4, 29, 6, 0, tzinfo=UTC)
    assert item.language == "de"


def test_rss_0_91_latin1_without_guid_or_date() -> None:
    (item,) = parse("rss091.xml", content_type="text/xml").items
    assert item.external_id == ""  # no GUID: the pipeline falls back to the URL
    assert item.url == "http://oldtownhardware.example/notes/anvils.html"
    assert "The café next door" in item.text  # decoded from ISO-8859-1
    assert item.published_at is None
    assert item.language == "en"


def test_atom_items() -> None:
    first, second = parse("atom.xml").items
    assert first.external_id == "tag:camille.example,2024-05-01:/acme-x2"
    assert first.url == "https://site.example/2024/05/acme-x2"  # relative link resolved
    assert first.title == "Mon avis sur l'aspirateur Acme X2"  # HTML title as text
    assert first.text == (
        "Après un mois, l'aspirateur Acme X2 tombe déjà en panne.\n\n"
        "Le service client ne répond pas."
    )
    assert first.html.startswith("<p>Après un mois")
    assert "<b>Acme</b>" in first.html
    assert first.author == "Camille Roux"
    assert first.author_url == "https://camille.example/a-propos"
    assert first.published_at == datetime(2024, 5, 1, 16, 30, 2, tzinfo=UTC)
    assert first.language == "fr"
    # A plain-text summary has no HTML; an entry with only <updated> uses it as the date.
    assert second.html == ""
    assert second.text == "Rien de spécial, du jardinage."
    assert second.published_at == datetime(2024, 4, 28, 10, 0, tzinfo=UTC)


def test_relative_links_in_html_resolve_against_xml_base_and_absolute_ones_stay() -> None:
    document = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example/">
  <title>Blog</title><id>urn:blog</id><updated>2024-05-01T00:00:00Z</updated>
  <entry xml:base="https://blog.example/2024/">
    <id>urn:one</id><title>One</title><updated>2024-05-01T00:00:00Z</updated>
    <content type="html">&lt;p&gt;See &lt;a href="notes/acme"&gt;notes&lt;/a&gt;, \
&lt;a HREF = '//cdn.example/x'&gt;cdn&lt;/a&gt; and &lt;a href="/about"&gt;us&lt;/a&gt;&lt;/p&gt;</content>
  </entry>
  <entry>
    <id>urn:two</id><title>Two</title><updated>2024-05-01T00:00:00Z</updated>
    <content type="html">&lt;p&gt;Absolute &lt;a href="https://elsewhere.example/a?b=1&amp;amp;c=2"\
&gt;link&lt;/a&gt; &amp;amp; text&lt;/p&gt;</content>
  </entry>
</feed>"""
    one, two = rss.parse_feed(document, content_type="application/atom+xml", url=FEED_URL).items
    assert 'href="https://blog.example/2024/notes/acme"' in one.html
    assert "https://cdn.example/x" in one.html
    assert 'href="https://blog.example/about"' in one.html
    # No relative link: the HTML is passed on as the feed wrote it.
    assert two.html == (
        '<p>Absolute <a href="https://elsewhere.example/a?b=1&amp;c=2">link</a> &amp; text</p>'
    )
    assert two.text == "Absolute link & text"


def test_google_alerts_feed_links_are_unwrapped() -> None:
    first, second = parse("google_alerts.xml").items
    assert first.url == "https://dailyexample.news/business/2024/05/02/acme-corp-toaster-recall"
    assert second.url == "https://blog.example.org/posts/leaving-acme?ref=rss"
    assert first.external_id == "tag:google.com,2013:googlealerts/feed:17265093378561210441"
    assert first.title == "Acme Corp recalls 40,000 toasters over fire risk"
    assert first.text == (
        "The recall covers two models sold since 2022. "
        "Acme Corp said no injuries were reported ..."  # &nbsp; normalised too
    )
    assert first.published_at == datetime(2024, 5, 2, 10, 5, 12, tzinfo=UTC)


def test_google_news_feed_parses_as_plain_rss() -> None:
    first, second = parse("google_news.xml").items
    assert first.external_id.startswith("CBMiVGh0dHBz")
    assert first.url.startswith("https://news.google.com/rss/articles/CBMiVGh0dHBz")
    assert first.title == "Acme Corp recalls 40,000 toasters over fire risk - The Daily Example"
    assert first.author == "The Daily Example"  # the publisher, from <source>
    assert first.language == "en"
    assert first.published_at == datetime(2024, 5, 2, 9, 58, tzinfo=UTC)
    assert second.author == "Widget Weekly"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://www.google.com/url?rct=j&sa=t&url=https://real.example/x&ct=ga&usg=A",
            "https://real.example/x",
        ),
        (
            "https://www.google.co.uk/url?q=http://real.example/a%3Fb%3D1",
            "http://real.example/a?b=1",
        ),
        (
            "https://google.com/url?url=javascript:alert(1)",
            "https://google.com/url?url=javascript:alert(1)",
        ),
        (
            "https://evil.example/url?url=https://real.example/x",
            "https://evil.example/url?url=https://real.example/x",
        ),
        (
            "https://www.google.com/search?q=https://real.example/",
            "https://www.google.com/search?q=https://real.example/",
        ),
        ("https://real.example/plain", "https://real.example/plain"),
        ("", ""),
    ],
)
def test_unwrap_google_redirect(url: str, expected: str) -> None:
    assert rss.unwrap_google_redirect(url) == expected


def test_malformed_xml_still_yields_entries_with_a_warning() -> None:
    result = parse("malformed.xml")
    assert [i.url for i in result.items] == [
        "https://shop.example/p/acme-drill",
        "https://shop.example/p/clearance",
    ]
    assert result.items[0].text == "The Acme drill is back\nat 20% off."  # <br>: a new line
    (warning,) = result.warnings
    assert "not well-formed" in warning
    assert "2 entries were read anyway" in warning


def test_a_malformed_feeds_broken_pieces_are_not_kept_as_items() -> None:
    """What only the lenient parser could make of a cut tail (a title with no text and no
    link, or nothing at all) is not content; whole items around it are kept."""
    good = rss_feed(entries(2))
    for tail in ("<item><title>Acme unclosed</title", "<item><title>Acme unclosed"):
        result = rss.parse_feed(good.replace("</channel></rss>", tail).encode())
        assert [i.title for i in result.items] == ["Acme story 0", "Acme story 1"]
        (warning,) = result.warnings
        assert "2 entries were read anyway" in warning and "1 incomplete" in warning
    # A title with a link is worth showing even without text.
    linked = "<item><title>Acme recall</title><link>https://news.example/r</link>"
    result = rss.parse_feed(good.replace("</channel></rss>", linked).encode())
    assert [i.title for i in result.items][-1] == "Acme recall"


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\x01\x02 this is not xml at all \xff\xfe",
        b"<html><head><title>Shop</title></head><body><p>Welcome!</p></body></html>",
        b"",
    ],
)
def test_garbage_is_not_a_feed(content: bytes) -> None:
    with pytest.raises(FetchError) as caught:
        rss.parse_feed(content, content_type="text/html", url=FEED_URL)
    assert caught.value.message.startswith("not a feed")


def test_an_empty_but_valid_feed_is_no_error() -> None:
    content = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
    assert rss.parse_feed(content).items == []


def test_a_body_naming_a_local_file_is_not_read_from_disk(tmp_path: Path) -> None:
    """feedparser opens a bytes argument as a path when it can; we hand it a stream."""
    local_feed = tmp_path / "feed.xml"
    local_feed.write_bytes((FIXTURES / "rss20.xml").read_bytes())
    with pytest.raises(FetchError, match="not a feed"):
        rss.parse_feed(str(local_feed).encode())


def test_hostile_html_is_kept_raw_for_the_pipeline_to_sanitize() -> None:
    (item,) = parse("hostile.xml").items
    assert 'hx-get="/w/acme/sources/1/delete"' in item.html
    assert "<script>" in item.html
    assert "onerror=" in item.html
    # The plain text carries no markup and no script body.
    assert item.text == "Acme review\nclick"


@pytest.mark.parametrize(
    ("parser", "content_type"),
    [("feedparser", ""), ("plainrss", "application/rss+xml")],  # no Content-Type: feedparser
)
def test_parsing_runs_under_a_time_limit(
    monkeypatch: pytest.MonkeyPatch, parser: str, content_type: str
) -> None:
    def slow_parse(*args: object, **kwargs: object) -> object:
        time.sleep(1)
        raise AssertionError("should have been abandoned")

    monkeypatch.setattr(rss, "PARSE_TIMEOUT", 0.05)
    monkeypatch.setattr(getattr(rss, parser), "parse", slow_parse)
    started = time.monotonic()
    with pytest.raises(FetchError, match="feed took too long to parse"):
        rss.parse_feed((FIXTURES / "rss20.xml").read_bytes(), content_type=content_type)
    assert time.monotonic() - started < 0.5


@pytest.mark.parametrize(
    ("parser", "content_type"),
    [("feedparser", ""), ("plainrss", "application/rss+xml")],
)
def test_a_parse_that_runs_out_of_time_is_stopped_not_left_running(
    monkeypatch: pytest.MonkeyPatch, parser: str, content_type: str
) -> None:
    """In a worker (the main thread) the timer stops the parse itself, through a parser's own
    ``except Exception``; nothing keeps burning CPU after the poll failed."""
    finished: list[bool] = []

    def stubborn_parse(*args: object, **kwargs: object) -> object:
        deadline = time.monotonic() + 0.5  # ten times the time limit
        while time.monotonic() < deadline:
            with contextlib.suppress(Exception):  # a parser's own error handling
                sum(range(1000))
        finished.append(True)
        raise AssertionError("should have been stopped")

    monkeypatch.setattr(rss, "PARSE_TIMEOUT", 0.05)
    monkeypatch.setattr(getattr(rss, parser), "parse", stubborn_parse)
    threads = threading.active_count()
    started = time.monotonic()
    with pytest.raises(FetchError, match="feed took too long to parse"):
        rss.parse_feed((FIXTURES / "rss20.xml").read_bytes(), content_type=content_type)
    assert time.monotonic() - started < 0.5
    assert threading.active_count() == threads
    time.sleep(0.6)  # longer than the parse would have run on
    assert finished == []  # it never ran on
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_off_the_main_thread_a_slow_parse_is_abandoned_in_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The web's "Test source" parses in a request thread, where no signal can be set."""

    def slow_parse(*args: object, **kwargs: object) -> object:
        time.sleep(1)
        raise AssertionError("should have been abandoned")

    monkeypatch.setattr(rss, "PARSE_TIMEOUT", 0.05)
    monkeypatch.setattr(rss.feedparser, "parse", slow_parse)
    started = time.monotonic()
    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(rss.parse_feed, (FIXTURES / "rss20.xml").read_bytes())
        with pytest.raises(FetchError, match="feed took too long to parse"):
            future.result()
    assert time.monotonic() - started < 1.5


def test_the_parse_timer_gives_back_a_timer_that_was_running() -> None:
    fired: list[int] = []

    def handler(signum: int, frame: object) -> None:
        fired.append(signum)

    previous = signal.signal(signal.SIGALRM, handler)
    try:
        signal.setitimer(signal.ITIMER_REAL, 30)
        result = rss.parse_feed((FIXTURES / "rss20.xml").read_bytes())
        assert result.items
        remaining, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 25 < remaining <= 30
        assert signal.getsignal(signal.SIGALRM) is handler  # the earlier handler is back
        assert fired == []
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_validate() -> None:
    connector = get("rss")
    assert connector.validate({"url": " https://site.example/feed "}) == {
        "url": "https://site.example/feed"
    }
    with pytest.raises(ConfigError, match="Feed URL is required"):
        connector.validate({})
    for bad in ("ftp://site.example/feed", "file:///etc/passwd", "site.example/feed"):
        with pytest.raises(ConfigError, match="http"):
            connector.validate({"url": bad})


# --- through the local HTTP server ------------------------------------------------------

ETAG = '"v1-4812"'
LAST_MODIFIED = "Thu, 02 May 2024 09:30:00 GMT"


def serve_feed_with_validators(request: Request) -> Reply:
    if request.header("If-None-Match") == ETAG:
        return Reply(304, headers={"ETag": ETAG})
    return Reply(
        200,
        (FIXTURES / "rss20.xml").read_bytes(),
        headers={
            "Content-Type": "application/rss+xml; charset=utf-8",
            "ETag": ETAG,
            "Last-Modified": LAST_MODIFIED,
        },
    )


def test_fetch_then_conditional_get_answered_304(http_server: LocalServer) -> None:
    http_server.route("/feed.xml", serve_feed_with_validators)
    connector = get("rss")
    config = connector.validate({"url": f"{http_server.url}/feed.xml"})

    first = connector.fetch(config, {})
    assert not first.not_modified
    assert len(first.items) == 2
    assert (first.etag, first.last_modified) == (ETAG, LAST_MODIFIED)
    # Relative links resolve against the URL we actually fetched.
    assert f'href="{http_server.url}/tags/sprockets/"' in first.items[0].html

    again = connector.fetch(config, {}, etag=first.etag, last_modified=first.last_modified)
    assert again.not_modified
    assert again.items == []
    assert again.etag == ETAG
    sent = http_server.requests_to("/feed.xml")
    assert sent[0].header("If-None-Match") is None
    assert sent[1].header("If-None-Match") == ETAG
    assert sent[1].header("If-Modified-Since") == LAST_MODIFIED


def test_fetch_google_alerts_feed(http_server: LocalServer) -> None:
    http_server.route(
        "/alerts/feeds/1/2",
        body=(FIXTURES / "google_alerts.xml").read_bytes(),
        headers={"Content-Type": "application/atom+xml; charset=utf-8"},
    )
    result = get("rss").fetch({"url": f"{http_server.url}/alerts/feeds/1/2"}, {})
    assert [i.url for i in result.items] == [
        "https://dailyexample.news/business/2024/05/02/acme-corp-toaster-recall",
        "https://blog.example.org/posts/leaving-acme?ref=rss",
    ]


def test_fetch_garbage_fails_readably(http_server: LocalServer) -> None:
    http_server.route("/feed", body=b"<<<>>> nope", headers={"Content-Type": "text/plain"})
    with pytest.raises(FetchError, match="not a feed"):
        get("rss").fetch({"url": f"{http_server.url}/feed"}, {})


def test_fetch_rate_limited_keeps_retry_after(http_server: LocalServer) -> None:
    http_server.route("/feed", Reply(429, b"slow down", headers={"Retry-After": "120"}))
    with pytest.raises(FetchError) as caught:
        get("rss").fetch({"url": f"{http_server.url}/feed"}, {})
    assert caught.value.status == 429
    assert caught.value.retry_after == 120
