"""The mention figures of a period for some brands: what the overview shows and what the
client report's sections print, computed once here so both say the same.

Volume, sentiment split, share of voice and top sources come from the hourly counts table
(small, pre-aggregated); only the top authors (among the latest AUTHOR_SAMPLE mentions) and
the top positive and negative mentions touch the mention tables, through indexes, with
LIMITs. A period counts the hours that start inside it (the hour a period starts in, when
it does not start on the hour): reports' periods are whole days, so they are exact.

Several brands (the workspace overview, a report about two brands) add up their matches: a
mention about two of them counts for each, as it does in each brand's own figures.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from django.db.models import Sum

from mentions.models import Brand, HourlyCount, Mention, MentionBrand, Source
from orm_dashboard.widgets import Delta, Scope

LABELS = ("positive", "neutral", "negative", "unscored")
AUTHOR_SAMPLE = 5000  # top authors are ranked among the brands' latest this many mentions


def hour_floor(at: datetime) -> datetime:
    return at.replace(minute=0, second=0, microsecond=0)


def counts(scope: Scope, *, all_brands: bool = False) -> Any:
    """Hourly count rows of the period (of the scope's brands unless ``all_brands``)."""
    rows = HourlyCount.objects.filter(
        workspace=scope.workspace, hour__gte=hour_floor(scope.since), hour__lt=scope.until
    )
    return rows if all_brands else rows.filter(brand_id__in=scope.brand_ids)


@dataclass
class Volume:
    rows: list[dict[str, Any]]  # hour, sentiment_label, n
    split: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.split = dict.fromkeys(LABELS, 0)
        for row in self.rows:
            self.split[row["sentiment_label"]] = (
                self.split.get(row["sentiment_label"], 0) + row["n"]
            )

    @property
    def total(self) -> int:
        return sum(self.split.values())

    @property
    def scored(self) -> int:
        return self.total - self.split.get("unscored", 0)

    def share(self, label: str) -> float | None:
        """Share of the scored mentions, in % (unscored ones have no sentiment to share)."""
        return round(100 * self.split[label] / self.scored, 1) if self.scored else None


def volume(scope: Scope) -> Volume:
    return Volume(list(counts(scope).values("hour", "sentiment_label").annotate(n=Sum("count"))))


@dataclass
class Figure:
    """One number of the summary, with its change against the previous period."""

    key: str
    title: str
    value: str
    delta: Delta


def summary(now: Volume, before: Volume) -> list[Figure]:
    """Mentions and the sentiment shares, each against the previous period."""
    figures = [
        Figure("total", "mentions", f"{now.total:,}", Delta(now.total, before.total)),
    ]
    better = {"positive": "up", "neutral": "", "negative": "down"}
    for label in ("positive", "neutral", "negative"):
        share = now.share(label)
        figures.append(
            Figure(
                label,
                f"{label} ({now.split[label]:,})",
                "–" if share is None else f"{share:g}%",
                Delta(share, before.share(label), better[label], "%"),
            )
        )
    figures.append(
        Figure(
            "negative_count",
            "negative mentions",
            f"{now.split['negative']:,}",
            Delta(now.split["negative"], before.split["negative"], "down"),
        )
    )
    return figures


def voice(scope: Scope, brands: Iterable[Brand]) -> list[tuple[Brand, int, int]]:
    """(brand, mentions, % of all) for the given brands (own and competitors), largest first."""
    brands = list(brands)
    per_brand = dict(
        counts(scope, all_brands=True)
        .filter(brand__in=brands)
        .values_list("brand")
        .annotate(n=Sum("count"))
        .order_by()
    )
    rows = sorted(((b, per_brand.get(b.pk) or 0) for b in brands), key=lambda pair: -pair[1])
    total = sum(n for _, n in rows) or 1
    return [(b, n, round(100 * n / total)) for b, n in rows]


def top_sources(scope: Scope, limit: int = 6) -> list[tuple[str, int, int | None]]:
    """(name, mentions, source id or None for imported) by volume."""
    rows = list(counts(scope).values("source").annotate(n=Sum("count")).order_by("-n")[:limit])
    names = dict(
        Source.objects.filter(pk__in=[r["source"] for r in rows if r["source"]]).values_list(
            "pk", "name"
        )
    )
    return [
        (
            "Imported" if r["source"] is None else names.get(r["source"], "(deleted source)"),
            r["n"],
            r["source"],
        )
        for r in rows
    ]


def matches(scope: Scope) -> Any:
    return MentionBrand.objects.filter(
        brand_id__in=scope.brand_ids, published_at__gte=scope.since, published_at__lt=scope.until
    )


def top_authors(scope: Scope, limit: int = 8) -> list[dict[str, Any]]:
    """Authors by reach among the brands' latest AUTHOR_SAMPLE mentions of the period: a
    bounded read whatever the period, the workspace's size or how rare reach is (walking
    the reach index instead reads every mention with a reach when none is the brands')."""
    latest = matches(scope).order_by("-published_at").values("mention_id")[:AUTHOR_SAMPLE]
    authors = (
        Mention.objects.filter(workspace=scope.workspace, pk__in=latest, reach__isnull=False)
        .exclude(author="")
        .order_by("-reach")
        .values("author", "author_url", "reach")[: limit * 4]
    )
    found: dict[str, dict[str, Any]] = {}
    for a in authors:
        found.setdefault(a["author"], a)
    return list(found.values())[:limit]


def top_mentions(scope: Scope, label: str, limit: int = 5) -> list[MentionBrand]:
    """The most negative (or positive) mentions of the period, each mention once."""
    order = "sentiment" if label == "negative" else "-sentiment"
    rows = (
        matches(scope)
        .filter(sentiment_label=label, sentiment__isnull=False)
        .select_related("mention", "mention__source")
        .order_by(order, "-published_at")[: limit * max(1, len(scope.brand_ids))]
    )
    seen: set[int] = set()
    found = []
    for row in rows:
        if row.mention_id not in seen:
            seen.add(row.mention_id)
            found.append(row)
    return found[:limit]


def bucket_size(since: datetime, until: datetime) -> timedelta:
    span = until - since
    return (
        timedelta(hours=1)
        if span <= timedelta(days=2)
        else timedelta(hours=6)
        if span <= timedelta(days=8)
        else timedelta(days=1)
    )


@dataclass
class Bucket:
    start: datetime
    counts: dict[str, int]
    total: int = 0


def buckets(
    rows: list[dict[str, Any]], since: datetime, until: datetime, step: timedelta | None = None
) -> list[Bucket]:
    """The period cut into equal buckets (1 h, 6 h or 1 day by its length), counts in each.

    Days start at midnight of ``since``'s own time zone (a report's zone), so a daily bar is
    that day there; a day with a DST change is one hour longer or shorter in UTC.
    """
    step = step or bucket_size(since, until)
    start = hour_floor(since)
    if step == timedelta(days=1):
        start = start.replace(hour=0)
    edges = []
    at = start
    while at < until:
        edges.append(at.astimezone(UTC))
        # A day is a calendar day where the period is (aware arithmetic on a zone's
        # datetime is wall-clock); hours are plain elapsed hours.
        at = at + step if step == timedelta(days=1) else (at.astimezone(UTC) + step)
    if not edges:
        edges = [start.astimezone(UTC)]
    found = [Bucket(e, dict.fromkeys(LABELS, 0)) for e in edges]
    for row in rows:
        i = _index(edges, row["hour"])
        if i is not None:
            label = row["sentiment_label"]
            found[i].counts[label] = found[i].counts.get(label, 0) + row["n"]
            found[i].total += row["n"]
    return found


def _index(edges: list[datetime], at: datetime) -> int | None:
    import bisect

    i = bisect.bisect_right(edges, at) - 1
    return i if i >= 0 else None
