"""Keyword trigger: mentions of a brand containing one of the workspace's trigger words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.template.defaultfilters import pluralize

from crisis.rules.base import LINK_LIMIT, Context, Finding, Hour, Kind, ids, register, span

if TYPE_CHECKING:
    from crisis.models import Rule


def keyword_regex(keywords: Sequence[str]) -> str:
    """A Postgres regex matching any keyword at a word start (recall → recalls, recalled)."""
    parts = [r"\s+".join(re.escape(w) for w in k.split()) for k in keywords if k.strip()]
    return r"\m(" + "|".join(parts) + ")" if parts else ""


def matched_keywords(text: str, keywords: Sequence[str]) -> list[str]:
    lowered = " ".join(text.lower().split())
    return [k for k in keywords if re.search(r"\b" + re.escape(k.lower()), lowered)]


# A brand's mentions in a time range whose title or text matches a keyword_regex.
MATCHES = """
FROM mentions_mentionbrand mb JOIN mentions_mention m ON m.id = mb.mention_id
WHERE mb.brand_id = %s AND mb.published_at >= %s AND mb.published_at < %s
  AND (m.title ~* %s OR m.text ~* %s)
"""


@register
class Keyword(Kind):
    kind = "keyword"
    label = "Keyword trigger"
    params = ("window_minutes", "min_count")
    defaults = {"severity": "high", "window_minutes": 24 * 60, "min_count": 1}

    def evaluate(self, rule: Rule, now: datetime, context: Context) -> Finding:
        start = now - rule.window
        keywords = context.keywords
        pattern = keyword_regex(keywords)
        found: list[int] = []
        if pattern:
            found = ids(
                f"SELECT m.id {MATCHES} "
                "ORDER BY m.reach DESC NULLS LAST, mb.published_at DESC LIMIT %s",
                [rule.brand_id, start, now, pattern, pattern, LINK_LIMIT],
            )
        fired = len(found) >= max(rule.min_count, 1)
        return Finding(
            rule,
            fired,
            len(found),
            None,
            max(rule.min_count, 1),
            start,
            now,
            "mentions",
            f"{len(found)} mentions in the last {span(rule.window)} contain a trigger word "
            f"({', '.join(keywords[:8]) or 'no trigger words set'}).",
            {"keywords": list(keywords)},
            found if fired else [],
        )

    def describe(self, rule: Rule) -> str:
        return (
            f"at least {rule.min_count} mention{pluralize(rule.min_count)} with a trigger word "
            f"in {rule.window_minutes} min"
        )

    def hourly(
        self, rule: Rule, start: datetime, end: datetime, context: Context
    ) -> tuple[str, list[Any]] | None:
        pattern = keyword_regex(context.keywords)
        if not pattern:
            return None
        sql = f"SELECT date_trunc('hour', mb.published_at), count(*) {MATCHES} GROUP BY 1"
        return sql, [rule.brand_id, start, end, pattern, pattern]

    def judge(self, rule: Rule, sums: Sequence[Sequence[float]], t: int, w: int) -> Hour:
        observed = sums[0][t] - sums[0][t - w]
        need = max(rule.min_count, 1)
        return observed, float(need), observed >= need
