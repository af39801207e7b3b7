"""Builders for review tests: review sources, reviews (mentions with a rating), replies."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from typing import Any

from django.utils import timezone

from mentions.models import Brand, Mention, MentionBrand, Source
from orm_dashboard.models import Workspace
from reviews.models import Reply, ReplyTemplate, ReviewSettings

GOOGLE = {"client_id": "cid", "client_secret": "csecret", "refresh_token": "rtoken"}


def brand(workspace: Workspace, name: str = "Acme") -> Brand:
    found = Brand.objects.filter(workspace=workspace, slug=name.lower()).first()
    return found or Brand.objects.create(workspace=workspace, name=name, slug=name.lower())


def source(workspace: Workspace, kind: str = "google_play", **config: Any) -> Source:
    defaults: dict[str, dict[str, Any]] = {
        "google_play": {"package_name": "com.acme.app", **GOOGLE},
        "google_business": {"account_id": "111", "location_id": "222", **GOOGLE},
        "trustpilot": {
            "business_unit_id": "bu1",
            "api_key": "key",
            "api_secret": "secret",
            "business_user_id": "bizuser",
        },
        "app_store": {"app_id": "284882215", "country": "us", "api_token": "asc-token"},
        "manual": {"platform_name": "Yelp"},
    }
    merged = {**defaults[kind], **config}
    return Source.objects.create(
        workspace=workspace,
        kind=kind,
        name=f"{kind} source",
        config=merged,
        brand=brand(workspace),
    )


def review(
    workspace: Workspace,
    src: Source | None = None,
    *,
    rating: int = 2,
    text: str = "The app keeps crashing when I open my basket. Please fix it.",
    author: str = "Anna Schmidt",
    external_id: str | None = None,
    published_at: datetime | None = None,
    **kwargs: Any,
) -> Mention:
    published_at = published_at or timezone.now() - timedelta(hours=2)
    external_id = external_id if external_id is not None else f"rev-{Mention.objects.count() + 1}"
    digest = hashlib.sha256(f"{external_id}{text}{published_at}".encode()).hexdigest()
    mention = Mention.objects.create(
        workspace=workspace,
        source=src,
        external_id=external_id,
        fingerprint=digest[:60],
        content_hash="",
        text=text,
        author=author,
        published_at=published_at,
        rating=rating,
        language="en",
        sentiment_label="negative" if (rating or 5) <= 2 else "positive",
        **kwargs,
    )
    MentionBrand.objects.create(
        workspace=workspace,
        mention=mention,
        brand=brand(workspace),
        published_at=published_at,
        rating=rating,
    )
    return mention


def reply(mention: Mention, author: Any, text: str, status: str = Reply.Status.DRAFT) -> Reply:
    return Reply.objects.create(
        workspace=mention.workspace,
        mention=mention,
        text=text,
        author=author,
        submitted_by=author if status != Reply.Status.DRAFT else None,
        status=status,
        version=1,
    )


def template(
    workspace: Workspace, name: str = "Apology", text: str | None = None, **kw: Any
) -> ReplyTemplate:
    text = text or (
        "Hi {reviewer_name}, thank you for telling us about this. We are sorry that {brand} "
        "let you down. Please write to us so we can put it right."
    )
    return ReplyTemplate.objects.create(workspace=workspace, name=name, text=text, **kw)


def no_delay(workspace: Workspace) -> ReviewSettings:
    settings = ReviewSettings.for_workspace(workspace)
    settings.send_delay_minutes = 0
    settings.save()
    return settings


# Replies as a careful agent writes them: personal, polite, specific.
GOOD_REPLY = (
    "Hi Anna, thank you for letting us know about the crash when opening the basket. "
    "Our developers found the cause and version 4.2, out this week, fixes it. "
    "If it still happens after updating, our support team at support@acme.example will help."
)
