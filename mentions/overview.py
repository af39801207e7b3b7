"""The overview: what a manager or the client looks at first.

Volume, sentiment split, share of voice and top sources come from the hourly counts table
(small, pre-aggregated); only the top authors (among the latest AUTHOR_SAMPLE mentions) and
the most negative mentions touch the mention table, through indexes, with LIMITs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any
from urllib.parse import urlencode

from django.db.models import Sum
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.views.decorators.http import require_GET

from mentions.models import Brand, HourlyCount, Mention, MentionBrand, Source
from orm_dashboard import widgets
from orm_dashboard.models import Role
from orm_dashboard.tenancy import member_required, scoped

PERIODS = {"24h": ("Last 24 hours", timedelta(hours=24)), "7d": ("Last 7 days", timedelta(days=7)),
           "30d": ("Last 30 days", timedelta(days=30))}  # fmt: skip
LABELS = ("positive", "neutral", "negative", "unscored")
AUTHOR_SAMPLE = 5000  # top authors are ranked among the brand's latest this many mentions


@dataclass
class Bar:
    start: datetime
    counts: dict[str, int]
    total: int
    x: float = 0
    w: float = 0
    segments: list[tuple[str, float, float, int]] | None = None  # label, y, height, n


def period_bounds(request: HttpRequest) -> tuple[str, datetime, datetime, list[str]]:
    errors = []
    now = timezone.now()
    key = request.GET.get("period", "7d")
    if key == "custom":
        tz = timezone.get_current_timezone()
        since, until = (
            parse_date(request.GET.get("since", "")),
            parse_date(request.GET.get("until", "")),
        )
        if since and until and since <= until and (until - since).days <= 366:
            return (
                key,
                datetime.combine(since, time.min, tz),
                datetime.combine(until + timedelta(days=1), time.min, tz),
                errors,
            )
        errors.append(
            "Choose a custom period of at most a year (from ≤ to); showing the last 7 days."
        )
        key = "7d"
    if key not in PERIODS:
        key = "7d"
    return key, now - PERIODS[key][1], now, errors


def bucket_size(since: datetime, until: datetime) -> timedelta:
    span = until - since
    return (
        timedelta(hours=1)
        if span <= timedelta(days=2)
        else timedelta(hours=6)
        if span <= timedelta(days=8)
        else timedelta(days=1)
    )


def volume_bars(
    rows: list[dict[str, Any]], since: datetime, until: datetime
) -> tuple[list[Bar], int, timedelta]:
    step = bucket_size(since, until)
    start = since.replace(minute=0, second=0, microsecond=0)
    if step == timedelta(days=1):
        start = start.replace(hour=0)
    n = max(1, int((until - start) / step) + 1)
    bars = [Bar(start + i * step, dict.fromkeys(LABELS, 0), 0) for i in range(n)]
    for row in rows:
        i = int((row["hour"] - start) / step)
        if 0 <= i < n:
            bars[i].counts[row["sentiment_label"]] = (
                bars[i].counts.get(row["sentiment_label"], 0) + row["n"]
            )
            bars[i].total += row["n"]
    peak = max((b.total for b in bars), default=0) or 1
    width = 100 / n
    for i, bar in enumerate(bars):
        bar.x = i * width + width * 0.08
        bar.w = width * 0.84
        y = 100.0
        bar.segments = []
        for label in ("negative", "neutral", "positive", "unscored"):
            h = 100 * bar.counts[label] / peak
            y -= h
            if h:
                bar.segments.append((label, y, h, bar.counts[label]))
    return bars, peak, step


@member_required(Role.VIEWER)
@require_GET
def overview(request: HttpRequest) -> HttpResponse:
    workspace = request.workspace
    brands = list(scoped(request, Brand))
    own = [b for b in brands if not b.is_competitor]
    brand = next(
        (b for b in brands if str(b.pk) == request.GET.get("brand")),
        own[0] if own else (brands[0] if brands else None),
    )
    period, since, until, errors = period_bounds(request)
    context: dict[str, Any] = {
        "brands": brands, "brand": brand, "period": period, "periods": PERIODS,
        "since": since, "until": until, "errors": errors,
        "widgets": widgets.collect(request),
    }  # fmt: skip
    if brand is None:
        return render(request, "mentions/overview.html", context)

    counts = HourlyCount.objects.filter(
        workspace=workspace, hour__gte=since - timedelta(hours=1), hour__lt=until
    )
    mine = counts.filter(brand=brand)
    rows = list(mine.values("hour", "sentiment_label").annotate(n=Sum("count")))
    bars, peak, step = volume_bars(rows, since, until)
    split = dict.fromkeys(LABELS, 0)
    for row in rows:
        split[row["sentiment_label"]] = split.get(row["sentiment_label"], 0) + row["n"]
    total = sum(split.values())
    per_brand = dict(counts.values_list("brand").annotate(n=Sum("count")).order_by())
    voice = sorted(((b, per_brand.get(b.pk) or 0) for b in brands), key=lambda pair: -pair[1])
    voice_total = sum(n for _, n in voice) or 1
    source_rows = list(mine.values("source").annotate(n=Sum("count")).order_by("-n")[:6])
    source_names = dict(
        Source.objects.filter(pk__in=[r["source"] for r in source_rows if r["source"]]).values_list(
            "pk", "name"
        )
    )
    base = reverse("inbox", kwargs={"workspace": workspace.slug})
    day_from, day_to = since.date().isoformat(), (until - timedelta(seconds=1)).date().isoformat()

    def inbox_link(**extra: Any) -> str:
        return (
            base
            + "?"
            + urlencode(
                {"brand": brand.pk, "status": "all", "since": day_from, "until": day_to, **extra}
            )
        )

    negative = (
        MentionBrand.objects.filter(
            brand=brand, sentiment_label="negative", published_at__gte=since, published_at__lt=until
        )
        .select_related("mention", "mention__source")
        .order_by("sentiment")[:5]
    )
    # Top authors by reach among the brand's latest AUTHOR_SAMPLE mentions of the period: a
    # bounded read whatever the period, the workspace's size or how rare reach is (walking
    # the reach index instead reads every mention with a reach when none is the brand's).
    latest = (
        MentionBrand.objects.filter(brand=brand, published_at__gte=since, published_at__lt=until)
        .order_by("-published_at")
        .values("mention_id")[:AUTHOR_SAMPLE]
    )
    authors = (
        scoped(request, Mention)
        .filter(pk__in=latest, reach__isnull=False)
        .exclude(author="")
        .order_by("-reach")
        .values("author", "author_url", "reach")[:30]
    )
    top_authors: dict[str, dict[str, Any]] = {}
    for a in authors:
        top_authors.setdefault(a["author"], a)
    context.update(
        bars=bars, peak=peak, split=split, total=total,
        step_label="1 day" if step >= timedelta(days=1) else f"{int(step.total_seconds() // 3600)} h",
        split_pct={k: round(100 * v / total) if total else 0 for k, v in split.items()},
        voice=[(b, n, round(100 * n / voice_total)) for b, n in voice],
        sources=[("Imported" if r["source"] is None else source_names.get(r["source"], "(deleted source)"), r["n"], r["source"]) for r in source_rows],
        negative=negative, top_authors=list(top_authors.values())[:8], author_sample=AUTHOR_SAMPLE,
        inbox_link=inbox_link, links={
            "all": inbox_link(),
            **{label: inbox_link(sentiment=label) for label in LABELS},
        },
    )  # fmt: skip
    context["author_links"] = {
        a["author"]: inbox_link(author=a["author"]) for a in context["top_authors"]
    }
    context["source_links"] = {
        sid: inbox_link(source=sid) for _, _, sid in context["sources"] if sid
    }
    context["voice_links"] = {
        b.pk: base
        + "?"
        + urlencode({"brand": b.pk, "status": "all", "since": day_from, "until": day_to})
        for b, _, _ in context["voice"]
    }
    return render(request, "mentions/overview.html", context)
