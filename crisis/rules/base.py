"""The one interface every crisis rule kind implements, and what the kinds share.

A kind is one module in this package defining a ``Kind`` subclass decorated with
``@register``: the ``Rule`` fields it reads (the rule form shows only those), the values a
new brand's rule starts with, how it is evaluated now (a few indexed counts and a pure
decision function), how it is replayed hour by hour for the 30-day preview (the same
decision function on hourly buckets), and how its parameters read in a sentence. Adding a
kind is adding one module here (and its tests); ``crisis.models.RuleKind`` lists the
registered kinds.

Nothing here imports ``crisis.models`` at import time: the models read the registry.
"""

from __future__ import annotations

import bisect
import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cached_property
from itertools import accumulate
from typing import TYPE_CHECKING, Any, ClassVar

from django.db import connection

if TYPE_CHECKING:
    from crisis.models import Rule

LINK_LIMIT = 500  # mentions linked to an incident per firing
TOP_LIMIT = 5  # mentions shown in the explanation


@dataclass
class Finding:
    """The outcome of one rule on one brand at one instant, fired or not."""

    rule: Rule
    fired: bool
    observed: float
    baseline: float | None
    threshold: float
    window_start: datetime
    window_end: datetime
    unit: str
    summary: str
    details: dict[str, Any] = field(default_factory=dict)
    mention_ids: list[int] = field(default_factory=list)
    # For rules not driven by mentions (source silence): what state fired, so the same
    # state never opens a second incident after the first was resolved.
    signature: str = ""

    def explanation(self, top: list[dict[str, Any]]) -> dict[str, Any]:
        return {
            "observed": self.observed,
            "baseline": self.baseline,
            "threshold": self.threshold,
            "unit": self.unit,
            "window_start": self.window_start.isoformat(),
            "window_end": self.window_end.isoformat(),
            "window_minutes": self.rule.window_minutes,
            "summary": self.summary,
            "details": self.details,
            "signature": self.signature,
            "top": top,
        }


@dataclass
class Decision:
    """A pure decision function's answer, shared by the evaluation and the preview."""

    fired: bool
    threshold: float
    baseline: float | None
    details: dict[str, Any]


@dataclass
class Context:
    """What rules read besides their own parameters: the workspace's crisis settings, read
    at most once per evaluation and only when a rule asks for them."""

    workspace_id: int
    # Hourly histories already read in this evaluation (the surge and the spike rules read
    # the same one), by (brand, start, end).
    histories: dict[tuple[int, datetime, datetime], list[list[float]]] = field(default_factory=dict)

    @cached_property
    def keywords(self) -> list[str]:
        from crisis.models import CrisisPolicy

        return CrisisPolicy.read(self.workspace_id).keywords


# One replayed hour: the observed value, the threshold then, and whether it fired.
Hour = tuple[float, float, bool]


class Kind:
    """A kind of crisis rule. Subclasses set the class attributes and implement
    ``evaluate``, ``describe`` and, when ``replayable``, ``hourly`` and ``judge``."""

    kind: ClassVar[str]
    label: ClassVar[str]
    # The Rule fields this kind reads, in the order the form shows them.
    params: ClassVar[tuple[str, ...]]
    # Rule field values of a new brand's rule (the model's defaults fill the rest).
    defaults: ClassVar[dict[str, Any]] = {}

    # The preview replays the last 30 days hour by hour from ``hourly`` buckets (with
    # ``columns`` values each); a kind whose history is not kept says why in ``replay_note``
    # and the preview shows what the rule sees now instead.
    replayable: ClassVar[bool] = True
    replay_note: ClassVar[str] = ""
    columns: ClassVar[int] = 1
    preview_unit: ClassVar[str] = "mentions"

    def evaluate(self, rule: Rule, now: datetime, context: Context) -> Finding:
        """The rule on its brand at ``now``: one or two SQL statements and the decision."""
        raise NotImplementedError

    def describe(self, rule: Rule) -> str:
        """The rule's parameters in one phrase ("at least 3 reviews …"), for the rule pages."""
        raise NotImplementedError

    def history_days(self, rule: Rule) -> int:
        """Days of history the replay reads before the 30 days: the baseline's, when the
        kind compares with one."""
        return rule.baseline_days if "baseline_days" in self.params else 0

    def hourly(
        self, rule: Rule, start: datetime, end: datetime, context: Context
    ) -> tuple[str, list[Any]] | None:
        """SQL of ``(hour, value, …)`` rows (``columns`` values) between start and end; None
        when nothing can match (every hour counts zero)."""
        raise NotImplementedError

    def judge(self, rule: Rule, sums: Sequence[Sequence[float]], t: int, w: int) -> Hour:
        """The hour whose window ends before bucket ``t``: ``sums[c][i]`` is column c summed
        over the buckets before i, and ``w`` the window in whole hours."""
        raise NotImplementedError


REGISTRY: dict[str, Kind] = {}


def register(cls: type[Kind]) -> type[Kind]:
    if cls.kind in REGISTRY:
        raise RuntimeError(f"two crisis rule kinds claim {cls.kind!r}")
    REGISTRY[cls.kind] = cls()
    return cls


def get(kind: str) -> Kind:
    try:
        return REGISTRY[kind]
    except KeyError:
        raise LookupError(f"unknown crisis rule kind {kind!r}") from None


# --- helpers the kinds share ---------------------------------------------------------


def one(sql: str, params: Sequence[Any]) -> tuple[Any, ...]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()


def ids(sql: str, params: Sequence[Any]) -> list[int]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


COUNT_SQL = (
    "(SELECT count(*) FROM mentions_mentionbrand WHERE brand_id = %s"
    " AND published_at >= %s AND published_at < %s)"
)
NEG_COUNT_SQL = (
    "(SELECT count(*) FROM mentions_mentionbrand WHERE brand_id = %s"
    " AND sentiment_label = 'negative' AND published_at >= %s AND published_at < %s)"
)
WINDOW_IDS_SQL = """
SELECT mention_id FROM mentions_mentionbrand
WHERE brand_id = %s AND published_at >= %s AND published_at < %s {extra}
ORDER BY published_at DESC LIMIT {limit}
"""
# A brand's mentions and negative mentions per hour, from the overview's pre-aggregated
# counts (maintained with every stored mention and relabel): the baselines and the 30-day
# replay read a few hundred small rows instead of counting every mention of four weeks.
HOURLY_COUNTS_SQL = """
SELECT hour, sum(count), sum(count) FILTER (WHERE sentiment_label = 'negative')
FROM mentions_hourlycount WHERE brand_id = %s AND hour >= %s AND hour < %s GROUP BY 1
"""
HOUR = timedelta(hours=1)
# 1.4826 · MAD estimates the standard deviation of normally distributed counts, without
# letting one earlier burst in the history inflate it the way a standard deviation does.
MAD_TO_SD = 1.4826


RECENT_DAYS = 7  # the usual level follows the last week, so a growing brand is not a spike
SPREAD_DAYS = 14  # the spread is read over two weeks


@dataclass
class Baseline:
    """What is usual for a window of this length at this time, and what counts as unusual.

    ``usual`` is the median of the same window on each of the last 7 days, or, when there are
    three or more weeks of history and it is higher, on the same weekday (a busy Monday
    morning compares with Monday mornings); ``spread`` the robust spread of the last two
    weeks' windows (1.4826 · MAD), never below √usual, the noise of a count; ``threshold``
    what fires: usual + k · spread + k²/4, never below the floor (a small brand's few mentions a
    day make a tiny spread, and a handful of complaints is not yet a crisis).
    """

    usual: float
    spread: float
    threshold: float
    samples: int
    weekly: bool

    @property
    def times_usual(self) -> float | None:
        """The threshold as a multiple of the usual count ("about 4 times the usual")."""
        return round(self.threshold / self.usual, 1) if self.usual >= 0.5 else None


def baseline(samples: Sequence[float | None], k: float, floor: float) -> Baseline:
    """``samples[d - 1]`` is the window's count ``d`` days earlier, None before the brand had
    any mention (a day the brand was not watched is not a quiet day)."""
    recent = [s for s in samples[:RECENT_DAYS] if s is not None]
    weekly = [s for d, s in enumerate(samples, 1) if d % 7 == 0 and s is not None]
    spread_from = [s for s in samples[:SPREAD_DAYS] if s is not None]
    usual = statistics.median(recent) if recent else 0.0
    use_weekly = len(weekly) >= 3 and statistics.median(weekly) > usual
    if use_weekly:
        usual = statistics.median(weekly)
    mid = statistics.median(spread_from) if spread_from else 0.0
    mad = statistics.median([abs(s - mid) for s in spread_from]) if spread_from else 0.0
    spread = max(MAD_TO_SD * mad, math.sqrt(usual))
    # k²/4: counts are Poisson-like, whose square root has a spread of ½ whatever the level;
    # with it a quiet hour's 1-in-a-month fluke of a few mentions does not fire.
    threshold = max(float(floor), usual + k * spread + k * k / 4)
    n = sum(1 for s in samples if s is not None)
    return Baseline(round(usual, 2), round(spread, 2), round(threshold, 2), n, use_weekly)


def buckets(
    query: tuple[str, list[Any]] | None, start: datetime, n: int, width: int
) -> list[list[float]]:
    """The ``n`` hourly buckets from ``start`` that ``query`` (rows of hour and ``width``
    values) fills; hours it does not name count zero. The baselines and the preview read
    their history this way."""
    rows = [[0.0] * width for _ in range(n)]
    if query is None:
        return rows
    with connection.cursor() as cursor:
        cursor.execute(*query)
        for hour, *values in cursor.fetchall():
            i = int((hour - start) / HOUR)
            if 0 <= i < n:
                rows[i] = [float(v or 0) for v in values]
    return rows


def window_and_before(sums: Sequence[float], t: int, w: int, days: int) -> tuple[float, float]:
    """A column's sum over the ``w`` buckets before ``t``, and over the ``days`` before those."""
    return sums[t] - sums[t - w], sums[t - w] - sums[t - w - 24 * days]


def first_bucket(total: Sequence[float]) -> int:
    """The first bucket with any mention, from prefix sums (``total[i]`` sums buckets < i)."""
    return max(bisect.bisect_right(total, 0) - 1, 0)


def samples(sums: Sequence[float], t: int, w: int, days: int, first: int) -> list[float | None]:
    """A column's sum over the ``w`` buckets before ``t - 24·d``, for d = 1 … days; None for
    a window that ends before bucket ``first`` (before the brand had any mention)."""
    out: list[float | None] = []
    for d in range(1, days + 1):
        end = t - 24 * d
        out.append(None if end <= first else sums[end] - sums[max(end - w, 0)])
    return out


class CountsByHour(Kind):
    """A kind that compares a brand's mentions (column 0) and negative mentions (column 1) in
    a window with the same window on previous days, read from hourly counts."""

    columns = 2

    def hourly(
        self, rule: Rule, start: datetime, end: datetime, context: Context
    ) -> tuple[str, list[Any]]:
        return HOURLY_COUNTS_SQL, [rule.brand_id, start, end]

    def history(self, rule: Rule, now: datetime, context: Context) -> list[list[float]]:
        """Prefix sums of the hourly counts up to the end of ``now``'s hour, long enough for
        the baseline: what ``samples`` reads from ``now_index``."""
        w = self.window_hours(rule)
        end = now.replace(minute=0, second=0, microsecond=0) + HOUR
        start = end - timedelta(days=rule.baseline_days, hours=w)
        key = (rule.brand_id, start, end)
        if key not in context.histories:
            n = int((end - start) / HOUR)
            rows = buckets(self.hourly(rule, start, end, context), start, n, self.columns)
            context.histories[key] = [
                list(accumulate([r[c] for r in rows], initial=0.0)) for c in range(2)
            ]
        return context.histories[key]

    @staticmethod
    def now_index(sums: Sequence[Sequence[float]], now: datetime) -> int:
        """The hour boundary nearest ``now`` in ``history``'s prefix sums: the previous days'
        windows end there (not up to an hour later than the window they are compared with)."""
        return len(sums[0]) - 1 - (1 if now.minute < 30 else 0)

    @staticmethod
    def window_hours(rule: Rule) -> int:
        return max(1, math.ceil(rule.window_minutes / 60))


def span(delta: timedelta) -> str:
    """A window in words: "24 h", "7 days", "90 min"."""
    minutes = int(delta.total_seconds() // 60)
    if minutes % (24 * 60) == 0:
        days = minutes // (24 * 60)
        return "24 h" if days == 1 else f"{days} days"
    if minutes % 60 == 0:
        return f"{minutes // 60} h"
    return f"{minutes} min"


def number(value: Any) -> str:
    """12.0 → 12, 3.14159 → 3.14, None → —."""
    if value is None or value == "":
        return "—"
    try:
        f = float(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{int(f):,}" if f.is_integer() else f"{f:,.2f}"
