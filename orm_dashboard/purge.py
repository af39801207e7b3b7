"""Deleting a workspace: closed at once in the request, emptied in batches by a worker.

A busy client's workspace holds millions of rows, and Django's cascade loads every row it
deletes into memory first, so no request can delete one: it would run out of time or memory
and roll back. The request only closes the workspace (``close``): it is archived (polling,
crisis evaluation and reports stop), marked ``deleting_at``, and its memberships, pending
invitations and API keys go, so nobody reaches it from a page, a link or the API. A worker
then deletes its rows (``purge``) table by table, in batches, and the workspace row last.

The order is leaves first: a table is emptied before the tables it points to (mention
labels before mentions, mentions before sources), so each batch's cascade finds nothing
left below it and a source's SET NULL touches no row. Each batch commits on its own, so a
purge cut short by a crash, a deploy or its time budget loses nothing and continues where it
stopped; beat's sweep starts again any purge whose task was lost.
"""

from __future__ import annotations

import time
from graphlib import CycleError, TopologicalSorter

from django.apps import apps
from django.db import models, transaction
from django.utils import timezone

from orm_dashboard.models import ApiKey, Invitation, Membership, Workspace

BATCH = 2000
# A purge task stops after this long and queues the rest, so it never meets its time limit.
BUDGET_SECONDS = 60.0


def workspace_field(model: type[models.Model]) -> str | None:
    """The model's foreign key to the workspace its rows are deleted with, if any."""
    for field in model._meta.get_fields():
        if (
            isinstance(field, models.ForeignKey)
            and field.related_model is Workspace
            and field.remote_field.on_delete is models.CASCADE
        ):
            return field.name
    return None


def workspace_tables() -> list[type[models.Model]]:
    """Every model whose rows belong to a workspace, in the order to empty them: a model
    before every other one it points to."""
    owned = [model for model in apps.get_models() if workspace_field(model)]
    graph: dict[type[models.Model], set[type[models.Model]]] = {m: set() for m in owned}
    for model in owned:
        for field in model._meta.get_fields():
            target = getattr(field, "related_model", None)
            if isinstance(field, models.ForeignKey) and target in graph and target is not model:
                graph[target].add(model)  # the target is emptied after the model pointing at it
    try:
        return list(TopologicalSorter(graph).static_order())
    except CycleError:  # pragma: no cover - no cycle today; the cascade copes with one anyway
        return sorted(owned, key=lambda m: m._meta.label)


def close(workspace: Workspace) -> None:
    """The request's part: hide the workspace and stop its work; the data stays for `purge`."""
    now = timezone.now()
    with transaction.atomic():
        Workspace.objects.filter(pk=workspace.pk).update(
            deleting_at=now, archived_at=workspace.archived_at or now
        )
        Membership.objects.filter(workspace=workspace).delete()
        Invitation.objects.filter(workspace=workspace).delete()
        ApiKey.objects.filter(workspace=workspace).delete()


def purge(workspace_id: int, budget: float = BUDGET_SECONDS) -> bool:
    """Delete a closed workspace's rows for up to ``budget`` seconds; True when it is gone."""
    if not Workspace.objects.filter(pk=workspace_id, deleting_at__isnull=False).exists():
        return True  # gone already, or never closed: never purge an open workspace
    deadline = time.monotonic() + budget
    for model in workspace_tables():
        rows = model._base_manager.filter(**{workspace_field(model): workspace_id})
        while True:
            batch = list(rows.values_list("pk", flat=True)[:BATCH])
            if not batch:
                break
            with transaction.atomic():
                model._base_manager.filter(pk__in=batch).delete()
            if time.monotonic() > deadline:
                return False
    Workspace.objects.filter(pk=workspace_id).delete()
    return True
