"""The webhook events of mentions, reviews and sources (registered from MentionsConfig).

A review is a mention with a rating, so its arrival is told here too; the payloads are
small (ids, the changed fields, the API address to read the rest).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from mentions.models import Brand, Source
from orm_dashboard import webhooks
from orm_dashboard.api import api_url

CREATED, UPDATED, REVIEW, PAUSED = (
    "mention.created",
    "mention.updated",
    "review.created",
    "source.paused",
)


def register() -> None:
    webhooks.register_brand_choices(
        lambda workspace_id: list(
            Brand.objects.filter(workspace_id=workspace_id).values_list("id", "name")
        )
    )
    webhooks.register_event(
        CREATED,
        "A new mention was stored (endpoints may keep some brands and sentiments).",
        filterable=True,
    )
    webhooks.register_event(UPDATED, "Someone changed a mention's status, assignee, tags or label.")
    webhooks.register_event(
        REVIEW, "A new review (a mention with a rating) was stored.", filterable=True
    )
    webhooks.register_event(PAUSED, "A source was paused (by a person, or after failing polls).")


def created(
    workspace_id: int,
    stored: Iterable[tuple[int, list[int], str, datetime, str, int | None]],
) -> None:
    """(mention id, brand ids, sentiment label, published_at, url, rating) per new mention."""
    mentions, reviews = [], []
    for mention_id, brand_ids, label, published_at, url, rating in stored:
        data = {
            "id": mention_id,
            "brand_ids": brand_ids,
            "sentiment": label,
            "published_at": published_at.isoformat(),
            "url": url,
            "api_url": api_url(f"mentions/{mention_id}"),
        }
        mentions.append(data)
        if rating is not None:
            reviews.append({**data, "rating": rating, "api_url": api_url(f"reviews/{mention_id}")})
    webhooks.emit(workspace_id, CREATED, mentions)
    if reviews:
        webhooks.emit(workspace_id, REVIEW, reviews)


def updated(workspace_id: int, mention_ids: list[int], changed: dict[str, Any]) -> None:
    webhooks.emit(
        workspace_id,
        UPDATED,
        [
            {"id": pk, "changed": changed, "api_url": api_url(f"mentions/{pk}")}
            for pk in mention_ids
        ],
    )


def paused(source: Source, reason: str) -> None:
    webhooks.emit(
        source.workspace_id,
        PAUSED,
        [{"id": source.pk, "reason": reason, "api_url": api_url(f"sources/{source.pk}")}],
    )
