"""What the reply editor needs about a review: its platform, limit, placeholders and the
templates that suit it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from mentions.models import Mention
from orm_dashboard.ids import parse_id
from reviews import guardrails
from reviews.connectors import ReviewConnector, review_connector
from reviews.models import ReplyTemplate, ReviewSettings

PLACEHOLDER = re.compile(r"\{(\w+)\}")
PLACEHOLDERS = ("reviewer_name", "brand", "location", "platform", "rating", "agent_name")
_ANONYMOUS = {"a google user", "anonymous", "anonymous user", "a customer", ""}


@dataclass
class ReviewContext:
    """One review as the editor and the guardrails see it."""

    mention: Mention
    connector: ReviewConnector | None
    config: dict[str, Any]

    @property
    def platform(self) -> str:
        if self.connector is None:
            return self.mention.source.name if self.mention.source_id else "the platform"
        return self.connector.placeholders(self.config).get("platform") or self.connector.platform

    @property
    def limit(self) -> int | None:
        if self.connector is not None and self.connector.reply_limit:
            return self.connector.reply_limit
        raw = str(self.config.get("reply_limit") or "")
        return parse_id(raw)

    @property
    def publishes(self) -> bool:
        """True when approved replies go out through the platform's API."""
        return self.connector is not None and self.connector.can_publish(self.config)

    def values(self, user: Any = None) -> dict[str, str]:
        mention = self.mention
        first = (mention.author or "").strip().split(" ")[0]
        reviewer = "" if (mention.author or "").strip().casefold() in _ANONYMOUS else first
        brand = next((m.brand.name for m in mention.matches.all() if m.brand_id), "")
        location = (
            self.connector.placeholders(self.config).get("location", "") if self.connector else ""
        )
        agent = ""
        if user is not None and getattr(user, "is_authenticated", False):
            agent = user.first_name or user.get_username()
        return {
            "reviewer_name": reviewer or "there",
            "brand": brand,
            "location": location or (mention.source.name if mention.source_id else ""),
            "platform": self.platform,
            "rating": str(mention.rating or ""),
            "agent_name": agent,
        }


def context_for(mention: Mention) -> ReviewContext:
    source = mention.source
    connector = review_connector(source.kind) if source is not None else None
    return ReviewContext(mention, connector, dict(source.config) if source is not None else {})


def fill(text: str, values: dict[str, str]) -> str:
    """Replace known placeholders that have a value; others stay, for the guardrail to flag."""

    def one(match: re.Match[str]) -> str:
        value = values.get(match.group(1), "")
        return value if value else match.group(0)

    return PLACEHOLDER.sub(one, text)


def suitable_templates(
    workspace_id: int, mention: Mention
) -> tuple[list[ReplyTemplate], list[ReplyTemplate]]:
    """(templates that suit this review, all the others), each sorted by name."""
    every = list(ReplyTemplate.objects.filter(workspace_id=workspace_id))
    language = (mention.language or "")[:2]
    suits = [t for t in every if t.suits(mention.rating, mention.sentiment_label, language)]
    return suits, [t for t in every if t not in suits]


def check(
    text: str, ctx: ReviewContext, *, settings: ReviewSettings, user: Any = None
) -> list[guardrails.Finding]:
    values = ctx.values(user)
    templates = [
        (t.name, fill(t.text, values))
        for t in ReplyTemplate.objects.filter(workspace_id=ctx.mention.workspace_id)
    ]
    return guardrails.check(
        text,
        limit=ctx.limit,
        platform=ctx.platform,
        templates=templates,
        contacts=settings.contact_list,
        language=ctx.mention.language or None,
    )
