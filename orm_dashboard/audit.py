"""The audit log's one entry point: who did what, when, to which object.

``record`` (in a workspace request), ``log`` (anywhere else) and ``log_many`` (one verb on
many objects, in one statement) write every row; nothing else creates an ``Event``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import models
from django.http import HttpRequest

from orm_dashboard.models import Event, Workspace


def record(request: HttpRequest, verb: str, obj: models.Model, **data: Any) -> Event:
    return log(
        request.workspace,  # type: ignore[attr-defined]
        request.user if request.user.is_authenticated else None,
        verb,
        obj,
        **data,
    )


def log(workspace: Workspace | int, actor: Any, verb: str, obj: models.Model, **data: Any) -> Event:
    """The same, where there is no workspace request (a task, an email link, an invitation)."""
    return Event.objects.create(**_row(workspace, actor, verb, obj._meta.model_name, obj.pk, data))


def log_many(
    workspace: Workspace | int,
    actor: Any,
    verb: str,
    object_type: str,
    object_ids: Iterable[int],
    **data: Any,
) -> list[Event]:
    """One verb on many objects of a kind (a bulk action), in one statement."""
    return Event.objects.bulk_create(
        Event(**_row(workspace, actor, verb, object_type, pk, data)) for pk in object_ids
    )


def _row(
    workspace: Workspace | int,
    actor: Any,
    verb: str,
    object_type: str | None,
    object_id: Any,
    data: dict[str, Any],
) -> dict[str, Any]:
    return {
        "workspace_id": workspace if isinstance(workspace, int) else workspace.pk,
        # Anonymous visitors and tasks are "the system": no actor.
        "actor": actor if getattr(actor, "is_authenticated", False) else None,
        "verb": verb,
        "object_type": object_type or "",
        "object_id": object_id,
        "data": data,
    }
