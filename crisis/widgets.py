"""The crisis numbers on the overview (registered with orm_dashboard.widgets)."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import reverse

from orm_dashboard.widgets import Widget


def overview_widgets(request: HttpRequest) -> list[Widget]:
    from crisis.models import ACTIVE, Incident

    count = Incident.objects.filter(workspace=request.workspace, status__in=ACTIVE).count()
    return [
        Widget(
            title="open incidents" if count != 1 else "open incident",
            value=str(count),
            url=reverse("incidents", kwargs={"workspace": request.workspace.slug}),
            tone="bad" if count else "good",
        )
    ]
