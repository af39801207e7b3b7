"""Incident figures for a period and some brands: the overview's widgets and the report's
incidents section read the same numbers from here.

Times to acknowledge and to resolve are medians over the incidents opened in the period
(those still unacknowledged or unresolved are left out of that median and counted apart).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Count, Q, QuerySet

from crisis.models import ACTIVE, Incident
from orm_dashboard.widgets import Scope


@dataclass
class IncidentFigures:
    opened: int
    median_ack: timedelta | None
    median_resolve: timedelta | None
    unresolved: int  # of those opened in the period, still active now
    lessons: list[dict] = field(default_factory=list)  # title, what happened, what we changed

    @staticmethod
    def minutes(value: timedelta | None) -> float | None:
        return None if value is None else round(value.total_seconds() / 60, 1)

    @property
    def median_ack_minutes(self) -> float | None:
        return self.minutes(self.median_ack)

    @property
    def median_resolve_hours(self) -> float | None:
        if self.median_resolve is None:
            return None
        return round(self.median_resolve.total_seconds() / 3600, 1)


def incidents(scope: Scope) -> QuerySet[Incident]:
    return Incident.objects.filter(workspace=scope.workspace, brand_id__in=scope.brand_ids)


def figures(scope: Scope, *, lessons: bool = False) -> IncidentFigures:
    rows = list(
        incidents(scope)
        .filter(opened_at__gte=scope.since, opened_at__lt=scope.until)
        .select_related("brand")
        .order_by("opened_at")
    )
    acks = [i.acknowledged_at - i.opened_at for i in rows if i.acknowledged_at]
    resolves = [i.resolved_at - i.opened_at for i in rows if i.resolved_at]
    found = IncidentFigures(
        opened=len(rows),
        median_ack=statistics.median(acks) if acks else None,
        median_resolve=statistics.median(resolves) if resolves else None,
        unresolved=sum(1 for i in rows if i.status in ACTIVE),
    )
    if lessons:
        found.lessons = [
            {
                "title": i.title,
                "brand": i.brand.name,
                "opened_at": i.opened_at,
                "what": i.postmortem_what,
                "changed": i.postmortem_changed,
            }
            for i in rows
            if i.postmortem_what or i.postmortem_changed
        ]
    return found


def glance(scope: Scope) -> tuple[int, int, int]:
    """Incidents opened in the period and in the one before, and active now: one query."""
    before = scope.previous
    got = incidents(scope).aggregate(
        opened=Count("pk", filter=Q(opened_at__gte=scope.since, opened_at__lt=scope.until)),
        before=Count("pk", filter=Q(opened_at__gte=before.since, opened_at__lt=before.until)),
        active=Count("pk", filter=Q(status__in=ACTIVE)),
    )
    return got["opened"], got["before"], got["active"]
