"""What we did: the manager's own words for the period (a report can wait for them)."""

from __future__ import annotations

from typing import Any

from mentions.reports.registry import ReportContext, Section, register


def build(ctx: ReportContext) -> dict[str, Any]:
    return {"note": ctx.note.strip(), "activity": 0}


register(Section("note", "What we did", 5, build))
