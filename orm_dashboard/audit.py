"""The audit log's one entry point: who did what, when, to which object."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.http import HttpRequest

from orm_dashboard.models import Event


def record(request: HttpRequest, verb: str, obj: models.Model, **data: Any) -> Event:
    return Event.objects.create(
        workspace=request.workspace,  # type: ignore[attr-defined]
        actor=request.user if request.user.is_authenticated else None,
        verb=verb,
        object_type=obj._meta.model_name or "",
        object_id=obj.pk,
        data=data,
    )
