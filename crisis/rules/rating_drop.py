"""Rating drop: a brand's recent reviews average well below its usual rating."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from crisis.rules.base import (
    LINK_LIMIT,
    Context,
    Decision,
    Finding,
    Hour,
    Kind,
    ids,
    number,
    one,
    register,
    span,
    window_and_before,
)

if TYPE_CHECKING:
    from crisis.models import Rule


def decide(
    avg: float | None, count: int, base_avg: float | None, base_count: int, rule: Rule
) -> Decision:
    if avg is None or base_avg is None:
        return Decision(False, 0.0, base_avg, {"count": count, "baseline_count": base_count})
    threshold = base_avg - rule.rating_drop
    fired = count >= rule.min_count and base_count >= rule.min_count and avg <= threshold
    return Decision(
        fired,
        round(threshold, 2),
        round(base_avg, 2),
        {"count": count, "baseline_count": base_count, "drop": rule.rating_drop},
    )


@register
class RatingDrop(Kind):
    kind = "rating_drop"
    label = "Rating drop"
    params = ("window_minutes", "baseline_days", "min_count", "rating_drop")
    defaults = {
        "severity": "medium",
        "window_minutes": 24 * 60,
        "baseline_days": 30,
        "min_count": 3,
    }
    columns = 2  # sum of ratings, rated reviews
    preview_unit = "★"

    def evaluate(self, rule: Rule, now: datetime, context: Context) -> Finding:
        start = now - rule.window
        base_start = start - timedelta(days=rule.baseline_days)
        # The brand's (few) rated matches, from a partial index that carries the rating.
        avg, count, base_avg, base_count = one(
            """
            SELECT avg(rating) FILTER (WHERE published_at >= %s),
                   count(*) FILTER (WHERE published_at >= %s),
                   avg(rating) FILTER (WHERE published_at < %s),
                   count(*) FILTER (WHERE published_at < %s)
            FROM mentions_mentionbrand
            WHERE brand_id = %s AND rating IS NOT NULL AND published_at >= %s
              AND published_at < %s
            """,
            [start, start, start, start, rule.brand_id, base_start, now],
        )
        avg = float(avg) if avg is not None else None
        base_avg = float(base_avg) if base_avg is not None else None
        d = decide(avg, count, base_avg, base_count, rule)
        if avg is not None and base_avg is not None:
            summary = (
                f"Average rating {avg:.2f}★ over {count} reviews in the last "
                f"{span(rule.window)}; normally {base_avg:.2f}★ over {base_count} (previous "
                f"{rule.baseline_days} days); fires at a drop of {rule.rating_drop:g}★ with at "
                f"least {rule.min_count} reviews."
            )
        else:
            summary = (
                f"Not enough rated reviews to compare ({count} in the window, {base_count} before)."
            )
        finding = Finding(
            rule,
            d.fired,
            round(avg, 2) if avg is not None else 0.0,
            d.baseline,
            d.threshold,
            start,
            now,
            "★",
            summary,
            d.details,
        )
        if d.fired:
            finding.mention_ids = ids(
                """
                SELECT mention_id FROM mentions_mentionbrand
                WHERE brand_id = %s AND rating IS NOT NULL AND published_at >= %s
                  AND published_at < %s
                ORDER BY rating, published_at DESC LIMIT %s
                """,
                [rule.brand_id, start, now, LINK_LIMIT],
            )
        return finding

    def describe(self, rule: Rule) -> str:
        return (
            f"average rating {number(rule.rating_drop)}★ below the {rule.baseline_days}-day "
            f"average, in {rule.window_minutes} min, at least {rule.min_count} reviews"
        )

    def hourly(
        self, rule: Rule, start: datetime, end: datetime, context: Context
    ) -> tuple[str, list[Any]]:
        sql = """
            SELECT date_trunc('hour', published_at), sum(rating), count(*)
            FROM mentions_mentionbrand
            WHERE brand_id = %s AND rating IS NOT NULL
              AND published_at >= %s AND published_at < %s GROUP BY 1
        """
        return sql, [rule.brand_id, start, end]

    def judge(self, rule: Rule, sums: Sequence[Sequence[float]], t: int, w: int) -> Hour:
        total, base_total = window_and_before(sums[0], t, w, rule.baseline_days)
        c, bc = window_and_before(sums[1], t, w, rule.baseline_days)
        avg = total / c if c else None
        base = base_total / bc if bc else None
        d = decide(avg, int(c), base, int(bc), rule)
        return round(avg or 0.0, 2), d.threshold, d.fired
