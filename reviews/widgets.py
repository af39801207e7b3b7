"""The review numbers on the overview (registered with orm_dashboard.widgets)."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone

from mentions.models import Mention
from orm_dashboard.tenancy import scoped
from orm_dashboard.widgets import Widget


def overview_widgets(request: HttpRequest) -> list[Widget]:
    from reviews import queue
    from reviews.models import ReviewSettings

    settings = ReviewSettings.for_workspace(request.workspace)
    base = queue.reviews(scoped(request, Mention))
    counts = queue.tab_counts(base)
    stats = queue.sla_stats(base, settings, timezone.now())
    url = reverse("review_queue", kwargs={"workspace": request.workspace.slug})
    waiting = counts["needs_reply"] + counts["drafts"] + counts["awaiting"]
    widgets = [
        Widget(
            title="reviews to answer",
            value=str(waiting),
            url=url,
            tone="bad" if stats.overdue else "",
            hint=f"{stats.overdue} overdue" if stats.overdue else "",
        )
    ]
    if stats.share is not None:
        widgets.append(
            Widget(
                title="answered within SLA (30 days)",
                value=f"{stats.share}%",
                url=url + "?tab=published",
                tone="good" if stats.share >= 90 else "bad" if stats.share < 70 else "",
            )
        )
    return widgets
