"""The reviews section of client reports (registered from ReviewsConfig.ready()): reviews
received, average rating and its change, answered %, answered within SLA, median time to
answer, each against the previous period."""

from __future__ import annotations

from typing import Any

from mentions.reports.registry import ReportContext, Section, register
from orm_dashboard.widgets import Delta


def build(ctx: ReportContext) -> dict[str, Any]:
    from reviews.figures import figures
    from reviews.models import ReviewSettings

    settings = ReviewSettings.for_workspace(ctx.scope.workspace)
    now, before = figures(ctx.scope, settings), figures(ctx.previous, settings)

    def hours(value: float | None) -> str:
        return "–" if value is None else f"{value:g} h"

    def pct(value: float | None) -> str:
        return "–" if value is None else f"{value:g}%"

    rows = [
        ("Reviews received", f"{now.received}", Delta(now.received, before.received)),
        (
            "Average rating",
            "–" if now.average_rating is None else f"{now.average_rating:.2f} ★",
            Delta(now.average_rating, before.average_rating, "up"),
        ),
        (
            "Answered",
            pct(now.answered_pct),
            Delta(now.answered_pct, before.answered_pct, "up", "%"),
        ),
        (
            "Answered within SLA",
            pct(now.within_sla_pct),
            Delta(now.within_sla_pct, before.within_sla_pct, "up", "%"),
        ),
        (
            "Median time to answer",
            hours(now.median_answer_hours),
            Delta(now.median_answer_hours, before.median_answer_hours, "down", " h"),
        ),
    ]
    return {"rows": rows, "activity": now.received + now.replied, "figures": now}


def register_section() -> None:
    register(Section("reviews", "Reviews", 60, build))
