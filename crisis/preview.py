"""“Preview on the last 30 days”: when would this rule have fired, with these parameters?

Counts are read once per preview as hourly buckets (the rule kind's ``hourly`` query), then
every hour of the last 30 days is judged by the kind's ``judge``, with the same decision
function the live evaluation uses (windows are rounded up to whole hours here). Episodes
(consecutive firing hours) are what a person would have been paged for: one page per
episode, because an open incident absorbs further firings.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import accumulate

from django.utils import timezone

from crisis import rules
from crisis.models import Rule

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
    current: rules.Finding | None = None

    @property
    def chart(self) -> dict[str, object]:
        """An SVG bar chart (presentation attributes only: the CSP forbids inline styles)."""
        if not self.hours:
            return {}
        top = max(max(o, t) for _, o, t, _ in self.hours) or 1.0
        height = 100.0
        bars = [
            {
                "x": i,
                "h": round(height * o / top, 2),
                "y": round(height - height * o / top, 2),
                "fired": fired,
                "title": f"{at:%b %d %H:00}: {o:g}",
            }
            for i, (at, o, _, fired) in enumerate(self.hours)
        ]
        line = " ".join(
            f"{i},{round(height - height * t / top, 2)}"
            for i, (_, _, t, _) in enumerate(self.hours)
        )
        return {"bars": bars, "line": line, "width": len(self.hours), "top": round(top, 2)}


def _prefix(values: list[float]) -> list[float]:
    return [0.0, *accumulate(values)]


def preview(rule: Rule, now: datetime | None = None) -> Preview:
    now = now or timezone.now()
    kind = rules.get(rule.kind)
    context = rules.Context(rule.workspace_id)
    if not kind.replayable:
        return Preview(
            rule, supported=False, note=kind.replay_note, current=kind.evaluate(rule, now, context)
        )
    end = now.replace(minute=0, second=0, microsecond=0) + HOUR
    points = DAYS * 24
    w = max(1, math.ceil(rule.window_minutes / 60))
    start = end - timedelta(hours=points + w) - timedelta(days=kind.history_days(rule))
    n = int((end - start) / HOUR)
    rows = rules.buckets(kind.hourly(rule, start, end, context), start, n, kind.columns)
    sums = [_prefix([r[c] for r in rows]) for c in range(kind.columns)]

    # What the rule sees now, in words ("fires at 12 or more negative mentions in 3 h …").
    out = Preview(
        rule, supported=True, unit=kind.preview_unit, current=kind.evaluate(rule, now, context)
    )
    for p in range(points):
        t = n - points + p + 1  # bucket index just after the window's end
        observed, threshold, fired = kind.judge(rule, sums, t, w)
        out.hours.append((start + timedelta(hours=t), observed, threshold, fired))
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
