"""Hacker News stories and comments through the Algolia HN Search API (no key needed).

``search_by_date`` returns the newest hits first. The cursor is the newest ``created_at_i``
seen; the next poll asks only for ``created_at_i>N``, so nothing is fetched twice, and it
follows the pages down to N so a busy interval loses nothing (up to MAX_PAGES pages).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from mentions.connectors.base import (
    Connector,
    FetchResult,
    Item,
    base_url,
    json_object,
    number,
    register,
)
from mentions.normalise import html_to_text
from orm_dashboard import http

API_BASE = "https://hn.algolia.com/api/v1"
ITEM_URL = "https://news.ycombinator.com/item?id={}"
USER_URL = "https://news.ycombinator.com/user?id={}"
HITS_PER_PAGE = 100
MAX_PAGES = 10  # per poll once a cursor exists; the first poll reads one page only


def parse_hits(payload: dict[str, Any]) -> list[Item]:
    """Items of one ``search_by_date`` response (``{"hits": [...], "nbPages": ..., ...}``)."""
    items = []
    for hit in payload.get("hits") or []:
        object_id = str(hit.get("objectID") or "")
        if not object_id:
            continue
        tags = hit.get("_tags") or []
        is_comment = "comment" in tags or (hit.get("comment_text") and not hit.get("title"))
        html = (hit.get("comment_text") if is_comment else hit.get("story_text")) or ""
        created = number(hit.get("created_at_i"), int)
        author = hit.get("author") or ""
        hn_url = ITEM_URL.format(object_id)
        items.append(
            Item(
                external_id=object_id,
                # A story links to its article (Ask HN has none); a comment to itself.
                url=(None if is_comment else hit.get("url")) or hn_url,
                # A comment's story title is kept aside, not as its title: the comment must
                # match a brand on its own words.
                title="" if is_comment else (hit.get("title") or ""),
                text=html_to_text(html),
                html=html,
                author=author,
                author_url=USER_URL.format(author) if author else "",
                reach=number(hit.get("points"), int),
                published_at=datetime.fromtimestamp(created, UTC) if created else None,
                extra={
                    "type": "comment" if is_comment else "story",
                    "hn_url": hn_url,
                    "story_id": hit.get("story_id"),
                    "story_title": hit.get("story_title") or "",
                    "num_comments": hit.get("num_comments"),
                    "created_at_i": created,
                },
            )
        )
    return items


@register
class HackerNewsConnector(Connector):
    kind = "hackernews"
    label = "Hacker News"
    fields = {
        "query": (
            "Search words",
            True,
            'Words to search stories and comments for, e.g. "acme". Algolia matches all words.',
        ),
        "api_base": (
            "API base",
            False,
            f"Leave empty for {API_BASE}; set only for a mirror, a proxy you run, or tests.",
        ),
    }

    def validate(self, config: dict[str, Any]) -> dict[str, Any]:
        cleaned = super().validate(config)
        if cleaned["api_base"]:
            cleaned["api_base"] = base_url(cleaned["api_base"])
        return cleaned

    def fetch(
        self,
        config: dict[str, Any],
        state: dict[str, Any],
        *,
        etag: str = "",
        last_modified: str = "",
    ) -> FetchResult:
        base = config.get("api_base") or API_BASE
        since = number(state.get("created_at_i"), int)
        params: dict[str, Any] = {
            "query": config["query"],
            "tags": "(story,comment)",
            "hitsPerPage": HITS_PER_PAGE,
        }
        if since is not None:
            params["numericFilters"] = f"created_at_i>{since}"

        result = FetchResult(state=dict(state))
        pages = MAX_PAGES if since is not None else 1
        for page in range(pages):
            response = http.fetch(f"{base}/search_by_date", params={**params, "page": page})
            payload = json_object(response, "Hacker News search")
            result.items.extend(parse_hits(payload))
            last_page = (number(payload.get("nbPages"), int) or 1) - 1
            if page >= last_page:
                break
        else:
            if since is not None:
                result.warnings.append(
                    f"more than {MAX_PAGES * HITS_PER_PAGE} new items since the last poll; "
                    "only the newest were read (poll this source more often)"
                )

        seen = [i.extra["created_at_i"] for i in result.items if i.extra.get("created_at_i")]
        if seen:
            result.state["created_at_i"] = max([*seen, since or 0])
        return result
