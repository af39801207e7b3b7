"""The open-incident banner, on every page of the workspace (a context processor)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

BANNER_LIMIT = 3


def open_incidents(request: HttpRequest) -> dict[str, Any]:
    """Lazy, so pages that do not render the banner (emails, partials) pay no query."""
    workspace = getattr(request, "workspace", None)
    if workspace is None:
        return {}

    def load() -> list[Any]:
        from crisis.models import ACTIVE, Incident

        return list(
            Incident.objects.filter(workspace=workspace, status__in=ACTIVE)
            .select_related("brand", "owner")
            .order_by("-status", "-opened_at")[: BANNER_LIMIT + 1]
        )

    return {"crisis_banner": SimpleLazyObject(load)}
