"""High-reach negative author: someone with a large audience speaks badly of the brand."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from crisis.rules.base import (
    LINK_LIMIT,
    Context,
    Finding,
    Hour,
    Kind,
    ids,
    number,
    register,
    span,
)

if TYPE_CHECKING:
    from crisis.models import Rule


# A brand's negative mentions in a time range from authors with at least a reach; the
# workspace too: it leads the reach index, else every workspace's is read.
MATCHES = """
FROM mentions_mentionbrand mb JOIN mentions_mention m ON m.id = mb.mention_id
WHERE mb.brand_id = %s AND mb.sentiment_label = 'negative'
  AND mb.published_at >= %s AND mb.published_at < %s
  AND m.workspace_id = %s AND m.reach >= %s
"""


@register
class HighReach(Kind):
    kind = "high_reach"
    label = "High-reach negative author"
    params = ("window_minutes", "reach_threshold")
    defaults = {"severity": "medium", "window_minutes": 24 * 60}

    def evaluate(self, rule: Rule, now: datetime, context: Context) -> Finding:
        start = now - rule.window
        found = ids(
            f"SELECT m.id {MATCHES} ORDER BY m.reach DESC LIMIT %s",
            [rule.brand_id, start, now, rule.workspace_id, rule.reach_threshold, LINK_LIMIT],
        )
        return Finding(
            rule,
            bool(found),
            len(found),
            None,
            rule.reach_threshold,
            start,
            now,
            "authors",
            f"{len(found)} negative mentions in the last {span(rule.window)} from authors with "
            f"a reach of at least {rule.reach_threshold:,}.",
            {"reach_threshold": rule.reach_threshold},
            found,
        )

    def describe(self, rule: Rule) -> str:
        return (
            f"a negative mention from an author with reach ≥ {number(rule.reach_threshold)} "
            f"in {rule.window_minutes} min"
        )

    def hourly(
        self, rule: Rule, start: datetime, end: datetime, context: Context
    ) -> tuple[str, list[Any]]:
        sql = f"SELECT date_trunc('hour', mb.published_at), count(*) {MATCHES} GROUP BY 1"
        return sql, [rule.brand_id, start, end, rule.workspace_id, rule.reach_threshold]

    def judge(self, rule: Rule, sums: Sequence[Sequence[float]], t: int, w: int) -> Hour:
        observed = sums[0][t] - sums[0][t - w]
        return observed, 1.0, observed >= 1
