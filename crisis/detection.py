"""Detection: is something happening to a brand right now, and why do we think so?

Each rule kind is a few indexed counts (one SQL statement per rule) and a small pure
decision function. The live evaluation and the 30-day preview share those functions, so
the preview shows exactly when the rule would have fired. A finding always carries its
explanation: observed value, baseline, threshold, window and the mentions driving it.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.db import connection
from django.db.models import Max, Q
from django.utils import timezone

from crisis.models import CrisisPolicy, Rule, RuleKind
from mentions.models import Brand, Source

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


# --- decisions (pure, shared by evaluation and preview) --------------------------------


@dataclass
class Decision:
    fired: bool
    threshold: float
    baseline: float | None
    details: dict[str, Any]


def spike_decision(observed: int, baseline_counts: Sequence[int], rule: Rule) -> Decision:
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
        {"mean": round(mean, 2), "sd": round(sd_eff, 2), "k": rule.sigma,
         "min_count": rule.min_count, "days": list(baseline_counts)},
    )  # fmt: skip


def negative_decision(neg: int, total: int, base_neg: int, base_total: int, rule: Rule) -> Decision:
    share = neg / total if total else 0.0
    base_share = base_neg / base_total if base_total else 0.0
    threshold = min(1.0, base_share + rule.min_share_increase)
    fired = neg >= rule.min_count and share >= threshold and share > base_share
    return Decision(
        fired,
        round(threshold * 100, 1),
        round(base_share * 100, 1),
        {"negative": neg, "total": total, "baseline_negative": base_neg,
         "baseline_total": base_total, "min_count": rule.min_count},
    )  # fmt: skip


def rating_decision(
    avg: float | None, count: int, base_avg: float | None, base_count: int, rule: Rule
) -> Decision:
    if avg is None or base_avg is None:
        return Decision(False, 0.0, base_avg, {"count": count, "baseline_count": base_count})
    threshold = base_avg - rule.rating_drop
    fired = count >= rule.min_count and base_count >= rule.min_count and avg <= threshold
    return Decision(
        fired,
        round(threshold, 2),
        round(base_avg, 2),
        {"count": count, "baseline_count": base_count, "drop": rule.rating_drop},
    )


def keyword_regex(keywords: Sequence[str]) -> str:
    """A Postgres regex matching any keyword at a word start (recall → recalls, recalled)."""
    parts = [r"\s+".join(re.escape(w) for w in k.split()) for k in keywords if k.strip()]
    return r"\m(" + "|".join(parts) + ")" if parts else ""


def matched_keywords(text: str, keywords: Sequence[str]) -> list[str]:
    lowered = " ".join(text.lower().split())
    return [k for k in keywords if re.search(r"\b" + re.escape(k.lower()), lowered)]


# --- evaluation ------------------------------------------------------------------------


def _one(sql: str, params: Sequence[Any]) -> tuple[Any, ...]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()


def _ids(sql: str, params: Sequence[Any]) -> list[int]:
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


def volume_spike(rule: Rule, now: datetime) -> Finding:
    start = now - rule.window
    ranges = [(start, now)] + [
        (start - timedelta(days=d), now - timedelta(days=d))
        for d in range(1, rule.baseline_days + 1)
    ]
    params: list[Any] = []
    for a, b in ranges:
        params += [rule.brand_id, a, b]
    counts = _one("SELECT " + ", ".join([COUNT_SQL] * len(ranges)), params)
    observed, baseline = counts[0], list(counts[1:])
    d = spike_decision(observed, baseline, rule)
    finding = Finding(
        rule, d.fired, observed, d.baseline, d.threshold, start, now, "mentions",
        f"{observed} mentions in the last {_span(rule.window)}; normal at this time of day is "
        f"{d.details['mean']:g} ± {d.details['sd']:g} (previous {rule.baseline_days} days); "
        f"fires above {rule.sigma:g}σ and at least {rule.min_count}.",
        d.details,
    )  # fmt: skip
    if d.fired:
        sql = WINDOW_IDS_SQL.format(extra="", limit=LINK_LIMIT)
        finding.mention_ids = _ids(sql, [rule.brand_id, start, now])
    return finding


def negative_surge(rule: Rule, now: datetime) -> Finding:
    start = now - rule.window
    base_start = start - timedelta(days=rule.baseline_days)
    b = rule.brand_id
    total, neg, base_total, base_neg = _one(
        f"SELECT {COUNT_SQL}, {NEG_COUNT_SQL}, {COUNT_SQL}, {NEG_COUNT_SQL}",
        [b, start, now, b, start, now, b, base_start, start, b, base_start, start],
    )
    d = negative_decision(neg, total, base_neg, base_total, rule)
    share = round(100 * neg / total, 1) if total else 0.0
    finding = Finding(
        rule, d.fired, share, d.baseline, d.threshold, start, now, "% negative",
        f"{neg} of {total} mentions in the last {_span(rule.window)} are negative ({share:g} %); "
        f"normally {d.baseline:g} % (previous {rule.baseline_days} days); fires at "
        f"{d.threshold:g} % with at least {rule.min_count} negative.",
        d.details,
    )  # fmt: skip
    if d.fired:
        sql = WINDOW_IDS_SQL.format(extra="AND sentiment_label = 'negative'", limit=LINK_LIMIT)
        finding.mention_ids = _ids(sql, [b, start, now])
    return finding


def keyword(rule: Rule, now: datetime, keywords: Sequence[str]) -> Finding:
    start = now - rule.window
    pattern = keyword_regex(keywords)
    ids: list[int] = []
    if pattern:
        ids = _ids(
            """
            SELECT m.id FROM mentions_mentionbrand mb
            JOIN mentions_mention m ON m.id = mb.mention_id
            WHERE mb.brand_id = %s AND mb.published_at >= %s AND mb.published_at < %s
              AND (m.title ~* %s OR m.text ~* %s)
            ORDER BY m.reach DESC NULLS LAST, mb.published_at DESC LIMIT %s
            """,
            [rule.brand_id, start, now, pattern, pattern, LINK_LIMIT],
        )
    fired = len(ids) >= max(rule.min_count, 1)
    return Finding(
        rule, fired, len(ids), None, max(rule.min_count, 1), start, now, "mentions",
        f"{len(ids)} mentions in the last {_span(rule.window)} contain a trigger word "
        f"({', '.join(keywords[:8]) or 'no trigger words set'}).",
        {"keywords": list(keywords)}, ids if fired else [],
    )  # fmt: skip


def high_reach(rule: Rule, now: datetime) -> Finding:
    start = now - rule.window
    ids = _ids(
        """
        SELECT m.id FROM mentions_mentionbrand mb
        JOIN mentions_mention m ON m.id = mb.mention_id
        WHERE mb.brand_id = %s AND mb.sentiment_label = 'negative'
          AND mb.published_at >= %s AND mb.published_at < %s
          AND m.workspace_id = %s AND m.reach >= %s
        ORDER BY m.reach DESC LIMIT %s
        """,
        # The workspace too: it leads the reach index, else every workspace's is read.
        [rule.brand_id, start, now, rule.workspace_id, rule.reach_threshold, LINK_LIMIT],
    )
    return Finding(
        rule, bool(ids), len(ids), None, rule.reach_threshold, start, now, "authors",
        f"{len(ids)} negative mentions in the last {_span(rule.window)} from authors with a "
        f"reach of at least {rule.reach_threshold:,}.",
        {"reach_threshold": rule.reach_threshold}, ids,
    )  # fmt: skip


def rating_drop(rule: Rule, now: datetime) -> Finding:
    start = now - rule.window
    base_start = start - timedelta(days=rule.baseline_days)
    # The brand's (few) rated matches, from a partial index that carries the rating.
    avg, count, base_avg, base_count = _one(
        """
        SELECT avg(rating) FILTER (WHERE published_at >= %s),
               count(*) FILTER (WHERE published_at >= %s),
               avg(rating) FILTER (WHERE published_at < %s),
               count(*) FILTER (WHERE published_at < %s)
        FROM mentions_mentionbrand
        WHERE brand_id = %s AND rating IS NOT NULL AND published_at >= %s AND published_at < %s
        """,
        [start, start, start, start, rule.brand_id, base_start, now],
    )
    avg = float(avg) if avg is not None else None
    base_avg = float(base_avg) if base_avg is not None else None
    d = rating_decision(avg, count, base_avg, base_count, rule)
    finding = Finding(
        rule, d.fired, round(avg, 2) if avg is not None else 0.0, d.baseline, d.threshold,
        start, now, "★",
        f"Average rating {avg:.2f}★ over {count} reviews in the last {_span(rule.window)}; "
        f"normally {base_avg:.2f}★ over {base_count} (previous {rule.baseline_days} days); "
        f"fires at a drop of {rule.rating_drop:g}★ with at least {rule.min_count} reviews."
        if avg is not None and base_avg is not None
        else f"Not enough rated reviews to compare ({count} in the window, {base_count} before).",
        d.details,
    )  # fmt: skip
    if d.fired:
        finding.mention_ids = _ids(
            """
            SELECT mention_id FROM mentions_mentionbrand
            WHERE brand_id = %s AND rating IS NOT NULL AND published_at >= %s AND published_at < %s
            ORDER BY rating, published_at DESC LIMIT %s
            """,
            [rule.brand_id, start, now, LINK_LIMIT],
        )
    return finding


def watched_sources(brand: Brand) -> Any:
    """Sources bound to the brand and generic ones (they feed every brand)."""
    return Source.objects.filter(workspace_id=brand.workspace_id, enabled=True).filter(
        Q(brand_id=brand.pk) | Q(brand__isnull=True)
    )


def source_silence(rule: Rule, now: datetime) -> Finding:
    silent_for = timedelta(hours=rule.silence_hours)
    sources = watched_sources(rule.brand).annotate(
        last_yield=Max("polls__started_at", filter=Q(polls__new__gt=0))
    )
    problems: list[dict[str, Any]] = []
    for s in sources:
        if s.paused_reason:
            problems.append({"id": s.pk, "name": s.name, "state": "paused",
                             "why": f"paused after errors: {s.paused_reason}"})  # fmt: skip
        elif s.error_count and s.last_success_at and s.last_success_at < now - silent_for:
            problems.append({"id": s.pk, "name": s.name, "state": f"failing-{s.last_success_at:%s}",
                             "why": f"failing since {s.last_success_at:%Y-%m-%d %H:%M} UTC: "
                                    f"{s.last_error[:200]}"})  # fmt: skip
        elif (
            s.last_yield is not None
            and now - timedelta(days=rule.baseline_days) <= s.last_yield < now - silent_for
        ):
            problems.append({"id": s.pk, "name": s.name, "state": f"silent-{s.last_yield:%s}",
                             "why": f"no new item since {s.last_yield:%Y-%m-%d %H:%M} UTC"})  # fmt: skip
    names = "; ".join(f"{p['name']}: {p['why']}" for p in problems)
    return Finding(
        rule, bool(problems), len(problems), None, 1, now - silent_for, now, "sources",
        f"{len(problems)} source(s) feeding this brand are blind. {names}" if problems
        else f"Every source feeding this brand yielded within {rule.silence_hours} h.",
        {"sources": problems},
        signature="|".join(sorted(f"{p['id']}:{p['state']}" for p in problems)),
    )  # fmt: skip


def evaluate_rule(rule: Rule, now: datetime, keywords: Sequence[str] = ()) -> Finding:
    kind = RuleKind(rule.kind)
    if kind == RuleKind.VOLUME_SPIKE:
        return volume_spike(rule, now)
    if kind == RuleKind.NEGATIVE_SURGE:
        return negative_surge(rule, now)
    if kind == RuleKind.KEYWORD:
        return keyword(rule, now, keywords)
    if kind == RuleKind.HIGH_REACH:
        return high_reach(rule, now)
    if kind == RuleKind.RATING_DROP:
        return rating_drop(rule, now)
    return source_silence(rule, now)


def evaluate_brand(brand_id: int, now: datetime | None = None) -> list[Finding]:
    """Run every enabled rule of a brand; open or update incidents for those that fire."""
    from crisis import incidents

    now = now or timezone.now()
    brand = Brand.objects.filter(pk=brand_id).first()
    if brand is None:
        return []
    rules = list(Rule.objects.filter(brand=brand).select_related("brand"))
    if not rules:
        Rule.ensure_defaults(brand)
        rules = list(Rule.objects.filter(brand=brand).select_related("brand"))
    rules = [r for r in rules if r.enabled]
    keywords: list[str] = []
    if any(r.kind == RuleKind.KEYWORD for r in rules):
        keywords = CrisisPolicy.for_workspace(brand.workspace_id).keywords
    findings = [evaluate_rule(rule, now, keywords) for rule in rules]
    for finding in findings:
        if finding.fired:
            incidents.fire(finding, now)
    return findings


def _span(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    if minutes % (24 * 60) == 0:
        days = minutes // (24 * 60)
        return "24 h" if days == 1 else f"{days} days"
    if minutes % 60 == 0:
        return f"{minutes // 60} h"
    return f"{minutes} min"
