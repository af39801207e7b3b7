"""Negative surge: many more negative mentions of a brand than is usual for it, making up a
clearly larger share of what is said about it.

The count is compared with the brand's own history (``base.baseline``: the median of the
same window on previous days or weekdays, a robust spread and a floor), so a burst of a
handful of complaints fires for a brand with a few mentions a day, while a busy brand's
normal day does not. The share condition keeps a launch that doubles every kind of mention
from reading as a surge of complaints.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

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
    baseline,
    first_bucket,
    ids,
    number,
    one,
    register,
    samples,
    span,
)
from crisis.rules.volume_spike import details, threshold_words, usual_words

if TYPE_CHECKING:
    from crisis.models import Rule


def decide(
    neg: float,
    total: float,
    history: Sequence[float | None],
    base_neg: float,
    base_total: float,
    rule: Rule,
) -> Decision:
    b = baseline(history, rule.sigma, rule.min_count)
    share = neg / total if total else 0.0
    base_share = base_neg / base_total if base_total else 0.0
    share_needed = min(1.0, base_share + rule.min_share_increase)
    fired = neg >= b.threshold and share >= share_needed
    out = details(b, rule)
    out.update(
        negative=int(neg),
        total=int(total),
        share=round(100 * share, 1),
        usual_share=round(100 * base_share, 1),
        share_needed=round(100 * share_needed, 1),
    )
    return Decision(fired, b.threshold, b.usual, out)


@register
class NegativeSurge(CountsByHour):
    kind = "negative_surge"
    label = "Negative surge"
    params = ("window_minutes", "baseline_days", "sigma", "min_count", "min_share_increase")
    defaults = {
        "severity": "high",
        "window_minutes": 180,
        "baseline_days": 28,
        "sigma": 4.0,
        "min_count": 5,
        "min_share_increase": 0.15,
    }
    preview_unit = "negative mentions"

    def evaluate(self, rule: Rule, now: datetime, context: Context) -> Finding:
        start = now - rule.window
        b = rule.brand_id
        total, neg = one(f"SELECT {COUNT_SQL}, {NEG_COUNT_SQL}", [b, start, now, b, start, now])
        sums = self.history(rule, now, context)
        d = self.decision(
            rule, sums, total, neg, self.now_index(sums, now), self.window_hours(rule)
        )
        finding = Finding(
            rule,
            d.fired,
            neg,
            d.baseline,
            d.threshold,
            start,
            now,
            "negative mentions",
            f"{neg} of {total} mentions in the last {span(rule.window)} are negative "
            f"({d.details['share']:g} %); {usual_words(d, 'negative', rule)}, "
            f"{d.details['usual_share']:g} % of all; fires at "
            f"{threshold_words(d, 'negative mentions', rule)}, making up at least "
            f"{d.details['share_needed']:g} %.",
            d.details,
        )
        if d.fired:
            sql = WINDOW_IDS_SQL.format(extra="AND sentiment_label = 'negative'", limit=LINK_LIMIT)
            finding.mention_ids = ids(sql, [b, start, now])
        return finding

    def describe(self, rule: Rule) -> str:
        return (
            f"negative mentions {number(rule.sigma)} robust spreads above the usual for the "
            f"time (previous {rule.baseline_days} days), at least {rule.min_count}, in "
            f"{rule.window_minutes} min, and their share up {round(rule.min_share_increase * 100)}"
            " points"
        )

    def decision(
        self, rule: Rule, sums: Sequence[Sequence[float]], total: float, neg: float, t: int, w: int
    ) -> Decision:
        """The window's exact counts against the hourly history before bucket ``t``."""
        first = first_bucket(sums[0])
        history = samples(sums[1], t, w, rule.baseline_days, first)
        start = max(first, t - w - 24 * rule.baseline_days, 0)
        base_total, base_neg = (sums[c][t - w] - sums[c][start] for c in (0, 1))
        return decide(neg, total, history, base_neg, base_total, rule)

    def judge(self, rule: Rule, sums: Sequence[Sequence[float]], t: int, w: int) -> Hour:
        neg, total = sums[1][t] - sums[1][t - w], sums[0][t] - sums[0][t - w]
        d = self.decision(rule, sums, total, neg, t, w)
        return neg, d.threshold, d.fired
