"""What crisis contributes to the switcher, "My work", and a member's removal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db.models import Count
from django.urls import reverse

from crisis.models import ACTIVE, Incident
from orm_dashboard.models import Membership
from orm_dashboard.workload import OpenCount, WorkItem


def active_incidents(workspace_ids: Sequence[int]) -> OpenCount:
    rows = (
        Incident.objects.filter(workspace_id__in=workspace_ids, status__in=ACTIVE)
        .values("workspace_id")
        .annotate(n=Count("pk"))
    )
    return OpenCount(
        "active incidents", {r["workspace_id"]: r["n"] for r in rows}, one="active incident"
    )


def owned_by_me(user: Any, memberships: Sequence[Membership]) -> list[WorkItem]:
    slugs = {m.workspace_id: m.workspace.slug for m in memberships}
    rows = Incident.objects.filter(
        workspace_id__in=list(slugs), owner=user, status__in=ACTIVE
    ).order_by("-opened_at")[:200]
    return [
        WorkItem(
            kind="Incidents you own",
            title=i.title,
            url=reverse("incident", kwargs={"workspace": slugs[i.workspace_id], "pk": i.pk}),
            workspace_id=i.workspace_id,
            when=i.opened_at,
            detail=f"{i.get_severity_display().lower()}, {i.get_status_display().lower()}",
        )
        for i in rows
    ]


def release_removed(sender: Any, workspace: Any, user: Any, actor: Any, **kwargs: Any) -> None:
    """A removed member no longer owns the workspace's active incidents (the next page goes
    to the on-call chain, which only ever pages members)."""
    Incident.objects.filter(workspace=workspace, owner=user, status__in=ACTIVE).update(owner=None)
