"""Small builders for test data (plain functions, no factory library)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape

from mentions.connectors.base import Item
from mentions.models import Brand, Mention, Source
from orm_dashboard.models import Workspace

# Test items are published in the recent past: a day before the test run, on the hour. A
# fixed date drifted out of the pages' default periods (the overview's last 7 days) as the
# calendar moved on.
T0 = (datetime.now(UTC) - timedelta(days=1)).replace(minute=0, second=0, microsecond=0)


def brand(workspace: Workspace, name: str = "Acme", **kwargs: object) -> Brand:
    kwargs.setdefault("slug", name.lower())
    return Brand.objects.create(workspace=workspace, name=name, **kwargs)


def item(n: int, text: str = "I love Acme rockets", **kwargs: object) -> Item:
    kwargs.setdefault("external_id", f"guid-{n}")
    kwargs.setdefault("url", f"https://news.example/{n}")
    kwargs.setdefault("title", f"Story {n}")
    kwargs.setdefault("published_at", T0 - timedelta(hours=n))
    return Item(text=text, **kwargs)  # type: ignore[arg-type]


def rss_source(workspace: Workspace, url: str, **kwargs: object) -> Source:
    kwargs.setdefault("name", "Test feed")
    return Source.objects.create(workspace=workspace, kind="rss", config={"url": url}, **kwargs)


def rss_feed(entries: list[dict[str, str]], *, title: str = "Feed") -> str:
    """An RSS 2.0 document; each entry: guid, link, title, description (HTML), date."""
    items = []
    for e in entries:
        guid = f'<guid isPermaLink="false">{escape(e["guid"])}</guid>' if e.get("guid") else ""
        date = e.get("date") or format_datetime(T0)
        items.append(
            f"<item><title>{escape(e.get('title', ''))}</title><link>{escape(e.get('link', ''))}</link>"
            f"{guid}<pubDate>{date}</pubDate>"
            f"<description>{escape(e.get('description', ''))}</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>https://news.example/</link>"
        f"<description>x</description>{''.join(items)}</channel></rss>"
    )


def entries(
    n: int, *, text: str = "People say Acme is great", guid_prefix: str = "g"
) -> list[dict[str, str]]:
    return [
        {
            "guid": f"{guid_prefix}-{i}",
            "link": f"https://news.example/story/{i}",
            "title": f"Acme story {i}",
            "description": f"<p>{text} ({i})</p>",
        }
        for i in range(n)
    ]


def make_mention(workspace: Workspace, title: str = "A mention", **fields: object) -> Mention:
    """One stored mention, without ingest (for views that only need a row to show)."""
    from django.utils import timezone

    key = f"{workspace.pk}-{title}-{Mention.objects.count()}"
    return Mention.objects.create(
        workspace=workspace,
        title=title,
        text=f"{title}: text",
        fingerprint=key,
        content_hash=key,
        published_at=fields.pop("published_at", None) or timezone.now(),  # type: ignore[arg-type]
        **fields,
    )
