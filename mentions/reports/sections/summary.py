"""Summary: mentions and the sentiment shares, each against the previous period."""

from __future__ import annotations

from typing import Any

from mentions import figures
from mentions.reports.registry import ReportContext, Section, register


def build(ctx: ReportContext) -> dict[str, Any]:
    now, before = figures.volume(ctx.scope), figures.volume(ctx.previous)
    return {"figures": figures.summary(now, before), "activity": now.total, "total": now.total}


register(Section("summary", "Summary with changes", 10, build))
