"""The review queue: which reviews each tab holds, in what order, and how the SLA stands.

Urgency is "low ratings first, then the least time left against the SLA". The deadline is
computed in SQL from the workspace's hours per rating band, so ordering and the overdue
count never load more than a page of reviews.

Every figure the queue shows is exact and counts all of the workspace's reviews, so it
grows with them (100,000 at 10,000,000 mentions): the counts are one query, answered from
the reviews' own index (reviews/migrations/0003) without reading mention rows, and the
page walks that index in urgency order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db.models import (
    Case,
    Count,
    DateTimeField,
    ExpressionWrapper,
    F,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.fields import DurationField

from mentions.models import Mention
from reviews.models import Reply, ReviewSettings

S = Reply.Status


@dataclass(frozen=True)
class Tab:
    key: str
    label: str
    condition: Q
    open: bool = True  # still to be answered: ordered by urgency, SLA shown


TABS = [
    Tab("needs_reply", "Needs reply", Q(reply__isnull=True) & ~Q(status=Mention.Status.IGNORED)),
    Tab("drafts", "Drafts", Q(reply__status__in=[S.DRAFT, S.REJECTED])),
    Tab("awaiting", "Awaiting approval", Q(reply__status=S.SUBMITTED)),
    Tab(
        "scheduled",
        "Approved / scheduled",
        Q(reply__status__in=[S.APPROVED, S.SCHEDULED, S.PUBLISHING]),
    ),
    Tab("published", "Published", Q(reply__status=S.PUBLISHED), open=False),
    Tab("failed", "Failed", Q(reply__status=S.FAILED)),
]
TAB_BY_KEY = {t.key: t for t in TABS}
OPEN = Q(reply__isnull=True) | ~Q(reply__status=S.PUBLISHED)


def reviews(base: QuerySet[Mention]) -> QuerySet[Mention]:
    """Reviews are mentions with a rating; syndicated copies are answered at the original."""
    return base.filter(rating__isnull=False, duplicate_of__isnull=True)


def due_expression(review_settings: ReviewSettings) -> ExpressionWrapper:
    def hours(n: int) -> Value:
        return Value(timedelta(hours=n), output_field=DurationField())

    allowance = Case(
        When(rating__lte=2, then=hours(review_settings.sla_hours_low)),
        When(rating=3, then=hours(review_settings.sla_hours_mid)),
        default=hours(review_settings.sla_hours_high),
        output_field=DurationField(),
    )
    return ExpressionWrapper(F("published_at") + allowance, output_field=DateTimeField())


def urgency_order() -> list[Any]:
    """Low ratings first, then the least time left. Within one rating every review has the
    same allowance, so the deadline (published_at + allowance) orders as published_at does:
    this is exactly the order of (rating, due_at, pk), in the order of the reviews' index,
    so a page is the first 25 entries of an index walk, not a sort of every review."""
    return [F("rating").asc(nulls_last=True), "published_at", "pk"]


def page_queryset(
    qs: QuerySet[Mention], tab: Tab, review_settings: ReviewSettings
) -> QuerySet[Mention]:
    rows = (
        qs.filter(tab.condition)
        .annotate(due_at=due_expression(review_settings))
        .select_related("source", "reply", "reply__author", "reply__submitted_by")
    )
    if tab.key == "published":
        return rows.order_by(F("reply__published_at").desc(nulls_last=True), "-pk")
    if tab.key == "failed":
        return rows.order_by("-reply__updated_at", "-pk")
    return rows.order_by(*urgency_order())


@dataclass
class SlaStats:
    answered: int
    within: int
    overdue: int

    @property
    def share(self) -> int | None:
        return round(100 * self.within / self.answered) if self.answered else None


def queue_figures(
    qs: QuerySet[Mention], review_settings: ReviewSettings, now: datetime
) -> tuple[dict[str, int], SlaStats]:
    """The tabs' counts, answered within SLA over the last 30 days and how many open reviews
    are overdue: one pass over the reviews, not two."""
    answered = Q(reply__status=S.PUBLISHED, reply__published_at__gte=now - timedelta(days=30))
    row = qs.annotate(due_at=due_expression(review_settings)).aggregate(
        **{t.key: Count("pk", filter=t.condition) for t in TABS},
        answered=Count("pk", filter=answered),
        within=Count("pk", filter=answered & Q(reply__published_at__lte=F("due_at"))),
        overdue=Count("pk", filter=OPEN & ~Q(status=Mention.Status.IGNORED) & Q(due_at__lt=now)),
    )
    stats = SlaStats(row["answered"], row["within"], row["overdue"])
    return {t.key: row[t.key] for t in TABS}, stats
