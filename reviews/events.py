"""The webhook events of replies (registered from ReviewsConfig.ready)."""

from __future__ import annotations

from orm_dashboard import webhooks
from orm_dashboard.api import api_url
from reviews.models import Reply


def register() -> None:
    webhooks.register_event("reply.approved", "A manager (or a key allowed to) approved a reply.")
    webhooks.register_event(
        "reply.published", "A reply was published on its platform (or posted by hand)."
    )


def _data(reply: Reply) -> dict:
    return {
        "id": reply.pk,
        "review_id": reply.mention_id,
        "api_url": api_url(f"reviews/{reply.mention_id}/reply"),
    }


def approved(reply: Reply, version: int) -> None:
    webhooks.emit(reply.workspace_id, "reply.approved", [{**_data(reply), "version": version}])


def published(reply: Reply, url: str) -> None:
    webhooks.emit(reply.workspace_id, "reply.published", [{**_data(reply), "url": url}])
