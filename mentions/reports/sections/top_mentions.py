"""The most positive and the most negative mentions of the period, linked to the original."""

from __future__ import annotations

from typing import Any

from mentions import figures
from mentions.reports.registry import ReportContext, Section, register

LIMIT = 5


def build(ctx: ReportContext) -> dict[str, Any]:
    def rows(label: str) -> list[dict[str, Any]]:
        return [
            {
                "title": (m.mention.title or m.mention.text)[:160],
                "url": m.mention.url,
                "source": m.mention.source.name if m.mention.source else "Imported",
                "published_at": m.published_at,
                "sentiment": m.sentiment,
            }
            for m in figures.top_mentions(ctx.scope, label, LIMIT)
        ]

    return {"positive": rows("positive"), "negative": rows("negative"), "activity": 0}


register(Section("top_mentions", "Top positive and negative mentions", 40, build))
