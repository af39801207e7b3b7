"""“Preview on the last 30 days”: when would this rule have fired, with these parameters?

Counts are read once per preview as hourly buckets, then every hour of the last 30 days is
judged with the same decision functions the live evaluation uses (windows are rounded up to
whole hours here). Episodes (consecutive firing hours) are what a person would have been
paged for: one page per episode, because an open incident absorbs further firings.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import accumulate

from django.db import connection
from django.utils import timezone

from crisis import detection
from crisis.models import CrisisPolicy, Rule, RuleKind

DAYS = 30
HOUR = timedelta(hours=1)


@dataclass
class Episode:
    start: datetime
    end: datetime
    peak: float
    threshold: float


@dataclass
class Preview:
    rule: Rule
    supported: bool
    unit: str = ""
    hours: list[tuple[datetime, float, float, bool]] = field(default_factory=list)
    episodes: list[Episode] = field(default_factory=list)
    note: str = ""
    current: detection.Finding | None = None

    @property
    def chart(self) -> dict[str, object]:
        """An SVG bar chart (presentation attributes only: the CSP forbids inline styles)."""
        if not self.hours:
            return {}
        top = max(max(o, t) for _, o, t, _ in self.hours) or 1.0
        height = 100.0
        bars = [
            {"x": i, "h": round(height * o / top, 2), "y": round(height - height * o / top, 2),
             "fired": fired, "title": f"{at:%b %d %H:00}: {o:g}"}
            for i, (at, o, _, fired) in enumerate(self.hours)
        ]  # fmt: skip
        line = " ".join(
            f"{i},{round(height - height * t / top, 2)}"
            for i, (_, _, t, _) in enumerate(self.hours)
        )
        return {"bars": bars, "line": line, "width": len(self.hours), "top": round(top, 2)}


def _buckets(
    sql: str, params: list[object], start: datetime, n: int, width: int
) -> list[list[float]]:
    rows = [[0.0] * width for _ in range(n)]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for hour, *values in cursor.fetchall():
            i = int((hour - start) / HOUR)
            if 0 <= i < n:
                rows[i] = [float(v or 0) for v in values]
    return rows


def _prefix(values: list[float]) -> list[float]:
    return [0.0, *accumulate(values)]


def preview(rule: Rule, now: datetime | None = None) -> Preview:
    now = now or timezone.now()
    kind = RuleKind(rule.kind)
    if kind == RuleKind.SOURCE_SILENCE:
        return Preview(
            rule,
            supported=False,
            note="Source silence depends on poll history that is not kept for 30 days, so "
            "it cannot be replayed; here is what the rule sees now.",
            current=detection.source_silence(rule, now),
        )
    end = now.replace(minute=0, second=0, microsecond=0) + HOUR
    points = DAYS * 24
    w = max(1, math.ceil(rule.window_minutes / 60))
    back = (
        timedelta(days=rule.baseline_days)
        if kind in (RuleKind.VOLUME_SPIKE, RuleKind.NEGATIVE_SURGE, RuleKind.RATING_DROP)
        else timedelta()
    )
    start = end - timedelta(hours=points + w) - back
    n = int((end - start) / HOUR)
    out = Preview(rule, supported=True)

    if kind in (RuleKind.VOLUME_SPIKE, RuleKind.NEGATIVE_SURGE):
        rows = _buckets(
            """
            SELECT date_trunc('hour', published_at), count(*),
                   count(*) FILTER (WHERE sentiment_label = 'negative')
            FROM mentions_mentionbrand WHERE brand_id = %s
              AND published_at >= %s AND published_at < %s GROUP BY 1
            """,
            [rule.brand_id, start, end], start, n, 2,
        )  # fmt: skip
        total = _prefix([r[0] for r in rows])
        neg = _prefix([r[1] for r in rows])
    elif kind == RuleKind.RATING_DROP:
        rows = _buckets(
            """
            SELECT date_trunc('hour', published_at), sum(rating), count(*)
            FROM mentions_mentionbrand
            WHERE brand_id = %s AND rating IS NOT NULL
              AND published_at >= %s AND published_at < %s GROUP BY 1
            """,
            [rule.brand_id, start, end], start, n, 2,
        )  # fmt: skip
        rsum = _prefix([r[0] for r in rows])
        rcount = _prefix([r[1] for r in rows])
    else:
        if kind == RuleKind.KEYWORD:
            keywords = CrisisPolicy.for_workspace(rule.workspace_id).keywords
            pattern = detection.keyword_regex(keywords)
            sql = """
                SELECT date_trunc('hour', mb.published_at), count(*)
                FROM mentions_mentionbrand mb JOIN mentions_mention m ON m.id = mb.mention_id
                WHERE mb.brand_id = %s AND mb.published_at >= %s AND mb.published_at < %s
                  AND (m.title ~* %s OR m.text ~* %s) GROUP BY 1
            """
            params: list[object] = [rule.brand_id, start, end, pattern, pattern]
            if not pattern:
                sql, params = "SELECT now(), 0 WHERE false", []
        else:
            sql = """
                SELECT date_trunc('hour', mb.published_at), count(*)
                FROM mentions_mentionbrand mb JOIN mentions_mention m ON m.id = mb.mention_id
                WHERE mb.brand_id = %s AND mb.sentiment_label = 'negative'
                  AND mb.published_at >= %s AND mb.published_at < %s
                  AND m.workspace_id = %s AND m.reach >= %s
                GROUP BY 1
            """
            params = [rule.brand_id, start, end, rule.workspace_id, rule.reach_threshold]
        rows = _buckets(sql, params, start, n, 1)
        hits = _prefix([r[0] for r in rows])

    for p in range(points):
        t = n - points + p + 1  # bucket index just after the window's end
        at = start + timedelta(hours=t)
        if kind == RuleKind.VOLUME_SPIKE:
            observed = total[t] - total[t - w]
            baseline = [
                total[t - 24 * d] - total[t - 24 * d - w] for d in range(1, rule.baseline_days + 1)
            ]
            d = detection.spike_decision(int(observed), [int(b) for b in baseline], rule)
            out.unit = "mentions"
            out.hours.append((at, observed, d.threshold, d.fired))
        elif kind == RuleKind.NEGATIVE_SURGE:
            b0 = t - w - 24 * rule.baseline_days
            d = detection.negative_decision(
                int(neg[t] - neg[t - w]), int(total[t] - total[t - w]),
                int(neg[t - w] - neg[b0]), int(total[t - w] - total[b0]), rule,
            )  # fmt: skip
            cnt = total[t] - total[t - w]
            share = round(100 * (neg[t] - neg[t - w]) / cnt, 1) if cnt else 0.0
            out.unit = "% negative"
            out.hours.append((at, share, d.threshold, d.fired))
        elif kind == RuleKind.RATING_DROP:
            b0 = t - w - 24 * rule.baseline_days
            c, bc = rcount[t] - rcount[t - w], rcount[t - w] - rcount[b0]
            avg = (rsum[t] - rsum[t - w]) / c if c else None
            base = (rsum[t - w] - rsum[b0]) / bc if bc else None
            d = detection.rating_decision(avg, int(c), base, int(bc), rule)
            out.unit = "★"
            out.hours.append((at, round(avg or 0.0, 2), d.threshold, d.fired))
        else:
            observed = hits[t] - hits[t - w]
            need = max(rule.min_count, 1) if kind == RuleKind.KEYWORD else 1
            out.unit = "mentions"
            out.hours.append((at, observed, float(need), observed >= need))
    out.episodes = _episodes(out.hours)
    return out


def _episodes(hours: list[tuple[datetime, float, float, bool]]) -> list[Episode]:
    episodes: list[Episode] = []
    current: Episode | None = None
    for at, observed, threshold, fired in hours:
        if fired:
            if current is None:
                current = Episode(at - HOUR, at, observed, threshold)
                episodes.append(current)
            else:
                current.end = at
                if observed > current.peak:
                    current.peak, current.threshold = observed, threshold
        else:
            current = None
    return episodes
