"""RSS 0.9x/1.0/2.0 and Atom feeds, including Google Alerts and Google News search feeds.

feedparser only ever sees bytes that our safe client fetched (wrapped in a BytesIO: given a
bare ``bytes`` object feedparser tries ``open()`` on it first, so a body that happens to be a
file path would be read from the local disk). It never gets a URL, so it never fetches.
"""

from __future__ import annotations

import io
import re
import signal
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import feedparser
import feedparser.urls

from mentions.connectors import plainrss
from mentions.connectors.base import (
    ConfigError,
    Connector,
    FetchResult,
    Item,
    language_code,
    register,
)
from mentions.normalise import html_to_text, unwrap_redirect
from orm_dashboard import http

# Seconds a feed may take to parse. In a process's main thread (a Celery worker runs its
# tasks there) a timer signal stops the parse: feedparser is pure Python, so the exception
# lands between two of its steps and nothing keeps running. Elsewhere (the web's "Test
# source" runs in a request thread, where signals cannot be set) the parse runs in a daemon
# thread we stop waiting for: the request answers in time, but a pathological document keeps
# that thread busy until feedparser finishes, bounded by the body cap (http.MAX_BYTES).
PARSE_TIMEOUT = 20.0


def squash(text: str) -> str:
    """Runs of whitespace (any Unicode space) as one space, trimmed; str.split() is C."""
    return " ".join(text.split())


# An href that is not absolute (no scheme: "/path", "../x", "//host/x"): the only URL
# attribute that survives sanitizing, so the only one worth resolving against the base.
_RELATIVE_HREF = re.compile(r"""\bhref\s*=\s*["']?\s*(?![a-z][a-z0-9+.-]*:)""", re.IGNORECASE)


# Google Alerts wraps every link (google.com/url?url=…); the shared normaliser unwraps it.
unwrap_google_redirect = unwrap_redirect


def _datetime(parsed: Any) -> datetime | None:
    """feedparser's UTC struct_time as an aware datetime (None for missing or absurd dates)."""
    if not parsed:
        return None
    try:
        return datetime(*parsed[:6], tzinfo=UTC)
    except (TypeError, ValueError):
        return None


def _is_html(detail: Any) -> bool:
    return bool(detail) and "html" in str(detail.get("type", ""))


def _entry_item(entry: Any, feed_language: str) -> Item:
    title_detail = entry.get("title_detail")
    title = entry.get("title", "")
    if _is_html(title_detail):
        title = squash(html_to_text(title))

    # Atom <content> (or RSS content:encoded) is the full body; summary/description is the
    # fallback. Either may be HTML or plain text.
    body, detail = "", None
    if entry.get("content"):
        detail = entry["content"][0]
        body = detail.get("value", "")
    elif entry.get("summary"):
        detail = entry.get("summary_detail")
        body = entry["summary"]
    is_html = _is_html(detail) if detail else False
    # ("href" in lower(): a C scan that spares the regex the bodies without a link.)
    if is_html and "href" in body.lower() and _RELATIVE_HREF.search(body):
        body = _resolve_links(body, detail)

    author = entry.get("author", "")
    author_url = (entry.get("author_detail") or {}).get("href", "")
    source = entry.get("source") or {}
    if not author and source.get("title"):  # Google News names the publisher here
        author = source["title"]

    language = language_code((detail or {}).get("language")) or feed_language
    return Item(
        external_id=entry.get("id", "") or "",
        url=unwrap_google_redirect(entry.get("link", "") or ""),
        title=squash(title),
        text=html_to_text(body) if is_html else squash(body),
        html=body if is_html else "",
        author=author,
        author_url=author_url,
        published_at=_datetime(
            # dict.get: feedparser warns when a missing "updated_parsed" is read its own way
            entry.get("published_parsed") or dict.get(entry, "updated_parsed")
        ),
        language=language,
    )


def _resolve_links(body: str, detail: Any) -> str:
    """Relative links in an item's HTML made absolute against its base (xml:base, else the
    feed's URL), with feedparser's own resolver. feedparser would do this for every item
    (resolve_relative_uris), re-parsing all HTML in pure Python: most items have no
    relative link, so it is asked only for those that do."""
    base = detail.get("base") or ""
    if not base:
        return body
    return feedparser.urls.resolve_relative_uris(body, base, "utf-8", detail.get("type", ""))


class _ParseTimeout(BaseException):
    """Raised by the timer signal inside a parse that ran out of time (a BaseException, so the
    parsers' own ``except Exception`` clauses do not swallow it)."""


def _timed(parse: Callable[[], Any]) -> Any:
    """``parse()`` under PARSE_TIMEOUT (see the constant); a parser crash becomes a
    FetchError."""
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        return _timed_by_signal(parse)
    return _timed_in_thread(parse)


def _timed_by_signal(parse: Callable[[], Any]) -> Any:
    def stop(signum: int, frame: object) -> None:
        raise _ParseTimeout

    previous = signal.signal(signal.SIGALRM, stop)
    started = time.monotonic()
    # Then every 0.1 s until disarmed, should a bare ``except:`` somewhere swallow one.
    earlier, _ = signal.setitimer(signal.ITIMER_REAL, PARSE_TIMEOUT, 0.1)
    try:
        try:
            return parse()
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)  # until here, a signal means "too long"
    except _ParseTimeout:
        raise http.FetchError("feed took too long to parse") from None
    except Exception as exc:  # any parser crash is reported to the caller
        raise http.FetchError(f"not a feed: {exc}") from exc
    finally:
        signal.signal(signal.SIGALRM, previous)
        if earlier:  # someone else's timer was running: give it back what is left of it
            signal.setitimer(signal.ITIMER_REAL, max(earlier - (time.monotonic() - started), 1e-3))


def _timed_in_thread(parse: Callable[[], Any]) -> Any:
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["result"] = parse()
        except Exception as exc:  # any parser crash is reported to the caller below
            outcome["error"] = exc

    thread = threading.Thread(target=work, name="feed-parser", daemon=True)
    thread.start()
    thread.join(PARSE_TIMEOUT)
    if thread.is_alive():
        raise http.FetchError("feed took too long to parse")
    if "error" in outcome:
        raise http.FetchError(f"not a feed: {outcome['error']}")
    return outcome["result"]


def _run_feedparser(content: bytes, headers: dict[str, str]) -> Any:
    return _timed(
        lambda: feedparser.parse(
            io.BytesIO(content),
            response_headers=headers,
            sanitize_html=False,  # keep the raw HTML: the pipeline sanitizes with nh3
            resolve_relative_uris=False,  # done per item when needed: _resolve_links
        )
    )


def parse_feed(content: bytes, *, content_type: str = "", url: str = "") -> FetchResult:
    """Items (and bozo warnings) of a feed document.

    ``content_type`` and ``url`` are the real response's Content-Type (for the charset) and
    final URL (to resolve relative links). Raises FetchError when nothing feed-like came out.
    Plain RSS 2.0 is read by ``plainrss``, everything else by feedparser; both under
    PARSE_TIMEOUT.
    """
    plain = _timed(lambda: plainrss.parse(content, content_type=content_type, url=url))
    if plain is not None:
        entries, language = plain
        return FetchResult(items=[_entry_item(entry, language_code(language)) for entry in entries])
    return parse_with_feedparser(content, content_type=content_type, url=url)


def parse_with_feedparser(content: bytes, *, content_type: str = "", url: str = "") -> FetchResult:
    """parse_feed's way for every document: feedparser, under PARSE_TIMEOUT."""
    headers = {}
    if content_type:
        headers["content-type"] = content_type
    if url:
        headers["content-location"] = url
    parsed = _run_feedparser(content, headers)
    entries = parsed.get("entries") or []
    reason = str(parsed.get("bozo_exception") or "") if parsed.get("bozo") else ""
    if not entries:
        if reason:
            raise http.FetchError(f"not a feed: {reason}")
        if not parsed.get("version"):
            raise http.FetchError("not a feed: no RSS or Atom document found")
        return FetchResult()  # a valid feed that is empty right now
    feed_language = language_code((parsed.get("feed") or {}).get("language"))
    items = [_entry_item(entry, feed_language) for entry in entries]
    if not reason:
        return FetchResult(items=items)
    # Only a lenient parser could read this: what it made of a cut or broken piece ("Acme
    # unclosed", no text, no link) is not content. Keep the items a person could use.
    kept = [item for item in items if _worth_showing(item)]
    warning = f"the feed is not well-formed ({reason}); {len(kept)} entries were read anyway"
    if len(kept) < len(items):
        warning += (
            f", {len(items) - len(kept)} incomplete ones (no text, no title and link) left out"
        )
    return FetchResult(items=kept, warnings=[warning])


def _worth_showing(item: Item) -> bool:
    """An item from a malformed feed is kept when it has text, or a title and a link."""
    return bool(item.text.strip()) or bool(item.title.strip() and item.url)


def _check_url(value: str, label: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{label} must be an http:// or https:// address")
    return value


@register
class RssConnector(Connector):
    kind = "rss"
    label = "RSS / Atom feed"
    fields = {
        "url": (
            "Feed URL",
            True,
            "An RSS or Atom feed, a Google Alerts feed (deliver to: RSS feed) or a Google News "
            "search feed (https://news.google.com/rss/search?q=...).",
        ),
    }

    def validate(self, config: dict[str, Any]) -> dict[str, Any]:
        cleaned = super().validate(config)
        _check_url(cleaned["url"], "Feed URL")
        return cleaned

    def fetch(
        self,
        config: dict[str, Any],
        state: dict[str, Any],
        *,
        etag: str = "",
        last_modified: str = "",
    ) -> FetchResult:
        response = http.fetch(config["url"], etag=etag, last_modified=last_modified)
        new_etag = response.headers.get("etag", "") or etag
        new_last_modified = response.headers.get("last-modified", "") or last_modified
        if response.status == 304:
            return FetchResult(
                not_modified=True, etag=new_etag, last_modified=new_last_modified, state=state
            )
        result = parse_feed(
            response.content,
            content_type=response.headers.get("content-type", ""),
            url=response.url,
        )
        result.etag = response.headers.get("etag", "")
        result.last_modified = response.headers.get("last-modified", "")
        result.state = state
        return result
