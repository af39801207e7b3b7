"""The overview: what a manager or the client looks at first.

The figures come from mentions.figures (the client report prints the same ones); every one
is compared with the previous period of the same length, and other apps' numbers (reviews,
incidents) arrive through orm_dashboard.widgets for the same brands and period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.views.decorators.http import require_GET

from mentions import figures
from mentions.figures import LABELS
from mentions.models import Brand
from orm_dashboard import widgets
from orm_dashboard.models import Role
from orm_dashboard.tenancy import member_required, scoped

PERIODS = {"24h": ("Last 24 hours", timedelta(hours=24)), "7d": ("Last 7 days", timedelta(days=7)),
           "30d": ("Last 30 days", timedelta(days=30))}  # fmt: skip


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


def volume_bars(
    rows: list[dict[str, Any]],
    since: datetime,
    until: datetime,
    previous: list[dict[str, Any]] | None = None,
) -> tuple[list[Bar], int, timedelta, str]:
    """SVG geometry of the stacked bars, and the previous period's totals as a line's points
    (bucket i of the previous period drawn over bucket i of this one)."""
    step = figures.bucket_size(since, until)
    now = figures.buckets(rows, since, until)
    length = until - since
    before = figures.buckets(previous or [], since - length, since) if previous is not None else []
    peak = max([b.total for b in now] + [b.total for b in before], default=0) or 1
    n = len(now)
    width = 100 / n
    bars = []
    for i, bucket in enumerate(now):
        bar = Bar(bucket.start, bucket.counts, bucket.total, i * width + width * 0.08, width * 0.84)
        y = 100.0
        bar.segments = []
        for label in ("negative", "neutral", "positive", "unscored"):
            h = 100 * bar.counts[label] / peak
            y -= h
            if h:
                bar.segments.append((label, y, h, bar.counts[label]))
        bars.append(bar)
    points = " ".join(
        f"{(i + 0.5) * width:.4f},{100 - 100 * b.total / peak:.4f}"
        for i, b in enumerate(before[:n])
    )
    return bars, peak, step, points


@member_required(Role.VIEWER)
@require_GET
def overview(request: HttpRequest) -> HttpResponse:
    """One brand's figures, or every own brand's together (``brand=all``: the workspace
    overview), each against the previous period of the same length."""
    workspace = request.workspace
    brands = list(scoped(request, Brand))
    own = [b for b in brands if not b.is_competitor]
    chosen = request.GET.get("brand")
    brand = next(
        (b for b in brands if str(b.pk) == chosen),
        None if chosen == "all" else own[0] if own else (brands[0] if brands else None),
    )
    whole = brand is None and chosen == "all" and bool(brands)
    compare = request.GET.get("compare") == "1"
    period, since, until, errors = period_bounds(request)
    context: dict[str, Any] = {
        "brands": brands, "brand": brand, "whole": whole, "period": period, "periods": PERIODS,
        "since": since, "until": until, "errors": errors, "compare": compare,
        "previous_since": since - (until - since),
    }  # fmt: skip
    if brand is None and not whole:
        return render(request, "mentions/overview.html", context)

    about = [brand] if brand else own or brands
    scope = widgets.Scope(workspace, tuple(b.pk for b in about), since, until)
    now, before = figures.volume(scope), figures.volume(scope.previous)
    bars, peak, step, previous_line = volume_bars(
        now.rows, since, until, before.rows if compare else None
    )
    split, total = now.split, now.total
    base = reverse("inbox", kwargs={"workspace": workspace.slug})
    day_from, day_to = since.date().isoformat(), (until - timedelta(seconds=1)).date().isoformat()

    def inbox_link(**extra: Any) -> str:
        query = {"status": "all", "since": day_from, "until": day_to, **extra}
        if brand:
            query = {"brand": brand.pk, **query}
        return base + "?" + urlencode(query)

    summary = {f.key: f for f in figures.summary(now, before)}
    context.update(
        scope=scope, bars=bars, peak=peak, split=split, total=total, summary=summary,
        previous_line=previous_line, previous_total=before.total,
        widgets=widgets.collect(scope),
        step_label="1 day" if step >= timedelta(days=1) else f"{int(step.total_seconds() // 3600)} h",
        split_pct={k: round(100 * v / total) if total else 0 for k, v in split.items()},
        voice=figures.voice(scope, brands),
        sources=figures.top_sources(scope),
        negative=figures.top_mentions(scope, "negative"),
        top_authors=figures.top_authors(scope), author_sample=figures.AUTHOR_SAMPLE,
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
