"""Where the mentions came from: top sources by volume, top authors by reach."""

from __future__ import annotations

from typing import Any

from mentions import figures
from mentions.reports.registry import ReportContext, Section, register


def build(ctx: ReportContext) -> dict[str, Any]:
    return {
        "sources": [(name, n) for name, n, _ in figures.top_sources(ctx.scope, 8)],
        "authors": figures.top_authors(ctx.scope, 8),
        "activity": 0,
    }


register(Section("sources_authors", "Top sources and authors", 50, build))
