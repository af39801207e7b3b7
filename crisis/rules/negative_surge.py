"""Negative surge: the share of negative mentions rises well above the brand's usual share."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from django.template.defaultfilters import floatformat

from crisis.rules.base import (
    COUNT_SQL,
    LINK_LIMIT,
    NEG_COUNT_SQL,
    WINDOW_IDS_SQL,
    Context,
    CountsByHour,
    Decision,
    Finding,
    Hour,
    ids,
    one,
    register,
    span,
    window_and_before,
)

if TYPE_CHECKING:
    from crisis.models import Rule


def decide(neg: int, total: int, base_neg: int, base_total: int, rule: Rule) -> Decision:
    share = neg / total if total else 0.0
    base_share = base_neg / base_total if base_total else 0.0
    threshold = min(1.0, base_share + rule.min_share_increase)
    fired = neg >= rule.min_count and share >= threshold and share > base_share
    return Decision(
        fired,
        round(threshold * 100, 1),
        round(base_share * 100, 1),
        {
            "negative": neg,
            "total": total,
            "baseline_negative": base_neg,
            "baseline_total": base_total,
            "min_count": rule.min_count,
        },
    )


@register
class NegativeSurge(CountsByHour):
    kind = "negative_surge"
    label = "Negative surge"
    params = ("window_minutes", "baseline_days", "min_count", "min_share_increase")
    defaults = {"severity": "high"}
    preview_unit = "% negative"

    def evaluate(self, rule: Rule, now: datetime, context: Context) -> Finding:
        start = now - rule.window
        base_start = start - timedelta(days=rule.baseline_days)
        b = rule.brand_id
        total, neg, base_total, base_neg = one(
            f"SELECT {COUNT_SQL}, {NEG_COUNT_SQL}, {COUNT_SQL}, {NEG_COUNT_SQL}",
            [b, start, now, b, start, now, b, base_start, start, b, base_start, start],
        )
        d = decide(neg, total, base_neg, base_total, rule)
        share = round(100 * neg / total, 1) if total else 0.0
        finding = Finding(
            rule,
            d.fired,
            share,
            d.baseline,
            d.threshold,
            start,
            now,
            "% negative",
            f"{neg} of {total} mentions in the last {span(rule.window)} are negative "
            f"({share:g} %); normally {d.baseline:g} % (previous {rule.baseline_days} days); "
            f"fires at {d.threshold:g} % with at least {rule.min_count} negative.",
            d.details,
        )
        if d.fired:
            sql = WINDOW_IDS_SQL.format(extra="AND sentiment_label = 'negative'", limit=LINK_LIMIT)
            finding.mention_ids = ids(sql, [b, start, now])
        return finding

    def describe(self, rule: Rule) -> str:
        return (
            f"negative share {floatformat(rule.min_share_increase, 2)} above the "
            f"{rule.baseline_days}-day share, in {rule.window_minutes} min, at least "
            f"{rule.min_count} negative"
        )

    def judge(self, rule: Rule, sums: Sequence[Sequence[float]], t: int, w: int) -> Hour:
        total, base_total = window_and_before(sums[0], t, w, rule.baseline_days)
        neg, base_neg = window_and_before(sums[1], t, w, rule.baseline_days)
        d = decide(int(neg), int(total), int(base_neg), int(base_total), rule)
        share = round(100 * neg / total, 1) if total else 0.0
        return share, d.threshold, d.fired
