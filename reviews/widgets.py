"""The review numbers on the overview (registered with orm_dashboard.widgets)."""

from __future__ import annotations

from django.urls import reverse

from orm_dashboard.widgets import Delta, Scope, Widget


def overview_widgets(scope: Scope) -> list[Widget]:
    from reviews.figures import figures, open_count
    from reviews.models import ReviewSettings

    settings = ReviewSettings.for_workspace(scope.workspace)
    now, before = figures(scope, settings), figures(scope.previous, settings)
    url = reverse("review_queue", kwargs={"workspace": scope.workspace.slug})
    waiting, overdue = open_count(scope, settings)
    widgets = [
        Widget(
            title="reviews to answer now",
            value=str(waiting),
            url=url,
            tone="bad" if overdue else "",
            hint=f"{overdue} overdue" if overdue else "",
        ),
        Widget(
            title="reviews received",
            value=str(now.received),
            url=url,
            delta=Delta(now.received, before.received),
        ),
    ]
    if now.average_rating is not None:
        widgets.append(
            Widget(
                title="average rating",
                value=f"{now.average_rating:.2f} ★",
                url=url,
                delta=Delta(now.average_rating, before.average_rating, "up"),
            )
        )
    if now.within_sla_pct is not None:
        widgets.append(
            Widget(
                title="answered within SLA",
                value=f"{now.within_sla_pct:g}%",
                url=url + "?tab=published",
                delta=Delta(now.within_sla_pct, before.within_sla_pct, "up", "%"),
            )
        )
    return widgets
