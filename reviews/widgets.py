"""The review numbers on the overview (registered with orm_dashboard.widgets)."""

from __future__ import annotations

from django.urls import reverse

from orm_dashboard.widgets import Delta, Scope, Widget


def overview_widgets(scope: Scope) -> list[Widget]:
    from reviews.figures import glance
    from reviews.models import ReviewSettings

    numbers = glance(scope, ReviewSettings.for_workspace(scope.workspace))
    url = reverse("review_queue", kwargs={"workspace": scope.workspace.slug})
    widgets = [
        Widget(
            title="reviews to answer now",
            value=str(numbers.waiting),
            url=url,
            tone="bad" if numbers.overdue else "",
            hint=f"{numbers.overdue} overdue" if numbers.overdue else "",
        ),
        Widget(
            title="reviews received",
            value=str(numbers.received[0]),
            url=url,
            delta=Delta(*numbers.received),
        ),
    ]
    if numbers.average[0] is not None:
        widgets.append(
            Widget(
                title="average rating",
                value=f"{numbers.average[0]:.2f} ★",
                url=url,
                delta=Delta(*numbers.average, "up"),
            )
        )
    if numbers.within_sla_pct[0] is not None:
        widgets.append(
            Widget(
                title="answered within SLA",
                value=f"{numbers.within_sla_pct[0]:g}%",
                url=url + "?tab=published",
                delta=Delta(*numbers.within_sla_pct, "up", "%"),
            )
        )
    return widgets
