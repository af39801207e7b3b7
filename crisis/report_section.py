"""The incidents section of client reports (registered from CrisisConfig.ready()): incidents
opened, median time to acknowledge and to resolve, and the post-mortems' lessons."""

from __future__ import annotations

from typing import Any

from mentions.reports.registry import ReportContext, Section, register
from orm_dashboard.widgets import Delta


def build(ctx: ReportContext) -> dict[str, Any]:
    from crisis.figures import figures

    now, before = figures(ctx.scope, lessons=True), figures(ctx.previous)

    def show(value: float | None, unit: str) -> str:
        return "–" if value is None else f"{value:g} {unit}"

    rows = [
        ("Incidents opened", str(now.opened), Delta(now.opened, before.opened, "down")),
        (
            "Median time to acknowledge",
            show(now.median_ack_minutes, "min"),
            Delta(now.median_ack_minutes, before.median_ack_minutes, "down", " min"),
        ),
        (
            "Median time to resolve",
            show(now.median_resolve_hours, "h"),
            Delta(now.median_resolve_hours, before.median_resolve_hours, "down", " h"),
        ),
    ]
    return {
        "rows": rows,
        "unresolved": now.unresolved,
        "lessons": now.lessons,
        "activity": now.opened,
    }


def register_section() -> None:
    register(Section("incidents", "Incidents", 70, build))
