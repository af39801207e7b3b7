"""The audit log's one entry point: who did what, when, to which object."""

from __future__ import annotations

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


def log(workspace: Workspace, actor: Any, verb: str, obj: models.Model, **data: Any) -> Event:
    """The same, where there is no workspace request (accepting an invitation, creating one)."""
    return Event.objects.create(
        workspace=workspace,
        actor=actor,
        verb=verb,
        object_type=obj._meta.model_name or "",
        object_id=obj.pk,
        data=data,
    )
