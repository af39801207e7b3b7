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

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cached_property
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

    @cached_property
    def keywords(self) -> list[str]:
        from crisis.models import CrisisPolicy

        return CrisisPolicy.for_workspace(self.workspace_id).keywords


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
# Hourly mentions of a brand and how many of them are negative (spike and surge replays).
HOURLY_COUNTS_SQL = """
SELECT date_trunc('hour', published_at), count(*),
       count(*) FILTER (WHERE sentiment_label = 'negative')
FROM mentions_mentionbrand WHERE brand_id = %s
  AND published_at >= %s AND published_at < %s GROUP BY 1
"""


class CountsByHour(Kind):
    """A kind replayed from a brand's hourly mentions and negative mentions."""

    columns = 2

    def hourly(
        self, rule: Rule, start: datetime, end: datetime, context: Context
    ) -> tuple[str, list[Any]]:
        return HOURLY_COUNTS_SQL, [rule.brand_id, start, end]


def window_and_before(sums: Sequence[float], t: int, w: int, days: int) -> tuple[float, float]:
    """A column's sum over the ``w`` buckets before ``t``, and over the ``days`` before those."""
    return sums[t] - sums[t - w], sums[t - w] - sums[t - w - 24 * days]


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
