"""Volume spike: many more mentions of a brand than is usual for it at this time."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from crisis.rules.base import (
    COUNT_SQL,
    LINK_LIMIT,
    WINDOW_IDS_SQL,
    Baseline,
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

if TYPE_CHECKING:
    from crisis.models import Rule


def decide(observed: float, history: Sequence[float | None], rule: Rule) -> Decision:
    """Above the brand's usual count for this window by k robust spreads, and at least the
    minimum count (see ``base.baseline``)."""
    b = baseline(history, rule.sigma, rule.min_count)
    return Decision(observed >= b.threshold, b.threshold, b.usual, details(b, rule))


def details(b: Baseline, rule: Rule) -> dict[str, object]:
    return {
        "usual": b.usual,
        "spread": b.spread,
        "k": rule.sigma,
        "min_count": rule.min_count,
        "samples": b.samples,
        "weekly": b.weekly,
        "times_usual": b.times_usual,
    }


def usual_words(d: Decision, what: str, rule: Rule) -> str:
    """The usual count in words: usually 3 mentions at this time of day (previous 28 days)."""
    when = "on this weekday at this time" if d.details["weekly"] else "at this time of day"
    return f"usually {d.details['usual']:g} {what} {when} (previous {rule.baseline_days} days)"


def threshold_words(d: Decision, what: str, rule: Rule) -> str:
    """The threshold in words: 12 or more negative mentions in 3 h, about 4 times the usual."""
    text = f"{number(d.threshold)} or more {what} in {span(rule.window)}"
    if d.details.get("times_usual"):
        text += f", about {d.details['times_usual']:g} times the usual"
    return text


@register
class VolumeSpike(CountsByHour):
    kind = "volume_spike"
    label = "Volume spike"
    params = ("window_minutes", "baseline_days", "sigma", "min_count")
    defaults = {
        "severity": "medium",
        "window_minutes": 180,
        "baseline_days": 28,
        "sigma": 4.0,
        "min_count": 15,
    }

    def evaluate(self, rule: Rule, now: datetime, context: Context) -> Finding:
        start = now - rule.window
        (observed,) = one(f"SELECT {COUNT_SQL}", [rule.brand_id, start, now])
        sums = self.history(rule, now, context)
        d = self.decision(
            rule, sums, observed, 0, self.now_index(sums, now), self.window_hours(rule)
        )
        finding = Finding(
            rule,
            d.fired,
            observed,
            d.baseline,
            d.threshold,
            start,
            now,
            "mentions",
            f"{observed} mentions in the last {span(rule.window)}; {usual_words(d, 'mentions', rule)}; "
            f"fires at {threshold_words(d, 'mentions', rule)}.",
            d.details,
        )
        if d.fired:
            sql = WINDOW_IDS_SQL.format(extra="", limit=LINK_LIMIT)
            finding.mention_ids = ids(sql, [rule.brand_id, start, now])
        return finding

    def describe(self, rule: Rule) -> str:
        return (
            f"{number(rule.sigma)} robust spreads above the usual count for the time "
            f"(previous {rule.baseline_days} days), in {rule.window_minutes} min, and at "
            f"least {rule.min_count}"
        )

    def decision(
        self, rule: Rule, sums: Sequence[Sequence[float]], total: float, neg: float, t: int, w: int
    ) -> Decision:
        history = samples(sums[0], t, w, rule.baseline_days, first_bucket(sums[0]))
        return decide(total, history, rule)

    def judge(self, rule: Rule, sums: Sequence[Sequence[float]], t: int, w: int) -> Hour:
        observed = sums[0][t] - sums[0][t - w]
        d = self.decision(rule, sums, observed, 0, t, w)
        return observed, d.threshold, d.fired
