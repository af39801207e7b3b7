"""A fast path for plain RSS 2.0: the feed shape most sources serve, read with expat directly.

feedparser is the parser of record: it copes with every dialect, broken XML, odd encodings
and odd elements, and it costs ~0.3 ms per item in pure Python (a third of a worker's ingest
time). For a document that is *plain* (well-formed UTF-8 RSS 2.0 without a DTD, xml:base
or xml:lang, whose items hold only the elements listed below, each once) this
module builds the very entries feedparser would, following its rules step by step (see
``_text``) and calling its own helpers for dates, links and HTML detection. Anything else
returns None and goes to feedparser. ``tests/mentions/test_plainrss.py`` checks the two
against each other on every fixture and on generated feeds.
"""

from __future__ import annotations

import contextlib
import re
import xml.etree.ElementTree as ET
from typing import Any

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from feedparser.datetimes import _parse_date
from feedparser.html import _cp1252
from feedparser.mixin import _FeedParserMixin
from feedparser.urls import _urljoin, make_safe_absolute_uri

CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
DC_LANGUAGE = "{http://purl.org/dc/elements/1.1/}language"
# Item elements we read, and those that cannot change what we read (feedparser files them
# under keys we never look at). Any other element sends the document to feedparser.
READ = {"title", "link", "guid", "description", "pubDate", "source", CONTENT, DC_CREATOR}
IGNORED = {
    "category",
    "comments",
    "enclosure",
    "{http://wellformedweb.org/CommentAPI/}commentRss",
    "{http://purl.org/rss/1.0/modules/slash/}comments",
}
# Content types whose documents feedparser decodes exactly as the XML declaration says
# (without one, as for a file, feedparser warns that none was given: it reads those).
XML_TYPES = {"application/rss+xml", "application/xml", "application/x-rss+xml"}
_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


def parse(content: bytes, *, content_type: str = "", url: str = "") -> tuple[list, str] | None:
    """(feedparser-shaped entries, the channel's language), or None when not plain."""
    if not _plain_bytes(content, content_type):
        return None
    try:
        # No DTD at all (so no entity tricks); expat never fetches anything.
        root = fromstring(content, forbid_dtd=True)
    except (ET.ParseError, DefusedXmlException):
        return None  # feedparser reads what it can of broken XML and says so
    if root.tag != "rss" or root.get("version") != "2.0" or len(root) != 1:
        return None
    channel = root[0]
    if channel.tag != "channel" or any(_scoped(element) for element in root.iter()):
        return None
    languages = channel.findall("language")
    if len(languages) > 1 or sum(1 for _ in root.iter("language")) != len(languages):
        return None
    items = channel.findall("item")
    if sum(1 for _ in root.iter("item")) != len(items):
        return None  # items where feedparser would look for them but we would not
    base = make_safe_absolute_uri("", url) or make_safe_absolute_uri(url) or ""
    entries = []
    for item in items:
        entry = _entry(item, base)
        if entry is None:
            return None
        entries.append(entry)
    return entries, _text(languages[0].text) if languages else ""


def _scoped(element: ET.Element) -> bool:
    """True for what changes feedparser's base URI or language mid-document: xml:base,
    xml:lang or a lang attribute, and Dublin Core's language element."""
    return element.tag == DC_LANGUAGE or any(
        name == "lang" or name.startswith("{http://www.w3.org/XML/1998/namespace}")
        for name in element.attrib
    )


def _plain_bytes(content: bytes, content_type: str) -> bool:
    """UTF-8 as far as both the response and the document say."""
    main, _, params = content_type.partition(";")
    main = main.strip().lower()
    charset = re.search(r"charset\s*=\s*[\"']?([^\s\"';]+)", params, re.IGNORECASE)
    charset_name = charset[1].lower() if charset else ""
    if charset_name not in ("", "utf-8") or not (
        main in XML_TYPES or (main == "text/xml" and charset_name == "utf-8")
    ):
        return False
    start = content[3:200] if content.startswith(b"\xef\xbb\xbf") else content[:200]
    if not start.lstrip(b" \t\r\n").startswith(b"<"):
        return False  # UTF-16 and friends
    declared = _DECLARED.match(start)
    return declared is None or declared[1].lower() == b"utf-8"


def _text(raw: str | None, *, uri_base: str | None = None) -> str:
    """What feedparser's pop() makes of an element's text in a UTF-8 document: stripped,
    resolved against the base when it is a URI, text that is really UTF-8 read as Latin-1
    repaired, and the Windows-1252 code points mapped."""
    out = (raw or "").strip()
    if uri_base is not None and out:
        out = _urljoin(uri_base, out)
    with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
        out = out.encode("iso-8859-1").decode("utf-8")
    return out.translate(_cp1252)


def _entry(item: ET.Element, base: str) -> dict[str, Any] | None:
    """One item as feedparser's entry (only the keys rss._entry_item reads), or None."""
    seen: dict[str, ET.Element] = {}
    for child in item:
        if child.tag in IGNORED:
            continue
        if child.tag not in READ or child.tag in seen or len(child):
            return None  # unknown, repeated, or holding markup as elements
        attributes = {k.lower() for k in child.attrib}
        allowed = {"guid": {"ispermalink"}, "source": {"url"}}.get(child.tag, set())
        if attributes - allowed:
            return None
        seen[child.tag] = child
    entry: dict[str, Any] = {}
    if (title := seen.get("title")) is not None:
        value = (title.text or "").strip()
        kind = "text/html" if _FeedParserMixin.looks_like_html(value) else "text/plain"
        entry["title"] = _text(value)
        entry["title_detail"] = {"type": kind, "language": None, "base": base}
    if (link := seen.get("link")) is not None:
        value = _text(link.text, uri_base=base).replace("&amp;", "&")
        entry["link"] = re.sub("&([A-Za-z0-9_]+);", r"&\g<1>", value)
    if (guid := seen.get("guid")) is not None:
        permalink = next((v for k, v in guid.attrib.items() if k.lower() == "ispermalink"), "true")
        is_link = permalink == "true"
        entry["id"] = _text(guid.text, uri_base=base if is_link else None)
        if is_link:
            entry.setdefault("link", entry["id"])
    for tag, key in (("description", "summary"), (CONTENT, "content")):
        if (element := seen.get(tag)) is not None:
            # (The channel's <language> is not the items' language in feedparser: its
            # xml:lang stack restores the parent's when the element ends.)
            detail = {"type": "text/html", "language": None, "base": base}
            detail["value"] = _text(element.text)
            if key == "content":
                entry["content"] = [detail]
            else:
                entry["summary"], entry["summary_detail"] = detail["value"], detail
    if (creator := seen.get(DC_CREATOR)) is not None:
        author = _text(creator.text)
        if "@" in author:
            return None  # feedparser splits an e-mail address out of the name
        if author:
            entry["author"] = author
    if (date := seen.get("pubDate")) is not None:
        entry["published_parsed"] = _parse_date(_text(date.text))
    if (source := seen.get("source")) is not None and (title := _text(source.text)):
        entry["source"] = {"title": title}
    return entry
