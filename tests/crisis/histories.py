"""Synthetic mention histories and a replay of the surge and spike rules over them.

The defaults of the count rules were chosen by replaying these (tests/crisis/test_replay.py
checks each default; ``make bench`` prints the detection delay and false alarms per month).
Mentions arrive as a Poisson process with a day/night rhythm; the replay evaluates the
rule every 5 minutes the way the live evaluation does: the exact count in the window against
a baseline read from hourly buckets (``CountsByHour.history``), with the kind's own
decision function.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate
from types import SimpleNamespace
from typing import Any

from crisis import rules
from crisis.models import Rule

DAYS = 58  # 28 days of baseline before the 30 days judged
JUDGED_DAYS = 30
STEP = 5  # minutes between evaluations
QUIET_SPELL = 6 * 60  # minutes without firing after which a firing counts as a new page


@dataclass
class History:
    name: str
    events: list[tuple[float, bool]]  # (minute since start, negative?)
    burst_start: float | None = None  # minute the burst began, for the detection delay


def _poisson(rng: random.Random, lam: float) -> int:
    if lam > 50:  # normal approximation keeps large rates cheap
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def _rhythm(hour_of_day: int) -> float:
    """People post more by day than by night (mean 1 over the day)."""
    return 1 + 0.6 * math.sin((hour_of_day - 9) / 24 * 2 * math.pi)


def generate(
    name: str,
    per_day: float,
    *,
    negative_share: float = 0.1,
    seed: int = 1,
    weekly: float = 1.0,
    growth_per_day: float = 0.0,
) -> History:
    """``per_day`` mentions a day; ``weekly``: weekdays have this many times the weekend's."""
    rng = random.Random(f"{name}-{seed}")
    events: list[tuple[float, bool]] = []
    for hour in range(DAYS * 24):
        day = hour // 24
        weekend = day % 7 in (5, 6)
        week_factor = (7 / (5 * weekly + 2)) * (1 if weekend else weekly)
        rate = per_day / 24 * _rhythm(hour % 24) * week_factor * (1 + growth_per_day) ** day
        for _ in range(_poisson(rng, rate)):
            events.append((hour * 60 + rng.random() * 60, rng.random() < negative_share))
    return History(name, sorted(events))


def with_burst(
    history: History, count: int, hours: float, *, seed: int = 1, days_before_end: float = 10
) -> History:
    """``count`` negative mentions over ``hours``, starting ``days_before_end`` before the end."""
    rng = random.Random(f"burst-{history.name}-{seed}")
    start = (DAYS - days_before_end) * 24 * 60 + rng.random() * 24 * 60
    burst = [(start + rng.random() * hours * 60, True) for _ in range(count)]
    return History(f"{history.name} + burst", sorted(history.events + burst), start)


def default_rule(kind: str, **overrides: Any) -> Any:
    """A rule with the model's defaults and the kind's, as a new brand gets it."""
    values = {f.name: f.default for f in Rule._meta.concrete_fields if f.has_default()}
    values.update(rules.get(kind).defaults, **overrides)
    return SimpleNamespace(kind=kind, **values)


@dataclass
class Replay:
    pages: int  # episodes of firing: each would have paged once
    first_fire: float | None  # minute of the first firing


def replay(history: History, rule: Any) -> Replay:
    """Evaluate the rule every STEP minutes over the judged days, as the live evaluation."""
    kind = rules.get(rule.kind)
    n = DAYS * 24
    buckets = [[0.0, 0.0] for _ in range(n)]
    for minute, negative in history.events:
        buckets[int(minute // 60)][0] += 1
        buckets[int(minute // 60)][1] += negative
    sums = [list(accumulate([b[c] for b in buckets], initial=0.0)) for c in range(2)]
    times = [m for m, _ in history.events]
    negs = list(accumulate((1 if neg else 0 for _, neg in history.events), initial=0))
    w = max(1, math.ceil(rule.window_minutes / 60))
    pages, first, last_fired = 0, None, None
    lo = hi = 0
    for t in range((DAYS - JUDGED_DAYS) * 24 * 60, DAYS * 24 * 60, STEP):
        while hi < len(times) and times[hi] < t:
            hi += 1
        while lo < len(times) and times[lo] < t - rule.window_minutes:
            lo += 1
        hour_index = min(n, round(t / 60))  # as ``now_index`` picks it
        fired = kind.decision(rule, sums, hi - lo, negs[hi] - negs[lo], hour_index, w).fired
        if fired:
            # An open incident absorbs further firings: a new page only after a quiet spell.
            if last_fired is None or t - last_fired > QUIET_SPELL:
                pages += 1
            first = t if first is None else first
            last_fired = t
    return Replay(pages, first)


# Histories with nothing to page for, and histories with a burst that must page (by seed).
HISTORIES: dict[str, Callable[[int], History]] = {
    "small steady (4 a day)": lambda s: generate("small", 4, seed=s),
    "busy steady (2,000 a day)": lambda s: generate("busy", 2000, seed=s),
    "weekly seasonal (300 a day, weekdays 3x)": lambda s: generate("weekly", 300, weekly=3, seed=s),
    "slowly growing (50 a day, +3 % a day)": lambda s: generate(
        "growing", 50, growth_per_day=0.03, seed=s
    ),
    "noisy negative (40 a day, 35 % negative)": lambda s: generate(
        "noisy", 40, negative_share=0.35, seed=s
    ),
}
BURSTS: dict[str, Callable[[int], History]] = {
    "small brand, 30 complaints in 4 h": lambda s: with_burst(
        generate("small", 4, seed=s), 30, 4, seed=s
    ),
    "mid brand, 40 complaints in 3 h": lambda s: with_burst(
        generate("mid", 150, seed=s), 40, 3, seed=s
    ),
    "busy brand, 250 complaints in 3 h": lambda s: with_burst(
        generate("busy", 2000, seed=s), 250, 3, seed=s
    ),
}
