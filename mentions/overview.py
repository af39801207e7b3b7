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
from mentions.models import Brand, RescoreJob
from orm_dashboard import widgets
from orm_dashboard.models import Role
from orm_dashboard.tenancy import member_required, scoped

PERIODS = {
    "24h": ("Last 24 hours", timedelta(hours=24)),
    "7d": ("Last 7 days", timedelta(days=7)),
    "30d": ("Last 30 days", timedelta(days=30)),
}


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


def choose_brand(brands: list[Brand], chosen: str | None) -> tuple[Brand | None, bool]:
    """The brand asked for, else the first own brand; and whether the whole workspace
    (``brand=all``: every own brand together) was asked for instead."""
    own = [b for b in brands if not b.is_competitor]
    brand = next(
        (b for b in brands if str(b.pk) == chosen),
        None if chosen == "all" else own[0] if own else (brands[0] if brands else None),
    )
    return brand, brand is None and chosen == "all" and bool(brands)


@dataclass
class InboxLinks:
    """From a figure to the inbox rows behind it: the same days (and brand), every status."""

    base: str
    brand: Brand | None
    since: datetime
    until: datetime

    def _query(self, brand_pk: int | None, extra: dict[str, Any]) -> str:
        days = {
            "status": "all",
            "since": self.since.date().isoformat(),
            "until": (self.until - timedelta(seconds=1)).date().isoformat(),
        }
        brand = {"brand": brand_pk} if brand_pk else {}
        return self.base + "?" + urlencode({**brand, **days, **extra})

    def __call__(self, **extra: Any) -> str:
        return self._query(self.brand.pk if self.brand else None, extra)

    def of_brand(self, brand_pk: int) -> str:
        return self._query(brand_pk, {})


@member_required(Role.VIEWER)
@require_GET
def overview(request: HttpRequest) -> HttpResponse:
    """One brand's figures, or every own brand's together (``brand=all``: the workspace
    overview), each against the previous period of the same length."""
    workspace = request.workspace
    brands = list(scoped(request, Brand))
    brand, whole = choose_brand(brands, request.GET.get("brand"))
    compare = request.GET.get("compare") == "1"
    period, since, until, errors = period_bounds(request)
    context: dict[str, Any] = {
        "brands": brands,
        "brand": brand,
        "whole": whole,
        "period": period,
        "periods": PERIODS,
        "since": since,
        "until": until,
        "errors": errors,
        "compare": compare,
        "previous_since": since - (until - since),
        "upgrade": scoped(request, RescoreJob)
        .filter(finished_at__isnull=True)
        .exclude(scorer="")
        .first(),
    }
    if brand is None and not whole:
        return render(request, "mentions/overview.html", context)

    about = [brand] if brand else [b for b in brands if not b.is_competitor] or brands
    scope = widgets.Scope(workspace, tuple(b.pk for b in about), since, until)
    now, before = figures.volume(scope), figures.volume(scope.previous)
    bars, peak, step, previous_line = volume_bars(
        now.rows, since, until, before.rows if compare else None
    )
    split, total = now.split, now.total
    link = InboxLinks(reverse("inbox", kwargs={"workspace": workspace.slug}), brand, since, until)
    top_authors, sources = figures.top_authors(scope), figures.top_sources(scope)
    voice = figures.voice(scope, brands)
    context.update(
        scope=scope,
        bars=bars,
        peak=peak,
        split=split,
        total=total,
        summary={f.key: f for f in figures.summary(now, before)},
        previous_line=previous_line,
        previous_total=before.total,
        widgets=widgets.collect(scope),
        step_label="1 day"
        if step >= timedelta(days=1)
        else f"{int(step.total_seconds() // 3600)} h",
        split_pct={k: round(100 * v / total) if total else 0 for k, v in split.items()},
        voice=voice,
        sources=sources,
        negative=figures.top_mentions(scope, "negative"),
        top_authors=top_authors,
        author_sample=figures.AUTHOR_SAMPLE,
        inbox_link=link,
        links={"all": link(), **{label: link(sentiment=label) for label in LABELS}},
        author_links={a["author"]: link(author=a["author"]) for a in top_authors},
        source_links={sid: link(source=sid) for _, _, sid in sources if sid},
        voice_links={b.pk: link.of_brand(b.pk) for b, _, _ in voice},
    )
    return render(request, "mentions/overview.html", context)
