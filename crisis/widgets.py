"""The crisis numbers on the overview (registered with orm_dashboard.widgets)."""

from __future__ import annotations

from django.urls import reverse

from orm_dashboard.widgets import Delta, Scope, Widget


def overview_widgets(scope: Scope) -> list[Widget]:
    from crisis.figures import glance

    opened, before, count = glance(scope)
    url = reverse("incidents", kwargs={"workspace": scope.workspace.slug})
    return [
        Widget(
            title="open incidents now" if count != 1 else "open incident now",
            value=str(count),
            url=url,
            tone="bad" if count else "good",
        ),
        Widget(
            title="incidents opened" if opened != 1 else "incident opened",
            value=str(opened),
            url=url,
            delta=Delta(opened, before, "down"),
        ),
    ]
