"""Review figures for a period and some brands: the overview's widgets and the report's
reviews section read the same numbers from here.

A review counts for a brand through its match (MentionBrand, which carries the rating), so a
brand's overview never shows another brand's reviews. "Answered" means a reply published on
the platform; the answered share of a period counts replies published by the period's end,
so a past period's figure does not grow afterwards and two periods compare fairly.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Avg, Count, F, Q, QuerySet
from django.utils import timezone

from mentions.models import Mention, MentionBrand
from orm_dashboard.widgets import Scope
from reviews import queue
from reviews.models import Reply, ReviewSettings


@dataclass
class ReviewFigures:
    received: int
    average_rating: float | None
    answered: int  # of those received, answered by the period's end
    replied: int  # replies published during the period (whatever the review's date)
    within_sla: int  # of those, published before the review's SLA deadline
    median_answer: timedelta | None  # review published -> reply published, for `replied`

    @property
    def answered_pct(self) -> float | None:
        return round(100 * self.answered / self.received, 1) if self.received else None

    @property
    def within_sla_pct(self) -> float | None:
        return round(100 * self.within_sla / self.replied, 1) if self.replied else None

    @property
    def median_answer_hours(self) -> float | None:
        if self.median_answer is None:
            return None
        return round(self.median_answer.total_seconds() / 3600, 1)


def brand_reviews(scope: Scope) -> QuerySet[Mention]:
    """The scope's brands' reviews (any date): through their rated matches."""
    rated = MentionBrand.objects.filter(brand_id__in=scope.brand_ids, rating__isnull=False).values(
        "mention_id"
    )
    return queue.reviews(Mention.objects.filter(workspace=scope.workspace, pk__in=rated))


def figures(scope: Scope, settings: ReviewSettings | None = None) -> ReviewFigures:
    settings = settings or ReviewSettings.for_workspace(scope.workspace)
    reviews = brand_reviews(scope)
    period = Q(published_at__gte=scope.since, published_at__lt=scope.until)
    row = reviews.filter(period).aggregate(
        received=Count("pk"),
        average=Avg("rating"),
        answered=Count(
            "pk",
            filter=Q(reply__status=Reply.Status.PUBLISHED, reply__published_at__lt=scope.until),
        ),
    )
    replied = list(
        reviews.filter(
            reply__status=Reply.Status.PUBLISHED,
            reply__published_at__gte=scope.since,
            reply__published_at__lt=scope.until,
        )
        .annotate(due_at=queue.due_expression(settings), answered_at=F("reply__published_at"))
        .values_list("published_at", "answered_at", "due_at")
    )
    waits = [answered - published for published, answered, _ in replied]
    return ReviewFigures(
        received=row["received"],
        average_rating=round(row["average"], 2) if row["average"] is not None else None,
        answered=row["answered"],
        replied=len(replied),
        within_sla=sum(1 for _, answered, due in replied if answered <= due),
        median_answer=statistics.median(waits) if waits else None,
    )


@dataclass
class Glance:
    """The overview's review numbers for a period and the one before, in two queries."""

    received: tuple[int, int]
    average: tuple[float | None, float | None]
    within_sla_pct: tuple[float | None, float | None]
    waiting: int
    overdue: int


def glance(scope: Scope, settings: ReviewSettings) -> Glance:
    """Two queries: one pass over the brands' reviews (received and average rating in both
    periods, and what waits now: the counts of all time), answered from the reviews' own
    index (reviews/migrations/0003) without reading mention rows; and the replies
    published in the two periods."""
    reviews = brand_reviews(scope)
    before = scope.previous
    now_q = Q(published_at__gte=scope.since, published_at__lt=scope.until)
    before_q = Q(published_at__gte=before.since, published_at__lt=before.until)
    now = timezone.now()
    not_ignored = ~Q(status=Mention.Status.IGNORED)
    # The queue's "needs reply", "drafts" and "awaiting approval" tabs; overdue as the queue.
    waiting = (Q(reply__isnull=True) & not_ignored) | Q(
        reply__status__in=[Reply.Status.DRAFT, Reply.Status.REJECTED, Reply.Status.SUBMITTED]
    )
    got = reviews.annotate(due_at=queue.due_expression(settings)).aggregate(
        received=Count("pk", filter=now_q),
        received_before=Count("pk", filter=before_q),
        average=Avg("rating", filter=now_q),
        average_before=Avg("rating", filter=before_q),
        waiting=Count("pk", filter=waiting),
        overdue=Count("pk", filter=queue.OPEN & not_ignored & Q(due_at__lt=now)),
    )
    answered_now = Q(reply__published_at__gte=scope.since, reply__published_at__lt=scope.until)
    answered_before = Q(reply__published_at__gte=before.since, reply__published_at__lt=before.until)
    in_time = Q(reply__published_at__lte=F("due_at"))
    sla = (
        reviews.filter(
            reply__status=Reply.Status.PUBLISHED,
            reply__published_at__gte=before.since,
            reply__published_at__lt=scope.until,
        )
        .annotate(due_at=queue.due_expression(settings))
        .aggregate(
            replied=Count("pk", filter=answered_now),
            within=Count("pk", filter=answered_now & in_time),
            replied_before=Count("pk", filter=answered_before),
            within_before=Count("pk", filter=answered_before & in_time),
        )
    )

    def pct(within: int, replied: int) -> float | None:
        return round(100 * within / replied, 1) if replied else None

    def rounded(value: float | None) -> float | None:
        return None if value is None else round(value, 2)

    return Glance(
        received=(got["received"], got["received_before"]),
        average=(rounded(got["average"]), rounded(got["average_before"])),
        within_sla_pct=(
            pct(sla["within"], sla["replied"]),
            pct(sla["within_before"], sla["replied_before"]),
        ),
        waiting=got["waiting"],
        overdue=got["overdue"],
    )
