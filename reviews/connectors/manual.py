"""Any review platform without an API: reviews come from a CSV export (uploaded on the
review queue, or fetched from an address), and replies are copied by hand and then marked
as posted with the link to the reply.

CSV columns (a header row names them; only ``rating`` and ``text`` are required): id,
author, rating, date, title, text, url, language.
"""

from __future__ import annotations

import csv
import io
from typing import Any
from urllib.parse import urlsplit

from mentions.connectors.base import (
    ConfigError,
    FetchResult,
    Item,
    language_code,
    parse_time,
    register,
)
from orm_dashboard import http
from orm_dashboard.http import FetchError
from orm_dashboard.ids import is_digits
from reviews.connectors.base import LOCATION_NAME, ReviewConnector

MAX_ROWS = 5000


def parse_csv(content: bytes | str) -> tuple[list[Item], list[str]]:
    """Items and one warning per unusable row (so a bad row never hides the good ones)."""
    text = content.decode("utf-8-sig", errors="replace") if isinstance(content, bytes) else content
    reader = csv.DictReader(io.StringIO(text))
    columns = {c.strip().lower() for c in reader.fieldnames or []}
    if not {"rating", "text"} <= columns:
        raise ConfigError("the CSV needs a header row with at least rating and text columns")
    items: list[Item] = []
    warnings: list[str] = []
    for number, raw in enumerate(reader, start=2):
        if len(items) >= MAX_ROWS:
            warnings.append(f"only the first {MAX_ROWS} rows were read")
            break
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
        rating = row.get("rating", "")
        if not is_digits(rating) or not 1 <= int(rating) <= 5:
            warnings.append(f"row {number}: rating must be 1 to 5, not {rating!r}")
            continue
        url = row.get("url", "")
        if url and urlsplit(url).scheme not in ("http", "https"):
            url = ""
        items.append(
            Item(
                external_id=row.get("id", ""),
                url=url,
                title=row.get("title", ""),
                text=row.get("text", ""),
                author=row.get("author", ""),
                published_at=parse_time(row.get("date")),
                language=language_code(row.get("language")),
                rating=int(rating),
            )
        )
    return items, warnings


@register
class ManualConnector(ReviewConnector):
    kind = "manual"
    label = "Reviews without an API (CSV, replies posted by hand)"
    platform = "manual"
    publishes = False
    fields = {
        "platform_name": ("Platform", True, "Where the reviews are, such as Yelp or Tripadvisor."),
        "csv_url": (
            "CSV address",
            False,
            "Optional: a CSV export to fetch on every poll. You can also upload CSV files on "
            "the review queue.",
        ),
        "reply_limit": ("Reply length limit", False, "The platform's limit in characters, if any."),
        "location_name": LOCATION_NAME,
    }

    def validate(self, config: dict[str, Any]) -> dict[str, Any]:
        cleaned = super().validate(config)
        if cleaned["csv_url"] and urlsplit(cleaned["csv_url"]).scheme not in ("http", "https"):
            raise ConfigError("CSV address must be an http:// or https:// address")
        if cleaned["reply_limit"] and not is_digits(cleaned["reply_limit"]):
            raise ConfigError("Reply length limit is a number of characters")
        return cleaned

    def placeholders(self, config: dict[str, Any]) -> dict[str, str]:
        return {
            "location": config.get("location_name", ""),
            "platform": config.get("platform_name", ""),
        }

    def fetch(
        self,
        config: dict[str, Any],
        state: dict[str, Any],
        *,
        etag: str = "",
        last_modified: str = "",
    ) -> FetchResult:
        if not config.get("csv_url"):
            return FetchResult(state=state)
        response = http.fetch(config["csv_url"], etag=etag, last_modified=last_modified)
        if response.status == 304:
            return FetchResult(
                not_modified=True, etag=etag, last_modified=last_modified, state=state
            )
        try:
            items, warnings = parse_csv(response.content)
        except ConfigError as exc:
            raise FetchError(str(exc)) from None
        return FetchResult(
            items=items,
            warnings=warnings[:20],
            etag=response.headers.get("etag", ""),
            last_modified=response.headers.get("last-modified", ""),
            state=state,
        )
