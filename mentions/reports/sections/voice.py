"""Share of voice: the report's brands and its competitors, against the previous period."""

from __future__ import annotations

from typing import Any

from mentions import figures
from mentions.reports.registry import ReportContext, Section, register
from orm_dashboard.widgets import Delta


def build(ctx: ReportContext) -> dict[str, Any]:
    brands = [*ctx.brands, *ctx.competitors]
    before = {b.pk: pct for b, _, pct in figures.voice(ctx.previous, brands)}
    rows = [
        {
            "brand": b,
            "count": n,
            "pct": pct,
            "own": b in ctx.brands,
            "delta": Delta(pct, before.get(b.pk), "up" if b in ctx.brands else "down", "%"),
        }
        for b, n, pct in figures.voice(ctx.scope, brands)
    ]
    return {"rows": rows, "activity": 0, "competitors": bool(ctx.competitors)}


register(Section("voice", "Share of voice", 30, build))
