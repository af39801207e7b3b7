"""Volume spike: many more mentions of a brand than usual at this time of day."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from crisis.rules.base import (
    COUNT_SQL,
    LINK_LIMIT,
    WINDOW_IDS_SQL,
    Context,
    CountsByHour,
    Decision,
    Finding,
    Hour,
    ids,
    number,
    one,
    register,
    span,
)

if TYPE_CHECKING:
    from crisis.models import Rule


def decide(observed: int, baseline_counts: Sequence[int], rule: Rule) -> Decision:
    """Above mean + k standard deviations of the same hour on previous days, and above the
    minimum count.

    The deviation is floored at √mean (Poisson noise), so a perfectly steady history does not make
    one extra mention a spike.
    """
    mean = statistics.fmean(baseline_counts) if baseline_counts else 0.0
    sd = statistics.pstdev(baseline_counts) if len(baseline_counts) > 1 else 0.0
    sd_eff = max(sd, math.sqrt(mean))
    statistical = mean + rule.sigma * sd_eff
    threshold = max(statistical, float(rule.min_count))
    fired = observed > statistical and observed >= rule.min_count
    return Decision(
        fired,
        round(threshold, 2),
        round(mean, 2),
        {
            "mean": round(mean, 2),
            "sd": round(sd_eff, 2),
            "k": rule.sigma,
            "min_count": rule.min_count,
            "days": list(baseline_counts),
        },
    )


@register
class VolumeSpike(CountsByHour):
    kind = "volume_spike"
    label = "Volume spike"
    params = ("window_minutes", "baseline_days", "sigma", "min_count")
    defaults = {"severity": "high"}

    def evaluate(self, rule: Rule, now: datetime, context: Context) -> Finding:
        start = now - rule.window
        ranges = [(start, now)] + [
            (start - timedelta(days=d), now - timedelta(days=d))
            for d in range(1, rule.baseline_days + 1)
        ]
        params: list[Any] = []
        for a, b in ranges:
            params += [rule.brand_id, a, b]
        counts = one("SELECT " + ", ".join([COUNT_SQL] * len(ranges)), params)
        observed, baseline = counts[0], list(counts[1:])
        d = decide(observed, baseline, rule)
        finding = Finding(
            rule,
            d.fired,
            observed,
            d.baseline,
            d.threshold,
            start,
            now,
            "mentions",
            f"{observed} mentions in the last {span(rule.window)}; normal at this time of day "
            f"is {d.details['mean']:g} ± {d.details['sd']:g} (previous {rule.baseline_days} "
            f"days); fires above {rule.sigma:g}σ and at least {rule.min_count}.",
            d.details,
        )
        if d.fired:
            sql = WINDOW_IDS_SQL.format(extra="", limit=LINK_LIMIT)
            finding.mention_ids = ids(sql, [rule.brand_id, start, now])
        return finding

    def describe(self, rule: Rule) -> str:
        return (
            f"more than mean + {number(rule.sigma)}σ of the same hour over "
            f"{rule.baseline_days} days, in {rule.window_minutes} min, and at least "
            f"{rule.min_count}"
        )

    def judge(self, rule: Rule, sums: Sequence[Sequence[float]], t: int, w: int) -> Hour:
        total = sums[0]
        observed = total[t] - total[t - w]
        baseline = [
            total[t - 24 * d] - total[t - 24 * d - w] for d in range(1, rule.baseline_days + 1)
        ]
        d = decide(int(observed), [int(b) for b in baseline], rule)
        return observed, d.threshold, d.fired
