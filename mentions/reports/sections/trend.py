"""Volume and sentiment trend: stacked bars per day (per hour for a daily report) as a PNG,
with the previous period's totals drawn over them, and the busiest bucket named."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from mentions import figures
from mentions.reports import charts
from mentions.reports.registry import ReportContext, Section, register


def build(ctx: ReportContext) -> dict[str, Any]:
    tz = ctx.tz
    since, until = ctx.scope.since.astimezone(tz), ctx.scope.until.astimezone(tz)
    # Hours for a daily report, the report's own days for a weekly or monthly one.
    hourly = until - since <= timedelta(days=2)
    step = timedelta(hours=1) if hourly else timedelta(days=1)
    now = figures.buckets(figures.volume(ctx.scope).rows, since, until, step)
    previous = figures.buckets(
        figures.volume(ctx.previous).rows, ctx.previous.since.astimezone(tz), since, step
    )
    cid = ctx.add_chart(
        "trend", charts.stacked_bars([b.counts for b in now], [b.total for b in previous])
    )
    busiest = max(now, key=lambda b: b.total, default=None)
    return {
        "cid": cid,
        "hourly": hourly,
        "peak": max((b.total for b in now), default=0),
        "previous_peak": max((b.total for b in previous), default=0),
        "busiest": busiest if busiest and busiest.total else None,
        "tz": tz,
        "activity": sum(b.total for b in now),
        "rows": [
            {"start": b.start.astimezone(tz), **b.counts, "total": b.total} for b in now if b.total
        ],
    }


register(Section("trend", "Volume and sentiment trend", 20, build))
