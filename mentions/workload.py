"""What mentions contribute to the switcher, "My work", and a member's removal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import transaction
from django.urls import reverse

from mentions.models import Mention
from orm_dashboard import audit
from orm_dashboard.models import Membership
from orm_dashboard.workload import COUNT_CAP, OpenCount, WorkItem

OPEN = [Mention.Status.NEW, Mention.Status.OPEN]


def new_mentions(workspace_ids: Sequence[int]) -> OpenCount:
    """New mentions per workspace, each count stopping at COUNT_CAP (a bounded index read,
    never a count over a million-mention workspace)."""
    counts = {}
    for pk in workspace_ids:
        rows = Mention.objects.filter(
            workspace_id=pk, status=Mention.Status.NEW, duplicate_of__isnull=True
        ).values("pk")[:COUNT_CAP]
        counts[pk] = rows.count()
    return OpenCount("new mentions", counts, one="new mention")


def assigned_to_me(user: Any, memberships: Sequence[Membership]) -> list[WorkItem]:
    slugs = {m.workspace_id: m.workspace.slug for m in memberships}
    rows = (
        Mention.objects.filter(workspace_id__in=list(slugs), assignee=user, status__in=OPEN)
        .only("pk", "workspace_id", "title", "text", "published_at", "status")
        .order_by("-published_at")[:200]
    )
    return [
        WorkItem(
            kind="Mentions assigned to you",
            title=m.title or m.text[:120] or f"Mention #{m.pk}",
            url=reverse("mention", kwargs={"workspace": slugs[m.workspace_id], "pk": m.pk}),
            workspace_id=m.workspace_id,
            when=m.published_at,
            detail=m.get_status_display().lower(),
        )
        for m in rows
    ]


def unassign_removed(sender: Any, workspace: Any, user: Any, actor: Any, **kwargs: Any) -> None:
    """A removed member's open mentions go back to the queue (unassigned), audited."""
    with transaction.atomic():
        ids = list(
            Mention.objects.select_for_update()
            .filter(workspace=workspace, assignee=user, status__in=OPEN)
            .values_list("pk", flat=True)
        )
        Mention.objects.filter(pk__in=ids).update(assignee=None)
        audit.log_many(
            workspace,
            actor,
            "mention.assign",
            "mention",
            ids,
            value="none",
            reason="assignee removed",
        )
