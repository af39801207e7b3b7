"""What reviews contribute to the switcher and "My work"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db.models import Count, Q
from django.urls import reverse

from mentions.models import Mention
from orm_dashboard.models import Membership, Role
from orm_dashboard.workload import OpenCount, WorkItem
from reviews import queue
from reviews.models import Reply

# The overview's "reviews to answer": no reply yet, a draft, or awaiting approval.
TO_ANSWER = queue.TAB_BY_KEY["needs_reply"].condition | Q(
    reply__status__in=[Reply.Status.DRAFT, Reply.Status.REJECTED, Reply.Status.SUBMITTED]
)


def reviews_to_answer(workspace_ids: Sequence[int]) -> OpenCount:
    rows = (
        queue.reviews(Mention.objects.filter(workspace_id__in=workspace_ids))
        .filter(TO_ANSWER)
        .values("workspace_id")
        .annotate(n=Count("pk"))
    )
    return OpenCount(
        "reviews to answer", {r["workspace_id"]: r["n"] for r in rows}, one="review to answer"
    )


def awaiting_my_approval(user: Any, memberships: Sequence[Membership]) -> list[WorkItem]:
    managed = {m.workspace_id: m.workspace.slug for m in memberships if m.role == Role.MANAGER}
    if not managed:
        return []
    rows = (
        Reply.objects.filter(workspace_id__in=list(managed), status=Reply.Status.SUBMITTED)
        .select_related("mention", "submitted_by")
        .order_by("-submitted_at")[:200]
    )
    from orm_dashboard.models import display_name

    return [
        WorkItem(
            kind="Replies awaiting your approval",
            title=f"{r.mention.rating}★ review by {r.mention.author or 'an anonymous reviewer'}",
            url=reverse(
                "review", kwargs={"workspace": managed[r.workspace_id], "pk": r.mention_id}
            ),
            workspace_id=r.workspace_id,
            when=r.submitted_at,
            detail=f"drafted by {display_name(r.submitted_by, 'a teammate')}",
        )
        for r in rows
    ]
